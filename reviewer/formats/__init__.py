"""Output formats of `reviewer check`: text, json, sarif, github.

Each format is a module with a ``Writer``: ``draft()`` for each checked draft
as it is checked, ``error()`` for each input error or warning, ``close()`` at
the end. Output is written as it comes, so a run over a million rows holds
one draft at a time; a format is imported only when chosen.
"""

from __future__ import annotations

import importlib
import io
from typing import NamedTuple, TextIO

from ..inputs import Draft, InputError
from ..model import Finding, Report

FORMATS = ("text", "json", "sarif", "github")


class Checked(NamedTuple):
    """A draft and its report."""

    draft: Draft
    report: Report


class Writer:
    """Writes one format to ``out``, a draft at a time."""

    def __init__(self, out: TextIO, **options):
        self.out = out

    def draft(self, item: Checked) -> None:
        raise NotImplementedError

    def error(self, error: InputError) -> None:
        """An input that could not be checked, or an ``InputWarning`` about one that was."""

    def close(self) -> None:
        """Whatever comes after the last draft."""


def writer(name: str, out: TextIO, **options) -> Writer:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    return importlib.import_module(f".{name}", __package__).Writer(out, **options)


def render(name: str, checked: list[Checked], errors: list[InputError], **options) -> str:
    """The whole output as one string: the errors, then the drafts."""
    out = io.StringIO()
    w = writer(name, out, **options)
    for error in errors:
        w.error(error)
    for item in checked:
        w.draft(item)
    w.close()
    return out.getvalue()


def end_position(report: Report, finding: Finding) -> tuple[int, int]:
    """Line and column (1-based, inclusive) of the finding's last character."""
    last = max(finding.start, finding.end - 1)
    text = report.text
    line = finding.line + text.count("\n", finding.start, last)
    line_start = text.rfind("\n", 0, last) + 1
    return line, last - line_start + 1
