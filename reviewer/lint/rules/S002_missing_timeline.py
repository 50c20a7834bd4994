"""S002 missing-timeline: something is pending on our side, with no time frame for it.

Pending is an announcement of an action of ours that is not done (a
commitment, work in progress, the case passed on) — not one that waits on
the customer ("DM us and we'll check"), is asked as a question, negated, or
is feedback passed on. A fault acknowledged and not fixed is pending too,
but only when the reply asks nothing of the customer and fixes nothing.

A pending sentence is timed by a time expression, a time placeholder, a time
slot or an immediate action in itself; a step taken besides another ("We'll
also refund the fee", «Кроме того, вернём…») only by a time in the sentence
after it; else, unless it carries vague wording
("as soon as possible"), by a time elsewhere in the reply: one that can only
be ahead of us ("tomorrow", "within 2 days") anywhere, any other outside
sentences about the past, about what is already done, apologies and the
fault's own description. Greetings and closing wishes carry no time frame.

Every lookup is a bisect over offsets found once, so the rule stays linear
in the draft's length.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Iterable

from ... import diskcache
from ...text.prepared import Prepared, Span
from ..apology import apology_regex
from ..engine import CompiledRule, Hit
from ..registry import fragment_regex

# The second part of a split reply that opens mid-request: "@116663 contact telephone number. We'll look at it."
_CONTINUED_ASK = diskcache.compile(
    r"\s*(?:@\w+[\s,]*)*(?:\d/\d\s+)?[a-z][^.!?\n]{0,80}?\b(?:number|address|details|e-?mail|name|birth|postcode|zip|phone|account|order)\b[^.!?\n]{0,20}[.!?]"
)
_OURS = diskcache.compile(r"(?:we|i|ill|мы|я)\b|[а-яё]+(?:ем|ём|им)$")  # the writer's own step: "we'll check", «проверим»
# A fault reported (or someone told of it) once the case is fixed is feedback, unless a step is announced after it ("…, who will review the account")
_TOLD_NOUNS = r"(?:жалоб|отзыв|замечани|подробност|пример|скриншот)\w*"  # what is passed on: «передали жалобу», «подробности мы передали»
_REPORTED = diskcache.compile(
    r"\b(?:reported|flagged|mentioned|noted|logged)\b|\bbeen\s+(?:informed|notified|made\s+aware|alerted|told)\b(?!\s+to\b)"  # "Mohammed, who delivered it, has been told"
    r"|\bpassed\s+(?:this|it|that|(?:the|these)\s+details|your\s+(?:feedback|comments?|complaint|concerns?))\s+on\b"  # "I've passed this on to the courier's manager"
    r"|\b(?:sent|passed|forwarded|shared)\s+(?:the|this|that|these|those|your)\s+(?:examples?|screenshots?)\s+(?:on\s+)?(?:to|with)\b"  # "I've sent the example to the team that tunes the filter"
    r"|\braised\s+(?:this|it|that|the\s+matter|your\s+(?:feedback|comments?|complaint|concerns?))\s+with\b"  # "I've raised it with our front desk"
    r"|(?<!\w)(?:проинформирован\w*|уведомлен\w*|поставлен\w*\s+в\s+известность)"
    r"|(?<!\w)(?:сообщил\w*|рассказал\w*)\s+(?:об\s+этом|о\s+случившемся|о\s+ваш\w+\s+\w+)|(?<!\w)передал\w*\s+(?:ваш\w*\s+)?" + _TOLD_NOUNS  # «я сообщила об этом его руководителю»
)
_REPORTED_BEFORE = diskcache.compile(r"(?<!\w)" + _TOLD_NOUNS + r"\s+(?:\w+\s+){0,2}\Z")  # «подробности мы передали организатору»
_NEXT_STEP = diskcache.compile(r"\b(?:who|which)\s+(?:will|'ll|is|are)\b|\bso\s+(?:that\s+)?(?:they|he|she|it|we)\b|\band\s+(?:they|he|she)(?:'ll|\s+will|\s+are|\s+is)\b|\bto\s+(?:investigate|review|look|check|fix|repair|replace|refund|assess|trace)\b"
                               r"|(?<!\w)(?:чтобы|(?:который|которая)\s+(?:\w+\s+)?(?![а-яё]+(?:ива|ыва)ет(?!\w))\w+(?:ет|ит|ёт))(?!\w)")  # «…руководителю центра, чтобы посылку нашли» (not «команде, которая настраивает фильтр»: what it does)
# What follows the customer's own steps: "they'll get an email", «права доступа восстановятся вместе с проектом», «приглашение придёт сразу»
_THEIRS = diskcache.compile(r"(?:you|they|he|she)\b|(?:вы|они|он|она)(?!\w)|[а-яё]+(?:ятся|ится|ется|ётся|утся|ются)(?!\w)|(?:придёт|придет|придут)(?!\w)")
_BECAUSE = diskcache.compile(r"[:—–]|\b(?:as|since|because|так\s+как|поскольку|потому\s+что)\b")
# One who did the step before does this one too: «он заберёт», "she'll take the old one away"
_SAME_DOER = diskcache.compile(r"(?<!\w)(?:он|она|они)\s+(?:[а-яё]+\s+)?[а-яё]+(?:ет|ит|ут|ют|ат|ят|[её]т)(?!\w)|\b(?:he|she|they)(?:'ll|\s+will)\b")
# The customer's own deadline ("you must accept the offer by 30 June", «документы нужно принести до 25 августа»), or the one they
# missed ("you should have told us before the 28th", «вам следовало передать показания до 25-го числа»): no time for our step
# (not "you should have the laptop back by Friday": what they will have, by our step)
_THEIR_DEADLINE = diskcache.compile(
    r"\byou\s+(?:must|need\s+to|have\s+to|will\s+need\s+to|are\s+required\s+to|should\s+have(?!\s+(?:it|them|this|these|those|the|your|a|an|everything|access|yours)\b)|ought\s+to\s+have|needed\s+to|had\s+to)\b|\bdeadline\s+for\s+(?:you|your|filing|submitting|applying|accepting|returning|paying)\b"
    r"|\bmust\s+be\s+(?:started|submitted|filed|returned|paid|received|completed|signed)\s+(?:by|before|within)\b"
    r"|\bcan\s+(?:only\s+)?be\s+(?:returned|exchanged|cancell?ed|claimed|refunded)\s+within\b|(?<!\w)можно\s+(?:вернуть|обменять|отменить|сдать)\s+(?:[\w-]+\s+){0,2}?в\s+течение\b"  # a return window
    r"|(?<!\w)(?:вам|вы)\s+(?:нужно|необходимо|следует|следовало|надо|должн\w+)\b|(?<!\w)(?:нужно|необходимо|следует|надо)\s+(?:[\w-]+\s+){0,4}?(?:принести|подать|предоставить|оплатить|прислать|отправить|вернуть|забрать|подписать)\b"
    r"|(?<!\w)(?:подать|принести|оплатить|обратиться|предоставить)\s+(?:[\w-]+\s+){0,3}?(?:рекомендуем|советуем|просим)\b|(?<!\w)(?:рекомендуем|советуем)\s+(?:[\w-]+\s+){0,3}?(?:подать|принести|оплатить|обратиться)\b"
    # what to do next time: «Чтобы в следующий раз отмена была бесплатной, отменяйте прогулку до 20:00 накануне», "Next time, please cancel by 8 pm"
    r"|\b(?:next\s+time|in\s+(?:the\s+)?future)\b[^.!?\n]{0,80}?\b(?:please\s+)?(?:cancel|book|reschedule|let\s+us\s+know|tell\s+us|message\s+us|call\s+us)\b|(?<!\w)(?:в\s+следующий\s+раз|в\s+будущем)(?!\w)[^.!?\n]{0,80}?(?<!\w)[а-яё]{3,}(?:йте|ите)(?!\w)"
)
# Opening hours ("They're available Monday to Friday, 8 am to 6 pm", «работаем с 9 до 18»): no time frame for a step elsewhere
_HOURS = diskcache.compile(r"\b(?:available|open|opening\s+hours|staffed|reachable|lines\s+are|ha(?:s|ve)\s+(?:\d+|one|two|three|four|five|a\s+few|some)\s+(?:free\s+)?(?:places|spaces|spots|seats)(?:\s+left)?)\b|(?<!\w)(?:(?:есть|остал\w+)\s+(?:ещ[её]\s+)?(?:\d+\s+|одно\s+|два\s+|три\s+|четыре\s+|несколько\s+)?(?:свободн\w+\s+)?мест[ао]?(?!\w)|работа(?:ет|ем|ют)\s+(?:(?:как\s+)?(?:обычно|всегда|прежде|раньше),?\s+)?(?:с|по|ежедневно|круглосуточно|без)|открыт(?:а|о|ы)?\s+(?:с|по|ежедневно)|часы\s+работы|на\s+связи\s+(?:с|по|ежедневно))")
# A time judged too long ("25 minutes for a 200-file repo is horrible", «три недели — это слишком долго»): what the customer
# went through, no time frame for a step elsewhere
_JUDGED = diskcache.compile(
    r"\b(?:is|was|are|were|feels?|felt|seems?)\s+(?:just\s+|really\s+|simply\s+)?(?:(?:way|far|much)\s+)?(?:too\s+(?:long|slow)|unacceptabl[ey]|horrible|terrible|awful|ridiculous|not\s+(?:ok(?:ay)?|acceptable|good\s+enough))\b"
    r"|(?<!\w)(?:это\s+)?(?:слишком\s+(?:долго|медленно)|недопустим\w*|неприемлем\w*)(?!\w)"  # «Холодные батареи в ноябре — недопустимая ситуация»
    r"|\b(?:shouldn't|should\s+not|mustn't|must\s+not)\s+(?:ever\s+)?happen\b|(?<!\w)не\s+должн\w*\s+(?:был\w*\s+)?(?:случ|происход|быть\s+так)"  # "chipping after four days shouldn't happen"
)
# ...or what stays as it is, an arrangement already made: «Ваш пробный урок 9 мая в 18:00 остаётся в расписании», "your
# booking for Friday stays in place"
_STANDS = diskcache.compile(
    r"(?<!\w)(?:оста[её]тся|остаются|сохраня(?:ется|ются))\s+(?:в\s+(?:силе|расписании|графике)|без\s+изменений|прежн\w+|как\s+(?:было|есть))(?!\w)"
    r"|\b(?:stays?|remains?)\s+(?:booked|scheduled|in\s+place|on\s+the\s+(?:schedule|timetable|calendar)|valid|confirmed|unchanged|the\s+same|as\s+(?:it\s+is|planned|booked))\b"
)
# ...or a signature's hours, which time nothing at all, not even by their «до 22:00»: "(Mon–Fri 8:00–18:00)", «(бесплатно, ежедневно с 8:00 до 22:00)»
_HOURS_LINE = diskcache.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[-–—]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|(?<!\w)(?:пн|вт|ср|чт|пт|сб|вс)\.?\s*[-–—]\s*(?:пн|вт|ср|чт|пт|сб|вс)\.?,?\s+(?:с\s+)?\d"
    r"|(?<!\w)ежедневно,?\s+(?:с\s+)?\d|\bdaily,?\s+(?:from\s+)?\d"
)
# A condition of something that may happen ("if it gets worse", "if you get stuck", «если придут новые списания»),
# not of what the customer has or wants ("if you have the receipt", «если у вас есть чек»)
_CONTINGENCY = diskcache.compile(
    r"\b(?:if|should)\s+(?:the\s+|it\s+|this\s+|you\s+)?(?:[\w-]+\s+){0,2}?(?:gets?|got|becomes?|happens?|stops?|breaks?|fails?|comes?\s+back|reappears?|returns?|recurs?|worsens?|continues?|persists?|arrives?|appears?|turns?\s+up|shows?\s+up|are\s+charged|is\s+charged|see\s+(?:another|a\s+new|any\s+(?:more|new|further)))\b"
    r"|(?<!\w)если\s+(?:\w+\s+){0,4}?(?:придут|придет|придёт|появ\w+|повтор\w+|возникн\w+|случит\w+|перестан\w+|сломает\w*|ухудш\w+|снова|нужен\s+срочно|нужна\s+срочно|нужно\s+срочно|нужны\s+срочно|будут\s+(?:новые|ещ[её])|понадоб\w+)"
)
# Any condition: a request inside one does not make the whole reply wait for the customer
_CONDITION = diskcache.compile(r"\b(?:if|unless|in\s+case)\b|(?<!\w)(?:если|в\s+случае)\b")
# A step spoken of inside a regret: "sorry that the documents will arrive a day late", «жаль, что документы придут позже»,
# "sorry we sent it to the wrong house" (not "sorry, we'll fix it")
_REGRET = diskcache.compile(r"\b(?:sorry|regret)\s+(?:that\s+)?(?:the|your|it|this|they|(?:we|i)(?!'ll|\s+will|\s+shall|'re\s+going|\s+are\s+going|'m\s+going))\b|(?<!\w)(?:жаль|сожалеем|сожалею|извините|простите)\W{1,3}что\b")
# Work named inside what we need to be sure of, not announced: "I need to make sure I'm looking at the right order"
_SUBORDINATE = diskcache.compile(r"\b(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?$|(?<!\w)(?:убедиться|удостовериться|убедимся|убеждаюсь),?\s+(?:что\s+)?$")
# ...or in a "how" clause, work as we do it rather than a step: «— как мы готовим: https://…» (not «так как мы проверяем…»)
_HOW = diskcache.compile(r"(?<!\w)(?<!так\s)как\s+(?:(?:мы|я)\s+(?:\w+\s+)?)?$")
# ...or another party's own request, told as what happened: "The venue manager asked the band to stop at 10:30 pm" (not
# "I've asked the depot manager to …", nor "our team asked …")
_THEIR_ASK = diskcache.compile(r"(?:^|[,;:—–]\s*|\b(?:when|then|and|but|so)\s+)(?:the|a|an|their|his|her|its)\s+(?!our\b)(?:[\w'’-]+\s+){0,3}?(?:had\s+|has\s+|then\s+|also\s+)?$")
_ASKED = diskcache.compile(r"(?:asked|told|instructed|requested)\b")
# ...or the event that opens a sentence, which its step waits for: «Как только ограничение снимут, платёж можно будет отправить»
_EVENT_FIRST = diskcache.compile(r"\W*(?:once|as\s+soon\s+as|как\s+только|после\s+того,?\s+как)\s+(?:[\w-]+\s+){1,4}$")
# A step taken besides another ("We'll also refund the fee", "The water damage is a separate claim", «Кроме того, мы вернём…»):
# the other step's time is not its own
_ALSO = diskcache.compile(
    r"\b(?:will|'ll|are|'re|is|am|shall|'ve|have|has)\s+also\b|\bas\s+well\b(?!\s+as)|\btoo\W*$|^\W*(?:in\s+addition|additionally|also|separately)\b|\ba\s+separate\s+(?:claim|issue|matter|case|fault|problem|complaint|request|question|query)\b"
    r"|(?<!\w)отдельн(?:ый|ая|ое|ым|ой|ую)\s+(?:обращени|заявк|вопрос|претензи|жалоб|случа|неисправност|проблем)\w*"
    r"|(?<!\w)(?:также|тоже|дополнительно|заодно|отдельно)\s+(?:мы\s+|я\s+)?(?:[а-яё]+\s+)?[а-яё]+(?:ем|ём|им|ут|ют|ат|ят|ет|ёт|ит)(?!\w)"
    r"|^\W*(?:кроме\s+того|помимо\s+этого|также|ещ[её]|отдельно|дополнительно)(?!\w)"
    # another matter named first: «По компенсации за доставку с вами свяжется менеджер», "As for the refund, …"
    r"|^\W*(?:по\s+(?:поводу\s+)?(?:вашей\s+|вашему\s+)?(?:компенсаци|возврат|претензи|жалоб|доплат|перерасч[её]т|заявлени)\w*|regarding\b|as\s+(?:for|to|regards)\b)"
)
_STILL = diskcache.compile(r"пока|ещ[её]\s+не|не\s+ещ[её]|not\s+yet|\byet\b|\bstill\b")
# what is done, then what is not: "The service is back, but the missing data is still being reloaded", «Сервис уже работает, но
# проблема с данными остаётся: команда занимается повторной загрузкой»
_STILL_TO_DO = diskcache.compile(r",?\s+(?:but|however|yet|но|однако)\b")
_SO = diskcache.compile(r"\b(?:so|поэтому|так\s+что|теперь)\b")  # "I've switched alerts on, so you'll get a text before any charge"
_NEGATED_NEXT = diskcache.compile(r"(?:\bnot|n't|\bnever|\bне|\bни)\s+$")
_PASSIVE = diskcache.compile(r"(?:is|are|was|were|has|have|'s)\b")  # "is being investigated": the clause's own negation stands next to it
_NOT_INSIDE = diskcache.compile(r"\b(?:not|never|не|ни)\b|n't")
_NEGATED = diskcache.compile(r"(?:\bnot|n't|\bnever|\bnothing|\bno\s+one|\bне|\bни|\bничего|\bникто)\s+(?:\w+\s+)?$|\bno\s+(?:further\s+|more\s+|other\s+|additional\s+|extra\s+)?[\w-]+\s+$")  # "no further payments will be taken"
# Not a fix that is done: negated ("not delivered", «не доставлена»), future
# («будет исправлена», "until it is fixed", "once it's restored"), or the
# customer's own action («роутер, который вы вернули»).
_NEGATED_DONE = diskcache.compile(r"(?:\bnot|n't|\bnever|\buntil|\bonce|\bне|\bбудет|\bбудут|\bдолжн\w+\s+быть|\bвы|\bты)\s+(?:\w+\s+)?$")
# ...but «Вы пересажены на поезд № 054»: a participle's «вы» is who it was done for
_PARTICIPLE = diskcache.compile(r"[а-яё]{3,}(?:ен|ан|ян|т)(?:а|о|ы)?$")
_YOU_BEFORE = diskcache.compile(r"(?<!\w)(?:вы|ты)\s+$")
# A slot that stands for a time ("[time frame]", «[срок]», "[…]") is a time frame: S005 reports that gap.
# A quoted stretch is a name or someone else's words, not an action of ours:
# «Доставим» the company, "We Will Fix It" the shop, «мы всё исправим» the customer quoting us.
_QUOTED = diskcache.compile(r'«[^»\n]{1,80}»|“[^”\n]{1,80}”|"[^"\n]{1,80}"')
_RECORDED = diskcache.compile(
    r"(?:(?<!\bbe\s)(?<!\bwill\s)(?<!'ll\s)\b(?:returned|delivered|received|scanned|logged|recorded|arrived|placed|submitted|ended|stopped|reported|shows?|showed|says|said|left|lost|forgot|bought|sold|paid|ran|used|charged|billed|renewed|debited|happened|occurred|failed|crashed|expired|lapsed|went\s+through|came\s+through|cleared|landed|departed|unloaded|signed\s+for)['\"»]?\s+(?:(?!(?:and|will|but|so|then|we|i)\s)['\"«]?[\w-]+['\"»]?\s+){0,4}?(?:at|on|for|in)"
    r"|(?<!\bbe\s)\b(?:forwarded|passed|sent|escalated|raised|called|emailed|spoke|contacted|asked)\s+(?:(?!be\s)[\w-]+\s+){0,8}?(?:on|at)"  # not "will be sent on 5 June"
    # what is asked about, in the past: "checking why the bank didn't release it on Friday", «почему банк не раскрыл аккредитив в пятницу»
    r"|\bwhy\s+(?:[\w-]+\s+){0,5}?(?:didn't|did\s+not|wasn't|weren't|[a-z]{3,}ed)\s+(?:[\w-]+\s+){0,3}?(?:on|at|in)|(?<!\w)почему\s+(?:[\w-]+\s+){0,5}?[а-яё]{2,}(?:л|ла|ло|ли)(?:\s+[\w-]+){0,5}?"
    # ...or how it went, after a check: "reviewing how the examiner behaved on the route on 18 June", «проверяет, как вёл себя экзаменатор 18 июня»
    r"|\b(?:check\w*|review\w*|investigat\w*|looking\s+into|look\s+into)\s+how\s+(?:[\w-]+\s+){0,5}?(?:[a-z]{3,}ed|did|was|were|went)\s+(?:[\w-]+\s+){0,4}?(?:on|at|in)|(?<!\w)(?:провер|выясн|разбира|изуча|смотр|посмотр)\w*,?\s+как\s+(?:[\w-]+\s+){0,3}?[а-яё]{2,}(?:л|ла|ло|ли)(?:ся|сь)?(?:\s+[\w-]+){0,5}?"
    # a record of a day gone by: "the lane 6 log from Wednesday", "the CCTV footage from Saturday night"
    r"|\b(?:log|logs|footage|recording|recordings|records|history|readings|data|photos|video|cctv)\s+(?:[\w-]+\s+)?from"
    # how long a delay was: "delayed by 5 hours", «задержка рейса на 5 часов» (not when anything happens)
    r"|\b(?:delay(?:ed|s)?|late)(?:\s+[\w-]+){0,2}?\s+(?:by|of)|(?<!\w)(?:задержк|задержан|задержал|опоздани|опоздал)\w*(?:\s+[\w-]+){0,2}?\s+на"
    # how long a thing is, not when anything happens: "a streak of 200 days", «серию в 200 дней» (a noun before «в», not «уложимся в»),
    # "waiting 50 minutes felt long"
    r"|\b(?:kept|was|were|(?:had|has|have)\s+been)\s+[a-z]+ing(?:\s+[\w-]+){0,2}?\s+for"  # "the meter kept running for 52 minutes"
    r"|\b(?:streak|gap|delay|journey|trip|flight)(?:\s+of)?|\b(?:wait|run|break|drive|stay)(?=\s+of\b)|\b(?:waiting|waited)(?:\s+(?:for|over|almost|nearly|about|around|more\s+than))?|(?<!\w)[а-яё]{3,}(?<!ть)(?<!ся)(?<!ем)(?<!им)(?<!ет)(?<!ит)(?<!ут)(?<!ют)(?<!ат)(?<!ят)(?<!л)(?<!ла)(?<!ли)(?<!ло)\s+в"
    # how often something went wrong, not when anything happens: "the third time this month", «уже третий раз за месяц»
    r"|\b(?:once|twice|(?:\d+|two|three|four|five|several|many|multiple)\s+times|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time)"
    r"|(?<!\w)(?:дважды|трижды|(?:\d+|два|три|четыре|пять|несколько|много)\s+раза?|(?:первый|второй|третий|четв[её]ртый|пятый|\d+-?й)\s+раз)(?:\s+(?:уже|подряд))?"
    r"|(?<!\bwill\s)(?<!'ll\s)\b(?:shows?|showed|says|said|lists?|listed)(?:\s+(?:only|just))?"  # "the production plan shows only one day": a record
    r"|\bnot\s+the\s+(?:first|only)(?:\s+[\w-]+){0,3}?|(?<!\w)не\s+(?:перв|единственн)\w+(?:\s+[\w-]+){0,3}?"  # «не первая такая проблема за месяц»
    r"|\b(?:whether|if\s+(?:we|it|they|the\s+\w+)\s+can)\s+[^.;!?]{0,60}?\b(?:on|to|for|at|by)|\bsince(?:\s+[\w-]+){0,3}?(?:\s+(?:on|at|in))?"
    r"|\binstead\s+of\s+[a-z]{3,}ing(?:\s+[\w-]+){0,3}?(?:\s+(?:on|at|by))?"  # what should have happened: "left it at the post office instead of redelivering it on 14 May"
    # who or which is asked about, up to the time: "checking which stylist can take her on the 28th", «узнаёт, кто из мастеров свободен 28-го»
    r"|\b(?:check\w*|see|seeing|find\w*\s+out|ask\w*|work\w*\s+out)\s+(?:which|who)(?:\s+[\w'’-]+){0,3}?\s+(?:can|could|is|are)(?:\s+(?!(?:and|then|but|so|will|we|i)\b)[\w'’-]+){0,6}?"
    r"|(?<!\w)(?:провер|узна|уточн|выясн|спрашива|спрос)\w*,?\s+(?:кто|как(?:ой|ая|ое|ие|ую)|котор\w+)(?:\s+[\w-]+){0,3}?\s+(?:может|могут|сможет|смогут|свобод\w+)(?:\s+(?!(?:и|а|но|потом|затем|мы|я)(?!\w))[\w-]+){0,6}?"
    # in the clause of what is asked about, up to its end: "whether the room is free tomorrow", «свободна ли на завтра переговорная»
    r"|(?:\bwhether|(?<!\w)[а-яё]+\s+ли)(?:\s+(?!(?:and|then|but|so|и|а|но|потом)\s)(?:[^.,;:!?\s]|(?<=\d)[.,:](?=\d))+){0,8}?"  # "9:00" is a word
    r"|(?<!\w)(?:сдан\w*|доставлен\w*|получен\w*|пришл\w*|пришел|прибыл\w*|зафиксирован\w*)\s+(?:[\w-]+\s+){0,2}?(?:в|к)"
    # a thing by when it was handed in, left or found: «вещи, сданные в бюро находок 17 октября»
    r"|(?<!\w)(?:сданн|оставленн|забыт|найденн|полученн|доставленн|отправленн|купленн|оплаченн|привез[её]нн|принес[её]нн)\w*(?:\s+[\w-]+){0,3}?"
    r"|(?<!\w)(?:пришл[оаи]|пришёл|пришел|прибыл[оаи]?)(?:\s+[\w-]+){0,2}?"  # «сообщение пришло всего за два часа до приёма»
    # what was sold or charged, and when or for what period: «машина была продана в июле», «налог начислен за 12 месяцев»
    r"|(?<!будет\s)(?<!будут\s)(?<!\w)(?:продан\w*|куплен\w*|начислен\w*|выставлен\w*|списан\w*|списал(?:ась|ось|ись|ся|и)|прош(?:ёл|ел|ла|ло|ли)|произош(?:ёл|ел|ла|ло|ли)|случил\w*)(?:\s+(?![а-яё]+(?:ем|им|ём)(?!\w))[\w-]+){0,2}?(?:\s+(?:в|во|за))?"  # (not «списание отменим сегодня»: our step's time)
    r"|(?<!\w)(?:можно\s+ли|получится\s+ли|удастся\s+ли)\s+(?:[^.;!?]{0,60}?(?:на|к|в|до)|[^.,;!?]{0,60}?)"  # (or with the time's own «в»: «можно ли забрать пианино в субботу»)
    # a deadline already missed ("was due on", «нужно было принести до»), a status's validity ("active until", «активна до»), "since" («видите с понедельника»)
    # what happened then: "the entries were duplicated on the 12th", «заказ был отменён 3 мая»
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]{3,}ed(?:\s+(?:on|at|in))?|(?<!\w)(?:был|была|было|были)\s+[а-яё]{3,}(?:ан|ен|ён|ян)[аоы]?(?:\s+(?:в|во|на))?"
    r"|\b(?:was|were)\s+(?:due|supposed\s+to|meant\s+to|scheduled)\b[^.;!?]{0,40}?|(?<!\w)(?:нужно|надо|необходимо|следовало|должн\w*)\s+был\w*[^.;!?]{0,40}?"
    r"|\b(?:e-?mails?|messages?|letters?|calls?|requests?|complaints?|enquir(?:y|ies)|inquir(?:y|ies)|orders?|payments?|invoices?|statements?|uploads?|submissions?|attempts?|log-?ins?|transfers?|authori[sz]ations?|pre-?authori[sz]ations?|holds?|debits?"
    r"|photos?|pictures?|images?|screenshots?|videos?|documents?|receipts?|readings?|reports?|estimates?|quotes?|records?|logs?|recordings?|bills?)\s+(?:of|from|dated|taken\s+on)"
    r"|(?<!\w)(?:[а-яё]{3,}|[\w-]*\d[\w-]*)\s+от"  # "your email of 4 March", «письмо от 4 марта», «рейс SU-1234 от 3 марта»
    # the period a bill is for: "your bill for February", «счёт на 14 800 рублей за отопление в феврале»
    r"|\b(?:bills?|invoices?|statements?)\s+for(?:\s+the\s+month\s+of)?|(?<!\w)(?:сч[её]т|квитанци|начислени|платёжк|платежк)\w*(?:\s+[^\s.!?]+){0,5}?\s+за(?:\s+(?!(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\s)[а-яё]+)?(?:\s+во?)?"
    # the customer's own occasion: "for your workshop on the 21st" (not "before your wedding on 12 June", "at your appointment on Tuesday")
    r"|(?<!before\s)(?<!\bby\s)(?<!until\s)(?<!time\sfor\s)(?<!\bat\s)(?<!during\s)\b(?:your|the)\s+(?:[\w-]+\s+)?(?:workshop|meeting|event|party|wedding|trip|holiday|appointment|class|course|session|exam|interview|concert|show|match|game|dinner|ceremony|conference|birthday|surgery|stay)\s+(?:on|at)"
    r"|\b(?:year|period|quarter|month|week|term|semester)\s+(?:ending|ended|beginning|starting)(?:\s+on)?"  # "for the year ending 31 March"
    r"|\b(?:collections?|debits?|charges?|transactions?|payments?|transfers?|withdrawals?|deductions?)\s+(?:of|for)\s+(?:\S+\s+){1,3}?(?:on|dated|from)"  # "both collections of £96.40 on 1 October"
    r"|\b(?:warranty|guarantee)(?:\s+(?:until|till|through|to))?|(?<!\w)на\s+гарантии(?:\s+(?:до|по))?"  # «Телевизор на гарантии до 2026 года»
    r"|(?<!\w)(?:списани|платеж|платёж|операци|транзакци|зачислени)\w*\s+[\d\s.,]+\s*(?:руб\w*\.?|₽|р\.)"  # «Списание 23 400 руб. 1 октября»
    r"|\b(?:valid|active|expires?|good|timed|time-?stamped|stamped)(?:\s+(?:until|till|through|to))?|\bcover(?:s|ed)?(?:\s+[\w-]+){0,3}?(?:\s+(?:until|till|through))?|(?<!\w)(?:активн\w*|действ\w*|действительн\w*|истека\w*)(?:\s+(?:до|по))?"
    # opening hours ("open from 9am to 9pm", «склад работает с 9:00 до 21:00») time no step, even in the step's sentence
    r"|(?:\b(?:open|opens|opening\s+hours\s+are|staffed|available)|(?<!\w)(?:работа(?:ет|ем|ют)|открыт(?:а|о|ы)?(?!\w)))(?:\s+(?:daily|every\s+day|ежедневно|каждый\s+день|по\s+будням))?(?:\s+(?:from|between|с|со))?"
    r"(?:\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:to|until|till|and|[-–—]))?)?"
    # past doings, the customer's or a courier's: «об этом вы писали 5 октября», «заказ он доставил в 19:40»; what has not happened since: «не получает сигнал с 28 апреля»
    r"|(?<!\w)(?:писал|звонил|обращал|оплатил|оплачивал|заказал|заказывал|отправлял|сдавал|приходил|приезжал|покупал|купил|бронировал|забронировал|доставил|привезл|прив[её]з(?!\w)|приехал|вручил|выдал|получил|принял|поступил|прибыл|прош[её]л|прошл|оформил|разместил|отгрузил|списал|сдал)\w*(?:\s+[\w-]+){0,2}?(?:\s+(?:в|во|к|на))?"
    r"|(?<!\w)не\s+[а-яё]+(?:\s+[а-яё]+){0,2}?\s+(?:с|со)"
    r"|(?<!\w)[а-яё]{3,}(?:нн|т)(?:ые|ый|ая|ое|ого|ых|ую)(?:\s+(?:в|во|на|к|после|до|с))?"  # «таблицы, созданные в тот же день» (not «почтой», «работой»)
    # who or what did it: "everyone hit by Tuesday's outage"; when something went wrong: "the outage on Tuesday", «сбоя в ночь на вторник»
    r"|\b(?:hit|affected|caused|impacted|disrupted|interrupted|triggered)"
    r"|(?<!planned\s)(?<!scheduled\s)(?<!itemi[sz]ed\s)(?<!detailed\s)(?<!cost\s)(?<!price\s)\b(?:outage|glitch|crash|incident|failure|breakdown|disruption|downtime|storm|flood|fire|accident|blackout|power\s+cut)s?(?:\s+(?:on|at|in|during))?"
    r"|(?<!\w)(?:сбо(?:й|я|ю|ем|е|и|ев)|авари(?:я|и|ю|ей)|поломк(?:а|и|у|ой|е)|неполадк\w*|инцидент\w*|обрыв\w*|затоплени\w*|пожар\w*|прост(?:ой|оя|ою|оем))(?:\s+(?:в|во|на|с|со)(?:\s+ночь)?)?"
    # a deadline the customer missed: "you failed to verify your email within 48 hours", «не успели подтвердить почту до 1 мая»
    r"|\b(?:(?:failed|forgot|neglected|(?:was|were)\s+unable)\s+to|didn't|did\s+not)\s+[\w-]+(?:\s+[\w-]+){0,4}?"
    r"|(?<!\w)(?:не\s+успел\w*|забыл\w*|не\s+смогл\w*|не\s+смог)(?:\s+[\w-]+){1,5}?"
    r"|(?<!\w)за(?:\s+\d{1,2}(?:\s*(?:,|и|[-–—])\s*\d{1,2})*\s*(?:,|и|[-–—]))?"  # the days a record is for: «шаги за 8 и 9 июня»
    # a reading or balance as of a day: «показания на 30 июня», "the balance as of 1 May"
    r"|(?<!\w)(?:показани|остат|задолженност|сальдо|баланс)\w*(?:\s+[\w-]+){0,2}?\s+на|\bas\s+(?:of|at)"
    r"|(?<!\w)(?:видите|видим|наблюда\w*|продолжа\w*)(?:\s+\w+)?(?:\s+(?:с|со))?|(?<!\w)(?:длится|длятся)(?:\s+\w+)?\s+(?:с|со))\s+(?:the\s+)?$"
)


# a past verb right before a time: "the certificate expired overnight", "the events sent between 14:00 and 15:30" (not "will be fixed
# tonight", "gets fixed tomorrow", a plan: "expected tomorrow", nor a deadline: "expect it fixed by 9pm")
_PAST_VERB = diskcache.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bget\s)(?<!\bgets\s)(?<!\bgot\s)(?<!'s\s)(?<!'re\s)(?<!'ll\s)\b(?!(?:expected|scheduled|planned|booked|arranged|promised|confirmed|estimated|needed|required|reserved|rescheduled|moved|postponed|timed|dated|stamped)\b)"
    r"(?:[a-z]{3,}ed|sent|went\s+(?:down|out|off|through|over)|broke|ran\s+out)(?:\s+(?:me|us|you|him|her|them))?(?:\s+(?:in|back|over|up|out|off|at|into|through))?"  # "as we explained on 2 May", "your question reached me on Monday", "looked at your photos on Monday"
    r"(?:\s+(?:the|a|an|your|our|his|her|their|its|this|that)(?:\s+(?!(?:for|by|until|till|before|within|to|in|on|at|and|but|so|then|which|who)\b)[a-z'’-]+){1,3})?"  # "swapped out the dented panel this morning"
    r"\s+(?:on\s+|at\s+)?$"
    r"|(?<!\w)(?:ушл[иоа]|ушёл|ушел)\s+$"  # «вебхуки, которые не ушли во вторник»
)
# ...or a Russian one before «в»/«во», its object between («счётчики, которые меняли в январе», «мастер посмотрел ваши фото в
# понедельник»), not a plan made («доставку перенесли во вторник»), nor a step after «и» or a verb's («отправили запрос и ответим в
# среду», «специалист отдела ответит вам в течение 48 часов»),
# or a work begun («мастер начал ремонт ещё в понедельник»)
_PAST_RU = r"[аеиоуыяюё]л"  # a Russian past form's end before its ending: «меняЛи», «передвинуЛ»
_PAST_VERB_RU = diskcache.compile(
    rf"(?<!\w)(?!около\s|недели\s|модели\s|школа\s|стола\s|(?:отдел|раздел|предел|пробел|кот[её]л)(?!\w)|перен[её]с|назнач|заплан|запис|договор|перев[её]л|передвин)"
    rf"(?:[а-яё]{{2,}}{_PAST_RU}[иао]|[а-яё]{{3,}}[еия]л)(?:\s+(?!(?:и|а|но|или|затем|потом|после)(?!\w))(?![\w-]*(?:ит|ет|[её]т|ут|ют|ат|ят)(?:ся)?(?!\w))[\w-]+){{0,3}}?\s+во?\s+$"
    rf"|(?<!\w){fragment_regex('begun', 'ru').pattern}(?:\s+[\w-]+){{0,2}}?\s+во?\s+$"
)
_IN = diskcache.compile(r"во?\s+")
# how long after an event gone by: «катер вернулся только через два часа» (not «перезвоним через час»)
_LAPSE_RU = diskcache.compile(rf"(?<!\w)[а-яё]{{2,}}{_PAST_RU}[иао]?(?:ся|сь)?(?:\s+(?:только|лишь|уже|всего|почти|ещё|еще))?\s+$")
# ...or any one, a move too, right before the day it was done on: «водитель передвинул сегодня в 8:30 — теперь он стоит у забора»
_DONE_ON_DAY_RU = diskcache.compile(rf"(?<!\w)[а-яё]{{3,}}{_PAST_RU}[иао]?\s+$")
_DAY_RU = diskcache.compile(r"(?:сегодня|вчера|позавчера)(?!\w)")
# a time that bounds a step ("in 3 days"), not a month or year ("installed in January")
_DEADLINE = diskcache.compile(r"(?:by|before|until|till|within|in(?!\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b)|no\s+later)\b")


# A new clause: "was cancelled because of a fault, and we're chasing…" — the "because" was the cancellation's
_NEW_CLAUSE = diskcache.compile(r",\s+(?:and\s+)?(?:so|but|and)\b|;|\s[—–]\s|,\s+(?:поэтому|так\s+что|а|но|и)(?!\w)")


# a wish for what happens on its own, not our step: «очень надеюсь, что кожа быстро восстановится», "I hope it heals quickly"
_HOPED = diskcache.compile(r"(?:\b(?:i|we)\s+(?:really\s+|do\s+|truly\s+)?hope|(?<!\w)(?:очень\s+|искренне\s+)?(?:надеюсь|надеемся))\s*,?\s+(?:that\s+|что\s+)?(?:(?!\b(?:we|i|our|us|мы|я|нам|наш\w*)\b)[^.!?\n]){0,40}$")
_DASH = diskcache.compile(r"\s[—–]\s")
_ELABORATION = diskcache.compile(r":\s|" + _DASH.pattern)  # what comes after tells what the words before it are
_CONTRAST = diskcache.compile(r"(?:,\s+(?:а|но|but)|;)\s*$")
# the date that names the customer's event, no step's: "at your reception on 3 August", «на вашей свадьбе 12 августа»
_EVENT_DATE = diskcache.compile(
    r"\b(?:at|for|of|during)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:wedding|reception|party|event|ceremony|celebration|dinner|birthday|concert|show)\s+(?:on\s+)?$"
    r"|(?<!\w)на\s+ваш\w*\s+(?:свадьб\w*|праздник\w*|юбиле\w*|мероприяти\w*|банкет\w*|торжеств\w*)\s+$"
)


def _explains(lower: str, start: int, end: int) -> bool:
    """Whether the step at ``end`` is given as the reason or the meaning of a fix done before it in its
    sentence ("I've refunded it, as the hotel will cover the tax"), not a clause of its own."""
    found = list(_BECAUSE.finditer(lower, start, end))
    return bool(found) and not _NEW_CLAUSE.search(lower, found[-1].end(), end)


_ATTRIBUTE = diskcache.compile(r"\d+-(?:minute|hour|day|week|month)s?$")  # "a 25-minute detour": how long something was, not when
# A time gone by ("last Tuesday", «на прошлой неделе», "50 minutes late"), or of something called off ("your flight on 3 May was
# cancelled", «Концерт 15 сентября перенесён»)
_GONE_BEFORE = diskcache.compile(r"(?:\blast|\bprevious|\bpast|(?<!\w)прошл\w*|(?<!\w)позапрошл\w*)\s+$")
_GONE_AFTER = diskcache.compile(
    r"\s+(?:ago\b|назад(?!\w)|late\b|later\s+than\s+(?:promised|planned|booked|scheduled)\b|(?:позже|позднее)\s+(?:обещанного|назначенного|срока|положенного|запланированного)(?!\w))|(?:\s+[\w-]+){0,2}?\s+(?:was|were|has\s+been|had\s+been)\s+(?:cancell?ed|postponed|moved|rescheduled|delayed|called\s+off)\b"
    r"|(?:\s+[а-яё-]+){0,2}?\s+(?:был\w*\s+)?(?:перенес[её]н|отмен[её]н|задержан|сорван|перенесли|отменили)\w*"
)


# a thanks for what the customer sent ("Thanks for the recordings from Tuesday night") times nothing of ours
_SEASONAL = diskcache.compile(r"\b(?:once|twice|three\s+times)\s+a\s+(?:year|season)\b|\bevery\s+(?:year|spring|summer|autumn|fall|winter)\b|(?<!\w)(?:дважды|трижды)(?:\s+в\s+(?:год|сезон))?\s*:|(?<!\w)(?:каждый\s+год|ежегодно|каждую\s+(?:весну|осень|зиму)|каждое\s+лето)(?!\w)")
_THANKS = diskcache.compile(r"\s*(?:thanks|thank\s+you|many\s+thanks|спасибо|благодар\w+)\b")
# an "if" that means "whether" sets no condition: "I have asked the factory if they have free capacity"
_WHETHER = diskcache.compile(r"\b(?:ask(?:ed|ing|s)?|check(?:ed|ing|s)?|see|know|find\s+out|wonder(?:ed|ing)?)\s+(?:[\w-]+\s+){0,3}?$")


# the day of a letter or call: «из вашего письма в понедельник» (not «ответим на ваше письмо в понедельник», nor «…
# из вашего письма в течение двух дней»)
_LETTER_BEFORE = diskcache.compile(r"(?<!\w)(?:письм[аеу]|сообщени[яи]|обращени[яи]|звонк[аеу])\s+$")
_EFFECTIVE = diskcache.compile(r"(?:\b(?:applies|takes\s+effect|comes\s+into\s+(?:effect|force)|is\s+effective|kicks\s+in)|(?<!\w)(?:действует|действуют|применяется|вступает\s+в\s+силу))\s+(?:from|on|с|со)\s+$")
_PAST_SPAN = diskcache.compile(r"(?:\b(?:the\s+)?(?:last|past|previous)|(?<!\w)(?:за\s+|в\s+течение\s+)?(?:последн\w*|прошедш\w*|предыдущ\w*))\s+$")
_FROM = diskcache.compile(r"(?:(?:from|on|с|со)\s+)?")
_TIME_SPAN = diskcache.compile(r"(?:в\s+течение|через|до|к|за)(?!\w)")


# what is looked into, and when it happened: "our claims team is looking into the damage to your wing mirror from the tunnel on Saturday"
_INCIDENT_BEFORE = diskcache.compile(r"\b(?:look(?:s|ing)?\s+into|investigat(?:e|es|ing))\s+(?:the|your|this|that)\s+(?:[\w'-]+\s+){0,8}?(?:damage|incident|accident|collision|scratch(?:es)?|dents?|breakage|leak|spill|theft|crash)\b(?:(?!\b(?:and|but|then|so|will|we|i)\b|'ll)[^.!?\n]){0,40}$")
_WHY_BEFORE = diskcache.compile(r"(?:\bwhy|\bhow|(?<!\w)(?:почему|как))\s+(?:[\w-]+\s+){0,5}?(?:the\s+)?$")  # «разбираемся, как в субботу в тоннеле повредили зеркало»
# what is asked about, gone by or failing now: «…отставал», "…didn't", «…не отображается», "…doesn't"
_GONE_OR_FAILING_AFTER = diskcache.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:[а-яё]{2,}(?:л|ла|ло|ли)|didn't|did\s+not|wasn't|weren't|[a-z]{3,}ed"
    r"|не\s+(?:[а-яё]{2,}(?:ет|ит|ут|ют|ат|ят)(?:ся)?|виден|видн[аоы]|доступ[еа]н\w*)|doesn't|does\s+not|don't|do\s+not|isn't|is\s+not|aren't|are\s+not)(?!\w)"
)
# the time of what the customer wants, not of a step of ours
_WANTED_BEFORE = diskcache.compile(
    r"(?:\byou(?:'d|\s+would)\s+like|\byou\s+(?:need|needed|want|wanted)(?!\s+to\b)|\byou(?:'re|\s+are|\s+were)\s+(?:looking|hoping)\s+for"
    r"|(?<!\w)(?:вам|тебе)\s+(?:нужен|нужна|нужно|нужны|нужен\s+был|нужна\s+была)|(?<!\w)(?:вы|ты)\s+(?:хотите|хотели|хочешь|хотел[аи]?|ищете|ищешь|планируете|планируешь))\b[^.!?\n,;:]{0,50}$"
)
_WANTED_AFTER = diskcache.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:вам|тебе)\s+(?:нужен|нужна|нужно|нужны)(?!\w)|(?:\s+[\w-]+){0,2}?\s+(?:вы|ты)\s+(?:хотите|хочешь|ищете|планируете)(?!\w)")


# ...or when we are full: "all our kennels are fully booked for 1–10 May", «На 1–10 мая все вольеры … заняты» (not "is booked for")
_FULL_BEFORE = diskcache.compile(r"\b(?:are|is|we're|we\s+are|they're|all)\s+(?:all\s+)?(?:fully\s+booked|booked\s+up|full|sold\s+out)\s+(?:(?:for|on|over|from)\s+)?$|(?<!\w)(?:заняты|занято|распроданы)\s+(?:(?:на|с)\s+)?$")
_FULL_AFTER = diskcache.compile(r"(?:,?\s+[\w'-]+){0,8}?\s+(?:(?:are|is)\s+(?:all\s+)?(?:fully\s+booked|booked\s+up|full|sold\s+out)\b|(?:уже\s+)?(?:заняты|занято|занят|распроданы|нет\s+(?:свободных\s+)?мест)(?!\w))")


def _wanted(lower: str, m: re.Match) -> bool:
    """Whether a time is when the customer wants something: "you need a room on Friday evening", «на вечер пятницы вам нужен зал»,
    or when we are full: "all our kennels are fully booked for 1–10 May"."""
    return bool(_WANTED_BEFORE.search(lower, max(0, m.start() - 80), m.start()) or _WANTED_AFTER.match(lower, m.end()) or _FULL_BEFORE.search(lower, max(0, m.start() - 25), m.start()) or _FULL_AFTER.match(lower, m.end()))


# a move or booking in any form anywhere earlier in the clause («перенесём занятие на вторник»); the report of one
# just done, right before its time, is _MOVED_TO below
_PUT_ON = diskcache.compile(r"(?:(?<!\w)(?:перен[её]с|перенос|перевед|перевод|запиш|запис|постав)\w*|\b(?:move|moving|moved|reschedul|rebook|book|switch|put)\w*)\s+[^.!?\n;]*$")
_SUITS_AFTER = diskcache.compile(r"\s+(?:вам\s+|тебе\s+)?(?:не\s+)?(?:подходит|подойд[её]т|устраивает|устроит|удобен|удобна|удобно)(?!\w)|\s+(?:doesn't\s+|does\s+not\s+|won't\s+|will\s+not\s+)?(?:suits?|works?)\s+(?:for\s+)?(?:you|your)\b")
_CLASS_DAY = diskcache.compile(r"(?:(?<!\w)(?:групп|занят|урок|класс|смен|тренировк)\w*|\b(?:group|class|session|lesson)(?:es|s)?)\s+(?:(?:на|on|for)\s+)?$")
# the record the writer has found, with its own date: "I can see your booking for the Sunset Flight on Friday 8 August", «Вижу вашу бронь на полёт в пятницу»
_RECORD_FOUND = diskcache.compile(
    r"(?:\b(?:i\s+can\s+see|i\s+see|i've\s+found|i\s+found|i've\s+pulled\s+up|i'm\s+looking\s+at|i\s+have)|(?<!\w)(?:вижу|нашл[аи]|нашёл|нашел))\s+"
    r"(?:your|вашу?|ваш[аеи]?|ваше)\s+(?:[\w-]+\s+)?(?:booking|reservation|order|appointment|ticket|flight|lesson|бронь|бронировани[ея]|заказ|запись|билет)\b[^.!?\n;:,—–]{0,60}$"
)


def _recorded(lower: str, m: re.Match) -> bool:
    """Whether a time dates a record or is asked about, names a departure ("the 17:15 to Leeds"), is gone by or
    dates what was called off; its own "on"/"at"/"from"/«с» ("on monday", «с понедельника») counts as the word before it, and so may its "in"."""
    if lower.endswith("the ", 0, m.start()) and lower[m.start() : m.start() + 1].isdigit() and ":" in m.group():
        return True
    if _GONE_BEFORE.search(lower, max(0, m.start() - 15), m.start()) or _GONE_AFTER.match(lower, m.end()) or _ATTRIBUTE.match(m.group()):
        return True
    if m.group().endswith("this morning") and _NAMES_EVENT.match(lower, m.end()):
        return True  # "to explain this morning's no-show": by the time the reply is written, the morning's event is gone by
    if _LETTER_BEFORE.search(lower, max(0, m.start() - 12), m.start()) and not _TIME_SPAN.match(m.group()):
        return True
    end = m.start() + next((len(w) for w in ("on ", "at ", "from ", "с ", "со ") if lower.startswith(w, m.start())), 0)
    if _SINCE.search(lower, max(0, m.start() - 4), end) and _STATE.match(lower, m.end()):
        return True  # «коробка со вторника стоит на складе»: since then, not from then on
    if lower.startswith("in ", m.start()) and _RECORDED.search(lower, max(0, m.start() - 60), m.start() + 3):
        return True  # "stopped sending readings in April"
    if _after_past_verb(lower, m):
        return True
    if m.group().startswith("через") and _LAPSE_RU.search(lower, max(0, m.start() - 40), m.start()):
        return True  # «катер вернулся только через два часа»: how long after an event gone by
    if _WHY_BEFORE.search(lower, max(0, m.start() - 50), m.start()) and _GONE_OR_FAILING_AFTER.match(lower, m.end()):
        return True  # «проверят, почему звук на сеансе в 21:00 отставал»: the time of what is asked about, gone by or failing («почему занятие во вторник не отображается»)
    if _INCIDENT_BEFORE.search(lower, max(0, m.start() - 90), m.start()):
        return True
    if _SUITS_AFTER.match(lower, m.end()):
        return True  # «Если четверг не подходит, …», "if Thursday doesn't suit you": a day weighed by the customer, no time of ours
    if _RECORD_FOUND.search(lower, max(0, m.start() - 110), m.start()):
        return True
    if _CLASS_DAY.search(lower, max(0, m.start() - 25), m.start()) and not _PUT_ON.search(lower, max(0, m.start() - 60), m.start()):
        return True  # «набрать ещё одну группу на вторник», "a second group on Tuesdays": the day a class meets, not when we act (but «перенесём занятие на вторник» moves it there)
    if _PAST_SPAN.search(lower, max(0, m.start() - 25), m.start()):
        return True  # «отфильтровать ленту за последние 30 дней», "the last 30 days": a span gone by
    if _EFFECTIVE.search(lower, max(0, m.start() - 30), m.start() + len(_FROM.match(lower, m.start()).group())):
        return True  # "the price increase applies from your next renewal", «тариф действует с 1 мая»: when a change takes effect
    return bool(_RECORDED.search(lower, max(0, m.start() - 60), end))


def _lead(lower: str, m: re.Match) -> bool:
    """Whether a time is how early someone must act before an event: "at least 15 working days before departure",
    «не позднее чем за 15 рабочих дней до вылета», "requires him to arrive 90 minutes before the ceremony" (not "we'll
    text you about 30 minutes before arrival"); or the notice a rule asks for: "needs 48 hours' notice", «отменить можно
    не позднее чем за 48 часов»."""
    if _LEAD.match(lower, m.end()) and _AT_LEAST.search(lower, max(0, m.start() - 30), m.end()) or _NOTICE.match(lower, m.end()):
        return True
    notice = _NOTICE_RU.search(lower, max(0, m.start() - 80), m.start() + 20)  # (only when the cheap checks fail: this runs on every time)
    return bool(notice and notice.end() > m.start())


def _after_past_verb(lower: str, m: re.Match) -> bool:
    """Whether a past verb right before the time dates what happened (not "we'll get your card replaced today")."""
    end = m.start() + ((i := _IN.match(m.group())) and i.end() or 0)  # «в январе» with its «в» or without
    if not (_PAST_VERB.search(lower, max(0, m.start() - 60), m.start()) or _PAST_VERB_RU.search(lower, max(0, end - 45), end) or _DAY_RU.match(m.group()) and _DONE_ON_DAY_RU.search(lower, max(0, m.start() - 28), m.start())) or _DEADLINE.match(m.group()):
        return False
    clause = max(lower.rfind(mark, max(0, m.start() - 80), m.start()) for mark in ".,;:!?\n")
    begin = max(clause + 1, m.start() - 80)
    # a relative clause's own past: "I'll ask Dmitri for a photo of the clip that snapped on Thursday's walk"
    begin = max([begin] + [at for at in (lower.rfind(w, begin, m.start()) for w in (" that ", " which ", " who ")) if at >= 0])
    return not _TO_COME.search(lower, begin, m.start())


_TO_COME = diskcache.compile(r"\b(?:will|'ll|shall|going\s+to|can|could|would|get|have|has|need|needs|want|wants|expect|expects|to)\b")


_SINCE = diskcache.compile(r"(?<!\w)со?\s+$")
_STATE = diskcache.compile(r"\s+(?:уже\s+)?(?:стоит|стоят|лежит|лежат|висит|висят|находится|находятся|числится|числятся|ждёт|ждет|ждут|не\s+(?!будет|будут|станет|смож)[а-яё]+)(?!\w)")


_SPAN_START = diskcache.compile(r"(?:\d[:.]\d\d|\d\s?(?:am|pm))\s+$")  # "from 10:05 " before "until 11:40"
_SPAN_END = diskcache.compile(r"(?:until|till|to|до|по)\b")  # (not "from 6 am tomorrow": a start and its day)
_CHAIN = diskcache.compile(r"\s*(?:,|and|to|until|till|[-–—]|и|до|по)?\s*")  # between two times that are one: "14:00 and 15:30 on Tuesday"
_THEN = diskcache.compile(r"\s*(?:(?:утром|днём|днем|вечером|ночью|morning|afternoon|evening)\s+)?")  # between a time and its step
_JOINED = diskcache.compile(r"(?:and|but|or|и|а|но|или)\b")  # "…in April and will update": another clause's step


_LASTS = diskcache.compile(r"(?:\blasts?|\bvalid\s+for|\bgood\s+for|\bexpires?\s+(?:in|after)|(?<!\w)(?:действу\w*|действител\w*|сгора\w*))(?:\s+[\w-]+)?\s+$")
# how long the customer has to use something: "can only be used as credit for a new booking within 12 months"
_USED_WITHIN = diskcache.compile(r"\b(?:used|redeemed|spent|claimed|rebooked)\s(?:(?!\b(?:will|we|i|they|and)\b)[^.!?\n;]){0,40}?(?:\bwithin\s+(?:the\s+next\s+)?)?$|(?<!\w)(?:использовать|потратить|воспользоваться)\s(?:(?!(?<!\w)(?:мы|я|и)\s)[^.!?\n;]){0,40}?(?:(?:в\s+течение|до)\s+)?$")
_NAMES_EVENT = diskcache.compile(r"['’]s\b")
# ...or the date of an event named before it: "the Dinosaur Late on 22 March", «на «Ночь музеев» 18 мая»
_EVENT_NAMED = diskcache.compile(r"\bthe\s+(?:[A-Z][\w'-]*\s+)+on\s+$|[»”]\s+$")
_NOTICE = diskcache.compile(r"(?:'s|’s|'|’)?\s+(?:advance\s+|prior\s+)?notice\b")
_NOTICE_RU = diskcache.compile(r"(?<!\w)(?:можно|нужно|надо|необходимо|следует|должн\w*|обязательно)\s+(?:[\w-]+\s+){0,4}?не\s+(?:позднее|позже)\s+(?:чем\s+)?за\s")
_AT_LEAST = diskcache.compile(r"\bat\s+least\b|\bno\s+later\s+than\b|\bminimum\b|\b(?:requires?|required|must)\b|(?<!\w)(?:не\s+позднее|не\s+менее|минимум)(?!\w)")
_LEAD = diskcache.compile(r"\s+(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|your\s+)?(?:departure|arrival|travel|trip|flight|check-?in|event|tour|cruise|start|exam|wedding|ceremony|reception|party|appointment|performance)\b|\s+до\s+(?:вылета|отъезда|отправления|заезда|начала|поездки|тура|круиза|экзамена|мероприятия)(?!\w)")
_CUTOFF = diskcache.compile(
    r"\b(?:orders?|bookings?|requests?|purchases?|payments?)\s+(?:(?:are|is|were|was)\s+)?(?:placed|made|received|submitted|booked|paid)(?:\s+(?:before|after|by|until))?\s+$|(?<!\w)(?:заказ|заявк|покупк|оплат)\w*,?\s+(?:оформленн|сделанн|поступивш|размещенн|размещённ|оплаченн)\w*(?:\s+(?:до|после))?\s+$"
    # how early a free cancellation must come: "free cancellation is possible up to 12 hours before", «бесплатная отмена возможна не позднее чем за 12 часов»
    r"|\b(?:cancell?ations?|changes?|rescheduling)\s+(?:(?:is|are)\s+)?(?:free|possible|allowed)\s+(?:(?:up\s+to|no\s+later\s+than|until)\s+)?$|(?<!\w)(?:отмен|перенос|изменени)\w*\s+(?:[\w-]+\s+)?(?:возможн\w*|допуска\w*)\s+(?:(?:не\s+позднее|не\s+позже)(?:,?\s+чем)?\s+|до\s+)?$"
)
_LASTS_AT = diskcache.compile(r"(?:действу|действител|valid\s+for|good\s+for)")  # the time's own first word
_TIME_SLOT = diskcache.compile(r"\[(?:[^\]]*(?:time|date|day|eta|when|deadline|hour|frame|week|month|year|quarter|срок|дат|врем|день|дня|дней|час|недел|месяц|год|квартал|числ|когда)[^\]]*|…|\.{2,}|_{2,})\]")


# a fault in a condition is none acknowledged: "• if the speaker doesn't respond: …", «если колонка не отвечает»
_IF_BEFORE = diskcache.compile(r"(?:\bif|\bwhen(?:ever)?|(?<!\w)если|(?<!\w)когда|(?<!\w)в\s+случае,?\s+если)\s+(?:[\w-]+\s+){0,4}$")
_PAST_CLAUSE = diskcache.compile(r"(?<!\w)[а-яё]{3,}(?:лась|лось|лись)(?!\w)")  # a reflexive verb in the past: «восстановилась», «завершилась»
_AHEAD_CLAUSE = diskcache.compile(r"\b(?:will|'ll|(?:is|are)\s+now\s+(?:due|scheduled|booked|set|expected)|(?:is|are)\s+(?:due|scheduled|expected)\s+(?:on|for|by)|(?:usually|normally|typically)\s+(?:reaches|arrives|gets\s+(?:there|back)))\b|(?<!\w)(?:будет|будут|теперь|ожидается|сможем|сможет|смогут|обычно\s+(?:доходит|приходит|прибывает|доставляется))(?!\w)")  # "…was sent back on 3 Mar and normally reaches them in 3 to 5 working days"
# a visit booked for a time ahead, told as done ("Your van is booked for Saturday at 8 am", "are booked in for fitting on Monday",
# «Машина забронирована на субботу»):
# what is brought along to it in the next sentence is timed by it (not "the van you booked for Saturday")
_BOOKED_FOR = diskcache.compile(r"\b(?:is|are|'s|'re|has\s+been|have\s+been|now)\s+(?:\w+ly\s+)?(?:re)?(?:booked|scheduled|arranged|confirmed|moved|set)\s+(?:in\s+)?for\s+(?:(?:a|an|your|the)\s+)?(?:[\w-]+\s+)?(?:the\s+)?$|(?<!\w)(?:забронирован|назначен|запланирован|перенес[её]н|подтвержд[её]н)[аоы]?\s+(?:[\w-]+\s+)?$")
# ...or moved to: "I've moved your consultation with Tom from Thursday to Friday", «перенесла вашу встречу с четверга на пятницу»
_MOVED_TO = diskcache.compile(r"\b(?:moved|rescheduled|rebooked|changed|switched|brought\s+forward|pushed\s+back)\s+(?:[\w'-]+,?\s+){0,6}?(?:to|for)\s+(?:the\s+)?$|(?<!\w)(?:перенес\w*|переназначил\w*|назначил\w*|перезаписал\w*|забронировал\w*|записал\w*|поставил\w*)\s+(?:[\w-]+,?\s+){0,6}?$")
_UNTIL_THEN = diskcache.compile(r"(?:until|till|up\s+to)\s+then\b|(?:до\s+этого|до\s+тех\s+пор|до\s+того\s+времени)(?!\w)")
_BRING = diskcache.compile(r"\b(?:bring|brings|take\s+away|takes\s+away|carry|carries)\b|(?<!\w)(?:привез|прихват|захват)[её]?[тм]\w*")


def _name_start(m: re.Match) -> int:
    """Where the match's subject read as a name starts ("Tom will fit it"), or -1."""
    return m.start("named") if "named" in m.re.groupindex else -1


def _named(doc: Prepared, m: re.Match) -> bool:
    """Whether a subject read as a name is one: the draft writes it with a capital ("the order will ship": no)."""
    start = _name_start(m)
    return start < 0 or doc.scan[start].isupper()


def _clause(doc: Prepared, offset: int) -> tuple[int, int]:
    """The clause of its sentence that ``offset`` stands in: between breaks such as ", so", ";", " — ", «, поэтому»."""
    sentence = doc.sentence_at(offset)
    start = max((m.end() for m in _NEW_CLAUSE.finditer(doc.lower, sentence.start, offset)), default=sentence.start)
    end = next((m.start() for m in _NEW_CLAUSE.finditer(doc.lower, offset, sentence.end)), sentence.end)
    return start, end


_LIST_ITEM = diskcache.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–—])[ \t]")


