"""S002 missing-timeline: no concrete time frame and no completed fix."""

from __future__ import annotations

from functools import cache
from typing import Iterable

from ... import diskcache
from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from ..registry import get_rule


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    if rule.search(doc, "time") or any(not _negated(doc, m.start()) for m in rule.finditer(doc, "done")):
        return
    if _has_slot(doc):
        return  # S005 reports the same gap
    m = rule.search(doc, "intent")
    if m:
        sentence = doc.sentence_at(m.start())
        yield Hit(sentence.start, sentence.end)
    else:  # the whole reply after the greeting (the whole text if that is all there is)
        end = len(doc.text.rstrip())
        start = doc.greeting_end if doc.greeting_end < end else 0
        while doc.text[start].isspace():
            start += 1
        yield Hit(start, end)


# Not a fix that is done: negated ("not delivered", «не доставлена»), future
# («будет исправлена»), or the customer's own action («роутер, который вы вернули»).
_NOT_DONE = diskcache.compile(r"(?:\bnot|n't|\bnever|\bне|\bбудет|\bбудут|\bдолжн\w+\s+быть|\bвы|\bты)\s+(?:\w+\s+)?$")


def _negated(doc: Prepared, start: int) -> bool:
    return _NOT_DONE.search(doc.lower, max(0, start - 24), start) is not None


def _has_slot(doc: Prepared) -> bool:
    return _slot_rule().search(doc) is not None


@cache
def _slot_rule() -> CompiledRule:
    return CompiledRule(get_rule("S005"))
