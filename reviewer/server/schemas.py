"""The API's request and response shapes, which FastAPI publishes as OpenAPI.

The response models mirror ``Report.to_dict()`` and ``Rule.to_dict()`` field
for field: the API and ``reviewer check --format json`` speak one language.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ..model import Applicability, Severity
from ..rewriting.result import Change, Usage

Lang = Literal["en", "ru"]


def _unicode(text: str) -> str:
    # "\ud800" is valid JSON, but not text: it could not be printed back (a 500) nor sent to an LLM
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"has a lone surrogate (\\u{ord(text[exc.start]):04x}) at character {exc.start}, which is not text") from None
    return text


def _not_blank(text: str) -> str:
    # the linter's own test for "nothing to check", so it never sees a blank draft
    if not text.strip():
        raise ValueError("the draft is empty or blank: nothing to check")
    return text


# What _not_blank lets through, as a JSON Schema pattern: a character that is not white space, where Python's strip()
# also takes the separators U+001C–U+001F and U+0085 for white space (ECMA's \s does not)
NOT_BLANK = r"[^\s\x1c-\x1f\x85]"


Text = Annotated[str, AfterValidator(_unicode)]


class DraftIn(BaseModel):
    """One reply draft."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "Dear customer, sorry if you were upset!!! Sorry for the wait.", "lang": "en"},
                {"text": "Извините, если мы вас чем-то обидели!!!", "context": "Где мой заказ? Жду уже две недели."},
            ]
        },
    )

    # the pattern tells clients (and schema-driven tests) what _not_blank enforces
    text: Annotated[Text, Field(description="The reply draft; not blank.", json_schema_extra={"pattern": NOT_BLANK}), AfterValidator(_not_blank)]
    lang: Lang | None = Field(None, description='"en" or "ru"; detected from the text when omitted or null.')
    context: Text | None = Field(
        None,
        description="The customer's message the draft answers. The rewrite uses it (tone, facts to keep); the linter does not read it.",
    )