def _heading(text: str, offset: int) -> tuple[int, int] | None:
    """The line ending in a colon over the list whose item ``offset`` stands in, if it stands in one."""
    start = text.rfind("\n", 0, offset) + 1
    if not _LIST_ITEM.match(text, start):
        return None
    while start > 0:
        line = text.rfind("\n", 0, start - 1) + 1
        if text[line : start - 1].strip() and not _LIST_ITEM.match(text, line):
            return (line, start - 1) if text[line : start - 1].rstrip().endswith(":") else None
        start = line
    return None
# An event that points back at the step before it: "When it does, …", «Когда она придёт, …»
_EVENT_BACK = diskcache.compile(r"(?:[ \t]*(?:\d{1,2}[.)]|[-•*–—])[ \t]+)?(?:when|once|as\s+soon\s+as|когда|как\s+только)\s+(?:it|they|he|she|the\s+[a-z]+|your\s+[a-z]+|она|он|оно|они|[а-яё]+\s+(?=[а-яё]+(?:ут|ют|ет|ит|ёт|ят|ат)\b))\b")  # «Как только результаты придут, …»

_EVENT_BACK_IN = diskcache.compile(r"\b(?:(?:when|once|as\s+soon\s+as)\s+(?:it|they)|the\s+same\s+day\s+(?:it|they|the\s+[\w-]+))\s+(?:has\s+|have\s+|is\s+|are\s+)?[a-z]+|(?<!\w)(?:когда|как\s+только)\s+(?:она|он|оно|они)\s+[а-яё]+")  # ...inside a sentence, as its event

