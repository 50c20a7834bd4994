"""Names: the people, places and companies a reply names, anywhere in it.

A name is a run of capitalised words that is not the start of a sentence
("Claire Dunn", "Via Nazionale", "Kwik Autos"), a word of the sign-off block
("Best regards,\\nOmar\\nFront Office", "^Jess"), an initial ("Петрова С. А."),
or, at the start of a sentence, a Russian word the morphology knows as a first
name, surname or patronymic («Андрей, здравствуйте!»). The role a generic
salutation addresses ("Dear Sir or Madam", "Dear Customer", «Уважаемый
клиент») is not a name.

Russian names are compared by lemma, since «Ирина Соколова» becomes «Ирине
Соколовой» in a rewrite (pymorphy3, loaded on first use and cached per word);
English ones by the word, case aside.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .facts import Fact

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё](?:[A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё'’]*[A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё])?")  # not a closing quote: 'Power Query'
# Abbreviations whose full stop does not end a sentence: titles, initials, «ул.», "reg."
_ABBREVIATION = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|mt|no|reg|approx|prof|ул|д|гр|им|пр|просп|пер|наб|т|тел|стр|кв|п)|(?-i:(?<![\w°&-])[A-ZА-ЯЁ]))\.$", re.IGNORECASE)  # "VZ-4417-K." ends a code, not an initial; "+8 °C." a temperature, "go to A&E." a place
# A closing line: a formula alone ("Kind regards,"), or thanks for something that ends with a comma
# ("Thanks for your understanding,\nLisa"): a sentence of thanks in the body ends otherwise.
_CLOSING = re.compile(
    r"^\W*(?:(?:(?:best|kind|warm|warmest|kindest|many)\s+(?:regards|wishes)|regards|best|all\s+the\s+best|take\s+care|thanks|thank\s+you|cheers|sincerely|yours(?:\s+\w+)?"
    r"|с\s+уважением|всего\s+(?:доброго|хорошего)|хорошего\s+дня|спасибо|с\s+наилучшими\s+пожеланиями)\W*"
    r"|(?:thanks|thank\s+you|спасибо|благодарим)\s[^\n.!?]{1,60},\s*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Capitalised words that are no name: pronouns, titles, salutations, the roles they address, the kind of business
# that signs («Салон кухонь «Мастер Дом»» is told as «Мастер Дом»), and a table's labels ("Amount: £3,630", «Итого»).
NOT_NAMES = frozenset(
    """i i'm i've i'll i'd ok mr mrs ms miss dr sir madam madame customer customers client clients guest guests user
    member team support dear hi hello hey valued there all everyone we you he she they it this that our your the
    applicant tenant resident patient student parent owner subscriber cardholder policyholder passenger traveller
    traveler buyer shopper player visitor homeowner account holder candidate learner attendee delegate participant
    ticketholder patron diner borrower investor partner supplier leaseholder freeholder landlord landlady occupier occupant
    lodger renter householder ratepayer tenants residents leaseholders homeowners neighbour neighbor
    relations service services care success experience operations billing claims helpdesk desk centre center department
    thank thanks please sorry mbps kbps gbps mb gb tb kb kwh mah hz ghz mhz bitcoin bitcoins ethereum ether tether litecoin dogecoin
    мы вы я он она они оно это наш наша ваш ваша спасибо пожалуйста
    здравствуйте привет уважаемый уважаемая уважаемые дорогой дорогая дорогие клиент клиентка абонент гость
    пользователь покупатель пассажир коллега друг заявитель арендатор жилец пациент студент владелец подписчик
    держатель участник игрок посетитель собственник наниматель квартиросъёмщик квартиросъемщик домовладелец житель
    company shop store agency salon studio office компания магазин салон агентство служба студия офис отдел
    автосервис автосалон автомойка шиномонтаж мастерская ателье клиника центр дилерский сервисный
    guardian carer amount total subtotal weight quantity price сумма итого вес количество цена стоимость
    if unless because since while once when and but so or as to from with by of in on at an is are was were do does did can could would should""".split()  # words that open a sentence after a letter: "band A to D. If you upload it"
)
# Carriers written in capitals are names all the same: which courier will call is a fact ("DPD will text you", «курьер СДЭК»)
CARRIERS = frozenset("dpd dhl ups tnt gls usps ems сдэк пэк кит".split())
# vehicle makes, which a rewrite may leave off a model it keeps: "Mercedes Sprinter" as "Sprinter", «Renault Logan» as «Logan»
MAKES = frozenset(
    "ford renault mercedes mercedes-benz vw volkswagen toyota kia hyundai skoda škoda nissan peugeot citroen citroën vauxhall opel bmw audi "
    "fiat lada honda mazda tesla volvo iveco chevrolet dacia mitsubishi suzuki seat cupra jeep land-rover"
    " форд рено мерседес фольксваген тойота киа хендай хёндай шкода ниссан пежо ситроен опель бмв ауди фиат лада хонда мазда вольво ивеко шевроле".split()
)
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# Words of an address written short or in full ("212 W 14th St, …, OH" is "212 West 14th Street, …, Ohio").
_PAIRS = [
    pair.split("=")
    for pair in """st=street rd=road ave=avenue av=avenue blvd=boulevard ln=lane dr=drive sq=square pl=place ct=court hwy=highway
    apt=apartment w=west e=east n=north s=south mt=mount ft=fort ltd=limited inc=incorporated
    al=alabama ak=alaska az=arizona ar=arkansas ca=california co=colorado ct=connecticut de=delaware dc=columbia fl=florida
    ga=georgia hi=hawaii id=idaho il=illinois in=indiana ia=iowa ks=kansas ky=kentucky la=louisiana me=maine md=maryland
    ma=massachusetts mi=michigan mn=minnesota ms=mississippi mo=missouri mt=montana ne=nebraska nv=nevada nh=hampshire
    nj=jersey nm=mexico ny=york nc=carolina nd=dakota oh=ohio ok=oklahoma or=oregon pa=pennsylvania ri=rhode sc=carolina
    sd=dakota tn=tennessee tx=texas ut=utah vt=vermont va=virginia wa=washington wv=virginia wi=wisconsin wy=wyoming""".split()
]
_SPELLED: dict[str, set[str]] = {}  # each word with its other spellings, both ways ("ct" is a court and Connecticut)
for short, long in _PAIRS:
    _SPELLED.setdefault(short, set()).add(long)
    _SPELLED.setdefault(long, set()).add(short)
# Particles inside a name: "Pieter de Vries", "Omar bin Saleh"
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "du", "da", "di", "del", "della", "dos", "das", "ten", "ter", "bin", "ibn", "al", "le", "la"})
# Who a salutation addresses is a name even where a sentence starts ("Dear Jordan", "Hi Marta", "Dear Mrs Foster"); "^AB" signs a post.
ADDRESSED = re.compile(rf"(?:\b(?:dear|hi|hello|hey|morning|afternoon|evening)|(?<!\w)(?:уважаем\w*|дорог\w*|привет|здравствуйте,?))\s+(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?(?:(?:{'|'.join(sorted(_PARTICLES))})\s+)?$|\^$", re.IGNORECASE)


def names(text: str, lang: str, taken: list[tuple[int, int]] = ()) -> list[Fact]:
    """The names in ``text``, one fact per run of name words; ``taken``: spans other facts hold."""
    signoff = _signoff_start(text)
    runs: list[list[re.Match]] = []
    last_end = letter_end = -1
    for m in WORD.finditer(text):
        word = m.group()
        preposition = len(word) == 1 and text[m.end() : m.end() + 1] != "."  # «К оплате», «В пятницу»: an initial has its point
        ampersand = "&" in (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1])  # "T&Cs", "Q&A": an abbreviation's letters
        if last_end >= 0 and word.lower() in _PARTICLES and text[last_end : m.start()] == " " and _CAPITAL_NEXT.match(text, m.end()):
            last_end = m.end()  # "Pieter de Vries", "Ludwig van Beethoven": one name
            continue
        if not word[0].isupper() or any(s <= m.start() < e for s, e in taken) or _stop(word) or preposition or ampersand or _code_tail(text, m.start()) or _UI_LABEL.match(text, m.end()):
            # «терминал А. Номер бронирования»: a letter another fact holds ends its sentence
            last_end, letter_end = -1, (m.end() if len(word) == 1 and any(s <= m.start() < e for s, e in taken) else -1)
            continue
        after_letter = letter_end >= 0 and re.fullmatch(r"\.\s+", text[letter_end : m.start()]) is not None
        letter_end = -1
        addressed = bool(ADDRESSED.search(text, max(0, m.start() - 20), m.start()))
        if (word.isupper() and len(word) > 1 or len(word) > 2 and word[:-1].isupper() and word[-1] == "s") and not addressed and word.lower() not in CARRIERS:
            last_end = -1
            continue  # an acronym or a code (SLA, UTC, ГИБДД, "the PDFs"), not a name
        if not (addressed or m.start() >= signoff or not (after_letter or _sentence_start(text, m.start())) or person(word) or _initials_of(text, m) or _PARTICLE_NEXT.match(text, m.end())):
            last_end = -1
            continue
        joined = last_end >= 0 and re.fullmatch(r"\.? |-|–|\.?\s", text[last_end : m.start()])
        if joined and "\n" in text[last_end : m.start()] and re.search("[а-яё]", word, re.IGNORECASE) and person(text[runs[-1][-1].start() : last_end]) and not person(word):
            joined = None  # «Ирина Олеговна Миронова\nШкола № 142»: a person's name, then the next line's organisation
        if joined and len(runs[-1]) == 1 and len(runs[-1][0].group()) == 1 and re.search("[а-яё]", word, re.IGNORECASE) and not person(word) and not _initials_of(text, runs[-1][0]):
            last_end = -1  # «терминал А. Номер бронирования»: the letter ended a sentence; the next word starts one, and is no name
            continue
        if joined:
            runs[-1].append(m)
        else:
            runs.append([m])
        last_end = m.end()
    return [_fact(text, run) for run in runs]


_CAPITAL_NEXT = re.compile(r" (?-i:[A-ZÀ-ÖØ-Þ])")
_PARTICLE_NEXT = re.compile(rf" (?:{'|'.join(sorted(_PARTICLES))}) (?-i:[A-ZÀ-ÖØ-Þ])")  # "Pieter de Vries" opening a line: a name


# «И. О. Миронова» at a sentence's start: initials, then a surname the morphology knows
_INITIALS_AHEAD = re.compile(r"\.\s?(?:[А-ЯЁ]\.\s?)?([А-ЯЁ][а-яё]{2,})")


def _initials_of(text: str, m: re.Match) -> bool:
    ahead = _INITIALS_AHEAD.match(text, m.end()) if len(m.group()) == 1 else None
    return ahead is not None and person(ahead.group(1))


# A label on the screen is no one's name: "do not press the Pay button twice"
_UI_LABEL = re.compile(r"\s+(?:button|tab|menu|link|icon|key|field|screen|toggle|checkbox|option)s?\b", re.IGNORECASE)


def patronymic(word: str) -> bool:
    """Whether the morphology knows a Russian word as a patronymic («Игоревна»)."""
    return bool(re.search("[а-яё]", word, re.IGNORECASE)) and any("Patr" in p.tag.grammemes and p.score >= 0.2 for p in _morph().parse(word))


def _code_tail(text: str, start: int) -> bool:
    """«°C», or the last part of a code ("VZ-4417-K"): no name (unlike "Anna-Maria")."""
    return text[start - 1 : start] == "°" or bool(re.match(r"\d[-/]$", text[max(0, start - 2) : start]))


def _fact(text: str, run: list[re.Match]) -> Fact:
    start, end = run[0].start(), run[-1].end()
    parts = [word_keys(m.group()) for m in run]
    value = " ".join(m.group() for m in run)
    return Fact("name", value, text[start:end], start, end, frozenset().union(*parts), parts=tuple(parts))


# An address is no one's name: "jordan.m@…" does not make "Dear Jordan" the draft's
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")


def known_words(text: str) -> frozenset[str]:
    """The keys of every word of ``text`` outside emails and links, in any case and position: what a name can be matched against."""
    return frozenset(k for m in WORD.finditer(_ADDRESS.sub(" ", text)) for k in word_keys(m.group()))


@lru_cache(maxsize=8192)
def word_keys(word: str) -> frozenset[str]:
    """A word's lower-case form and, for a Russian word, every lemma it can have."""
    word = re.sub(r"['’]s$", "", word).lower().replace("ё", "е")
    if not re.search("[а-я]", word):
        plural = len(word) >= 6 and word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "five FlexPens" for "FlexPen x5"
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))  # "Martínez" is "Martinez"
        return frozenset({word, plain, *_SPELLED.get(word, ()), *([word[:-1]] if plural else [])})
    keys = {word} | {p.normal_form.replace("ё", "е") for p in _morph().parse(word)} | set(_CITY_SHORT.get(word, ()))
    if not _morph().word_is_known(word) and (stem := _UNKNOWN_STEM.fullmatch(word)):
        keys.add(stem.group(1) + "~")  # «в «Аэротеле»» for «Аэротель»: a word the dictionary lacks, its case ending aside
    return frozenset(keys)


