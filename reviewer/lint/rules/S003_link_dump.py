"""S003 link-dump: more links than ``max-links`` in one reply."""

from __future__ import annotations

from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    links = [m.span() for m in rule.finditer(doc, "links")]
    if len(links) > rule.rule.options["max-links"]:
        message = rule.rule.message_for(doc.lang).replace("{n}", str(len(links)))
        yield Hit(links[0][0], links[-1][1], message=message)