def check(doc: Prepared, rule: CompiledRule) -> Iterable[Hit]:
    reply = _Reply(doc, rule)
    for sentence in reply.announcements:
        if not reply.timed(sentence):
            yield Hit(sentence.start, sentence.end)
            return


def announced(doc: Prepared, rule: CompiledRule) -> list[tuple[Span, bool]]:
    """The sentences that announce something pending on our side (a step, or a fault not fixed), each with whether it
    states its own time (not one it borrows from another sentence)."""
    reply = _Reply(doc, rule)
    times = _Times(reply) if reply.announcements else None
    return [(s, times.times.within(s.start, s.end) or times.own.within(s.start, s.end)) for s in reply.announcements]


class _Starts:
    """Sorted offsets: is there one in [start, end)?"""

    def __init__(self, offsets: Iterable[int]):
        self.offsets = sorted(offsets)

    def within(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.offsets, start)
        return i < len(self.offsets) and self.offsets[i] < end

    def __bool__(self) -> bool:
        return bool(self.offsets)


class _Reply:
    """What the rule needs to know about a draft, each part worked out on first use."""

    def __init__(self, doc: Prepared, rule: CompiledRule):
        self.doc, self.rule = doc, rule

    @cached_property
    def announcements(self) -> list[Span]:
        """The sentences announcing something pending on our side: steps, or else a fault not fixed."""
        return self.pending or self.unfixed_fault()

    @cached_property
    def done(self) -> list[re.Match]:
        return [m for m in self.rule.finditer(self.doc, "done") if not self._undone(m)]

    def _undone(self, m: re.Match) -> bool:
        """Negated, still to come, or the customer's own doing — unless «вы» stands before a participle: «Вы пересажены»."""
        lower = self.doc.lower
        if not _NEGATED_DONE.search(lower, max(0, m.start() - 24), m.start()):
            return False
        return not (_PARTICIPLE.search(m.group()) and _YOU_BEFORE.search(lower, max(0, m.start() - 8), m.start()))

    @cached_property
    def _body(self) -> list[Span]:
        return [self.body(s) for s in self.doc.sentences if s.end > self.doc.greeting_end]

    @cached_property
    def first_request(self) -> Span | None:
        request = self.rule.regex(self.doc.lang, "request")
        return next((s for s in self._body if request.search(self.doc.lower[s.start : s.end]) and not self.contingent(s)), None)

    def contingent(self, sentence: Span, condition: re.Pattern | None = None) -> bool:
        """A request for a case that may come, not a step the reply waits on: "DM us if you get stuck!",
        «Если придут новые списания, пришлите скриншоты»; with ``condition``, any request in a condition."""
        return bool((condition or _CONTINGENCY).search(self.doc.lower, sentence.start, sentence.end))

    @cached_property
    def first_question(self) -> Span | None:
        please = self.rule.regex(self.doc.lang, "please")
        return next((s for s in self._body if self.question(s) or please.search(self.doc.lower[s.start : s.end])), None)

    @cached_property
    def first_ask(self) -> int | None:
        """Where the reply first asks the customer for details (not in a condition), if it does."""
        if _CONTINUED_ASK.match(self.doc.text):
            return 0
        asked = (m.start() for m in self.rule.finditer(self.doc, "ask-info") if not self.contingent(self.sentence(m.start()), _CONDITION))
        return next(asked, None)

    @property
    def asks(self) -> bool:
        return self.first_ask is not None

    @cached_property
    def _quoted(self) -> list[tuple[int, int]]:
        return [m.span() for m in _QUOTED.finditer(self.doc.scan)] if any(q in self.doc.scan for q in '«“"') else []

    def quoted(self, m: re.Match) -> bool:
        i = bisect.bisect_right(self._quoted, (m.start(), len(self.doc.scan))) - 1
        return i >= 0 and self._quoted[i][1] >= m.end()

    def body(self, sentence: Span) -> Span:
        """The sentence without the greeting or @handles it starts with."""
        end = self.doc.greeting_end
        return Span(end, sentence.end) if sentence.start < end < sentence.end else sentence

    def question(self, sentence: Span) -> bool:
        return self.doc.lower[sentence.start : sentence.end].rstrip(" )\"'»”").endswith("?")

    def sentence(self, offset: int) -> Span:
        return self.body(self.doc.sentence_at(offset))

    def negated(self, m: re.Match, inside: bool = True) -> bool:
        """"we will not refund", «мы не возвращаем», "nothing will be lost"."""
        before = (_NEGATED_NEXT if _PASSIVE.match(m.group()) else _NEGATED).search(self.doc.lower, max(0, m.start() - 20), m.start())
        return bool(before or inside and _NOT_INSIDE.search(m.group()))

    @cached_property
    def acts(self) -> list[tuple[str, re.Match]]:
        """Each announcement of an action of ours, with its key: "promise" (to come) or "progress" (under way)."""
        return [(key, m) for key in ("promise", "progress") for m in self.rule.finditer(self.doc, key) if _named(self.doc, m)]

    @cached_property
    def pending(self) -> list[Span]:
        """Sentences that announce an action of ours, in order, once each.

        Not pending: a question, a negated action, feedback passed on, an
        action that waits on the customer — in a condition or after a request
        in its sentence ("DM us and we'll check"), or, for a commitment, after
        a question or a "please …" to the customer earlier in the reply, or in
        a reply that asks the customer for details. "We have no estimated time
        of repair" is pending and untimed.
        """
        doc, rule = self.doc, self.rule
        matches = self.acts
        no_time = [m for m in rule.finditer(doc, "no-time")]
        if not matches and not no_time:
            return []
        customer, after, outcome = (rule.regex(doc.lang, key) for key in ("customer", "customer-after", "outcome"))
        feedback = sorted(m.span() for m in rule.finditer(doc, "not-pending"))
        feedback_starts = [s for s, _ in feedback]
        done_ends = _Starts(m.end() for m in self.done)
        # "no ETA yet" is pending and untimed, unless the reply turns to the customer ("please suggest it as a feature")
        found = {self.sentence(m.start()) for m in no_time} if self.first_request is None else set()
        for key, m in matches:
            sentence = self.sentence(m.start())
            if sentence in found or self.negated(m) or self.quoted(m):
                continue
            i = bisect.bisect_left(feedback_starts, m.end()) - 1  # the last feedback span starting before the match ends
            if i >= 0 and feedback[i][1] > m.start():
                continue
            if self.question(sentence) or _HOPED.search(doc.lower, sentence.start, m.start()) or _REGRET.search(doc.lower, sentence.start, m.end()) or _SUBORDINATE.search(doc.lower, max(sentence.start, m.start() - 30), m.start()) or key == "progress" and _HOW.search(doc.lower, max(sentence.start, m.start() - 30), m.start()) or _EVENT_FIRST.match(doc.lower, sentence.start, m.start()):
                continue
            if key == "progress" and _ASKED.match(m.group()) and _THEIR_ASK.search(doc.lower[sentence.start : m.start()]):
                continue
            if outcome is not None and outcome.match(doc.lower, sentence.end):
                continue  # passed on, and the next sentence tells how it ended: "He found two seats on Saturday's flight"
            before = doc.lower[sentence.start : m.end()]
            if any(not (c.group() == "if" and _WHETHER.search(before, 0, c.start())) for c in customer.finditer(before)) or after.search(doc.lower[m.end() : sentence.end]):
                continue
            if (heading := _heading(doc.lower, m.start())) and customer.search(doc.lower, *heading):
                continue  # a step of a list under a condition: "If it still doesn't open the turnstile:\n1. Bring …\n2. We'll replace it"
            if key == "promise" and (self.asks and (self.first_ask < sentence.end or _OURS.match(m.group())) or self.first_question is not None and self.first_question.start < sentence.start):
                # "We'll check this for you. Can you send the booking reference?" waits on the customer; "our billing team
                # will look into it. DM us your email" passes the case on, whatever the customer sends
                continue
            if key == "promise" and (_THEIRS.match(m.group()) or _name_start(m) >= 0) and self.first_request is not None and self.first_request.start < sentence.start:
                continue  # what follows the customer's steps: "open Settings → Team … They'll get an email confirming it."
            if key == "progress" and any(not m.start() <= d.start() < m.end() for d in self.done) and ((r := _REPORTED.search(doc.lower, m.start(), sentence.end)) and r.start() < m.end() or _REPORTED_BEFORE.search(doc.lower, sentence.start, m.start())) and not _NEXT_STEP.search(doc.lower, m.end(), sentence.end):
                continue  # a fault reported once the case is fixed, with nothing announced after it: "I've reported slot 12 to our maintenance team."
            if (colon := _ELABORATION.search(doc.lower, m.end(), sentence.end)) and done_ends.within(colon.end(), sentence.end + 1):
                continue  # the step told as done after a colon: "we're replacing the whole set: the new TV has already shipped"
            if done_ends.within(sentence.start, m.start() + 1) and not _STILL_TO_DO.search(doc.lower, max(e for e in done_ends.offsets if e <= m.start()), m.start()) and (
                _explains(doc.lower, sentence.start, m.start()) or key == "promise" and _SO.search(doc.lower, sentence.start, m.start())
            ):
                continue  # explains a fix that is done, or what it means for the customer: "I've refunded it, as the hotel will cover the tax"
            found.add(sentence)
        return sorted(found)

    def unfixed_fault(self) -> list[Span]:
        """Sentences that acknowledge a fault, when the reply fixes nothing else (or says the fault is still there) and asks the customer for nothing."""
        # a fault is often said with a negation ("hasn't arrived", «не работает»): only one before it counts
        lower = self.doc.lower
        found = [m for m in self.rule.finditer(self.doc, "fault") if not self.negated(m, inside=False) and not _IF_BEFORE.search(lower, max(0, m.start() - 50), m.start())]
        if self.done:  # one part fixed: the part said to be still unfixed («ошибку мы пока не исправили») is pending
            found = [m for m in found if _STILL.search(m.group())]
        if not found or self.first_request is not None or self.asks:
            return []
        return sorted({self.sentence(m.start()) for m in found})

    def timed(self, sentence: Span) -> bool:
        if not hasattr(self, "_times"):
            self._times = _Times(self)
        return self._times.cover(sentence)


