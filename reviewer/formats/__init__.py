"""Output formats of `reviewer check`: text, concise, json, sarif, github.

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

FORMATS = ("text", "concise", "json", "sarif", "github")


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


class Tee(Writer):
    """Several writers fed the same drafts and errors (the terminal's format and each --output-file)."""

    def __init__(self, writers: list[Writer]):
        self.writers = writers

    def draft(self, item: Checked) -> None:
        for w in self.writers:
            w.draft(item)

    def error(self, error: InputError) -> None:
        for w in self.writers:
            w.error(error)

    def close(self) -> None:
        for w in self.writers:
            w.close()


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
    """Line and column (1-based, inclusive) of the finding's last character.

    Looks only inside the span: searching back to the line's start would be
    quadratic on a long line with many findings.
    """
    last = max(finding.start, finding.end - 1)
    text = report.text
    newline = text.rfind("\n", finding.start, last)
    if newline < 0:
        return finding.line, finding.column + last - finding.start
    return finding.line + text.count("\n", finding.start, last), last - newline


def fields_text(fields: dict) -> str:
    """A row's kept fields on one line: ``agent=Anna, month=2024-03``."""
    return ", ".join(f"{name}={'' if value is None else value}" for name, value in fields.items())


def dumps(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, by orjson: several times faster."""
    import orjson  # here: the text format does not pay its import

    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:  # an id past 64 bits
        import json

        return json.dumps(value, ensure_ascii=False, indent=2)


HOLE = "\0the items\0"  # stands for an array in a document written around it


def around(document: dict) -> tuple[str, str]:
    """``document`` as ``json.dumps(indent=2)`` lays it out, cut where its value ``HOLE`` stands."""
    before, after = dumps(document).split(dumps(HOLE))
    return before, after


def indented(text: str, depth: int) -> str:
    """JSON text moved ``depth`` levels right (its strings hold no raw newline)."""
    return text.replace("\n", "\n" + "  " * depth)


class JsonArray:
    """An array written an item at a time, at ``depth`` levels of nesting, as json.dumps(indent=2) would."""

    def __init__(self, out: TextIO, depth: int):
        self.out, self.depth, self.count = out, depth, 0

    def add(self, item) -> None:
        pad = "  " * self.depth
        self.out.write(("[\n" if not self.count else ",\n") + pad + indented(dumps(item), self.depth))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n" + "  " * (self.depth - 1) + "]" if self.count else "[]")
