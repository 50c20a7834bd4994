"""A draft prepared once for all rules.

``scan`` (and its lower-cased twin ``lower``) has the same length as the
original text, so every offset found in it is an offset into what the user
gave us. What is not the agent's text becomes blanks: quoted lines ("> …",
the customer's earlier message, also under a mail header such as "From: …
Sent: …"), YAML front matter at the top of a macro
file, template syntax (``{% if %}``, ``{# comment #}``, ``{{!-- --}}``,
``{{#if}}``) and suppression comments (``reviewer: ignore S002 -- …``).
ё is folded to е and curly apostrophes to straight ones.

A helpdesk placeholder stands for the value it will be replaced with
(catalog v2): ``{{ticket.id}}`` becomes digits, so "Ticket #{{ticket.id}}"
reads as a ticket number; ``{{ship_date}}`` is a time expression, kept in
``time_placeholders`` for the time-frame check; any other placeholder
(``{{first_name}}``) becomes a capitalised pseudo-name of the same length.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import NamedTuple

from .. import diskcache
from ..suppressions import COMMENT, MARK

PLACEHOLDER = diskcache.compile(r"\{\{[^{}\n]{1,80}\}\}|\{[A-Za-z_][\w.]{0,60}\}|%[A-Za-z_][\w.]{1,40}%")  # {{first_name}}, {eta}, %ticket_id%
QUOTED_LINE = diskcache.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
# A title or name in quotes ('The Terrible Twos', «Глобальные проблемы экологии», “Algebra Problem Sets”, "the Nightmare Chute") is not
# the agent's wording: its words become letters of a name ("Xxx Xxxxxxxx Xxxx"), so no word rule reads them
# (’ and ‘ are folded to ' before it runs)
QUOTED_TITLE = diskcache.compile(r"(?<![\w'])(['“\"«])((?:(?:the|a|an)\s+)?[A-ZА-ЯЁ0-9][^\n'“”\"«».!?]{0,60}?)(['”\"»])(?!\w)")
_QUOTES = frozenset("'“\"«")
# Template syntax that is not text: comments, tags, Handlebars blocks and partials.
TEMPLATE_SYNTAX = diskcache.compile(
    r"\{%-?\s*comment\s*-?%\}.*?(?:\{%-?\s*endcomment\s*-?%\}|\Z)"  # Liquid comment block
    r"|\{#.*?(?:#\}|\Z)"  # Jinja comment
    r"|\{\{!--.*?(?:--\}\}|\Z)|\{\{![^}]*\}\}"  # Handlebars comment
    r"|\{%.*?(?:%\}|\Z)"  # Jinja / Liquid tag
    r"|\{\{[#/^>~&]?\s*(?:else\b[^}]*|[#/^>][^}]*)\}\}",  # Handlebars block, else, partial
    re.DOTALL,
)
# The customer's earlier message under the reply, as mail clients quote it without "> ": a header block
# ("From: …" then "Sent:", "To:" or "Subject:" within three lines; «От: … Отправлено: … Тема:») or an
# "-----Original Message-----" line, and everything after it
EARLIER_MESSAGE = diskcache.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)[ \t]*-{2,}"
    r"|(?:from|от)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:sent|date|to|subject|отправлено|дата|кому|тема)[ \t]*:)[\s\S]*",
    re.MULTILINE | re.IGNORECASE,
)
FRONT_MATTER = diskcache.compile(r"\A\ufeff?---[ \t]*\r?\n.*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FOLDED = "ёЁ’‘ʼ"
_FOLD = str.maketrans(_FOLDED, "еЕ'''")
# The parts of a placeholder's name that say what it stands for.
_NAME_PART = diskcache.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[А-ЯЁ]?[а-яё]+|[А-ЯЁ]+(?![а-яё])|\d+")
TIME_PARTS = frozenset(
    "date time datetime timestamp eta etd deadline due sla timeframe timeline when day days hours"
    " дата даты дату срок сроки время когда день дня дней час часа часов".split()
)
NUMBER_PARTS = frozenset("id number no num nr ref reference code ticket tracking order invoice amount total price sum номер код сумма трек заказ счёт счет".split())
ADDRESS_PARTS = frozenset("email mail address url link почта адрес ссылка".split())


class Span(NamedTuple):
    start: int
    end: int


def placeholder_kind(placeholder: str) -> str:
    """"time", "number", "address" or "name": what a placeholder's name says it will be replaced with."""
    name = placeholder.strip("{}% ").split("|")[0].strip()  # {{ ship_date | date: "%b %d" }}
    parts = {p.lower() for p in _NAME_PART.findall(name)}
    if parts & TIME_PARTS:
        return "time"
    last = {p.lower() for p in _NAME_PART.findall(name.replace("-", "_").split(".")[-1])}
    if parts & NUMBER_PARTS and last & NUMBER_PARTS:
        return "number"
    if last & ADDRESS_PARTS:
        return "address"
    return "name"


