"""What a dashboard of real traffic is made of, gathered a reply at a time.

Every number is a running count: totals per rule, per ``--by`` value and per
week and month, and for each rule the few worst replies (a bounded heap, each
with only a window of text around the span). Nothing grows with the number of
replies but the number of distinct ``--by`` values and periods.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..exports import as_text
from ..model import Report

PERIODS = ("week", "month")
WINDOW = 140  # characters of a reply shown on each side of a flagged span
NO_DATE = ""  # the period of a reply whose date is missing or unreadable


@dataclass
class Group:
    """Counts over a set of replies: an agent, a month, all of them."""

    replies: int = 0
    score_sum: float = 0.0
    clean: int = 0
    findings: Counter = field(default_factory=Counter)  # rule → findings
    flagged: Counter = field(default_factory=Counter)  # rule → replies with the rule

    def add(self, score: float, codes: Counter) -> None:
        self.replies += 1
        self.score_sum += score
        self.clean += not codes
        self.findings.update(codes)
        self.flagged.update(codes.keys())

    def row(self, top: int = 3) -> dict:
        """The group as summary.json and the tables show it."""
        n = self.replies
        return {
            "replies": n,
            "mean_score": round(self.score_sum / n, 3) if n else None,
            "share_clean": round(self.clean / n, 4) if n else None,
            "findings": sum(self.findings.values()),
            "findings_per_100": round(100 * sum(self.findings.values()) / n, 2) if n else None,
            "top_rules": [code for code, _ in self.findings.most_common(top)],
            "rules": dict(sorted(self.findings.items())),
        }


@dataclass(order=True)
class _Worst:
    """A heap entry: the reply with the highest score (then the latest) is the first to go."""

    key: tuple
    example: dict = field(compare=False)


class Traffic:
    """Running counts over checked replies."""

    def __init__(self, by: list[str], examples: int = 5):
        self.by = by
        self.examples = examples
        self.all = Group()
        self.scores: Counter = Counter()
        self.groups: dict[str, dict[str, Group]] = {key: {} for key in by}
        self.periods: dict[str, dict[str, Group]] = {kind: {} for kind in PERIODS}
        self.worst: dict[str, list[_Worst]] = {}
        self.undated = 0
        self._seq = 0

    def add(self, report: Report, where: dict, fields: dict, date=None) -> None:
        """One reply: its report (offsets in ``report.text``), where it is (source, line, id, label, link),
        its fields and its date (as the row gives it)."""
        self._seq += 1
        codes = Counter(f.code for f in report.findings)
        score = report.score
        self.all.add(score, codes)
        self.scores[score] += 1
        when = parse_date(date)
        if when is None:
            self.undated += 1
        stamps = period_keys(when)
        for kind in PERIODS:
            self.periods[kind].setdefault(stamps[kind], Group()).add(score, codes)
        for key in self.by:
            value = stamps[key] if key in PERIODS else as_text(fields.get(key))
            self.groups[key].setdefault(value, Group()).add(score, codes)
        for finding in report.findings:
            if finding.code in codes:  # one example per rule and reply: its first finding
                self._keep(finding, report, where, fields, score)
                del codes[finding.code]

    def _keep(self, finding, report: Report, where: dict, fields: dict, score: float) -> None:
        heap = self.worst.setdefault(finding.code, [])
        entry = _Worst((-score, -self._seq), None)
        if len(heap) >= self.examples and entry <= heap[0]:
            return  # no worse than the ones kept: build nothing
        text = report.text
        start, end = max(0, finding.start - WINDOW), min(len(text), finding.end + WINDOW)
        if any(w.example["span"] == text[finding.start : finding.end] and w.example["text"] == text for w in heap):
            return  # the same macro again: one example of it is enough
        entry.example = {
            **where,
            "score": score,
            "code": finding.code,
            "severity": finding.severity,
            "message": finding.message,
            "before": ("…" if start else "") + text[start : finding.start],
            "span": text[finding.start : finding.end],
            "after": text[finding.end : end] + ("…" if end < len(text) else ""),
            "fields": fields,
            "text": text,  # to tell a repeated macro; dropped from what is written
        }
        heapq.heappush(heap, entry)
        if len(heap) > self.examples:
            heapq.heappop(heap)

    def examples_of(self, code: str) -> list[dict]:
        """A rule's worst replies, lowest score first."""
        return [{k: v for k, v in w.example.items() if k != "text"} for w in sorted(self.worst.get(code, ()), reverse=True)]


def parse_date(value) -> datetime | None:
    """A row's date: ISO 8601 text, a Unix time in seconds or milliseconds, or what dateutil reads."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        seconds = float(value)
        return datetime.fromtimestamp(seconds / 1000 if seconds > 1e11 else seconds, UTC)
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        pass
    from dateutil import parser  # "March 1, 2024 10:22", "01.03.2024": rarer, so imported when met

    try:
        return parser.parse(value, dayfirst="." in value)
    except (ValueError, OverflowError):
        return None


def period_keys(when: datetime | None) -> dict[str, str]:
    """The ISO week ("2024-W09") and the month ("2024-03") of a date."""
    if when is None:
        return {kind: NO_DATE for kind in PERIODS}
    year, week, _ = when.isocalendar()
    return {"week": f"{year}-W{week:02d}", "month": f"{when.year}-{when.month:02d}"}
