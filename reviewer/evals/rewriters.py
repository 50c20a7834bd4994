"""What ``eval rewrite`` scores: rewrites from an LLM, from the linter's safe fixes, or
from a file of candidates (human rewrites, another system's output).

Each rewriter turns an eval item into a ``Rewritten``; one that cannot (the
endpoint failed) raises ``ItemError`` and the item is retried on the next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..config import Config
from ..lint.engine import Linter
from ..model import Finding
from .datasets import Candidates, EvalItem
from .runner import ItemError


@dataclass
class Rewritten:
    text: str
    status: str  # ok / fallback (llm), offline, candidate
    model: str | None = None
    prompt_version: str | None = None
    attempts: int = 0
    reasons: list[str] = field(default_factory=list)
    usage: dict = field(default_factory=lambda: {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0})
    # the linter's findings on the draft and on the rewrite, when the rewriter already has them
    findings_before: list[Finding] | None = None
    findings_after: list[Finding] | None = None
    # LLM runs: per candidate answer the guard rejected, why (guard.verify.WHY names); None for other rewriters
    rejected: list[list[str]] | None = None


class Rewriter(Protocol):
    def meta(self) -> dict: ...

    async def rewrite(self, item: EvalItem) -> Rewritten: ...


class CandidatesRewriter:
    """Rewrites given in a JSONL file, keyed by id."""

    def __init__(self, candidates: Candidates):
        self.candidates = candidates

    def meta(self) -> dict:
        return {"rewriter": f"candidates:{self.candidates.path}", "candidates_sha256": self.candidates.sha256}

    def covers(self, item: EvalItem) -> bool:
        return item.id in self.candidates.rewrites

    async def rewrite(self, item: EvalItem) -> Rewritten:
        return Rewritten(self.candidates.rewrites[item.id], "candidate")


class OfflineRewriter:
    """The linter's safe fixes, applied round after round: the baseline any LLM must beat."""

    def __init__(self, linter: Linter):
        self.linter = linter

    def meta(self) -> dict:
        return {"rewriter": "offline"}

    async def rewrite(self, item: EvalItem) -> Rewritten:
        before = self.linter.check(item.draft, lang=item.lang)
        after = self.linter.fix(before)
        return Rewritten(after.text, "offline", findings_before=before.findings, findings_after=after.findings)


class LLMRewriter:
    """``reviewer.rewriting.arewrite``: the closed loop, re-linted and fact-checked."""

    def __init__(self, config: Config, model: str | None = None, prompt_version: str | None = None, use_cache: bool = True):
        """Raises ConfigError for bad [tool.reviewer.llm] settings, PromptError for a prompt version that does not exist."""
        from ..llm import LLM, load_prompt

        self.config = config
        # One LLM and one linter for the run: every draft's requests share one client and its
        # connection pool (a client per draft builds an SSL context each time, tens of ms).
        self.llm = LLM.from_config(config, model=model)
        self.linter = Linter(config)
        self.model = self.llm.model
        # Resolved now, so the run records the version it used even when the newest one is meant.
        prompt = load_prompt("rewrite", prompt_version or self.llm.settings.prompt_version, self.llm.settings.prompts_dir)
        self.prompt_version = prompt.version
        self.prompt_id = prompt.id
        self.use_cache = use_cache

    def meta(self) -> dict:
        return {"rewriter": "llm", "model": self.model, "endpoint": self.llm.endpoint, "rewrite_prompt": self.prompt_id}

    def estimate(self, item: EvalItem):
        """What the loop's first request for this item would cost (``reviewer.llm.Estimate``); nothing is sent."""
        from ..rewriting import RewriteAnswer, estimate

        found = estimate(item.draft, context=item.customer_message, lang=item.lang, **self._shared())
        # Refused before sending (over the budget): the draft alone, so the refusal still shows a cost.
        return found or self.llm.estimate([{"role": "user", "content": item.draft}], RewriteAnswer)

    async def rewrite(self, item: EvalItem) -> Rewritten:
        from ..rewriting import arewrite

        result = await arewrite(item.draft, context=item.customer_message, lang=item.lang, use_cache=self.use_cache, **self._shared())
        if result.status == "error":
            raise ItemError("; ".join(result.reasons) or "the endpoint could not be used")
        return Rewritten(
            result.rewrite,
            result.status,
            model=result.model,
            prompt_version=result.prompt_version,
            attempts=result.attempts,
            reasons=list(result.reasons),
            usage=result.usage.model_dump(),
            findings_before=result.findings_before,
            findings_after=result.findings_after,
            rejected=result.rejected,
        )

    def _shared(self) -> dict:
        return {"config": self.config, "llm": self.llm, "linter": self.linter, "prompt_version": self.prompt_version}
