"""Output formats of `reviewer check`: text, json, sarif, github.

Each format is a module with ``render(checked, errors, **options) -> str``;
it is imported only when chosen.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from ..inputs import Draft, InputError
from ..model import Finding, Report

FORMATS = ("text", "json", "sarif", "github")


class Checked(NamedTuple):
    """A draft and its report."""

    draft: Draft
    report: Report


def render(name: str, checked: list[Checked], errors: list[InputError], **options) -> str:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    return importlib.import_module(f".{name}", __package__).render(checked, errors, **options)


def end_position(report: Report, finding: Finding) -> tuple[int, int]:
    """Line and column (1-based, inclusive) of the finding's last character."""
    last = max(finding.start, finding.end - 1)
    text = report.text
    line = finding.line + text.count("\n", finding.start, last)
    line_start = text.rfind("\n", 0, last) + 1
    return line, last - line_start + 1
