"""The facts a reply states, as typed, normalised values.

``extract(text, lang)`` finds each fact once (a span belongs to the first kind
that claims it) and gives it ``keys``, what it *is* ("money:GBP 12.5",
"date:03-05", "phone:+447700900123"), and ``also``, what it can stand for
when written another way (the clock time 09:00 stands for the number 9 in
"с 9 до 13"; 50 % for a half). Two facts are the same when the keys of one
meet the keys or readings of the other, so values are compared, not strings:

- numbers: ``5 000``, ``1,850``, ``64,90`` (decimal comma), ``4th``; number
  words (``two``, «половину», ``three-quarters``) are readings only: they can
  keep a number, never add one;
- money: a symbol or code and an amount, EN and RU (``£12.50``, ``AED 1,850``,
  ``2 310 ₽``, ``1 548 руб.``);
- dates: day and month names in EN and RU in any case (``5 марта``), numeric
  (``05.03.2026``, ``2026-03-05``; Russian ``12.03`` without the year), an
  optional weekday, either order, with or without the year; months (and their
  Russian adjectives, «июльская квитанция»), weekdays (``Mon-Fri``),
  today/tomorrow ("this morning" is today);
- clock times (``8am``, ``08:00``, ``8:55 pm``); ranges are their two ends,
  whatever joins them (``3-5``, ``3–5``, "3 to 5", «с 9 до 13»);
- durations (``25 minutes``, «30 дней»), percentages, fractions;
- URLs (with or without a scheme, bare domains), emails, phones (every E.164
  number they can be), cards, IBANs and the other personal values of ``pii``;
- references: booking codes, order, tracking and invoice ids (``K7QX2P``,
  ``#48213``, ``INV-2291``, ``SK 412``), compared without case or homoglyphs;
- placeholders (``{{first_name}}``: the helpdesk fills them, so a rewrite may add
  one, as rule W005 advises) and the tokens that mask personal data (``<PHONE_1>``).

Person names are ``names``; promises are ``promises``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from ..text.prepared import PLACEHOLDER
from . import pii


@dataclass(frozen=True)
class Fact:
    kind: str  # money, number, date, time, duration, url, email, phone, reference, name, placeholder, ...
    value: str  # normalised, for people and JSON
    text: str  # as written
    start: int
    end: int
    keys: frozenset[str]  # what it is
    also: frozenset[str] = frozenset()  # what else it can stand for
    strict: bool = True  # False: a reading that can keep a fact but never adds one
    parts: tuple[frozenset[str], ...] = ()  # a name's words, each with its keys (names.py)

    def same(self, other: Fact) -> bool:
        return bool(self.keys & (other.keys | other.also) or other.keys & self.also)

    def minutes(self) -> Decimal | None:
        """How long a duration lasts, in minutes; None for any other fact."""
        key = next((k for k in self.keys if k.startswith("duration:") and k.endswith("min")), None) if self.kind == "duration" else None
        return Decimal(key[len("duration:") : -len("min")]) if key else None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "text": self.text, "start": self.start, "end": self.end}


# --- vocabulary ------------------------------------------------------------------------

_EN_MONTHS = ["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"]
_RU_MONTHS = ["январ[ьяюе]", "феврал[ьяюе]", "март[аеу]?", "апрел[ьяюе]", "ма[йяюе]", "июн[ьяюе]", "июл[ьяюе]", "август[аеу]?", "сентябр[ьяюе]", "октябр[ьяюе]", "ноябр[ьяюе]", "декабр[ьяюе]"]
# «июльская квитанция» is the July bill: a month's adjective names the month (MONTH_ONLY only, never a day's month)
_RU_MONTH_ADJECTIVES = ["январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск"]


def _names(en: list[str], ru: list[str], group: str = "") -> str:
    """One alternation of the English and Russian names; with a group letter, each name's number is its group: m1 … m12."""
    return "(?:" + "|".join(f"(?P<{group}{i}>{e}|{r})" if group else f"{e}|{r}" for i, (e, r) in enumerate(zip(en, ru, strict=True), 1)) + ")"


