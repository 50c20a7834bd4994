"""S002 missing-timeline: no concrete time frame and no completed fix."""

from __future__ import annotations

from functools import cache
from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from ..registry import get_rule


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    if rule.search(doc, "time") or rule.search(doc, "done"):
        return
    if _has_slot(doc):
        return  # S005 reports the same gap
    m = rule.search(doc, "intent")
    if m:
        sentence = doc.sentence_at(m.start())
        yield Hit(sentence.start, sentence.end)
    else:
        start = doc.greeting_end if doc.greeting_end < len(doc.text.rstrip()) else 0
        yield Hit(start, len(doc.text.rstrip()))


def _has_slot(doc: Prepared) -> bool:
    return _slot_rule().search(doc) is not None


@cache
def _slot_rule() -> CompiledRule:
    return CompiledRule(get_rule("S005"))
