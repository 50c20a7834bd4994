"""Read drafts from files, directories and standard input.

A library module: `reviewer check` reads its inputs with it, and so can any
tool. It yields ``Draft`` objects and ``InputError`` objects (unreadable files,
malformed rows, empty drafts) and never raises for bad input, so one broken row
or file never stops the rest. ``InputWarning`` (an ``InputError``) tells of
something odd in an input that is still checked, such as a duplicate id.

Formats, by file name:
- ``.jsonl``: one JSON object a line with ``id`` and ``text`` (the text field
  can be renamed);
- ``.csv``: a header row, then rows; a ``text`` column, ``id`` optional;
- ``.json``: a helpdesk export (Zendesk, Freshdesk, Intercom) or an array of
  row objects;
- ``.html`` / ``.htm`` (also ``name.html.j2`` and the like): markup, comments,
  scripts and styles are not text; findings still point into the file;
- anything else: one draft per file, the whole file.

Which rows are drafts, which fields hold the text and the id and which are
kept, and the helpdesks' shapes, are ``reviewer.exports``'s. JSONL and CSV
files are read a row at a time, so memory does not grow with their length; a draft (a whole file, or one row) may be up to ``MAX_DRAFT``.
Text is UTF-8, or UTF-16/UTF-32 with a byte-order mark. Only regular files
are read: a FIFO or a device could block the run or never end.
"""

from __future__ import annotations

import bisect
import codecs
import io
import itertools
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, NamedTuple, TextIO

from . import diskcache, suppressions
from .i18n import _
from .model import Finding, Fix, Report

if TYPE_CHECKING:
    from .lint.engine import Linter
    from .scope import Scope

STDIN = "-"
Kind = Literal["text", "jsonl", "csv", "json", "html"]
ROWS = ("jsonl", "csv", "json")  # kinds whose records are drafts: reviewer.exports reads them
EXPORTS = ("auto", "rows", "zendesk", "freshdesk", "intercom")  # the shapes of their records reviewer.exports knows
MAX_DOCUMENT = 256 * 1024 * 1024  # a .json export is parsed whole: the bytes it may have
MAX_DRAFT = 1024 * 1024  # bytes of a file read whole, characters of a row: bounds the memory and time one draft takes
_SNIFF = 8192  # bytes looked at to tell text from binary
# Byte-order marks and the encoding of what follows them; UTF-32's before UTF-16's, which it starts with.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SURROGATE = diskcache.compile("[\ud800-\udfff]")
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class InputError(NamedTuple):
    """An input that could not be read: a file, or one row of it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


class InputWarning(InputError):
    """Something odd in an input that is still checked (a duplicate id)."""

    __slots__ = ()


class Draft(NamedTuple):
    """One draft to check, and where it came from."""

    source: str  # the path as given, or "-"
    text: str  # what the linter reads
    kind: Kind = "text"
    id: str | int | None = None  # the row's id (JSONL/CSV)
    line: int | None = None  # the line where the row starts (JSONL/CSV)
    markup: "HtmlText | None" = None  # HTML: the file and the map back into it
    bom: bytes = b""  # the file's byte-order mark: `check --fix` writes the text back as it came
    fields: dict | None = None  # the row's fields asked for with --keep, carried into every output
    stdin: bool = False  # read from standard input (its source may be a --stdin-filename): fixes go to stdout

    @property
    def label(self) -> str:
        """How to name the draft to a person: the path, plus the row for JSONL/CSV."""
        if self.line is None:
            return self.source
        return f"{self.source}[{self.id}]" if self.id is not None else f"{self.source}[line {self.line}]"

    @property
    def fixable(self) -> bool:
        """Whether `check --fix` can write this draft's fixes back."""
        return fixable(self.kind)

    def lint(self, linter: "Linter", *, lang: str | None = None, ignore: tuple[str, ...] = ()) -> Report:
        """Check the draft: ``linter.check`` on its text, made this draft's report (``placed``)."""
        return self.placed(linter.check(self.text, lang=lang), linter, ignore=ignore)

    def placed(self, report: Report, linter: "Linter", *, ignore: tuple[str, ...] = ()) -> Report:
        """The report of ``linter.check`` on this draft's text (here or in a worker process) made this
        draft's: named by its source and id, pointing into the file for HTML, without the rule codes or
        prefixes ``ignore`` leaves out here (``per-file-ignores``), its suppression comments applied,
        with the row's kept fields."""
        report = report._replace(source=self.source, id=self.id)
        if self.markup is not None:
            report = self.markup.relocate(report)
        if ignore:
            report = report._replace(findings=[f for f in report.findings if not f.code.startswith(ignore)])
        report = suppressions.apply(report, linter.config, kind=self.kind, ignored=ignore)
        return report if self.fields is None else report._replace(fields=self.fields)

    def fix(self, linter: "Linter", report: Report, *, unsafe: bool = False, ignore: tuple[str, ...] = ()) -> Report:
        """The report of the draft with its fixes applied (safe ones unless ``unsafe``); its ``text`` is the
        file's new text (HTML: the markup, its tags untouched).

        Round after round, re-checking in between, since one fix can make room
        for another; a round that would leave nothing of the draft is not taken.
        """
        from .lint.engine import MAX_FIX_ROUNDS
        from .model import apply_fixes

        draft = self
        for _ in range(MAX_FIX_ROUNDS):
            text = apply_fixes(report.text, report.findings, unsafe=unsafe)
            if text == report.text:
                break
            changed = draft._replace(text=text) if draft.markup is None else draft._replace(markup=(markup := HtmlText(text)), text=markup.text)
            if not changed.text.strip():
                break
            draft = changed
            report = draft.lint(linter, lang=report.lang, ignore=ignore)
        return report


