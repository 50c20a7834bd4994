"""Read drafts from files, directories and standard input.

A library module: `reviewer check` reads its inputs with it, and so can any
tool. It yields ``Draft`` objects and ``InputError`` objects (unreadable files,
malformed rows, empty drafts) and never raises for bad input, so one broken row
or file never stops the rest.

Formats, by file name:
- ``.jsonl``: one JSON object a line with ``id`` and ``text`` (the text field
  can be renamed);
- ``.csv``: a header row, then rows; a ``text`` column, ``id`` optional;
- ``.html`` / ``.htm`` (also ``name.html.j2`` and the like): markup, comments,
  scripts and styles are not text; findings still point into the file;
- anything else: one draft per file, the whole file.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from .model import Finding, Fix, Report

if TYPE_CHECKING:
    from .lint.engine import Linter

STDIN = "-"
EMPTY = "empty draft: there is no text to check"
Kind = Literal["text", "jsonl", "csv", "html"]
_BINARY_SNIFF = 8192


class InputError(NamedTuple):
    """An input that could not be read: a file, or one row of it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class Draft(NamedTuple):
    """One draft to check, and where it came from."""

    source: str  # the path as given, or "-"
    text: str  # what the linter reads
    kind: Kind = "text"
    id: str | int | None = None  # the row's id (JSONL/CSV)
    line: int | None = None  # the line where the row starts (JSONL/CSV)
    markup: "HtmlText | None" = None  # HTML: the file and the map back into it

    @property
    def label(self) -> str:
        """How to name the draft to a person: the path, plus the row for JSONL/CSV."""
        if self.line is None:
            return self.source
        return f"{self.source}[{self.id}]" if self.id is not None else f"{self.source}[line {self.line}]"

    def lint(self, linter: "Linter", *, lang: str | None = None) -> Report:
        """Check the draft; for HTML, offsets, lines and columns point into the file."""
        report = linter.check(self.text, lang=lang, source=self.source, id=self.id)
        if self.markup is not None:
            report = self.markup.relocate(report)
        return report


# ---------------------------------------------------------------- reading


def read_inputs(paths: Iterable[str], *, text_field: str = "text", stdin: bytes | None = None) -> Iterator[Draft | InputError]:
    """Drafts and input errors from paths (files, directories, "-" for stdin).

    ``stdin`` is the standard input's bytes, read by the caller when "-" is given.
    Directories are walked recursively, skipping hidden entries and binary files.
    """
    for given in paths:
        if given == STDIN:
            yield from read_bytes(STDIN, stdin or b"", kind="text")
            continue
        path = Path(given)
        if path.is_dir():
            for file in walk(path):
                yield from read_file(file, text_field=text_field, skip_binary=True)
        else:
            yield from read_file(path, text_field=text_field)


def walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, in a stable order, without hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def kind_of(path: str | Path) -> Kind:
    """The input format a file name implies (``reply.html.j2`` is HTML)."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] in (".jsonl", ".csv"):
        return suffixes[-1][1:]  # type: ignore[return-value]
    return "html" if {".html", ".htm"} & set(suffixes) else "text"


def read_file(path: Path, *, text_field: str = "text", skip_binary: bool = False) -> Iterator[Draft | InputError]:
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    if skip_binary and is_binary(data):
        return
    yield from read_bytes(source, data, kind=kind_of(path), text_field=text_field)


def is_binary(data: bytes) -> bool:
    return b"\0" in data[:_BINARY_SNIFF]


def read_bytes(source: str, data: bytes, *, kind: Kind = "text", text_field: str = "text") -> Iterator[Draft | InputError]:
    """Parse one input's bytes into drafts (several for JSONL/CSV)."""
    text = decode(source, data)
    if isinstance(text, InputError):
        yield text
    elif kind == "jsonl":
        yield from _jsonl(source, text, text_field)
    elif kind == "csv":
        yield from _csv(source, text, text_field)
    elif kind == "html":
        markup = HtmlText(text)
        yield _draft(Draft(source, markup.text, kind="html", markup=markup))
    else:
        yield _draft(Draft(source, text))


def _draft(draft: Draft) -> Draft | InputError:
    """The draft, or an error if it has no text (the linter would refuse it)."""
    return draft if draft.text.strip() else InputError(draft.source, EMPTY, draft.line)


def decode(source: str, data: bytes) -> str | InputError:
    """UTF-8 text (a byte-order mark is dropped), or the reason it is not text."""
    if b"\0" in data:
        return InputError(source, "binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return InputError(source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8", line)


def _jsonl(source: str, text: str, field: str) -> Iterator[Draft | InputError]:
    # split on "\n" only: a JSON string may hold U+2028 and friends, which splitlines() breaks on
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", number)
            continue
        if not isinstance(row, dict):
            yield InputError(source, f"expected a JSON object with a {field!r} field, got {type(row).__name__}", number)
            continue
        yield _row(source, number, row.get("id"), row.get(field, _MISSING), field, "jsonl")


_MISSING = object()


def _row(source: str, line: int, id, text, field: str, kind: Kind) -> Draft | InputError:
    if text is _MISSING:
        return InputError(source, f"no {field!r} field (use --text-field to name another)", line)
    if not isinstance(text, str):
        return InputError(source, f"the {field!r} field is not a string", line)
    if id is not None and (isinstance(id, bool) or not isinstance(id, str | int)):
        return InputError(source, "the 'id' field is not a string or an integer", line)
    return _draft(Draft(source, text, kind=kind, id=id, line=line))


