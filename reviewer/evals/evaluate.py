"""The three evals as library calls: score items into records, records into a summary.

``eval lint`` scores the linter against ``expected``; ``eval rewrite`` scores a
rewriter's output (and the judge's view of it); ``eval judge`` scores the judge
against human labels. Each writes the same kind of run folder (see runner).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .. import __version__
from ..lint.engine import Linter
from .datasets import EvalItem
from .lint_eval import lint_record
from .metrics import CRITERIA, INVENTIONS, fact_check, rewrite_metrics, summarize
from .rewriters import Rewriter
from .runner import Outcome, Progress, RunFolder, run_items

if TYPE_CHECKING:  # the judge brings pydantic and openai: only for the runs that use it
    from .judge import Judge, LabelledReply


def run_meta(kind: str, **parts) -> dict:
    return {"kind": kind, **parts, "created": datetime.now(UTC).isoformat(timespec="seconds"), "reviewer_version": __version__}


@dataclass
class Session:
    """Where and how to run: the folder, and the runner's knobs."""

    folder: RunFolder
    concurrency: int = 4
    max_cost: float | None = None
    on_progress: Callable[[Progress], None] | None = None

    async def run(self, items: Sequence, score, meta: dict) -> Outcome:
        done = self.folder.open(meta)
        return await run_items(
            items, score, self.folder, done, concurrency=self.concurrency, max_cost=self.max_cost, on_progress=self.on_progress
        )


# --- eval lint ---------------------------------------------------------------------------


async def evaluate_lint(items: Sequence[EvalItem], linter: Linter, session: Session, meta: dict) -> Outcome:
    async def score(item: EvalItem) -> dict:
        return lint_record(item, linter)

    return await session.run(items, score, meta)


# --- eval rewrite ------------------------------------------------------------------------


async def evaluate_rewrites(
    items: Sequence[EvalItem], rewriter: Rewriter, linter: Linter, judge: Judge | None, session: Session, meta: dict
) -> Outcome:
    try:
        return await session.run(items, rewrite_scorer(rewriter, linter, judge), meta)
    finally:
        await close_clients(getattr(rewriter, "llm", None), judge.llm if judge else None)


def rewrite_scorer(rewriter: Rewriter, linter: Linter, judge: Judge | None):
    """The record of one item of ``eval rewrite`` (online, or played in passes by ``--batch``)."""

    async def score(item: EvalItem) -> dict:
        rewritten = await rewriter.rewrite(item)
        record = rewrite_record(item, rewritten, linter)
        if judge is not None:
            judged = await judge.judge(rewritten.text, item.customer_message, item.lang) if rewritten.text.strip() else None
            record["usage"]["judge"] = judged.usage if judged else {}
            if judged and judged.verdict:
                record["metrics"]["judge_score"] = judged.verdict.score
                record["judge"] = {**judged.verdict.scores(), "reasoning": judged.verdict.reasoning}
            else:
                record["metrics"]["judge_score"] = None
                record["judge"] = {"error": judged.error if judged else "empty rewrite"}
        return record

    return score


async def close_clients(*llms) -> None:
    """Close the LLMs' HTTP clients while the run's event loop still runs (``LLM.aclose``)."""
    for llm in llms:
        if llm is not None:
            await llm.aclose()


def rewrite_record(item: EvalItem, rewritten, linter: Linter) -> dict:
    from ..guard.compare import compare, optional  # the rewrite loop's own fact guard

    before = rewritten.findings_before
    if before is None:
        before = linter.check(item.draft, lang=item.lang).findings
    after = rewritten.findings_after
    if after is None and rewritten.text.strip():
        after = linter.check(rewritten.text, lang=item.lang).findings
    if not rewritten.text.strip():
        after = None
    comparison = compare(item.draft, rewritten.text.strip(), item.lang, item.customer_message, optional(before, item.draft, item.lang))
    facts = fact_check(item, rewritten.text, comparison)
    record = {
        "id": item.id,
        "lang": item.lang,
        "tags": item.tags,
        "status": rewritten.status,
        "draft": item.draft,  # the report shows them beside the rewrite
        "customer_message": item.customer_message,
        "rewrite": rewritten.text,
        "metrics": rewrite_metrics(item, rewritten.text, after, facts),
        "findings_before": dict(Counter(f.code for f in before)),
        "findings_after": dict(Counter(f.code for f in after or ())),
        "missing_facts": facts.missing,
        "invented_facts": facts.invented,
        "model": rewritten.model,
        "prompt_version": rewritten.prompt_version,
        "attempts": rewritten.attempts,
        "reasons": rewritten.reasons,
        "usage": {"rewrite": rewritten.usage},
    }
    if rewritten.rejected is not None:  # an LLM run: the answers the guard turned down, and why
        record["guard"] = {"answers": rewritten.attempts, "rejected": len(rewritten.rejected), "why": dict(Counter(w for why in rewritten.rejected for w in set(why)))}
        # what the model invented and the guard caught, in answers that never reached the result
        record["metrics"]["facts_invented_caught"] = float(sum(bool(INVENTIONS & set(why)) for why in rewritten.rejected))
    return record


