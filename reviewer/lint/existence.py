"""The "existence" rule kind: the rule's words or patterns occur in the draft.

Options (top level of the rule file):
- ``span = "sentence"`` reports the whole sentence around a match;
- ``fix = "delete-sentence"`` offers deleting the sentence, ``fix =
  "replace-sentence"`` replacing the match with the language's
  ``replacement``; only where the match is the whole sentence, with
  ``fix-applicability`` (default "unsafe").
- ``lead-in = "apology"`` widens a match that starts with an apology keyword
  over "I'm so" / «Мы искренне» before it.
A match inside a match of the language's ``unless`` patterns is not a finding.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from ..model import Fix
from ..text.prepared import Prepared
from .apology import lead_in
from .engine import CompiledRule, Hit


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    excluded = [m.span() for m in rule.finditer(doc, "unless")]
    options = rule.rule.options
    last_end = -1
    for m in rule.finditer(doc):
        start, end = m.span()
        if start == end or _inside(excluded, start, end):
            continue
        if options.get("lead-in") == "apology":
            start = lead_in(doc.lower, start, doc.lang)
        if options.get("span") == "sentence":
            sentence = doc.sentence_at(start)
            start, end = min(start, sentence.start), max(end, sentence.end)
            if start < last_end:  # one finding per sentence
                continue
        last_end = end
        yield Hit(start, end, fix=_fix(doc, rule, start, end))


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) within one of the sorted, non-overlapping spans?"""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _fix(doc: Prepared, rule: CompiledRule, start: int, end: int) -> Fix | None:
    """A fix only where the match is its whole sentence (greeting and end punctuation aside)."""
    options = rule.rule.options
    if "fix" not in options:
        return None
    sentence = doc.sentence_at(start)
    head = sentence.start
    if sentence.start <= doc.greeting_end <= start:
        head = doc.greeting_end
    if doc.scan[head:start].strip() or doc.scan[end : sentence.end].strip(" .!?…"):
        return None
    applicability = options.get("fix-applicability", "unsafe")
    if options["fix"] == "delete-sentence":
        stop = sentence.end
        while stop < len(doc.text) and doc.text[stop] in " \t":  # leave no gap behind
            stop += 1
        return Fix(head, stop, "", applicability)
    replacement = rule.rule.data(doc.lang).extra["replacement"]
    if doc.text[start].islower():
        replacement = replacement[0].lower() + replacement[1:]
    return Fix(start, end, replacement, applicability)
