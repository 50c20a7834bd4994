"""The linter's data: findings, fixes, reports and the score.

Named tuples on purpose: the check path must start fast, and dataclasses
(which import inspect) or pydantic would double the import time.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
Applicability = Literal["safe", "unsafe"]

SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

# Score = max(0, 10 - sum of these per finding), see README "Score".
PENALTY = {"error": 3.0, "warning": 1.5, "info": 0.5}


class Fix(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement``; ``title`` says so in the draft's language."""

    start: int
    end: int
    replacement: str
    applicability: Applicability = "safe"
    title: str | None = None

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "applicability": self.applicability,
            "title": self.title,
        }


class Finding(NamedTuple):
    code: str
    name: str
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    message: str
    suggestion: str
    fix: Fix | None = None

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "suggestion": self.suggestion,
            "fix": self.fix.to_dict() if self.fix else None,
        }


class Suppressed(NamedTuple):
    """A finding a suppression comment hid, and the reason the comment gives (None: it gives none)."""

    finding: Finding
    reason: str | None

    def to_dict(self) -> dict:
        return {**self.finding.to_dict(), "reason": self.reason}


class Report(NamedTuple):
    """The result of checking one draft."""

    text: str
    lang: str
    findings: list[Finding] = []  # never mutated: checks build a new list
    source: str | None = None
    id: str | None = None
    fields: dict | None = None  # a row's fields kept with --keep (agent, date…), for dashboards
    suppressed: list[Suppressed] = []  # findings a suppression comment hid, with its reason; never mutated

    @property
    def score(self) -> float:
        return score(self.findings)

    def at_or_above(self, level: Severity) -> list[Finding]:
        return [f for f in self.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]]

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "id": self.id,
            **({"fields": self.fields} if self.fields is not None else {}),
            "lang": self.lang,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
        }


def score(findings: list[Finding]) -> float:
    """0-10, 10 = nothing found; each finding costs its severity's penalty."""
    return round(max(0.0, 10.0 - sum(PENALTY[f.severity] for f in findings)), 1)


def apply_fixes(text: str, findings: list[Finding], *, unsafe: bool = False) -> str:
    """Apply the findings' fixes (safe ones only unless ``unsafe``).

    A fix that overlaps one already applied is skipped; a second run picks it up.
    """
    fixes = sorted(
        (f.fix for f in findings if f.fix and (unsafe or f.fix.applicability == "safe")),
        key=lambda fx: (fx.start, fx.end),
    )
    parts, pos = [], 0
    for fx in fixes:
        if fx.start < pos:
            continue
        parts += [text[pos : fx.start], fx.replacement]
        pos = fx.end
    parts.append(text[pos:])
    return "".join(parts)