MONTH = _names(_EN_MONTHS, _RU_MONTHS, "m") + r"(?![^\W\d_])\.?"  # not "£15 marketplace"
# "on Tuesdays" / «по средам» is the same weekday as "Tue" / «в среду».
_EN_DAYS = ["mon(?:days?)?", "tue(?:s(?:days?)?)?", "wed(?:nesdays?)?", "thu(?:rs(?:days?)?)?", "fri(?:days?)?", "sat(?:urdays?)?", "sun(?:days?)?"]
# «среда» after an adjective is an environment («службы доступной среды», «в тестовую среду»), unless the adjective times it
_TIMING = "|".join(rf"(?<={w}\s)" for w in "следующей следующую ближайшей ближайшую прошлой прошлую будущей будущую этой той каждой каждую".split())
# (and their adjectives: «пять понедельничных доставок» are the deliveries «по понедельникам»)
_RU_DAYS = ["понедельни(?:к|чн)\\w*|пн", "вторни(?:к|чн)\\w*|вт", rf"(?:{_TIMING}|(?<!ой\s)(?<!ей\s)(?<!ую\s))сред(?:[аыуе]|ам)|ср", "четверг\\w*|чт", "пятни(?:ц(?:[аыуе]|ам)|чн\\w*)|пт", "суббот(?:[аыуе]|ам|н\\w*)|сб", "воскрес(?:ень(?:[еяю]|ям)|н(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми))|вс"]
WEEKDAY = _names(_EN_DAYS, _RU_DAYS, "w") + r"\b\.?"
RELATIVE = {  # the end of the day first: «сегодня до конца дня» is one day, not two
    "end of day": r"(?:(?:today|сегодня),?\s+(?:by\s+|до\s+)?)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|to)?day|(?:the\s+)?end\s+of\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|close\s+of\s+business|конц[аеу]\s+(?:этого\s+|рабочего\s+|сегодняшнего\s+)?дня)",
    "today": r"today|tonight|this\s+(?:morning|afternoon|evening)|сегодняшн(?:его|ий|ему|им|ем|ее|ей)\s+(?:дн(?:я|ём|ем|ю)|утр(?:а|ом|у)|вечер(?:а|ом|у))|сегодня", "tomorrow": r"tomorrow|завтра|завтрашн(?:его|ий|ему|им|ем|ее|ей)\s+(?:дня|утра|вечера)", "day after tomorrow": r"послезавтра",
    "yesterday": r"yesterday|вчерашн(?:его|ий|ему|им|ем)\s+(?:[а-яё]+\s+)?дн(?:я|ём|ем|ю)|вчерашний\s+день|вчера", "this week": r"this\s+week|на\s+этой\s+неделе|на\s+эту\s+неделю|(?<=дня\s)этой\s+недели|(?<=дни\s)этой\s+недели|(?<=день\s)этой\s+недели", "next week": r"next\s+week|на\s+следующей\s+неделе",
    "end of week": r"(?:the\s+)?end\s+of\s+(?:the|this)\s+week|конц[аеу]\s+(?:этой\s+)?недели",
    "end of month": r"(?:the\s+)?end\s+of\s+(?:the|this)\s+month|конц[аеу]\s+(?:этого\s+)?месяца",
    "this month": r"this\s+month|(?<=в\s)(?:этом|текущем)\s+месяце",
    "weekend": r"(?:the|this|that)\s+weekend|(?<=к\s)выходным|(?<=до\s)выходных",
}
MINUTES = {"minute": 1, "hour": 60, "day": 1440, "night": 1440, "week": 10080, "month": 43200, "year": 12 * 43200}  # a year is twelve months
UNITS = {
    "second": r"secs?|seconds|(?<=-)second|s(?=/(?:day|d|week|month)\b)|секунд[аыу]?|сек\.?", "minute": r"min(?:ute)?s?|минут[аы]?|мин\.?", "hour": r"hours?|hrs?|h|час(?:а|ов)?|ч\.?", "day": r"(?:business\s+|working\s+|calendar\s+)?days?|(?:рабоч(?:их|его|ий)\s+|раб\.\s?|календарн(?:ых|ого|ый)\s+)?(?:дн(?:я|ей)|день|сут(?:ки|ок))",
    "night": r"nights?|ноч(?:ь|и|ей)", "week": r"weeks?|wks?|недел[ьяию]\w*|нед\.?", "month": r"months?|mths?|месяц(?:а|ев)?|мес\.?", "year": r"years?|yrs?|год(?:а|у)?|лет",
}
CURRENCIES = {
    "GBP": r"£|GBP|pounds?|фунт\w*", "USD": r"\$|USD|US\$|US\s+dollars?|(?:American|U\.S\.)\s+dollars?|dollars?|(?:американск\w+\s+)?доллар\w*", "EUR": r"€|EUR|euros?|евро",
    "RUB": r"₽|RUB|руб(?:\.|л[ьяейю]\w*)?|р\.", "AED": r"AED|dirhams?", "TRY": r"TRY|лир\w*", "CHF": r"CHF|Swiss\s+francs?|швейцарск\w+\s+франк\w*", "JPY": r"¥|JPY",
    "PLN": r"PLN|zł", "KZT": r"₸|KZT|тенге", "UAH": r"₴|UAH|грн\.?", "INR": r"₹|INR", "CAD": r"CAD|CA?\$|Canadian\s+dollars?|канадск\w+\s+доллар\w*", "AUD": r"AUD|AU?\$|Australian\s+dollars?|австралийск\w+\s+доллар\w*",
    "THB": r"฿|THB|baht|бат(?:а|ов)?", "SEK": r"SEK", "NOK": r"NOK", "DKK": r"DKK", "CZK": r"CZK|Kč", "SGD": r"SGD|S\$|Singapore\s+dollars?", "HKD": r"HKD|HK\$|Hong\s+Kong\s+dollars?",
    "NZD": r"NZD|NZ\$|New\s+Zealand\s+dollars?", "ZAR": r"ZAR|rands?|(?-i:R)(?=\s?\d{1,3}(?:[ ,]\d{3})|\s?\d{2,})", "ILS": r"₪|ILS|shekels?", "SAR": r"SAR|riyals?", "QAR": r"QAR", "EGP": r"EGP", "KRW": r"₩|KRW",
    "CNY": r"CNY|RMB|yuan|юан(?:ь|я|ей|ям|ями|ях)", "GEL": r"₾|GEL|лари", "BYN": r"BYN",
}
# "£41.49 a month", "twice a week", "24 hours a day": a rate, not a duration
_NOT_RATE = r"(?<![\d%]\s)(?<!once\s)(?<!twice\s)(?<!times\s)(?<!hours\s)"
NUMBER_WORDS = {
    **dict.fromkeys(["one", "один", "одна", "одно", "одного", "одну", "одной"], "1"),
    **dict.fromkeys(["two", "два", "две", "двух", "двум", "двумя"], "2"),
    **dict.fromkeys(["three", "три", "трёх", "трех", "тремя"], "3"),
    **dict.fromkeys(["four", "четыре", "четырёх", "четырех"], "4"),
    **dict.fromkeys(["five", "пять", "пяти"], "5"), **dict.fromkeys(["six", "шесть", "шести"], "6"),
    **dict.fromkeys(["seven", "семь", "семи"], "7"), **dict.fromkeys(["eight", "восемь", "восьми"], "8"),
    **dict.fromkeys(["nine", "девять", "девяти"], "9"), **dict.fromkeys(["ten", "десять", "десяти"], "10"),
    **dict.fromkeys(["first", "перв(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ом|ых)"], "1"), **dict.fromkeys(["second", "втор(?:ой|ая|ое|ые|ого|ому|ую|ым|ом|ых)"], "2"),
    **dict.fromkeys(["third", "трет(?:ий|ья|ье|ьи|ьего|ьей|ьему|ью|ьим|ьем|ьих)"], "3"),
    # ordinals: "the fourth floor" for "the 4th floor", «на пятом этаже» for «на 5-м этаже»
    **{f"{en}|{ru}(?:ый|ой|ая|ое|ые|ого|ому|ую|ым|ом|ых|ий|ья|ье)": str(n) for n, en, ru in [
        (4, "fourth", "четв[её]рт"), (5, "fifth", "пят"), (6, "sixth", "шест"), (7, "seventh", "седьм"), (8, "eighth", "восьм"),
        (9, "ninth", "девят"), (10, "tenth", "десят"), (11, "eleventh", "одиннадцат"), (12, "twelfth", "двенадцат")]}, "twice": "2", "double": "2", "both": "2", "(?:a\\s+)?couple\\s+of": "2", "пар[ауы]": "2", "оба": "2", "обе": "2", "обоих": "2", "обеих": "2",
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)hour", "(?<=within\\s)the\\s+hour", "час", "(?<=течение\\s)часа", "(?<=минут\\sдо\\s)часа", "(?<=минуты\\sдо\\s)часа", "(?<=одного\\s)часа", "(?<=около\\s)часа", "(?<=меньше\\s)часа", "(?<=менее\\s)часа", "(?<=больше\\s)часа", "(?<=более\\s)часа"], "duration:60min"), **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)day(?!\\s+off\\b)", "(?<=течение\\s)дня", "(?<=одного\\s)дня", "(?<=один\\s)день", "(?<=за\\s)(?<![₽$€£]\\sза\\s)(?<!лей\\sза\\s)(?<!руб\\.\\sза\\s)(?<!(?:вонит|вонят|омнит|омнят|редит|редят|пишет|пишут|общит|общат)\\sза\\s)день(?!\\s+до(?!\\w))", "(?<=на\\s)день(?=\\s*(?:[,.;:!?)—–]|$)|\\s+(?:и|а|до)(?!\\w))", "(?<=займёт\\s)день", "(?<=займет\\s)день", "(?<=занимает\\s)день", "(?<=длится\\s)день"], "duration:1440min"),  # «продлили на день», «ремонт займёт день»
    # "within a working day" for "within 1 working day", «в течение одного рабочего дня», «занимает рабочий день»
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)(?:working|business)\\s+day(?!s)", "(?<!\\d\\s)(?<!\\w)(?:(?:один|одного)\\s+)?рабоч(?:ий|его)\\s+(?:день|дня)"], "duration:1workdays"),
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)met(?:re|er)", "(?<=одного\\s)метра", "(?<=один\\s)метр"], "length:1"),  # "a metre away" for "1 metre away"
    # a unit said alone for one of it: «короче на сантиметр» for «на 1 см короче», «три кулича по килограмму» for «3 кулича по 1 кг»
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)centimet(?:re|er)", "(?<=на\\s)сантиметр", "(?<=одного\\s)сантиметра", "(?<=один\\s)сантиметр"], "length:0.01"),
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)kilo(?:gram)?", "(?<=по\\s)килограмму", "(?<=одного\\s)килограмма", "(?<=один\\s)килограмм"], "weight:1"),
    **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)week", "(?<=the\\sfirst\\s)week(?!\\s+of\\b)", "недел[юяи]"], "duration:10080min"), **dict.fromkeys([f"{_NOT_RATE}(?:a\\s+|one[\\s-]+)month", "месяц", "(?<=течение\\s)месяца", "(?<=одного\\s)месяца"], "duration:43200min"),
    # collective numerals and the teens: «двое», «восьмерым», «двенадцати»
    **dict.fromkeys(["двое", "двоих", "двоим"], "2"), **dict.fromkeys(["трое", "троих", "троим"], "3"), **dict.fromkeys(["четверо", "четверых", "четверым"], "4"),
    **dict.fromkeys(["пятеро", "пятерых", "пятерым"], "5"), **dict.fromkeys(["шестеро", "шестерых", "шестерым"], "6"), **dict.fromkeys(["семеро", "семерых", "семерым"], "7"), **dict.fromkeys(["восьмеро", "восьмерых", "восьмерым"], "8"), **dict.fromkeys(["девятеро", "девятерых", "девятерым"], "9"), **dict.fromkeys(["десятеро", "десятерых", "десятерым"], "10"),
    **dict.fromkeys(["одиннадцать", "одиннадцати"], "11"), **dict.fromkeys(["двенадцать", "двенадцати"], "12"),
    **{f"{ru}(?:ь|и)": str(n) for n, ru in [(13, "тринадцат"), (14, "четырнадцат"), (15, "пятнадцат"), (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"), (19, "девятнадцат")]},
    **dict.fromkeys(["двадцать", "двадцати"], "20"), **dict.fromkeys(["тридцать", "тридцати"], "30"),
    **dict.fromkeys(["сорок", "сорока"], "40"), **dict.fromkeys(["пятьдесят", "пятидесяти"], "50"), **dict.fromkeys(["шестьдесят", "шестидесяти"], "60"),
    **dict.fromkeys(["(?:a)?round\\s+the\\s+clock", "круглосуточн\\w*"], "duration:1440min"),
    # «франшиза снижается до нуля» for «до 0 ₽», "down to zero" (not «начать с нуля», "zero tolerance")
    **dict.fromkeys(["(?<=to\\s)zero", "zero(?=\\s+(?:pounds|dollars|euros|percent))", "(?<=до\\s)нул[яю]", "(?:ноль|нуль)(?!\\w)"], "0"),  # («ноль в приложении» for «приложение показывает 0 кВт»)
    "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    **dict.fromkeys(["half\\s+an\\s+hour", "half[-\\s]hour", "полчаса", "получаса"], "duration:30min"), **dict.fromkeys(["half\\s+a\\s+minute", "полминуты"], "duration:0.5min"),
    **dict.fromkeys(["недельн(?:ый|ая|ое|ого|ой|ую|ые|ых|ым|ому)", "week-long"], "duration:10080min"),  # «недельный пакет» lasts 7 days
    **dict.fromkeys(["суточн(?:ый|ая|ое|ого|ой|ую|ые|ых|ым|ому)", "day-long", f"{_NOT_RATE}an?\\s+(?:single|whole|full)\\s+day(?![s-])"], "duration:1440min"),  # «после суточной сушки»: 24 hours; "takes a single day" for "will take 1 day"
    **dict.fromkeys(["an?\\s+hour\\s+and\\s+a\\s+half", "полтора\\s+часа", "полутора\\s+часов"], "duration:90min"),
    **dict.fromkeys(["a\\s+day\\s+and\\s+a\\s+half", "полтора\\s+дня", "полутора\\s+дней"], "duration:2160min"),  # «полтора дня» for «1,5 дня»
    **dict.fromkeys(["half\\s+a\\s+day", "half[-\\s]day", "полдня"], "duration:720min"),  # "about half a day" (not «до полудня»: noon)
    **dict.fromkeys(["(?:a\\s+)?quarter\\s+of\\s+an\\s+hour", "четверть\\s+часа", "четверти\\s+часа"], "duration:15min"),  # «около четверти часа» for «примерно за 15 минут»
    **dict.fromkeys(["an?\\s+hour\\s+and\\s+a\\s+quarter", "(?<!\\w)час\\s+с\\s+четвертью"], "duration:75min"),  # «на час с четвертью позже» for «опоздал на 1 час 15 минут»
    # «от часа до полутора», «час-полтора»: one to one and a half hours, the unit said once
    **dict.fromkeys(["(?<=от\\s)часа(?=\\s+до\\s+полутора)", "час(?=\\s?[-–]\\s?полтора)"], "1"),
    **dict.fromkeys(["(?<=часа\\sдо\\s)полутора(?!\\s+час)", "(?<=час[-–])полтора(?!\\s+час)"], "duration:90min"),
    # «полугодовая гарантия»: 6 months; «годовое продление»: a year, «продление на год»
    **dict.fromkeys(["(?<!\\w)годов(?:ой|ая|ое|ого|ую|ые|ых|ым|ому|ыми)(?!\\w)"], "duration:518400min"),
    **dict.fromkeys(["half\\s+a\\s+year", "полгода", "полугода", "six\\s+months", "полугодов(?:ый|ая|ое|ого|ой|ую|ые|ых|ым|ому)", "half-year"], "duration:259200min"), **dict.fromkeys(["сут(?:ки|ок)"], "duration:1440min"),
    **dict.fromkeys(["двое\\s+суток", "двух\\s+суток"], "duration:2880min"), **dict.fromkeys(["трое\\s+суток", "трёх\\s+суток", "трех\\s+суток"], "duration:4320min"),
    # "three and a half hours", «три с половиной часа»
    **{f"{en}\\s+and\\s+a\\s+half\\s+hours": f"duration:{(n * 2 + 1) * 30}min" for n, en in enumerate(["one", "two", "three", "four", "five"], 1)},
    **{f"{ru}\\s+с\\s+половиной\\s+час(?:а|ов)": f"duration:{(n * 2 + 1) * 30}min" for n, ru in enumerate(["один", "два", "три", "четыре", "пять"], 1)},
    **dict.fromkeys(["half", "половин[аыуеой]", "вдвое", "in\\s+half", "пол(?:цены|стоимости|суммы)"], "fraction:0.5"), **dict.fromkeys(["quarter", "четверт[ьи]", "четвертью"], "fraction:0.25"),
    **dict.fromkeys(["three[- ]quarters", "три\\s+четверти"], "fraction:0.75"),
    **dict.fromkeys(["fully", "in\\s+full", "completely", "полностью", "целиком"], "fraction:1"),  # «заполнен полностью» for «на 100%»
    # "a full refund of your tuition" for "a 100% refund", «полный возврат» for «возврат 100%»
    **dict.fromkeys(["full(?=\\s+(?:refund|reimbursement|price|amount|payment|cost|fee|credit|compensation))",
                     "полн(?:ый|ого|ому|ым|ом|ая|ой|ую|ое)(?=\\s+(?:возврат|возмещени|компенсаци|стоимост|сумм|оплат))"], "fraction:1"),
    **dict.fromkeys(["(?:a\\s+)?quarter\\s+of\\s+an\\s+hour", "четверть\\s+часа"], "duration:15min"),
    **dict.fromkeys(["three[- ]quarters\\s+of\\s+an\\s+hour", "три\\s+четверти\\s+часа"], "duration:45min"),
    **dict.fromkeys([f"(?<={verb}\\s)год" for verb in ("действовал", "действует", "действовать", "длился", "длится", "длиться", "продлится", "займ[её]т")], "duration:518400min"),  # «ваучер действовал год»
    **dict.fromkeys(["an?\\s+fortnight", "fortnight"], "duration:20160min"), **dict.fromkeys([f"{_NOT_RATE}(?:an?\\s+|one[\\s-]+)year", "(?<=на\\s)год", "(?<=течение\\s)года", "(?<=[—–]\\s)год(?=[\\s,.;]|$)", "(?<![\\w-])(?<!этот\\s)(?<!первый\\s)(?<!прошлый\\s)год(?=\\s+(?:работы|действия|обслуживания|использования|подписки))"], "duration:518400min"),  # «гарантия — год»
    **dict.fromkeys(["десят(?:ок|ка|ку|ком|ке)"], "10"), **dict.fromkeys(["(?:a\\s+)?dozen", "дюжин[аыуеой]"], "12"),
    # round thousands in words: «полторы тысячи рублей» for «1 500 ₽»
    **dict.fromkeys(["a\\s+thousand", "one\\s+thousand", "тысяч[аиу]"], "1000"), **dict.fromkeys(["one\\s+and\\s+a\\s+half\\s+thousand", "(?:полтор[аы]|полутора)\\s+тысяч[иа]?"], "1500"),
    **{f"(?:{ru})\\s+с\\s+половиной\\s+тысяч[иа]?": str(n * 1000 + 500) for n, ru in [  # «двенадцать с половиной тысяч рублей»
        (2, "дв[еух]+"), (3, "тр(?:и|[её]х)"), (4, "четыр(?:е|[её]х)"), (5, "пят[ьи]"), (6, "шест[ьи]"), (7, "сем[ьи]"), (8, "восьм?[иь]|восемь"),
        (9, "девят[ьи]"), (10, "десят[ьи]"), (11, "одиннадцат[ьи]"), (12, "двенадцат[ьи]"), (13, "тринадцат[ьи]"), (14, "четырнадцат[ьи]"),
        (15, "пятнадцат[ьи]"), (16, "шестнадцат[ьи]"), (17, "семнадцат[ьи]"), (18, "восемнадцат[ьи]"), (19, "девятнадцат[ьи]"), (20, "двадцат[ьи]")]},
    # a measure and a half: «полтора литра» for «1,5 л»
    **dict.fromkeys(["(?:one\\s+and\\s+a\\s+half|полтор[аы]|полутора)(?=\\s+(?:litres?|liters?|kilos?|kilograms?|metres?|meters?|литр|килограмм|кило|метр)\\w*)"], "1.5"),
    **{f"{en}\\s+thousand|{ru}\\s+тысяч[иа]?": str(n * 1000) for n, en, ru in [(2, "two", "дв[еух]+"), (3, "three", "тр(?:и|[её]х)"), (4, "four", "четыр(?:е|[её]х)"), (5, "five", "пят[ьи]"), (10, "ten", "десят[ьи]")]},
}
TLDS = "com|org|net|io|co|uk|ru|de|fr|ae|app|info|biz|me|eu|us|ca|au|nz|es|it|nl|pl|ua|by|kz|su|рф|shop|store|online|site|tech|dev|ly|gl|gg|tv|travel|aero|example|pro|ch|se|fi|dk|pt|ie|cz|tr|jp|cn|br|mx|ai|cloud|xyz|club|media|space|website|digital|services|group|company|agency|fit|health|clinic|bank|insurance|energy|blog|games|moscow|москва|онлайн|сайт|ge|uz|kg|md|lt|lv|ee|hu|ro|bg|gr|sg|hk|kr|za|fm"
_ABBREVIATED = re.compile(r"(?:\b[a-z]\.){2}$|(?<![\w.])(?:[A-Za-zА-Яа-яЁё]{2,3}|[Ss]ept)\.$|\b(?:г|руб|р)\.$")  # "p.m.", "Mar.", «руб.» keep their point
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТУХаеорсух", "ABEKMHOPCTYXaeopcyx")

# --- patterns, in the order they claim text ---------------------------------------------

_MULTIPLIER = r"тыс\.|тысяч[аиу]?|млн\.?|миллион\w*|thousand|million|k\b|m\b"
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?![\d/])|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
# A path through an app's menus: "Settings → Privacy → Delete account", «Платежи» → «Возврат переплаты»: where the customer
# must click, kept by its labels (a label is quoted, or up to four words, the first one capitalised)
_LABEL = r"(?<!\w)(?:«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|\*\*[^*\n]{1,40}\*\*|(?-i:[A-ZА-ЯЁ])[\w-]*(?:[ \t]+[\w&-]+){0,3}?)"
PATH = re.compile(rf"{_LABEL}(?:[ \t]*(?:→|->|⟶|›|>)[ \t]*{_LABEL})+")
_PATH_STEP = re.compile(r"[ \t]*(?:→|->|⟶|›|>)[ \t]*")
SLOT = re.compile(r"\[[^\[\]\n]{2,40}\]")  # [time frame], [срок]: for the agent to fill, not a fact
URL = re.compile(
    rf"\bhttps?://[^\s<>\"'»)\]]+|\bwww\.[^\s<>\"'»)\]]+|(?<![@\w.-])(?:[a-zа-яё0-9-]+\.)+(?:{TLDS})\b(?:/[^\s<>\"'»)\]]*)?"
    rf"|(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{{2,24}}/[\w-][^\s<>\"'»)\]]*",  # any domain with a path: "falconair.example/claims"
    re.IGNORECASE,
)
TIMEZONES = {"UTC": r"UTC|GMT", "BST": r"BST", "CET": r"CET|CEST", "EST": r"EST|EDT|ET|(?<=[\dmM.]\s)Eastern(?:\s+[Tt]ime)?", "PST": r"PST|PDT|PT|(?<=[\dmM.]\s)Pacific(?:\s+[Tt]ime)?",
             "CST": r"CST|CDT|CT|(?:(?<=[\dmM.]\s)|(?<=noon\s)|(?<=ning\s))Central(?:\s+[Tt]ime)?", "MST": r"MST|MDT|(?<=[\dmM.]\s)MT|(?<=[\dmM.]\s)Mountain(?:\s+[Tt]ime)?", "MSK": r"МСК|мск|по\s+(?:Москве|московскому(?:\s+времени)?)",
             "LOCAL": r"local\s+time|по\s+местному(?:\s+времени)?|местного\s+времени|\((?:местное|local)\)|(?<=\d\s)local", "REGION": r"(?<=\()(?:екб|нск)(?=\))|по\s+[А-Яа-яЁё]+ому\s+времени|время\s+[А-Яа-яЁё]+ое(?=\))|(?<=\()[а-яё]+ое\s+время(?=\))|(?:(?<=\d\s)|(?<=\dч\s)|(?<=\sчасов\s))по\s+[А-ЯЁ][а-яё]+у(?!\w)", "UK": r"UK\s+time|London\s+time"}  # «по калининградскому времени», «(время новосибирское)», «(новосибирское время)», «до 17 часов по Новосибирску»: the region's own word is the value (not «(Новосибирск)», often an address's city); «15:40 (местное)» is local time
_REGION_SHORT = {"екб": "екатеринбург", "нск": "новосибирск"}  # «с 9:00 до 18:00 (екб)» is «по екатеринбургскому времени»
TIMEZONE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{v})" for k, v in TIMEZONES.items()) + r")(?![\w-])")  # a word of its own: not the "ET" of "ETA", the "MT" of "MT-20931-K"
_ANY_MONTH = _names(_EN_MONTHS, _RU_MONTHS) + r"(?![^\W\d_])"
_YEAR_SUFFIX = r"(?:\s*(?:г\.|года?)(?!\w))?"  # «2025 года», «2025 г.»
DATE = re.compile(
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<num>(?P<na>\d{1,2})[./](?P<nb>\d{1,2})[./](?P<ny>\d{4}|\d{2}))(?![\d/]|\.\d)"
    rf"|(?<![\d.,])(?P<d1>\d{{1,2}})(?:st|nd|rd|th|-?(?:го|е))?\s+(?:of\s+)?{MONTH.replace('(?P<m', '(?P<a')}(?:,?\s+(?P<y1>(?:19|20)\d{{2}})(?!\d))?"
    rf"|{MONTH.replace('(?P<m', '(?P<b')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s+{_ANY_MONTH})(?:,?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d))?"  # not «за апрель 18 апреля»
    r")" + _YEAR_SUFFIX,
    re.IGNORECASE,
)
_ORDINAL_STEMS = [  # (n, English, Russian stem before the adjective ending)
    (1, "first", "перв"), (2, "second", "втор"), (3, "third", "трет"), (4, "fourth", "четв[её]рт"), (5, "fifth", "пят"), (6, "sixth", "шест"),
    (7, "seventh", "седьм"), (8, "eighth", "восьм"), (9, "ninth", "девят"), (10, "tenth", "десят"), (11, "eleventh", "одиннадцат"),
    (12, "twelfth", "двенадцат"), (13, "thirteenth", "тринадцат"), (14, "fourteenth", "четырнадцат"), (15, "fifteenth", "пятнадцат"),
    (16, "sixteenth", "шестнадцат"), (17, "seventeenth", "семнадцат"), (18, "eighteenth", "восемнадцат"), (19, "nineteenth", "девятнадцат"),
    (20, "twentieth", "двадцат"), (30, "thirtieth", "тридцат"),
]
_RU_ORDINAL_ENDING = "(?:ое|ого|ому|ье|ьего|ьему|ий)"  # «первое», «тридцатого», «к двадцатому», «третье», «третьего»
ORDINAL_DAYS = {
    **{f"{en}|{ru}{_RU_ORDINAL_ENDING}": n for n, en, ru in _ORDINAL_STEMS},
    **{f"{tens_en}[- ]{en}|{tens_ru}\\s+{ru}{_RU_ORDINAL_ENDING}": tens + n for tens, tens_en, tens_ru in ((20, "twenty", "двадцать"), (30, "thirty", "тридцать"))
       for n, en, ru in _ORDINAL_STEMS[:9] if tens + n <= 31},
}
_ORDINAL_DAY = "(?:" + "|".join(f"(?P<o{n}>{w})" for w, n in sorted(ORDINAL_DAYS.items(), key=lambda kv: -kv[1])) + ")"
DATE_IN_WORDS = re.compile(
    rf"(?<!\w)(?:the\s+)?{_ORDINAL_DAY}\s+(?:of\s+|(?<=[а-яё]\s)){MONTH.replace('(?P<m', '(?P<a')}|{MONTH.replace('(?P<m', '(?P<b')}\s+(?:the\s+)?{_ORDINAL_DAY.replace('(?P<o', '(?P<q')}(?!\w)",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r",?\s+(?P<y>(?:19|20)\d{2})(?!\d)" + _YEAR_SUFFIX, re.IGNORECASE)  # a date in words' year, as DATE reads one
SLASHED_DAY = re.compile(r"(?<![\d/.])(?P<a>\d{2}|\d(?=/\d{2}))/(?P<b>\d{1,2})(?![\d/%]|\.\d)")  # "12/12", "3/12": not "3/4"
# A time of day in words: «в 11 утра», «к четырём часам дня», «на час дня», "at six in the evening" (after its preposition: «через 3 дня», «на 3 дня» are days)
_HOUR_WORDS = {1: "одн\\w*|час(?:у|а|ом)?", 2: "дв(?:а|ух|ум|умя)", 3: "тр(?:и|[её]х|[её]м|емя)", 4: "четыр(?:е|[её]х|[её]м|ьмя)", 5: "пят(?:ь|и|ью)", 6: "шест(?:ь|и|ью)", 7: "сем(?:ь|и|ью)",
               8: "восемь|восьми|восемью|восьмью", 9: "девят(?:ь|и|ью)", 10: "десят(?:ь|и|ью)", 11: "одиннадцат(?:ь|и|ью)", 12: "двенадцат(?:ь|и|ью)",
               13: "one", 14: "two", 15: "three", 16: "four", 17: "five", 18: "six", 19: "seven", 20: "eight", 21: "nine", 22: "ten", 23: "eleven", 24: "twelve"}
