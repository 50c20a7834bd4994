"""S004 exclamation-overuse: "!!" runs anywhere, or more than ``max-marks`` marks in the body.

The "!" that closes the greeting ("Здравствуйте, Кирилл!") or a closing wish
("Хорошего дня!", "Have a great weekend!") is normal and does not count
toward the limit; "?!" counts as one mark.
"""

from __future__ import annotations

from typing import Iterable

from ...model import Fix
from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from ..registry import fragment_regex


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    limit = rule.rule.options["max-marks"]
    if doc.text.count("!") < 2 and limit >= 1:  # one mark is neither a run nor too many
        return
    marks = [(m.start(), m.end(), m.group().count("!")) for m in rule.finditer(doc, "marks")]
    repeated = [(s, e) for s, e, n in marks if n >= 2]
    for start, end in repeated:
        run = doc.text[start:end]
        yield Hit(start, end, fix=Fix(start, end, "?" if run.startswith("?") else "!", "safe"))
    if repeated or len(marks) <= limit:  # too few marks to be too many, wherever they stand: no need to find the greeting
        return
    body = [(s, e) for s, e, _ in marks if s >= doc.greeting_end and not _closes_wish(doc, s)]
    if len(body) > limit:
        start, end = body[limit]
        yield Hit(start, end, message=rule.rule.message_for(doc.lang, "too-many", n=len(body)))


def _closes_wish(doc: Prepared, offset: int) -> bool:
    sentence = doc.sentence_at(offset)
    return fragment_regex("wish", doc.lang).search(doc.lower, sentence.start, offset) is not None