def fixable(kind: Kind) -> bool:
    """`check --fix` writes back plain-text and HTML files and stdin; JSONL and CSV rows are not rewritten."""
    return kind in ("text", "html")


def encode(text: str, bom: bytes = b"") -> bytes:
    """The bytes of a draft's text in the encoding its byte-order mark names (UTF-8 without one)."""
    return bom + text.encode(_encoding(bom))


def _encoding(bom: bytes) -> str:
    return next((name for mark, name in _BOMS if mark == bom), "utf-8")


# ---------------------------------------------------------------- reading


def read_inputs(
    paths: Iterable[str], *, stdin: bytes | BinaryIO | None = None, stdin_name: str | None = None, scope: "Scope | None" = None, **rows
) -> Iterator[Draft | InputError]:
    """Drafts and input errors from paths (files, directories, "-" for stdin).

    ``stdin`` is the standard input, its bytes or a binary stream (read up to
    ``MAX_DRAFT``), when "-" is given; ``stdin_name`` names it (and its kind:
    ``x.html`` is HTML). Directories are walked recursively, skipping hidden
    entries, binary files, FIFOs, devices and sockets, and what ``scope``
    leaves out (``reviewer.scope``: include, exclude, .gitignore).
    ``rows`` say how to read JSONL, CSV and JSON files (``reviewer.exports.Rows``:
    ``text_field``, ``id_field``, ``where``, ``keep``, ``format``).
    """
    for given in paths:
        if given == STDIN:
            data = stdin.read(MAX_DRAFT + 1) if hasattr(stdin, "read") else stdin
            name = stdin_name or STDIN
            for item in read_bytes(name, data or b"", kind=kind_of(name) if stdin_name else "text", **rows):
                yield item._replace(stdin=True) if isinstance(item, Draft) else item
            continue
        try:
            folder = stat.S_ISDIR(os.stat(given).st_mode)
        except OSError as exc:
            yield InputError(given, _reason(exc))
            continue
        if not folder:
            yield from read_file(Path(given), **rows)
            continue
        for entry in walk(Path(given), scope):
            if isinstance(entry, InputError):
                yield entry
            else:
                yield from read_file(entry, skip_binary=True, **rows)


def walk(folder: Path, scope: "Scope | None" = None) -> Iterator[Path | InputError]:
    """Regular files under a folder, in a stable order, without hidden files and folders
    and, given a ``scope``, only the files and folders it admits.

    A folder's files come first, then its subfolders, each in name order. A
    folder that cannot be listed is an ``InputError``; FIFOs, devices and
    sockets are left out (reading one could block forever), and so are
    symbolic links to folders (they could loop).
    """
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(str(here), _("cannot read the folder: {reason}").format(reason=exc.strerror or exc))
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__" and (scope is None or scope.admits(Path(entry.path), folder=True)):
                        folders.append(Path(entry.path))
                elif entry.is_file() and (scope is None or scope.admits(Path(entry.path))):
                    yield Path(entry.path)
            except OSError as exc:
                yield InputError(entry.path, _reason(exc))
        stack += reversed(folders)