_HOUR = "(?:(?P<hd>[01]?\\d|2[0-3])|" + "|".join(f"(?P<t{n}>{w})" for n, w in _HOUR_WORDS.items()) + ")"
TIME_IN_WORDS = re.compile(
    rf"(?<!срок\s)(?<!сроком\s)(?<!раз\s)(?<!\w)(?:(?:в|к|до|с|по|после|около|позже|позднее|раньше|на(?=\s+\S+\s+(?:вечера|утра)|\s+\S+\s+час(?:а|ов)?\s+(?:дня|вечера|утра)|\s+час\s+(?:дня|ночи))|at|by|from|to|until|till|after|before|around|about|between|and)\s+|(?<=day,\s)|(?<=days,\s)){_HOUR}(?:\s+час(?:а|ов|ам|у)?|\s+o'clock)?\s+(?:(?P<ru>утра|дня|вечера|ночи)|(?:in\s+the\s+|at\s+(?=night))(?P<en>morning|afternoon|evening|night))(?!\w)",
    re.IGNORECASE,
)
# A range whose end says the part of the day for both: «с 2 до 6 часов дня» is 14:00–18:00, «между часом и пятью утра» 01:00–05:00,
# «с 7:30 до 9 вечера» 19:30–21:00
HOUR_RANGE_PART = re.compile(
    rf"(?<!\w)(?:с|со|между|from|between)\s+(?P<a>[01]?\d|2[0-3]|[a-zа-яё]+)(?:[:.](?P<am>[0-5]\d))?\s+(?:до|и|to|and)\s+"
    rf"(?={_HOUR}(?:[:.](?P<bm>[0-5]\d))?(?:\s+час(?:а|ов|ами|ам)?)?\s+(?:(?P<ru>утра|дня|вечера|ночи)|(?:in\s+the\s+|at\s+(?=night))(?P<en>morning|afternoon|evening|night))(?!\w))",
    re.IGNORECASE,
)
# A range's bare first hour before a clock time: «между 9 и 10:30», "from 9 to 10:30" start at 09:00; "between 2 and 4:30 pm" at 14:00
CLOCK_END_RANGE = re.compile(r"(?<!\w)(?:с|со|между|from|between)\s+(?P<a>[01]?\d|2[0-3])\s+(?:до|и|to|and|until|till)\s+(?=(?P<bh>[01]?\d|2[0-3])[:.][0-5]\d(?!\d)\s*(?P<pm>p\.?\s?m\b\.?|(?:часов\s+)?(?:дня|вечера)(?!\w))?)", re.IGNORECASE)
# The end of a range after a time in words, its part of the day unsaid: «с пяти вечера до одиннадцати», "from six in the evening to ten"
RANGE_END_HOUR = re.compile(rf"\s*(?:[-–—]|до|и|to|until|till|and)\s+{_HOUR}(?!\s*(?:[:.]\d|час|утра|дня|вечера|ночи|in\s+the|at\s+night|[ap]\.?m))(?![\w:])", re.IGNORECASE)
# ...or the hour said instead of it, in the same part of the day: «в шесть вечера вместо семи» is seven in the evening
INSTEAD_HOUR = re.compile(rf"\s*,?\s*(?:вместо|а\s+не|instead\s+of|rather\s+than)\s+{_HOUR}(?!\s*(?:[:.]\d|час|утра|дня|вечера|ночи|in\s+the|at\s+night|[ap]\.?m))(?![\w:])", re.IGNORECASE)
# A number written in words, as a run of number words: "one hundred and forty-five", «две тысячи четыреста пятьдесят»
# (its value from number-parser); with a currency word after it, an amount: "thirty-five pounds", "sixty-eight pounds fifty"
_EN_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
)
_RU_NUMBER_WORDS = (
    "один|одна|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать"
    "|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят"
    "|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяча|тысячи|тысяч|тысячу"
    # and in the other cases: «возврат двенадцати тысяч четырёхсот пятидесяти рублей»
    "|одного|одной|одному|одним|одном|двух|двум|двумя|тр[её]х|тр[её]м|тремя|четыр[её]х|четыр[её]м|четырьмя|восьми|восемью|восьмью"
    "|(?:пят|шест|сем|девят|десят|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат|двадцат|тридцат)(?:и|ью)"
    "|сорока|девяноста|ста|(?:пяти|шести|семи|восьми)десяти|(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти)(?:сот|стах)"
    "|(?:двум|тр[её]м|четыр[её]м|пяти|шести|семи|восьми|девяти)стам|тысячам|тысячами|тысячах|тысячей|тысячью"
)
_NUMBER_WORD_ONE = rf"(?:{_EN_NUMBER_WORDS}|{_RU_NUMBER_WORDS})"
_SPELLED = rf"{_NUMBER_WORD_ONE}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD_ONE})*"
_SPELLED_RUN = rf"{_NUMBER_WORD_ONE}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD_ONE})+"  # two words or more
_CURRENCY_WORDS = "|".join(f"(?P<s{c}>{p})" for c, p in CURRENCIES.items())
SPELLED_MONEY = re.compile(  # (after a number, «5 тысяч рублей», only from a number word of its own: «заказу № 58314 две тысячи рублей»)
    rf"(?<![\w-])(?<!полторы\s)(?<!полтора\s)(?<!полутора\s)(?<!половиной\s)(?:(?<!\d\s)|(?!тысяч|thousand|миллион|million))(?P<n>{_SPELLED})[\s-]+(?:[а-яё]+(?:ых|их)\s+)?(?P<cur>{_CURRENCY_WORDS})(?:\s+(?P<minor>{_SPELLED}))?(?![\w-])",
    re.IGNORECASE,
)
# A number in words of more than one word, or one of those the readings below do not know ("forty-two", "fourteen")
SPELLED_NUMBER = re.compile(rf"(?<![\w-])(?<!полторы\s)(?<!полтора\s)(?<!полутора\s)(?<!половиной\s)(?:{_SPELLED_RUN}|(?!(?:{'|'.join(NUMBER_WORDS)})(?![\w-])){_SPELLED})(?![\w-])", re.IGNORECASE)
# A duration in number words: "thirty-five minutes", «двадцать пять минут» (its value from number-parser)
SPELLED_DURATION = re.compile(rf"(?<![\w-])(?P<n>{_SPELLED})[\s-]+(?P<unit>{'|'.join(f'(?P<u{k}>{v})' for k, v in UNITS.items())})(?!\w)(?!\s+off\b)", re.IGNORECASE)
# Half past in Russian: «в полвосьмого» is 7:30 (or 19:30), «полпервого» 12:30
_RU_HALF_HOURS = {"первого": 0, "второго": 1, "третьего": 2, "четв[её]ртого": 3, "пятого": 4, "шестого": 5, "седьмого": 6, "восьмого": 7, "девятого": 8, "десятого": 9, "одиннадцатого": 10, "двенадцатого": 11}
RU_HALF_PAST = re.compile(r"(?<!\w)(?:пол-?|половин[аеуы]\s+)(?:" + "|".join(f"(?P<h{n}>{w})" for w, n in _RU_HALF_HOURS.items()) + r")(?:\s+(?P<part>утра|дня|вечера|ночи))?(?!\w)", re.IGNORECASE)
# «без десяти семь» is 6:50 (or 18:50)
_RU_TO_MINUTES = {"пяти": 5, "десяти": 10, "пятнадцати": 15, "четверти": 15, "двадцати": 20, "двадцати пяти": 25}
_RU_CLOCK_HOURS = {w: n for n, w in enumerate("час два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать".split(), 1)}
_HALF_RANGE_START = re.compile(r"(?<!\w)(?:с|со|от|между)\s+(?P<a>[01]?\d|[а-яё]+)\s+(?:до|и)\s+$", re.IGNORECASE)
RU_TO_HOUR = re.compile(r"(?<!\w)без\s+(?P<m>двадцати\s+пяти|пяти|десяти|пятнадцати|четверти|двадцати)\s+(?P<h>" + "|".join(_RU_CLOCK_HOURS) + r")(?:\s+(?P<part>утра|дня|вечера|ночи))?(?!\w)", re.IGNORECASE)
_CLOCK_HOURS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
# A bare hour an event starts or ends at: "the show starting at 8", "doors open at 7" (either half of the day)
EVENT_HOUR = re.compile(r"\b(?:start\w*|begin\w*|begins|open\w*|clos\w*|finish\w*|end\w*|kicks?\s+off|doors)\s+(?:at\s+)?(?:around\s+|about\s+)?(?P<h>1[0-2]|[1-9])(?!\w|[:.,]\d|\s*(?:[ap]\.?m|%|o'clock))(?!\s+(?:people|guests|seats|items|minutes?|hours?|days?|weeks?|months?|years?|times|of|km|kms|miles?|kilomet\w+|kg|kilos?|litres?|liters?|gb|mb|pounds|euros|dollars|per\s*cent|percent)\b)"
    r"|\b(?:until|till|since)\s+(?P<h2>1[0-2]|[1-9])(?=\s*(?:[.,;!?](?!\d)|$)|\s+(?:and|but|or)\b)"
    r"|(?<!\w)(?:начн[её]тся|начинается|начало|откро[ею]тся|открывается|открытие|закро[ею]тся|закончится|заканчивается)\s+в\s+(?:(?P<h3>1[0-2]|[1-9])|(?P<hw>" + "|".join(_RU_CLOCK_HOURS) + r"))(?!\s*(?:[:.]\d|час|утра|дня|вечера|ночи))(?!\w)"
    r"|\b(?:(?P<h4>1[0-2]|[1-9])|(?P<ew>" + "|".join(_CLOCK_HOURS) + r"))\s*o'clock\b(?!\s+(?:in\s+the|at\s+night))"  # "your 3 o'clock meeting"
    r"|\b(?:meeting|appointment|class|lesson|session|interview|viewing|shift)\s+at\s+(?P<h5>1[0-2]|[1-9])(?!\w|[:.,]\d|\s*(?:[ap]\.?m|%)|\s+(?-i:[A-Z]))", re.IGNORECASE)  # "the room wasn't ready until 6.", "your meeting at 3"
# EVENT_HOUR's hours said the way a customer says them ("3 o'clock", "the meeting at 3"): also the bare number they wrote
_SAID_HOUR = ("h4", "ew", "h5")
# A visit's window after its day: "Thursday 13 March, between 8 and 12", «завтра, 7 ноября, с 8 до 12» (either half of the day)
DAY_HOURS = re.compile(r"(?<!\w)(?:с|from|between)\s+(?P<a>[01]?\d|2[0-3])\s+(?:до|to|and|till|until)\s+(?P<b>[01]?\d|2[0-4])(?=\s*(?:[,;)!\n—–-]|[.:](?!\d)|$))", re.IGNORECASE)  # not "to 11:30": its minutes
# What may stand between a day and what it dates: "Thursday 13 March, between 8 and 12", "the end of the day on Friday"
NEXT_TO_DAY = re.compile(r"[\s,—–-]*(?:(?:on|of)\s+)?")
# Hours joined by «с … до … часов», «между … и … часами», in digits or words: «с девяти до двенадцати часов» is 09:00–12:00
_RU_HOUR = r"(?:[01]?\d|2[0-3]|[а-яё]+(?:\s+[а-яё]+)?)"
# (or a window's hours with a dash: «в интервале 9–13 часов»)
RU_HOUR_RANGE = re.compile(
    rf"(?<!\w)(?:(?:с|со|между)\s+(?P<a>{_RU_HOUR})\s+(?:до|и)\s+(?P<b>{_RU_HOUR})|(?:в\s+)?(?:интервал\w*|промежут\w*|окн[оеа])\s+(?P<c>[01]?\d|2[0-3])\s*[–—-]\s*(?P<d>[01]?\d|2[0-4]))\s+(?:час(?:а|ов|ами)|ч\b\.?)(?!\w)",
    re.IGNORECASE,
)
# A clock time in words: "ten past seven", "half past eight", "a quarter to twelve" (either half of the day, unless it is said;
# a range's end too, "Monday to Friday, half past nine to half past five"; "half seven" is 7:30 as the British say it)
_CLOCK_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
CLOCK_IN_WORDS = re.compile(
    r"\b(?:(?:at|by|from|until|till|to|around|about|before|after|between|and)\s+|(?<=day,\s)|(?<=days,\s))(?:(?P<m>(?:a\s+)?quarter|half|five|ten|twenty|twenty-five)\s+(?P<dir>past|to)|(?P<half>half))\s+(?P<h>" + "|".join(_CLOCK_HOURS) + r")"
    r"(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+night|(?P<ap>[ap]\.?m\.?)))?(?![\w-])",
    re.IGNORECASE,
)
MONTH_ONLY = re.compile(
    rf"\b(?:{MONTH}|" + "|".join(f"(?P<m{i}>{stem}(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими))" for i, stem in enumerate(_RU_MONTH_ADJECTIVES, 13)) + r")(?:\s+(?P<y>\d{4}))?(?!\w)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{MONTH})\s+$", re.IGNORECASE)
NUMERIC_MONTH = re.compile(r"(?<![\d.,/])(?P<mm>0[1-9]|1[0-2])[./](?P<y>20\d\d)(?![\d.,/]|\.\d)")
# "the 28th", «20-го», «20 числа»: a day of the month; a full date stands for its day too
DAY_OF_MONTH = re.compile(
    r"(?<=\bthe\s)(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?![\s-]+(?:floor|level|line|page|item|attempt|time|row|gate|platform|stop|try|place|position|century|anniversary|birthday|customer|caller|person))"
    r"|(?<![\w.,])(?P<d4>[12]?\d|3[01])(?:st|nd|rd|th)(?=\s+of\s+(?:each|every|the|this|next)\s+month)"
    r"|(?<![\d.,])(?P<d2>[12]?\d|3[01])(?:-?(?:го|е|ого))?\s+числ[оа]\b|(?<![\d.,])(?P<d3>[12]?\d|3[01])-(?:го|е|му|м)(?!\w)(?!\s+(?:этаж\w*|мест\w*|подъезд\w*|класс\w*|ряд\w*|раз\w*))",
    re.IGNORECASE,
)
EVERY_MONTH = re.compile(r"\s+of\s+(?:each|every)\s+month|\s+(?:числа\s+)?каждого\s+месяца", re.IGNORECASE)
EVERY_MONTH_BEFORE = re.compile(r"(?:каждое|каждого|каждому|every|each)\s+(?:the\s+)?$|(?:каждый\s+месяц|ежемесячно|(?:every|each)\s+month|monthly)(?:\s+on)?(?:\s+the)?\s+$", re.IGNORECASE)  # «каждое 15-е число», «каждый месяц 25-го»
# "the first of every month": a day of the month in words, told as a schedule
_OF_THE_MONTH = re.compile(r"\s+of\s+the\s+month\b", re.IGNORECASE)
MONTHLY_IN_WORDS = re.compile(rf"(?<!\w)(?:the\s+)?{_ORDINAL_DAY}(?=\s+of\s+(?:each|every|the)\s+month)", re.IGNORECASE)  # "the first of the month" in a schedule
# where an English text writes a day and month with a point: after "on", before a time of the clock, not before "pm"
_CLOCK_AFTER = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d{2}\b")
_AM_PM = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
_ON_DATE = re.compile(r"\b(?:on|by|until|till|from|since)\s+$", re.IGNORECASE)
# «до 12.03», «с 05.11»: a day and month without the year, as Russian writes dates (read as a time, too, for «в 12.30»)
DAY_MONTH = re.compile(rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?<![\d.,])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2])(?![\d%]|[.,]\d)", re.IGNORECASE)
WEEKDAY_ONLY = re.compile(rf"(?<!\w){WEEKDAY}", re.IGNORECASE)
# The first day of a range that shares the month of its end: "10" in «с 10 по 24 июня», "from 10 to 24 June", "10–24 June"
_NIGHT_FROM = re.compile(r"(?<!\w)со?\s+$", re.IGNORECASE)
_ANY_WEEKDAY = _names(_EN_DAYS, _RU_DAYS) + r"\b\.?"
# "12–16 May", «со 2 на 3 июня», "Monday 12 – Friday 16 May" (the second day's weekday between)
DAY_RANGE = re.compile(rf"(?<![\w.,:])(?<!\d\sдо\s)(?<!\d\sto\s)(?<!\d[-–]\s)(?P<a>[12]?\d|3[01])\s*(?:-|–|—|to|until|till|through|and|or|по|до|и|или|на)\s*(?:{_ANY_WEEKDAY},?\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}", re.IGNORECASE)
# Dates listed under one month: "18, 20 and 22 February", «18, 20 и 22 февраля» (the days before the last), "February 18 and 20",
# "August 8–9" (after the first)
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
DAYS_BEFORE_MONTH = re.compile(rf"(?<![\w.,:])(?P<days>{_DAY}(?:\s*,\s*{_DAY})+)(?:\s*,?\s*(?:and|&|or|и|или)\s+|\s*,\s*){_DAY}\s+(?:of\s+)?{MONTH}", re.IGNORECASE)
# ...or after it: «Свободные даты в июле: 6, 13 и 14», "free dates in July: 6, 13 and 14"
DAYS_UNDER_MONTH = re.compile(rf"\b(?:in|в|во)\s+{MONTH}\s*[:—–]\s*(?P<days>{_DAY}(?:\s*,\s*{_DAY})*(?:\s*,?\s*(?:and|&|or|и|или)\s+{_DAY})?)(?=\s*(?:[.;!?)\n](?!\d)|,\s|$))", re.IGNORECASE)
DAYS_AFTER_MONTH = re.compile(
    rf"\b{MONTH}\s+{_DAY}(?P<days>(?:\s*,\s*{_DAY})*(?:\s*,?\s+(?:and|or|&|to|through|till|until)\s+|\s*[-–—]\s*)(?:the\s+)?{_DAY})"
    r"(?!\d|[:.,]\d|\s*(?:%|[ap]\.?m\b|hours?\b|hrs?\b|minutes?\b|mins?\b|days?\b|weeks?\b|wks?\b|months?\b|mths?\b|years?\b|yrs?\b|people\b|guests\b|adults\b|children\b|items\b|times\b))",
    re.IGNORECASE,
)
# The first part of a compound a number makes, per number (``compare`` reads the English ones: "a three-tier cake");
# a Russian compound that starts with one is a number: «четырёхместная» for «4-местная», «двухкомнатная»
COMPOUND_FIRST = {"1": ("одно", "one"), "2": ("двух", "two"), "3": ("тр[её]х", "three"), "4": ("четыр[её]х", "four"), "5": ("пяти", "five"),
                  "6": ("шести", "six"), "7": ("семи", "seven"), "8": ("восьми", "eight"), "9": ("девяти", "nine"), "10": ("десяти", "ten"),
                  "11": ("одиннадцати", "eleven"), "12": ("двенадцати", "twelve"), "14": ("четырнадцати", "fourteen"), "15": ("пятнадцати", "fifteen"),
                  "20": ("двадцати", "twenty"), "30": ("тридцати", "thirty"), "40": ("сорока", "forty"), "50": ("пятидесяти", "fifty")}
