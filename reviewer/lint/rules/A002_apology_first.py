"""A002 apology-first: the first sentence after the greeting is an apology.

"Is an apology" means the apology opens the sentence (a vocative or a couple
of words may come first: "Matthew, I'm so sorry…"); an explanation that ends
with "our apologies" is not an opening apology.
"""

from __future__ import annotations

from typing import Iterable

from ... import diskcache
from ...text.prepared import Prepared
from ..apology import apologies
from ..engine import CompiledRule, Hit

_MAX_WORDS_BEFORE = 2
# ...or the apology is the second half of a short opening: "We value every customer and apologise…", «Мы ценим каждого клиента и сожалеем…»
# (not after thanks: "Thanks for flagging this again — and sorry your emails went unanswered" opens with the thanks)
_MAX_JOINED_BEFORE, _AND, _THANKS = 6, frozenset({"and", "и"}), frozenset({"thanks", "thank", "спасибо", "благодарим", "благодарю"})
_WORD = diskcache.compile(r"\w+(?:['’]\w+)?")  # "That's frustrating – I'm sorry": two words before it


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    first = doc.first_sentence
    if first is None:
        return
    found = apologies(doc.lower, doc.lang, first.start, first.end)
    if not found:
        return
    before = _WORD.findall(doc.lower, first.start, found[0][0])
    if len(before) <= _MAX_WORDS_BEFORE or len(before) <= _MAX_JOINED_BEFORE and before[-1] in _AND and before[0] not in _THANKS:
        yield Hit(*found[0])
