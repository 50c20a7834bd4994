"""Apology expressions, shared by the apology rules (A001-A004) and W003."""

from __future__ import annotations

import re
from typing import Iterator

from .. import diskcache
from .registry import fragment_regex

# What may stand before the apology keyword and belongs to the apology:
# "I'm so", "We do", "Please accept our"; «Мы искренне», «Пожалуйста,».
_LEAD_IN = {
    "en": diskcache.compile(
        r"(?:\b(?:i|we)(?:'m|'re|'d|\s+am|\s+are|\s+would|\s+do|\s+must|\s+want\s+to|\s+wish\s+to)?"
        r"|\b(?:my|our|please\s+accept\s+(?:my|our))|\b(?:so|very|really|truly|terribly|awfully|deeply|sincerely))"
        r"(?:\s+(?:so|very|really|truly|terribly|awfully|deeply|sincerely|extremely|incredibly|genuinely|most"
        r"|do|must|like\s+to|would\s+like\s+to|want\s+to|sincere|sincerest|deepest|humble|many|again|also))*\s+$"
    ),
    "ru": diskcache.compile(r"(?:\b(?:мы|я)(?:\s+(?:очень|искренне|еще\s+раз|снова|также))*|\bпожалуйста,?|\bеще\s+раз)\s+$"),
}
_WINDOW = 48
_TO_COME = diskcache.compile(r"\b(?:(?:like|want|wants|wish|wishes|hopes?|asked)\s+to|will|'ll)\s+(?:(?:personally|also)\s+)?(?:say\s+)?$")
_IN_PERSON = diskcache.compile(r"(?:\s+to\s+(?:you|him|her|them|your\s+[\w-]+))?\s+(?:in\s+person|personally|face\s+to\s+face)\b")


def apology_regex(lang: str) -> re.Pattern:
    return fragment_regex("apology", lang)


def apologies(lower: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of apology expressions in ``lower`` (a Prepared draft's lower-cased text)."""
    end = len(lower) if end is None else end
    return [(lead_in(lower, m.start(), lang), m.end()) for m in at_word_starts(apology_regex(lang), lower, start, end) if not _deferred(lower, m, lang)]


def _deferred(lower: str, m: re.Match, lang: str) -> bool:
    """An apology someone will make in person ("Dev would like to apologise to you in person", «извинится лично»): told of, not made here."""
    return lang == "en" and bool(_IN_PERSON.match(lower, m.end())) and bool(_TO_COME.search(lower, max(0, m.start() - 40), m.start()))


def lead_in(lower: str, start: int, lang: str) -> int:
    """Move ``start`` back over "I'm so" / «Мы искренне» that belongs to the apology."""
    window = max(0, start - _WINDOW)
    m = _LEAD_IN[lang].search(lower, window, start)
    return m.start() if m else start


def word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_") or not (text[start].isalnum() or text[start] == "_")


def at_word_starts(regex: re.Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """The regex's matches in text[start:end] that start at a word boundary, none inside another. One that starts inside
    a word ("a" of "data") is no match and hides none: the search goes on from its next character, so that "…data
    deletion request has been logged" still finds "has been logged", as each pattern of an alternation on its own would."""
    end = len(text) if end is None else end
    at = start
    while (m := regex.search(text, at, end)) is not None:
        if word_start(text, m.start()):
            yield m
            at = max(m.end(), m.start() + 1)
        else:
            at = m.start() + 1