COMPOUND_PREFIXES = {ru.replace("[её]", "е"): n for n, (ru, _) in COMPOUND_FIRST.items()}
COMPOUND_WORD = re.compile(r"(?<![\w-])(?P<p>" + "|".join(ru for ru, _ in COMPOUND_FIRST.values()) + r")(?P<w>(?!десят)[а-яё]{4,})", re.IGNORECASE)  # (not «пятидесяти»: a number)
# A number word and a unit: "two days" for "48 hours", «три недели» (a reading: it keeps a duration, never adds one)
DURATION_WORD = re.compile(
    r"(?<!\w)(?P<w>" + "|".join(w for w, v in NUMBER_WORDS.items() if v.isdigit() and int(v) > 1 and not w.startswith(("first", "second", "third")) and "(?:" not in w)
    + rf")[\s-]+(?P<unit>{'|'.join(f'(?P<u{k}>{v})' for k, v in UNITS.items())})(?!\w)",  # "two days", "a one-hour slot"
    re.IGNORECASE,
)
END_OF = re.compile(
    rf"\b(?:the\s+)?end\s+of\s+{MONTH.replace('(?P<m', '(?P<e')}|(?<!\w)конц[аеу]\s+{MONTH.replace('(?P<m', '(?P<f')}"
    r"|(?P<year>\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b|(?<!\w)конц[аеу]\s+(?:этого\s+)?года(?!\w))",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_MONTH_ALIKE = {"this month": "end of month", "end of month": "this month"}
RELATIVE_DAY = re.compile(r"\b(?:" + "|".join(f"(?P<{k.replace(' ', '_')}>{v})" for k, v in RELATIVE.items()) + r")\b", re.IGNORECASE)
# («полудня» is noon after a preposition, «до полудня»; else half a day: «стоимость полудня аренды»)
_NOON_WORDS = r"noon|midday|midnight|полдень|полночь|(?:(?<=\bдо\s)|(?<=\bпосле\s)|(?<=\bс\s)|(?<=\bк\s)|(?<=\bот\s)|(?<=\bоколо\s))полудн[яюе]|полуднем|полднем|полуноч[иь]|полуночью"
_NOON = re.compile(_NOON_WORDS, re.IGNORECASE)
TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?!\w)"
    r"|\b(?P<h2>[01]?\d|2[0-3]|24(?=:00)):(?P<mm2>[0-5]\d)(?!\d)"  # "24:00" is midnight
    rf"|(?:(?<=\bat\s)|(?<=\bв\s)|(?<=\bс\s)|(?<=\bдо\s)|(?<=\bк\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\btill\s)|(?<=[-–])|(?<![\d.])(?=(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:to|until|till|[-–])\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\b))(?P<h4>[01]?\d|2[0-3])\.(?P<mm4>[0-5]\d)(?!\d|\.\d|\s?%|\s?(?:(?-i:{'|'.join(CURRENCIES)})\b|₽|руб|€|£|\$))"  # not "stays at 18.50 GBP": money
    rf"|\b(?P<noon>{_NOON_WORDS})\b"
    r"|(?:(?<=\bдо\s)|(?<=\bс\s)|(?<=\bв\s)|(?<=\bк\s)|(?<=\bпосле\s)|(?<=\bот\s)(?=(?:[89]|1\d|2[0-3])\s+час))(?<!срок\sв\s)(?<!сроком\sв\s)(?:(?<!\bот\s\d\sдо\s)|(?![1-6]\s))(?P<h3>[01]?\d|2[0-3])\s+час(?:а|ов)?(?!(?:\s+[0-5]?\d\s+минут\w*)?\s+(?:ожидани|езды|пути|простоя|задержки))(?:\s+(?P<mm3>[0-5]?\d)\s+минут[аыу]?)?(?!\w)",  # «в 22 часа 10 минут», not «после 1 часа 40 минут ожидания» nor «от 2 до 3 часов» (a length)
    re.IGNORECASE,
)
_EN_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"  # "Mon", "Tues", "Thursday"
# A clock written with "h", as French and others write it: "Mon–Fri, 10h–19h", "at 14h30", "from 9h30", «с 10h до 19h»
H_CLOCK = re.compile(r"(?<![\w.:])(?:(?P<a>[01]?\d|2[0-3])h(?P<am>[0-5]\d)?\s*[-–—]\s*(?P<b>[01]?\d|2[0-3])h(?P<bm>[0-5]\d)?|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bв\s)|(?<=\bс\s)|(?<=\bдо\s)|(?<=\bк\s)|(?<=\dh\d\d\sor\s)|(?<=\dh\d\d\sand\s)|(?<=\dh\d\d\sили\s)|(?<=\dh\d\d\sи\s))(?P<c>[01]?\d|2[0-3])h(?P<cm>[0-5]\d)?)(?!\w)(?!\s?\d{1,2}\s?m(?:ins?)?\b)", re.IGNORECASE)  # (not "delayed by 5h 10m")
# Opening hours without am/pm: "Mon–Thu 9–5", "weekdays between 9 and 5", "Monday to Saturday from 9 to 5:30" are 9 am to 5 pm (5:30 pm)
HOURS = re.compile(rf"\b(?:{_EN_WEEKDAY}\.?\s*(?:[-–]|\bto\b)\s*{_EN_WEEKDAY}\.?|daily|weekdays|open)\s*,?\s+(?:between\s+|from\s+)?(?P<a>\d{{1,2}})(?::(?P<am>[0-5]\d))?(?:\s*[-–]\s*|\s+(?:to|till|until|and)\s+)(?P<b>\d{{1,2}})(?::(?P<bm>[0-5]\d))?(?![\d:]|\.\d|\s*[ap]\.?m)", re.IGNORECASE)
CLOCK_HOURS = re.compile(r"(?<![\d:.])(?P<a>\d{1,2}):(?P<am>\d{2})\s*[-–]\s*(?P<b>\d{1,2}):(?P<bm>\d{2})(?![\d:]|\s*[ap]\.?m)", re.IGNORECASE)
TIME_RANGE = re.compile(r"(?<![\w:.])(?P<a>\d{1,2})(?:[:.](?P<am>[0-5]\d))?\s*(?:-|–|—|to|and)\s*(?P<b>\d{1,2})(?:[:.](?P<bm>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?!\w)", re.IGNORECASE)  # "6–8.30pm" (not the "9 to 7pm" of "booking QX4T9 to 7pm")
MONEY = re.compile(
    "|".join(
        [
            rf"(?<![^\W\d_])(?P<pre>{'|'.join(f'(?P<p{c}>{p})' for c, p in CURRENCIES.items())})\s?(?P<n1>{_NUM})(?:\s?(?P<x1>{_MULTIPLIER}))?(?!\w)",
            rf"(?:(?P<mil>\d{{1,3}})\s?(?:млн\.?|миллион\w*)\s+(?=\d))?(?P<n2>{_NUM})\s?(?:(?P<x2>{_MULTIPLIER})\s?)?(?P<post>{'|'.join(f'(?P<s{c}>{p})' for c, p in CURRENCIES.items())})(?![a-zа-я])",
        ]
    ),
    re.IGNORECASE,
)
# An amount in minor units alone: "24.86p per kWh" is £0.2486, «47 копеек» 0,47 ₽ (not "1080p", a screen's)
MINOR_MONEY = re.compile(r"(?<![\w.,])(?P<n>\d{1,2}(?:[.,]\d{1,3})?)\s?(?:(?P<GBP>p|pence)|(?P<USD>cents?|¢)|(?P<RUB>коп(?:еек|ейки|ейка|\.)?))(?![^\W\d_])", re.IGNORECASE)
_MINOR = re.compile(r"\s?(?P<n>\d{1,2})\s?(?:коп(?:еек|ейки|ейка)?\.?|cents?|c\b|p\b)", re.IGNORECASE)
PERCENT = re.compile(rf"(?P<n>{_NUM})\s?%|(?P<n2>{_NUM})(?:\s+|-)(?:percent|per\s+cent|процент\w*)", re.IGNORECASE)  # "a 5-percent fee", «5-процентная»
SPELLED_PERCENT = re.compile(rf"(?<![\w-])(?P<n>{_SPELLED})[\s-]+(?:percent|per\s+cent|процент\w*)(?!\w)", re.IGNORECASE)  # "eighty per cent", «восемьдесят процентов»
DURATION = re.compile(rf"(?P<n>{_NUM})(?:-|\s)?(?:(?:free|extra|additional|more|further|бесплатн\w+|дополнительн\w+|лишн\w+)\s+)?(?P<unit>{'|'.join(f'(?P<u{k}>{v})' for k, v in UNITS.items())})(?!\w)(?!\s+off\b)", re.IGNORECASE)
# a Russian rough duration, the number after its unit: «минут сорок», «часа два», «дня три», «минут за десять»
RU_ROUGH_DURATION = re.compile(
    r"(?<!\d\s)(?<!\w)(?P<unit>(?P<uminute>минут)|(?P<uhour>часа|часов)|(?P<uday>дня|дней)|(?P<uweek>недели|недель))\s+(?:(?:за|через|на|около)\s+)?(?P<n>\d{1,2}|два|две|три|четыре|пять|десять|пятнадцать|двадцать|тридцать|сорок|пятьдесят)(?!\w|[.,:]\d|\s+(?:минут|час|дн|недел|раз))",
    re.IGNORECASE,
)
# "24/7", and words of the trade spelt with a digit ("2FA", "4G", "3D Secure", "A4 paper", "a 3-in-1 tap"), a year's quarter ("your Q4
# payment"): no number, no code of a case
IDIOM = re.compile(r"\b24/7\b|\b24x7\b|(?<![\w-])\d-in-\d(?![\w-])|(?<![\w-])(?:2FA|3DS|2D|3D|2G|3G|4G|5G|4K|8K|MP3|MP4|A3|A4|A5|B2B|B2C|P2P|CO2|H2O|Q[1-4])(?![\w-])")
# "1. Booking HX-77310 …", "To reset: 1) email …, 2) include …", "you can choose: (1) rebook … or (2) a refund", "Option 1, cash:",
# «Вариант 2: вернуть деньги»: a list's number is no fact
LIST_MARKER = re.compile(
    r"^[ \t]*\d{1,2}[.)](?=[ \t])|(?:(?<=[:;,.!?][ \t])|(?<=\bor[ \t])|(?<=(?<!\w)или[ \t]))[1-9]\)(?=[ \t])|(?:^[ \t]*|(?<=[:;,.][ \t])|(?<=\bor[ \t])|(?<=\band[ \t])|(?<=(?<!\w)или[ \t])|(?<=(?<!\w)и[ \t]))\([1-9]\)(?=[ \t])"  # not "the buttonholes (6)"
    r"|(?:^[ \t]*|(?<=[.!?]\s))(?:option|step|choice|stage|вариант|шаг|способ|этап)\s+[1-9](?=\s*[:—–,-])",  # not a phone menu's "option 3"
    re.MULTILINE | re.IGNORECASE,
)
# A list's own count and an item named by its number, in a text that numbers its items 1…n: "there are 3 options:" before
# (1)–(3), "if we don't hear from you, we'll send option 1" («есть 3 варианта:», «выберем вариант 2»): the list's shape, no fact
LIST_COUNT = re.compile(r"(?<![\w.,])(?P<n>[2-9])\s+(?:options|choices|ways|possibilities|вариант\w*|способ\w*)(?=[^.!?\n]{0,30}:)", re.IGNORECASE)
_PHONE_MENU = re.compile(rf"(?:{pii.PHONE.pattern})\)?[,;]?\s*\(?$|\b(?:press|dial|menu)\b[^.!?\n]*$|(?<!\w)(?:нажмите|меню|добавочн\w*)[^.!?\n]*$", re.IGNORECASE)  # "0300 123 4567, option 2": a phone menu's
LIST_REF = re.compile(r"\b(?:option|choice)\s+(?:no\.?\s*|number\s+|#)?(?P<n>[1-9])(?![\w,]|\.\d)|(?<!\w)(?:вариант\w*|пункт\w*)\s+(?:№\s*)?(?P<r>[1-9])(?![\w,]|\.\d)", re.IGNORECASE)
# How often or when a service runs: "seven days a week", "around the clock", «круглосуточно», «без выходных»
SCHEDULE = re.compile(
    r"(?P<all>(?:\b24/7\b|\b24x7\b|\b24\s+hours\s+a\s+day\b|\b(?:open|staffed|available|manned|answered)\s+24\s+hours(?:\s+a\s+day)?\b|(?<!day\s)\(24\s+hours\)|\baround\s+the\s+clock\b|\b24-hour\s+(?:help\s*line|hotline|phone\s+line|line|support|service|desk|team|assistance)\b|\bround[- ]the[- ]clock\b|(?<!\w)круглосуточн\w*|(?<!\w)24\s+часа\s+в\s+сутки|(?<!\w)(?:лини\w+|телефон\w*|служб\w+|поддержк\w+|диспетчерск\w+|центр\w*|офис\w*)\s+(?:[\w-]+\s+)?(?:работа(?:ет|ют)|открыт\w*|доступ\w+|на\s+связи)\s+24\s+часа|(?<!\w)открыт[аоы]?\s+24\s+часа(?!\s+(?:в\s+(?:неделю|месяц)|подряд))(?!\w))"
    r"(?:,?\s+(?:and\s+|и\s+)?(?:(?:7|seven)\s+days\s+a\s+week|7\s+дней\s+в\s+неделю|без\s+выходных))?)"  # "24 hours a day, 7 days a week" is one schedule
    r"|(?P<daily>(?:\b(?:from\s+)?|(?<!\w)с\s+)(?:mon(?:day)?|пн|понедельник\w*)\.?\s*(?:[-–—]|to|through|thru|until|till|по|до)\s*(?:sun(?:day)?|вс|воскресень\w*)(?!\w)\.?|\bseven\s+days\s+a\s+week\b|\b7\s+days\s+a\s+week\b|(?<=[ap]m,\s)(?:7|seven)\s+days(?=\s*\))|\bevery\s+day\s+of\s+the\s+week\b|(?<!\w)без\s+выходных|(?<!\w)ежедневно|(?<!\w)каждый\s+день\s+недели|(?<!\w)в\s+любой\s+день(?!\s+(?:до|по)\s)|(?<!\w)(?<!за\s)каждый\s+день|\bany\s+day\s+of\s+the\s+week\b|\bany\s+day(?=,?\s+(?:(?:between|from)\s+)?\d)|(?<!\bfor\s)\b(?:every|each)\s+day\b(?!\s+without\b)|\bdaily\b(?!\s+(?:standing\s+)?(?:charge|rate|fee|limit|allowance|cap|price|cost)))"  # not "the 38p daily standing charge", "for every day without heating": a price
    r"|(?P<weekdays>(?:\b(?:from\s+)?|(?<!\w)с\s+)(?:mon(?:days?)?|пн|понедельник\w*)\.?\s*(?:[-–—]|to|through|thru|until|till|по|до)\s*(?:fri(?:days?)?|пт|пятниц\w*)(?!\w)\.?|\bon\s+(?:a\s+)?weekdays?\b|\bweekdays\s+only\b|\b(?:any|every)\s+weekday\b|(?<!\w)по\s+будн(?:ям|им\s+дням)|(?<!\w)в\s+будни(?:е\s+дни)?|(?<!\w)(?:в|на)\s+любой\s+будний\s+день|(?<!\w)по\s+рабочим\s+дням|(?<!\w)в\s+рабочие\s+дни|\bon\s+(?:working|business)\s+days\b|(?<!\w)будни(?=\s*[,:]?\s*(?:с\s+)?\d)|\bweekdays(?=\s*[,:]?\s*(?:from\s+)?\d)|(?:(?<=\d\s)|(?<=\d[ap]m\s)|(?<=\d\s[ap]m\s))(?:weekdays|будни)(?=\s*(?:[),.;]|and\s|и\s))|(?<=[ap]m\s)weekdays(?=\s*(?:[),.;]|and\s)))"  # "(open 8 am–7 pm weekdays)", "open 9:00–17:30 weekdays and 10:00–16:00 Saturdays"
    # Monday to Saturday: "Mon–Sat", «пн–сб» (and every day but Sunday, told by its weekday: see _EXCEPT_BEFORE)
    r"|(?P<monsat>(?:\b(?:from\s+)?|(?<!\w)с\s+)(?:mon(?:days?)?|пн|понедельник\w*)\.?\s*(?:[-–—]|to|through|thru|until|till|по|до)\s*(?:sat(?:urdays?)?|сб|суббот\w*)(?!\w)\.?)"
    r"|(?P<weekends>(?:\b(?:from\s+)?|(?<!\w)с\s+)(?:sat(?:urdays?)?|сб|суббот\w*)\.?\s*(?:[-–—]|to|through|по|до|and|и|&)\s*(?:sun(?:days?)?|вс|воскресень\w*)(?!\w)\.?|\ball\s+day\s+(?:at|on)\s+(?:the\s+)?weekends\b|(?<!\w)весь\s+день\s+(?:в\s+выходные|по\s+выходным)(?!\w)|\b(?:at|on)\s+(?:the\s+)?weekends?\b(?=\s*[,:—–-]?\s*(?:from\s+)?\d)(?!\s*[,:—–-]?\s*\d+(?:[.,]\d+)?\s*%)(?!\s*[,:—–-]?\s*(?:from\s+)?[\d:.]+\s*(?:[ap]\.?m\.?\s+)?on\s+(?:sat|sun))|(?<!\w)в\s+выходные(?:\s+дни)?(?=\s*[,:—–-]?\s*(?:с\s+)?\d)(?!\s*[,:—–-]?\s*\d+(?:[.,]\d+)?\s*%)|(?<!\w)по\s+выходным(?=\s*[,:—–-]?\s*(?:с\s+)?\d)(?!\s*[,:—–-]?\s*\d+(?:[.,]\d+)?\s*%)|(?:(?<=\d\s)|(?<=\d[ap]m\s)|(?<=\d\s[ap]m\s))(?:в\s+выходные|по\s+выходным|(?:at|on)\s+weekends)(?=\s*[),.;]|\s*$|\s+(?:and|и)\b))",  # «сб–вс 10:00–20:00» as «в выходные — с 10 до 20»; «с 9:00 до 21:00 в выходные» (not «в выходные — 5 %»: a discount's days)
    re.IGNORECASE,
)
# a day and a month with a slash, the day the larger (no fraction is written so): "8/4", "15/4"
DAY_SLASH_MONTH = re.compile(r"(?<![\w/.,])(?P<d>[12]\d|3[01]|[1-9])/(?P<m>1[0-2]|0?[1-9])(?![\w/]|[.,]\d)")
FRACTION = re.compile(r"(?<![\d/.])(?P<a>\d)/(?P<b>\d{1,2})(?![\d/])")
# A software version by its digits, however labelled: "version 4.2.1" is "v4.2.1", «версии 4.2.1»
VERSION = re.compile(
    r"(?<![\w.])(?:(?:v\.?\s?|firmware\s+|(?<!\w)прошивк[аиуе]\s+)(?=\d+\.\d)|(?<!/)(?-i:v)(?=\d{1,2}(?![\w/-]|\.\w))|ver\.?\s|version\s+|(?<!\w)верси[яиюей]\s+)(?P<v>\d+(?:\.\d+){0,3})(?![\w]|\.\d)"  # not «прошивки 14 октября»
    r"|(?<![\w.,])(?P<bare>\d{1,2}\.\d{1,2}\.\d)(?![\w]|[.,]\d)",  # "3.2.0" bare: three parts, the last of one digit, is no date
    re.IGNORECASE,
)
# a house and its block, written close: «Профсоюзная, 56к2», «д. 12к1» (after a comma or «д.», not a code such as «СК-56к2»)
HOUSE_BLOCK = re.compile(r"(?:(?<=,\s)|(?<=д\.\s)|(?<=дом\s))(?P<h>\d{1,4})[кК](?P<b>\d{1,2})(?!\w)")
# A code of letters and digits, "#48213", "№ 20931", "SK 412", "А 123 ВС 777": a reference.
STATEMENT_LABEL = re.compile(r"(?:\bstatement(?:\s+(?:reference|ref|descriptor|description))?|(?<!\w)выписк[еиау])(?:\s+(?:as|like|как)\s+|\s*:\s*)[\"'‘“«]?(?P<label>(?-i:[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9*&./\- ]{1,30}[A-ZА-ЯЁ0-9]))(?![\w-])", re.IGNORECASE)
SORT_CODE = re.compile(r"(?<=sort\scode\s)(?P<a>\d{2})[\s-](?P<b>\d{2})[\s-](?P<c>\d{2})(?![\d-])", re.IGNORECASE)
REFERENCE = re.compile(
    r"(?:(?<![\w])(?P<tag>#|№\s?|No\.\s?|N\s)(?P<tagged>[\w-]*\d[\w/-]*))"
    r"|(?<![\w#№/.-])(?![ВСКОУАИЯ] \d+\s+[а-яё])(?P<pre>[A-ZА-ЯЁ]{1,3}) (?P<predigits>\d{2,})(?!\d|[\w.,]\d|-\w|(?:st|nd|rd|th)\b)"  # not «В 2023 году»: a preposition
    r"|(?<![\w#№/.-])(?P<plate>[A-Z]{2}\d{2} [A-Z]{3})(?![\w-])"  # a British number plate, "LK19 XWP"
    r"|(?<![\w#№/.-])(?!\d+-[a-z]+(?![\w-]))(?!(?i:over|under)-\d+s?\b)(?P<code>(?=[\w/-]*\d)(?=[\w/-]*[A-Za-zА-Яа-яЁё])[\w]+(?:[/-][\w]+)*)"  # (not an age group: "over-65s", "every under-16")
    r"|(?<![\w#№/.-])(?P<dashed>\d+(?:-\d+){1,4}(?:/\d+)?)(?![\w-])",  # «08-14/22371»
)
# A code of capitals alone, named so: "with code QC-PRIO", «по промокоду SUMMER», «промокод СВЕЖЕСТЬ» (one with a digit is a REFERENCE)
# a user name after its word: "(username jweber)", «вход в 1С под логином kravets_sa» (not "the username is your email")
LOGIN = re.compile(r"(?P<kw>\b(?:user\s?name|login|user\s+id)|(?<!\w)(?:логин\w*|имя\s+пользователя))(?:\s+is)?\s*[:—–-]?\s*[«\"'“(]?(?!(?:is|your|the|and|or|will|was|for|from|with|you|we|it|that|this|has|have|be|on|in|of|to|as|details|page|screen|link|e-?mail|phone|field|box|attempts?|issues?|problems?|button|form|codes?|credentials|prompt|request|reminder|reset|error|failed|failures?)\b)(?P<login>(?-i:[a-z])[a-z0-9._-]{1,30}[a-z0-9])(?![\w@-]|\.\w)", re.IGNORECASE)
# what a charge or refund shows on a card statement: "QFX*REFUND", "PAYPAL *ACME LTD"
DESCRIPTOR = re.compile(r"(?<![\w*])(?P<code>(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}\s?\*\s?[A-Z0-9](?:[A-Z0-9.&-]| (?=[A-Z0-9])){0,24})(?![\w*])"
                        r"|(?:\b(?i:appears?|shows?|listed|reads?)\s+(?i:up\s+)?(?i:as)|(?<!\w)(?i:отобраз\w+|будет\s+указан\w*|значит\w*|виден|видна)\s+(?i:как))\s+"
                        r"(?:[\"'“‘«](?P<quoted>[A-Z0-9][A-Z0-9 .&*-]{2,30})[\"'”’»]|(?P<bare>[A-Z0-9]{2,}(?:[ *.&-][A-Z0-9]{2,})+)(?![\w-]))")  # 'appear as "DD INDEMNITY"', "show as SWIFTDROP RFND", «отобразится как «EXPRESS DOM VOZVRAT»»

