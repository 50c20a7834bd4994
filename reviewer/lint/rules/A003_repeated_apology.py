"""A003 repeated-apology: the second and later apology expressions."""

from __future__ import annotations

from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from .apology import apologies


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    template = rule.rule.message_for(doc.lang)
    for n, m in enumerate(apologies(doc.scan, doc.lang), start=1):
        if n >= 2:
            yield Hit(m.start(), m.end(), message=template.replace("{n}", str(n)))
