"""A003 repeated-apology: the second and later apology expressions."""

from __future__ import annotations

from typing import Iterable

from ...text.prepared import Prepared
from ..apology import apologies
from ..engine import CompiledRule, Hit


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    for n, (start, end) in enumerate(apologies(doc.lower, doc.lang), start=1):
        if n >= 2:
            yield Hit(start, end, message=rule.rule.message_for(doc.lang, n=n))
