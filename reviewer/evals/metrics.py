"""The metrics: their contract names, how one item is scored, how a run aggregates.

Names are a contract (CI gates and dashboards use them). A name may carry
qualifiers after dots: ``f1.A001``, ``f1.A001.ru``, ``macro_f1.en``,
``chrf.ru``, ``kappa.empathy``; the part before the first dot says what it is
and which direction is better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import numpy as np

from ..model import Finding
from .datasets import EvalItem

Better = Literal["higher", "lower"] | None


@dataclass(frozen=True)
class Metric:
    name: str
    better: Better
    doc: str


METRICS = {
    m.name: m
    for m in (
        # eval rewrite: one value per item, the run's value is the mean
        Metric("lint_clean", "higher", "1 if the linter finds nothing in the rewrite but slots left for the agent (S005)"),
        Metric("facts_kept", "higher", "share of the draft's facts (the guard's, and the item's must_keep) the rewrite keeps with their values (items with none: not scored)"),
        Metric("facts_invented", "lower", "facts, time frames and promises the guard finds new in the rewrite, and must_not_add words neither draft nor customer said"),
        Metric("facts_invented_caught", "lower", "LLM runs: the model's answers the guard rejected for an invented fact, time frame, promise or token (they never reached the result)"),
        Metric("timeline_present", "higher", "1 if the rewrite gives a time frame (or a slot for one, or a finished fix): no S002"),
        Metric("length_ratio", None, "rewrite length / draft length, in characters"),
        Metric("chrf", "higher", "chrF (sacrebleu, 0-100) against the item's reference rewrites (items with none: not scored)"),
        Metric("judge_score", "higher", "the LLM judge's mean of ownership, empathy, next_step and clarity (1-5)"),
        # eval lint: per rule (f1.A001), per rule and language (f1.A001.ru); macro over rules
        Metric("precision", "higher", "findings of the rule that were expected / findings of the rule"),
        Metric("recall", "higher", "expected findings of the rule that fired / expected findings of the rule"),
        Metric("f1", "higher", "harmonic mean of precision and recall: 2tp / (2tp + fp + fn)"),
        Metric("macro_f1", "higher", "mean F1 over the rules that were expected or fired"),
        # eval judge: agreement with human labels, per criterion (kappa.empathy) and pooled
        Metric("kappa", "higher", "Cohen's kappa, quadratic weights on the 1-5 scores, judge vs human (kappa: the criteria's mean)"),
        Metric("agreement", "higher", "share of replies where judge and human gave the same 1-5 score (agreement: the criteria's mean)"),
    )
}
REWRITE_METRICS = ("lint_clean", "facts_kept", "facts_invented", "facts_invented_caught", "timeline_present", "length_ratio", "chrf", "judge_score")
# the guard's reasons (guard.verify.WHY) that mean the model made something up
INVENTIONS = frozenset({"fact_changed", "fact_added", "time_frame_added", "promise_added", "token_invented"})
CRITERIA = ("ownership", "empathy", "next_step", "clarity")
SCALE = (1, 2, 3, 4, 5)


def metric_info(name: str) -> Metric | None:
    return METRICS.get(name.split(".", 1)[0])


def better(name: str) -> Better:
    info = metric_info(name)
    return info.better if info else None


# --- scoring one rewrite -------------------------------------------------------------


def rewrite_metrics(item: EvalItem, rewrite: str, after: Sequence[Finding] | None, facts: FactCheck) -> dict[str, float | None]:
    """Every rewrite metric but judge_score for one item; ``after`` is the linter's findings
    on the rewrite, None for an empty rewrite; ``facts`` the guard's view of it."""
    text = rewrite.strip()
    if after is None:  # nothing to send: fails every check it can fail
        return {
            "lint_clean": 0.0,
            "facts_kept": 0.0 if facts.total else None,
            "facts_invented": 0.0,
            "timeline_present": 0.0,
            "length_ratio": 0.0,
            "chrf": 0.0 if item.references else None,
        }
    return {
        "lint_clean": float(all(f.code == "S005" for f in after)),
        "facts_kept": round(facts.kept / facts.total, 4) if facts.total else None,
        "facts_invented": float(len(facts.invented)),
        "timeline_present": float(not any(f.code == "S002" for f in after)),
        "length_ratio": round(len(text) / len(item.draft.strip()), 4),
        "chrf": chrf(text, item.references),
    }


@dataclass(frozen=True)
class FactCheck:
    """The facts of one rewrite as the eval counts them."""

    kept: int
    total: int  # the draft's facts: the guard's, and must_keep entries the guard does not see
    missing: list[str]  # dropped or changed, as the draft writes them
    invented: list[str]  # as the rewrite writes them


