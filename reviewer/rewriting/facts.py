"""The facts a reply states, found with patterns, compared by a normalised key.

Kinds: url, email, phone, card, iban, placeholder ({{first_name}}), name
(greeting, sign-off, @handle), amount, date, time (a time frame, as rule S002
recognises one), number (order, tracking, invoice numbers: a token with three
or more digits), remedy (a promise of money or of a remedy: refund, credit,
discount, replacement...). Keys ignore spelling that does not change the fact:
"$42.10" and "42.10 USD", "within 24 hours" and "in 24 hours".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from ..lint.engine import CompiledRule
from ..lint.registry import get_rule
from ..text.prepared import PLACEHOLDER, Prepared
from .pii import find_pii

MONTHS = {
    **{m: i for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], 1) for m in names},
    **{m: i for i, m in enumerate(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], 1)},
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|me|ru|uk|de|app|shop|ly|gl|gg)/[^\s<>\"')\]]*", re.IGNORECASE)
DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
    rf"|\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|-?го)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b",
    re.IGNORECASE,
)
_CURRENCY = r"(?:[$€£₽¥]|\b(?:USD|EUR|GBP|RUB|CAD|AUD)\b|руб(?:\.|лей|ля|ль)?|рублей|dollars?|euros?|pounds?)"
AMOUNT = re.compile(
    rf"(?P<pre>{_CURRENCY})\s?(?P<n1>\d[\d,.\s]*\d|\d)|(?P<n2>\d[\d,.\s]*\d|\d)\s?(?P<post>{_CURRENCY})|(?P<n3>\d+(?:[.,]\d+)?)\s?%",
    re.IGNORECASE,
)
NUMBER = re.compile(r"(?<![\w#])#?(?=[\w-]*\d[\w-]*\d[\w-]*\d)[A-Za-z0-9][\w-]*[A-Za-z0-9]|#\d+")
HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
GREETING_NAME = re.compile(
    r"^\W*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет|уважаем\w+)"
    r"[\s,]+(?P<name>(?-i:[A-ZА-ЯЁ])[\w'-]+(?:\s+(?-i:[A-ZА-ЯЁ])[\w'-]+)?)",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"(?:^|\n)\s*(?:best|regards|best regards|kind regards|thanks|thank you|cheers|sincerely|с уважением|спасибо)[,!.]?\s*\n\s*(?P<name>[^\n]{2,40}?)\s*$"
    r"|\s[-–—^~]\s?(?P<initials>[A-Z]{2,3})\s*$",
    re.IGNORECASE,
)
# A promise of money or a remedy, by family: a family in the rewrite but not in the draft is invented.
REMEDIES = {
    "refund": r"\brefund\w*|\breimburs\w*|\bmoney\s+back\b|\bcash\s?back\b|возврат\w*|верн(?:ем|ём|ул[аи]?|уть)\s+(?:вам\s+)?(?:деньги|средства|оплату|\d)",
    "credit": r"\bcredit(?!\s+card)(?:ed|s)?\b|\bbonus\w*|\bpoints\b|начисл\w+|бонус\w*|баллы|баллов",
    "discount": r"\bdiscount\w*|\bvoucher\w*|\bcoupon\w*|\bpromo\s?code\w*|\bgift\s+card\w*|\b\d+\s?%\s+off\b|скидк\w+|промокод\w*|купон\w*|сертификат\w*",
    "compensation": r"\bcompensat\w*|\bgoodwill\b|компенс\w+",
    "free": r"\bfree\s+of\s+charge\b|\bfor\s+free\b|\bfree\s+(?:shipping|delivery|upgrade|month)\b|\bon\s+us\b|\bwaiv\w+|бесплатн\w+|за\s+наш\s+сч[её]т",
    "replacement": r"\breplac(?:e|ed|ement|ing)\b|\bre-?ship\w*|\bre-?send\b|\bnew\s+one\b|замен\w+|отправим\s+(?:новый|новую|новое|повторно)",
}
_REMEDY = {family: re.compile(p, re.IGNORECASE) for family, p in REMEDIES.items()}
_LEAD_WORDS = re.compile(
    r"^(?:(?:within|in|by|on|until|till|before|after|from|for|over|the|next|up\s+to|about|around|approximately|takes?|"
    r"в\s+течение|в|во|до|к|за|через|с|по|на|около|примерно)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str  # as written
    key: str  # what is compared
    start: int = 0
    end: int = 0

    def __str__(self) -> str:
        return self.text


def extract(text: str, lang: str) -> list[Fact]:
    """Every fact in ``text``; a span belongs to one fact (the first kind that claims it)."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, start: int, end: int, key: str, overlap_ok: bool = False) -> None:
        if not overlap_ok and any(start < e and end > s for s, e in taken):
            return
        facts.append(Fact(kind, text[start:end], key, start, end))
        taken.append((start, end))

    for m in URL.finditer(text):
        url = m.group().rstrip(".,;:!?")
        add("url", m.start(), m.start() + len(url), url.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/"))
    for start, end, kind in find_pii(text):
        value = text[start:end]
        add(kind.lower(), start, end, value.lower() if kind == "EMAIL" else re.sub(r"[\s().-]", "", value).upper())
    for m in PLACEHOLDER.finditer(text):
        add("placeholder", m.start(), m.end(), re.sub(r"\s", "", m.group()))
    for m in DATE.finditer(text):
        add("date", m.start(), m.end(), _date_key(m))
    for m in AMOUNT.finditer(text):
        add("amount", m.start(), m.end(), _amount_key(m))
    for m in NUMBER.finditer(text):
        add("number", m.start(), m.end(), m.group().lstrip("#").upper())
    for m in HANDLE.finditer(text):
        add("name", m.start(), m.end(), m.group().lower())
    for regex in (GREETING_NAME, SIGN_OFF):
        for m in regex.finditer(text):
            group = "name" if m.group("name") else "initials"
            add("name", m.start(group), m.end(group), m.group(group).lower())
    for m in _time_rule().finditer(Prepared(text, lang), "time"):
        add("time", m.start(), m.end(), _time_key(text[m.start() : m.end()]), overlap_ok=True)
    for family, regex in _REMEDY.items():
        for m in regex.finditer(text):
            add("remedy", m.start(), m.end(), family, overlap_ok=True)
    return sorted(facts, key=lambda f: (f.start, f.kind))


@cache
def _time_rule() -> CompiledRule:
    """S002's own list of time expressions: one definition of "a time frame" for the linter and the checks."""
    return CompiledRule(get_rule("S002"))


def _date_key(m: re.Match) -> str:
    month, day = m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
    if month and day:
        return f"{MONTHS[month.lower()]:02d}-{int(day):02d}"
    return re.sub(r"[./]", "-", m.group())


def _amount_key(m: re.Match) -> str:
    raw = m.group("n1") or m.group("n2") or m.group("n3")
    number = re.sub(r"\s", "", raw)
    if re.search(r"[.,]\d{3}(?!\d)", number) and not re.search(r"[.,]\d{1,2}$", number):
        number = re.sub(r"[.,]", "", number)  # 1,200 or 1.200: thousands
    else:
        number = re.sub(r"[.,](?=\d{3}\b)", "", number).replace(",", ".")
    try:
        value = Decimal(number).normalize()
    except InvalidOperation:
        return number
    return ("%" if m.group("n3") else "") + format(value, "f")


def _time_key(span: str) -> str:
    return _LEAD_WORDS.sub("", " ".join(span.lower().split()))