# the word to answer with: "reply 'SAFE' to that text", "text STOP", «ответьте «ДА»»
REPLY_WITH = r"(?:\b(?:reply|text|type|send|answer)(?:ing)?|(?<!\w)(?:ответьте|напишите|отправьте|пришлите))(?:\s+(?:us|back|нам|в\s+ответ))?(?:\s+with)?\s+(?:the\s+word\s+|слово\s+)?"
REPLY_CODE = re.compile(REPLY_WITH + r"[\"'“‘«](?P<code>(?-i:[A-ZА-ЯЁ]{2,}))[\"'”’»]"
                        r"|\b(?:reply|text)(?:ing)?(?:\s+(?:us|back))?(?:\s+with)?\s+(?:the\s+word\s+)?(?P<bare>(?-i:(?!ASAP|FAQ|OK)[A-Z]{3,}))(?![\w-])", re.IGNORECASE)
NAMED_CODE = re.compile(r"(?:\bcode|(?<!\w)(?:промо)?код\w*)\s*:?\s+[«\"“']?(?P<code>(?-i:[A-ZА-ЯЁ]{2,}(?:[-_][A-ZА-ЯЁ]{2,})+|[A-ZА-ЯЁ]{4,}))(?![\w-])", re.IGNORECASE)
RU_TIME = re.compile(r"(?<![\d.,])(?P<h>[01]?\d|2[0-3])\.(?P<mm>[0-5]\d)(?!\d|[.,]\d)")
# A garment's size: "size M", «размера S», «размер XL»
SIZE = re.compile(r"(?:\bsize|(?<!\w)размер\w*|\b(?-i:EU|UK|US))\s+(?P<s>XXXL|XXL|XL|XS|XXS|[SML]|\d{2,3})(?![\w-])(?!\s?[x×хХ*]\s?\d)(?!\s*(?:[ГМТК]Б|[GMTK]B|кг|kg|см|cm|мм|mm|м²|m²|мл|ml|л|l|г|g|дюйм\w*|inch\w*)(?!\w))", re.IGNORECASE)  # "EU 42" is size 42; «размером 14 ГБ» is data
SIZE_NAMED = re.compile(r"(?:\b(?:the|an?|your|this|that)|(?<!\w)(?:вместо|на))\s+(?P<s>(?-i:XXXL|XXL|XL|XS|XXS|[SML]))(?![\w-])", re.IGNORECASE)
# A code written in groups, as a card or a parcel label shows it: "1Z 999 AA1 01 2345 6784" = "1Z999AA10123456784",
# «карта № 0845 2031 0099 4412» = «№ 0845203100994412»
LABELLED_GROUPS = re.compile(r"(?:\b(?:waybill|tracking(?:\s+(?:number|no\.?|code))?|consignment(?:\s+(?:number|no\.?))?|(?:parcel|account|contract|customer|membership|policy|meter)\s+(?:number|no\.?))|(?<!\w)(?:накладн\w*|трек(?:-?номер\w*)?|отправлени\w*|(?:лицев\w+\s+сч[её]т\w*|номер\w*\s+(?:договора|счетчика|счётчика|полиса|лицевого\s+сч[её]та)))|(?<![\w#])(?:№|#)(?=\s?\d{4}(?: \d{4}){2}))\s*(?:№|no\.?|number|:|[—–-]|is)?\s*(?P<ref>\d{2,6}(?: \d{2,6}){1,5})(?![\w-])", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"[ГМТК]Б|[GMTK]B|KG|КГ|MM|ММ|CM|СМ|ML|МЛ|MAH|MP|W|V|Л|L")
SPACED_REFERENCE = re.compile(r"(?<![\w-])(?P<ref>[A-ZА-ЯЁ0-9]{1,6}(?: [A-ZА-ЯЁ0-9]{1,6}){2,7})(?![\w-])")
# a weekday left out of every day: «кроме воскресенья», "any day but Sunday" is Monday to Saturday
_EXCEPT_BEFORE = re.compile(r"(?:(?<!\w)кроме|\bexcept(?:\s+on)?|\bbut(?:\s+on)?)\s+$", re.IGNORECASE)
# A number with its unit stuck to it is that number, not a code: "75cl", "350gsm", "6hp", «60см»; a count: "FlexPen x5", "×2"
# An amount of data or a speed, however written: "48 Mbps" = "48 megabits per second", "1.5GB" = «1,5 гигабайта»
DATA = re.compile(
    r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)\s?(?:(?P<prefix>k|m|g|t|кило|мега|гига|тера|к|м|г|т)(?:(?P<bits>bps|b/s|bit/s|бит/с|бит\w*|bits?)|(?P<bytes>b|б|bytes?|байт\w*))"
    r"|(?P<word>kilo|mega|giga|tera)(?:(?P<wbits>bits?)|(?P<wbytes>bytes?)))(?P<rate>\s+(?:per\s+second|a\s+second|в\s+секунду))?(?![\w/])",
    re.IGNORECASE,
)
# A weight, in kilograms whatever the unit: "9.6 t" is "9,600 kg", «1,2 т» «1200 кг», "500 g" "0.5 kg" (not "5G", «2024 г.»)
WEIGHT = re.compile(
    rf"(?<![\w.,])(?!(?:19|20)\d\d\s?г)(?P<n>{_NUM})\s?(?:(?P<kg>kg|kgs|kilos?|kilograms?|кг|килограмм\w*)|(?P<t>t|tonnes?|tons?|т|тонн\w*)|(?P<g>grams?|gr|гр|грамм\w*|г|(?-i:g)))(?![\w/])",  # «500 г», "500g" (not «2025 г.», "5G")
    re.IGNORECASE,
)
_PER = re.compile(r"(?:\bper|\ba|(?<!\w)за|/)\s*$", re.IGNORECASE)
_WEIGHT_SCALE = {"kg": 1, "t": 1000, "g": Decimal("0.001")}
# a length in any unit: «до 100 см» is «до 1 м» (a bare "m" is a minute as often: "4h 38m")
LENGTH = re.compile(
    rf"(?<![\w.,£$€])(?P<n>{_NUM})\s?(?:(?P<mm>mm|millimet(?:re|er)s?|мм)|(?P<cm>cm|centimet(?:re|er)s?|см|сантиметр\w*)|(?P<km>km|kilomet(?:re|er)s?|км|километр\w*)|(?P<m>met(?:re|er)s?|м|метр(?:а|ов)?))(?![\w/²³]|\.\w)",  # "60 см." ends a sentence
    re.IGNORECASE,
)
# a temperature: "above 65°F", "at 180 °C", «до +5 °C», «200 градусов», «минус 15 °C» (its unit, where told, is part of it: 65°F is no 65°C)
TEMPERATURE = re.compile(
    r"(?<![\w.,£$€])(?P<sign>[-+−–]|(?:minus|минус)\s+)?(?P<n>\d+(?:[.,]\d+)?)\s?(?:°\s?(?P<u>(?-i:[CFС]))?|\s(?:degrees?|градус\w*)(?:\s+(?P<w>celsius|fahrenheit|(?:по\s+)?цельси\w*|(?:по\s+)?фаренгейт\w*))?)(?!\w)(?P<frost>\s+(?:мороза|below\s+(?:zero|freezing)|ниже\s+нуля))?",
    re.IGNORECASE,
)
# what makes bare degrees an angle: "turned it 90 degrees", «повернули на 180 градусов», «под углом 45°»
# (not a dial set: "turn the oven up to 180 degrees")
_ANGLE = re.compile(r"(?:turn|rotat|tilt|angle|spun|повер|поворач|наклон|угл|угол)\w*(?:\s+\S+){0,3}(?<!\bto)(?<!\bat)(?<!\bup)(?<!down)(?<!до)\s+$", re.IGNORECASE)
# half a unit in words: «полметра» is 50 cm, "half a kilometre" 500 m
HALF_LENGTH = re.compile(r"(?<!\w)(?:пол(?:-|\s)?(?:метра|(?P<km>километра))|half\s+a\s+(?:met(?:re|er)|(?P<km2>kilomet(?:re|er))))(?!\w)", re.IGNORECASE)
# a size told as its sides: "10x15", "50 × 70 cm", «30х40 см», "4 x 6 inches", "6000 × 4000 px", «10 × 15», "5x7s", "9m x 15m"
# (one value, however spaced or signed; "2 x 12 lb bags" is a count beside a weight, «2 × 1 890 ₽» a sum's working: spaced,
# the sides need a length's unit or two digits each, and no other unit after them). Each side is also its
# number and its length: a rewrite may tell them apart ("9 m and 15 m", «1,2 × 8 мм» for «8 мм»).
_SIDE = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,]\d+)?"  # «1 500 × 300 мм»: a side in groups of thousands
_SIDE_UNIT = r"(?:mm|cm|m|in|inch(?:es)?|ft|px|pixels?|см|мм|м|дюйм\w*|пикс\w*)(?!\w)"
_BY = r"(?:\s?[x×хХ*]\s?|\s(?:by|на)\s)"  # "12 ft by 60 ft", «600 на 720 мм»
_NOT_SIDES = r"(?!\s?[\d.,]\d|[\w.,]\d|\w|\s?(?:₽|руб|р\.|€|£|\$|lbs?|kg|g|oz|ml|cl|l|шт|кг|г|мл|л|min|mins|minutes?|hours?|h|ч|час\w*|мин\w*|days?|дн\w*|sessions?)(?!\w))"
DIMENSIONS = re.compile(
    rf"(?<![\w.,])(?:(?P<tight>{_SIDE}[x×хХ]{_SIDE}(?:[x×хХ]{_SIDE})?)(?:\s?{_SIDE_UNIT}|s\b)?(?![\w.,]\d|\w)"
    rf"|(?!\d+\s+[x×]\s+{_SIDE}[x×]{_SIDE})(?P<spaced>{_SIDE}(?:\s?{_SIDE_UNIT})?{_BY}{_SIDE}(?:(?:\s?{_SIDE_UNIT})?{_BY}{_SIDE})?)\s?{_SIDE_UNIT}"  # (not a count of a size: "2 x 8x8 inch books")
    rf"|(?P<bare>\d{{2,}}(?:[.,]\d+)?\s?[x×хХ*]\s?\d{{2,}}(?:[.,]\d+)?){_NOT_SIDES})",
    re.IGNORECASE,
)
_METRIC = re.compile(r"(?:mm|cm|m|мм|см|м)$", re.IGNORECASE)
_METRIC_UNIT = {"mm": "mm", "мм": "mm", "cm": "cm", "см": "cm", "m": "m", "м": "m"}
_LENGTH_SCALE = {"mm": Decimal("0.001"), "cm": Decimal("0.01"), "km": 1000, "m": 1}
_LENGTH_ADJECTIVE = re.compile(r"(?:(?P<mm>миллиметров)|(?P<cm>сантиметров)|(?P<km>километров)|(?P<m>метров))\w*$", re.IGNORECASE)


def _length_adjective(fact: Fact) -> Fact:
    """«пятиметровую трассу»: a length told as an adjective, as «трассу 5 м» is (not «в 208-м кабинете»: an ordinal)."""
    m = _LENGTH_ADJECTIVE.search(fact.text) if fact.kind == "number" else None
    if m is None:
        return fact
    metres = _in_base_unit(fact.value, m, _LENGTH_SCALE)
    return replace(fact, kind="length", value=f"{metres} m", keys=frozenset({f"length:{metres}"}), also=fact.keys)


def _in_base_unit(n: str, m: re.Match, scale: dict) -> str:
    """``n`` in the scale's base unit (kg, m), by the unit group of ``m`` that matched: "500 g" is 0.5 kg."""
    return _number(str(Decimal(n) * scale[next(u for u in scale if m[u])]))
_DATA_PREFIX = {"k": "k", "кило": "k", "к": "k", "kilo": "k", "m": "M", "мега": "M", "м": "M", "mega": "M", "g": "G", "гига": "G", "г": "G", "giga": "G", "t": "T", "тера": "T", "т": "T", "tera": "T"}
_DATA_SCALE = {"k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}
# A round amount without its currency: «баня — на 350 тысяч» after «60 тысяч рублей» (the draft's «350 000 ₽»)
SCALED = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})\s?(?P<x>тыс\.|тысяч[аиу]?|thousand|k\b|млн\.?|миллион\w*|million|mln\b)(?!\w)", re.IGNORECASE)  # «1,42 млн» is 1 420 000
# a range's first end, its thousands said once after the second: «28–35 тыс. рублей», «от 118 до 126 тысяч рублей» for «28 000–35 000 ₽»
SCALED_FIRST = re.compile(rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:[.,]\d+)?)(?=(?:\s?[–—-]\s?|\s+(?:до|to)\s+)\d{{1,3}}(?:[.,]\d+)?\s?(?P<x>тыс\.|тысяч[аиу]?|thousand|k\b|млн\.?|миллион\w*|million|mln\b)(?!\w))", re.IGNORECASE)
QUANTITY = re.compile(r"(?<![\w.,])[x×](?P<c>\d{1,3})(?![\w.,]\d|\w)|(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)(?:cl|ml|l|kg|g|mg|mcg|µg|gsm|cm|mm|km|m|mb|gb|tb|kb|kw|kwh|w|v|mah|px|oz|lbs?|in|ft|hp|bhp|mph|kph|rpm|psi|hz|khz|mhz|ghz|mp|db|cc|x|см|мм|км|м|кг|г|мг|мкг|мл|л|гб|мб|вт|квт|гц|об)(?!\w)", re.IGNORECASE)
_FACTOR = re.compile(r"\s?[×x*]\s?(?:[£$€]\s?\d|\d[\d\s.,]*\s?(?:₽|руб|р\.|€|£|\$|eur|usd|gbp))", re.IGNORECASE)  # a factor of a sum's working: "2 × 1 890 ₽" (not "2 x 12 lb bags")
NUMBER = re.compile(rf"(?<![\w.,]){_NUM}(?:-?(?:st|nd|rd|th|[а-я]{{1,3}})|(?<=\d)s)?(?!\w)")  # "the over-65s" too
_NUMBER_WORD_LIST = sorted(NUMBER_WORDS.items(), key=lambda kv: -len(re.sub(r"\(\?<[=!][^)]*\)", "", kv[0])))  # "three quarters" before "three" (lookbehinds aside)
# no group per word (a group in each alternative makes every try at every word slow): which word it is, ``_reading`` asks after
NUMBER_WORD = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{w})" for w, _ in _NUMBER_WORD_LIST) + r")(?!\w)", re.IGNORECASE)


@cache
def _number_words() -> list[tuple[re.Pattern, str]]:
    """Each number word on its own with its reading, compiled on first use (not on every import of the guard)."""
    return [(re.compile(rf"(?:{w})(?!\w)", re.IGNORECASE), reading) for w, reading in _NUMBER_WORD_LIST]


