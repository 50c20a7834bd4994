"""A draft prepared once for all rules.

``scan`` (and its lower-cased twin ``lower``) has the same length as the
original text, so every offset found in it is an offset into what the user gave us: ё is folded to е, curly apostrophes
to straight ones, quoted lines ("> …", the customer's earlier message) become blanks, and helpdesk
placeholders (``{{first_name}}``, ``{first_name}``) become a capitalised
pseudo-name of the same length, because they stand for a name, not for words.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from .. import diskcache

PLACEHOLDER = diskcache.compile(r"\{\{[^{}\n]{1,80}\}\}|\{[A-Za-z_][\w.]{0,60}\}|%[A-Z_]{2,40}%")
QUOTED_LINE = diskcache.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
_FOLD = str.maketrans("ёЁ’‘ʼ", "еЕ'''")

# A sentence ends at . ! ? … (plus closing quotes/brackets) before white space, or at a line break.
_BOUNDARY = diskcache.compile(r"[.!?…]+[\"'»”)\]]*(?=\s)|\n")
_ABBREV = diskcache.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|jr|sr|vs|etc|e\.g|i\.e|inc|ltd|no|approx|т\.е|т\.к|т\.д|т\.п|г|гг|ул|д|руб|тел|им|см|стр|млн|тыс)|\b[A-ZА-Я])\.$",
    re.IGNORECASE,
)

_GREETING = diskcache.compile(
    r"""
    \A[\s>]*(?:@\w+[\s,:]*)*                       # leading @handles (social replies)
    # names are capitalised, so "hi sorry for that" keeps its apology
    (?:
        (?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day)
         |здравствуйте|здравствуй|привет|приветствую|добрый\s+(?:день|вечер|утро)
         |доброе\s+утро|доброго\s+(?:дня|утра|вечера|времени\s+суток)|уважаем\w*|дорог\w*)\b
        (?:[ \t]*,?[ \t]*(?:(?:mr|mrs|ms|dr)\.|(?!(?:I|We|Our|Your|Sorry|Thanks?|Please|Unfortunately|Мы|Нам|Мне|Я|Вы|Вам|Наш\w*|Ваш\w*|Извините|Простите|Спасибо|К)\b)(?-i:[A-ZА-Я])[\w'’-]*|(?!(?:sorry|apolog\w*|thanks|thank|please|unfortunately|извин\w*|прост\w*|спасибо|пожалуйста|сожале\w*)\b)(?-i:[a-zа-я])[\w'’-]{1,20}(?=[ \t]*[,.!])|there|all|team|again|everyone|folks|sir|madam|valued|dear|esteemed|customer|client|user|member|уважаем\w*|дорог\w*|клиент\w*|покупател\w*|пользовател\w*|абонент\w*)){0,4}
        [ \t]*[,!.:;—–-]?
    )?
    [ \t]*(?:@\w+[\s,:]*)*
    """,
    re.IGNORECASE | re.VERBOSE,
)
_INTERJECTION = diskcache.compile(
    r"(?:oh|ah|aw|ouch|oops|yikes|whoa|wow|hmm+|uh[\s-]oh|oh\s+(?:no|dear|my|wow)|ой|ох|ай|увы|ого)[\s,.!?…]*",
    re.IGNORECASE,
)


class Span(NamedTuple):
    start: int
    end: int


class Prepared:
    """Original text, its scan copy, sentences and line offsets."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        scan = text.translate(_FOLD)
        scan = PLACEHOLDER.sub(lambda m: "X" + "x" * (len(m.group()) - 1), scan)
        # "> …" lines quote the customer's earlier message: not the agent's words
        self.scan = QUOTED_LINE.sub(lambda m: " " * len(m.group()), scan) if ">" in scan else scan
        # Rules match lower-cased text without re.IGNORECASE: several times faster.
        lower = self.scan.lower()
        if len(lower) != len(self.scan):  # "İ" lower-cases to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.scan)
        self.lower = lower

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    @cached_property
    def sentences(self) -> list[Span]:
        spans, start, scan = [], 0, self.scan
        for m in _BOUNDARY.finditer(scan):
            if m.group() != "\n" and _ABBREV.search(scan, max(0, m.start() - 6), m.start() + 1):
                continue
            spans.append(_trim(scan, start, m.end()))
            start = m.end()
        spans.append(_trim(scan, start, len(scan)))
        return [s for s in spans if s.end > s.start]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        i = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[i] if self.sentences else Span(0, len(self.text))

    @cached_property
    def greeting_end(self) -> int:
        """Offset where the body starts, after @handles and an optional greeting."""
        m = _GREETING.match(self.scan)
        return m.end() if m else 0

    @cached_property
    def first_sentence(self) -> Span | None:
        """The first sentence after the greeting, passing over interjections ("Oh no!")."""
        body = self.greeting_end
        for s in self.sentences:
            if s.end <= body:
                continue
            span = _trim(self.scan, max(s.start, body), s.end)
            text = self.scan[span.start : span.end]
            if re.search(r"\w", text) and not _INTERJECTION.fullmatch(text):
                return span
        return None


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
