"""What a rewrite run's report and a comparison of two runs show beyond the metric table:
status rates, fallback reasons, cost, the judge per criterion, findings per rule, every
metric by tag and language, and the items to read with their whole story.

A run's records carry the draft and the customer's message (runs made before they
did are completed from the eval set, when its data is still there).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

from .metrics import CRITERIA, REWRITE_METRICS, better
from .stats import paired_bootstrap

STATUSES = ("ok", "fallback", "error", "offline", "candidate")
Z = 1.959964  # the normal quantile of a 95% interval


def wilson(k: int, n: int) -> tuple[float | None, float | None]:
    """The 95% Wilson score interval of a proportion k/n: sound at 0/n and n/n, where the normal one is not."""
    if not n:
        return None, None
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)


def status_rates(records: list[dict], failures: dict) -> list[dict]:
    """Each status's share of the items, with its interval; items the endpoint failed on are ``error``."""
    counts = Counter(r.get("status") for r in records) + Counter({"error": len(failures)})
    n = sum(counts.values())
    rows = []
    for status in [*STATUSES, *sorted(set(counts) - set(STATUSES))]:
        if counts[status]:
            low, high = wilson(counts[status], n)
            rows.append({"status": status, "count": counts[status], "n": n, "share": round(counts[status] / n, 4), "low": low, "high": high})
    return rows


_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


def reason_kind(reason: str) -> str:
    """A failure's kind: its words up to the first quote or parenthesis, numbers as N ("attempt 2:
    dropped the order/reference number “#48213” from the draft" → "dropped the order/reference number")."""
    text = re.sub(r"^attempt \d+: ", "", reason)
    text = re.split(r"[“«(;\"]", text, maxsplit=1)[0]
    text = re.sub(r"\s+(?:at|в)\s*$", "", text.strip())  # "linter: A002 apology-first at “…”"
    return _NUMBER.sub("N", text).rstrip(":,. ")


def fallback_reasons(records: list[dict]) -> list[tuple[str, int]]:
    """Why items fell back, most common first: each kind counted once per item."""
    counts: Counter = Counter()
    for r in records:
        if r.get("status") == "fallback":
            counts.update({reason_kind(line) for line in r.get("reasons", [])[1:] or r.get("reasons", [])[:1]})
    return counts.most_common()


def judge_criteria(records: list[dict]) -> dict[str, dict]:
    """The judge's mean 1-5 score per criterion."""
    out = {}
    for c in CRITERIA:
        scores = [r["judge"][c] for r in records if isinstance(r.get("judge"), dict) and isinstance(r["judge"].get(c), int)]
        if scores:
            out[c] = {"value": round(sum(scores) / len(scores), 3), "n": len(scores)}
    return out


def slices(records: list[dict]) -> list[str]:
    """The slices every metric is broken down by: each language, each tag value."""
    names = {f"lang={r['lang']}" for r in records if r.get("lang")}
    # tags that hold lists (stringified by the set loader: "['A001']") name items, not slices
    names |= {f"{key}={value}" for r in records for key, value in (r.get("tags") or {}).items() if not str(value).startswith(("[", "{"))}
    return sorted(names)


def in_slice(record: dict, name: str) -> bool:
    key, _, value = name.partition("=")
    found = record.get("lang") if key == "lang" else (record.get("tags") or {}).get(key)
    return str(found) == value


def metric_names(records: list[dict]) -> list[str]:
    present = {k for r in records for k, v in r.get("metrics", {}).items() if v is not None}
    return [m for m in REWRITE_METRICS if m in present]


def by_slice(records: list[dict]) -> dict[str, dict[str, dict]]:
    """Per slice and metric, the mean and how many items it bears on."""
    out = {}
    for name in slices(records):
        rows = [r for r in records if in_slice(r, name)]
        out[name] = {}
        for metric in metric_names(records):
            values = [r["metrics"][metric] for r in rows if r["metrics"].get(metric) is not None]
            if values:
                out[name][metric] = {"value": round(sum(values) / len(values), 4), "n": len(values)}
    return out


def paired_by_slice(rows_a: list[dict], rows_b: list[dict]) -> dict[str, dict[str, dict]]:
    """Per slice and metric, B − A over the items of the slice both runs scored, with its significance."""
    out = {}
    names = metric_names(rows_a + rows_b)
    for name in slices(rows_a):
        pairs = [(a, b) for a, b in zip(rows_a, rows_b) if in_slice(a, name)]
        deltas = _paired_means([a for a, _ in pairs], [b for _, b in pairs], names)
        out[name] = {m: {**d.to_dict(), "better": better(m)} for m, d in deltas.items() if d.a is not None or d.b is not None}
    return out


def paired_criteria(rows_a: list[dict], rows_b: list[dict]) -> dict[str, dict]:
    """The judge's per-criterion means, B − A, with significance."""
    def counts(r):
        judge = r.get("judge") if isinstance(r.get("judge"), dict) else {}
        return {f"{c}|sum": float(judge[c]) for c in CRITERIA if isinstance(judge.get(c), int)} | {f"{c}|n": 1.0 for c in CRITERIA if isinstance(judge.get(c), int)}

    deltas = paired_bootstrap([counts(r) for r in rows_a], [counts(r) for r in rows_b], lambda col: {c: col(f"{c}|sum") / col(f"{c}|n") for c in CRITERIA})
    return {c: d.to_dict() for c, d in deltas.items() if d.a is not None or d.b is not None}


def _paired_means(rows_a: list[dict], rows_b: list[dict], names: list[str]) -> dict:
    def counts(r):
        return {k: v for m in names if r["metrics"].get(m) is not None for k, v in ((f"{m}|sum", float(r["metrics"][m])), (f"{m}|n", 1.0))}

    return paired_bootstrap([counts(r) for r in rows_a], [counts(r) for r in rows_b], lambda col: {m: col(f"{m}|sum") / col(f"{m}|n") for m in names})


def complete_texts(records: list[dict], meta: dict) -> list[dict]:
    """Records with their draft and customer message: from the record, else from the eval set the run used."""
    if all("draft" in r for r in records):
        return records
    from .datasets import DatasetError, load_set

    source = (meta.get("set") or {}).get("data")
    try:
        items = {item.id: item for item in load_set(source).items} if source and Path(source).is_file() else {}
    except DatasetError:
        items = {}
    return [r if "draft" in r or r["id"] not in items else {**r, "draft": items[r["id"]].draft, "customer_message": items[r["id"]].customer_message} for r in records]