def _as_name(m: re.Match) -> str:
    """A quoted title's letters as a name's: capitals stay capitals, the rest "x"."""
    title = "".join(("X" if c.isupper() else "x") if c.isalpha() else c for c in m.group(2))
    return m.group(1) + title + m.group(3)


def _blank(m: re.Match) -> str:
    """Spaces of the same length; line breaks stay, so lines and sentences keep their shape."""
    return re.sub(r"[^\n]", " ", m.group())


# A sentence ends at . ! ? … (plus closing quotes/brackets) before white space, or at a line break.
# A run of end marks, not one inside a slot ("[…]", "[...]": a gap the agent fills, not a sentence end).
_BOUNDARY = diskcache.compile(r"(?<![\[.!?…])[.!?…]+[\"'»”)\]]*(?=\s)|\n")
# An emoji before a capital ends a sentence too: "…missed the connection 😕 We'll have it couriered…" (only a text
# that is not ASCII can hold one, and the search for it costs every other draft ≈ 4 %)
_BOUNDARY_EMOJI = diskcache.compile(_BOUNDARY.pattern + r"|(?<![.!?…\s])\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+(?=\s+[A-ZА-ЯЁ])")
_ABBREV = diskcache.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|jr|sr|vs|etc|e\.g|i\.e|inc|ltd|no|approx|т\.е|т\.к|т\.д|т\.п|г|гг|ул|д|руб|коп|тел|им|см|стр|тыс|млн|млрд)|\b[A-ZА-Я])\.$",
    re.IGNORECASE,
)
# …of which these end a phrase rather than open one, so before a capital they end the sentence too:
# «…за сутки — 7 000 руб. Мы попросили…», "…shoes, bags etc. We have…" (not "Mr. Reyes", «ул. Ленина»)
_TRAILING_ABBREV = diskcache.compile(r"\b(?:etc|inc|ltd|руб|коп|тыс|млн|млрд|т\.д|т\.п|гг)\.$", re.IGNORECASE)
_CAPITAL_NEXT = diskcache.compile(r"\s+[A-ZА-ЯЁ]")

# The greeting: a salutation with optional names, in either order and with any closing mark
# ("Hi Anna,", "Good morning, Mr. Reyes.", «Марина, добрый день.», "Tom — hi,", "Hi [customer name],", "Mr. Hughes," on its own line).
# Names are capitalised, so "hi sorry for that" keeps its apology.
_SALUTE = r"""(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day)
    |(?:morning|afternoon|evening)(?=[ \t]*[,!.—–]|[ \t]+[\w'’-]+[ \t]*[,!—–])  # "Morning Felix,", not "Evening slots are full"
    |здравствуйте|здравствуй|привет|приветствую|добрый\s+(?:день|вечер|утро)
    |доброе\s+утро|доброго\s+(?:дня|утра|вечера|времени\s+суток)|уважаем\w*|дорог\w*)\b(?:[ \t]*\([ \t]*-?[ \t]*[а-я]{1,3}[ \t]*\))?"""
_CAPITALISED = r"""(?!(?:I|We|Our|Your|Sorry|Thanks?|Please|Unfortunately|Мы|Нам|Мне|Я|Вы|Вам|Наш\w*|Ваш\w*|Извините|Простите|Спасибо|К)\b)(?-i:[A-ZА-ЯЁÀ-ÖØ-Þ])[\w'’-]*"""  # "Álvarez", «Ёлкин»
_NAME = rf"""(?:(?:mr|mrs|ms|dr)\.|{_CAPITALISED}
    |(?!(?:sorry|apolog\w*|thanks|thank|please|unfortunately|извин\w*|прост\w*|спасибо|пожалуйста|сожале\w*)\b)(?-i:[a-zа-я])[\w'’-]{{1,20}}(?=[ \t]*[,.!])
    |there|all|team|again|everyone|folks|sir|madam|valued|dear|esteemed|customer|client|user|member
    |команда|коллеги|друзья|все|«[^»\n]{{1,40}}»|"[^"\n]{{1,40}}"|\[[^\[\]\n]{{1,40}}\]
    |(?-i:[a-zа-яё])[\w'’-]{{1,20}}[ \t]+(?:«[^»\n]{{1,40}}»|"[^"\n]{{1,40}}")  # «команда хора «Ритм»», «коллеги магазина "Лето"»
    |(?:at|from|of|из|от)[ \t]+(?:[\w'’-]+[ \t]+(?=[«"]))?(?:(?-i:[A-ZА-Я])[\w'’-]*|«[^»\n]{{1,40}}»|"[^"\n]{{1,40}}"|[\w'’-]+(?=[ \t]*[,.!]))  # «коллеги из «Пекарни на Садовой»!», «из кофейни «Зерно»!»
    |уважаем\w*|дорог\w*|клиент\w*|покупател\w*|пользовател\w*|абонент\w*)"""
