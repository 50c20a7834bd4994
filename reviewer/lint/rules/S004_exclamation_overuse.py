"""S004 exclamation-overuse: "!!" runs, or more than ``max-marks`` marks.

The greeting's "!" counts toward the total ("three or more in one reply");
on its own it never reaches the limit, which is what keeps "Hi Anna!" normal.
"""

from __future__ import annotations

from typing import Iterable

from ... import diskcache
from ...model import Fix
from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit

_RUN = diskcache.compile(r"[!?]*![!?]*")


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    marks = [(m.start(), m.end(), m.group().count("!")) for m in _RUN.finditer(doc.scan)]
    repeated = [(s, e) for s, e, n in marks if n >= 2]
    for start, end in repeated:
        run = doc.text[start:end]
        yield Hit(start, end, fix=Fix(start, end, "?" if run.startswith("?") else "!", "safe"))
    total = sum(n for _, _, n in marks)
    if not repeated and total > rule.rule.options["max-marks"]:
        start, end, _ = marks[rule.rule.options["max-marks"]]
        message = f"{total} exclamation marks in one reply."
        yield Hit(start, end, message=message)