class _Times:
    """The reply's time frames, and which pending sentence they cover."""

    def __init__(self, reply: _Reply):
        doc, rule = reply.doc, reply.rule
        wishes, apology, past = fragment_regex("wish", doc.lang), apology_regex(doc.lang), rule.regex(doc.lang, "past")
        # keyed by where each sentence starts in the draft, greeting and all, as doc.sentences gives them
        faults = {doc.sentence_at(m.start()).start for m in rule.finditer(doc, "fault")}
        done = {doc.sentence_at(m.start()).start for m in reply.done}
        untimed, elsewhere, past_sentences, hours = set(), set(), set(), set()  # sentences whose times time no step elsewhere (untimed: not even a future one)
        steps = {doc.sentence_at(s.start).start for s in reply.pending}
        for s in doc.sentences:
            apologises = apology.search(doc.lower, s.start, s.end)
            if past.search(doc.lower, s.start, s.end):
                past_sentences.add(s.start)
            if s.end <= doc.greeting_end or wishes.search(doc.lower, s.start, s.end) or s.start not in steps and (apologises or _THANKS.match(doc.lower, s.start)):
                untimed.add(s.start)  # "Good morning", "Have a great weekend", «простите, что отвечаю только через два дня», "Thanks for the recordings from Tuesday"
            hours_line = _HOURS_LINE.search(doc.lower, s.start, s.end)
            if hours_line or _HOURS.search(doc.lower, s.start, s.end):
                hours.add(s.start)
            if s.start in faults or s.start in done or apologises or s.start in hours or _JUDGED.search(doc.lower, s.start, s.end) or _STANDS.search(doc.lower, s.start, s.end):
                elsewhere.add(s.start)  # "Sorry for the wait today", "the outage started this morning", "we refunded it on Monday"
            if hours_line or _THEIR_DEADLINE.search(doc.lower, s.start, s.end):
                untimed.add(s.start)  # the customer's deadline times nothing of ours, even "by 30 June"; nor does a signature's «до 22:00»
            if s.start not in steps and _SEASONAL.search(doc.lower, s.start, s.end):
                untimed.add(s.start)  # a how-to's seasons: "Wisteria is pruned twice a year: in July, …", «Глицинию обрезают дважды: в июле …»
        self.doc, self.steps, self.untimed = doc, steps, untimed
        start = lambda offset: doc.sentence_at(offset).start  # noqa: E731
        # a time that dates a record ("shows the bike as returned at 18:02", not "will be delivered on Wednesday") or is asked about
        # ("whether the hotel can move it to the 3rd") is no time frame for a step of ours
        times, named, stepped, lead = [], set(), set(), set()
        promised = _Starts(m.start() for key, m in reply.acts if key == "promise")
        chained = -1  # where the last time that dates a record ends: the times right after it date it too
        for m in rule.finditer(doc, "time"):
            if promised.within(after := _THEN.match(doc.lower, m.end()).end(), after + 1) and not _JOINED.match(doc.lower, after):
                stepped.add(m.start())  # «…уже прошла таможню и сегодня вечером поступит»: the time of the step right after it
            chain = chained >= 0 and _CHAIN.fullmatch(doc.lower, chained, m.start())
            if m.start() not in stepped and (chain or _recorded(doc.lower, m) or _wanted(doc.lower, m)):
                chained = m.end() if chain or _after_past_verb(doc.lower, m) else -1  # "sent between 14:00 and 15:30 on Tuesday", «не ушли во вторник с 14:00 до 15:30»
            else:
                chained = -1
                times.append(m.start())
                if _NAMES_EVENT.match(doc.lower, m.end()) or m.group().startswith("сегодняшн") or _EVENT_NAMED.search(doc.text, max(0, m.start() - 60), m.start()):
                    named.add(m.start())  # "this morning's update", «сегодняшнее обновление»: an event named by its time times no other sentence
                if _lead(doc.lower, m):
                    lead.add(m.start())  # "at least 15 working days before departure": how early the customer must act, no time of ours
        # a date placeholder in a sentence about the past ("you were charged on {{charge_date}}") is no time ahead, unless
        # a step of ours to come shares its clause («Детали заказали, они приедут к {{eta}}»)
        placeholders = [s for s, _ in doc.time_placeholders if start(s) not in past_sentences or promised.within(*_clause(doc, s))]
        # (not one in a clause told in the past: «к концу 2023 года переоценка полностью восстановилась»)
        # (nor the end of a span in a sentence about the past, «Сегодня с 10:05 до 11:40 кластер отвечал ошибкой …, синхронизация остановилась»,
        # or about opening hours, «Крытая ванна работает как обычно, с 7:00 до 22:00»)
        span_end = lambda m: (start(m.start()) in past_sentences or start(m.start()) in hours and _SPAN_END.match(m.group())) and _SPAN_START.search(doc.lower, max(0, m.start() - 12), m.start())  # noqa: E731
        future = [m.start() for m in rule.finditer(doc, "future") if not _recorded(doc.lower, m) and not _wanted(doc.lower, m) and not _lead(doc.lower, m) and not _PAST_CLAUSE.search(doc.lower, *_clause(doc, m.start())) and not span_end(m)] + placeholders
        self.stated = _Starts(times)  # written out, not a placeholder
        times += [s for s, _ in doc.time_placeholders]  # in its own sentence, even a past one
        self.times = _Starts(times)
        slots = _Starts(m.start() for m in _TIME_SLOT.finditer(doc.lower))
        self.slots = slots
        # In its own sentence only: an immediate action, or a time slot ("within [time frame]").
        self.own = _Starts([m.start() for m in rule.finditer(doc, "immediate")] + slots.offsets)
        self.events = _Starts(m.start() for m in rule.finditer(doc, "event"))
        self.relative = _Starts(m.start() for m in rule.finditer(doc, "relative"))
        self.soon = {m.start() for m in rule.finditer(doc, "soon")}
        self.vague = _Starts([m.start() for key in ("vague", "no-time") for m in rule.finditer(doc, key)] + list(self.soon))
        self.acts = _Starts(m.start() for _, m in reply.acts)
        # A time that can only be ahead of us counts anywhere but in a greeting or wish; any other, only where it is about a step.
        ahead = lambda offset: offset >= doc.greeting_end and start(offset) not in untimed  # noqa: E731
        # in a sentence about the past, a time in a clause of its own that looks ahead ("the fabric was late, so your sofa is now due on 24 September") is ahead
        gone = {o for o in times if start(o) in past_sentences and not _AHEAD_CLAUSE.search(doc.lower, *_clause(doc, o)) and o not in stepped}
        # how long something lasts ("a permit lasts 28 days", «разрешение действует 30 дней») times no step but its own sentence's
        # (nor does a cut-off for orders: "same-day delivery is only for orders placed before 1 pm", «для заказов, оформленных до 13:00»)
        lasting = lead | {o for o in {*times, *future} if _LASTS.search(doc.lower, max(0, o - 30), o) or _LASTS_AT.match(doc.lower, o) or _USED_WITHIN.search(doc.lower, max(0, o - 60), o) or _CUTOFF.search(doc.lower, max(0, o - 40), o)}
        # a visit booked for a time ahead times a step, even in a sentence about the past ("I've sent the link; the call is booked
        # for Friday, 11:00"), unless the booking is what is told as done ("Your MRI is booked for Friday")
        done_at = _Starts(m.start() for m in reply.done)
        booked = {o for o in times if (m := _BOOKED_FOR.search(doc.lower, max(0, o - 40), o)) and not done_at.within(m.start(), o)}
        self.ahead = [o for o in future if ahead(o) and o not in lasting] + [o for o in times if ahead(o) and (start(o) not in elsewhere and o not in gone or o in booked) and o not in lasting | named]
        self.elsewhere = elsewhere | {start(o) for o in gone}

    @cached_property
    def booked(self) -> _Starts:
        """The times of visits told as booked ("is booked for Saturday at 8 am") or moved to, looked for only where a step brings something."""
        lower = self.doc.lower
        return _Starts(o for o in self.times.offsets if _BOOKED_FOR.search(lower, max(0, o - 40), o) or _MOVED_TO.search(lower, max(0, o - 80), o))

    def _after_timed_step(self, sentence: Span) -> bool:
        """"It arrives 23–25 October. When it does, you'll get a text": a step that opens with an event told of the
        sentence just before it (a step, or what another will do by a time ahead: "The lab will have the report by
        5 pm on 8 May. Once it's ready, …"), whose own time (not a placeholder of the past) is its time too."""
        if not _EVENT_BACK.match(self.doc.lower, sentence.start):
            return False
        before = next((s for s in reversed(self.doc.sentences) if s.end <= sentence.start), None)
        ahead = before is not None and any(before.start <= o < before.end for o in self.ahead)
        return before is not None and (before.start in self.steps or ahead) and self.stated.within(*before)

    def _vague_step(self, sentence: Span) -> bool:
        """A clause of its own that announces a step and times it vaguely, whatever the rest of the sentence times:
        «…проверит договор до конца дня, а дату подписания мы согласуем с Вами отдельно»; or a step timed in so many
        words as no time at all, in a sentence whose only times are past or an event's date: «почему на вашей свадьбе
        12 августа не был запущен фейерверк, и свяжутся с вами в ближайшее время», "is reviewing the missing dessert
        table at your reception on 3 August and will contact you in due course"."""
        no_time_ahead = not any(sentence.start <= o < sentence.end and not _EVENT_DATE.search(self.doc.lower, max(0, o - 50), o) for o in self.ahead)
        for o in self.vague.offsets:
            if sentence.start <= o < sentence.end:
                start, end = _clause(self.doc, o)
                if not self.acts.within(start, end) and self._waits_on(end):
                    return True
                if not self.acts.within(start, end) or self.own.within(start, end):
                    continue
                contrast = _CONTRAST.search(self.doc.lower, max(0, start - 8), start)  # "and" shares the time before it
                if contrast and not (self.times.within(start, end) or self._timed_after(end)) or no_time_ahead and o in self.soon:
                    return True
        return False

    def _timed_after(self, end: int) -> bool:
        """Whether the words after a dash at ``end``, with no step of their own, time the clause before it:
        «дни мы добавим к подписке после подтверждения — автоматически, в течение суток»."""
        if not (dash := _DASH.match(self.doc.lower, end)):
            return False
        start, end = _clause(self.doc, dash.end())
        return self.times.within(start, end) and not self.acts.within(start, end)

    def _waits_on(self, end: int) -> bool:
        """Whether the clause after one that ends at ``end`` is a step of ours that waits for the event the clause
        before told, with no time of its own: "Fox will have it back to us soon, and we'll refit it the same day it arrives"."""
        if not (joined := _NEW_CLAUSE.match(self.doc.lower, end)):
            return False
        start, end = _clause(self.doc, joined.end())
        return self.acts.within(start, end) and self.events.within(start, end) and not self.times.within(start, end) and not self.own.within(start, end)

    def cover(self, sentence: Span) -> bool:
        span = (sentence.start, sentence.end)
        if self._vague_step(sentence):
            return False
        if self.times.within(*span) or self.own.within(*span):
            return True
        if self.vague.within(*span):
            return False
        relative = self.relative.within(*span)  # "the driver will ring you the day before", «позвонит накануне»
        given = relative and any(self.doc.sentence_at(o).start not in self.untimed for o in self.times.offsets)  # not "Sleep well tonight!"
        if (self.events.within(*span) or relative) and self.slots or given or self._after_timed_step(sentence):
            return True  # tied to a step whose time is left for the agent to fill, said relative to a time given, or given just before
        if self.slots.within(sentence.end, len(self.doc.text)):
            return True  # "we'll compensate you 1,500 each. The money arrives within [time frame]": a later step's slot is its time
        before = next((s for s in reversed(self.doc.sentences) if s.end <= sentence.start), None)
        if before is not None and _UNTIL_THEN.match(self.doc.lower, sentence.start) and before.start in self.steps and (self.times.within(*before) or self.slots.within(*before)):
            return True  # «…установим его удалённо в течение [срок]. До этого батарея будет заряжаться днём»: up to the time of the step just before
        if before is not None and before.start in self.steps and self.slots.within(*before) and _SAME_DOER.search(self.doc.lower, *span):
            return True  # «мастер установит её в течение [срок]. Старый блок он заберёт с собой»: the same visit as the step just before
        if _BRING.search(self.doc.lower, *span) and self.booked.within(0, sentence.start):
            return True  # brought along to a visit booked before it: "Your van is booked for Saturday at 8 am. … The crew will also bring boxes."
        if _ALSO.search(self.doc.lower[sentence.start : sentence.end]):
            following = next((s for s in self.doc.sentences if s.start >= sentence.end), None)  # "It will reach your card within 5 days."
            return following is not None and following.start not in self.elsewhere and self.times.within(*following) and not _CONDITION.search(self.doc.lower, *following)
        if self.events.within(*span) and (item := self._list_item(sentence.start)):
            # a list item tied to an event of its own ("2. … our team is releasing it and will email you when it's gone"): timed
            # in its own item or outside the list, not by another item's time, unless it points back at the item just before
            # ("2. … we'll send the CR-200 (2 to 4 business days). 3. … so when it ships we'll refund the $5 difference")
            prior = self._list_item(item[0] - 1) if item[0] else None
            back = prior is not None and _EVENT_BACK_IN.search(self.doc.lower, *item) and any(prior[0] <= o < prior[1] for o in self.ahead)
            return back or self.times.within(*item) or any(item[0] <= o < item[1] or self._list_item(o) is None for o in self.ahead)
        return bool(self.ahead)

    def _list_item(self, offset: int) -> tuple[int, int] | None:
        """The numbered or bulleted line that ``offset`` stands in, if it does."""
        text = self.doc.text
        start = text.rfind("\n", 0, offset) + 1
        if not _LIST_ITEM.match(text, start):
            return None
        end = text.find("\n", offset)
        return start, len(text) if end < 0 else end