# --- eval judge --------------------------------------------------------------------------


async def evaluate_judge(items: Sequence[LabelledReply], judge: Judge, session: Session, meta: dict) -> Outcome:
    try:
        return await session.run(items, judge_scorer(judge), meta)
    finally:
        await close_clients(judge.llm)


def judge_scorer(judge: Judge):
    """The record of one item of ``eval judge`` (online, or played in passes by ``--batch``)."""

    async def score(item: LabelledReply) -> dict:
        judged = await judge.judge(item.reply, item.customer_message, item.lang)
        human_score = round(sum(item.human.values()) / len(CRITERIA), 4)
        return {
            "id": item.id,
            "lang": item.lang,
            "human": item.human,
            "judge": judged.verdict.scores() if judged.verdict else {},
            "reasoning": judged.verdict.reasoning if judged.verdict else None,
            "error": judged.error,
            "metrics": {"judge_score": judged.verdict.score if judged.verdict else None, "human_score": human_score},
            "usage": {"judge": judged.usage},
        }

    return score


# --- summaries -------------------------------------------------------------------------


def summary(meta: dict, outcome: Outcome, total: int, **extra) -> dict:
    """summary.json: what ran, how complete it is, every metric with its interval, cost."""
    records = outcome.records
    out = {
        "kind": meta["kind"],
        "run": meta,
        "complete": len(records) == total and not outcome.failures,
        "items": {"total": total, "scored": len(records), "failed": len(outcome.failures), "not_started": len(outcome.skipped)},
        "stopped": outcome.stopped,
        "failures": outcome.failures,
        "metrics": summarize(meta["kind"], records),
        "cost": cost(records),
        **extra,
    }
    if meta["kind"] == "rewrite":
        out["status"] = dict(Counter(r.get("status") for r in records))
        guarded = [r["guard"] for r in records if r.get("guard")]
        if guarded:
            out["guard_rejected"] = {
                "answers": sum(g["answers"] for g in guarded),
                "rejected": sum(g["rejected"] for g in guarded),
                "why": _sum_counts(g["why"] for g in guarded),
            }
        out["findings_before"] = _sum_counts(r["findings_before"] for r in records)
        out["findings_after"] = _sum_counts(r["findings_after"] for r in records)
    if meta["kind"] == "judge":
        out["unjudged"] = [r["id"] for r in records if r.get("error")]
    if meta["kind"] == "lint":
        out["misses"] = _ids_by_code(records, "misses")
        out["false_alarms"] = _ids_by_code(records, "false_alarms")
    return out


def cost(records: Sequence[dict]) -> dict:
    parts: dict[str, Counter] = {}
    for r in records:
        for part, usage in (r.get("usage") or {}).items():
            parts.setdefault(part, Counter()).update({k: v for k, v in (usage or {}).items() if isinstance(v, int | float)})
    by_part = {p: {"usd": round(c["cost_usd"], 6), "prompt_tokens": int(c["prompt_tokens"]), "completion_tokens": int(c["completion_tokens"])} for p, c in parts.items()}
    return {
        "usd": round(sum(p["usd"] for p in by_part.values()), 6),
        "prompt_tokens": sum(p["prompt_tokens"] for p in by_part.values()),
        "completion_tokens": sum(p["completion_tokens"] for p in by_part.values()),
        "by_part": by_part,
    }


def _sum_counts(dicts) -> dict[str, int]:
    total: Counter = Counter()
    for d in dicts:
        total.update(d)
    return dict(sorted(total.items()))


def _ids_by_code(records: Sequence[dict], key: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in records:
        for code in r[key]:
            out.setdefault(code, []).append(r["id"])
    return dict(sorted(out.items()))