# Cities written short: «СПб» is «Санкт-Петербург», «Мск» «Москва»
_CITY_SHORT = {"спб": ("санкт", "петербург"), "питер": ("петербург",), "мск": ("москва",), "екб": ("екатеринбург",)}
_UNKNOWN_STEM = re.compile(r"([а-я-]{4,}?)[аяеоиыуюйь]{0,2}")


_THING_PREFIXES = ("фото", "видео", "аудио", "мото", "вело", "электро")


def person(word: str) -> bool:
    """Whether the morphology knows a Russian word as a first name, surname or patronymic."""
    if not re.search("[а-яё]", word, re.IGNORECASE):
        return False
    # a compound of a known noun is a thing, whatever the guess: «Фотокнига», «Видеокамера»
    low = word.lower()
    if (prefix := next((p for p in _THING_PREFIXES if low.startswith(p)), None)) and len(low) - len(prefix) >= 4 and _morph().word_is_known(low[len(prefix):]):
        return False
    # a first name in the plural is a dictionary's quirk, not a person: «Клининг» read as «Клининга» (plural, genitive)
    return any(p.tag.grammemes & PERSON_TAGS and p.score >= 0.2 and not {"Name", "plur"} <= p.tag.grammemes for p in _morph().parse(word))


def _stop(word: str) -> bool:
    plain = re.sub(r"'(?:re|ve|ll|d|s|m)$", "", word.lower().replace("’", "'"))  # "We're", "You'll"
    return plain in NOT_NAMES or bool(word_keys(word) & NOT_NAMES)


