"""S002 missing-timeline: no concrete time frame and no completed fix."""

from __future__ import annotations

from functools import cache
from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from ..registry import get_rule


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    for key in ("time", "done"):
        regex = rule.regex(doc.lang, key)
        if regex and regex.search(doc.scan):
            return
    if _has_slot(doc):
        return  # S005 reports the same gap
    intent = rule.regex(doc.lang, "intent")
    m = intent.search(doc.scan) if intent else None
    if m:
        sentence = doc.sentence_at(m.start())
        yield Hit(sentence.start, sentence.end)
    else:
        start = doc.greeting_end if doc.greeting_end < len(doc.text.rstrip()) else 0
        yield Hit(start, len(doc.text.rstrip()))


def _has_slot(doc: Prepared) -> bool:
    slot = _slot_regex(doc.lang)
    return bool(slot and slot.search(doc.scan))


@cache
def _slot_regex(lang: str):
    return CompiledRule(get_rule("S005")).regex(lang)