def _csv(source: str, text: str, field: str) -> Iterator[Draft | InputError]:
    import csv  # here and not at the top, like html below: `reviewer check draft.txt` starts faster
    import io

    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # one draft may be long; the default is 128 KiB
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield InputError(source, f"malformed CSV header: {exc}", 1)
        return
    if header is None:
        yield InputError(source, "empty CSV file: expected a header row")
        return
    header = [name.strip() for name in header]
    if field not in header:
        yield InputError(source, f"no {field!r} column in the header (columns: {', '.join(header)}; use --text-field)", 1)
        return
    text_at, id_at = header.index(field), header.index("id") if "id" in header else None
    line = reader.line_num + 1  # where the next record starts
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(source, f"malformed CSV row: {exc}", line)
            line = reader.line_num + 1
            continue
        if row and any(cell.strip() for cell in row):
            if len(row) != len(header):
                yield InputError(source, f"expected {len(header)} fields, got {len(row)}", line)
            else:
                yield _row(source, line, row[id_at] or None if id_at is not None else None, row[text_at], field, "csv")
        line = reader.line_num + 1


# ---------------------------------------------------------------- HTML

# Elements whose content is never shown as text.
_HIDDEN = "script|style|head|title|template|noscript"
_MARKUP = rf"""
      <!--.*?(?:-->|\Z)                                  # comment
    | <({_HIDDEN})\b[^>]*>.*?(?:</\1\s*>|\Z)             # hidden element with its content
    | <!\[CDATA\[.*?(?:\]\]>|\Z)
    | <[!?][^>]*>?                                       # doctype, processing instruction
    | </?([a-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?     # a tag
    | &(?:\#\d{{1,7}}|\#x[0-9a-f]{{1,6}}|[a-z][a-z0-9]{{1,31}});?   # a character reference
"""
# Tags that break the text into lines (so sentences do not run across them).
_BLOCK = frozenset(
    """address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3
    h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul""".split()
)
_SOURCE_BREAKS = str.maketrans("\r\n\t\f", "    ")


class HtmlText:
    """The visible text of an HTML document, with a map back into the markup.

    Tags, comments, scripts and styles are dropped, a block-level tag becomes a
    line break, a character reference its character, and a line break in the
    source a space (HTML renders it so). Each stretch of the text remembers
    where it came from, so a finding's offsets map back into the file.
    """

    def __init__(self, markup: str):
        import html

        self.markup = markup
        parts: list[str] = []
        # Per stretch: start in the text, start and length in the markup, and
        # whether it is copied (offsets map one to one) or stands for a unit.
        self._text_starts: list[int] = []
        self._stretches: list[tuple[int, int, bool]] = []
        size = 0

        def emit(piece: str, origin: int, length: int, copied: bool) -> None:
            nonlocal size
            self._text_starts.append(size)
            self._stretches.append((origin, length, copied))
            parts.append(piece)
            size += len(piece)

        pos = 0
        for m in re.finditer(_MARKUP, markup, re.IGNORECASE | re.DOTALL | re.VERBOSE):  # re caches the compiled pattern
            if m.start() > pos:
                emit(markup[pos : m.start()].translate(_SOURCE_BREAKS), pos, m.start() - pos, True)
            token = m.group()
            if token.startswith("&"):
                char = html.unescape(token)
                emit(char, m.start(), len(token), char == token)
            elif m.group(2) and m.group(2).lower() in _BLOCK:
                emit("\n", m.start(), len(token), False)
            pos = m.end()
        if pos < len(markup):
            emit(markup[pos:].translate(_SOURCE_BREAKS), pos, len(markup) - pos, True)
        self.text = "".join(parts)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]

    def start(self, offset: int) -> int:
        """The markup offset where the text's character at ``offset`` comes from."""
        if not self._stretches:
            return 0
        i = max(0, bisect.bisect_right(self._text_starts, offset) - 1)
        origin, length, copied = self._stretches[i]
        return origin + min(offset - self._text_starts[i], length) if copied else origin

    def end(self, offset: int) -> int:
        """The markup offset just past the character before ``offset`` (an exclusive end)."""
        if offset <= 0 or not self._stretches:
            return self.start(offset)
        i = bisect.bisect_right(self._text_starts, offset - 1) - 1
        origin, length, copied = self._stretches[i]
        return origin + (offset - self._text_starts[i] if copied else length)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def relocate(self, report: Report) -> Report:
        """The report with every offset, line and column in the markup."""
        findings = [self._relocate(f) for f in report.findings]
        return report._replace(text=self.markup, findings=findings)

    def _relocate(self, finding: Finding) -> Finding:
        start, end = finding.start, finding.end
        while end - start > 1 and self.text[start].isspace():  # white space here may stand for a tag
            start += 1
        while end - start > 1 and self.text[end - 1].isspace():
            end -= 1
        start, end = self.start(start), self.end(end)
        line, column = self.line_col(start)
        fix = finding.fix
        if fix is not None:
            fix = Fix(self.start(fix.start), self.end(fix.end) if fix.end > fix.start else self.start(fix.start), fix.replacement, fix.applicability)
        return finding._replace(start=start, end=max(start, end), line=line, column=column, fix=fix)
