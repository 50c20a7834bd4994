"""The ``/v1`` endpoints: check, rewrite, verify, rules.

Linting, rewriting and verifying run in the app's worker threads
(``app.state.workers``), never on the event loop: a 60 kB draft takes a fifth
of a second to check, and /healthz and the page must keep answering while many
such requests wait.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request

from ..inputs import STDIN, Draft
from ..lint.engine import Linter
from ..lint.registry import get_rule, registry
from ..rewriting import rewrite
from .errors import LLMUnavailable
from .schemas import CheckOut, DismissalOut, DismissIn, DraftIn, ErrorOut, RewriteOut, RuleOut, VerifyIn, VerifyOut

router = APIRouter()

MAX_FINDINGS = 100  # per list in an answer: a 60 kB draft of "Hi!! " has about 12,000 findings (4 MB of JSON)

_INVALID = {422: {"model": ErrorOut, "description": "Invalid request: missing or blank text, unknown lang, unknown field, not JSON."}}
_TOO_LARGE = {413: {"model": ErrorOut, "description": "The request body is over the server's limit."}}


@router.post("/check", response_model=CheckOut, responses={**_INVALID, **_TOO_LARGE})
async def check_draft(draft: DraftIn, request: Request) -> dict:
    """Lint one draft: the findings, the 0-10 score, and the text with the safe fixes applied.

    At most 100 findings are listed, in order; ``findings_total`` counts them all
    and ``truncated`` says whether the list was cut.
    """
    return await request.app.state.workers.lint(_check, request.app.state.linter, draft.text, draft.lang)


def _check(linter: Linter, text: str, lang: str | None) -> dict:
    draft = Draft(STDIN, text, stdin=True)
    report = draft.lint(linter, lang=lang)  # as `reviewer check -` does: suppression comments apply
    fixed = draft.fix(linter, report).text
    answer = {**report.to_dict(), "fixed": fixed if fixed != report.text else None}
    return {**capped(answer, "findings"), "findings_total": len(report.findings)}


@router.post("/feedback", status_code=201, response_model=DismissalOut, responses={**_INVALID, **_TOO_LARGE, 404: {"model": ErrorOut, "description": "The draft has no such finding."}})
async def dismiss_finding(body: DismissIn, request: Request) -> dict:
    """Record that the agent dismissed a finding of the draft, with a short reason.

    The finding is looked up by re-checking the draft (code, start and end as
    ``/v1/check`` gave them; no such finding is a 404). The feedback store
    keeps the rule, the flagged sentence with its personal data masked, the
    reason, the rule-set version and the time — never the draft itself.
    """
    return await request.app.state.workers.lint(_dismiss, request.app.state, body)


def _dismiss(state, body: DismissIn) -> dict:
    from ..feedback import dismissal

    report = Draft(STDIN, body.text, stdin=True).lint(state.linter, lang=body.lang)
    finding = next((f for f in report.findings if (f.code, f.start, f.end) == (body.code, body.start, body.end)), None)
    if finding is None:
        raise HTTPException(status_code=404, detail=f"the draft has no {body.code} finding at {body.start}-{body.end}: check it again first")
    return state.feedback().add(dismissal(body.text, finding, report.findings, body.reason, report.lang, "page")).to_dict()


@router.post("/rewrite", response_model=RewriteOut, responses={**_INVALID, **_TOO_LARGE, 503: {"model": ErrorOut, "description": "The LLM endpoint is unavailable or failed."}})
async def rewrite_draft(draft: DraftIn, request: Request) -> dict:
    """Rewrite one draft with the configured LLM, re-linted and fact-checked.

    Status "ok": a checked LLM rewrite. "fallback": no LLM endpoint is
    configured, or no answer passed the checks; ``rewrite`` is the draft with
    its safe fixes and ``reasons`` says why. An unusable endpoint is a 503.
    The finding and change lists hold at most 100 entries each; ``truncated``
    says whether one was cut.
    """
    state = request.app.state
    result = await state.workers.rewrite(rewrite, draft.text, lang=draft.lang, context=draft.context, config=state.config, llm=state.llm, linter=state.linter)
    if result.status == "error":
        raise LLMUnavailable("the LLM endpoint could not produce a rewrite", list(result.reasons))
    return capped(result.to_dict(), "findings_before", "findings_after", "changes")


def capped(answer: dict, *lists: str) -> dict:
    """The answer with each named list cut to MAX_FINDINGS, and whether any was."""
    return {**answer, **{key: answer[key][:MAX_FINDINGS] for key in lists}, "truncated": any(len(answer[key]) > MAX_FINDINGS for key in lists)}


@router.post("/verify", response_model=VerifyOut, responses={**_INVALID, **_TOO_LARGE})
async def verify_rewrite(body: VerifyIn, request: Request) -> dict:
    """Check a rewrite made elsewhere with the rewrite loop's own checks: facts kept with their
    values, nothing invented, no promise the draft does not make, re-lint. ``pass`` says whether
    to send it; ``reasons`` says why not, in the draft's language."""
    from ..guard.verify import verify

    result = await request.app.state.workers.lint(verify, body.draft, body.rewrite, context=body.context, lang=body.lang, linter=request.app.state.linter)
    return result.to_dict()


Lang = Query("en", description="Language of the rule texts: en or ru.")


@router.get("/rules", response_model=list[RuleOut])
def list_rules(lang: Literal["en", "ru"] = Lang) -> list[dict]:
    """Every rule, in code order, with its documentation in ``lang``."""
    return [rule.to_dict(lang) for rule in registry().values()]


@router.get("/rules/{code}", response_model=RuleOut, responses={404: {"model": ErrorOut, "description": "No such rule."}})
def show_rule(code: str, lang: Literal["en", "ru"] = Lang) -> dict:
    """One rule by code ("A001") or name ("conditional-apology"), documented in ``lang``."""
    rule = get_rule(code)
    if rule is None:
        raise HTTPException(status_code=404, detail=f"no rule {code!r}: GET /v1/rules lists them")
    return rule.to_dict(lang)