def _reading(text: str, m: re.Match) -> str:
    """The reading of the number word NUMBER_WORD matched: its alternative is the first that matches there."""
    return next(reading for regex, reading in _number_words() if regex.match(text, m.start()))


# --- extraction --------------------------------------------------------------------------


@dataclass
class _Found:
    text: str
    facts: list[Fact] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def scan(self, regex: re.Pattern):
        """The matches of ``regex`` in text no other fact has claimed: a match that runs into
        one is tried again one character on ("2026 €289": the year is the date's, €289 money)."""
        pos = 0
        while (m := regex.search(self.text, pos)) is not None:
            if self.free(m.start(), m.end()):
                yield m
                pos = max(m.end(), m.start() + 1)
            else:
                pos = m.start() + 1

    def claim(self, start: int, end: int) -> None:
        self.taken.append((start, end))

    def add(self, kind: str, start: int, end: int, value: str, keys=(), also=(), strict: bool = True) -> None:
        if self.text[start:end].endswith(".") and not _ABBREVIATED.search(self.text[start:end]):
            end -= 1  # "by 12 March." : the sentence's full stop
        if not self.free(start, end):
            return
        self.facts.append(Fact(kind, value, self.text[start:end], start, end, frozenset(keys or {f"{kind}:{value}"}), frozenset(also), strict))
        self.claim(start, end)


_ON_DAY = re.compile(r"\b(?:on|by|from|since|until|till|before|after|as\s+of|starting|due)\s+$", re.IGNORECASE)  # "As of 7/9, new netting runs…"
_DOT_CLOCK = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
_PER_DAY = re.compile(r"(?:\d\s*(?:минут\w*|мин\.?|мб|гб|смс|sms|minutes?|mins?|mb|gb|texts?|раз(?:а)?|times)(?:\s+[^\W\d]+){0,3}|\b(?:once|twice|thrice|(?:one|two|three|four)\s+times)|(?<!\w)(?:дважды|трижды))\s+$", re.IGNORECASE)  # "twice daily" is "twice a day"
# a range of dates just before a bracket that holds only its days: "3–16 March (Monday to Sunday)" names the dates' weekdays, no
# opening days (not "before 25 Aug (Mon–Sat 09:00–20:00)")
_DATES_BEFORE = re.compile(rf"(?:\d\s*[-–—]\s*\d{{1,2}}\s+{_names(_EN_MONTHS, _RU_MONTHS)}|(?<!\w){_names(_EN_MONTHS, _RU_MONTHS)}\s+\d{{1,2}}\s*[-–—]\s*\d{{1,2}})\.?\s*\(\s*$", re.IGNORECASE)
_BRACKET_END = re.compile(r"\s*\)")
_EXCEPT_AFTER = re.compile(rf",?\s*(?:кроме|за\s+исключением|except|excluding|but\s+not)\s+(?:on\s+|the\s+)?{_ANY_WEEKDAY}", re.IGNORECASE)  # (a weekday: not "Monday to Sunday, but not on bank holidays")
_RATE_SIGN = re.compile(r"\s*[=≈]")

# an hour a booking is for: «запись была назначена на 11 часов 15 февраля» is 11:00, not eleven hours
RU_BOOKED_HOUR = re.compile(r"(?<!\w)(?:назначен\w*|запис\w*|запланирован\w*|перенес\w*|перенёс\w*|забронирован\w*|бронь)\s+(?:[\w-]+\s+)?на\s+(?P<h>[01]?\d|2[0-3])\s+час(?:а|ов)?(?!\w)", re.IGNORECASE)
RU_BY_HOUR = re.compile(r"(?:(?<=позже\s)|(?<=позднее\s)|(?<=(?<!\w)после\s))(?P<h>1[3-9]|2[0-3])\s+час(?:а|ов)(?!\w)", re.IGNORECASE)
H_HOURS = re.compile(r"(?<![\d:.])(?P<a>[01]?\d|2[0-3])\s*[-–]\s*(?P<b>[01]?\d|2[0-4])\s?(?:h|ч)\.?(?!\w)", re.IGNORECASE)
_DAY_NEAR = re.compile(rf"\b{_EN_WEEKDAY}\b|(?<!\w)(?:пн|вт|ср|чт|пт|сб|вс)(?!\w)|(?<![\d.])\d{{1,2}}\.\d{{2}}(?![\d.])|{_ANY_MONTH}", re.IGNORECASE)  # or a date: «18.10, 14–18 ч»
# ...but how long a job takes, after its day: «27 января, работы — 6–7 ч.», "Saturday, the job takes 6-7h"
_LASTS_BEFORE = re.compile(r"(?:\b(?:takes?|lasts?|job|work)|(?<!\w)(?:работ[аы]?|займ[её]т|займут|занимает|длится|продлится|ремонт|монтаж|замена))\s*(?:[—–:-]\s*)?(?:около\s+|примерно\s+|about\s+|around\s+)?$", re.IGNORECASE)
_DOLLARS = ("CAD", "AUD", "NZD", "SGD", "HKD")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$|dollar", re.IGNORECASE)
_DOLLAR_CODE = re.compile(r"\s?(?P<code>USD|CAD|AUD|NZD|SGD|HKD)\b")  # "$60 CAD": the code after the amount names the dollar
_WEEKDAY_BEFORE = re.compile(rf"\b{_EN_WEEKDAY}\.?,?\s+$", re.IGNORECASE)


