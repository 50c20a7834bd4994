"""What a rewrite returns, and what the model is asked to answer."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Finding

Status = Literal["ok", "fallback", "error"]


class ChangeNote(BaseModel):
    code: str = Field(description="the rule code the change addresses, e.g. A001")
    change: str = Field(description="what was changed, in a few words")


class RewriteAnswer(BaseModel):
    """The model's structured answer."""

    rewrite: str = Field(description="the improved reply")
    changes: list[ChangeNote] = Field(description="one entry per problem addressed")
    notes: str = Field(description="anything the agent must check, or an empty string")


class Change(BaseModel):
    """A finding of the draft that the rewrite no longer has."""

    code: str
    name: str
    draft: str  # the flagged words in the draft
    why: str  # the finding's message
    change: str  # what the model says it did, or the safe fix applied


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0


class RewriteResult(BaseModel):
    """The outcome of ``rewrite()``; ``to_dict()`` is the JSON contract.

    - ``ok``: an LLM rewrite that passed re-lint and the fact checks;
    - ``fallback``: no endpoint configured, or every attempt failed the checks:
      ``rewrite`` is the draft with the linter's safe fixes only, ``reasons``
      says why;
    - ``error``: the endpoint could not be used (``reasons`` says how); ``rewrite``
      is the safely fixed draft, as for a fallback.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    status: Status
    original: str
    rewrite: str
    findings_before: list[Finding]
    findings_after: list[Finding]
    attempts: int = 0  # requests that reached the model (or the cache)
    reasons: list[str] = []
    model: str | None = None  # None: no model was asked
    prompt_version: str | None = None
    usage: Usage = Usage()
    slots: list[str] = []  # e.g. "[time frame]": for the agent to fill before sending
    changes: list[Change] = []
    notes: str = ""  # the model's notes for the agent (text output only)
    token_count: str | None = None  # the last prompt's tiktoken count, naming its encoding (text output only)
    rejected: list[list[str]] = []  # per answer the guard rejected, why (guard.verify.WHY names); for eval reports

    def to_dict(self) -> dict:
        return {
            "status": self.status,
            "original": self.original,
            "rewrite": self.rewrite,
            "findings_before": [f.to_dict() for f in self.findings_before],
            "findings_after": [f.to_dict() for f in self.findings_after],
            "attempts": self.attempts,
            "reasons": list(self.reasons),
            "model": self.model,
            "prompt_version": self.prompt_version,
            "usage": self.usage.model_dump(),
            "slots": list(self.slots),
            "changes": [c.model_dump() for c in self.changes],
        }