class VerifyIn(BaseModel):
    """A draft and a rewrite of it made elsewhere (a helpdesk's AI button)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "draft": "Hi Anna, your refund of $42.10 for order #48213 went out today.",
                    "rewrite": "Hi Anna, we refunded $42.10 for order #48213 today, and here is a 10% discount.",
                    "context": "Where is my refund?",
                }
            ]
        },
    )

    draft: Annotated[str, Field(description="The agent's draft; not blank.", json_schema_extra={"pattern": NOT_BLANK}), AfterValidator(_not_blank)]
    rewrite: str = Field(description="The rewrite to check.")
    context: str | None = Field(None, description="The customer's message: its facts may be repeated in the rewrite, its wishes not promised.")
    lang: Lang | None = Field(None, description='The draft\'s language, "en" or "ru"; detected when omitted or null.')


class FactSide(BaseModel):
    text: str = Field(description="As written in this text.")
    start: int = Field(description="Character offset (Unicode code points).")
    end: int
    value: str = Field(description="The value as this text states it (they differ for a changed fact).")


class FactOut(BaseModel):
    kind: str = Field(description='What it is: "money", "date", "time", "number", "reference", "phone", "url", "email", "name"...')
    value: str = Field(description='The normalised value, e.g. "GBP 12.5", "2026-03-05", "+447700900123".')
    draft: FactSide | None = Field(description="Where the draft states it; null for an added fact.")
    rewrite: FactSide | None = Field(description="Where the rewrite states it; null for a dropped fact.")


class FactsOut(BaseModel):
    kept: list[FactOut]
    dropped: list[FactOut]
    changed: list[FactOut]
    added: list[FactOut] = Field(description="In neither the draft nor the customer's message.")


class PromiseOut(BaseModel):
    kind: str = Field(description='"refund", "credit", "discount", "compensation", "cost", "upgrade", "extension", "warranty", "replacement", "callback", "priority", "delivery" or "deadline".')
    text: str = Field(description="The rewrite's words that make it.")
    start: int
    end: int


class FixOut(BaseModel):
    start: int
    end: int
    replacement: str
    applicability: Applicability
    title: str | None = Field(description="What the fix does, in the draft's language.")


class FindingOut(BaseModel):
    code: str = Field(description='Rule code, e.g. "A001".')
    name: str = Field(description='Rule name, e.g. "conditional-apology".')
    severity: Severity
    start: int = Field(description="Character offset of the span in the text (Unicode code points).")
    end: int
    line: int = Field(description="1-based.")
    column: int = Field(description="1-based.")
    message: str = Field(description="In the draft's language.")
    suggestion: str = Field(description="In the draft's language.")
    fix: FixOut | None


class CheckOut(BaseModel):
    """One draft of ``reviewer check --format json``, plus ``fixed``, ``findings_total`` and ``truncated``."""

    source: str | None
    id: str | None
    lang: Lang
    score: float = Field(ge=0, le=10, description="0-10; 10 means nothing was found.")
    findings: list[FindingOut] = Field(description="In order of position; at most 100 (see truncated).")
    findings_total: int = Field(description="How many findings the draft has; more than are listed when truncated.")
    truncated: bool = Field(description="True when findings lists only the first 100.")
    fixed: str | None = Field(description="The text with every safe fix applied; null when no finding has a safe fix.")


class RewriteOut(BaseModel):
    """``reviewer rewrite --format json``: ``RewriteResult.to_dict()``."""

    status: Literal["ok", "fallback"] = Field(description='"ok": a checked LLM rewrite; "fallback": the draft with its safe fixes, "reasons" says why.')
    original: str
    rewrite: str
    findings_before: list[FindingOut]
    findings_after: list[FindingOut]
    attempts: int = Field(description="Requests that reached the model (or its cache).")
    reasons: list[str]
    model: str | None = Field(description="null: no model was asked.")
    prompt_version: str | None
    usage: Usage
    slots: list[str] = Field(description='Placeholders such as "[time frame]" for the agent to fill before sending.')
    changes: list[Change] = Field(description="The draft's findings the rewrite no longer has, and what changed.")
    truncated: bool = Field(description="True when findings_before, findings_after or changes lists only its first 100 entries.")


class VerifyOut(BaseModel):
    """``reviewer verify --format json``."""

    model_config = ConfigDict(populate_by_name=True)

    passed: bool = Field(alias="pass", description="true: the rewrite keeps the draft's facts, invents nothing, promises nothing new and passes the linter.")
    facts: FactsOut
    promises_added: list[PromiseOut] = Field(description="Remedies, commitments and time frames the draft does not make.")
    findings: list["FindingOut"] = Field(description="The linter's findings on the rewrite.")
    reasons: list[str] = Field(description="Why it fails, one sentence each, in the draft's language; empty when it passes.")


class RuleOut(BaseModel):
    code: str
    name: str
    severity: Severity
    summary: str
    languages: list[Lang]
    lang: Lang = Field(description="The language of summary and doc.")
    doc: dict[str, str] = Field(description='The rule\'s documentation by section, keyed by the English titles in every language: "What it does", "Why is this bad?", "Example", "Use instead", "Fix safety".')


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str
    llm_configured: bool = Field(description="Whether an LLM endpoint is configured; without one, rewrite answers with the safe fixes only.")
    llm_setup: str | None = Field(description="How to configure one, for the administrator; null when one is configured.")


class DismissIn(BaseModel):
    """A finding of ``POST /v1/check`` the agent dismissed, and why."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Hi Anna, we will check it.", "code": "S002", "start": 9, "end": 26, "reason": "the ETA is in the next message"}]},
    )

    text: Annotated[Text, Field(description="The draft, as sent to /v1/check; not blank.", json_schema_extra={"pattern": NOT_BLANK}), AfterValidator(_not_blank)]
    lang: Lang | None = Field(None, description='"en" or "ru"; detected when omitted or null, as for /v1/check.')
    code: str = Field(description='The finding\'s rule code, e.g. "S002".', max_length=8)
    start: int = Field(ge=0, description="The finding's start, as /v1/check gave it.")
    end: int = Field(ge=0, description="The finding's end, as /v1/check gave it.")
    reason: Annotated[Text, Field(description="Why it does not apply here, in a few words.", max_length=500, json_schema_extra={"pattern": NOT_BLANK}), AfterValidator(_not_blank)]


class DismissalOut(BaseModel):
    """What the feedback store keeps: the flagged sentence with its personal data masked, never the draft."""

    rule: str
    sentence: str = Field(description="The sentence the finding flagged, personal data masked (<PHONE_1>, <EMAIL_1>...).")
    reason: str
    lang: Lang
    ruleset: str = Field(description="The rule-set version: the package version and a digest of the rule files.")
    source: Literal["page", "check"]
    kept: list[str] = Field(description="The codes of the sentence's other findings, which stand.")
    key: str | None
    time: str = Field(description="ISO 8601, UTC.")


class ErrorOut(BaseModel):
    """Every error response (4xx, 5xx)."""

    error: str = Field(description='A stable word to switch on: "invalid_request", "too_large", "unauthorized", "not_found", "llm_unavailable", "internal_error"...')
    message: str = Field(description="What went wrong, for a person.")
    details: list[str] = Field(description="One line per problem (e.g. per invalid field), or the LLM failure's reasons.")