def fact_check(item: EvalItem, rewrite: str, comparison) -> FactCheck:
    """The guard's comparison (``reviewer.guard.compare``) plus the item's own labels: a
    ``must_keep`` entry the guard has no fact for must be there verbatim; a ``must_not_add``
    word the guard did not already report counts as invented."""
    c = comparison
    spans = [(d.start, d.end) for d in [*(d for d, _ in c.kept), *c.dropped, *(d for d, _ in c.changed)]]
    extra = [k for k in item.must_keep if not _covered(item.draft, k, spans)]
    found = [k for k in extra if _normalize(k) in _normalize(rewrite)]
    missing = [d.text for d in c.dropped] + [d.text for d, _ in c.changed] + [k for k in extra if k not in found]
    invented = [r.text for _, r in c.changed] + [f.text for f in c.added] + [f.text for f in c.deadlines] + [p.text for p in c.promises_added]
    source = f"{item.draft}\n{item.customer_message or ''}"
    reported = " ".join(invented)
    invented += [w for w in item.must_not_add if mentions(rewrite, w) and not mentions(source, w) and not mentions(reported, w)]
    return FactCheck(len(c.kept) + len(found), len(c.kept) + len(c.dropped) + len(c.changed) + len(extra), missing, invented)


def _covered(draft: str, entry: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the guard has a fact inside the draft's ``entry`` ("within 2 business days")."""
    at = draft.lower().find(entry.lower())
    return at >= 0 and any(s < at + len(entry) and e > at for s, e in spans)


def mentions(text: str, word: str) -> bool:
    """Whether ``text`` uses ``word`` (or phrase) in any form: Russian cases, English
    -s/-ed/-ing; case and ё/е aside."""
    return bool(_word_regex(_normalize(word)).search(_normalize(text)))


def _normalize(text: str) -> str:
    """Lower case, ё→е, straight apostrophes, one space for any run of spaces, and no
    spaces inside numbers ("4 990 ₽" = "4990 ₽")."""
    text = text.lower().replace("ё", "е").replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", text)


@lru_cache(maxsize=4096)
def _word_regex(word: str) -> re.Pattern:
    parts = []
    for token in word.split():
        if re.fullmatch(r"[а-я-]{3,}", token):
            parts.append("(?:" + "|".join(re.escape(f) for f in _ru_forms(token)) + ")")
        elif re.fullmatch(r"[a-z]{3,}", token):
            parts.append(re.escape(token) + "(?:s|es|d|ed|ing)?")
        else:
            parts.append(re.escape(token))
    body = " ".join(parts)
    start = r"(?<!\w)" if re.match(r"\w", word) else ""
    end = r"(?!\w)" if re.search(r"\w$", word) else ""
    return re.compile(start + body + end)


def _ru_forms(word: str) -> list[str]:
    from ..text.forms import ru_forms

    forms = set(ru_forms(word)) | {word}
    return sorted(forms, key=len, reverse=True)


def chrf(text: str, references: Iterable[str]) -> float | None:
    references = [r for r in references if r.strip()]
    if not references:
        return None
    return round(_chrf_scorer().sentence_score(text, references).score, 4)


@cache
def _chrf_scorer():
    from sacrebleu.metrics import CHRF

    return CHRF()


# --- aggregating a run -----------------------------------------------------------------
# Each aggregator turns one result record into counts (summed over items) and
# the summed counts into metric values; stats.bootstrap does the resampling.


class RewriteAggregate:
    """Means of the per-item metrics, overall and per language (``chrf.ru``)."""

    def counts(self, record: dict) -> dict[str, float]:
        out: dict[str, float] = {}
        lang = record.get("lang")
        for name, value in (record.get("metrics") or {}).items():
            if value is None:
                continue
            for key in (name, f"{name}.{lang}") if lang else (name,):
                out[f"{key}|sum"] = float(value)
                out[f"{key}|n"] = 1.0
        return out

    def values(self, col, names: Iterable[str]) -> dict[str, np.ndarray]:
        return {name: col(f"{name}|sum") / col(f"{name}|n") for name in names}

    def bears_on(self, name: str, counts: dict[str, float]) -> bool:
        return f"{name}|n" in counts

    def names(self, records: Iterable[dict]) -> list[str]:
        keys = {k.rsplit("|", 1)[0] for r in records for k in self.counts(r)}
        return sorted(keys, key=_metric_order)


class LintAggregate:
    """Per-rule precision, recall and F1 over the drafts, per language too; macro F1."""

    def counts(self, record: dict) -> dict[str, float]:
        expected, found, lang = set(record["expected"]), set(record["found"]), record["lang"]
        out: dict[str, float] = {}
        for code in expected | found:
            stat = "tp" if code in expected and code in found else ("fn" if code in expected else "fp")
            out[f"{stat}|{code}|*"] = 1.0
            out[f"{stat}|{code}|{lang}"] = 1.0
        return out

    def bears_on(self, name: str, counts: dict[str, float]) -> bool:
        metric, *rest = name.split(".")
        if metric == "macro_f1":
            lang = rest[0] if rest else "*"
            return any(k.endswith(f"|{lang}") for k in counts)
        code, lang = rest[0], rest[1] if len(rest) > 1 else "*"
        stats = {"precision": ("tp", "fp"), "recall": ("tp", "fn")}.get(metric, ("tp", "fp", "fn"))
        return any(f"{s}|{code}|{lang}" in counts for s in stats)

    def names(self, records: Iterable[dict]) -> list[str]:
        records = list(records)
        codes = sorted({c for r in records for c in (*r["expected"], *r["found"])})
        langs = sorted({r["lang"] for r in records})
        names = ["macro_f1", *(f"macro_f1.{lang}" for lang in langs)]
        for code in codes:
            for metric in ("precision", "recall", "f1"):
                names += [f"{metric}.{code}", *(f"{metric}.{code}.{lang}" for lang in langs)]
        return names

    def values(self, col, names: Iterable[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        macro: dict[str, list[np.ndarray]] = {}
        for name in names:
            parts = name.split(".")
            if parts[0] == "macro_f1":
                continue
            metric, code, lang = parts[0], parts[1], parts[2] if len(parts) > 2 else "*"
            tp, fp, fn = (col(f"{s}|{code}|{lang}") for s in ("tp", "fp", "fn"))
            if metric == "precision":
                out[name] = tp / (tp + fp)
            elif metric == "recall":
                out[name] = tp / (tp + fn)
            else:
                out[name] = 2 * tp / (2 * tp + fp + fn)
                macro.setdefault("macro_f1" if lang == "*" else f"macro_f1.{lang}", []).append(out[name])
        for name in names:
            if name.startswith("macro_f1"):
                out[name] = _nanmean(macro.get(name, []))
        return out


class JudgeAggregate:
    """Judge vs human per criterion: quadratic-weighted kappa and exact agreement; their means."""

    def counts(self, record: dict) -> dict[str, float]:
        out: dict[str, float] = {}
        for criterion in CRITERIA:
            human, judge = record["human"].get(criterion), record["judge"].get(criterion)
            if human in SCALE and judge in SCALE:
                out[f"{criterion}|{human}|{judge}"] = 1.0
        return out

    def bears_on(self, name: str, counts: dict[str, float]) -> bool:
        criterion = name.partition(".")[2]
        return any(k.startswith(f"{criterion}|") for k in counts) if criterion else bool(counts)

    def names(self, records: Iterable[dict]) -> list[str]:
        return ["kappa", "agreement", *(f"{m}.{c}" for m in ("kappa", "agreement") for c in CRITERIA)]

    def values(self, col, names: Iterable[str]) -> dict[str, np.ndarray]:
        from .stats import kappa_from_confusion

        out = {}
        for c in CRITERIA:
            confusion = np.stack([np.stack([col(f"{c}|{h}|{j}") for j in SCALE], -1) for h in SCALE], -2)
            out[f"kappa.{c}"] = kappa_from_confusion(confusion, "quadratic")
            out[f"agreement.{c}"] = np.trace(confusion, axis1=-2, axis2=-1) / confusion.sum(axis=(-2, -1))
        # The headline numbers average the criteria: kappa over the pooled scores would credit a
        # judge for the criteria's different means (constant 1 for ownership, 4 for clarity).
        out["kappa"] = _nanmean([out[f"kappa.{c}"] for c in CRITERIA])
        out["agreement"] = _nanmean([out[f"agreement.{c}"] for c in CRITERIA])
        return {name: out[name] for name in names}


AGGREGATES = {"rewrite": RewriteAggregate, "lint": LintAggregate, "judge": JudgeAggregate}


def _nanmean(arrays: list[np.ndarray]) -> np.ndarray:
    if not arrays:
        return np.array([np.nan])
    stacked = np.stack(arrays)
    finite = np.isfinite(stacked)
    return np.where(finite, stacked, 0).sum(axis=0) / finite.sum(axis=0)


def _metric_order(name: str) -> tuple:
    base = name.split(".", 1)[0]
    order = REWRITE_METRICS.index(base) if base in REWRITE_METRICS else len(REWRITE_METRICS)
    return (order, name.count("."), name)


def summarize(kind: str, records: list[dict]) -> dict[str, dict]:
    """Every metric of a run with its bootstrap interval: ``{name: {value, low, high, n}}``."""
    from .stats import bootstrap

    aggregate = AGGREGATES[kind]()
    names = aggregate.names(records)
    rows = [aggregate.counts(r) for r in records]
    estimates = bootstrap(rows, lambda col: aggregate.values(col, names))
    out = {}
    for name in names:
        n = sum(aggregate.bears_on(name, row) for row in rows)
        if n:  # a metric no item bears on is left out, not reported as null
            out[name] = {**estimates[name].to_dict(), "n": n}
    return out