def extract(text: str, lang: str) -> list[Fact]:
    """Every fact in ``text`` but names and promises, in text order."""
    found = _Found(text)
    for m in found.scan(H_CLOCK):  # "10h–19h", "at 14h30": the clock as French and others write it, before "19h" is read as hours
        for h, mm in (("a", "am"), ("b", "bm"), ("c", "cm")):
            if m[h]:
                found.add("time", m.start(h), m.end(mm) if m[mm] else m.end(h) + 1, f"{int(m[h]):02d}:{m[mm] or '00'}")
    for m in found.scan(HOURS):  # before the days are claimed as a schedule: they tell these hours' half of the day
        a, b = int(m["a"]), int(m["b"])
        if 1 <= a <= 12 and 1 <= b <= 12 and b < a:
            _clock_end(found, m, "a", "am", a)
            _clock_end(found, m, "b", "bm", b + 12)
        elif a < b <= 24 and b > 12 and not (m["am"] or m["bm"]):  # "Mon–Fri 9–17": the day's clock, as "9am to 5pm" tells it
            _clock_end(found, m, "a", "am", a)
            _clock_end(found, m, "b", "bm", b)
    for m in found.scan(SCHEDULE):
        if m.lastgroup == "daily" and _PER_DAY.search(text, max(0, m.start() - 50), m.start()):
            continue  # «60 минут входящих ежедневно», "500 MB daily": an allowance per day (as «в сутки»), no opening days
        if m.lastgroup == "daily" and _EXCEPT_AFTER.match(text, m.end()):
            continue  # «в любой день, кроме воскресенья», "every day except Sunday": the days are the exception's
        if _DATES_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _BRACKET_END.match(text, m.end()):
            continue  # "3–16 March (Monday to Sunday)": the weekdays of the dates, told as such
        found.add("schedule", m.start(), m.end(), m.lastgroup)
    for regex in (SLOT, IDIOM, LIST_MARKER):
        for m in regex.finditer(text):
            if regex is LIST_MARKER and _in_brackets(text, m.start()):
                continue  # «(Комсомольский пр-т, 9) —»: a house number that closes a bracket, no list
            found.claim(m.start(), m.end())
    _claim_list_shape(found)
    for m in TIMEZONE.finditer(text):
        # a region's own time is its local time: «по местному времени» is kept by «по новосибирскому времени», and the other way
        region = next(w for w in m.group().lower().split() if w not in ("по", "время", "времени")) if m.lastgroup == "REGION" else ""
        found.add("timezone", m.start(), m.end(), _REGION_SHORT.get(region, region)[:8] if region else m.lastgroup, also={"timezone:LOCAL"} if region else ())
    for m in found.scan(PLACEHOLDER):
        found.add("placeholder", m.start(), m.end(), re.sub(r"\s", "", m.group()))
    for m in found.scan(pii.TOKEN):
        found.add("token", m.start(), m.end(), m.group())
    personal = pii.find_pii(text)
    countries = pii.regions(text, personal)  # "050 555 0147" next to "+971 4 555 0199" is a UAE number too
    for start, end, kind in personal:
        written = text[start:end]
        keys = {f"{kind.lower()}:{k}" for k in pii.identity(kind, written, countries)}
        found.add(kind.lower(), start, end, sorted(keys)[0].split(":", 1)[1], keys)
    for m in found.scan(VERSION):
        group = "v" if m["v"] else "bare"
        also = {f"number:{_number(m[group])}"} if m[group].count(".") <= 1 else ()  # "version 3.5" is the rewrite's "3.5"
        found.add("version", m.start(group), m.end(group), m[group], also=also)
    for m in found.scan(PATH):
        labels = [re.findall(r"\w+", label) for label in _PATH_STEP.split(m.group())]
        if all(labels):  # the first label by its last word ("In My Account > Billing"), the others by their first
            value = "/".join(w.lower()[:5] for w in [labels[0][-1]] + [label[0] for label in labels[1:]])
            found.add("path", m.start(), m.end(), value)
    for m in found.scan(URL):
        url = m.group().rstrip(".,;:!?")
        value = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")
        found.add("url", m.start(), m.start() + len(url), value)
    for m in found.scan(DAYS_BEFORE_MONTH):
        _listed_days(found, m)
    for m in found.scan(DAYS_UNDER_MONTH):
        _listed_days(found, m)
        found.claim(m.start(), m.start("days"))  # the month is the days'
    for m in found.scan(DAY_RANGE):
        if re.match(r"\d+\s*на\s", m.group(), re.IGNORECASE) and not _NIGHT_FROM.search(text, max(0, m.start() - 4), m.start()):
            continue  # «в ночь со 2 на 3 июня» is two days; «корт № 2 на 11 июня» is one
        month, day = _group_index(m, "m"), int(m["a"])
        found.add("date", m.start("a"), m.end("a"), f"{month:02d}-{day:02d}", also={f"day-of-month:{day}", f"number:{day}"})
    for m in DAYS_AFTER_MONTH.finditer(text):  # the month's own date is DATE's
        _listed_days(found, m)
    for m in found.scan(END_OF):  # "the end of May" is 31 May, «до конца года» 31 December: readings that keep a date
        month = 12 if m["year"] else _group_index(m, "[ef]")
        day = 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
        found.add("date", m.start(), m.end(), f"{month:02d}-{day:02d}", also={f"day-of-month:{day}"}, strict=False)
    for m in found.scan(DATE):
        _date(found, m)
    for m in found.scan(DATE_IN_WORDS):
        day, month = (_group_index(m, "o"), _group_index(m, "a")) if m.lastgroup and m.lastgroup[0] in "am" else (_group_index(m, "q"), _group_index(m, "b"))
        if year := _YEAR_AFTER.match(text, m.end()):  # «до первого мая 2025 года» is 1 May 2025
            found.add("date", m.start(), year.end(), f"{year['y']}-{month:02d}-{day:02d}", also={f"date:{month:02d}-{day:02d}", f"day-of-month:{day}", f"year:{year['y']}"})
        else:
            found.add("date", m.start(), m.end(), f"{month:02d}-{day:02d}", also={f"day-of-month:{day}"})
    for m in found.scan(SLASHED_DAY):  # "12/12": a day and month without the year, either way round
        a, b = int(m["a"]), int(m["b"])
        readings = {f"date:{b:02d}-{a:02d}"} if b <= 12 else set()
        readings |= {f"date:{a:02d}-{b:02d}"} if a <= 12 else set()
        if readings:
            found.add("date", m.start(), m.end(), sorted(readings)[0].split(":")[1], readings, also={f"day-of-month:{a}", f"day-of-month:{b}"})
    for m in found.scan(HOUR_RANGE_PART):
        first = re.fullmatch(_HOUR, m["a"], re.IGNORECASE)
        end = next(g for g, v in m.groupdict().items() if v and (g == "hd" or g[0] == "t" and g[1:].isdigit()))
        part = (m["ru"] or m["en"]).lower()
        if first is not None and (a := _hour_word(first)) <= 12 and (b := _hour_word(m)) <= 12:
            last = _in_part_of_day(b, part)
            start = _in_part_of_day(a, part) if a % 12 <= b % 12 else a  # «с 10 до 2 дня» starts at 10:00
            for hour, minutes, said in (("a", "am", start), (end, "bm", last)):
                _clock_end(found, m, hour, minutes, said, also={f"number:{said}"} if m[minutes] is None else ())
        elif first is None and _NOON.fullmatch(m["a"]) and (b := _hour_word(m)) <= 12:  # «между полуночью и шестью утра»: the midnight is TIME's
            _clock_end(found, m, end, "bm", _in_part_of_day(b, part))
    for m in found.scan(CLOCK_END_RANGE):
        a, end = int(m["a"]), int(m["bh"]) + (12 if m["pm"] and int(m["bh"]) < 12 else 0)
        if end - a >= 12 and a < 12:
            a += 12  # the start in the end's half of the day
        if a <= end:
            found.add("time", m.start("a"), m.end("a"), f"{a:02d}:00", also={f"number:{a}"})
    for m in found.scan(TIME_IN_WORDS):  # (after a weekday's comma too: "Monday to Friday, 7 in the morning")
        hour = _hour_word(m)
        part = (m["ru"] or m["en"]).lower()
        if hour <= 12:
            first = _in_part_of_day(hour, part)
            found.add("time", m.start(), m.end(), f"{first:02d}:00", also={f"number:{first}"})
            if (end := RANGE_END_HOUR.match(text, m.end())) and (last := _hour_word(end)) <= 12:
                if (said := _in_part_of_day(last, part)) > first:  # «с пяти вечера до одиннадцати» ends at 23:00
                    last = said
                found.add("time", end.start("hd") if end["hd"] else end.start(end.lastgroup), end.end(), f"{last:02d}:00", also={f"number:{last}"})
            elif (other := INSTEAD_HOUR.match(text, m.end())) and (last := _hour_word(other)) <= 12:  # «в шесть вечера вместо семи»: seven in the evening
                said = _in_part_of_day(last, part)
                found.add("time", other.start("hd") if other["hd"] else other.start(other.lastgroup), other.end(), f"{said:02d}:00", also={f"number:{said}"})
    for m in found.scan(DAY_MONTH):
        if lang != "ru" and (not (_ON_DATE.search(text, max(0, m.start() - 8), m.start()) or _CLOCK_AFTER.match(text, m.end())) or _AM_PM.match(text, m.end())):
            continue  # an English text writes a date so after "on" or before a time: "shipped on 14.03", "22.11, 09:30" (not "version 10.06", "by 7.10pm")
        day, month = int(m["d"]), int(m["m"])
        also = {f"number:{_number(m.group('d') + '.' + m.group('m'))}", f"day-of-month:{day}"} | ({f"time:{day:02d}:{month:02d}"} if day < 24 else set())
        found.add("date", m.start(), m.end(), f"{month:02d}-{day:02d}", also=also)
    for m in found.scan(MONTHLY_IN_WORDS):
        day = _group_index(m, "o")
        found.add("date", m.start(), m.end(), f"day {day} monthly", {f"monthly:{day}"}, also={f"day-of-month:{day}"})
    for m in found.scan(DAY_OF_MONTH):
        day = int(m["d"] or m["d2"] or m["d3"] or m["d4"])
        if EVERY_MONTH.match(text, m.end()) or EVERY_MONTH_BEFORE.search(text, max(0, m.start() - 20), m.start()):  # "on the 1st of each month" is no date of "1 May"
            found.add("date", m.start(), m.end(), f"day {day} monthly", {f"monthly:{day}"}, also={f"day-of-month:{day}"})
        else:  # "the 3rd of the month" may be every month's
            monthly = {f"monthly:{day}"} if _OF_THE_MONTH.match(text, m.end()) else set()
            found.add("date", m.start(), m.end(), f"day {day}", {f"day-of-month:{day}"}, also={f"number:{day}"} | monthly)
    for m in found.scan(EVENT_HOUR):  # «концерт начнётся в семь» too
        group = next(g for g in ("h", "h2", "h3", "hw", *_SAID_HOUR) if m[g])
        words = _RU_CLOCK_HOURS if group == "hw" else _CLOCK_HOURS if group == "ew" else None
        hour = (words[m[group].lower()] if words else int(m[group])) % 12
        readings = {f"time:{hour:02d}:00", f"time:{hour + 12:02d}:00"}
        said = {f"number:{hour or 12}"} if group in _SAID_HOUR else set()  # "the 11 o'clock you need" is the customer's "by 11"
        found.add("time", m.start(group), m.end(group), sorted(readings)[0].split(":", 1)[1], readings, also=said)
    for m in found.scan(DAY_HOURS):
        day = next((f for f in reversed(found.facts) if f.kind in ("date", "day", "weekday", "schedule") and f.end <= m.start()), None)  # «пн–пт с 9 до 19»
        if day is not None and NEXT_TO_DAY.fullmatch(text, day.end, m.start()):
            for group in "ab":
                h = int(m[group])
                readings = {f"time:{h % 24:02d}:00"} | ({f"time:{h + 12:02d}:00"} if 1 <= h <= 11 else set())
                found.add("time", m.start(group), m.end(group), sorted(readings)[0].split(":", 1)[1], readings, also={f"number:{h}"})
    for m in found.scan(RU_HOUR_RANGE):
        groups = "ab" if m["a"] else "cd"
        hours = [h if h.isdigit() else _spelled(h, "ru") for h in (m[groups[0]], m[groups[1]])]
        if all(h is not None and 0 <= int(h) <= 24 for h in hours):
            for h, group in zip(hours, groups):
                found.add("time", m.start(group), m.end(group), f"{int(h) % 24:02d}:00", also={f"number:{int(h)}"})  # the draft's bare «с 9 до 12»
    for m in found.scan(TIME_RANGE):  # "3 to 5 pm", "8–10 am": both ends take the meridiem
        pm = m["ap"].lower().startswith("p")
        a, b = int(m["a"]), int(m["b"])
        if 1 <= a <= 12 and 1 <= b <= 12:
            first = 12 if a == 12 and pm else a % 12 + (12 if pm and a <= b else 0)  # "12 and 4 pm": noon
            _clock_end(found, m, "a", "am", first)
            found.add("time", m.start("b"), m.end(), f"{b % 12 + (12 if pm else 0):02d}:{m['bm'] or '00'}")
    for m in found.scan(CLOCK_HOURS):  # "Monday to Friday 8:30–4:30": an end before the start is in the afternoon
        a, b = int(m["a"]), int(m["b"])
        if 1 <= b < a <= 12:
            found.add("time", m.start("a"), m.end("am"), f"{a:02d}:{m['am']}")
            found.add("time", m.start("b"), m.end("bm"), f"{b + 12:02d}:{m['bm']}")
    for regex in (RU_BY_HOUR, RU_BOOKED_HOUR):  # «не позже 15 часов» is «до 15:00»
        for m in found.scan(regex):
            found.add("time", m.start("h"), m.end(), f"{int(m['h']):02d}:00", also={f"number:{int(m['h'])}"})
    for m in found.scan(H_HOURS):  # "Mon–Thu 10–14h and 16–19h": opening hours, not how long anything takes
        if int(m["a"]) < int(m["b"]) and _DAY_NEAR.search(text, max(0, m.start() - 30), m.start()) and not _LASTS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.add("time", m.start("a"), m.end("a"), f"{int(m['a']):02d}:00")
            found.add("time", m.start("b"), m.end(), f"{int(m['b']):02d}:00")
    for m in found.scan(TIME):
        _time(found, m)
    for m in found.scan(SPELLED_MONEY):
        currency = next(c for c in CURRENCIES if m.group(f"s{c}"))
        amount = _spelled(m["n"], lang)
        if amount is None:
            continue
        if m["minor"] and (minor := _spelled(m["minor"], lang)) is not None and 0 < int(minor) < 100:
            amount = _number(f"{amount}.{int(minor):02d}")
        found.add("money", m.start(), m.end(), f"{currency} {amount}", also={f"number:{amount}"})
    for m in found.scan(CLOCK_IN_WORDS):
        minutes = 30 if m["half"] else _CLOCK_MINUTES[m["m"].lower().split()[-1]]
        hour = _CLOCK_HOURS[m["h"].lower()]
        if m["dir"] and m["dir"].lower() == "to":
            hour, minutes = hour % 12 - 1, 60 - minutes
        hour %= 12
        if m["part"] or m["ap"]:
            pm = bool(m["part"] and m["part"].lower() != "morning" or m["ap"] and m["ap"].lower().startswith("p"))
            readings = {f"time:{hour + (12 if pm else 0):02d}:{minutes:02d}"}
        else:
            readings = {f"time:{hour:02d}:{minutes:02d}", f"time:{hour + 12:02d}:{minutes:02d}"}
        found.add("time", m.start("half" if m["half"] else "m"), m.end(), sorted(readings)[0].split(":", 1)[1], readings)
    for m in found.scan(RU_TO_HOUR):
        hour, minutes = _RU_CLOCK_HOURS[m["h"].lower()] - 1 or 12, 60 - _RU_TO_MINUTES[" ".join(m["m"].lower().split())]
        hours = [_in_part_of_day(hour, m["part"].lower()) % 24] if m["part"] else [hour % 12, hour % 12 + 12]
        readings = {f"time:{h:02d}:{minutes:02d}" for h in hours}
        found.add("time", m.start(), m.end(), sorted(readings)[0].split(":", 1)[1], readings)
    for m in found.scan(RU_HALF_PAST):
        hour = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("h"))
        hours = [_in_part_of_day(hour or 12, m["part"].lower()) % 24] if m["part"] else [hour, hour + 12]
        readings = {f"time:{h:02d}:30" for h in hours}
        found.add("time", m.start(), m.end(), sorted(readings)[0].split(":", 1)[1], readings)
        if m["part"] and (begun := _HALF_RANGE_START.search(text, max(0, m.start() - 30), m.start())):
            first = re.fullmatch(_HOUR, begun["a"], re.IGNORECASE)  # «с пяти до половины седьмого вечера»: 17:00, as its end says
            if first is not None and (a := _hour_word(first)) <= 12:
                said = _in_part_of_day(a, m["part"].lower()) if a % 12 <= (hour or 12) % 12 else a
                found.add("time", begun.start("a"), begun.end("a"), f"{said:02d}:00", also={f"number:{said}"})
    for m in found.scan(MONEY):
        currency = next(c for c in CURRENCIES if m.group(f"p{c}") or m.group(f"s{c}"))
        amount = _number(m.group("n1") or m.group("n2"), m.group("x1") or m.group("x2"))
        if m["mil"]:  # «1 млн 849 тыс. рублей»
            amount = _number(str(int(m["mil"]) * 1_000_000 + Decimal(amount)))
        end = m.end()
        if minor := _MINOR.match(text, end):
            amount, end = _number(f"{amount}.{int(minor['n']):02d}"), minor.end()
        if currency == "USD" and m["pre"] and (code := _DOLLAR_CODE.match(text, end)):
            currency, end = code["code"], code.end()
        # one unit of a rate ("1 USD = 96,10 ₽", told as "96,10 ₽ per dollar") keeps a fact but adds none
        # a bare "$" is the dollar of the country the reply is written in: "$75" keeps the draft's "CAD 75"
        dollars = {f"money:{c} {amount}" for c in _DOLLARS} if currency == "USD" and _BARE_DOLLAR.search(m.group()) else set()
        found.add("money", m.start(), end, f"{currency} {amount}", also={f"number:{amount}"} | dollars, strict=not (amount == "1" and _RATE_SIGN.match(text, end)))
    for m in found.scan(MINOR_MONEY):
        amount = _number(format(Decimal(_number(m["n"])) / 100, "f"))
        currencies = ["USD", "EUR"] if m["USD"] else [m.lastgroup]  # a cent is either's
        found.add("money", m.start(), m.end(), f"{currencies[0]} {amount}", {f"money:{c} {amount}" for c in currencies})
    for m in found.scan(PERCENT):
        _percent(found, m, _number(m.group("n") or m.group("n2")))
    for m in found.scan(SPELLED_PERCENT):
        if (n := _spelled(m["n"], lang)) is not None:
            _percent(found, m, n)
    for m in found.scan(DURATION):
        unit = next(u for u in UNITS if m.group(f"u{u}"))
        n = _number(m.group("n"))
        if unit == "year" and re.fullmatch(r"(?:19|20)\d\d", n):
            if month := _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):  # «до февраля 2027 года» is «до 02.2027»
                found.add("month", month.start(), m.end(), f"{n}-{_group_index(month, 'm'):02d}", also={f"month:{_group_index(month, 'm'):02d}"})
                continue
            found.add("year", m.start(), m.end(), n)  # «до конца 2024 года»: a year, not a duration; a date of that year keeps it
            continue
        found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit, m.group())}, also={f"number:{n}"})
    for m in found.scan(RU_ROUGH_DURATION):
        if (n := m["n"] if m["n"].isdigit() else _spelled(m["n"], "ru")) is not None:
            unit = next(u for u in ("minute", "hour", "day", "week") if m[f"u{u}"])
            found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit, m.group())}, also={f"number:{n}"})
    for m in found.scan(DAY_SLASH_MONTH):  # "on 8/4 at 3:10 pm" may keep the draft's "8 April" (or, read the US way, 4 August); it adds no date
        d, mo = int(m["d"]), int(m["m"])
        if d < mo and not _ON_DAY.search(text, max(0, m.start() - 8), m.start()) and not _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "3/4": a fraction (but "3/3" is 3 March read either way, "on 7/9", "on 1/4" and "Sun 6/8" a day)
        found.add("date", m.start(), m.end(), f"{mo:02d}-{d:02d}", {f"date:{mo:02d}-{d:02d}"}, also={f"date:{d:02d}-{mo:02d}"}, strict=False)
    for m in found.scan(FRACTION):
        a, b = int(m["a"]), int(m["b"])
        if 0 < a < b:
            found.add("fraction", m.start(), m.end(), _fraction(Decimal(a) / b), also={f"number:{a}", f"number:{b}"})
    if lang == "ru":  # «22.18 мск»: Russian writes a time with a point, and a decimal with a comma
        for m in found.scan(RU_TIME):
            found.add("time", m.start(), m.end(), f"{int(m['h']):02d}:{m['mm']}", also={f"number:{_number(m.group())}"})
    for m in found.scan(LETTERED):
        found.add("reference", m.start("l"), m.end("l"), m["l"].upper().translate(_HOMOGLYPHS))
    for m in found.scan(SIZE):
        found.add("reference", m.start("s"), m.end(), m["s"].upper(), also={f"number:{m['s']}"} if m["s"].isdigit() else ())
    if SIZE.search(text):  # beside a size, "the L" and «вместо L» name a size too: they keep one, never add one
        for m in found.scan(SIZE_NAMED):
            found.add("reference", m.start("s"), m.end(), m["s"], strict=False)
    for m in found.scan(SPACED_REFERENCE):
        written = m["ref"]
        parts = written.split()  # (not a shouted phrase: "size 9 TWO WEEKS ago")
        wordy = sum(p.isalpha() and len(p) >= 3 for p in parts) and sum(any(c.isdigit() for c in p) for p in parts) < 2
        if re.fullmatch(r"\d{1,3}(?: \d{3})+ [^\W\d_]+", written):
            continue  # an amount in groups and its unit, «1 200 USDT»: the number 1200
        if len(parts) == 3 and parts[1].isdigit() and _UNIT_AFTER.fullmatch(parts[-1]):
            continue  # a model and its size, «Galaxy S24 256 ГБ»: the code S24 and 256 GB
        if len(written.replace(" ", "")) >= 8 and re.search(r"\d", written) and re.search(r"[A-ZА-ЯЁ]", written) and not wordy:
            found.add("reference", m.start(), m.end(), _ref_key(written))
    for m in found.scan(LABELLED_GROUPS):  # "waybill 4827 1109 36" is the waybill 4827110936
        digits = m["ref"].replace(" ", "")  # each group too: a rewrite may write them apart without the label
        found.add("reference", m.start("ref"), m.end("ref"), digits, also={f"number:{_number(g)}" for g in [digits, *m["ref"].split()]})
    for m in found.scan(DIMENSIONS):
        sides = sorted((_number(n) for n in re.findall(_SIDE, m["tight"] or m["spaced"] or m["bare"])), key=Decimal)  # "15x10" is "10x15"
        unit = _METRIC.search(m.group())  # "1,2 × 8 мм" holds the length "8 мм" the draft names on its own
        lengths = {f"length:{_number(str(Decimal(n) * _LENGTH_SCALE[_METRIC_UNIT[unit.group().lower()]]))}" for n in sides} if unit else set()
        found.add("dimensions", m.start(), m.end(), "x".join(sides), also={f"number:{n}" for n in sides} | lengths)
    for m in found.scan(DATA):
        prefix = _DATA_PREFIX[(m["prefix"] or m["word"]).lower()]
        unit = "B" if m["bytes"] or m["wbytes"] else "bit"
        rate = "/s" if m["rate"] or (m["bits"] and ("ps" in m["bits"].lower() or "/" in m["bits"])) else ""
        n = _number(m["n"])
        base = f"{float(n) * _DATA_SCALE[prefix]:.6g} {unit}{rate}"  # «1 Гбит/с» is «1000 Мбит/с»
        per = n == "1" and _PER.search(text, max(0, m.start() - 6), m.start())  # «5 ₽ за 1 МБ» is «за МБ»: a rate's unit
        found.add("data", m.start(), m.end(), f"{n} {prefix}{unit}{rate}", {f"data:{base}"}, also={f"number:{n}"}, strict=not per)
    for m in found.scan(WEIGHT):
        n = _number(m["n"])
        kg = _in_base_unit(n, m, _WEIGHT_SCALE)
        per = n == "1" and _PER.search(text, max(0, m.start() - 6), m.start())  # «250 ₽ за 1 кг» is «за кг»: a rate's unit
        found.add("weight", m.start(), m.end(), f"{kg} kg", {f"weight:{kg}"}, also={f"number:{n}"}, strict=not per)
    for m in found.scan(LENGTH):
        n = _number(m["n"])
        metres = _in_base_unit(n, m, _LENGTH_SCALE)
        found.add("length", m.start(), m.end(), f"{metres} m", {f"length:{metres}"}, also={f"number:{n}"})
    for m in found.scan(TEMPERATURE):
        if not (m["u"] or m["w"] or m["sign"] or m["frost"]) and _ANGLE.search(text, max(0, m.start() - 40), m.start()):
            continue  # an angle, read as its number
        unit = "F" if (m["u"] or "").upper() == "F" or (m["w"] or "").lower().startswith(("f", "по ф", "ф")) else "C" if m["u"] or m["w"] else ""
        degrees = ("-" if m["frost"] or m["sign"] and m["sign"][0].lower() in "-−–мm" else "") + _number(m["n"])  # "minus 15 °C" is «15 градусов мороза»
        found.add("temperature", m.start(), m.end(), f"{degrees}°{unit}", {f"temperature:{degrees}{unit}"} if unit else {f"temperature:{degrees}C", f"temperature:{degrees}F"}, also={f"number:{_number(m['n'])}"})
    for m in found.scan(HALF_LENGTH):
        metres = "500" if m["km"] or m["km2"] else "0.5"
        found.add("length", m.start(), m.end(), f"{metres} m", {f"length:{metres}"})
    # a month and its year before the year is read as a number or a code: «до августа 2026», «до 08.2026», "08/2026"
    for m in found.scan(NUMERIC_MONTH):
        found.add("month", m.start(), m.end(), f"{m['y']}-{int(m['mm']):02d}", also={f"month:{int(m['mm']):02d}"})
    for m in found.scan(MONTH_ONLY):
        if m.group()[0].islower() and m.group()[0].isascii():
            continue  # "this may have caused": a verb; English months are written with a capital
        month = (_group_index(m, "m") - 1) % 12 + 1  # m13-m24: the months' adjectives
        value = f"{m['y']}-{month:02d}" if m["y"] else f"{month:02d}"
        found.add("month", m.start(), m.end(), value, also={f"month:{month:02d}"})
    for m in found.scan(SCALED_FIRST):
        found.add("number", m.start(), m.end(), _number(m["n"], m["x"]))
    for m in found.scan(SCALED):
        found.add("number", m.start(), m.end(), _number(m["n"], m["x"]))
    for m in found.scan(QUANTITY):
        found.add("number", m.start(), m.end(), _number(m["n"] or m["c"]))
    for m in found.scan(DESCRIPTOR):
        group = next(g for g in ("code", "quoted", "bare") if m[g])
        found.add("reference", m.start(group), m.end(group), _ref_key(m[group].replace(" ", "")))
    for m in found.scan(STATEMENT_LABEL):  # "it will appear on your bank statement as 'NGE REFUND'": what to look for, a reference
        found.add("reference", m.start("label"), m.end("label"), _ref_key(m["label"]))
    for m in found.scan(LOGIN):  # "username jweber", «логин kravets_as»: what the customer types, a reference
        if m["kw"].lower().startswith("login") and not re.search(r"[._\d]", m["login"]):
            continue  # "the login screen" (a login told by that word has a mark or a digit: "login j.smith")
        found.add("reference", m.start("login"), m.end("login"), _ref_key(m["login"]))
    for m in found.scan(SORT_CODE):  # "sort code 20 45 77" is the draft's "20-45-77"
        found.add("reference", m.start("a"), m.end(), _ref_key(f"{m['a']}-{m['b']}-{m['c']}"))
    for m in found.scan(HOUSE_BLOCK):  # «56к2» is house 56, block 2, as «56, корпус 2»
        found.add("number", m.start("h"), m.end("h"), m["h"])
        found.add("number", m.start("b"), m.end("b"), m["b"])
    for m in found.scan(REFERENCE):
        _reference(found, m)
    for m in found.scan(REPLY_CODE):
        group = "code" if m["code"] else "bare"
        found.add("reference", m.start(group), m.end(group), _ref_key(m[group]))
    for m in found.scan(NAMED_CODE):
        found.add("reference", m.start("code"), m.end("code"), _ref_key(m["code"]))
    for m in found.scan(NUMBER):
        n = _number(re.sub(r"-?(?:st|nd|rd|th|[а-я]{1,3})$|(?<=\d)s$", "", m.group(), flags=re.IGNORECASE))
        clock = {f"time:{int(c[1]):02d}:{c[2]}"} if (c := _DOT_CLOCK.fullmatch(m.group())) else set()  # "the 11.30 slot": 11:30 written the British way
        found.add("number", m.start(), m.end(), n, also=clock, strict=not _FACTOR.match(text, m.end()))  # «3 780 ₽ (2 × 1 890 ₽)»: the sum's working, which a rewrite may tell otherwise
    for m in found.scan(WEEKDAY_ONLY):
        if m.group()[0].islower() and m.group()[0].isascii():
            continue
        day = weekday(m)
        found.add("weekday", m.start(), m.end(), day, also={"schedule:monsat"} if day == "7" and _EXCEPT_BEFORE.search(text, max(0, m.start() - 12), m.start()) else ())
    for m in found.scan(RELATIVE_DAY):
        said = next(k for k, v in m.groupdict().items() if v).replace("_", " ")
        also = {"day:" + _MONTH_ALIKE[said]} if said in _MONTH_ALIKE else ()  # "this month" is what is left of it: «в этом месяце» is «до конца месяца»
        found.add("day", m.start(), m.end(), said, also=also, strict=not _POSSESSIVE.match(text, m.end()))  # "today's $1,099" keeps a day, adds none
    for m in found.scan(SPELLED_DURATION):
        if (n := _spelled(m["n"], lang)) is not None and int(n) > 1:
            unit = next(u for u in UNITS if m.group(f"u{u}"))
            found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit, m.group())}, also={f"number:{n}"}, strict=_timed(text, m.start()))
    for m in found.scan(DURATION_WORD):
        unit = next(u for u in UNITS if m.group(f"u{u}"))
        n = NUMBER_WORDS.get(m["w"].lower()) or next(v for w, v in NUMBER_WORDS.items() if re.fullmatch(w, m["w"], re.IGNORECASE))
        found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit, m.group())}, also={f"number:{n}"}, strict=_timed(text, m.start()))
    for m in found.scan(COMPOUND_WORD):
        n = COMPOUND_PREFIXES[m["p"].lower().replace("ё", "е")]
        percent = {f"percent:{n}%"} if m["w"].lower().startswith("процент") else set()  # «десятипроцентная скидка» is 10%
        found.add("number", m.start(), m.end(), n, {f"compound:{n}:{m['w'].lower()[:5]}"} | percent, strict=False)
    for m in found.scan(SPELLED_NUMBER):  # "forty-two", «четырнадцати»: a number in words may keep the draft's "42"
        if (n := _spelled(m.group(), lang)) is not None:
            found.add("number", m.start(), m.end(), n, strict=False)
    for m in found.scan(NUMBER_WORD):
        reading = _reading(text, m)
        kind, value = reading.split(":") if ":" in reading else ("number", reading)
        strict = kind == "duration" and (_timed(text, m.start()) or "-" in m.group()) or bool(_COLLECTIVE.fullmatch(m.group()))  # «питание на троих»: a count of people, said only so; "a one-hour slot": a measure
        found.add(kind, m.start(), m.end(), value, {reading if ":" in reading else f"number:{value}"}, strict=strict)
    return _range_low_ends(_joined_durations(sorted(map(_length_adjective, found.facts), key=lambda f: f.start), text), text)


