"""Suppression comments: ``reviewer: ignore S002 -- the ETA is in the macro's other half``.

A suppression lives in the comment syntax of the draft's own kind — a line of
its own in plain text and Markdown, ``<!-- … -->`` in HTML and Markdown,
``{# … #}`` (Jinja), ``{% comment %}…{% endcomment %}`` (Liquid),
``{{!-- … --}}`` or ``{{! … }}`` (Handlebars) — and names rule codes or
prefixes (none: every rule), then, after ``--``, the reason:

- ``reviewer: ignore CODES -- reason``: the next line that has text;
- ``reviewer: disable CODES -- reason`` … ``reviewer: enable [CODES]``: a block
  (``enable`` alone ends every open block; with codes, the blocks naming them);
- ``reviewer: ignore-file CODES -- reason``: the whole draft.

A finding is suppressed when it starts where a suppression applies. What a
suppression hides stays in ``Report.suppressed`` with its reason. A
suppression without a reason is reported as R001, and one that suppresses
nothing, or names no rule, as R002 (Ruff's RUF100). ``COMMENT`` is the one
pattern that finds them; ``Prepared`` blanks what it matches, so a
suppression is never linted as the agent's words.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import diskcache
from .config import Config
from .model import Finding, Fix, Report, Suppressed

MARK = "reviewer:"  # a draft without it has no suppression: the common case costs one substring test
_DIRECTIVE = r"reviewer:[ \t]*(?:ignore-file|ignore|disable|enable)\b"
COMMENT = diskcache.compile(
    rf"""<!--[ \t]*{_DIRECTIVE}.*?-->
    |\{{\#-?[ \t]*{_DIRECTIVE}.*?\#\}}
    |\{{%-?[ \t]*comment[ \t]*-?%\}}\s*{_DIRECTIVE}.*?\{{%-?[ \t]*endcomment[ \t]*-?%\}}
    |\{{\{{!(?:--)?[ \t]*{_DIRECTIVE}.*?\}}\}}
    |^[ \t]*{_DIRECTIVE}[^\n]*""",
    re.DOTALL | re.MULTILINE | re.VERBOSE,
)
_BODY = diskcache.compile(r"reviewer:[ \t]*(ignore-file|ignore|disable|enable)\b(.*)", re.DOTALL)
_CLOSER = diskcache.compile(r"\s*(?:-->|-?\#\}|--\}\}|\}\}|\{%-?\s*endcomment\s*-?%\})\s*\Z")
_CODE = diskcache.compile(r"[A-Z]\d{0,3}")


class Directive(NamedTuple):
    action: str  # ignore, disable, enable, ignore-file
    codes: tuple[str, ...]  # rule codes or prefixes; empty: every rule
    unknown: tuple[str, ...]  # what it names that is no rule
    reason: str | None
    start: int  # the comment's span in the draft
    end: int


def parse(text: str, kind: str = "text") -> list[Directive]:
    """The draft's suppression comments, in order; in HTML only real comments count (a line of text is shown)."""
    if MARK not in text:
        return []
    from .lint.registry import registry

    rules = list(registry())
    found = []
    for m in COMMENT.finditer(text):
        comment = m.group()
        if kind == "html" and comment.lstrip().startswith(MARK):
            continue
        body = _BODY.search(_CLOSER.sub("", comment))
        action, rest = body.group(1), body.group(2)
        names, _, reason = rest.partition("--")
        codes = tuple(dict.fromkeys(c.upper() for c in re.split(r"[\s,]+", names) if c))
        unknown = tuple(c for c in codes if not (_CODE.fullmatch(c) and any(rule.startswith(c) for rule in rules)))
        reason = " ".join(reason.split()) or None
        found.append(Directive(action, tuple(c for c in codes if c not in unknown), unknown, reason, m.start(), m.end()))
    return found


def apply(report: Report, config: Config, *, kind: str = "text", ignored: tuple[str, ...] = ()) -> Report:
    """The report without the findings its draft's suppressions hide (kept in ``suppressed``),
    plus R001 and R002 findings about the suppressions themselves.

    ``ignored``: codes or prefixes the run leaves out for this file (``per-file-ignores``);
    like unselected rules, a suppression naming only those is not called unused.
    """
    directives = parse(report.text, kind)
    if not directives:
        return report
    text = report.text
    lines = [0] + [m.end() for m in re.finditer("\n", text)]

    def active(code: str) -> bool:
        return config.selects(code) and not code.startswith(ignored)

    ranges = _ranges(directives, text, lines)
    used: list[set[str]] = [set() for _ in directives]
    kept, suppressed = [], []
    for finding in report.findings:
        hit = next(
            (i for i, (start, end) in enumerate(ranges) if start <= finding.start < end and _names(directives[i], finding.code)),
            None,
        )
        if hit is None:
            kept.append(finding)
            continue
        directive = directives[hit]
        used[hit].add(next((c for c in directive.codes if finding.code.startswith(c)), "*"))
        suppressed.append(Suppressed(finding, directive.reason))

    meta = []
    for directive, hits in zip(directives, used):
        if directive.action == "enable":
            continue
        where = (directive.start, directive.end)
        if directive.reason is None and active("R001"):
            meta.append(_finding("R001", report, config, lines, where, _listed(directive.codes)))
        if not active("R002"):
            continue
        if directive.unknown:
            meta.append(_finding("R002", report, config, lines, where, ", ".join(directive.unknown), variant="unknown"))
        named = directive.codes or ("*",)
        unused = [c for c in named if c not in hits and (c == "*" or _checked(c, active))]
        if unused:
            whole = len(unused) == len(named) and not directive.unknown
            fix = Fix(*_line_span(text, lines, *where), "", "safe") if whole else None
            meta.append(_finding("R002", report, config, lines, where, _listed(() if unused == ["*"] else tuple(unused)), fix=fix))
    findings = sorted(kept + meta, key=lambda f: (f.start, f.code))
    return report._replace(findings=findings, suppressed=report.suppressed + suppressed)


def _names(directive: Directive, code: str) -> bool:
    return not directive.codes or code.startswith(directive.codes)


def _checked(prefix: str, active) -> bool:
    from .lint.registry import registry

    return any(code.startswith(prefix) and active(code) for code in registry())


def _listed(codes: tuple[str, ...]) -> str:
    from .i18n import _

    return ", ".join(codes) if codes else _("every rule")


def _ranges(directives: list[Directive], text: str, lines: list[int]) -> list[tuple[int, int]]:
    """Where each directive applies, as [start, end) offsets (enable: nowhere)."""
    ranges = []
    for i, d in enumerate(directives):
        if d.action == "ignore-file":
            ranges.append((0, len(text)))
        elif d.action == "disable":
            end = next((e.start for e in directives[i + 1 :] if e.action == "enable" and (not e.codes or set(e.codes) & set(d.codes))), len(text))
            ranges.append((d.end, end))
        elif d.action == "ignore":
            ranges.append(_next_line(text, lines, d.end))
        else:
            ranges.append((0, 0))
    return ranges


def _next_line(text: str, lines: list[int], offset: int) -> tuple[int, int]:
    """The first line after the one ``offset`` is on that has text, blanks and suppressions aside."""
    i = bisect.bisect_right(lines, offset)
    while i < len(lines):
        start = lines[i]
        end = lines[i + 1] if i + 1 < len(lines) else len(text)
        line = text[start:end]
        if line.strip() and not COMMENT.fullmatch(line.strip()):
            return start, end
        i += 1
    return len(text), len(text)


def _line_span(text: str, lines: list[int], start: int, end: int) -> tuple[int, int]:
    """The comment's span, widened to its whole lines when nothing else is on them (so deleting it leaves no blank line)."""
    first = lines[bisect.bisect_right(lines, start) - 1]
    i = bisect.bisect_right(lines, max(start, end - 1))
    last = lines[i] if i < len(lines) else len(text)
    if text[first:start].strip() or text[end:last].strip():
        return start, end
    return first, last


def _finding(code: str, report: Report, config: Config, lines: list[int], where: tuple[int, int], codes: str, *, variant: str = "message", fix: Fix | None = None) -> Finding:
    from .lint.registry import registry

    rule = registry()[code]
    start, end = where
    line = bisect.bisect_right(lines, start)
    words = rule.text(report.lang)
    if fix is not None:
        fix = fix._replace(title=words.fix_title)
    return Finding(
        code=code,
        name=rule.name,
        severity=config.severity.get(code, rule.severity),
        start=start,
        end=end,
        line=line,
        column=start - lines[line - 1] + 1,
        message=rule.message_for(report.lang, variant).replace("{codes}", codes),
        suggestion=words.suggestion,
        fix=fix,
    )