# A greeting on the same line as the text: "Hello Sophie, Apologies for…" starts a sentence after its comma
_GREETING = re.compile(r"(?:^|\n)[ \t]*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+\w+|привет)\b[^.!?\n]{0,40},$", re.IGNORECASE)


# A reply that opens with the customer's @handle: its first word starts a sentence
_HANDLES = re.compile(r"^\s*(?:@\w+(?:\.\w+)*[\s,:]*)+$")


_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*(?:[-•·▪*][ \t]*)?(?:\d{1,2}|[A-Za-zА-Яа-я])[.)]$|[.!?:;,][ \t]+\(?\d{1,2}\)$")  # "2) Через приложение — eSIM", "- A) Fit a new SSD", "…this option. 2) Exchange for…": a numbered or lettered item starts a sentence


_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D \t]+$")


def _sentence_start(text: str, pos: int) -> bool:
    before = _SYMBOLS.sub("", text[:pos]).rstrip(" \t\"'«“(—–-•·▪*")  # a bullet starts its line's sentence, and so does an emoji ("📅 Когда:") or an item after " · " ("…/orders · Phone: …")
    if not before or before.endswith("\n") or _HANDLES.match(before) or text[:pos].rstrip(" \t").endswith(("\n", " ·", " |")) or _GREETING.search(before[-60:]) or _LIST_NUMBER.search(before):
        return True
    if before[-1] in "!?…:" or before.endswith((".)", "!)", "?)", ".»", ".\"", ".”")):  # "(…agreed to the move.) Prefer to stay put?"
        return True
    return before[-1] == "." and not _ABBREVIATION.search(before[-12:])


def _signoff_start(text: str) -> int:
    """Where the sign-off block starts: the line after the last closing ("Kind regards,"), else the end."""
    found = list(_CLOSING.finditer(text))
    return found[-1].end() if found else len(text)


@cache
def _morph():
    import pymorphy3  # only the fact checks load it, never the linter

    return pymorphy3.MorphAnalyzer()
