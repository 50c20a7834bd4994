"""C001 banned-phrase: phrases (or RE2 patterns) a team lists in config, each with its suggestion."""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable

from ...config import BannedPhrase, banned_regex
from ...model import Fix
from ...text.prepared import Prepared
from ..engine import CompiledRule, Hit
from ..registry import words_regex


def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    for banned in rule.rule.options.get("phrases", ()):
        if banned.lang not in (None, doc.lang):
            continue
        for m in _regex(banned, doc.lang).finditer(doc.lower):
            fix = Fix(m.start(), m.end(), banned.replacement, "unsafe") if banned.replacement is not None else None
            yield Hit(m.start(), m.end(), suggestion=banned.suggestion, fix=fix)


@cache
def _regex(banned: BannedPhrase, lang: str) -> re.Pattern:
    if banned.pattern:
        return banned_regex(banned.phrase)  # RE2: a team's pattern runs in linear time
    *head, last = banned.phrase.lower().replace("ё", "е").split()
    body = r"\s+".join([*(re.escape(w) for w in head), words_regex([last], lang, bounded=False)])
    return re.compile(rf"(?<!\w){body}(?!\w)")
