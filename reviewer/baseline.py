"""Baselines: today's findings recorded, so a check fails only on new ones.

A finding is known by a fingerprint that survives edits elsewhere in its
file: the rule, the file (and row), the flagged words normalised (case,
spacing, ё, curly quotes) and a few words either side on its line — not its
line or offset. The same words flagged twice in a file are counted.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from .model import Finding, Report

VERSION = 1
CONTEXT_WORDS = 2  # on each side of the flagged words
_WORD = re.compile(r"\w+")
_FOLD = str.maketrans("ёЁ’‘“”«»", "еЕ''\"\"\"\"")


class BaselineError(ValueError):
    """The baseline file cannot be read."""


def _normal(text: str) -> str:
    return " ".join(text.translate(_FOLD).lower().split())


def fingerprint(report: Report, finding: Finding, path: str) -> str:
    text = report.text
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    before = _WORD.findall(text[line_start : finding.start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[finding.end : line_end if line_end >= 0 else len(text)])[:CONTEXT_WORDS]
    parts = [finding.code, path, str(report.id or ""), _normal(text[finding.start : finding.end]), _normal(" ".join(before)), _normal(" ".join(after))]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


class Baseline:
    """The recorded findings, per file; ``take`` matches a finding against them, once per count."""

    def __init__(self, entries: list[dict]):
        self.left: Counter[tuple[str, str]] = Counter()
        for entry in entries:
            self.left[(entry["path"], entry["fingerprint"])] += entry.get("count", 1)
        self.matched = 0
        self.checked: set[str] = set()  # the files this run checked: only their entries can be gone

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if data.get("version") != VERSION or not isinstance(data.get("findings"), list):
                raise ValueError(f"not a reviewer baseline (version {VERSION})")
            return cls(data["findings"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BaselineError(f"{path}: {exc.strerror if isinstance(exc, OSError) else exc}") from None

    def filter(self, report: Report, path: str) -> Report:
        """The report without the findings the baseline holds."""
        self.checked.add(path)
        new = []
        for finding in report.findings:
            key = (path, fingerprint(report, finding, path))
            if self.left[key] > 0:
                self.left[key] -= 1
                self.matched += 1
            else:
                new.append(finding)
        return report._replace(findings=new)

    @property
    def gone(self) -> int:
        """Entries for the files checked that no finding matched: fixed, or changed."""
        return sum(n for (path, _), n in self.left.items() if path in self.checked)


class BaselineWriter:
    def __init__(self):
        self.entries: Counter[tuple[str, str, str, str, str]] = Counter()

    def add(self, report: Report, path: str) -> None:
        for f in report.findings:
            words = _normal(report.text[f.start : f.end])
            self.entries[(path, str(report.id or ""), f.code, fingerprint(report, f, path), words[:80])] += 1

    def write(self, path: Path) -> int:
        findings = [
            {"path": p, "id": id or None, "code": code, "fingerprint": fp, "words": words, "count": n}
            for (p, id, code, fp, words), n in sorted(self.entries.items())
        ]
        Path(path).write_text(json.dumps({"version": VERSION, "findings": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return sum(self.entries.values())
