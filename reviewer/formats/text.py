"""The human format: each finding with its line, the span underlined, the suggestion.

    draft.txt:1:1: A001 [error] Conditional apology “Sorry if”: …
      1 | Sorry if you were upset!!
        | ^^^^^^^^
        = suggestion: Apologise for the concrete fact: …

Drafts and file names may hold control characters (an escape sequence can
retitle or garble a terminal): each is shown as one visible character.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .. import diskcache
from ..i18n import N_, _, ngettext
from ..inputs import InputError, InputWarning
from ..model import SEVERITIES, Finding, Suppressed
from . import Checked, fields_text
from . import Writer as Base

WIDTH = 100  # longest source line shown; longer ones are cut around the span
_COLORS = {"error": "31", "warning": "33", "info": "36", "path": "1", "gutter": "2", "ok": "32"}
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
# C0 controls but the tab, DEL, C1 controls, and lone surrogates (bytes of a file name that is not UTF-8)
_UNPRINTABLE = diskcache.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe for a terminal: each control character becomes one visible one
    (ESC is ␛, U+241B), so columns under a source line still line up."""
    return _UNPRINTABLE.sub(_picture, text)


def _picture(m: re.Match) -> str:
    code = ord(m.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


class Writer(Base):
    """Each finding with its source line; ``quiet``: the findings and nothing else; ``show_suppressed``:
    what suppression comments hid too, with their reasons."""

    concise = False  # one line a finding (the concise format)

    def __init__(self, out, *, color: bool = False, quiet: bool = False, show_suppressed: bool = False, **_):
        super().__init__(out)
        self.paint = _painter(color)
        self.tally = Tally()
        self.quiet = quiet
        self.show_suppressed = show_suppressed

    def draft(self, item: Checked) -> None:
        self.tally.add(item)
        report = item.report
        shown = [(f, None) for f in report.findings] + [(s.finding, s) for s in report.suppressed if self.show_suppressed]
        if not shown:
            return
        line_starts = [0] + [m.end() for m in re.finditer("\n", report.text)]
        for finding, suppressed in shown:
            if self.concise:
                self.out.write(_head(item, finding, self.paint) + (" " + _suppressed(suppressed) if suppressed else "") + "\n")
                continue
            lines = _finding(item, finding, line_starts, self.paint)
            if suppressed:
                lines.insert(-1, f"  {self.paint('gutter', ' ' * len(str(finding.line)) + ' =')} {_suppressed(suppressed)}")
            self.out.write("\n".join(lines) + "\n")
        if report.findings and not (self.quiet or self.concise):
            score = _("{draft}: score {score}/10").format(draft=item.draft.label, score=report.score)
            self.out.write(self.paint("path", printable(score)) + "\n\n")

    def error(self, error: InputError) -> None:
        self.tally.errors += not isinstance(error, InputWarning)

    def close(self) -> None:
        if not self.quiet:
            self.out.write(self.tally.summary(self.paint) + "\n")


def _suppressed(s: Suppressed) -> str:
    if s.reason is None:
        return _("suppressed (no reason given)")
    return _("suppressed: {reason}").format(reason=printable(s.reason))


def _head(item: Checked, f: Finding, paint) -> str:
    label = _(SEVERITY_LABELS[f.severity])
    where = printable(f"{item.draft.label}:{f.line}:{f.column}:")
    return f"{paint('path', where)} {paint(f.severity, f'{f.code} [{label}]')} {printable(f.message)}"


def _finding(item: Checked, f: Finding, line_starts: list[int], paint) -> list[str]:
    head = _head(item, f, paint)
    text = item.report.text
    # the finding's line from the draft's line index: searching the text for it is quadratic on a long line
    i = bisect.bisect_right(line_starts, f.start) - 1
    line_start, line_end = line_starts[i], line_starts[i + 1] - 1 if i + 1 < len(line_starts) else len(text)
    if line_end > line_start and text[line_end - 1] == "\r":
        line_end -= 1
    shown, caret_at, caret_len = _window(text, line_start, line_end, f.start - line_start, max(1, min(f.end, line_end) - f.start))
    number = str(f.line)
    pad = " " * len(number)
    more = " …" if f.end > line_end else ""  # the span goes on past this line
    suggestion = _("suggestion")  # not inside the f-string, where Babel would not find it
    lines = [
        head,
        f"  {paint('gutter', number + ' |')} {printable(shown).expandtabs(1)}",
        f"  {paint('gutter', pad + ' |')} {' ' * caret_at}{paint(f.severity, '^' * caret_len)}{more}",
        f"  {paint('gutter', pad + ' =')} {suggestion}: {printable(f.suggestion)}",
    ]
    if f.fix:
        old = text[f.fix.start : f.fix.end]
        if f.fix.replacement:
            change = _("“{old}” → “{new}”").format(old=_short(old), new=_short(f.fix.replacement))
        else:
            change = _("delete “{text}”").format(text=_short(old))
        kind = _("fix (safe)") if f.fix.applicability == "safe" else _("fix (unsafe)")
        lines.append(f"  {paint('gutter', pad + ' =')} {kind}: {change}")
    if item.report.fields:
        kept = _("fields")
        lines.append(f"  {paint('gutter', pad + ' =')} {kept}: {printable(fields_text(item.report.fields))}")
    return lines + [""]


def _window(text: str, line_start: int, line_end: int, at: int, length: int) -> tuple[str, int, int]:
    """The line text[line_start:line_end] cut to WIDTH characters around the span at ``at``;
    the caret's column and length in what is shown."""
    size = line_end - line_start
    if size <= WIDTH:
        return text[line_start:line_end], at, length
    start = max(0, min(at - WIDTH // 3, size - WIDTH))
    end = start + WIDTH
    shown = ("…" if start else "") + text[line_start + start : line_start + end] + ("…" if end < size else "")
    at = at - start + (1 if start else 0)
    return shown, at, max(1, min(length, len(shown) - at))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split()) or text.replace("\n", "⏎")
    return printable(text if len(text) <= limit else text[: limit - 1] + "…")


class Tally:
    """What the summary line counts, gathered a draft at a time."""

    def __init__(self):
        self.drafts = self.errors = 0
        self.severities: Counter[str] = Counter()
        self.fixes: Counter[str] = Counter()  # by applicability, in drafts `--fix` can write back

    def add(self, item: Checked) -> None:
        self.drafts += 1
        self.severities.update(f.severity for f in item.report.findings)
        if item.draft.fixable:  # the hint promises only what --fix does
            self.fixes.update(f.fix.applicability for f in item.report.findings if f.fix)

    def summary(self, paint=None) -> str:
        """One line: what was found, what --fix can do, what could not be read."""
        paint = paint or _painter(False)
        found = sum(self.severities.values())
        if found:
            severities = ", ".join(severity_count(s, self.severities[s]) for s in reversed(SEVERITIES) if self.severities[s])
            line = _("Found {findings} ({severities}) {in_drafts}.").format(
                findings=ngettext("{n} finding", "{n} findings", found),
                severities=severities,
                in_drafts=ngettext("in {n} draft", "in {n} drafts", self.drafts),
            )
            if self.fixes["safe"]:
                line += " " + ngettext("{n} fixable with --fix.", "{n} fixable with --fix.", self.fixes["safe"])
            if self.fixes["unsafe"]:
                line += " " + ngettext("{n} more with --fix --unsafe-fixes.", "{n} more with --fix --unsafe-fixes.", self.fixes["unsafe"])
        else:
            line = paint("ok", ngettext("No findings in {n} draft.", "No findings in {n} drafts.", self.drafts))
        if self.errors:
            message = ngettext("{n} input could not be checked (see the errors above).", "{n} inputs could not be checked (see the errors above).", self.errors)
            line += " " + paint("error", message)
        return line


def severity_count(severity: str, n: int) -> str:
    """"3 warnings", «3 предупреждения»."""
    if severity == "error":
        return ngettext("{n} error", "{n} errors", n)
    if severity == "warning":
        return ngettext("{n} warning", "{n} warnings", n)
    return ngettext("{n} info", "{n} info", n)


def _painter(color: bool):
    if not color:
        return lambda _role, text: text
    return lambda role, text: f"\x1b[{_COLORS[role]}m{text}\x1b[0m"
