"""The human format: each finding with its line, the span underlined, the suggestion.

    draft.txt:1:1: A001 [error] Conditional apology “Sorry if”: …
      1 | Sorry if you were upset!!
        | ^^^^^^^^
        = suggestion: Apologise for the concrete fact: …
"""

from __future__ import annotations

from collections import Counter

from ..i18n import N_, _, ngettext
from ..inputs import InputError
from ..model import SEVERITIES, Finding
from . import Checked

WIDTH = 100  # longest source line shown; longer ones are cut around the span
_COLORS = {"error": "31", "warning": "33", "info": "36", "path": "1", "gutter": "2", "ok": "32"}
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def render(checked: list[Checked], errors: list[InputError], *, color: bool = False, **_) -> str:
    paint = _painter(color)
    out: list[str] = []
    for item in checked:
        for finding in item.report.findings:
            out += _finding(item, finding, paint)
    out.append(summary(checked, errors, paint))
    return "\n".join(out) + "\n"


def _finding(item: Checked, f: Finding, paint) -> list[str]:
    label = _(SEVERITY_LABELS[f.severity])
    head = f"{paint('path', f'{item.draft.label}:{f.line}:{f.column}:')} {paint(f.severity, f'{f.code} [{label}]')} {f.message}"
    text = item.report.text
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.start)
    line_end = len(text) if line_end < 0 else line_end
    source = text[line_start:line_end].rstrip("\r")
    shown, caret_at, caret_len = _window(source, f.start - line_start, max(1, min(f.end, line_start + len(source)) - f.start))
    number = str(f.line)
    pad = " " * len(number)
    more = " …" if f.end > line_start + len(source) else ""  # the span goes on past this line
    suggestion = _("suggestion")
    lines = [
        head,
        f"  {paint('gutter', number + ' |')} {shown.expandtabs(1)}",
        f"  {paint('gutter', pad + ' |')} {' ' * caret_at}{paint(f.severity, '^' * caret_len)}{more}",
        f"  {paint('gutter', pad + ' =')} {suggestion}: {f.suggestion}",
    ]
    if f.fix:
        old = text[f.fix.start : f.fix.end]
        if f.fix.replacement:
            change = _("“{old}” → “{new}”").format(old=_short(old), new=_short(f.fix.replacement))
        else:
            change = _("delete “{text}”").format(text=_short(old))
        kind = _("fix (safe)") if f.fix.applicability == "safe" else _("fix (unsafe)")
        lines.append(f"  {paint('gutter', pad + ' =')} {kind}: {change}")
    return lines + [""]


def _window(line: str, at: int, length: int) -> tuple[str, int, int]:
    """The line cut to WIDTH characters around the span; the caret's column and length in it."""
    if len(line) <= WIDTH:
        return line, at, length
    start = max(0, min(at - WIDTH // 3, len(line) - WIDTH))
    end = start + WIDTH
    shown = ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")
    at = at - start + (1 if start else 0)
    return shown, at, max(1, min(length, len(shown) - at))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split()) or text.replace("\n", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary(checked: list[Checked], errors: list[InputError], paint=None) -> str:
    """One line: what was found, what --fix can do, what could not be read."""
    paint = paint or _painter(False)
    findings = [f for item in checked for f in item.report.findings]
    if findings:
        by_severity = Counter(f.severity for f in findings)
        severities = ", ".join(severity_count(s, by_severity[s]) for s in reversed(SEVERITIES) if by_severity[s])
        line = _("Found {findings} ({severities}) {in_drafts}.").format(
            findings=ngettext("{n} finding", "{n} findings", len(findings)),
            severities=severities,
            in_drafts=ngettext("in {n} draft", "in {n} drafts", len(checked)),
        )
        safe = sum(1 for f in findings if f.fix and f.fix.applicability == "safe")
        unsafe = sum(1 for f in findings if f.fix and f.fix.applicability == "unsafe")
        if safe:
            line += " " + ngettext("{n} fixable with --fix.", "{n} fixable with --fix.", safe)
        if unsafe:
            line += " " + ngettext("{n} more with --fix --unsafe-fixes.", "{n} more with --fix --unsafe-fixes.", unsafe)
    else:
        line = paint("ok", ngettext("No findings in {n} draft.", "No findings in {n} drafts.", len(checked)))
    if errors:
        line += " " + paint("error", ngettext("{n} input could not be checked (see the errors above).", "{n} inputs could not be checked (see the errors above).", len(errors)))
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
