"""S005 unfilled-slot: square brackets around lower-case words or an ellipsis.

The pattern finds bracketed text; what makes it a slot is in the original
case: "[time frame]" and "[Customer name]" are slots; an upper-case tag such
as "[EN]" is not, nor a placeholder in title case ("[Customer Name]", «[Имя]»,
which a helpdesk fills like {{first_name}}), nor a Markdown task box ("[x]", "[ ]").
"""

from __future__ import annotations

from typing import Iterable

from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    for m in rule.finditer(doc):
        inside = doc.scan[m.start() + 1 : m.end() - 1].strip()
        if inside.lower() in ("", "x") or not (any(c.islower() for c in inside) or set(inside) <= set("…._")):
            continue
        if inside.istitle():  # "[Customer Name]", "[First Name]", «[Имя]»
            continue
        yield Hit(m.start(), m.end())
