"""What the draft asks the customer to bring, keep, send or do to a thing first: "Please bring photo ID and the collection
text", "send us a photo of the damaged items and the receipt", «При получении нужен оригинал рецепта и паспорт», «сохраните
чек», "Please remove the wall bracket and the stand", «извлеките SIM-карту».

A rewrite that leaves one of them out sends the customer to the counter without it, though no value changed. Each thing
is kept when one of its words is in the rewrite, in any form ("ID with a photo", «паспорта»). A paper the rewrite asks
for that neither the draft nor the customer names (photo ID, a receipt, «паспорт») is a condition it added."""

from __future__ import annotations

import re

from .facts import Fact
from .promises import STEP_START, sentence, stems

# The request, up to its object: an imperative where a step starts or after "please" (not "the manager agreed to … keep
# £150"), not "bring it to you" (ours), "keep in mind" or "send us a message" (no thing to bring); what we or the driver
# need from the customer
_ASK = re.compile(
    r"(?P<please>\bplease\s+)?(?<!\w)(?P<imperative>приложить|предъявить|принести|сохранить|загрузить|bring|keep|attach|take(?=\s+(?:[\w-]+\s+){1,4}?with\s+you\b)|present|sign|have(?=\s+[^.!?\n]{1,80}?\s(?:ready|to\s+hand)\b)|upload|print|remove|clear(?:\s+access\s+to)?|unplug|disconnect|empty|drain|defrost|take\s+out|(?:switch|turn)\s+off|(?:log|sign)\s+out\s+of|reply\s+with|respond\s+with"
    r"|(?:send|email|e-mail|post)\s+(?:us\s+)?(?=(?:(?:a|the|your|both|all)\s+)?(?!any\b)(?:[\w-]+\s+)?(?:photos?|cop(?:y|ies)|screenshots?|pictures?|receipts?|scans?|prescriptions?|originals?|invoices?|statements?|letters?|certificates?)\b))\b(?!\s+(?:to|us|you|it|them|this|that|in|back|up)\b)"
    r"|\b(?:don't|do\s+not)\s+forget\s+(?:to\s+(?:bring|take|keep|sign|attach|have)\s+)?|\b(?:can(?:not|'t)|won't|will\s+not)\s+be\s+[a-z]+ed\s+without\b"  # "cannot be approved without the referral letter" (not "won't go ahead without your approval")
    r"|\byou\s+(?:must|need\s+to|(?:will|'ll)\s+need\s+to|have\s+to)\s+(?:bring|present|show|take|keep|attach|sign|upload)\b(?!\s+(?:to|us|you|it|them|this|that|in|back|up)\b)"  # "You must bring photo ID."
    r"|\byou(?:'ll|\s+will)\s+need\b(?!\s+to\b)|\b(?:she|he|they)(?:'ll|\s+will)\s+need\b(?=\s+(?:her|his|their)\b)"  # not "He will need access to the chair"
    r"|\bwe(?:'ll|\s+will)?\s+need\s+(?:[\w-]+\s+){0,3}?from\s+you\b|\bwe(?:'ll|\s+will)?\s+need\b(?=\s+(?:the|your|a\s+copy|copies|a\s+photo|a\s+scan|proof)\b)|\b(?:the|our)\s+(?:driver|courier|engineer|technician|fitter|pharmacist)\s+(?:will\s+)?needs?\b(?!\s+(?:to|access|entry|space|room|time)\b)"
    r"|\b(?:don't|do\s+not)\s+(?:remove|throw\s+away|discard|unplug|bin|delete)\b|(?<!\w)не\s+(?:вынимайте|выбрасывайте|удаляйте|отключайте|выключайте)(?!\w)"  # "don't remove the old SIM": keep it
    r"|\b(?:come|go(?!\s+(?:ahead|on|through)\b)|head|pop|be\s+(?:there|here|at\s+home|home|ready)|arrive|attend|turn\s+up|show\s+up|pick\s+(?:it|them)\s+up|collect\s+(?:it|them)|register|sign\s+up|apply)\s+(?:(?!(?:e-?mail|call|ring|send|write|text|contact|reply|message|and|but|or|so|we|i)\b)[\w:.,/@–-]+\s+){0,10}?with\s+(?=(?:your|a|an|the|photo|proof|valid|two|both|promo)\b)|(?<!\w)(?:приходите|подойдите|приезжайте|(?:должен|должна|должны)\s+(?:быть|находиться|присутствовать|прийти)|(?:забрать|получить|забирать|получать)\s+(?:[\w-]+\s+){0,2}?(?:можно|нужно|надо|необходимо)(?:\s+только)?)\s+(?:[\w-]+\s+){0,4}?с(?=\s+(?!вопрос|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|завтра|сегодня|утра|обеда|начала|середины|конца|январ|феврал|март|апрел|ма[яю]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё])"
    r"|(?<!\w)при\s+(?:предъявлении|предоставлении|наличии)(?=\s+[а-яё])|\bon\s+(?:presentation|production)\s+of\b"  # «мы возместим расходы при предъявлении чеков и копии акта»
    r"|(?<!\w)(?:просьба|просим(?:\s+вас)?|прошу(?:\s+вас)?)\s+(?=(?:обеспечить|взять|принести|сохранить|приложить|предъявить|подготовить|захватить|подписать|загрузить|распечатать|освободить|отключить)(?!\w))"
    # a request whose line ends in a colon over a list: «пришлите на dms@… следующие документы:\n• …»
    r"|(?<!\w)(?:пришлите|пришлёте|пришлете|отправьте|предоставьте|представьте|приложите)(?=\s*(?:нам\s+|мне\s+)?:|[^\n:]{0,80}:[ \t]*\n[ \t]*(?:[•*·–—-]|\d+[.)]))"
    r"|(?<!\w)(?:пришлите|отправьте|направьте)(?:\s+нам)?(?:\s+на\s+\S+@[\w.-]*\w)?(?=\s+(?:[а-яё]+(?:ый|ий|ой|ую|ые|ое|ая|ие)\s+)?(?:фото|копи|скан|скриншот|чек|квитанц|документ|посадочн|билет|справк|акт\b|договор|реквизит|претензи|заявлени))"  # «пришлите на baggage@… фото повреждений, посадочный талон и багажную бирку»
    r"|\b(?:send|provide|submit|email|upload)(?=\s*(?:us\s+)?:|[^\n:]{0,80}:[ \t]*\n[ \t]*(?:[•*·–—-]|\d+[.)]))"
    r"|\b(?:email|e-mail|write\s+to|message)\s+(?:us\s+(?:at\s+)?|\S+@\S+\s+)with\s+(?=(?:your|a|an|the|photos?|proof|copies)\b)"  # "email refunds@… with your bank statement"
    # what it takes, over a list of steps: «Для повышения статуса нужно:\n1) …», "To complete verification you need to:\n1. …"
    r"|(?:(?<!\w)(?:нужно|необходимо|надо|требуется|потребуется)|\byou(?:'ll|\s+will)?\s+need(?:\s+to)?)(?=[ \t]*:[ \t]*\n[ \t]*(?:[•*·–—-]|\d+[.)]))"  # "come to any desk with your passport", «приходите в кассу с паспортом»
    # («понадобится паспорт», not «мастеру понадобится 5–7 рабочих дней на сборку, смазку…»: how long the job takes)
    r"|(?<!\w)(?:возьмите|сохраните|обеспечьте|приложите|предъявите|покажите|захватите|принесите|привезите|подпишите|(?:понадобится|понадобятся)(?!\s+(?:[а-яё]+\s+)?(?:\d|пар[ау]\s|несколько\s|полчаса|полдня|час|день|дн[яей]|сутки|суток|недел|месяц|минут))|загрузите|распечатайте|извлеките|достаньте|выньте|снимите|отключите|выключите|отсоедините|слейте|освободите|разморозьте|перекройте|выйдите\s+из|сделайте(?=\s+(?:резервн|бэкап))|(?<=получении\s)нуж(?:ен|на|ны|но)|(?<=получения\s)нуж(?:ен|на|ны|но)|нуж(?:ен|на|ны)(?=\s+(?:паспорт|оригинал|доверенност|документ|чек|квитанц|талон|полис|удостоверени|справк|свидетельств|код\s))"  # «Для получения нужен паспорт»
    r"|(?:нужно|необходимо)\s+(?:будет\s+)?(?:подписать|предъявить|показать|приложить|взять(?:\s+с\s+собой)?|принести|иметь\s+при\s+себе)|не\s+забудьте(?:\s+(?:взять|принести|захватить|подписать|приложить))?|необходим[ыа]?|(?:при\s+себе|с\s+собой)(?!\s+можно\b)(?:\s+(?:нужно|необходимо|надо|обязательно))?(?:\s+(?:иметь|взять))?|(?:нам\s+|от\s+вас\s+)нужн[ыао]?)(?!\w)(?!\s+(?:его|её|ее|их|это)(?!\w))",  # not «С собой можно взять до 3 гостей»: allowed, not asked
    re.IGNORECASE | re.MULTILINE,
)
_NOT = re.compile(r"(?:don't|do\s+not|won't|will\s+not|can't|cannot|can\s+not|no\s+need\s+to|(?<!\w)не)\s+(?:need\s+to\s+|have\s+to\s+)?$|(?<!\w)если\s+(?:вам\s+|вдруг\s+)?(?:что-(?:то|нибудь)\s+|ещ[её]\s+)?$", re.IGNORECASE)  # "You don't need to keep the items", «если вам необходима помощь», «если что-то понадобится раньше»
# Where the list of things ends: the sentence, a dash that opens a clause of its own («с паспортом — заменим браслет»), or what it
# is for or when ("to photos@…", «чтобы…», "within 7 days", "while you install it")
_END = re.compile(
    r"(?<!\bул)(?<!\bд)(?<!\bг)(?<!\bпр)(?<!\bкв)(?<!\bкорп)(?<!\bстр)(?<!\bпер)(?<!\bнаб)(?<!\bst)(?<!\brd)(?<!\bave)\.(?!\d)|(?<!\d):(?!\d)|[;!?\n]|\s[—–]\s|\s(?:на|to)\s+(?=\S+@)|(?:,|\s(?:и|а\s+также|and))\s+(?:please|пожалуйста|(?:не\s+)?[а-яё]+(?:ите|йте)(?:сь)?|don't|do\s+not)(?!\w)|,?\s(?:to|so|within|by|before|if|when|while|until|for|as|once|because|since|чтобы|до|в\s+течение|если|когда|пока|для|так\s+как|потому\s+что)\s"
    r"|,?\s(?:in\s+the\s+meantime|meanwhile|for\s+now|until\s+then|till\s+then|пока\s+что|тем\s+временем|до\s+тех\s+пор|daily|every\s+day|ежедневно|каждый\s+день)\b"  # "keep the windows open in the meantime", «с паспортом ежедневно с 10:00»: when, no thing
    r"|,?\s(?:не\s+(?:менее|позднее|позже|ранее|раньше|больше|меньше)|в\s+формате|размером|at\s+least|no\s+(?:later|earlier|more|less)\s+than)\s"  # «не менее чем за сутки»: when or how, no thing
    r"|,\s+[а-яё]+(?:нн|вш|ющ|ащ|ящ|ем|им)(?:ой|ый|ая|ое|ые|ых|ую|ого|ий|ей)(?!\w)"  # «прививке, сделанной не раньше…»: a participle's clause
    r"|,\s+(?:[а-яё]+\s+){0,2}?[а-яё]+(?:ется|ются|ится|ятся)(?!\w)"  # «паспорт и СНИЛС, договор подписывается в клинике»: a clause of its own
    r"|,\s+(?:е[её]|его|их|its|their|which|who|котор\w+)\s"  # «необходима диагностика, её стоимость 3 500 ₽», "order form OF-2291, which was sent …": a clause of its own
    r"|,\s+(?:sent|posted|emailed|e-mailed|uploaded|addressed|signed|dated|made\s+out|returned)\s+(?:to|by|before|via|within|from|on|in)\s"  # "a utility bill, sent to moving@… by 30 September"
    r"|\s(?:ready|to\s+hand)\b"  # "have the key and the charging cable ready"
    r"|\s(?:dated|issued)\s+(?:within|in|from|after|before|no\s+(?:more|later|earlier))\s"  # "a GP letter dated within the last 12 months": when, no thing
    r"|,?\s(?:and|и|а)\s+(?:we|i|мы|я)(?:'ll|'ve|'d)?(?!\w)",  # "send us the invoice and we'll reimburse you": our step, no thing
    re.IGNORECASE,
)
# where a thing is brought, no part of it: «… с паспортом в пункт выдачи на ул. Ленина», «пуховик в приёмный пункт», «с договором по адресу: …»
_WHERE_TO = re.compile(r"\s(?:в|во|на)\s+(?:пункт|офис|отделени|магазин|салон|сервис|центр|кабинет|мастерск|при[её]мн|наш|ближайш|ул\.|улиц)|\sпо\s+адресу(?!\w)", re.IGNORECASE)
_AND = re.compile(r",(?!\s*\d)|\s(?:and|or|plus|и|или|а\s+также|вместе\s+с|together\s+with|along\s+with)\s", re.IGNORECASE)  # not an address's house number: «на Садовой, 18»
# an instruction after a word of when: "Until then keep your old SIM in your phone"
_AFTER_OPENER = re.compile(r"(?:\A|[.!?:]\s+|\n[ \t]*(?:\d+[.)]|[•*·–—-])?[ \t]*)(?:until\s+then|in\s+the\s+meantime|meanwhile|for\s+now|before\s+(?:that|then)|after\s+that|then|first|also|just),?\s+$", re.IGNORECASE)
# ...where a sentence starts, or after what it fronts: "Bring photo ID", "For the €420 you spent at the pharmacy, send us the receipts"
_OPENS = re.compile(r"(?:\A|[.!?]\s+|\n[ \t]*|,\s+)$")
_AND_THEN = re.compile(r"\s(?:and|or|then)\s+(?:either\s+)?$", re.IGNORECASE)
_PLEASE_WORD = re.compile(r"\bplease\b|(?<!\w)пожалуйста(?!\w)", re.IGNORECASE)
# the verbs a request to the customer opens with, English ones: "send", "attach", "make sure" (verify's joined steps too)
ASKING_VERB = r"(?:go|visit|fill|log|open|call|ring|e-?mail|send|complete|contact|sign|reply|upload|print|bring|keep|attach|take|present|leave|turn|switch|include|enclose|photograph|pack|make\s+sure)\b"
_ASKING = re.compile(r"\s*(?:to\s+[^,.;!?\n]{1,40},\s+)?" + ASKING_VERB, re.IGNORECASE)
_NOT_NEEDED = re.compile(r"(?<!\w)не\s+(?:требуется|требуются|нужн\w*|понадобится|понадобятся)(?!\w)|\b(?:is|are)\s+not\s+(?:needed|required|necessary)\b|\bno\s+need\b", re.IGNORECASE)
# no thing but another way to reach us ("…or call us on 0161 496 0733", "or book online at …") or a step ("and be ready to tell us…")
_NO_THING = re.compile(r"(?:call|ring|phone|email|e-mail|contact|text|message|write\s+to|visit|go\s+to|book\s+(?:online|it|a\s+slot|via|through|on|at)|be|stay|wait|tell|let|hand|give|pass|позвоните|звоните|напишите|обратитесь|зайдите)(?!\w)", re.IGNORECASE)
# how a thing is shown, no thing: "the voucher, printed or on your phone", «в распечатанном виде или на телефоне»
_HOW_SHOWN = re.compile(r"(?:printed(?:\s+out)?|on\s+paper|on\s+(?:your|a)\s+(?:phone|screen|mobile)|в\s+(?:распечатанном|электронном|бумажном)\s+виде|распечатанн\w+|на\s+(?:телефоне|экране))", re.IGNORECASE)
_PLACE = re.compile(r"(?:на|в|во|через|по|on|at|via|in|through|from)\s", re.IGNORECASE)  # «загрузите на сайте …»: where, no noun of its own
# a thing asked for with its verb: "ship the bag", «предъявить рецепт», "back up your data"
_DOING = re.compile(r"(?:[а-яё]+(?:ть|ти|чь|ться)|ship|send|post|return|plug|back|bring|take|keep|put|leave|hand|drop|switch|turn)\b", re.IGNORECASE)
_REACH = 120
_NO_BRACKETS = str.maketrans("()", "  ")
_PRONOUNS = "her his him she anyone someone somebody свой свою свои собой себе собою first beforehand afterwards again сначала заранее заново снова лично item items choice preference decision answer будет будут"  # (nor a choice: "reply with your choice"; nor «нужно будет предъявить паспорт»'s «будет»)  # no things ("your", «ваш», «их» have no stem already; "first" says when)
_PRONOUN_STEMS = stems(_PRONOUNS)
_PLEASE = re.compile(r"(?:,?[ \t]*(?:please|пожалуйста)\b,?)?", re.IGNORECASE)  # «возьмите, пожалуйста:»
_ASIDE = re.compile(r"\([^()\n]*\)")  # «билет (вагон 7, место 23)» is one thing
_ONE_OF = re.compile(r"\s*(?:(?:one|any|either|all|both|each|two|three)\s+of(?:\s+(?:these|those|them|the\s+following))?|(?:одно|один|одну|любой|любое|любую|что-то|что-нибудь|все|оба|обе)\s+из\s+(?:этих|них|следующих|документов))\s*", re.IGNORECASE)
_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ]{2}(?!\w)")
_COLON = re.compile(r"(?<!\d):(?!\d)")
_LIST = re.compile(r"[ \t]*:[ \t]*\n(?:[ \t]*(?:[•*·–—-]|\d+[.)])[ \t]*[^\n]+\n?)+")
_ITEM = re.compile(r"^[ \t]*(?:[•*·–—-]|\d+[.)])[ \t]*([^\n]+)", re.MULTILINE)
# the thing first, then the request, as Russian may put it: «Собачью упаковку принесите с собой, мы её обменяем»
_THING_FIRST = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n))[ \t]*(?:[•*·–—-][ \t]*)?(?P<thing>(?:[а-яё-]+\s+){1,3}?)(?:принесите|возьмите|захватите|сохраните|приложите|предъявите)(?:\s+(?:с\s+собой|тоже|также|обязательно|пожалуйста))?(?:\s+(?:для|на)\s+[а-яё]+)?(?=\s*[,.;!\n]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


def asked(draft: str) -> list[Fact]:
    """The things the draft asks the customer for, one fact each; its keys are its words' stems (not its numbers, which
    are compared as values)."""
    found = []
    flat = _ASIDE.sub(lambda a: " " * len(a.group()), draft)  # an aside ends no list: «на Профсоюзной, 56 (с 9:00 до 21:00) вместе с паспортом»
    for m in _ASK.finditer(draft):
        if m["imperative"] and not m["please"] and not (STEP_START.search(draft, 0, m.start()) or _AFTER_OPENER.search(draft, 0, m.start()) or _OPENS.search(draft, max(0, m.start() - 3), m.start()) or _continued(draft, m.start())) or _NOT.search(draft, max(0, m.start() - 25), m.start()):
            continue
        at = _PLEASE.match(draft, m.end()).end()
        line_end = draft.find("\n", at) % (len(draft) + 1)
        if (colon := _COLON.search(draft, at, min(line_end, at + _REACH // 2))) is not None:
            if not draft[colon.end() : line_end].strip():  # a list below: "we need two documents from you by 12:00 on 8 May:"
                at = colon.start()
            elif not draft[at : colon.start()].strip() or _ONE_OF.fullmatch(draft, at, colon.start()):  # the things after it: "One thing we need from you: …", "upload one of: …"
                at = colon.end()
        if listed := _LIST.match(draft, at):  # "please bring:\n• photo ID\n• the collection text"
            spans = [i.span(1) for i in _ITEM.finditer(draft, at, listed.end())]
        else:
            end = _END.search(flat, at, at + _REACH)
            spans = _items(draft, at, end.start() if end else min(len(draft), at + _REACH))
        for start, end in spans:
            end = where.start() if (where := _WHERE_TO.search(draft, start, end)) else end
            start, end = start + len(draft[start:end]) - len(draft[start:end].lstrip()), start + len(draft[start:end].rstrip())
            if _NOT_NEEDED.search(draft, start, end) or _NO_THING.match(draft, start, end) or _HOW_SHOWN.fullmatch(draft, start, end) or _MODIFIER.match(draft, start):
                continue  # «снятие швов не требуется»: a clause of its own; "…or call us on 0161 496 0733": another way, "and be ready to tell us…": a step, no thing
            keys = frozenset(k for k in _words(draft, (start, end)) if not any(c.isdigit() for c in k)) - _PRONOUN_STEMS
            if keys:
                found.append(Fact("item", draft[start:end], draft[start:end], start, end, keys))
    for m in _THING_FIRST.finditer(draft):
        start, end = m.span("thing")
        end = start + len(draft[start:end].rstrip())
        if keys := frozenset(k for k in _words(draft, (start, end)) if not any(c.isdigit() for c in k)) - _PRONOUN_STEMS:
            found.append(Fact("item", draft[start:end], draft[start:end], start, end, keys))
    return found


# what describes the thing before it: «ветпаспорт с прививками, сделанными не позднее чем за 14 дней», «…, который …»
_MODIFIER = re.compile(r"котор\w+|[а-яё]{3,}(?:нн|вш|ущ|ющ|ащ|ящ)(?:ый|ая|ое|ые|ого|ой|ых|ым|ыми|ую|ом|ими|ий|ее|ие|его|ей|их|им|ем)\s+(?:не\s+)?(?:позднее|позже|раньше|ранее|за|в|во|на|до|после|по|у|с|со|от|при)(?!\w)", re.IGNORECASE)


def _words(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The stems of a span's words, and the two-letter acronyms stems leave out: "a GP letter", "photo ID"."""
    return stems(text, span) | {a.lower() for a in _ACRONYM.findall(text, *span)}


def _continued(text: str, at: int) -> bool:
    """Whether the request at ``at`` goes on from one earlier in its sentence: "please fill in the form and attach your
    order confirmation", "go to the dashboard and either correct the name or upload a bank letter"."""
    start = sentence(text, at, at)[0]
    return bool(_AND_THEN.search(text, max(start, at - 15), at)) and bool(_PLEASE_WORD.search(text, start, at) or _ASKING.match(text, start))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a run of things, "photo ID and the collection text", split at commas and "and" outside brackets."""
    flat = _ASIDE.sub(lambda a: " " * len(a.group()), text[start:end])
    bounds = [start] + [start + i for m in _AND.finditer(flat) for i in m.span()] + [end]
    return list(zip(bounds[::2], bounds[1::2]))


def dropped(draft: str, rewrite: str, cut: list[tuple[int, int]] = ()) -> list[Fact]:
    """The things the draft asks for that the rewrite never names (none in a part the linter asks to cut)."""
    said = _words(rewrite.translate(_NO_BRACKETS), (0, len(rewrite)))  # a thing named in brackets is named: "your ticket (or a photo of it)"
    said |= frozenset().union(*(group for group in _SAME_THING if said & group))  # «фото» asked, «снимки» said
    said |= stems(" ".join(_CLIPPED.findall(rewrite)))  # «медсправка» says «справка», «загранпаспорт» «паспорт»
    things = asked(draft)
    kept = [_kept(draft, f, said) for f in things]
    # "documents" said by what its clause says they prove: «документы, подтверждающие командировку» as «подтверждение командировки»
    described = [f.keys <= _GENERIC and i + 1 < len(things) and things[i + 1].start - f.end <= 3 and kept[i + 1] for i, f in enumerate(things)]
    return [f for f, k, d in zip(things, kept, described) if not k and not d and not any(a <= f.start < b for a, b in cut)]


def added(draft: str, rewrite: str, context: str | None = None) -> list[Fact]:
    """The things the rewrite asks for that neither the draft nor the customer's message names: "Please bring your order
    receipt or photo ID" where the draft only says when to collect — a condition the agent never set."""
    known = (draft + "\n" + (context or "")).lower()
    # new only when the paper is not named in them: «с собой нужен рецепт» for «нужно предъявить рецепт» (nor one offered in a
    # question, nor "id" of an address: «на сайте id.vkoshelek.ru»)
    found = []
    for f in asked(rewrite):
        paper = _PAPERS.search(f.text)
        if paper and not _ASKED_BACK.match(rewrite, f.end) and not _DOMAIN.match(rewrite, f.start + paper.end()) and not _named(paper.group().split()[-1], known):
            found.append(f)
    return found


def _named(word: str, text: str) -> bool:
    """Whether ``text`` (lower-cased) names the paper ``word`` in any form: "ID" as "ID", «чек» as «чеком», «паспорт» as «паспорта»."""
    word = word.lower()
    return re.search(r"(?<!\w)" + (re.escape(word) + r"[а-яё]{0,3}(?!\w)" if len(word) <= 3 else re.escape(word[: len(word) - 2])), text) is not None


_ASKED_BACK = re.compile(r"[^.!?\n]*\?")  # "Need a letter for your employer? Write to …"
_DOMAIN = re.compile(r"\.\w")
# what a desk asks to see before it hands anything over: a rewrite's own asking for one sets a condition (other things it
# asks for, "bring the watch along", are the draft's steps told in other words)
_PAPERS = re.compile(r"\b(?:(?:photo\s+)?id|identification|passports?|receipts?|proof|certificates?|licen[cs]es?|prescriptions?|referrals?|(?:vaccination|vaccine|medical|health)\s+(?:records?|cards?|books?))\b"
                     r"|(?<!\w)(?:паспорт|чек|квитанци|удостоверени|справк|доверенност|полис|рецепт|направлени|ветпаспорт|медкарт|прививочн)\w*", re.IGNORECASE)


_POINTING = stems("same such тот та те же такой")  # words that point at a thing named before, no thing of their own
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-ZА-ЯЁ])[A-ZА-ЯЁ\d-]{4,}(?![\w-])")  # a code of capitals and digits: "K7QX2P" (not "100mg", a measure)
_CLIPPED = re.compile(r"(?<!\w)(?:мед|тех|гос|спец|загран)(\w{4,})", re.IGNORECASE)  # the noun after a clipped word
_NUMBER_WORDS = stems("number numbers reference ref номер номера кода код")
_QUOTING = stems("quote quoting quoted mention mentioning укажите указав назовите")
_GENERIC = stems("документы бумаги documents papers paperwork")
# one thing in other words: a photo is a picture, «фото» are «снимки», «тара» is «ёмкость», "slightly open" is "open a little", «водительское удостоверение» is «права»
_SAME_THING = [stems(words) for words in ("фото фотография снимок снимки photo picture image pics", "slightly little bit ajar partly немного слегка чуть приоткрыт", "водительское удостоверение права licence license", "тара тару ёмкость емкость ёмкости емкости посуда посуду container containers", "коробка коробку коробки упаковка упаковку упаковки")]


def _kept(draft: str, thing: Fact, said: frozenset[str]) -> bool:
    """Whether the rewrite names a thing: by a word of its own, one the rest of the draft does not use ("master socket"
    of "the engineer can reach your master socket", when the engineer comes up elsewhere), or by half its words — unless
    the thing is a noun whose own words are not said ("your order confirmation email" is not kept by "order" and "email"
    said of other things; "ship the bag" is kept by "send the bag", a verb told otherwise)."""
    if thing.keys & _NUMBER_WORDS and said & _QUOTING and said & thing.keys:
        return True  # "with the invoice number" as "quote invoice DMG-55812": the number itself, whose value is compared as a fact
    if any(_words(code, (0, len(code))) <= said for code in _CODE.findall(thing.text)):
        return True  # "keep your booking reference K7QX2P" where the rewrite names K7QX2P: the code itself, compared as a fact
    keys = thing.keys - _POINTING or thing.keys  # "the same ID" is the ID
    elsewhere = _words(draft, (0, thing.start)) | _words(draft, (thing.end, len(draft)))
    own = [k for k in keys if not any(_alike(k, w) for w in elsewhere)] or keys
    named = [k for k in keys if any(_alike(k, w) for w in said)]
    noun = len(own) < len(keys) and not _DOING.match(thing.text) and not _PLACE.match(thing.text)
    return any(k in named for k in own) or not noun and 2 * len(named) >= len(keys)


def _alike(a: str, b: str) -> bool:
    """One stem, or a short word's stem begins the other's: «фото» («фот») and «фотографию» («фотог»)."""
    return a == b or min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))