def kind_of(path: str | Path) -> Kind:
    """The input format a file name implies (``reply.html.j2`` is HTML)."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] in (".jsonl", ".csv", ".json"):
        return suffixes[-1][1:]  # type: ignore[return-value]
    return "html" if {".html", ".htm"} & set(suffixes) else "text"


def read_file(path: Path, *, skip_binary: bool = False, **rows) -> Iterator[Draft | InputError]:
    """Drafts from one file; ``skip_binary``: a binary file (or a .json file that is no export) yields nothing
    (in a walk) instead of an error."""
    source = str(path)
    try:
        stream = open_regular(path)
    except OSError as exc:
        yield InputError(source, _reason(exc))
        return
    with stream:
        yield from read_stream(source, stream, kind=kind_of(path), skip_binary=skip_binary, **rows)


def open_regular(path: Path) -> BinaryIO:
    """The file open for reading, if it is a regular file; OSError otherwise.

    Opened without blocking, then checked: opening a FIFO nobody writes to
    waits forever, and a device such as /dev/zero never ends.
    """
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, _("not a regular file (a FIFO, device or socket): not read"))
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return _("no such file or directory")
    if not exc.errno:  # raised here, with its own words
        return exc.strerror
    return _("cannot read: {reason}").format(reason=exc.strerror or exc)


def read_bytes(source: str, data: bytes, *, kind: Kind = "text", **rows) -> Iterator[Draft | InputError]:
    """Parse one input's bytes into drafts (several for JSONL/CSV/JSON)."""
    yield from read_stream(source, io.BytesIO(data), kind=kind, **rows)