_COLLECTIVE = re.compile(r"(?:дво|тро|четвер|пятер|шестер|восьмер)(?:е|о|их|им)", re.IGNORECASE)
_JOINING = re.compile(r"\s*(?:and\s+|и\s+)?", re.IGNORECASE)
# after hours written short ("4h", «4 ч.»), the minutes may be too: "4h 38m", «4 ч. 38 мин.»
_SHORT_HOURS = re.compile(r"(?:\d\s?h|hrs?|(?<!\w)ч)\.?$", re.IGNORECASE)
_SHORT_JOINING = re.compile(r"\.?\s*")
_SHORT_MINUTES = re.compile(r"[0-5]?\d\s?[mм]", re.IGNORECASE)


_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|or|или|до)\s*", re.IGNORECASE)


def _range_low_ends(facts: list[Fact], text: str) -> list[Fact]:
    """The bare number that opens a range of durations is one too: "1–2 days" is told "a day or two", «3-5 дней» «от трёх дней»."""
    out = list(facts)
    for i, (a, b) in enumerate(zip(facts, facts[1:])):
        if a.kind == "number" and b.kind == "duration" and " " in b.value and _RANGE_TO.fullmatch(text, a.end, b.start):
            out[i] = replace(a, also=a.also | {_minutes(a.value, b.value.split()[1], b.text)})
    return out


def _joined_durations(facts: list[Fact], text: str) -> list[Fact]:
    """Hours and then minutes are one duration: "3 hours 30 minutes", «три часа двенадцать минут», "4h 38m" (210 minutes is
    "three and a half hours")."""
    out: list[Fact] = []
    for f in facts:
        hours = out[-1] if out else None
        short = hours is not None and bool(_SHORT_HOURS.search(hours.text))
        minutes = Decimal(f.value) if short and f.kind == "number" and _SHORT_MINUTES.fullmatch(f.text) else f.minutes()
        a, b = (hours.minutes(), minutes) if hours else (None, None)
        if a and b and a % 60 == 0 and a < 1440 and b < 60 and (_JOINING.fullmatch(text, hours.end, f.start) or short and _SHORT_JOINING.fullmatch(text, hours.end, f.start)):
            out[-1] = Fact("duration", f"{hours.value} {f.value}" + ("" if f.kind == "duration" else " minute"), text[hours.start : f.end], hours.start, f.end, frozenset({f"duration:{format(a + b, 'f')}min"}), strict=hours.strict or f.strict)
        else:
            out.append(f)
    return out


_WORKDAYS = re.compile(r"business|working|рабоч|раб\.", re.IGNORECASE)
# A place named by a letter: "terminal B", «корпус Б», "gate C", "coach F"
LETTERED = re.compile(r"(?:\b(?:terminal|gate|platform|building|block|hall|pier|concourse|sector|wing|entrance|row|zone|stand|coach|carriage|section|bay|dock)|(?<!\w)(?:терминал\w*|выход\w*|платформ\w*|корпус\w*|зал\w*|сектор\w*|подъезд\w*|строени\w*|вход\w*|ряд\w*|зон\w*|трибун\w*))\s+(?P<l>(?-i:[A-ZА-ЯЁ]))(?![\w-])", re.IGNORECASE)
# A duration in words is a fact where it times something: "within an hour", "in two days", «в течение часа», "every six months", «раз в полгода»
_TIMED = re.compile(r"(?:\b(?:within|in|for|after|(?:takes?|took)(?:\s+(?:us|me|you|him|her|them|(?:our|the|your)\s+[\w-]+))?|lasts?|lasted|up\s+to|every|set\s+aside|allow(?:\s+for)?)|(?<!\w)(?:(?:потратив|ушло|понадобилось|потребовалось)(?:\s+на\s+(?:это|них|него|не[её]|работу|ремонт))?|в\s+течение|через|раза?\s+в|за|на|до|не\s+(?:более|больше|дольше)|займ[её]т|займут|занимает|уйд[её]т|уходит|потребуется|продлится|длится|длил(?:ся|ась|ось|ись)|продлил(?:ся|ась|ось|ись)|продолжал(?:ся|ась|ось|ись)))\s+(?:the\s+next\s+|about\s+|around\s+|at\s+least\s+|около\s+|примерно\s+|от\s+|не\s+менее\s+)?$", re.IGNORECASE)  # «доставка занимает от двух часов»


def _timed(text: str, start: int) -> bool:
    return bool(_TIMED.search(text, max(0, start - 30), start)) and not _PRICE_PER.search(text, max(0, start - 20), start)


_PRICE_PER = re.compile(r"(?:₽|руб\w*\.?|р\.|[$£€]\s?\d[\d.,]*|\d\s?[€£$])\s+(?:за|per|an?)\s+$", re.IGNORECASE)  # «по 1100 ₽ за час», "£40 an hour": a rate's unit, no length of time


def weekday(m: re.Match) -> str:
    """The weekday (1-7) a match of WEEKDAY names."""
    return str(_group_index(m, "w"))


def _group_index(m: re.Match, prefix: str) -> int:
    return next(int(k[1:]) for k, v in m.groupdict().items() if v and re.fullmatch(prefix + r"\d+", k))


def _listed_days(found: _Found, m: re.Match) -> None:
    """Each day of a list under one month (``m["days"]``) as a date of that month."""
    month, at = _group_index(m, "m"), m.start("days")
    for d in re.finditer(r"\d+", m["days"]):
        day = int(d.group())
        found.add("date", at + d.start(), at + d.end(), f"{month:02d}-{day:02d}", also={f"day-of-month:{day}", f"number:{day}"})


def _date(found: _Found, m: re.Match) -> None:
    year = month = day = None
    if m["iso"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    elif m["num"]:
        a, b, y = int(m["na"]), int(m["nb"]), m["ny"]
        year = int(y) + (2000 if len(y) == 2 else 0)
        day, month = (a, b) if b <= 12 else (b, a)  # day first, as in RU and UK writing; 03/14 is US
    else:
        if m["d2"] and re.search("[а-яё]", m.group(), re.IGNORECASE):
            return  # «в марте 3 200 ₽»: Russian puts the day first; a month then a number is no date
        day = int(m["d1"] or m["d2"])
        month = _group_index(m, "a") if m["d1"] else _group_index(m, "b")
        year = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    short = f"{month:02d}-{day:02d}"
    other = {f"date:{year}-{day:02d}-{month:02d}"} if m["num"] and "/" in m["num"] and day <= 12 and day != month else set()  # 03/05: 3 May or March 5
    if year:
        found.add("date", m.start(), m.end(), f"{year}-{short}", {f"date:{year}-{short}"}, {f"date:{short}", f"day-of-month:{day}", f"year:{year}"} | other)
    else:
        found.add("date", m.start(), m.end(), short, also={f"day-of-month:{day}"})


_MERIDIEM = re.compile(r"\d\s?[ap]\.?m\b", re.IGNORECASE)
_PM_BEFORE = re.compile(r"\d\s?p\.?m\b(?![^.!?\n]*\b(?:tomorrow|morning)\b)(?:[^.!?\n]|\.(?=\d))*$", re.IGNORECASE)  # a "pm" earlier in the same sentence


def _clock_end(found: _Found, m: re.Match, hour: str, minutes: str, value: int, also=()) -> None:
    """One end of a clock range, from its hour to its minutes when they are said ("9" or "9:30" of "9–5:30")."""
    found.add("time", m.start(hour), m.end(minutes if m[minutes] else hour), f"{value:02d}:{m[minutes] or '00'}", also=also)


def _time(found: _Found, m: re.Match) -> None:
    end = m.end()
    if m["noon"]:
        hour, minute = (0 if m["noon"].lower().startswith(("midnight", "полноч", "полуноч")) else 12), 0
    else:
        hour, minute = int(m["h"] or m["h2"] or m["h3"] or m["h4"]), int(m["mm"] or m["mm2"] or m["mm3"] or m["mm4"] or 0)
        pm = (m["ap"] or "").lower().startswith("p")
        if m["ap"]:
            if hour > 12:
                return
            hour = hour % 12 + (12 if pm else 0)
        elif hour <= 12 and (part := _PART_OF_DAY.match(found.text, end)):  # «в 6:25 вечера» is 18:25
            hour, end = _in_part_of_day(hour, (part.group(1) or part.group(2)).lower()), part.end()
    also = {f"number:{hour}"} if minute == 0 else set()
    hour %= 24  # «до 24:00» is «до полуночи»
    if m["h2"] and 1 <= hour <= 6 and end == m.end() and _MERIDIEM.search(found.text):
        also.add(f"time:{hour + 12:02d}:{minute:02d}")  # "doors open at 1:30" where the text tells "2pm": either half of the day
    elif (m["h2"] or m["h4"]) and 1 <= hour <= 11 and end == m.end() and _PM_BEFORE.search(found.text, max(0, m.start() - 100), m.start()):
        also.add(f"time:{hour + 12:02d}:{minute:02d}")  # "started at 7 pm, but its printer jammed at 8.35": the evening told just before
    if m["h3"] and end == m.end():
        also.add(f"duration:{hour * 60 + minute}min")  # «занимает до 2 часов» is also «не больше 2 часов» (or «до 2 часов ночи»: a time); «сократилась до 1 часа 20 минут»
    found.add("time", m.start(), end, f"{hour:02d}:{minute:02d}", also=also)


def _hour_word(m: re.Match) -> int:
    """The hour of a match of ``_HOUR``: digits or an hour word."""
    return int(m["hd"]) if m["hd"] else (_group_index(m, "t") - 1) % 12 + 1


def _in_part_of_day(hour: int, part: str) -> int:
    """A 12-hour clock's hour said with its part of the day: «11 утра» 11, «3 ночи» 3, «11 ночи» 23, «12 дня» 12, «4 дня» 16, «6 вечера» 18;
    «12 утра» 12, the morning's end ("between 8 and 12 in the morning"); "9 at night" 21 (from six), "1 at night" 1."""
    if part in ("ночи", "night"):
        return hour + 12 if (9 if part == "ночи" else 6) <= hour <= 11 else hour % 12
    return 12 if part in ("дня", "afternoon", "утра", "morning") and hour == 12 else hour % 12 + (0 if part in ("утра", "morning") else 12)


_PART_OF_DAY = re.compile(r"\s+(?:(утра|дня|вечера|ночи)|(?:in\s+the\s+|at\s+(?=night))(morning|afternoon|evening|night))(?!\w)", re.IGNORECASE)


def _percent(found: _Found, m: re.Match, n: str) -> None:
    found.add("percent", m.start(), m.end(), f"{n}%", also={f"number:{n}", f"fraction:{_fraction(Decimal(n) / 100)}"})


def _claim_list_shape(found: _Found) -> None:
    """The list's count and the items named by their numbers (``LIST_COUNT``, ``LIST_REF``), when the text numbers its items 1…n."""
    numbered = {int(re.search(r"\d+", m.group())[0]) for m in LIST_MARKER.finditer(found.text) if not _in_brackets(found.text, m.start())}
    if len(numbered) < 2 or numbered != set(range(1, len(numbered) + 1)):
        return
    for m in LIST_COUNT.finditer(found.text):
        if int(m["n"]) == len(numbered):
            found.claim(m.start("n"), m.end("n"))
    for m in LIST_REF.finditer(found.text):
        if int(m["n"] or m["r"]) <= len(numbered) and not _PHONE_MENU.search(found.text, max(0, m.start() - 40), m.start()):
            found.claim(m.start(m.lastgroup), m.end(m.lastgroup))


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a bracket opened earlier on its line."""
    depth = 0
    for ch in text[text.rfind("\n", 0, at) + 1 : at]:  # (a list's own "3)" closes nothing)
        depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
    return depth > 0


_CODE_LABELS = frozenset({"PIN", "PUK", "ПИН", "ПУК", "ID"})


def _reference(found: _Found, m: re.Match) -> None:
    if m["dashed"]:
        groups = m["dashed"].split("-")
        if len(groups) == 2 and all(len(g) <= 2 for g in groups):
            return  # a range, "3-5": two numbers
        value = m["dashed"]
    elif m["tagged"]:
        value = m["tagged"].rstrip("-/")
        start = m.start("tagged")
        if not found.free(start, start + len(value)):
            return
        found.add("reference", m.start(), start + len(value), _ref_key(value), also={f"number:{_number(value)}"} if value.isdigit() else ())
        return
    elif m["pre"] or m["plate"]:
        value = m["plate"] or m["pre"] + m["predigits"]
        if m["pre"] and (len(m["predigits"]) >= 6 or m["pre"].upper() in _CODE_LABELS):  # "PIN 0000" is the «PIN — 0000» of a rewrite  # "ARN 74523161109882710045": the long number after a short label is the draft's «(ARN) 7452…»
            found.add("reference", m.start(), m.end(), _ref_key(value), also={f"number:{_number(m['predigits'])}"})
            return
        if m["pre"]:  # a rating after its label, "УЗО 16 А", is kept by «УЗО на 16 А»
            found.add("reference", m.start(), m.end(), _ref_key(value), also={f"number:{_number(m['predigits'])}"})
            return
    else:
        value = m["code"]
        if re.fullmatch(r"\d+(?:(?i:st|nd|rd|th)(?:-[a-z]+)?|-[а-я]{1,3})", value):
            return  # an ordinal, "4th", «4-м», "the 3rd-floor access point": a number
        if rating := re.fullmatch(r"(\d{1,4})(?:A|V|W|kW|kVA|Hz|Ah|mAh)", value):  # "a dedicated 32A circuit" is the rewrite's "32 A"
            found.add("reference", m.start(), m.end(), _ref_key(value), also={f"number:{rating[1]}"})
            return
        if re.fullmatch(r"\d+s", value):  # "the other 7 Latitude 5450s", "if the 10s don't fit": a plural, its number
            found.add("number", m.start(), m.end() - 1, value[:-1])
            return
        if hyphened := re.fullmatch(r"(\d{1,3})-(?:(?:business|working|calendar)-)?(minute|hour|day|night|week|month|year)s?", value, re.IGNORECASE):
            n, unit = hyphened[1], hyphened[2].lower()  # "our 1-working-day scanning window", "a 3-business-day wait": a duration
            found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit, value)}, also={f"number:{n}"}, strict=_timed(found.text, m.start()))
            return
        if compound := re.fullmatch(r"(\d{1,2})-([а-яё]{4,})", value, re.IGNORECASE):  # «4-местная» is «четырёхместная»
            n, word = compound.groups()
            if unit := next((u for stem, u in _UNIT_ADJECTIVES.items() if word.lower().startswith(stem)), None):  # «12-месячная гарантия» is 12 months
                found.add("duration", m.start(), m.end(), f"{n} {unit}", {_minutes(n, unit)}, also={f"number:{n}"}, strict=False)
                return
            if word.lower().startswith(("килограмм", "тонн")):  # «15-килограммовый корм» is 15 kg, «20-тонник» a truck of 20 t
                kg = int(n) * (1000 if word.lower().startswith("тонн") else 1)
                found.add("weight", m.start(), m.end(), f"{kg} kg", {f"weight:{kg}"}, also={f"number:{n}"}, strict=False)
                return
            found.add("number", m.start(), m.end(), n, {f"compound:{n}:{word.lower()[:5]}"}, also={f"number:{n}"})
            return
        if re.fullmatch(r"[A-Z\d-]*[A-Z][A-Z\d-]*\ds", value):  # "your returned W30s": a plural of the code "W30"
            value = value[:-1]
    found.add("reference", m.start(), m.end(), _ref_key(value))


_UNIT_ADJECTIVES = {"минутн": "minute", "часов": "hour", "дневн": "day", "суточн": "day", "недельн": "week", "месячн": "month", "годичн": "year", "летн": "year"}


def _ref_key(value: str) -> str:
    return re.sub(r"[\s]", "", value).upper().translate(_HOMOGLYPHS)


def _spelled(words: str, lang: str) -> str | None:
    """The value of a number written in words ("one hundred and forty-five", «семь тысяч шестьсот»), or None."""
    from number_parser import parse_number  # only the fact checks need it

    value = parse_number(words, language="ru" if re.search("[а-яё]", words, re.IGNORECASE) else "en")
    return str(value) if isinstance(value, int) else None


def _number(written: str, multiplier: str | None = None) -> str:
    """"5 000", "1,850", "64,90", "2,340.00", "5 тыс." → 5000, 1850, 64.9, 2340, 5000."""
    s = re.sub(r"[\s\u00a0\u202f]", "", written)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    s = s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return s
    if multiplier:
        value *= 1000 if multiplier.lower()[0] in "тtk" else 1_000_000
    return format(value.normalize(), "f")


def _minutes(n: str, unit: str, written: str = "") -> str:
    """A duration's key: "48 hours" and "2 days" are one duration; "3 business days" is not "3 days" (a calendar day is)."""
    if unit == "day" and _WORKDAYS.search(written):
        return f"duration:{n}workdays"
    minutes = Decimal(n) / 60 if unit == "second" else Decimal(n) * MINUTES[unit]
    return f"duration:{format(minutes.normalize(), 'f')}min"


def _fraction(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")).normalize(), "f")
