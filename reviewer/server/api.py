"""The ``/v1`` endpoints: check, rewrite, verify, rules."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request

from ..lint.engine import Linter
from ..lint.registry import get_rule, registry
from ..rewriting import arewrite
from .errors import LLMUnavailable
from .schemas import CheckOut, DraftIn, ErrorOut, RewriteOut, RuleOut, VerifyIn, VerifyOut

router = APIRouter()

_INVALID = {422: {"model": ErrorOut, "description": "Invalid request: missing or blank text, unknown lang, unknown field, not JSON."}}
_TOO_LARGE = {413: {"model": ErrorOut, "description": "The request body is over the server's limit."}}


@router.post("/check", response_model=CheckOut, responses={**_INVALID, **_TOO_LARGE})
def check_draft(draft: DraftIn, request: Request) -> dict:
    """Lint one draft: the findings, the 0-10 score, and the text with the safe fixes applied."""
    linter: Linter = request.app.state.linter
    report = linter.check(draft.text, lang=draft.lang)
    fixed = linter.fix(report).text
    return {**report.to_dict(), "fixed": fixed if fixed != report.text else None}


@router.post("/rewrite", response_model=RewriteOut, responses={**_INVALID, **_TOO_LARGE, 503: {"model": ErrorOut, "description": "The LLM endpoint is unavailable or failed."}})
async def rewrite_draft(draft: DraftIn, request: Request) -> dict:
    """Rewrite one draft with the configured LLM, re-linted and fact-checked.

    Status "ok": a checked LLM rewrite. "fallback": no LLM endpoint is
    configured, or no answer passed the checks; ``rewrite`` is the draft with
    its safe fixes and ``reasons`` says why. An unusable endpoint is a 503.
    """
    result = await arewrite(draft.text, lang=draft.lang, context=draft.context, config=request.app.state.config)
    if result.status == "error":
        raise LLMUnavailable("the LLM endpoint could not produce a rewrite", list(result.reasons))
    return result.to_dict()


@router.post("/verify", response_model=VerifyOut, responses={**_INVALID, **_TOO_LARGE})
def verify_rewrite(body: VerifyIn, request: Request) -> dict:
    """Check a rewrite made elsewhere with the rewrite loop's own checks: facts kept with their
    values, nothing invented, no promise the draft does not make, re-lint. ``pass`` says whether
    to send it; ``reasons`` says why not, in the draft's language."""
    from ..guard.verify import verify

    return verify(body.draft, body.rewrite, context=body.context, lang=body.lang, linter=request.app.state.linter).to_dict()


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