_TITLE = r"(?:(?:mr|mrs|ms|miss|dr)\.?[ \t]+)?"  # "Mrs. Lee", "Mr Hughes"
_SEP = r"[ \t]*(?:[,—–-]|(?:and|or|и|или|&)(?=[ \t]))?[ \t]*"  # "Dear Sir or Madam"
_GREETING = diskcache.compile(
    rf"""
    \A[\s>]*(?:@\w+(?:\.\w+)*[\s,:]*)*                    # leading @handles ("@sofi.bakes" too)
    (?:
        (?:{_SALUTE}(?:{_SEP}{_NAME}){{0,4}}
         |{_TITLE}{_CAPITALISED}(?:[ \t]+(?:(?:and|и|&)[ \t]+)?(?:{_CAPITALISED}|{_NAME})){{0,3}}{_SEP}{_SALUTE}(?:{_SEP}{_NAME}){{0,2}}  # «Коллеги из агентства «Солнечный день», добрый день!», "Mrs. Lee, good evening."
         |{_TITLE}(?!(?:apolog\w*|oh|ok|okay|yes|no|update|note|ps|увы|итак)\b){_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}
           (?=[ \t]*[,—–-][ \t]*(?:\n|\Z)))  # a name alone on its line: "Mr. Hughes,", «Олег,»
        [ \t]*(?:[,!.:;—–-]+|\?!)?
    )?
    [ \t]*(?:@\w+(?:\.\w+)*[\s,:]*)*
    """,
    re.IGNORECASE | re.VERBOSE,
)


def folded(text: str) -> str:
    """The text with «ё» as «е» and curly apostrophes straight, as the rules read it (same length)."""
    # translate() looks up every character (~4 us a short reply): not when there is nothing to fold
    return text.translate(_FOLD) if not text.isascii() and any(c in text for c in _FOLDED) else text


def lowered(text: str) -> str:
    """The text lower-cased letter for letter, so that every offset still points into it ("İ" lower-cases to two characters)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Prepared:
    """Original text, its scan copy, sentences and line offsets."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        self.found = None  # the trigger strings the draft holds, once the engine has looked (None: every pattern may match)
        scan = folded(text)
        if scan.startswith(("---", "\ufeff---")):
            scan = FRONT_MATTER.sub(_blank, scan)
        if "{" in scan:
            scan = TEMPLATE_SYNTAX.sub(_blank, scan)
        if MARK in scan:  # suppression comments (`reviewer: ignore S002 -- …` lines, <!-- … -->) are not the agent's words
            scan = COMMENT.sub(_blank, scan)
        self.time_placeholders: list[Span] = []
        if "{" in scan or "%" in scan:
            scan = PLACEHOLDER.sub(self._placeholder, scan)
        # "> …" lines quote the customer's earlier message, and so does what follows a mail header: not the agent's words
        scan = QUOTED_LINE.sub(lambda m: " " * len(m.group()), scan) if ">" in scan else scan
        if ("rom" in scan or "ROM" in scan or "т:" in scan or "Т:" in scan or "-----" in scan) and "\n" in scan:  # "From:", «От:»
            scan = EARLIER_MESSAGE.sub(_blank, scan)
        self.scan = QUOTED_TITLE.sub(_as_name, scan) if not _QUOTES.isdisjoint(scan) else scan
        # Rules match lower-cased text without re.IGNORECASE: several times faster.
        self.lower = lowered(self.scan)

    def _placeholder(self, m: re.Match) -> str:
        n = len(m.group())
        kind = placeholder_kind(m.group())
        if kind == "number":
            return "1" + "0" * (n - 1)
        if kind == "time":
            self.time_placeholders.append(Span(m.start(), m.end()))
        if kind == "address":  # "the email we sent to {{email}}": an address, not a colleague the case went to
            return "x@" + "x" * (n - 2)
        return "X" + "x" * (n - 1)

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
        for m in (_BOUNDARY if scan.isascii() else _BOUNDARY_EMOJI).finditer(scan):
            if m.group() != "\n" and _ABBREV.search(scan, max(0, m.start() - 6), m.start() + 1):
                if not (_TRAILING_ABBREV.search(scan, max(0, m.start() - 6), m.start() + 1) and _CAPITAL_NEXT.match(scan, m.end())):
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
        """The first sentence after the greeting ("Oh no!" is one: the catalog counts sentences, not moods)."""
        body = self.greeting_end
        for s in self.sentences:
            if s.end <= body:
                continue
            span = _trim(self.scan, max(s.start, body), s.end)
            if re.search(r"\w", self.scan[span.start : span.end]):
                return span
        return None


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
