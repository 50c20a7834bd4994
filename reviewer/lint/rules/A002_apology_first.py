"""A002 apology-first: the first sentence after the greeting is an apology."""

from __future__ import annotations

from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from .apology import apologies


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    first = doc.first_sentence
    if first is None:
        return
    found = apologies(doc.scan, doc.lang, first.start, first.end)
    if found:
        yield Hit(found[0].start(), found[0].end())