def read_stream(source: str, stream: BinaryIO, *, kind: Kind = "text", skip_binary: bool = False, **rows) -> Iterator[Draft | InputError]:
    """Drafts from a seekable binary stream: read whole for one draft, a row at a time for JSONL and CSV."""
    head = stream.read(_SNIFF)
    bom = next((mark for mark, _name in _BOMS if head.startswith(mark)), b"")
    if bom in (b"", codecs.BOM_UTF8) and b"\0" in head:
        if not skip_binary:
            yield InputError(source, _("binary file, not text (it contains NUL bytes)"))
        return
    stream.seek(len(bom))
    if kind in ROWS:
        yield from _records(source, stream, kind, bom, skip_binary, rows)
        return
    data = stream.read(MAX_DRAFT + 1 - len(bom))
    if len(data) > MAX_DRAFT - len(bom):
        yield InputError(source, _("too large: a draft may be at most {size} MiB").format(size=MAX_DRAFT // 2**20))
        return
    text = decode(source, data, bom)
    if isinstance(text, InputError):
        yield text
    elif skip_binary and "\0" in text:
        return
    elif "\0" in text:
        yield InputError(source, _("binary file, not text (it contains NUL bytes)"))
    elif kind == "html":
        markup = HtmlText(text)
        yield _draft(Draft(source, markup.text, kind="html", markup=markup, bom=bom))
    else:
        yield _draft(Draft(source, text, bom=bom))


def _records(source: str, stream: BinaryIO, kind: Kind, bom: bytes, skip_binary: bool, options: dict) -> Iterator[Draft | InputError]:
    """The drafts of a JSONL or CSV file, a row at a time, or of a .json document, parsed whole."""
    from .exports import Reader, Rows, detect, json_records  # only row files need it: `check draft.txt` starts faster

    rows = Rows(**options)
    if kind == "json":
        data = stream.read(MAX_DOCUMENT + 1)
        if len(data) > MAX_DOCUMENT:
            yield InputError(source, _("too large: a .json document may be at most {size} MiB; convert it to JSONL").format(size=MAX_DOCUMENT // 2**20))
            return
        document = decode(source, data, bom)
        if isinstance(document, InputError):
            yield document
            return
        reader = Reader(source, kind, rows, document)
        records = json_records(source, document)
        if skip_binary and rows.format == "auto":  # in a folder, a .json file that is no helpdesk export is not a draft
            first = next(records, None)
            if not isinstance(first, tuple) or detect(first[1]) == "rows":
                return
            records = itertools.chain([first], records)
        for record in records:
            if isinstance(record, InputError):
                yield record
            else:
                yield from reader.record(record[1], record[0])
        yield from reader.close()
        return
    # UTF-8 with surrogateescape: an undecodable byte spoils its row, not the file
    errors = "surrogateescape" if _encoding(bom) == "utf-8" else "strict"
    text = io.TextIOWrapper(stream, encoding=_encoding(bom), errors=errors, newline="\n" if kind == "jsonl" else "")
    reader = Reader(source, kind, rows)
    try:
        yield from (_jsonl if kind == "jsonl" else _csv)(source, _Lines(text), reader)
        yield from reader.close()
    except UnicodeDecodeError as exc:
        yield InputError(source, _("not valid {encoding} text ({reason})").format(encoding=_encoding(bom).upper(), reason=exc.reason))
    finally:
        text.detach()  # the caller closes the file


def decode(source: str, data: bytes, bom: bytes = b"") -> str | InputError:
    """The text of bytes that follow a byte-order mark (UTF-8 without one), or the reason it is not text."""
    try:
        return data.decode(_encoding(bom))
    except UnicodeDecodeError as exc:
        if bom in (b"", codecs.BOM_UTF8):
            line = data.count(b"\n", 0, exc.start) + 1
            return InputError(source, _("not valid UTF-8 (byte 0x{byte:02x}); save it as UTF-8").format(byte=data[exc.start]), line)
        return InputError(source, _("not valid {encoding} text ({reason})").format(encoding=_encoding(bom).upper(), reason=exc.reason))


def _draft(draft: Draft) -> Draft | InputError:
    """The draft, or an error if it has no text (the linter would refuse it)."""
    return draft if draft.text.strip() else InputError(draft.source, _("empty draft: there is no text to check"), draft.line)


class _TooLong(Exception):
    """A line over MAX_DRAFT characters: skipped."""


class _Lines:
    """A text stream's lines, counted; a line over ``MAX_DRAFT`` characters is skipped
    and raises ``_TooLong``, and the iteration goes on after it (``csv.reader`` too)."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        self.number = 0  # lines read so far

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(MAX_DRAFT + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > MAX_DRAFT:
            while line and line[-1] not in "\r\n":
                line = self._stream.readline(_SNIFF)
            raise _TooLong
        return line


def _too_long() -> str:
    return _("too long: a row may be at most {size} MiB").format(size=MAX_DRAFT // 2**20)


def _not_utf8(text: str) -> str | None:
    """Why a line read with surrogateescape is not UTF-8 text, if it is not."""
    bad = None if text.isascii() else _SURROGATE.search(text)
    if bad is None:
        return None
    byte = ord(bad.group()) - 0xDC00
    return _("not valid UTF-8 (byte 0x{byte:02x}); save it as UTF-8").format(byte=byte) if byte >= 0x80 else _("not valid text")


def _jsonl(source: str, lines: _Lines, reader) -> Iterator[Draft | InputError]:
    import json  # these two here, not at the top: `reviewer check draft.txt` starts faster without them (orjson: ~20 ms)

    import orjson as fast

    # split on "\n" only (the stream's newline): a JSON string may hold U+2028 and friends
    rows = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except _TooLong:
            rows += 1
            yield InputError(source, _too_long(), lines.number)
            continue
        number = lines.number
        if not line.strip():
            continue
        rows += 1
        problem = _not_utf8(line)
        if problem:
            yield InputError(source, problem, number)
            continue
        try:
            row = _loads(line, fast, json)
        except json.JSONDecodeError as exc:
            yield InputError(source, _("invalid JSON: {reason} (column {column})").format(reason=exc.msg, column=exc.colno), number)
            continue
        except (ValueError, RecursionError) as exc:  # a number too long, arrays nested too deep
            yield InputError(source, _("invalid JSON: {reason}").format(reason=_("nested too deeply") if isinstance(exc, RecursionError) else exc), number)
            continue
        if not isinstance(row, dict):
            yield InputError(source, _("expected a JSON object, got {type}").format(type=type(row).__name__), number)
            continue
        yield from reader.record(row, number)
    if not rows:
        yield InputError(source, _("no rows: the file is empty"))


_MISSING = object()


def _loads(line: str, fast, json):
    """A JSONL row: by orjson (``fast``), several times faster than the standard library (``json``), which answers (in its own
    words) what orjson refuses (a lone surrogate, NaN) or reads otherwise (an integer id past 64 bits: a float)."""
    try:
        row = fast.loads(line)
        if not (isinstance(row, dict) and isinstance(row.get("id"), float)):
            return row
    except fast.JSONDecodeError:
        pass
    return json.loads(line.removesuffix("\n"))  # so an unterminated string is reported as one


MAX_IDS = 1_000_000  # ids kept per file (~150 MB); past this, memory stays flat and duplicates are not looked for


class _Ids:
    """The row ids of one file, each with its first line, to warn of a duplicate (the ids are kept, not the drafts).

    At most ``MAX_IDS`` of them: a file with more rows is still read in flat memory, and says once
    that the ids past that row are not compared.
    """

    def __init__(self, source: str):
        self.source = source
        self.first: dict[str | int, int] = {}

    def check(self, id, line: int) -> InputWarning | None:
        """The warning a row's id calls for, if any (a function, not a generator: it is asked of every row)."""
        if isinstance(id, (str, int)) and not isinstance(id, bool):
            first = self.first.get(id)
            if first is not None:
                return InputWarning(self.source, _("duplicate id {id!r}, also on line {line}").format(id=id, line=first), line)
            if len(self.first) < MAX_IDS:
                self.first[id] = line
            elif len(self.first) == MAX_IDS:
                self.first[id] = line  # one past the limit, so this is said once
                message = _("over {n} row ids: duplicate ids past this row are not looked for (memory stays flat)")
                return InputWarning(self.source, message.format(n=f"{MAX_IDS:,}"), line)
        return None


def _row(source: str, line: int, id, text, field: str, kind: Kind) -> Draft | InputError:
    """A row's draft, or why the row has none."""
    if text is _MISSING:
        return InputError(source, _("no {field!r} field (use --text-field to name another)").format(field=field), line)
    if not isinstance(text, str):
        return InputError(source, _("the {field!r} field is not a string").format(field=field), line)
    if id is not None and (isinstance(id, bool) or not isinstance(id, (str, int))):
        return InputError(source, _("the 'id' field is not a string or an integer"), line)
    for name, value in ((field, text), ("id", id)):
        if isinstance(value, str) and not value.isascii() and (bad := _SURROGATE.search(value)):
            # "\ud800" is valid JSON but not text: it cannot be printed or sent anywhere
            message = _("the {field!r} field has a lone surrogate (\\u{code:04x}), which is not text")
            return InputError(source, message.format(field=name, code=ord(bad.group())), line)
    return _draft(Draft(source, text, kind=kind, id=id, line=line))


def _csv(source: str, lines: _Lines, records) -> Iterator[Draft | InputError]:
    import csv  # here and not at the top, like html below: `reviewer check draft.txt` starts faster

    csv.field_size_limit(MAX_DRAFT)  # one draft may be long; the default is 128 KiB
    try:
        first = next(lines, None)
    except _TooLong:
        yield InputError(source, _too_long(), 1)
        return
    if first is not None and re.fullmatch(r"sep=[,;\t|]\r?\n?", first, re.IGNORECASE):  # Excel's line naming the delimiter
        delimiter, first = first[4], next(lines, None)
    else:
        delimiter = _delimiter(first or "")
    reader = csv.reader(itertools.chain([first] if first is not None else [], lines), strict=True, delimiter=delimiter)
    try:
        header = next(reader, None)
    except (csv.Error, _TooLong) as exc:
        yield InputError(source, _("malformed CSV header: {reason}").format(reason=exc) if isinstance(exc, csv.Error) else _too_long(), 1)
        return
    if header is None:
        yield InputError(source, _("empty CSV file: expected a header row"))
        return
    header = [name.strip() for name in header]
    field = records.rows.text_field or "text"
    for name in (field, *records.rows.named()):
        if name not in header:
            if name == field:
                message = _("no {field!r} column in the header (columns: {columns}; use --text-field)")
            else:
                message = _("no {field!r} column in the header (columns: {columns})")
            yield InputError(source, message.format(field=name, columns=", ".join(header)), lines.number)
            return
    rows = 0
    while True:
        line = lines.number + 1  # where the next record starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except _TooLong:
            rows += 1
            yield InputError(source, _too_long(), line)
            continue
        except csv.Error as exc:
            rows += 1
            yield InputError(source, _("malformed CSV row: {reason}").format(reason=exc), line)
            continue
        if not (row and any(cell.strip() for cell in row)):
            continue
        rows += 1
        problem = next(filter(None, map(_not_utf8, row)), None)
        if problem:
            yield InputError(source, problem, line)
        elif len(row) != len(header):
            yield InputError(source, _("expected {expected} fields, got {got}").format(expected=len(header), got=len(row)), line)
        else:
            record = dict(zip(header, row))
            if not record.get(records.rows.id_field or "id"):
                record[records.rows.id_field or "id"] = None  # an empty id cell is no id
            yield from records.record(record, line)
    if not rows:
        yield InputError(source, _("no rows under the header: nothing to check"))


def _delimiter(header: str) -> str:
    """The delimiter a CSV header line uses most: Excel in many locales saves "id;text"."""
    counts = {d: header.count(d) for d in ",;\t|"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


# ---------------------------------------------------------------- HTML

# Elements whose content is never shown as text. A <template> is matched by its
# opening tag alone: templates nest, so its end is found by counting (_element_end).
# A <blockquote> is the earlier message an email reply quotes (Freshdesk's, Gmail's,
# Outlook's "> " in HTML): like a quoted line of plain text, not the agent's words.
_HIDDEN = "script|style|head|title|noscript"
_MARKUP = rf"""
      <!--.*?(?:-->|\Z)                                  # comment
    | <({_HIDDEN})\b[^>]*>.*?(?:</\1\s*>|\Z)             # hidden element with its content
    | <(template|blockquote)\b[^>]*>                      # a template or quotation and, see above, its content
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


def _element_end(markup: str, pos: int, name: str) -> int:
    """Where the element ``name`` opened just before ``pos`` ends, nested ones counted."""
    depth = 1
    for m in re.compile(rf"<(/?){name}\b[^>]*>", re.IGNORECASE).finditer(markup, pos):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return len(markup)


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

        pattern = re.compile(_MARKUP, re.IGNORECASE | re.DOTALL | re.VERBOSE)  # re caches the compiled pattern
        pos = 0
        while m := pattern.search(markup, pos):
            if m.start() > pos:
                emit(markup[pos : m.start()].translate(_SOURCE_BREAKS), pos, m.start() - pos, True)
            token = m.group()
            if token.startswith("&"):
                char = html.unescape(token)
                emit(char, m.start(), len(token), char == token)
            elif m.group(3) and m.group(3).lower() in _BLOCK:
                emit("\n", m.start(), len(token), False)
            pos = m.end()
            if m.group(2):  # skipped whole; a quotation still ends the line before it
                pos = _element_end(markup, pos, m.group(2))
                if m.group(2).lower() == "blockquote":
                    emit("\n", m.start(), pos - m.start(), False)
        if pos < len(markup):
            emit(markup[pos:].translate(_SOURCE_BREAKS), pos, len(markup) - pos, True)
        self.text = "".join(parts)
        self._origins = [origin for origin, _, _ in self._stretches]
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

    def text_offset(self, markup_offset: int) -> int:
        """The offset in the text of what the markup has at ``markup_offset`` (the reverse of ``start``)."""
        i = max(0, bisect.bisect_right(self._origins, markup_offset) - 1)
        if not self._stretches:
            return 0
        origin, length, copied = self._stretches[i]
        return self._text_starts[i] + (min(markup_offset - origin, length) if copied else 0)

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
        return finding._replace(start=start, end=max(start, end), line=line, column=column, fix=self._fix(finding.fix))

    def _fix(self, fix: Fix | None) -> Fix | None:
        """The fix in the markup, its replacement escaped; none where it would change a tag or a comment."""
        if fix is None:
            return None
        import html

        start = self.start(fix.start)
        end = self.end(fix.end) if fix.end > fix.start else start
        if "<" in self.markup[start:end]:
            return None
        return fix._replace(start=start, end=end, replacement=html.escape(fix.replacement, quote=False))
