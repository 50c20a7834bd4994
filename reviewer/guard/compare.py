"""Compare a rewrite's facts and promises with the draft's (and the customer's message).

- kept: a draft fact the rewrite states with the same value;
- dropped: a draft fact the rewrite lacks (what the linter asks to cut may go:
  the ticket's number in ticket boilerplate, S001, but not an order number the
  same sentence names; the links of a link dump, S003);
- changed: a dropped fact and an added one of the same kind in the same place
  ("24 Baker Street" for "42 Baker Street");
- added: a rewrite fact in neither the draft nor the customer's message. The
  customer's own facts may be echoed with their value, but not promised as a
  deadline: "by Friday" is a time frame the agent never gave, whoever said
  Friday first;
- promises added: remedies and commitments the draft does not make (``promises``).
"""

from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal, InvalidOperation
from dataclasses import dataclass, field
from functools import lru_cache

from ..lint.apology import apology_regex
from ..lint.registry import fragment_regex
from ..text.prepared import folded, lowered
from . import names as _names
from . import pii as _pii
from . import promises as _promises
from .facts import COMPOUND_FIRST, NEXT_TO_DAY, UNITS, WEEKDAY_ONLY, Fact, extract, weekday
from .promises import Promise, sentence

# Facts that are the same kind of thing, for pairing a dropped fact with its replacement.
FAMILY = {"reference": "number", "duration": "number", "percent": "number", "fraction": "number", "year": "date", "month": "date", "weekday": "date", "day": "date"}
TIMEISH = frozenset({"time", "date", "year", "month", "weekday", "day", "duration"})
# What makes a time a deadline: "by Friday", «до 5 марта»; "in" and «через» only before a duration ("in 2 days").
_DEADLINE = re.compile(
    r"(?:\b(?:by|until|till|before|within|no\s+later\s+than)|(?<!\w)(?:к|до|в\s+течение|не\s+позднее|не\s+позже))\s+(?:the\s+(?:end\s+of\s+)?)?$"
    r"|\bbefore\s+(?:your|the)\s+(?:\w+\s+)?(?:flight|trip|appointment|visit|departure|stay|event|move|holiday|wedding|exam)\s+(?:on|at)\s+$",  # "before your flight on 28 August"
    re.IGNORECASE
)
# The customer's own deadline echoed, with the customer as its subject: «вы не успели вернуть велосипед к 20:00».
# the customer's own event, which a step is to come before: "before your move on 15 March", "before the 14:32" (their train)
_THEIR_EVENT = re.compile(r"\b(?:before|ahead\s+of|in\s+time\s+for)\s+your\s+(?:[\w-]+\s+){1,2}(?:on|at)\s+$|(?<!\w)(?:до|к)\s+ваш\w*\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_THEIR_DEPARTURE = re.compile(r"\b(?:before|ahead\s+of|in\s+time\s+for)\s+the\s+$", re.IGNORECASE)  # "before the 14:32": a train named by its time (not "before the 20th")
_YOURS = re.compile(r"(?:^|\b(?:and|but|that|if|so|и|но|а|что|если)\s+)(?:you|вы|вам|(?:у\s+)?вас|ты|тебе|(?:у\s+)?тебя)\s+(?:[\w'-]+\s+){0,7}$", re.IGNORECASE)
# ...or a deadline that was missed: "sorry they didn't reach you by 10 June"
_MISSED = re.compile(r"\b(?:didn't|did\s+not|wasn't|weren't|hadn't|couldn't|failed\s+to|missed)\b|(?<!\w)не\s+(?:успел\w*|пришл\w*|приш[её]л|доставил\w*|смогл\w*|смог|состоял\w*|получил\w*|выполнил\w*|сдержал\w*)\b|(?<!\w)сорвал\w*|\bfell\s+through\b", re.IGNORECASE)
# ...or one the customer waited till: "waiting until 6:10 pm for your room", «прождали до 23:00»
# a time counted from the customer's purchase or delivery: «через месяц после покупки», "a week after delivery"
_AFTER_THEIRS = re.compile(r"\s+(?:после|с\s+момента)\s+(?:покупк\w+|приобретени\w+|доставк\w+|установк\w+|получени\w+|оплат\w+)|\s+after\s+(?:the\s+|your\s+)?(?:purchase|purchasing|buying|delivery|installation|you\s+(?:bought|received|paid))\b", re.IGNORECASE)
# ...or the time the customer needs: "well before the 11 o'clock you need to be there"
_YOU_NEED_AFTER = re.compile(r"(?:\s*o'clock)?\s+(?:that\s+)?you\s+(?:need|have|must|want)\b", re.IGNORECASE)
_WAITED = re.compile(r"\b(?:waited|waiting|queued|queuing|stuck|sat|sitting)\s+(?:[\w'-]+\s+){0,4}$|(?<!\w)(?:ждали|ждал|ждала|прождал\w*|просидел\w*|ожидали)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)
# The end of a range is no deadline: «с 18 до 19 часов», "from 9 until 12" (a new range is still a new fact)
_RANGE_END = re.compile(r"(?:(?<!\w)(?:с|со)|\bfrom)\s+[\w:.]+\s+(?:до|until|till)\s+$", re.IGNORECASE)
# ...or told of as the past: "sorry the fan kept you awake until 1am" (the customer's "ran until 1am")
_PAST = re.compile(r"\b(?:was|were|had|did|kept|ran|went|came|left|took|got|made|sent|said|told|stayed|[a-z]{3,}ed)\b|(?<!\w)(?:был\w*|[а-яё]{3,}(?:л|ла|ли|ло)(?:ся|сь)?)(?!\w)", re.IGNORECASE)
# ...or set against ours: "ready 3 to 5 working days from 4 March rather than within 48 hours", «а не за сутки»
_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:within|in|by|before|after)?\s*$|(?<!\w)(?:а\s+не|вместо)\s+(?:через|за|в\s+течение|до|к)?\s*$", re.IGNORECASE)
# ...or what they need it for, in a condition: «Если эндокринологу к понедельнику нужна справка»
_IF = re.compile(r"(?:^|\b)(?:if|если)\s+(?:[\w'-]+\s+){0,6}$", re.IGNORECASE)
_NEED = re.compile(r"\b(?:needs?|needed|requires?|required)\b|(?<!\w)(?:нуж[ен]\w*|нужн\w*|понадоб\w+|необходим\w*)", re.IGNORECASE)
# ...or by when the customer can still pay or send something: «Внести платёж до 20-го можно и без приложения»
_CAN = re.compile(r"\b(?:you\s+can|you\s+could|you(?:'ll|\s+will)\s+be\s+able\s+to)\b|(?<!\w)(?:можно|сможете|успеете)(?!\w)", re.IGNORECASE)
_PAY = re.compile(r"\b(?:pay|make\s+(?:the|your|a)\s+payment|send|submit|top\s+up)\b|(?<!\w)(?:внести|оплатить|заплатить|перевести|отправить|пополнить)(?!\w)", re.IGNORECASE)
_WITHIN = re.compile(r"(?:\bin|(?<!\w)через)\s+(?:the\s+next\s+)?$", re.IGNORECASE)


CUT = ("S001", "S003")  # rules whose fix is to cut the flagged words, facts and all
# rules whose fix is to cut the flagged words' sentence: "Нам очень жаль, что поездка в Сочи сорвалась.", "We are sorry you
# feel Oliver has been left out."
CUT_SENTENCE = ("A001",)
# ...and an opening or repeated apology's, when it names no number, code or placeholder: "Sorry for the hassle on Tuesday." (not
# "I'm sorry, but our technicians found liquid damage on your laptop (serial 5CD1234XYZ)", "I'm sorry, the problem was that
# your e-ticket 125-4410982365 was issued late")
_BARE_APOLOGY = ("A002", "A003")
_VALUES = re.compile(r"\d|\{\{|%[A-Za-z_][\w.]*%|#")


# A memo's subject line over the body, "Re: Booking VW-2290", "Ref: 3B Mill Lane – damp/mould", «Тема: возврат залога»: the
# email's subject says it, and a rewrite of the body may leave it out
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:re|ref(?:erence)?|subject|тема|касательно)\b\.?(?:[ \t]*:|[ \t]+(?=\S*\d))[^\n]{1,80}$", re.IGNORECASE | re.MULTILINE)
_HEAD = 300  # where a subject line may stand: the top of the draft
# ...and the reference a letter is filed under, on a line of its own at its foot: "Automated reference: UC/8819/22",
# "Ticket Ref: LIC/30321/A", «Исх. № 08-11/7725»
_FILED_LINE = re.compile(r"^[ \t]*(?:(?:automated|our|your|ticket|case|letter)\s+ref(?:erence)?|ref(?:erence)?|исх(?:одящий)?\.?|вх(?:одящий)?\.?)\b\.?(?:[ \t]*(?::|№|no\.?))?[ \t]*\S*\d\S*[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FOOT = 200
# the answer promised after the ticket's registration, with no time of its own: «…зарегистрировано. Ответ будет дан в
# установленные сроки.», "…has been logged. You will receive a response in due course." (this reply is the answer)
_ANSWER_AFTER = re.compile(
    r"[.!]?\s*(?:(?:ответ|решение)\w*\s+(?:будет|будут|(?:вам\s+)?(?:дадим|направим|предоставим|пришл[её]м))|(?:we|i)(?:'ll|\s+will)\s+(?:respond|reply|get\s+back\s+to\s+you)|you(?:'ll|\s+will)\s+(?:receive|get|hear)\s+(?:a\s+|an\s+|our\s+)?(?:response|reply|answer))[^.!?\n\d]*[.!]?",
    re.IGNORECASE,
)
# the closing thanks for choosing the company, whose name it repeats: "Thank you for choosing Store 24!", «спасибо, что выбрали «Кладовую 24»!»
_CHOSEN_US = re.compile(r"\bthank(?:s|\s+you)\s+(?:again\s+)?for\s+(?:choosing|shopping\s+with|being\s+a\s+customer\s+of)\b[^.!?\n]*|(?<!\w)(?:спасибо|благодарим(?:\s+вас)?),?\s+что\s+(?:выбрали|выбираете|пользуетесь\s+услугами|остаётесь\s+с|остаетесь\s+с)(?!\w)[^.!?\n]*", re.IGNORECASE)
CUT_SOURCE = ("W004",)  # rules whose flagged words go with what they point to: "As mentioned in our Terms of Service,"
_DENIAL_END = re.compile(r"[:;—–\n]|,\s*(?:but|however|yet|although|но|однако|а)\b|[.!?](?=\s|$)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
_CODE = re.compile(r"(?<![\w-])(?=[A-ZА-ЯЁ\d-]*\d)[A-ZА-ЯЁ]+[A-ZА-ЯЁ\d]*-[A-ZА-ЯЁ\d-]*\d(?![\w-])")


def optional(findings, text: str = "", lang: str = "en") -> list[tuple[int, int]]:
    """The spans of the draft whose facts a rewrite may drop: the linter asks to cut them (with ``text``, in ``lang``: a
    repeated apology's sentence, and the rest of a blaming phrase's clause, the document it points to)."""
    spans = [(f.start, f.end) for f in findings if f.code in CUT] + [sentence(text, f.start, f.end) for f in findings if text and f.code in CUT_SENTENCE]
    spans += [span for f in findings if text and f.code in _BARE_APOLOGY and not _VALUES.search(text, *(span := sentence(text, f.start, f.end)))]
    # a canned phrase's sentence whose step the linter finds untimed, with no value in it: «Мы ценим каждого клиента и
    # разберёмся в ближайшее время!!!», "We value your business and will look into this shortly"
    spans += [span for f in findings if text and f.code == "W003" and not _VALUES.search(text, *(span := sentence(text, f.start, f.end))) and any(g.code == "S002" and span[0] <= g.start < span[1] for g in findings)]
    spans += [m.span() for m in _SUBJECT_LINE.finditer(text[:_HEAD])]
    spans += [m.span() for m in _FILED_LINE.finditer(text, max(0, len(text) - _FOOT))]
    spans += [m.span() for m in _CHOSEN_US.finditer(text, max(0, len(text) - _FOOT))]
    spans += [(f.start, m.end()) for f in findings if text and f.code == "S001" and (m := _ANSWER_AFTER.match(text, f.end))]
    lower = lowered(folded(text)) if text and any(f.code in CUT_SOURCE for f in findings) else ""
    for f in findings:
        if lower and f.code in CUT_SOURCE:
            # (a fault denied, and the reason that argues it: "It is not our fault that the render cracked, as the frost in January
            # was severe"; not what follows "but" or a colon: «это не наша вина: билет … использован 30 августа в 17:42» is the case)
            if fragment_regex("denial", lang).match(lower, f.start):
                spans.append((f.start, end.start() if (end := _DENIAL_END.search(text, f.end)) else len(text)))
            end = _CLAUSE_END.search(text, f.end)
            end = end.start() if end else len(text)
            code = _CODE.search(text, f.end, end)  # (not a claim's or booking's code it names: "you failed to attach one to claim CL-44082")
            spans.append((f.start, code.start() if code else end))
    return spans


@lru_cache(maxsize=64)
def facts(text: str, lang: str) -> tuple[Fact, ...]:
    """Every fact of ``text``, names included, in text order (kept for the next rewrite of the same draft)."""
    found = extract(text, lang)
    return tuple(sorted(found + _names.names(text, lang, [(f.start, f.end) for f in found]), key=lambda f: f.start))


@dataclass
class Comparison:
    kept: list[tuple[Fact, Fact | None]] = field(default_factory=list)  # (draft, rewrite; None: its words are there, not as a name)
    dropped: list[Fact] = field(default_factory=list)
    changed: list[tuple[Fact, Fact]] = field(default_factory=list)  # (draft, rewrite)
    added: list[Fact] = field(default_factory=list)
    deadlines: list[Fact] = field(default_factory=list)  # time frames the draft never gave
    promises_added: list[Promise] = field(default_factory=list)
    promises_kept: list[Promise] = field(default_factory=list)  # the draft's (usual ones too) that a promise of the rewrite tells

    @property
    def ok(self) -> bool:
        return not (self.dropped or self.changed or self.added or self.deadlines or self.promises_added)


def compare(draft: str, rewrite: str, lang: str, context: str | None = None, optional: list[tuple[int, int]] = ()) -> Comparison:
    """``optional``: spans of the draft whose facts may go (``optional(findings)``)."""
    mine, new = facts(draft, lang), facts(rewrite, lang)
    theirs = facts(context, lang) if context else ()
    said_words = _names.known_words(rewrite)
    draft_words = _names.known_words(draft)
    known_words = draft_words | _names.known_words(context or "")
    result = Comparison()
    for d in mine:
        if not d.strict:
            continue
        match = next((r for r in sorted(new, key=lambda r: (r.kind != d.kind, r.value != d.value)) if (_same(d, r) and not _bare_for_clock(d, r, rewrite) and _counts_alike(draft, rewrite, d, r, mine + theirs)) or d.kind == "weekday" and r.kind == "date" and _weekday_of(r) == d.value), None)  # one of its own kind and value first
        if match is not None and _other_month(d, match, new):
            match = None  # «до 10 июня» is not kept by «до 10-го числа» where the rewrite says «до 10 июля»
        if match is not None:
            result.kept.append((d, match))
        elif d.kind == "name" and _words_in(d, said_words, initials=False):  # its words are there, not as one name; «Соколова Е. А.» as «Соколову»
            result.kept.append((d, None))
        elif d.kind == "name" and any(r.kind == "name" and _contracted(draft[d.start : d.end + 30], r.text) for r in new):
            result.kept.append((d, None))  # «Социальный фонд» as «Соцфонд»
        elif d.kind == "name" and _model_kept(d, mine, new, said_words):
            result.kept.append((d, None))  # "Weissgauff WM 4947" as "WM 4947", "Mercedes Sprinter" as "Sprinter": a make left off the model kept
        elif d.kind == "name" and _institution_named(d, rewrite, mine):
            result.kept.append((d, None))  # "Manchester City Council sent us the PCN" told as "if the council accepts the appeal"
        elif d.kind == "name" and _adjective_of(d, rewrite):
            result.kept.append((d, None))  # «в Москве» said as «в московском дата-центре»
        elif d.kind == "name" and _greeted(draft, d) and d.parts[0] & said_words:
            result.kept.append((d, None))  # "Hi Sarah Lindqvist" greeted as "Hi Sarah", «Елена Павловна Громова» as «Елена Павловна»
        elif d.kind == "name" and len(d.parts) > 1 and "\n" not in d.text and any(r.kind == "name" and d.parts[-1] & frozenset().union(*r.parts) and _words_in(r, draft_words) for r in new):
            result.kept.append((d, None))  # "London Heathrow" said as "Heathrow", «Ирина Павловна Громова» as «Ирина Громова»
        elif d.kind == "name" and len(d.parts) == 3 and d.parts[0] & said_words and d.parts[1] & said_words and _names.patronymic(_names.WORD.findall(d.text)[1]):
            result.kept.append((d, None))  # «воспитатель Марина Игоревна Орлова» as «Марина Игоревна»: first name and patronymic name her
        elif d.kind == "name" and _greeted(draft, d) and _greeted_otherwise(d, rewrite, new, context):
            result.kept.append((d, None))  # "Dear Mrs Foster" as "Dear Claire", the customer signing "Claire Foster"
        elif d.kind == "name" and _YOUR_NAME.search(rewrite) and _greeted_otherwise(d, rewrite, new, context):
            result.kept.append((d, None))  # "ID matching the lead booker's name, Olivia Bennett" as "ID in your name" to the customer greeted "Olivia"
        elif d.kind == "placeholder" and _NAME_SLOT.search(d.value) and "\n" not in draft[: d.start].strip() and any(r.kind == "name" and _greeted(rewrite, r) and _words_in(r, known_words - draft_words) for r in new):
            result.kept.append((d, None))  # "Hello {{first_name}}" (on the first line) filled as "Hi Jasmine", the customer signing "Jasmine"
        elif d.kind == "date" and (span := _month_span(draft, d, mine)) and all(any(r.kind == "month" and r.value[-2:] == m for r in new) for m in span[::len(span) - 1 or 1]):
            result.kept.append((d, None))  # "1 July to 30 September" told as "July–September", «с 1 марта по 31 мая» as «за март, апрель и май»
        elif d.kind in ("date", "weekday") and _MOVED_FROM.search(draft, max(0, d.start - 60), d.start) and _MOVED_TO.match(draft, d.end):
            result.kept.append((d, None))  # «перенесена с 19 на 21 августа» as «переносится на 21.08»: the day it moved from may go
        elif d.kind == "month" and any(_in_month(r, d) for r in new):
            result.kept.append((d, None))  # "taken in June and July" told as "the payments of 1 June and 1 July"
        elif d.kind == "number" and d.value == "1" and _next_word(draft, d) and _next_word(draft, d) in _stems(rewrite):
            result.kept.append((d, None))  # "1 ребёнок" said as «ребёнок», "1 child" as "a child"
        elif d.kind == "path" and set(d.value.split("/")) <= {w.lower()[:5] for w in re.findall(r"\w+", rewrite)}:
            result.kept.append((d, None))  # «в разделе «Платежи», подраздел «Возврат переплаты»»: its labels, without the arrows
        elif d.kind in ("number", "duration") and _compounded(draft, rewrite, d):
            result.kept.append((d, None))  # «торт в 3 яруса» said as «трёхъярусный торт», "a 3 tier cake" as "a three-tier cake"
        elif d.kind == "number" and d.value in _TIMES_WORDS and _TIMES_WORDS[d.value].search(rewrite) and _TIMES.match(draft, d.end):
            result.kept.append((d, None))  # «2 раза в месяц» said as «дважды в месяц», "3 times a day" as "three times a day"
        elif d.kind == "number" and d.value != "1" and any(t.kind == "number" and t.value == d.value for t in theirs) and _stated_count(draft, d):
            result.kept.append((d, None))  # "For 8 users you are billed for 10 seats" to "our 8 people": the customer's own count told back
        elif d.kind == "weekday" and any(t.kind == "weekday" and t.value == d.value for t in theirs) and not _FUTURE.search(draft, *sentence(draft, d.start, d.end)):
            result.kept.append((d, None))  # "What happened on Saturday is …": the day the customer told of, in a sentence with nothing to come
        elif not _may_go(draft, d, mine, optional):
            result.dropped.append(d)
    for r in new:
        other_year = _other_year(r, mine + theirs) if r.kind == "date" else None
        if other_year is not None:
            result.changed.append((other_year, r))  # "April 2, 2026" → "April 2, 2025", where a bare "April 2" stood too
            continue
        if r.kind == "date" and _wrong_weekday(r, [d for d in mine + theirs if _same(d, r)], mine + theirs):
            result.added.append(Fact("weekday", _weekday_of(r), r.text, r.start, r.end, frozenset({f"weekday:{_weekday_of(r)}"})))
            continue
        # a name is the draft's when all its words are ("Kirill Sokolov" is more than the draft's "Kirill")
        if r.kind == "placeholder" or (r.kind != "name" and _stated(r, mine, draft)) or (r.kind == "name" and (_words_in(r, draft_words) or _platform_of_link(r, mine + theirs) or any(d.kind == "name" and (_initialled(d, r) or _adjective_of(d, r.text) or _contracted(draft[d.start : d.end + 30], r.text)) for d in mine))):
            continue
        if _restated(r, mine, new) or r.kind == "path" or _word_said(r, draft + "\n" + (context or "")):
            continue  # (a path only keeps: "Heathrow Terminal 5 → Edinburgh" may be a route the draft told in words)
        back = 2 if any(f.kind == "date" and 0 <= f.start - r.end <= 12 for f in new) else 0  # "Monday 21st", "Thursday the 2nd of October"
        if r.kind == "weekday" and (given := {w for f in new if _beside(f, r) for g in _range_of(f, new, rewrite) for d in mine + theirs if _same(d, g) for w in _weekdays_given(d, mine + theirs)}) and r.value not in given:
            result.added.append(r)  # «17 апреля (пятница)» for the draft's «в четверг, 17 апреля»: the draft's weekday, whatever the calendar says
            continue
        if r.kind == "weekday" and _DAY_BEFORE.search(draft) and r.value in {str((int(w) - 2) % 7 + 1) for d in mine for w in ([d.value] if d.kind == "weekday" else _weekdays_given(d, mine) if d.kind == "date" else [])}:
            continue  # "on the Sunday evening" for the draft's "the night before" its Monday
        if r.kind == "weekday" and any(d.kind == "date" and r.value in (_weekday_of(d), *_weekdays_of(d, back)) for d in mine + theirs):
            continue  # "by Saturday" for the draft's "until Saturday 8 March", or worked out from "8 March" (one way only: a weekday keeps no date)
        if r.kind in ("weekday", "date") and (_in_range(r, mine, draft, new, rewrite) or _in_range(r, theirs, context or "", new, rewrite)):
            continue  # "Tuesdays, Wednesdays and Thursdays" for the draft's "Tuesday–Thursday", "Dec 23" for "December 22 to 24"
        if r.kind == "day" and r.value == "weekend" and {"6", "7"} & {w for d in mine + theirs for w in ([d.value] if d.kind == "weekday" else _weekdays_given(d, mine + theirs) if d.kind == "date" else ())}:
            continue  # "over the weekend" for the customer's "on Saturday 11 November", «к выходным» for «к субботе»
        if r.kind == "day" and r.value == "end of day" and any(d.kind == "time" and d.value in ("23:59", "00:00", "24:00") for d in mine + theirs):
            continue  # «до конца дня 27 октября» for the draft's «до 23:59 27 октября»
        if r.kind == "day" and _apologised(_sentence_before(rewrite, r), lang) and _MISSED.search(_clause_of(rewrite, r)):
            continue  # "I'm sorry we didn't keep you updated this week": a time of what went wrong, set for nothing
        if r.kind == "month" and (any(_in_month(d, r) for d in mine + theirs) or any(r.value[-2:] in _month_span(draft, d, mine) for d in mine)):
            continue  # «весь декабрь» for the draft's «до 31 декабря» (one way only: a month keeps no date)
        if _zero_told_free(r, draft):
            continue  # «стоимость замера: 0 ₽» for the draft's «Замер, как и раньше, бесплатный»
        if r.kind == "schedule" and r.value == "daily" and _BOTH_DAYS.search(draft):
            continue  # "9:30am to 4:30pm each day" for the draft's "20–21 July, 9:30am to 4:30pm on both days"
        if r.kind in TIMEISH and _deadline(rewrite, r):  # "within a week" too: a number word is a time frame there
            if not (_stated(r, theirs, context) and _told_of(rewrite, r, lang)):
                result.deadlines.append(_with_preposition(rewrite, r))
        elif r.strict and not (_stated(r, theirs, context) or (r.kind == "name" and (_words_in(r, known_words) or _an_acronym_of(draft, r) or _brand_named(r, draft) or _clipped(r, known_words) or _spaced_out(r, draft))) or _difference_of(r, mine + theirs, rewrite) or _round_the_clock(r, mine) or _weekdays_but(r, mine, new)):
            result.added.append(r)
    _shared_number(result, draft, mine, optional)
    # a schedule left out ("daily") is detail a rewrite may drop (not Monday to Saturday, which tells the day it is shut); one it
    # adds ("seven days a week") is invented
    result.dropped = [d for d in result.dropped if (d.kind != "schedule" or d.value == "monsat") and not _said_otherwise(draft, d, [k for k, _ in result.kept]) and not _signer_kept(draft, d, mine, said_words) and not _customer_signs(d, context, rewrite) and not _in_address(d, new) and not _app_linked(d, rewrite) and not _zero_told_free(d, rewrite) and not _plural_said(d, rewrite) and not _word_said(d, rewrite) and not _card_brand(draft, d, rewrite) and not _acronym_kept(draft, d, rewrite) and not _counted_list(draft, d) and not _model_year(draft, rewrite, d) and not _none_said(draft, rewrite, d) and not _corrected(draft, d, theirs) and not _ratio_kept(d, result.kept, rewrite) and not _date_for(draft, d, result.kept)]
    _same_digits(result, draft, rewrite)
    _start_and_length(result, mine, new)
    _pair_changes(result, draft, rewrite)
    _regrouped(result, draft)
    result.changed += _counts_changed(draft, rewrite, mine, new)
    drafted = _promises.promises(draft, lang, usual=True)
    stated = _promises.conditions(rewrite)
    told = _promises.promises(rewrite, lang)
    added = _promises.added(drafted, told, stated, _promises.stems(rewrite))
    made = _promises.promises(draft, lang) if added else ()  # (how a remedy always goes, «деньги возвращаются на карту», is no promise to retell)
    kept = [q for q in told if q not in added]
    result.promises_added = [
        p for p in added
        if not (_paid_in_draft(draft, mine, new, p, stated) and not _paid_twice(p, kept, draft)) and not _retold(draft, made, p) and not _valued_alike(p, drafted, mine, new)
        and not (p.kind in ("priority", "upgrade") and context and p.around().lower() in context.lower())  # the customer's own "Fast Track appointment"
        and not _warranty_pays(p, draft, rewrite) and not _customers_voucher(p, rewrite, context) and not _discount_priced(p, drafted, mine, new) and not _price_cut_told(p, draft, mine, new) and not _owed(p, draft, drafted) and not _fault_owned(p, draft) and not _voided(p, draft) and not _beside_surcharge(p, draft, rewrite) and not _spoken_of(p, draft) and not _copied(p, draft, drafted) and not _points_back(p, drafted)
        and not _along_kept(p, kept, draft)
    ]
    result.dropped += _free_dropped(draft, rewrite, drafted, told, mine, optional)
    result.promises_kept = [p for p in drafted if any(t.same(p) for t in told)]
    return result


# What a clause names by pointing back ("this visit", «эту поездку») or only limits ("only part of it", «лишь часть»)
_POINTED = re.compile(r"\b(?:this|that|these|those)\s+(?!time\b)(\w+)|(?<!\w)(?:эт(?:от|а|о|у|ого|ой|и|их|им))\s+(?!раз\b)(\w+)", re.IGNORECASE)  # not "on the house this time": when, not what
_ONLY = frozenset(map(_promises.stem, "only только лишь".split()))
_PART = _ONLY | frozenset(map(_promises.stem, "part some часть".split()))


def _along_kept(p: Promise, kept: list[Promise], draft: str) -> bool:
    """A thing done "on the same trip" («Курьер заодно заберёт у вас Casio») where that thing is a promise of the draft's the
    rewrite keeps («Курьер заберёт у вас Casio», on the day of the delivery), or a step the draft says will be done ("While he's
    there he'll check the pitch too" for "Colin will also check the pitch"), in the draft's words: the draft's own arrangement,
    told as one trip (not "…at no charge and straighten out the sagging section while we're there": a job the draft never took on)."""
    along = _ALONG.search(p.text)
    if p.kind != "priority" or along is None:
        return False
    job = _promises.stems(p.text) - _promises.stems(along.group())
    if job - _promises.stems(draft):
        return False
    return any(q.kind != p.kind and (q.start, q.end) == (p.start, p.end) for q in kept) or any(job <= _promises.stems(draft, s) and _AHEAD.search(draft, *s) for s in _promises.sentences(draft))


_ALONG = re.compile(r"(?<!\w)заодно(?!\w)|" + _promises.WHILE_THERE, re.IGNORECASE)


def _points_back(p: Promise, drafted: list[Promise]) -> bool:
    """A money remedy of the draft's limited ("we can only cover part of it": it names nothing but that) or pointed back at
    in the draft's words ("There's no extra charge for this visit" after a return visit made "at no extra cost": it names
    nothing but what "this" points at)."""
    if p.kind not in _promises.MONEY or p.amounts:
        return False
    if p.objects & _ONLY and p.objects <= _PART:
        return any(d.kind in _promises.MONEY and not d.conditional for d in drafted)
    named = {w for m in _POINTED.finditer(p.text) for w in _promises.stems(m.group(), (m.start(1 if m[1] else 2) - m.start(), len(m.group())))}
    free = lambda q: bool(_promises.NO_CHARGE_SAID.search(q.text))  # noqa: E731
    return bool(p.objects) and p.objects <= named and free(p) and any(d.kind == p.kind and not d.conditional and free(d) for d in drafted)


_TIMES = re.compile(r"\s*(?:раз[а]?|times?|x)\b", re.IGNORECASE)
_TIMES_WORDS = {
    "2": re.compile(r"\b(?:twice|two\s+times)\b|(?<!\w)(?:дважды|два\s+раза)(?!\w)", re.IGNORECASE),
    "3": re.compile(r"\b(?:three\s+times|thrice)\b|(?<!\w)(?:трижды|три\s+раза)(?!\w)", re.IGNORECASE),
    "4": re.compile(r"\bfour\s+times\b|(?<!\w)(?:четырежды|четыре\s+раза)(?!\w)", re.IGNORECASE),
}


def _contracted(full: str, short: str) -> bool:
    """A name of two words written as one, the first cut short: «Социальный фонд» as «Соцфонд», «Министерство здравоохранения»
    as «Минздрав»."""
    words, short = _names.WORD.findall(full.lower())[:2], short.lower()  # the name and the word after it («фонд» is not capitalised)
    return len(words) == 2 and " " not in short and any(short == words[0][:k] + words[1][: len(short) - k] for k in range(3, 6)) and len(short) >= 7


def _stated_count(draft: str, fact: Fact) -> bool:
    """Whether a number counts people or things ("8 users", «8 человек»), not an amount, a time or a code."""
    return bool(_COUNTED.match(draft, fact.end))


_COUNTED = re.compile(r"\s+(?:[a-z-]+\s+)?(?:users?|people|persons?|seats?|members?|staff|employees?|guests?|passengers?|adults?|children|kids|nights?|items?|pieces?|boxes|bags?|pallets?|человек\w*|пользовател\w*|сотрудник\w*|гост\w*|пассажир\w*|взросл\w*|дет\w*|ноч\w*|мест\w*|товар\w*|коробк\w*|паллет\w*)\b", re.IGNORECASE)


def _copied(p: Promise, draft: str, drafted: list[Promise]) -> bool:
    """A clause copied word for word from a sentence where the draft makes a promise with no "if": ", as a one-off
    goodwill gesture" set apart from "we have decided to repair the rear camera at no charge"."""
    at = draft.lower().find(p.text.lower())
    return len(p.text.split()) >= 3 and at >= 0 and any(d.sentence[0] <= at < d.sentence[1] and not d.hedged for d in drafted)


def _free_dropped(draft: str, rewrite: str, drafted: list[Promise], told: list[Promise], mine: list[Fact], optional) -> list[Fact]:
    """What the draft gives free and the rewrite never tells: «Подъём на этаж бесплатно», "with a complimentary bottle
    of prosecco" left out. Kept when the rewrite waives any charge or says "free" anywhere, or a sentence of it shares
    two of the clause's words; one with an amount the draft states nowhere else is the amount's to keep."""
    if any(q.kind == "cost" for q in told) or _promises.NO_CHARGE_SAID.search(rewrite):
        return []
    told_in = said(rewrite)
    dropped = []
    for p in drafted:
        amounts = [f for f in mine if f.kind == "money" and p.start <= f.start < p.end]
        if p.kind != "cost" or p.loose or any(a <= p.start < b for a, b in optional) or any(not _elsewhere(f, mine, p) for f in amounts):
            continue
        words = _promises.stems(draft, (p.start, p.end))
        if words and (untold(words, told_in) or _FREE_SAID.search(draft, p.start, p.end)):
            dropped.append(step(draft, p.start, p.end))  # left out with its clause, or its "free of charge" cut from it ("we'll collect it on Wednesday")
    return dropped


# (and "there is no charge", "no termination fee applies", «без штрафа»: the words that make it free, cut from a clause told otherwise;
# narrower than promises.NO_CHARGE_SAID, which also takes "free" alone and a gift)
_FREE_SAID = re.compile(r"\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|\bfor\s+free\b|\bthere(?:'s|\s+is|\s+will\s+be)\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost|fee)\b|\bno\s+(?:[\w-]+\s+)?(?:fee|charge|penalty)\s+(?:applies|is\s+(?:due|charged|payable))\b|(?<!\w)(?:бесплатно|за\s+наш\s+сч[её]т|за\s+сч[её]т\s+компании|без\s+(?:штрафа|неустойки|доплаты|комиссии))(?!\w)", re.IGNORECASE)


def _elsewhere(fact: Fact, facts: list[Fact], p: Promise) -> bool:
    """Whether the draft states the value outside the promise's clause too ("for a $15 fee … we will waive the $15 fee")."""
    return any(f.value == fact.value and not p.start <= f.start < p.end for f in facts)


def said(rewrite: str) -> list[tuple[tuple[int, int], frozenset[str]]]:
    """Each sentence of a rewrite with the stems of its words (an aside in brackets counts as said)."""
    plain = rewrite.replace("(", " ").replace(")", " ")
    return [(span, _promises.stems(plain, span)) for span in _promises.sentences(rewrite)]


def untold(words: frozenset[str], told: list[tuple[tuple[int, int], frozenset[str]]], values: list[int] = (), need: int | None = None) -> bool:
    """Whether no sentence tells what ``words`` say: none shares ``need`` of them (two by default, all when fewer), each
    value of theirs it keeps counting as one."""
    need = min(2, len(words)) if need is None else need
    return not any(len(words & t) + sum(a <= v < b for v in values) >= need for (a, b), t in told)


def step(text: str, start: int, end: int) -> Fact:
    """A step or condition of the draft, as a fact that a rewrite keeps or drops."""
    return Fact("step", text[start:end].strip(), text[start:end], start, end, frozenset())


# a remedy or a right to money the draft states: "you will receive €43 in total", "each passenger … is entitled to €400"
_RIGHT = re.compile(
    r"\b(?:entitled\s+to|eligible\s+for|qualif(?:y|ies)\s+for|can\s+be\s+claimed|(?:can|may)\s+claim|get|receive)\b[^.!?\n]{0,40}?(?:[$£€₽]\s?\d|\d[\d\s.,]*\s?(?:[$£€₽]|eur\b|euros?|pounds|руб))"
    r"|(?<!\w)(?:положен\w*|полагается|имеете\s+право\s+на)(?!\w)",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def _owed(p, draft: str, drafted: list) -> bool:
    """"You're entitled to compensation", «вам положена компенсация»: the remedy the draft makes, or the right it states,
    named by its kind alone (nothing more of it, no amount in its clause; a list after its colon may name the grounds:
    «Компенсация вам положена: у нас есть акт № А-118/04»)."""
    if p.kind != "compensation" or not _promises.OWED.search(p.text) or _DIGIT.search(p.text) or _promises.MORE.search(p.text):
        return False
    return any(d.kind == p.kind and not d.conditional for d in drafted) or bool(_RIGHT.search(draft))


# "That's on us" alone, where the draft owns the fault ("That was our error"): the fault owned again, no cost let off; so is
# "which is on us" after what we did wrong, with nothing to come in it ("we wrapped your roof in gloss, which is on us: it
# was entered as 'gloss black' by mistake")
_NOT_PROMISED = r"(?!\b(?:will|'ll|can|shall|going\s+to)\b)"  # no word that makes a promise: "on us" said of a thing done, not to be done
_ON_US_ALONE = re.compile(rf"(?:(?:{_NOT_PROMISED}[^.!?])+,\s*which|that|this)(?:\s+one)?(?:'s|\s+is|\s+was)\s+(?:(?:all|entirely|completely|totally|fully|really|squarely)\s+)?on\s+us(?:\s*[:;—–]\s*(?:{_NOT_PROMISED}.)*)?\W*", re.IGNORECASE)
_OUR_FAULT = re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:error|mistake|fault|oversight)\b|\bwe\s+(?:got\s+(?:it|this|that)\s+wrong|made\s+(?:a|an)\s+(?:mistake|error))\b|\b(?:the\s+)?(?:error|mistake|fault)\s+(?:is|was)\s+(?:ours|mine)\b", re.IGNORECASE)  # "so the mistake is ours"


def _fault_owned(p, draft: str) -> bool:
    return p.kind == "cost" and bool(_ON_US_ALONE.fullmatch(p.text)) and bool(_OUR_FAULT.search(draft))


# an invoice the draft calls off: "we've cancelled invoice 6612", "invoice 6612 has been voided", «счёт № 6612 мы аннулировали»
_VOIDED = re.compile(
    r"(?<!\w)(?:сч[её]т|invoice|bill)(?:\s+(?:№\s?|#|no\.\s?)?[\w-]*\d[\w-]*)?\s+(?:(?:has\s+been|was|is|мы|уже)\s+)?(?:аннулир|отозва|cancell?ed|voided|withdrawn)\w*"
    r"|\b(?:cancell?ed|voided|withdrew|withdrawn)\s+(?:the\s+|your\s+|that\s+)?(?:invoice|bill)\b|(?<!\w)(?:аннулировали|отозвали)\s+(?:ваш\s+|этот\s+)?сч[её]т",
    re.IGNORECASE,
)
_NO_NEED_TO_PAY = re.compile(r"\bno\s+need\s+to\s+pay|\b(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)\s+to\s+pay|(?<!\w)(?:платить|оплачивать)\b[^.!?\n]{0,30}?не\s+(?:нужно|надо|требуется|придётся|придется)|(?<!\w)не\s+(?:нужно|надо|придётся|придется)\s+(?:платить|оплачивать)", re.IGNORECASE)


def _voided(p, draft: str) -> bool:
    """"you don't need to pay that invoice" («платить по этому счёту не нужно») where the draft says it was cancelled."""
    return p.kind == "cost" and bool(_NO_NEED_TO_PAY.search(p.text)) and bool(_VOIDED.search(draft))


# a surcharge and its amount: «с доплатой 500 руб.», "for an extra £5", "a £5 supplement"
_SURCHARGE = re.compile(r"(?<!\w)(?:с|за)\s+доплат\w*\s+(\d[\d\s\u00a0]*\d|\d)|\b(?:surcharge|supplement|extra\s+charge)\s+of\s+[£$€]\s?(\d[\d.,]*)|\bextra\s+[£$€]\s?(\d[\d.,]*)|[£$€]\s?(\d[\d.,]*)\s+(?:extra|surcharge|supplement)\b", re.IGNORECASE)


def _beside_surcharge(p, draft: str, rewrite: str) -> bool:
    """"free on weekdays" told beside the draft's surcharge for the other option, the free one named by the draft
    («в будние дни — без доплаты, в выходные — с доплатой 500 рублей» for «можно использовать в будни, а в выходные —
    с доплатой 500 руб.»): the terms, no new remedy."""
    amounts = lambda text: {re.sub(r"\D", "", next(g for g in m.groups() if g)) for m in _SURCHARGE.finditer(text)}  # noqa: E731
    beside = amounts(rewrite[p.sentence[0] : p.sentence[1]])
    named = {w[:4] for w in p.objects if w.isalpha()}  # what is free the draft names, half of it at least: «в будние дни» for «в будни»
    return p.kind == "cost" and bool(beside) and beside <= amounts(draft) and 2 * len(named & {w[:4] for w in _promises.stems(draft)}) >= len(named) > 0


def _spoken_of(p, draft: str) -> bool:
    """"the discount comes off by itself at checkout" where the draft speaks of the discount ("The discount is capped at
    £10"): the one it tells of, in its own words."""
    if p.kind != "discount" or not p.definite:
        return False
    return bool(re.search(r"\b(?:the|this|your)\s+" + re.escape(p.around().lower()) + r"\b", draft, re.IGNORECASE))


# A voucher, gift card or certificate the customer wrote about, named as theirs in a clause that gives nothing
_VOUCHER = re.compile(r"(?:gift\s+)?(?:vouchers?|cards?|certificates?)|(?:подарочн\w+\s+)?(?:сертификат|карт|купон)\w*", re.IGNORECASE)
_THEIRS_BEFORE = re.compile(r"(?:\b(?:your|the|this|that)|(?<!\w)(?:ваш\w*|тво\w*|это\w*|эт[аи]\w*))\s+(?:[\w£$€₽.,-]+\s+){0,2}$", re.IGNORECASE)
_GIVING = re.compile(r"\b(?:we|i)(?:'ll|'ve|'d|\s+will|\s+have|\s+can|\s+would)?\s+(?:\w+\s+)?(?:give|send|sent|issue|add|email|post|offer|gift|top)\w*|(?<!\w)(?:мы|я)\s+(?:\w+\s+)?(?:дади?м|отправ|пришл|выда|начисл|подар|оформ)\w*", re.IGNORECASE)


def _customers_voucher(p, rewrite: str, context: str | None) -> bool:
    """"Thank you for getting in touch about your birthday voucher", "£7 to pay on top of the £85 voucher": the
    customer's own voucher (their message speaks of one), not one we give."""
    if p.kind not in ("discount", "credit") or not context:
        return False
    word = _VOUCHER.fullmatch(rewrite, *p.words)
    return bool(word and re.search(rf"(?<!\w){re.escape(rewrite[p.words[0] : p.words[0] + 5])}", context, re.IGNORECASE) and _THEIRS_BEFORE.search(rewrite, max(0, p.words[0] - 40), p.words[0]) and not _GIVING.search(p.text))


_LENGTHS = frozenset({"duration", "date"})  # how long an extension runs: "two weeks", "until 14 June"
_BEYOND = re.compile(r"(?:\b(?:beyond|over|above|after|past|more\s+than)|(?<!\w)(?:сверх|свыше|после|больше))\s+(?:(?:the|those|these|this|that|эт\w+|тех)\s+)?$", re.IGNORECASE)


def _discount_priced(p, drafted: list, mine: list[Fact], new: list[Fact]) -> bool:
    """The draft's discount told by the prices it gives: «с промокодом — 8585 ₽» for «С ним велосипед за 10 100 ₽ обойдётся в
    8 585 ₽» (the same code's word, every sum of the clause the draft's)."""
    if p.kind != "discount" or not any(d.kind == "discount" and {t[:4] for t in p.trigger} & {t[:4] for t in d.trigger} for d in drafted):
        return False
    sums = [r for r in new if r.kind == "money" and p.start <= r.start < p.end]
    return bool(sums) and all(any(d.kind == "money" and _same(d, r) for d in mine) for r in sums)


def _price_cut_told(p, draft: str, mine: list[Fact], new: list[Fact]) -> bool:
    """A price cut the draft states as a fact, named a discount: «отсюда и скидка 30%» for «цена на них снижена на 30%»,
    "hence the 30% discount" for "priced 30% lower" (each percentage of it the draft's, in a sentence that says the price is
    lower)."""
    if p.kind != "discount":
        return False
    cuts = [r for r in new if r.kind == "percent" and p.start <= r.start < p.end]
    return bool(cuts) and all(any(d.kind == "percent" and d.value == r.value and _PRICE_CUT.search(_sentence_before(draft, d)) for d in mine) for r in cuts)


_PRICE_CUT = re.compile(r"(?<!\w)(?:снижен\w*|уценен\w*|дешевле|ниже)(?!\w)|\b(?:reduced|discounted|marked\s+down|cheaper|lower)\b", re.IGNORECASE)


def _told_of(rewrite: str, r: Fact, lang: str) -> bool:
    """Whether a time of the customer's is told of, not set as ours: theirs, waited for, missed, past, apologised for, set against
    ours, what they need it for or when they need to be there, by when they can still pay, or counted from their purchase."""
    before, clause = _clause_before(rewrite, r), _clause_of(rewrite, r)
    return bool(
        _YOURS.search(before) or _THEIR_EVENT.search(before) or r.kind == "time" and _THEIR_DEPARTURE.search(before) or _WAITED.search(before) or _MISSED.search(clause) or (_PAST.search(_sentence_before(rewrite, r)) and not _AHEAD.search(before))
        or _apologised(_sentence_before(rewrite, r), lang) or _INSTEAD.search(before) or _IF.search(before) and _NEED.search(clause)
        or _CAN.search(clause) and _PAY.search(clause) or bool(_AFTER_THEIRS.match(rewrite, r.end)) or bool(_YOU_NEED_AFTER.match(rewrite, r.end))
    )


def _apologised(text: str, lang: str) -> bool:
    """...or apologised for, in the linter's apology words: «Извините, что смеситель снова течёт всего через три дня после
    установки» (the customer's «три дня назад»)."""
    return bool(apology_regex(lang).search(text.lower()))


def _valued_alike(promise: Promise, drafted: list[Promise], mine: list[Fact], new: list[Fact]) -> bool:
    """An extension of the draft's told with its length in other words: «отсрочка — две недели» for «отсрочка 14 дней»
    (not what lies beyond it, nor made firmer than the draft's); money of the draft's told with its sum in words:
    «Восемьсот девяносто рублей вернём на карту» for «890 ₽ … будет возвращён на карту» (a sum in digits is matched already)."""
    kinds = _LENGTHS if promise.kind == "extension" else ("money",) if promise.kind in _promises.MONEY and not _DIGIT.search(promise.text) else ()
    if not kinds or promise.anyway or kinds == ("money",) and _MORE.search(promise.text):
        return False
    values = [r for r in new if r.kind in kinds and promise.start <= r.start and r.end <= promise.end and not _BEYOND.search(promise.text, 0, r.start - promise.start)]
    alike = [d for d in drafted if d.kind == promise.kind and (promise.conditional or not d.conditional)]
    alike = [d for d in alike if not _promises.plus(promise, d.context) and not _promises.on_top(promise, d.text)]  # not "…, plus the original delivery fee": more than the draft's
    return any(_same(f, r) for d in alike for f in mine if f.kind in kinds and d.start <= f.start and f.end <= d.end for r in values)


# what is extra or left: "the extra £255", "2 additional hours", «оставшиеся 1 200 ₽»
_MORE = re.compile(r"\b(?:extra|additional|more|further|difference|remaining|left|rest)\b|(?<!\w)(?:дополнительн|лишн|ещё|еще|разниц|оставш|остал|остат|больше|сверх)", re.IGNORECASE)


def _difference_of(r: Fact, facts: list[Fact], text: str) -> bool:
    """Whether a rewrite's sum or duration, told as what is extra or left, is the difference of two of ``facts``: "the
    extra £255 comes from 2 additional hours" for a quote of £680 for 4 hours and £935 for 6."""
    value = _amount(r)
    if value is None or not _MORE.search(text, max(0, r.start - 25), r.end + 25):
        return False
    alike = [a[1] for f in facts if (a := _amount(f)) is not None and a[0] == value[0]]
    return any(x - y == value[1] for x in alike for y in alike)


def _amount(f: Fact) -> tuple[str, Decimal] | None:
    """A sum or a duration as its unit and how much."""
    if f.kind == "duration":
        return ("min", minutes) if (minutes := f.minutes()) is not None else None
    currency, _, n = f.value.partition(" ")
    try:
        return (currency, Decimal(n)) if f.kind == "money" else None
    except InvalidOperation:
        return None


_VAGUE_SHARE = re.compile(r"\b(?:part|portion|share|some)\s+of\b|(?<!\w)(?:часть|част[иь]ю|долю|доля)(?!\w)", re.IGNORECASE)


_WARRANTY_WORD = re.compile(r"\b(?:warranty|guarantee)\b|(?<!\w)гаранти\w*", re.IGNORECASE)


def _warranty_before(rewrite: str, p: Promise) -> bool:
    """Whether the promise's own sentence names the warranty before it, with no "but" between ("… the warranty doesn't
    cover it, but for you we'll do it free" is ours)."""
    told = [m for m in _WARRANTY_WORD.finditer(rewrite, p.sentence[0], p.words[0])]
    return bool(told) and not _CONTRAST.search(rewrite, told[-1].end(), p.words[0])


_CONTRAST = re.compile(r"\b(?:but|however|although|yet)\b|(?<!\w)(?:но|однако|хотя)(?!\w)", re.IGNORECASE)


def _warranty_pays(p: Promise, draft: str, rewrite: str) -> bool:
    """A thing free of charge that a sentence of the draft says the warranty covers, told free in the rewrite beside the
    warranty in a sentence of its own: "is covered by our dealer warranty, so the diagnosis costs you nothing" told as
    "It's still under warranty. The diagnosis won't cost you anything" (two of its words that sentence's or the one's before
    it, "Sam can redo the lens on 12 February. There's no charge under the warranty": not another thing free beside it,
    «а временную коронку тоже поставим за наш счёт»)."""
    if p.kind != "cost" or not _WARRANTY_WORD.search(rewrite) or _promises.OURSELVES.search(p.text):
        return False  # («вывезем машину в мастерскую за свой счёт»: ours, whatever the warranty pays)
    sentences = list(_promises.sentences(draft))
    return any(
        _WARRANTY_WORD.search(draft, s, e) and _promises.NO_CHARGE_SAID.search(draft, s, e) and (len(p.objects & _promises.stems(draft, (sentences[max(0, i - 1)][0], e))) >= 2 or len(p.objects) <= 1 and _warranty_before(rewrite, p))
        for i, (s, e) in enumerate(sentences)
    )  # (or it names one thing at most, in a sentence that names the warranty too: "covered by our six-month warranty, so we'll re-seal it free of charge")


# "within 14 days of purchase, that is, by 16 March": the length told again as the date it ends on
_THAT_IS = re.compile(r"(?:\s+(?:с\s+момента|со\s+дня|от|of|from|after)\s+[\w-]+)?\s*,?\s*(?:то\s+есть|т\.\s?е\.|i\.\s?e\.|that\s+is|which\s+is|so)\s*,?\s*(?:до|по|к|by|until|till|on)?\s*", re.IGNORECASE)


def _date_for(draft: str, fact: Fact, kept: list[tuple[Fact, Fact | None]]) -> bool:
    """A length the draft tells again as the date it ends on, that date kept: «в течение 14 дней с момента покупки, то есть
    до 16 марта» told as «до 16 марта»."""
    if fact.kind != "duration" or not (m := _THAT_IS.match(draft, fact.end)):
        return False
    return any(d.kind == "date" and d.start == m.end() and r is not None for d, r in kept)


def _ratio_kept(fact: Fact, kept: list[tuple[Fact, Fact | None]], rewrite: str) -> bool:
    """A percentage the kept sums show: "the 50% discount is held, so you can still pay £35 instead of £70" told as "you can
    still pay £35 rather than the full £70" (one sum that share of another, or what is left of it) — not where a vague
    share stands in its place («мы покрываем часть счёта» for «80% счёта»)."""
    if fact.kind != "percent" or _VAGUE_SHARE.search(rewrite):
        return False
    share = Decimal(fact.value.rstrip("%")) / 100
    sums = [a for d, r in kept if r is not None and (a := _amount(d)) and d.kind == "money"]
    return 0 < share < 1 and any(unit == other and 0 < part < whole and part in (whole * share, whole * (1 - share)) for unit, part in sums for other, whole in sums)


def _stated(r: Fact, facts: list[Fact], text: str | None) -> bool:
    """Whether a rewrite's fact is one of ``facts`` (of ``text``) by value; a clock time is not a number said with no word
    of time near it, nor a duration one said in words («к 18:00» is not the customer's «ул. Космонавтов, 18», "the job
    takes around 2 hours" not the draft's "both"; «с 10 до 12», «в пяти минутах» and «израсходовали 930» are)."""
    def timed(f: Fact) -> bool:
        return bool(_TIME_AFTER.match(text, f.end) or f.text[:1].isdigit() and _TIME_BEFORE.search(text, max(0, f.start - 12), f.start))
    # (nor a measure a number counting something else: "up to 10 MB per file" is not the draft's "10 sessions", nor a count in
    # words a measure: «приедут двое сборщиков» is not the draft's «2 дня», "work takes about two hours" not its "2 cleaners")
    loose = lambda f: f.kind == "number" and not r.keys & (f.keys | f.also) and (not timed(f) and (r.kind == "time" or r.kind == "duration" and (not f.text[:1].isdigit() or _PEOPLE_AFTER.match(text, f.end))) or r.kind in ("data", "weight") and _COUNTING.match(text, f.end)) or (r.kind == "money" or r.kind == "number" and r.text[:1].isalpha()) and f.kind in _MEASURED or _clock_for_measure(r, f, text)  # noqa: E731
    # a name is stated when all its words are ("Тимура Алиева" is more than the customer's «Тимур»)
    return any((_same(r, f) if r.kind == "name" else _same(f, r)) and not loose(f) for f in facts)


def _clock_for_measure(r: Fact, f: Fact, text: str | None) -> bool:
    """Whether a number the text has stands for another sort of thing than a rewrite's percent or long duration: "2%" is not
    the draft's «двумя грузчиками», «гарантия 18 месяцев» not its clock hour «до 18»."""
    if f.kind != "number" or text is None:
        return False
    if r.kind == "percent":
        return not f.text[:1].isdigit()
    return r.kind == "duration" and r.value.split()[-1] in ("week", "month", "year") and bool(_TIME_BEFORE.search(text, max(0, f.start - 12), f.start)) and not _TIME_AFTER.match(text, f.end)


def _bare_for_clock(d: Fact, r: Fact, rewrite: str) -> bool:
    """Whether a clock time written with its minutes («до 12:00») would be kept only by a number with no word of time near
    it (the «12» of «ул. Мира, 12»); "the 11.30 slot" has its minutes."""
    return d.kind == "time" and ":" in d.text and r.kind == "number" and f"time:{d.value}" not in r.also and not (_TIME_AFTER.match(rewrite, r.end) or _TIME_BEFORE.search(rewrite, max(0, r.start - 12), r.start))


# Quantities with a unit of their own: «выезд стоит 500 ₽» is not the customer's «500 Мбит/с»
_COUNTING = re.compile(r"\s+(?!(?:in|at|on|a|an|per|the|and|or|to|from|for|of|by|в|на|за|и|или|по|до|с)\b)[a-zа-яё]{3,}", re.IGNORECASE)  # "10 sessions", not "40 in the evenings"
_MEASURED = frozenset({"data", "weight", "duration", "time", "percent", "date", "fraction"})
_TIME_BEFORE = re.compile(r"(?:\b(?:at|by|from|to|until|till|between|and|in|within|after|before)|(?<!\w)(?:с|со|до|к|в|во|по|через|и|после))\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:человек|людей|сотрудник\w*|мастер(?:ов|а)?|специалист\w*|рабочих|people|persons|staff|cleaners?|technicians?|engineers?|workers?|fitters?|installers?)(?!\w)", re.IGNORECASE)  # a crew counted
_TIME_AFTER = re.compile(r"[\s-]*(?:min|hour|hr|h\b|am\b|pm\b|a\.m|p\.m|o'clock|day|week|мин|час|утра|дня|вечера|ночи|сут|дн|недел)", re.IGNORECASE)


def _restated(r: Fact, mine: list[Fact], new: list[Fact]) -> bool:
    """"once their 10 days run out", after the rewrite has given the draft's "10 business days": that duration again, in short."""
    if r.kind != "duration" or r.value.split()[-1] != "day":
        return False  # "up to 2 hours" is not the draft's "2 business days" again
    said = f"duration:{r.value.split()[0]}workdays"
    return any(said in d.keys for d in mine) and any(said in f.keys for f in new if f is not r)


def _start_and_length(result: Comparison, mine: list[Fact], new: list[Fact]) -> None:
    """A start and how long it lasts are a start and an end: «в 08:00 … продлится 2 часа» told as «с 08:00 до 10:00» (or
    the other way round, or a range and its length as the range), and a time and how long before it, its start: «за 15
    минут до 7:45» as «к 7:30», drop no duration and add no time."""
    def clock(f: Fact) -> set[int]:
        return {int(k[5:7]) * 60 + int(k[8:10]) for k in f.keys if re.fullmatch(r"time:\d\d:\d\d", k)}

    times = [(d.start, m) for d, _ in result.kept if d.kind == "time" for m in clock(d)]  # where each kept time stands, and when
    starts = {m for _, m in times}
    # "a 2-hour slot of 10:00–12:00" told as "between 10 am and 12 pm": the length is the kept range's
    result.dropped = [f for f in result.dropped if not (f.minutes() and any(0 < b - a == f.minutes() and abs(f.start - at) < 40 for at, a in times for _, b in times))]
    for lengths, pools in ((result.dropped, (result.added, result.deadlines)), (result.added, (result.dropped,))):
        for f in [f for f in lengths if f.minutes()]:
            # (or how long before it: «приезжайте за 15 минут до начала» of 7:45 told as «подойдите к 7:30»)
            times = {(start + sign * f.minutes()) % 1440 for start in starts for sign in (1, -1)}
            pool, end = next(((pool, t) for pool in pools for t in pool if t.kind == "time" and clock(t) & times), (None, None))
            if end is not None:
                lengths.remove(f)
                pool.remove(end)
    # an end worked out from a start and the length the draft gives beside it, told as a range beside that start: "2 hours
    # each day from 10:00" as "10:00–12:00" (the length kept or not)
    for d, _ in result.kept:
        lengths = [f.minutes() for f in mine if d.kind == "time" and f.kind == "duration" and f.minutes() and abs(f.start - d.start) < 40]
        ends = {(start + sign * length) % 1440 for start in clock(d) for length in lengths for sign in (1, -1)}
        starts_at = [r.end for r in new if r.kind == "time" and clock(r) & clock(d)]
        result.added = [t for t in result.added if not (t.kind == "time" and clock(t) and clock(t) <= ends and any(0 <= t.start - at < 4 for at in starts_at))]


def _regrouped(result: Comparison, draft: str) -> None:
    """A code grouped otherwise: «код 6418 22» told as «641822» is one value kept, not «6418» changed."""
    for d, r in list(result.changed):
        digits = re.sub(r"\D", "", r.text)
        if len(digits) >= 5 and d.kind in ("number", "reference") and (written := _grouped(digits, draft)) and written.start() <= d.start < written.end():
            result.changed.remove((d, r))
            result.dropped = [f for f in result.dropped if not (written.start() <= f.start < written.end())]


def _grouped(digits: str, text: str) -> re.Match | None:
    """Where ``text`` writes ``digits`` in that order, grouped by spaces, brackets, dots or dashes."""
    return re.search(r"(?<!\d)" + r"[\s().-]{0,2}".join(digits) + r"(?!\d)", text)


def _same_digits(result: Comparison, draft: str, rewrite: str) -> None:
    """A phone one text reads as a phone (after "Call") and the other as numbers ("Questions: 01 555 8820"): the same
    digits in the same order, however grouped, are one fact kept; so is an international number the other text writes as
    its country dials it ("+31 20 794 3310" as "020 794 3310")."""
    for phones, other, facts in ((result.added, draft, result.dropped), (result.dropped, rewrite, result.added)):
        for phone in [f for f in phones if f.kind == "phone"]:
            written = _grouped(re.sub(r"\D", "", phone.text), other) or ((home := _pii.dialled_at_home(phone.text.strip())) and _grouped(home, other))
            if written:
                phones.remove(phone)
                facts[:] = [f for f in facts if not (written.start() <= f.start < written.end())]


_UP_TO = re.compile(r"\b(?:up\s+to|at\s+most|a\s+maximum\s+of|no\s+more\s+than)\b|(?<!\w)(?:не\s+более|максимум|до)\s+\d", re.IGNORECASE)  # "claim up to £150": "the full £150" is more
_WHOLE = re.compile(_promises.FULLY.pattern + r"|\b(?:full|fully|entire|entirely|whole|completely)\b|(?<!\w)полн\w+(?!\w)", re.IGNORECASE)  # the adverbs, and the adjectives
# What a remedy's amount is, in the draft's sentence that states it: "you are entitled to … £44.75" («это начисление» is a charge)
# an amount still to be weighed is not paid yet: "the claim for £1,870 will be assessed within 7 working days"
_UNDECIDED = re.compile(r"\b(?:will|'ll|to|being)\s+(?:be\s+)?(?:assess|review|consider|evaluat)\w*|(?<!\w)(?:будет|будут)\s+рассмотрен\w*|(?<!\w)рассмотрим(?!\w)", re.IGNORECASE)
_PAYMENT = re.compile(
    r"\b(?:refund\w*|credit\w*|compensat\w*|reimburs\w*|entitled|owed|payout|settlement|pay\s+you|removed|waived|written\s+off|back\s+(?:to|on|onto|in|into)\s+your|go(?:es)?\s+(?:in)?to\s+your\s+(?:\w+\s+)?(?:account|card)|(?:will|'ll)\s+(?:be\s+)?pa(?:y|id)|(?:you\s+(?:can|may|could)\s+)?claim(?:\s+back)?|approved\s+(?:up\s+to|for)|we\s+(?:settle|cover|pay))\b"
    r"|(?<!\w)(?:сним\w*\s+с\s+(?:заказа|сч[её]та|чека)|учт[её]н\w*|учт[её]м|верн[её]\w*|вернул\w*|вернут\w*|поступ\w*|возвра\w*|выплат\w*|возмест\w*|компенс\w*|зачисл\w*|(?<!проценты\s)(?<!процентов\s)(?<!пени\s)(?<!штраф\s)начисл(?!ени)\w*|перечисл\w*|убрал\w*|аннулир\w*)",
    re.IGNORECASE,
)


# a price the customer no longer pays: "a reduced fee of £95 instead of the full £245" (so "you won't pay the full £245")
_INSTEAD_OF = re.compile(r"\binstead\s+of\s+(?:the\s+)?(?:full|usual|standard|normal|original)?\s*[$£€]?\d|(?<!\w)вместо\s+(?:полн\w+\s+|обычн\w+\s+)?(?:стоимост\w+\s+|цен\w+\s+)?\d", re.IGNORECASE)
# A credit the draft gives for now, which a rewrite that lets the customer keep it "whatever the investigation finds" makes for good
_TEMPORARY = re.compile(r"\b(?:temporar\w*|provisional\w*)|(?<!\w)(?:временн\w*|предварительн\w*)", re.IGNORECASE)


def _paid_in_draft(draft: str, mine: list[Fact], new: list[Fact], promise: Promise, stated: frozenset[str] = frozenset()) -> bool:
    """A remedy of the draft's told in other words: its amount is one the draft states as paid to the customer
    ("We'll pay you £44.75" for "you are entitled to 50% of the fare, which is £44.75")."""
    if promise.kind in ("extension", "warranty", "priority", "callback", "delivery", "upgrade"):
        return False  # a debit paused or a place held is no payment, whatever its amount
    start, end = promise.words
    # its own amount, near its words: in its clause, or after them in its sentence ("you'll get your money back — £129.99")
    # (or, for "this sum", in its sentence: «Лимит по отделке — 150 000 рублей, поэтому выплатим именно эту сумму»)
    near = (promise.sentence[0], promise.sentence[1]) if _promises.THIS_SUM.search(promise.text) else (max(start - 25, promise.start), min(end + 25, promise.sentence[1]))
    amounts = [r for r in new if r.kind == "money" and near[0] <= r.start and r.end <= near[1]]
    for r in amounts:
        for d in mine:
            if d.kind == "money" and _same(d, r) and not _EXCESS_AFTER.match(draft, d.end) and not _EXCESS_BEFORE.search(draft, max(0, d.start - 30), d.start):
                s, e = _promises.sentence(draft, d.start, d.end)
                # and the next, unless both are items of a list (another option): «списание 640 ₽ лишнее. Мы его отменили, деньги вернутся»
                e = _promises.sentence(draft, e + 1, e + 1)[1] if e < len(draft) and not (_ITEM.match(draft, s) and _NEXT_ITEM.match(draft, e)) else e
                if ((_PAYMENT.search(draft, s, e) or promise.kind == "cost" and _INSTEAD_OF.search(draft, s, e)) and not _UNDECIDED.search(draft, s, e) and (promise.conditional or _condition_kept(draft, s, e, stated)) and not (promise.recurring and not _promises.RECURRING.search(draft, s, e)) and ("full" not in promise.objects or _WHOLE.search(draft, s, e) or _promises.FULL_AMOUNT.search(promise.text) and not _UP_TO.search(draft, s, e))
                        and not (promise.anyway and (_promises.IF.search(draft, s, e) or _TEMPORARY.search(draft, s, e))) and not _promises.plus(promise, _promises.stems(draft, (s, e))) and not _promises.on_top(promise, draft[s:e])
                        and not (_promises.OURSELVES.search(promise.text) and not _promises.OURSELVES.search(draft, s, e))):
                    # (nor "Даже если вы занимались…" for the draft's «Если вы не занимались…», nor "your £749 plus the delivery fee",
                    # nor «мы зачислим вам 12 500 рублей из своих средств» for the recipient's bank returning it)
                    return True  # (not where the rewrite drops the draft's condition, "In any case we'll refund…", makes it whole or recurring)
    return False


# the part of a claim the customer bears, never paid to them: "a £50 excess", «франшиза — 5 000 ₽»
_EXCESS_AFTER = re.compile(r"\s+(?:excess|deductible)\b", re.IGNORECASE)
_EXCESS_BEFORE = re.compile(r"\b(?:excess|deductible)\s+(?:of|is)\s+$|(?<!\w)франшиз\w*\s*(?:в\s+размере|составляет|[—–-])?\s*$", re.IGNORECASE)  # (not "minus your £100 excess: £670", what is paid)
_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")
_NEXT_ITEM = re.compile(r"[.;,]?[ \t]*\n" + _ITEM.pattern)


def _paid_twice(promise: Promise, kept: list[Promise], draft: str) -> bool:
    """Whether the amount ``promise`` pays is paid already by one of the draft's remedies the rewrite keeps in another
    clause: a second payment of it ("10 000 ₽ вернутся на карту до 26 октября" kept, and "поэтому 10 000 ₽ мы зачислим
    вам уже сегодня" added); not one the draft pays in two sentences too ("for a 19-hour delay you receive £25. … We will
    pay the £25 to your card")."""
    paid = [span for span in _promises.sentences(draft) if _PAYMENT.search(draft, *span) or _RIGHT.search(draft, *span)]
    twice = {a for a in promise.own_amounts if sum(a in _promises.stems(draft, span) for span in paid) >= 2}
    more = _promises.MORE.search(promise.text)  # "so we'll also take £5 off your August payment" after "The £5 … has been refunded"
    return any(q.start != promise.start and promise.own_amounts & (q.own_amounts | (q.amounts if more else set())) - twice for q in kept)


def _condition_kept(draft: str, s: int, e: int, stated: frozenset[str]) -> bool:
    """Whether the draft's sentence ``s:e`` has no condition, or the rewrite states at least half of its words elsewhere."""
    condition = _promises.CONDITION.search(draft, s, e)
    words = _promises.stems(draft, (condition.end(), e)) if condition else frozenset()
    return 2 * len(words & stated) >= len(words)


def _within_but_one(promise: Promise, stems: frozenset[str]) -> bool:
    """All a promise is about among ``stems``, or all but the thing itself beside all its values: «Затем посылку доставят до
    двери за 2–3 дня» for «Доставка до двери после выпуска — 2–3 дня»."""
    missing = [w for w in promise.objects if not _within(frozenset({w}), stems)]
    return not missing or len(missing) == 1 and bool(promise.amounts) and _within(frozenset(promise.amounts), stems) and len(promise.objects) - len(missing) >= 2


def _within(words: frozenset[str], stems: frozenset[str]) -> bool:
    """Every word among ``stems``, by its first four letters: «зачтём» is «зачтена», «Сергея» «Сергей»."""
    return all(any(w[:4] == t[:4] for t in stems) for w in words)


# A visit the draft tells of: "our engineer will visit on 13 March", «мастер приедет 15 апреля» (a rewrite may send them)
_VISIT = re.compile(r"\b(?:visit|come|arrive|call\s+round|be\s+with\s+you)|(?<!\w)(?:прие[дх]|прид[её]т|придут|прийти|подъе[дх]|зае[дх])\w*", re.IGNORECASE)


_WILL_BE = frozenset({"будет", "будут"})  # «ремонт будет бесплатным» is «ремонт бесплатный»


_BOTH_DAYS = re.compile(r"\bboth\s+days\b|\beach\s+of\s+the\s+(?:two|three|\d)\s+days\b|(?<!\w)(?:в\s+)?(?:оба|обоих)\s+дн(?:я|ей)(?!\w)|(?<!\w)в\s+каждый\s+из\s+(?:двух|трёх|трех|\d)\s+дней(?!\w)", re.IGNORECASE)
_FREE = frozenset({"free", "беспл"})
_NO_CHARGE_WORD = re.compile(r"(?<!\w)(?:без|бесплатн\w*|free|without|no|nothing|ничего)(?!\w)", re.IGNORECASE)
# a sentence that says a thing is charged for: «следующая пересдача — комиссионная», "the resit is chargeable"
_CHARGED = re.compile(r"(?<!\w)(?:комиссионн\w*|платн(?:ая|ый|ое|ые|ой|ую|ого|ых)|за\s+(?:отдельную\s+)?плату)(?!\w)|\b(?:chargeable|paid-for|for\s+a\s+fee|at\s+(?:a|extra)\s+(?:cost|charge))\b", re.IGNORECASE)


def _retold(draft: str, made: list[Promise], promise: Promise) -> bool:
    """A promise the rewrite only retells from a sentence of the draft that promises nothing: one whose clause names nothing
    else, when the words that make it one and most of its sentence are that sentence's ("Luggage storage: free, from 6 am"
    for "Luggage storage is free and available from 06:00"); or, for a replacement or a
    delivery, most of its words are ("The picker … replaced the oat milk without checking your dietary note" for "The
    picker … chose a substitute without checking your dietary note"; "A courier will bring it to you tomorrow, 21 May"
    for "It goes out by courier tomorrow, 21 May"); or it has the words that make it a promise and all it is about ("You
will get a text on the morning of the visit" for "We'll text you on the morning of the visit"). Told in the future, only
what the draft's sentence sends in the future too."""
    said = _promises.stems(promise.text, (promise.words[0] - promise.start, promise.words[1] - promise.start))
    ahead = bool(_FUTURE.search(promise.text))
    waived = _NO_CHARGE_WORD.search(promise.text, promise.words[0] - promise.start, promise.words[1] - promise.start)
    for s, e in _promises.sentences(draft):
        if waived and _CHARGED.search(draft, s, e) and not _NO_CHARGE_WORD.search(draft, s, e):
            continue  # «без комиссии» does not retell «следующая пересдача — комиссионная»: the draft's sentence charges
        if not any(s <= d.start < e for d in made):
            stems = _promises.stems(draft, (s, e)) | (_FREE if promise.kind == "cost" and _promises.NO_CHARGE_SAID.search(draft, s, e) else frozenset())
            shared = promise.objects & stems
            if promise.loose and said and said <= stems and len(shared) >= 2 and 2 * len(shared) >= len(promise.objects):
                return True  # "Luggage storage is free and available from 06:00"
            if said and _within(said, stems) and _within(promise.objects, stems) and (len(promise.objects) >= 2 or promise.amounts) and (not ahead or _FUTURE.search(draft, s, e) or _USUAL.search(draft, s, e)):
                return True  # "You will get a text on the morning of the visit" told as "We'll text you on the morning of the visit"
            if promise.kind == "cost" and said and _within(said, stems) and len(promise.context & stems) >= 4 and _within(promise.objects - _WILL_BE, stems):
                return True  # «на гарантии 12 месяцев, ремонт бесплатный» told as «…, так что ремонт будет бесплатным»: free is free in any tense
            if promise.kind in _promises.MONEY and not _SUM.search(promise.text) and not _promises.OURSELVES.search(promise.text) and _MONEY_ARRIVES.search(draft, s, e) and not _promises.IF.search(draft, s, e) and len(shared) >= 3 and any(w.isdigit() for w in shared) and len(promise.objects - stems) <= 1:
                return True  # «Выплатим в течение 10 рабочих дней с момента получения документов» for «Деньги поступят в течение 10 рабочих дней после…»: when the money comes
            if promise.kind not in ("replacement", "delivery"):
                continue
            # told in the future: a delivery the draft's sentence sends, or what it will send ("the corrected itinerary
            # will come to …" told as "we'll send the new itinerary to …")
            sent = ("deliv" in stems or bool(_VISIT.search(draft, s, e))) if promise.kind == "delivery" else bool(_FUTURE.search(draft, s, e))
            if len(promise.objects) >= 2 and _within_but_one(promise, stems) and promise.kind == "delivery" and sent:
                return True  # «мы направим к вам мастера Сергея Ильина» for «приедет мастер Сергей Ильин»
            if len(shared) >= 4 and 2 * len(shared) >= len(promise.objects) and (not ahead or sent and (promise.kind == "delivery" or not promise.loose)):
                return True
    return False


# The ticket's own number: right after a ticket word ("under number {{ticket.id}}", "your case ID is 4821",
# «под номером 123»), or a placeholder of the ticket's; "order #48213" in the same boilerplate is another fact.
_TICKET_WORD = re.compile(r"(?:\b(?:ticket|case|request|reference|ref|incident|number|no|id)|(?<!\w)(?:обращени|заявк|номер|тикет)\w*)\W*(?:(?:is|was)\s+)?$", re.IGNORECASE)
_REFERENCES = frozenset({"reference", "number", "placeholder"})
_JOINED = re.compile(r"|\s*[/,&]\s*|\s+(?:and|и)\s+", re.IGNORECASE)
_NAMED_TICKET = re.compile(
    r"(?:\b(?:ticket|case|incident)\s+(?:reference|ref|number|no\.?|id)|(?:^|(?<=[.!?]\s))your\s+(?:reference|ref)(?:\s+(?:number|no\.?))?\s+is|(?<!\w)номер\s+(?:вашего\s+|вашей\s+)?(?:обращения|заявки|тикета))\b[^.!?\n]{0,30}?$",  # "Your reference is 55309124.": the case's, said last
    re.IGNORECASE,
)


_CONTACTING = re.compile(
    r"\bthank(?:s|\s+you)\s+for\s+(?:contacting|choosing|calling|writing\s+to|reaching\s+out\s+to|getting\s+in\s+touch\s+with)\s+$|спасибо\s+за\s+обращение\s+в\s+$"
    r"|\b(?:welcome\s+to|you've\s+reached|you\s+have\s+reached)\s+(?:the\s+)?$|(?<!\w)вас\s+приветствует\s+(?:[а-яё]+\s+){0,2}[«\"]?$",  # «Вас приветствует сервисный центр «ТеплоСервис»»
    re.IGNORECASE,
)


# The sign-off: the last paragraph, opening with a closing formula
_SIGNOFF = re.compile(r"(?:^|\n\s*\n)[ \t]*(?:(?:best|kind|warm|many)\s+(?:regards|wishes)|regards|best|thanks|thank\s+you|cheers|sincerely|yours|с\s+уважением|всего\s+(?:доброго|хорошего)|спасибо)\b(?:(?!\n\s*\n).)*$", re.IGNORECASE | re.DOTALL)


# ...or a last paragraph of a line or three with no sentence in them: «Музыкальная школа «Камертон»», "Nina\nBow & Bridge Hire"
_SIGNATURE = re.compile(r"(?:^|\n\s*\n)[ \t]*[^\n.!?:;]{1,60}(?:\n[ \t]*[^\n.!?:;]{1,60}){0,2}\s*$")


_FIRST_NAME_LINE = re.compile(r"\s*(?:[^\n]*\n\s*)?(?-i:[A-Z][a-z]+)[ \t]*(?:,|\n|$)")  # "Best,\nGemma": a person signs by a first name


def _signer_kept(draft: str, fact: Fact, facts: list[Fact], said: frozenset[str]) -> bool:
    """A name of the sign-off (the team, the company, a job title: "Practice Manager, Elm Street Medical Centre") may go
    when the rewrite signs with the signer's name, the sign-off's first, or leaves a signature that names no person out
    (for the helpdesk to add), saying none of its names."""
    block = _SIGNOFF.search(draft) or _SIGNATURE.search(draft)
    if fact.kind != "name" or block is None or fact.start < block.start():
        return False
    signed = [f for f in facts if f.kind == "name" and f.start >= block.start()]
    if not any(part & said for f in signed for part in f.parts):  # (a company's or a team's signature: not a person's, whom "ask me" may mean)
        return not any(_names.person(w) for f in signed for w in _names.WORD.findall(f.text)) and not _FIRST_NAME_LINE.match(draft, block.start())
    signer = signed[0]
    if fact is signer:  # "Nina Alvarez\nBilling Coordinator" read as one name: its first line is the person's
        return "\n" in fact.text and all(_names.word_keys(w) & said for w in _names.WORD.findall(fact.text.split("\n", 1)[0]))
    return bool(signer.parts[0] & said)


_YOU = re.compile(r"\b(?:you|your)\b|(?<!\w)(?:вы|вас|вам|ваш\w*)(?!\w)", re.IGNORECASE)


def _customer_signs(fact: Fact, context: str | None, rewrite: str) -> bool:
    """A name the customer signs with ("Graham Tate\nPractice Manager, Redland Dental Practice"): the customer, whom a
    rewrite may call "you" ("didn't reach you until 9:05 am" for "reached Redland Dental Practice at 9:05 am")."""
    signature = (context or "").strip().rsplit("\n\n", 1)[-1]
    return fact.kind == "name" and "\n" in signature and len(signature) <= 150 and fact.text in signature and bool(_YOU.search(rewrite))


def _plural_said(fact: Fact, text: str) -> bool:
    """A product's name of two words or more said in the plural: "the four Gem Packs" keeps "4 Gem Pack purchases"."""
    return fact.kind == "name" and " " in fact.text.strip() and bool(re.search(rf"(?<!\w){re.escape(fact.text)}e?s\b", text))


# What an institution's name ends in, which "the …" names when the draft names one such: "the council", «суд»
_INSTITUTION = re.compile(r"(?<!\w)(?:council|court|tribunal|ombudsman|hospital|university|police|embassy|consulate|совет\w*|суд(?:а|у|ом|е)?|администраци\w*|полици\w*|больниц\w*|посольств\w*|консульств\w*)(?!\w)", re.IGNORECASE)


def _institution_named(fact: Fact, rewrite: str, facts: list[Fact]) -> bool:
    """A council, court or hospital the draft names, told by its kind: "the council" for "Manchester City Council" (not
    where the draft names two of a kind)."""
    head = _names.WORD.findall(fact.text)[-1]
    if not _INSTITUTION.fullmatch(head):
        return False
    same_kind = [f for f in facts if f.kind == "name" and _names.WORD.findall(f.text)[-1].lower()[:4] == head.lower()[:4]]
    return len({f.value for f in same_kind}) == 1 and any(m.group().lower()[:3] == head.lower()[:3] for m in _INSTITUTION.finditer(rewrite))


def _word_said(fact: Fact, text: str) -> bool:
    """Whether a code in capitals is in ``text`` as a word, however written: "reply with the word REFUND" keeps the draft's
    "reply 'REFUND'", «ответьте «да»» the «ДА» of «просто ответьте «ДА»», "look for "WASHLY REFUND"" the statement's WASHLY REFUND."""
    words = fact.text.split()
    return fact.kind == "reference" and all(w.isalpha() and w.isupper() for w in words) and bool(re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", text, re.IGNORECASE))


_CARD_BRAND = re.compile(r"visa(?:\s+electron)?|master\s?card|maestro|amex|american\s+express|мир|discover|jcb|unionpay", re.IGNORECASE)
_CARD_DIGITS = re.compile(r"\s+(?:(?:debit|credit)\s+)?(?:card\s+)?(?:ending(?:\s+in)?|\*+|[x•]{2,}|(?:оканчивающ\w+|заканчивающ\w+)\s+на)\s*(\d{4})\b", re.IGNORECASE)


def _brand_named(fact: Fact, draft: str) -> bool:
    """A card's brand the draft names in other words: "Amex" for "American Express"."""
    brand = lambda text: re.sub(r"\s+", "", text.lower()).replace("americanexpress", "amex")  # noqa: E731
    return bool(_CARD_BRAND.fullmatch(fact.text)) and any(brand(m.group()) == brand(fact.text) for m in _CARD_BRAND.finditer(draft))


def _spaced_out(fact: Fact, draft: str) -> bool:
    """A name of several words the draft writes run together, in an address or a tag: "Northern Lights Jewellers"
    for "pay@northernlightsjewellers.ca"."""
    words = _names.WORD.findall(fact.text)
    joined = "".join(words).lower()
    return len(words) > 1 and len(joined) >= 8 and joined in re.sub(r"[-_.]", "", draft.lower())


def _card_brand(draft: str, fact: Fact, rewrite: str) -> bool:
    """A card's brand may go where the rewrite keeps its last digits: "your Visa card ending 2086" as "your card ending 2086"."""
    digits = _CARD_DIGITS.match(draft, fact.end) if fact.kind == "name" and _CARD_BRAND.fullmatch(fact.text) else None
    return bool(digits) and digits[1] in rewrite


_APP_LINKS = {"telegram": "t.me/", "whatsapp": "wa.me/", "телеграм": "t.me/", "телеграмм": "t.me/"}


def _app_linked(fact: Fact, rewrite: str) -> bool:
    """A messenger the rewrite still names by its link: "Telegram" in "t.me/edaryadom_help"."""
    link = _APP_LINKS.get(fact.text.lower()) if fact.kind == "name" else None
    return link is not None and link in rewrite.lower()


def _zero_told_free(fact: Fact, rewrite: str) -> bool:
    """Nothing to pay told as "free": «переоформление стоит 0 ₽» as «переоформление бесплатное» (or the other way)."""
    return fact.kind == "money" and fact.value.endswith(" 0") and bool(_promises.NO_CHARGE_SAID.search(rewrite))


def _model_kept(fact: Fact, mine: list[Fact], new: list[Fact], said: frozenset[str]) -> bool:
    """A make whose model the rewrite still says: a name right before a model code the rewrite keeps ("Weissgauff WM
    4947"), or a vehicle's make and model ("Mercedes Sprinter", «Renault Logan»)."""
    if any(f.kind == "reference" and f.start - fact.end == 1 and any(_same(f, r) for r in new) for f in mine):
        return True
    words = _names.WORD.findall(fact.text)
    return len(words) >= 2 and words[0].lower() in _names.MAKES and all(_names.word_keys(w) & said for w in words[1:])


def _in_address(fact: Fact, new: list[Fact]) -> bool:
    """A name the rewrite still gives in an email address: "Rebecca Lowe" in "rebecca.lowe@oakmutual.co.uk"."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _names.WORD.findall(fact.text)]  # "Jonas Weber's" in "jonas.weber@"
    return fact.kind == "name" and all(len(w) >= 3 for w in words) and any(all(w in e.text.split("@")[0].lower() for w in words) for e in new if e.kind == "email")


# a name of several capitalised words, joined by "for", "of", "and": "Transport for London", "Bank of England"
_TITLE_RUN = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:for|of|and|the|&)\s+)?(?-i:[A-Z])[\w'’-]*)+")


def _acronym_kept(draft: str, fact: Fact, rewrite: str) -> bool:
    """A name the rewrite gives by its initials: "Transport for London" as "TfL", "Bank of England" as "BoE", "British
    Standard" as the "BS" of "BS3621"."""
    run = next((m for m in _TITLE_RUN.finditer(draft, max(0, fact.start - 40)) if m.start() <= fact.start < m.end()), None)
    if fact.kind != "name" or run is None:
        return False
    return any(len(a) >= 2 and re.search(rf"(?<!\w){re.escape(a)}(?![^\W\d_])", rewrite, re.IGNORECASE) for a in _initials(run.group()))


def _initials(name: str) -> set[str]:
    """"Transport for London": "tfl" and "tl"."""
    words = name.split()
    return {"".join(w[0] for w in words).lower(), "".join(w[0] for w in words if w[0].isupper()).lower()}


def _an_acronym_of(draft: str, fact: Fact) -> bool:
    """A name the rewrite adds that stands for one of the draft's by its initials: "TfL" for "Transport for London"."""
    return fact.kind == "name" and len(fact.text) >= 2 and any(fact.text.lower() in _initials(m.group()) for m in _TITLE_RUN.finditer(draft))


def _may_go(draft: str, fact: Fact, facts: list[Fact], optional: list[tuple[int, int]]) -> bool:
    """Whether a dropped fact stood in a span the linter asks to cut; of the numbers in ticket boilerplate,
    only the ticket's own may go (where none reads as the ticket's, any may)."""
    if fact.kind == "name" and _CONTACTING.search(draft, max(0, fact.start - 40), fact.start):
        return True  # "Thank you for contacting Pipeline Support": the formula goes, and the company's name with it
    span = next(((s, e) for s, e in optional if s <= fact.start < e), None)
    if span is None:  # a reference the draft itself calls the ticket's: "The ticket reference for this conversation is SF-TKT-100482"
        return fact.kind in _REFERENCES and bool(_NAMED_TICKET.search(draft, max(0, fact.start - 60), fact.start))
    if fact.kind not in _REFERENCES or _SUBJECT_LINE.match(draft, span[0]) or _FILED_LINE.match(draft, span[0]):
        return True
    tickets = [f for f in facts if span[0] <= f.start < span[1] and f.kind in _REFERENCES and _ticket(draft, f)]
    # a reference joined to the ticket's is the ticket's too: "Ticket ref: TEN-6620 / C-1178"
    return not tickets or fact in tickets or any(_JOINED.fullmatch(draft, min(t.end, fact.end), max(t.start, fact.start)) for t in tickets)


# A done action ("we've refunded", "was sent", «вернули») and a step still to come ("will", «будет»)
_DONE = re.compile(r"\b(?:have|has|'ve|was|were)\s+(?:\w+\s+){0,2}?(?:\w+ed|sent|paid|made|done|put|set)\b|(?<!\w)[а-яё]{3,}(?:ли|ла|ло)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|'ll|shall|going\s+to)\b|(?<!\w)буд\w*", re.IGNORECASE)
# a step still to come, «пришлём» too, and what will arrive: «квитанция придёт», «деньги поступят»
_FUTURE = re.compile(_AHEAD.pattern + r"|(?<!\w)(?:[а-яё]{3,}(?:ём|ем|им)|прид[её]т|придут|поступ(?:ит|ят)|верн[её]тся|вернутся|появ(?:ит|ят)ся)(?!\w)", re.IGNORECASE)
# ...or, in the draft, how it always goes, which holds ahead too: «деньги при возврате через сайт поступают на карту в течение 7 дней»
# the money said to come, by no one's doing: «Деньги поступят в течение 30 дней», "payment follows within 10 working days"
_MONEY_ARRIVES = re.compile(r"(?:(?<!\w)(?:деньги|средства|выплата|компенсация|сумма)\s+(?:(?!не\s)[\w-]+\s+){0,2}?(?:поступ(?:ят|ит)|прид(?:ут|[её]т)|будут\s+перечислены|будет\s+перечислена)|\b(?:payment|money|funds)\s+(?:[\w-]+\s+){0,2}?(?:follows?|will\s+(?:arrive|reach\s+you|follow|be\s+paid)))(?!\w)", re.IGNORECASE)
_SUM = re.compile(r"[$£€₽]|(?<!\w)(?:руб|GBP|USD|EUR|AED)", re.IGNORECASE)
_USUAL = re.compile(r"\b(?:usually|normally|typically|(?:is|are)\s+(?:made|paid|sent|issued|processed|transferred)\s+(?:by|within|in)\b)\b|(?<!\w)(?:производ(?:ит|ят)ся|осуществля(?:ет|ют)ся|поступа(?:ет|ют)|приход(?:ит|ят)|возвраща(?:ет|ют)ся|зачисля(?:ет|ют)ся|обычно)(?!\w)|(?<!\w)(?:выплат|возврат|возмещени|зачислени)\w*\s+(?:[—–-]\s+)?(?:в\s+течение|через)(?!\w)", re.IGNORECASE)


# the day a booking moved from, before the day it moved to: «перенесена с 19 на 21 августа», "moved from the 19th to the 21st"
_MOVED_FROM = re.compile(r"(?:(?<!\w)(?:перен[её]с|перенос|сдвин|сдвиг|передвин)\w*|\b(?:moved|rescheduled|postponed|pushed\s+back|put\s+back|changed))\s+(?:[\w-]+\s+){0,3}?(?:с|from)\s+(?:the\s+)?$", re.IGNORECASE)
_MOVED_TO = re.compile(r"\s+(?:на|to)\s+(?:the\s+)?\d", re.IGNORECASE)
_NAMES_NUMBER = re.compile(r"\s+(?-i:[a-zа-яё]+)\s+(?:(?:no\.?|number|номер|№|#)\s*)?")


def _shared_number(result: Comparison, draft: str, mine: list[Fact], optional) -> None:
    """A bare number of the rewrite keeps one of the draft's facts, not two: where it keeps the draft's own number ("iPhone
    14"), the draft's "valid for 14 days" that it also matches is dropped."""
    keeps: dict[int, list[Fact]] = {}
    for d, r in result.kept:
        if r is not None and r.kind == "number":
            keeps.setdefault(id(r), []).append(d)
    for d, r in list(result.kept):
        if r is not None and r.kind == "number" and d.kind == "duration" and any(o.kind == "number" for o in keeps[id(r)]) and not _may_go(draft, d, mine, optional):
            result.kept.remove((d, r))
            result.dropped.append(d)


_OWNED = re.compile(r"(?:\b(?:your|the|a|an|our|their|his|her|my)\s+|\()$", re.IGNORECASE)
_MAKE = re.compile(r"\s+((?-i:[A-Z][\w-]+))(?:\s+((?-i:[A-Z0-9][\w-]+)))?")


def _model_year(draft: str, rewrite: str, fact: Fact) -> bool:
    """A model year before a make or model the rewrite names: "your 2018 Audi A3" as "your Audi A3", "2017 Toyota Camry"
    as "your Camry" (the car, not a date)."""
    make = _MAKE.match(draft, fact.end)
    owned = _OWNED.search(draft, max(0, fact.start - 8), fact.start)  # not "In 2024 Amazon changed the policy"
    return fact.kind in ("number", "year") and bool(re.fullmatch(r"(?:19|20)\d\d", fact.text)) and owned is not None and make is not None and any(re.search(rf"\b{re.escape(w)}\b", rewrite) for w in make.groups() if w)


# A thing given as nought: «франшиза — 0», "excess: £0", and that thing said to be none: «франшизы нет», "no excess"
_NOUGHT_OF = re.compile(r"(?P<w>[^\W\d_]{3,})\s*(?:[—–:=-]|\bis|\bof)?\s*$", re.IGNORECASE)
_NONE = r"(?:\bno\s+|\bwithout\s+(?:an?\s+|any\s+)?|(?<!\w)без\s+){w}|{w}\w*\s+(?:нет|отсутствует|не\s+будет|не\s+применяется|не\s+предусмотрен\w*|не\s+взимается)(?!\w)"


def _corrected(draft: str, fact: Fact, theirs) -> bool:
    """The customer's own figure the draft puts right, which a rewrite may leave out: «аренда составила 60 дней, а не 45» after
    the customer's «по договору аренда 45 дней», "60 days, not 45"."""
    return bool(_NOT_THAT.search(draft, max(0, fact.start - 12), fact.start)) and any(fact.keys & (f.keys | f.also) for f in theirs)


_NOT_THAT = re.compile(r"(?:,\s*|\s+)(?:а\s+не|not)\s+$", re.IGNORECASE)


def _none_said(draft: str, rewrite: str, fact: Fact) -> bool:
    """A nought the rewrite tells as none: «франшиза — 0» as «франшизы нет» or «не предусмотрена», "an excess of £0" as
    "no excess"."""
    thing = _NOUGHT_OF.search(draft, max(0, fact.start - 30), fact.start) if fact.kind in ("number", "money") and fact.value.split()[-1] == "0" else None
    return thing is not None and bool(re.search(_NONE.format(w=re.escape(thing["w"][:4].lower())), rewrite, re.IGNORECASE))


def _counted_list(draft: str, fact: Fact) -> bool:
    """A count the list after it makes: "4 flavours (lemon & elderflower, salted caramel, raspberry & white chocolate,
    chai spice)", «4 начинки: «Фисташка–малина», …», the dates of «3 платежа … до 20 сентября, 20 октября и 20 ноября»,
    the digits of "this 20-digit code: 5820 1147 …" — a rewrite that gives the list need not count it."""
    if fact.kind == "duration" and fact.value.split()[-1] in ("night", "day"):  # «за две ночи, 8 и 9 августа»: the dates count them
        return bool(m := _DATES_AFTER.match(draft, fact.end)) and len(_ITEMS.split(m["items"].strip())) == int(fact.value.split()[0])
    if fact.kind != "number" or not fact.value.isdigit() or not 2 <= int(fact.value) <= 34:
        return False
    if (m := _LIST_AFTER.match(draft, fact.end)) and len(_ITEMS.split(m["items"].strip())) == int(fact.value):
        return True
    if (m := _DIGITS_AFTER.match(draft, fact.end)) and len(re.sub(r"\D", "", m["run"])) == int(fact.value):
        return True
    items = _ITEMS.split(m["items"].strip()) if (m := _VALUES_AFTER.match(draft, fact.end)) else []
    return len(items) == int(fact.value) and all(re.search(r"\d", i) and len(i) <= 25 for i in items)


_LIST_AFTER = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:\(|:)\s*(?P<items>[^()\n.;]+?)(?:\)|\.(?:\s|$)|;|\n|$)")
_DATES_AFTER = re.compile(r"\s*[,(:—–-]?\s*(?P<items>\d{1,2}(?:\s*(?:,|и|and|&)\s*\d{1,2})+)(?!\d)")
_DIGITS_AFTER = re.compile(r"[- ](?:digit|значн\w*)\b[^\d\n]{0,60}?(?P<run>\d[\d -]*\d)")
_VALUES_AFTER = re.compile(r"\s+[^\W\d][^.;:\n]{0,40}?\s(?:до|к|on|by|due)\s+(?P<items>[^.;\n]+?)(?=\.(?:\s|$)|;|\n|$)", re.IGNORECASE)
_ITEMS = re.compile(r"\s*,\s*(?:and\s+|или\s+|и\s+)?|\s+(?:and|и)\s+(?=[^,]*$)", re.IGNORECASE)


def _said_otherwise(draft: str, fact: Fact, kept: list[Fact]) -> bool:
    """A day the draft says twice or need not say: "tomorrow, 13 May" when 13 May is kept (or when "tomorrow" is); "today" on
    what is already done ("we've refunded £12.95 today"), where it dates nothing still to come; a name of what a kept
    number names."""
    if fact.kind == "name":  # "your Home Emergency policy HE-209-331" told as "policy HE-209-331": the number names it
        return any(k.kind in _REFERENCES and _NAMES_NUMBER.fullmatch(draft, fact.end, k.start) for k in kept)
    if fact.kind == "date":  # «сегодня, 5 июня» told as «сегодня»: the day the draft names it by says it
        return any(k.kind == "day" and (NEXT_TO_DAY.fullmatch(draft, fact.end, k.start) or NEXT_TO_DAY.fullmatch(draft, k.end, fact.start)) for k in kept)
    if fact.kind not in ("day", "weekday"):  # "Wednesday, 12/03" told as "12 March": the date says it
        return False
    if any(k.kind == "date" and (NEXT_TO_DAY.fullmatch(draft, fact.end, k.start) or NEXT_TO_DAY.fullmatch(draft, k.end, fact.start)) for k in kept):
        return True
    if fact.value != "today":
        return False
    if _FROM_TODAY.search(draft, max(0, fact.start - 25), fact.start):
        return True  # a standing rule's start, «Начиная с сегодняшнего дня будем сообщать…» told as «Теперь будем…», "from now on"
    start, end = sentence(draft, fact.start, fact.end)
    return bool(_DONE.search(draft, start, end)) and not _AHEAD.search(draft, start, end)


_FROM_TODAY = re.compile(r"(?:(?:starting|beginning|effective)\s+(?:from\s+)?|from\s+|as\s+of\s+)$|(?<!\w)(?:начиная\s+)?с\s+$", re.IGNORECASE)


def _ticket(draft: str, fact: Fact) -> bool:
    if fact.kind == "placeholder" and re.search(r"ticket|case|request", fact.value, re.IGNORECASE):
        return True
    return bool(_TICKET_WORD.search(draft[max(0, fact.start - 30) : fact.start]))


_DAY_BEFORE = re.compile(r"\bthe\s+(?:night|evening|day)\s+before\b|(?<!\w)накануне(?!\w)", re.IGNORECASE)


def _beside(date: Fact, weekday: Fact) -> bool:
    """Whether a weekday is written next to a date: "Thursday, 17 April", «17 апреля (четверг)»."""
    return date.kind == "date" and (0 <= weekday.start - date.end <= 3 or 0 <= date.start - weekday.end <= 3)


def _range_of(date: Fact, facts: list[Fact], text: str) -> list[Fact]:
    """The date, and the range's first date when it ends one: "3–16 March (Monday to Sunday)" gives Monday to the 3rd."""
    return [date, *(f for f in facts if f.kind == "date" and f.end <= date.start and _DAY_RANGE.fullmatch(text, f.end, date.start))]


def _weekdays_given(date: Fact, facts: list[Fact]) -> set[str]:
    """The weekdays a text names for its date: in the date's own words, or beside it."""
    return {w for w in [_weekday_of(date), *(f.value for f in facts if f.kind == "weekday" and _beside(date, f))] if w}


def _weekday_of(date: Fact) -> str | None:
    m = WEEKDAY_ONLY.search(date.text)
    return weekday(m) if m else None


def _other_year(date: Fact, known: list[Fact]) -> Fact | None:
    """The draft's date that a rewrite's dated one changes only in its year, unless the draft has that year too."""
    m = re.fullmatch(r"(\d{4})-(\d{2}-\d{2})", date.value)
    if not m:
        return None
    same_day = [d for d in known if d.kind == "date" and re.fullmatch(r"\d{4}-" + m[2], d.value)]
    if not same_day or any(d.value == date.value for d in same_day):
        return None
    return same_day[0]


def _wrong_weekday(date: Fact, same: list[Fact], known: list[Fact]) -> bool:
    """A weekday put to the draft's date that the draft never names and the date does not fall on ("Thursday, 18 March 2026")."""
    w = _weekday_of(date)
    given = {g for d in same for g in _weekdays_given(d, known)}
    if given:  # the weekday the draft gives its date, in its words or beside it, whatever the calendar says
        return bool(w and w not in given)
    named = any(d.kind == "weekday" and d.value == w for d in known)
    return bool(w and same and not named and w not in _weekdays_of(date, back=2))  # "Thursday 24 April" from a draft of 2025


def _weekdays_of(date: Fact, back: int = 0) -> tuple[str, ...]:
    """The weekdays a date can fall on: in its year, or (written without one) this year or the next, or up to ``back`` years before."""
    m = re.fullmatch(r"(?:(\d{4})-)?(\d{2})-(\d{2})", date.value)
    if not m:
        return ()
    this = datetime.date.today().year
    years = [int(m[1])] if m[1] else range(this - back, this + 2)
    out = []
    for year in years:
        try:
            out.append(str(datetime.date(year, int(m[2]), int(m[3])).isoweekday()))
        except ValueError:
            pass
    return tuple(out)


def _same(a: Fact, b: Fact) -> bool:
    if {a.kind, b.kind} == {"year", "number"}:
        return a.value == b.value  # «1992 год» in «для периода 1990–1992 гг.»
    if a.kind == "name" or b.kind == "name":
        return a.kind == b.kind and (all(p & b.keys for p in a.parts) or _initialled(a, b))
    return a.same(b)


def _initialled(a: Fact, b: Fact) -> bool:
    """«Ирина Олеговна Миронова» written «И. О. Миронова» (or the other way): word for word, an initial for a word it starts."""
    words_a, words_b = _names.WORD.findall(a.text), _names.WORD.findall(b.text)
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    pairs = list(zip(words_a, words_b, a.parts, b.parts))
    initial = lambda x, y: len(x) == 1 and len(y) > 1 and y[0].lower() == x.lower()  # noqa: E731
    return any(len(x) > 1 and len(y) > 1 and p & q for x, y, p, q in pairs) and all(p & q or initial(x, y) or initial(y, x) for x, y, p, q in pairs)


_RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|по|до)\s*", re.IGNORECASE)


def _month_span(text: str, date: Fact, facts: list[Fact]) -> list[str]:
    """The months ("07", …, "09") of a range of whole months that ``date`` starts or ends: "1 July to 30 September",
    «с 1 марта по 31 мая», "from 1 May to 1 October" (the first of each month); none for a date on its own."""
    dates = sorted((f for f in facts if f.kind == "date" and re.fullmatch(r"(?:\d{4}-)?\d{2}-\d{2}", f.value)), key=lambda f: f.start)
    for a, b in zip(dates, dates[1:]):
        if date in (a, b) and _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            (ma, da), (mb, db) = (map(int, f.value.split("-")[-2:]) for f in (a, b))
            last = calendar.monthrange(2024 if mb == 2 else 2025, mb)[1]
            if da == 1 and db in (1, last) and ma <= mb:
                return [f"{m:02d}" for m in range(ma, mb + 1)]
    return []


def _other_month(date: Fact, match: Fact, new: list[Fact]) -> bool:
    """Whether a dated day of the draft, matched by a bare day of the month, is given another month elsewhere in the rewrite."""
    dated = re.fullmatch(r"(?:\d{4}-)?(\d{2})-(\d{2})", date.value)
    return bool(dated and match.value.startswith("day ") and any(
        r.kind == "date" and (m := re.fullmatch(r"(?:\d{4}-)?(\d{2})-(\d{2})", r.value)) and m[2] == dated[2] and m[1] != dated[1] for r in new))


def _in_month(date: Fact, month: Fact) -> bool:
    """Whether ``date`` is a date in ``month`` ("1 June" in "June")."""
    return date.kind == "date" and date.value.split("-")[-2:-1] == [month.value[-2:]]


# A platform is named by its links: "in Telegram: t.me/…" for the draft's «в канале t.me/…»
_PLATFORMS = {"telegram": ("t.me", "telegram.me", "telegram.org"), "телеграм": ("t.me", "telegram.me"), "whatsapp": ("wa.me", "whatsapp.com"), "ватсап": ("wa.me",),
              "vk": ("vk.com", "vk.ru"), "вконтакте": ("vk.com", "vk.ru"), "вк": ("vk.com", "vk.ru"), "youtube": ("youtube.com", "youtu.be"), "instagram": ("instagram.com",),
              "facebook": ("facebook.com", "fb.com"), "viber": ("viber.com",), "twitter": ("twitter.com", "x.com")}


def _platform_of_link(name: Fact, known: list[Fact]) -> bool:
    """Whether a one-word name is the platform a known link is on."""
    domains = [f.value.split("/", 1)[0] for f in known if f.kind == "url"]
    return len(name.parts) == 1 and any(d == host or d.endswith("." + host) for key in name.parts[0] for host in _PLATFORMS.get(key, ()) for d in domains)


def _greeted(text: str, name: Fact) -> bool:
    """Whether the name is the one a salutation addresses ("Hi Sarah Lindqvist,", «Здравствуйте, Елена Павловна Громова!»)."""
    return bool(_names.ADDRESSED.search(text, max(0, name.start - 20), name.start)) or not text[: name.start].strip() and text[name.end : name.end + 1] in (",", "!")  # «Руслан Андреевич, добрый день.»


# the customer's name, or what is theirs by it: "the account holder, R. Timofeev" told as "your account"
_YOUR_NAME = re.compile(r"\byour\s+(?:own\s+|full\s+)?name\b|\byour\s+(?:[\w-]+\s+)?(?:account|card|contract|policy)\b|(?<!\w)(?:на\s+ваше\s+имя|ваш\w*\s+(?:имя|фамили\w+|ФИО)|ваш\w*\s+(?:[\w-]+\s+)?(?:сч[её]т\w*|карт\w*|договор\w*|полис\w*))(?!\w)", re.IGNORECASE)


_NAME_SLOT = re.compile(r"name|имя", re.IGNORECASE)  # {{first_name}}, {{customer.name}}, {имя}


_OPENING_NAME = re.compile(r"\s*(?:(?:hi|hello|dear|hey|здравствуйте|добрый\s+(?:день|вечер))[,!]?\s+)?(?P<name>(?-i:[A-ZА-ЯЁ])[\w'’-]+)\s*,", re.IGNORECASE)


def _greeted_otherwise(name: Fact, rewrite: str, new: list[Fact], context: str | None) -> bool:
    """Whether the rewrite greets the same customer by another part of their name, both parts on one line of their message."""
    lines = [_names.known_words(line) for line in (context or "").splitlines()]
    greeted = [r for r in new if r.kind == "name" and _greeted(rewrite, r)]
    opening = _OPENING_NAME.match(rewrite)  # "Daniel, your Wi-Fi visit was missed…": a first word no list holds as a name
    return any(_words_in(name, words | {w[0] for w in words}) and (any(_words_in(r, words) for r in greeted) or opening is not None and bool(_names.word_keys(opening["name"]) & words)) for words in lines)  # an initial by its word: «Тимофеева Р. А.» of «Тимофеев Руслан Андреевич»


def _adjective_of(name: Fact, rewrite: str) -> bool:
    """Whether a one-word Russian place name («Москве», «Томск») is said as its adjective («московском», «томского»):
    a word of the rewrite that starts as the name's lemma does (its first four letters) and has «ск» after them; or
    an English adjective of a place ("European") as the place ("Europe"), and the place as its adjective."""
    if len(name.parts) != 1:
        return False
    if re.fullmatch(r"[A-Z][a-z]{4,}(?:an|ese|ish)", name.text):  # "47 European destinations" said as "47 destinations in Europe"
        return any(name.text.lower().startswith(w) and len(name.text) - len(w) <= 3 for w in re.findall(r"[a-z]{5,}", rewrite.lower()))
    if re.fullmatch(r"[A-Z][a-z]{4,}", name.text):  # "in Mexico" said as "in Mexican format", "Italy" as "Italian"
        stem = name.text.lower()[:-1]
        return any(w.startswith(stem) and len(w) - len(stem) <= 4 for w in re.findall(r"[a-z]{5,}(?:an|ese|ish)\b", rewrite.lower()))
    if not re.search("[а-яё]", name.text, re.IGNORECASE):
        return False
    stems = {key[:4] for key in name.parts[0] if len(key) >= 5 and re.fullmatch("[а-яё]+", key)}
    return any(re.search(rf"(?<!\w){stem}[а-яё]*ск[а-яё]+", rewrite.lower().replace("ё", "е")) for stem in stems)


_DAY_RANGE = re.compile(r"\s*(?:[-–—]|to|through|thru|till|until|по|до)\s*", re.IGNORECASE)


def _in_range(fact: Fact, facts: list[Fact], text: str, told: list[Fact], rewrite: str) -> bool:
    """Whether a weekday or a date lies inside a range of them the draft or customer gave ("Tuesday–Thursday", «с
    понедельника по пятницу», "Fri to Mon" across the weekend); a date only as the range's days told one by one in the
    rewrite (``told``, its facts): "Dec 22 and Dec 23" for "from December 22 to December 24", not one day picked in it."""
    ends = sorted((f for f in facts if f.kind == fact.kind), key=lambda f: f.start)
    if fact.kind == "weekday":
        inside = lambda a, b: (int(fact.value) - int(a.value)) % 7 <= (int(b.value) - int(a.value)) % 7  # noqa: E731
    else:  # "12-23" or "2026-12-23": the same shape compares in calendar order
        inside = lambda a, b: len(a.value) == len(b.value) == len(fact.value) and a.value < fact.value < b.value and _listed_with(fact, a, told, rewrite)  # noqa: E731
    return any(_DAY_RANGE.fullmatch(text, a.end, b.start) and inside(a, b) for a, b in zip(ends, ends[1:]))


_LISTED = re.compile(r"\s*(?:,|and|or|&|и|или)\s*", re.IGNORECASE)


def _listed_with(fact: Fact, first: Fact, told: list[Fact], rewrite: str) -> bool:
    """Whether the rewrite lists ``fact`` right after another date of the range ("Dec 22 and Dec 23")."""
    return any(t.kind == "date" and first.value <= t.value < fact.value and _LISTED.fullmatch(rewrite, t.end, fact.start) for t in told)


def _round_the_clock(fact: Fact, mine: list[Fact]) -> bool:
    """"round-the-clock access" for the draft's "24-hour access" (one way only: «круглосуточно» says no "within 24 hours")."""
    return fact.kind == "schedule" and fact.value == "all" and any(d.kind == "duration" and "duration:1440min" in d.keys for d in mine)


def _weekdays_but(fact: Fact, mine: list[Fact], new: list[Fact]) -> bool:
    """«в будни с 6:30 до 22:30, в выходные — с 8 до 21» for the draft's «с 6:30 до 22:30, в выходные — с 8:00 до 21:00»: the
    hours the draft gives besides its weekend ones are the weekdays' (when the rewrite keeps the weekend's apart too)."""
    has = lambda facts, days: any(f.kind == "schedule" and f.value == days for f in facts)  # noqa: E731
    return fact.kind == "schedule" and fact.value == "weekdays" and has(mine, "weekends") and has(new, "weekends") and not has(mine, "weekdays")


def _clipped(name: Fact, words: frozenset[str]) -> bool:
    """"the Strat" for the draft's "Stratocaster": one word, the start of a longer word the draft has."""
    word = name.text.lower()
    return len(name.parts) == 1 and len(word) >= 4 and word.isalpha() and any(len(w) >= len(word) + 3 and w.startswith(word) for w in words)


def _words_in(name: Fact, words: frozenset[str], initials: bool = True) -> bool:
    """Whether every part of the name is among ``words``; without ``initials``, its initials may be missing if another part is there."""
    written = _names.WORD.findall(name.text)
    parts = name.parts if initials or len(written) != len(name.parts) else [p for p, w in zip(name.parts, written) if len(w) > 1] or name.parts
    return all(part & words for part in parts)


def _deadline(text: str, fact: Fact) -> re.Match | None:
    before = text[max(0, fact.start - 30) : fact.start]
    if _RANGE_END.search(before):
        return None
    return _DEADLINE.search(before) or (_WITHIN.search(before) if fact.kind == "duration" else None)


def _clause_before(text: str, fact: Fact) -> str:
    """The words of the fact's clause before it."""
    before = text[max(0, fact.start - 80) : fact.start]
    return re.split(r"[.!?;:,\n—–]\s", before)[-1]


def _sentence_before(text: str, fact: Fact) -> str:
    """The words of the fact's sentence before it."""
    return re.split(r"[.!?\n]\s", text[max(0, fact.start - 120) : fact.start])[-1]


def _clause_of(text: str, fact: Fact) -> str:
    """The fact's clause: "поэтому к 14 ноября груз не успел" has the miss after the date."""
    after = re.split(r"[.!?;:,\n—–]\s", text[fact.end : fact.end + 80])[0]
    return _clause_before(text, fact) + " " + after


def _with_preposition(text: str, fact: Fact) -> Fact:
    m = _deadline(text, fact)
    start = fact.start - (len(m.group()) if m else 0)
    return Fact(fact.kind, fact.value, text[start : fact.end], start, fact.end, fact.keys, fact.also)


def _pair_changes(result: Comparison, draft: str, rewrite: str) -> None:
    """A dropped fact and an added one (or a new time frame) of the same family in the most
    similar context: a change ("within 28 days" → "within 14 days")."""
    for d in list(result.dropped):
        family = FAMILY.get(d.kind, d.kind)
        candidates = [a for a in result.added + result.deadlines if FAMILY.get(a.kind, a.kind) == family]
        if not candidates:
            continue
        before = _context(draft, d)
        best = max(candidates, key=lambda a: len(before & _context(rewrite, a)))
        result.dropped.remove(d)
        (result.added if best in result.added else result.deadlines).remove(best)
        result.changed.append((d, best))


def _counts_changed(draft: str, rewrite: str, mine: list[Fact], new: list[Fact]) -> list[tuple[Fact, Fact]]:
    """A number word is a reading, not a fact of its own ("both" may say "two"), but "two free heaters"
    becoming "three free heaters" is a changed count: another number before the same word."""
    changed = []
    for d in mine:
        if d.strict or d.kind != "number" or any(_same(d, r) for r in new):
            continue
        after = _next_word(draft, d)
        other = next((r for r in new if r.kind == "number" and after and _next_word(rewrite, r) == after and not any(_same(m, r) for m in mine)), None)
        if other is not None:
            changed.append((d, other))
    return changed


def _counts_alike(draft: str, rewrite: str, d: Fact, r: Fact, known: list[Fact]) -> bool:
    """A count written in digits is not kept by a number word that another one stands for, the customer's or the
    draft's, nor by "double" or "both", unless a word around it is around the word too: "up to 2 packs per household"
    is not kept by "two little ones" (the customer's "two kids"), nor "port 1" by "a one-off fee" (the draft's own
    "one-off"), nor "2 x 12 lb bags" by "the double charge". A duration is kept by a number word only beside a unit of
    time: "a 1-hour window" by "a one-hour window", «за 10–15 минут» by «минут за десять-пятнадцать», not "the last
    3 months" by "all three payouts"."""
    if any(c.isdigit() for c in r.text):
        return True
    if d.kind == "duration" and r.kind == "number":
        return bool(_TIME_UNIT.match(rewrite, r.end) or _TIME_UNIT_BEFORE.search(rewrite, max(0, r.start - 30), r.start))
    if d.kind != "number" or not d.text.isdigit():
        return True
    if not _MULTIPLE.fullmatch(r.text) and not any(f is not d and f.text.lower() == r.text.lower() for f in known):
        return True
    return bool(_around(draft, d) & _around(rewrite, r))


def _around(text: str, fact: Fact) -> set[str]:
    """The stems of the four words either side of a fact (not "the", "your", «для»: the promises' stop words are beside anything)."""
    words = lambda s: [w.lower()[:5] for w in re.findall(r"\w{3,}", s) if w.lower() not in _promises.STOP]  # noqa: E731
    before = _SENTENCE_BREAK.split(text[max(0, fact.start - 60) : fact.start])[-1]  # in its own sentence
    after = _SENTENCE_BREAK.split(text[fact.end : fact.end + 60])[0]
    return set(words(before)[-4:] + words(after)[:4])


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_MULTIPLE = re.compile(r"twice|double|both|пар[уы]|об[аеи]\w*", re.IGNORECASE)
_UNIT = r"(?<!\w)(?:" + "|".join(UNITS.values()) + r")(?!\w)"
_TIME_UNIT = re.compile(r"[\s-]+(?:[\w]+\s+)?" + _UNIT, re.IGNORECASE)  # "one-hour", "one full day"
_TIME_UNIT_BEFORE = re.compile(_UNIT + r"[\s,]+(?:\w+[\s-]+){0,2}$", re.IGNORECASE)  # «минут за десять-пятнадцать», «дней, максимум тридцать»


def _next_word(text: str, fact: Fact) -> str:
    m = re.match(r"(?:\s*[×x])?\s+(\w{3,})", text[fact.end :])  # "1 × заживляющая плёнка" is «заживляющая плёнка»
    return m[1].lower()[:5] if m else ""


# A unit written short, by the start of its word in a compound: «трасса 5 м» is «пятиметровая трасса»
_UNIT_STEMS = {"м": "метр", "см": "сант", "мм": "милл", "км": "кило", "кг": "кило", "л": "литр", "т": "тонн"}


def _compounded(draft: str, rewrite: str, fact: Fact) -> bool:
    """Whether the rewrite says a number and the word after it in the draft as one compound word (a duration: its unit,
    «стаж 12 лет» as «с двенадцатилетним стажем», «гарантия 2 года» as «двухлетняя гарантия»)."""
    if fact.kind == "duration":
        noun = fact.text.split()[-1][:3].lower() if " " in fact.text else ""
    else:
        unit = re.match(r"\s*([а-я]{1,2})\.?(?!\w)", draft[fact.end :], re.IGNORECASE)
        noun = _UNIT_STEMS.get(unit[1].lower(), "") if unit else _next_word(draft, fact)[:4]
    first = "|".join(COMPOUND_FIRST.get(fact.value.split()[0], ()))
    noun = "(?:год|лет)" if noun == "год" else noun
    return bool(noun and first and re.search(rf"(?<!\w)(?:{first})[ъ-]?{noun}", rewrite, re.IGNORECASE))


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"\w{3,}", text)}


def _context(text: str, fact: Fact) -> set[str]:
    return _stems(text[max(0, fact.start - 40) : fact.start] + " " + text[fact.end : fact.end + 40])
