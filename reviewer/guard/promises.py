"""Promises: remedies and commitments a reply makes, found by what they mean.

A promise is a verb or noun of compensation — money back, a credit, a
discount, compensation, a cost we cover or do not charge, an upgrade, a
replacement, a call to the customer — with its object, the clause it stands in ("we'll take the days
without service off your next bill": a discount on the next bill). Russian
verbs and nouns match in every form (their forms are precomputed with
pymorphy3 into ``guard/data/ru_forms.json`` by ``scripts/build_ru_forms.py``,
so checking runs no morphology).

A rewrite's promise is the draft's when the draft makes one of the same kind
about the same thing (their objects share a word); any other is invented,
and the reason quotes its words. Negated remedies ("we can't refund") are
not promises; a negated charge ("we won't charge you", «не возьмём») is one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterator

from . import pii
from .facts import NAMED_CODE, REPLY_WITH
from .names import person

FORMS_FILE = Path(__file__).resolve().parent / "data" / "ru_forms.json"

# Per kind, per language: the words that carry the promise. <лемма> is every form of a Russian word,
# <лемма:futr|past> the forms with those grammemes (ours: "we will pay", not "you paid"); %name% a group below;
# %gap{0,3}% up to three words between them, a capturing group (the only kind: its words say what the promise is
# about); %skip{0,3}% the same, not captured.
GROUPS = {
    "money": "(?:<деньги>|<стоимость>|<сумма>|<плата>|<оплата>|<платеж>|<средства>|<переплата>|<доплата>|<разница>|<комиссия>|<надбавка>|<наценка>|<депозит>|<залог>|<предоплата>|<сбор>|<штраф>|<пеня>|<франшиза>|<остаток>)",
    "charge": "(?:<плата>|<оплата>|<штраф>|<комиссия>|<сбор>|<франшиза>)",
    "penalty": "(?:<штраф>|<пеня>|<неустойка>|<комиссия>|<сбор>)",
    "fine": "(?:<штраф>|<пеня>|<неустойка>|<начисление>)",  # «начисление 600 ₽ мы спишем»
    "cost": "(?:<расходы>|<затраты>|<издержки>|<стоимость>)",
    "amount": r"(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|dollars|pounds|euros))",  # "£12.50", "40 dollars"
}
# A word in a gap: any run of word characters, amounts, brackets, quotes and number signs («№ 418»), ending in a full stop only where no sentence
# ends (an abbreviation or a number before a lower-case word: "approx. 3 days", «ок. 5 дней»)
TOKEN = r"(?:[\w$£€₽%.,()«»'’№#-]*[\w$£€₽%,()«»'’№#-]|[\w$£€₽%.,()«»'’№#-]*\.(?=\s(?-i:[a-zа-яё\d])))"
# words the "priority" tables below share with _QUEUE_JUMP and _SAME_VISIT
# "while he's there", «заодно»: one more job done on the same visit (a priority of its own; in a rewrite, more than the draft gave)
WHILE_THERE = r"\bwhile\s+(?:he's|she's|they're|we're|he\s+is|she\s+is|they\s+are|we\s+are|it's|it\s+is)\s+(?:there|at\s+it|on\s+site|open|in|with\s+us|here)\b"
_QUEUE_EN = r"prioriti[sz]\w*|fast[- ]?track\w*|expedit\w*|(?:jump|skip)\w*\s+the\s+(?:queue|line)|ahead\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:other|waiting|queued)\s+(?:[\w-]+\s+)?(?:orders|jobs|bookings|customers|repairs|requests|clients)\b"
_SAME_VISIT_EN = r"\bon\s+the\s+same\s+(?:trip|visit|run|journey|delivery)\b"
_SAME_VISIT_RU = r"(?<!\w)(?:за|в)\s+тот\s+же\s+(?:выезд|визит|рейс|приезд)(?!\w)"

KINDS: dict[str, dict[str, list[str]]] = {
    "refund": {
        "en": [r"refund\w*(?!\s+(?:reference|ref|number|no|id|code)\b)", r"money[\s-]+back", r"(?:prefer|rather\s+have|like|want)\s+(?:the|your)\s+[$£€]\s?\d[\d.,]*\s+back\b",  # "if you'd prefer the €18 back" (not "claim the £640 back through a chargeback")
               r"you(?:'ll|\s+will|\s+should)\s+see\s+(?:it|them|the\s+(?:money|funds|refund|amount)|[$£€]\s?\d[\d.,]*)\s+back\b", r"you(?:'ll|\s+will)\s+(?:also\s+)?have\s+(?:the\s+|your\s+)?(?:money|funds|deposit|[$£€]\s?\d[\d.,]*)\s+back\b",  # "… you'll have the £130 back"
               r"get\s+(?:(?:your|the|all|a|an|every|half\s+of|\d+\s?%\s+of|(?:that|this|those|these)(?=\s+(?:[$£€]\s?\d|\d[\d.,]*\s?(?:GBP|USD|EUR|AUD|CAD|NZD)\b)))\s+(?!(?:[\w-]+\s+){0,3}?(?:service|access|account|number|signal|connection|line|sim|phone|device|internet|wi-?fi|data|order|parcel|item|items|car|keys?|password|login|profile|booking|seat|room|time|life|catalogue|catalog|library|titles?|channels?|shows?|content|episodes?|playlists?|tracks?|downloads?|features?|subscription|membership|history|progress|photos?|files?|listings?|ads|adverts?|shop|store)\b)|(?=[$£€]\s?\d))%gap{0,4}%back(?!\s+(?:to|up|on|online|in\s+touch)\b)",
            r"pay(?:ing)?\s+%gap{0,3}%back", r"\bclaim(?:ed|ing)?\s+(?:[\w-]+\s+){0,2}?back\s+from\s+us\b", r"\bcomes?\s+back\s+(?:to\s+you\s+)?from\s+us\b", r"\b(?:go|goes|going)\s+back\s+(?:on|onto|to|into)\s+your\s+(?:[\w-]+\s+)?(?:card|account|bank|balance)\b", r"get\s+(?:the\s+|your\s+)?(?:full\s+)?(?:price|cost|value)\s+of\s+(?:the|your)\s+(?:[\w-]+\s+){1,2}?back\b", r"hand(?:s|ing)?\s+(?:you\s+)?back\s+(?:the\s+|your\s+|that\s+)?(?:[$£€]\s?\d|money|difference|deposit|balance|fee|charge)", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:send|pay|transfer)\s+(?:you\s+)?(?:the|your)\s+(?:money|funds|deposit|refund)\s+again\b",  # "we'll send the money again by express transfer"
            r"\b(?:which|that)\s+you(?:'ll|\s+will|\s+can)?\s+get\s+back\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:put|pop|send)\s+%gap{0,5}%back\s+(?:on|onto|into|to)\s+(?:your|the)\s+(?:card|account|bank|balance|wallet)\b", r"give\s+(?:you\s+)?back\s+(?:the|your|all|any|what|whatever)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?give\s+(?:it|that|this|them)\s+back\s+to\s+you\b", r"give\s+you\s+(?:your|the)\s+%gap{0,3}%back\b", r"(?:deposit|money|payment|fee|amount|sum)s?\s+(?:will\s+be|is\s+being|has\s+been|have\s+been)\s+(?:fully\s+)?returned\b", r"(?:money|amount|sum|payment)\s+(?:will|should)\s+(?:go|be\s+sent|be\s+paid)\s+(?:back\s+)?(?:to|onto|into)\s+(?:the|your)\s+(?:card|account|bank)\b", r"(?<!delay\s)repa(?:y|id)", r"(?:will|shall|'ll)\s+be\s+(?:fully\s+)?paid\s+back\b", r"cash\s?back", r"(?:(?:comes?|will\s+(?:also\s+)?come|goes?|(?:is|are|'s)\s+going|will\s+(?:also\s+)?go|(?:will\s+)?be|is|are)\s+back\s+(?:to|onto|on|in|into)\s+your|(?:returned\s+(?:back\s+)?|(?:added|credited|put)\s+back\s+)(?:to|onto|on|in|into)\s+(?:your|the))\s+(?:card|account|bank|wallet|balance|package|bundle|pass)\b", r"(?<!\bone\sfor\s)(?<!\binvoice\sfor\s)(?<!\bbill\sfor\s)(?<!\bquote\sfor\s)(?<!\bstatement\sfor\s)%amount%\s+(?:[\w-]+\s+){0,4}?(?:will|should)\s+(?:also\s+)?(?:reach|arrive\s+in|land\s+in)\s+(?:you\b|your\s+(?:account|card|bank))", r"(?<!we'll\s)(?<!we\swill\s)(?<!i'll\s)(?<!i\swill\s)(?<!passport\s)(?<!document\s)(?<!documents\s)(?<!certificate\s)(?<!card\s)(?<!parcel\s)(?<!original\s)(?<!machine\s)(?<!device\s)(?<!unit\s)(?<!item\s)(?<!laptop\s)(?<!phone\s)(?<!appliance\s)(?:(?<!will\s)comes?|will\s+come|(?<!will\s)goes?|will\s+go)\s+back\s+to\s+you\b(?!\s+(?:about|with|on|regarding|once|when|as\s+soon|shortly|soon|by|within|in|unrepaired|repaired|as\s+it\s+was))", r"(?:we|i)(?:'ll|\s+will)\s+(?:\w+\s+)?take\s+(?:the|your|it|them)\s+((?:[\w-]+\s+){0,2}?)back\b(?!\s+(?:in|on|at|during)\s+the\s+same\s+(?:visit|trip|time|day|drop)|\s+when\s+(?:we|the\s+\w+|our\s+\w+)\s+(?:deliver|bring|drop))",  # (not an item collected on the delivery visit: "We'll take the XC40 back in the same visit")
            r"(?:we|i)(?:'ll|\s+will)\s+(?:\w+\s+)?return\w*\s+(?:it|them)\s+to\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:card|account|bank|wallet|balance)\b",  # "We will return it to your account ending 3381" (not the bank's "to return it to your balance")
            r"return\w*\s+(?:the|your|all|any|that|this)\s+%gap{0,2}%(?:money|amount|payment|fee|charge|difference|deposit|sum)\b",
            r"return\w*\s+(?:the\s+|your\s+)?(?:(?:remaining|other|full|whole|outstanding)\s+)?(?:[$£€]\s?\d[\d.,]*|[a-z]{3}\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|[a-z]{3}\b|dollars|pounds|euros))\s+(?:back\s+)?(?:to|on|onto|into)\s+(?:your|the|you)\b",  # "return the AUD 100 to your card", "return the remaining €1,180 to your card"
            r"(?:(?:we|i)(?:'ll|\s+will|\s+shall)|\band\s+will)\s+(?:also\s+|then\s+)?return\s+(?:the\s+|your\s+)?(?:(?:remaining|other|full|whole|outstanding)\s+)?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|dollars|pounds|euros))(?!\d|[.,]\d)",  # "we will return the remaining £876 by bank transfer"
            r"put\w*\s+%gap{0,3}%back\s+(?:(?:on|onto|to)\s+(?:your|the|a|an)\b|(?:in|into)\s+(?:your|the|a|an)\s+(?:[\w-]+\s+)?(?:card|account|balance|wallet|bank|pocket)\b)",  # not "put them back in the key safe"
            r"(?:we|i)(?:'ll|\s+will)\s+put\s+%gap{0,3}%back\b", r"(?:add|pop|put|throw)\w*\s+%gap{1,6}%on\s+top\b", r"revers\w*\s+(?:the|that|this|your)\s+((?:\w+\s+){0,2}?)(?:charge|payment|fee|transaction)", r"revers\w*\s+(?:the\s+)?(?:[$£€]\s?\d[\d.,]*|[a-z]{3}\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|[a-z]{3}\b))", r"(?:charge|payment|fee|transaction)\s+(?:\([^()\n]{1,40}\)\s+|of\s+\S+\s+|for\s+(?:[\w-]+\s+){1,2}?)?(?:(?:has|have|was|were|will)\s+(?:been|be)|was|were)\s+reversed\b", r"credited\s+(?:back\s+)?to\s+(?:your|the)\s+(?:card|bank)", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:pro-?rate|pay|send|transfer|give|put)\s+(?:your|the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:payments?|money|fees?|amount|charges?|deposit|instal+ments?)\s+back\s+(?:to\s+you|on\s+your|into\s+your)\b", r"(?:transfer|send|wire)\w*\s+(?:the|your|that|this)\s+(?:money|amount|difference|sum|payment|deposit|balance|overpayment)\s+back", r"(?:transfer|send|wire|pay)\w*\s+(?:the\s+|your\s+)?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|usd|gbp|eur))\s+(?:straight\s+|right\s+)?back", r"(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|usd|gbp|eur))\s+(?:comes|will\s+come|goes|will\s+go)\s+(?:straight\s+|right\s+)?back\s+to\s+you"],
        "ru": [
            r"<гарантия>\s+возврата\s+(?:денег|средств)(?!\w)",  # «гарантия возврата денег 14 дней», as "a 14-day money-back guarantee"
            r"(?<!\w)(?:то|всё|все),?\s+что\s+(?:вы\s+)?(?:за|до|пере|о)?плати\w*[^.!?\n]{0,60}?<вернуть:futr>(?!\w)",  # «а то, что вы заплатили за первую доставку, мы вам вернём»
            r"<вернуть:futr,1per>\s+(?:вам\s+)?на\s+(?:вашу\s+|ваш\s+)?(?:<карта>|<счет>)(?!\w)",  # «Разовую мойку за 600 ₽ вернём на карту»: what goes back to a card is money
            r"(?:<вернуть:futr,1per|futr,3per|past|INFN>|<возвратить:futr,1per|futr,3per|past|INFN>|<возвращать:pres,1per>|<перевести:futr,1per>(?!\s+деньгами)|<перечислить:futr,1per>)\s+(?!(?:\w+\s+)?[\d\s]*(?:файл|документ|фото|сним|писем|письм|сообщени|контакт|запис|страниц)\w*)((?:\w+\s+){0,3}?)(?:%money%|\d+(?![\d:-])(?!\s?%\s+(?:данных|файлов|информации|фото))(?!\.(?:0?[1-9]|1[0-2])(?:\.\d{2,4})?(?!\d))(?!\s+(?:утра|вечера|дня|ночи|час\w*|минут\w*|дн\w*|недел\w*|месяц\w*|сут\w*|рабоч\w*|календарн\w*)(?!\w))(?![\d\s]*(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|числ|-?го\b)))",  # not «вернуть до 4 октября», «вернуть в течение 14 дней», «вернули 1284 файла»; «переведём деньги» too
            r"(?:%money%|(\d[\d\s]*)\s?(?:₽|руб\w*(?:\.(?!\s+(?-i:[А-ЯЁA-Z])))?|(?-i:[A-Z]{3,4})(?!\w))|(?:полтор[аы]|[а-яё]+)\s+тысяч\w*)\)?(?!,\s+(?:а|но)\s+\d),?\s+((?:(?!не\s)(?!(?:а|но)\s+\d)(?:[\w₽.,()«»-]*[\w₽,()«»-]|[—–])\s+){0,10}?)(?:<вернуть:futr|past|INFN>|<вернуться:futr|past>|<возвратить:futr|past|INFN|PRTS>|<отдать:futr,1per>|(?:<перевести:futr,1per|futr,3per,sing>|<перечислить:futr,1per|futr,3per,sing>)\s+(?:вам|на\s+(?:ваш\w*\s+)?(?:<карта>|<счет>)))(?!\s+(?:стар|прежн)[а-яё]*(?!\w))",  # (not «оплатить 5 750 ₽ или вернуть старую»: the old part put back)
            r"(?:будет|будут)\s+<возвратить:PRTS>|<возвратить:PRTS>\s+(?:будет|будут)(?!\w)",
            r"<возврат>\s+(?:[\w-]+\s+){0,3}?(?:был\s+|была\s+|было\s+)?(?:выполнен|произвед[её]н|осуществл[её]н|проведен|проведён|сделан)\w*",  # «возврат был выполнен 6 февраля»
            r"(?:<сделать:futr,1per>|<оформить:futr,1per>|<провести:futr,1per>|<выполнить:futr,1per>)\s+(?:[\w-]+\s+){0,2}?<возврат>|<возврат>\s+(?:[\w-]+\s+){0,2}?(?:<сделать:futr,1per>|<оформить:futr,1per>|<провести:futr,1per>|<выполнить:futr,1per>)(?!\w)",  # «Возврат мы сделаем на карту», «оформим возврат»
            r"(?:будет|будут)\s+(?:<перевести:PRTS>|<перечислить:PRTS>|<зачислить:PRTS>)\s+(?:вам\s+)?(?:\d[\d\s.,]*\s?(?:₽|руб\.|<рубль>)\s+)?на\s+(?:ваш\w*\s+)?(?:<карта>|<счет>)",  # «Деньги будут переведены на ваш счёт»  # «Второе списание будет возвращено на карту»
            r"(?<!что\s)(?:деньги|средства)\s+(?:[\w-]+\s+)?(?:<отправить:PRTS>|<перевести:PRTS>|<перечислить:PRTS>)(?!\s+(?:продавц|магазин|партн[её]р|банк|курьер|перевозчик|поставщик)\w*)",  # «22 декабря деньги отправлены повторно»
            r"(?:мы|я)\s+(?:уже\s+)?(?:<отправить:past>|<перевести:past>|<перечислить:past>)\s+(?:вам\s+)?(?:деньги|средства|сумму)(?!\s+(?:продавц|магазин|партн[её]р|банк|курьер|перевозчик|поставщик)\w*)",  # «Мы отправили деньги 12 апреля» is «мы вернули»
            r"<получить>\s+%gap{0,3}%(?:назад|обратно)", r"<получить>\s+(?:(?:свою|вашу|всю|эту)\s+)?(?:<предоплата>|<аванс>|<залог>|<депозит>)\s+(?:полностью|целиком)(?!\w)", r"(?:можете|сможете|можно)\s+получить\s+(?:свои\s+|ваши\s+|эти\s+)?деньги",  # «Если он вам не нужен, вы можете получить деньги»
            r"(?:<отправить>|<перевести>|<перечислить>|<зачислить>)\s+(?:уже\s+)?обратно\s+на\s+(?:ваш\w*\s+)?(?:<карта>|<счет>|<баланс>)|(?:<перевести>|<перечислить>|<зачислить>)\s+(?:уже\s+)?обратно\s+вам",  # not «серьги отправят обратно вам»: goods come back so too  # «деньги уже отправлены обратно на вашу карту»
            r"<перевести:futr,1per|INFN>\s+(?:вам\s+|на\s+ваш\w*\s+(?:карту|сч[её]т)\s+)((?:\w+\s+){0,3}?)(?:%money%|\d)",  # «переведём вам эту сумму»
            r"<перевести:futr,1per|INFN>\s+(?:(?:их|его|е[её]|это|эти|эту)\s+)?(?:вам\s+)?на\s+(?:ваш\w*\s+)?(?:<карта>|<счет>)",  # «переведём их вам на карту»
            r"%money%\s+((?:[\w-]+\s+){0,3}?)<перечислить:futr,1per>\s+(?:вам|на\s+ваш)|<перечислить:futr,1per>\s+вам\s+((?:[\w-]+\s+){0,2}?)%money%",  # «половину суммы перечислим вам заранее» (not «деньги перечислим отправителю»)
            r"<возврат>\s+((?:\w+\s+){0,2}?)(?:%money%|\d[\d\s.,]*\s?(?:₽|руб\w*|р\.))",  # not «операции возврата 55320019»
            r"(?<!\w)к\s+возврату\s*[:—–-]",  # «Сумма к возврату: 32 160 руб.»
            r"(?:<снять:futr,1per|futr,3per>|<убрать:futr,1per>)\s+(?:[\w-]+\s+){0,2}?(?:<блокировка>|холд\w*)\s+(?:с|со)\s+(?:[\w-]+\s+)?(?:<депозит>|<залог>|<сумма>|<средства>|<деньги>)",  # «мы снимем блокировку с депозита»: the money back
            r"(?:<возвращаться:pres,3per>|<возвратиться:futr,3per>)\s+((?:[\w-]+\s+){0,3}?)%money%",  # «при отказе от курса возвращается стоимость непройденных занятий»  # not «операции возврата 55320019»
            r"(?:<получить>\s+((?:\w+\s+){0,2}?)|(<полный>)\s+)<возврат>",  # «получите полный возврат»
            r"(?:<перевести:futr,1per|futr,3per,sing>|<перечислить:futr,1per|futr,3per,sing>|<отправить:futr,1per>)\s+(?:[\w-]+\s+){0,2}?(?:обратно|назад)",
        ],
    },
    "credit": {
        "en": [r"(?:put|use|apply|count)\w*\s+(?:the\s+|your\s+|that\s+)?(?:[$£€]\s?\d[\d.,]*|money|amount|deposit)\s+(?:[\w-]+\s+){0,5}?towards?\s+(?:any|another|a|an|your\s+next|the\s+next|the\s+(?:full|whole|final|complete|bigger|larger))\b",  # "put the $110.00 you paid for the lenses towards any other pair", "put the $145 towards the full repair"
               r"(?:[$£€]\s?\d[\d.,]*|\bfee)\s+(?:[\w-]+\s+){0,3}?(?:goes|will\s+go|'ll\s+go|counts|will\s+count|'ll\s+count)\s+towards?\s+(?:the|any|a|an|your)\b",  # "if Luis finds roots, that $189 goes toward the repair" (not "your 25% deposit goes toward the new total": how a deposit always counts)
               r"(?:we|i)(?:'ll|\s+will|'ve|\s+have)\s+(?:also\s+)?add(?:ed)?\s+(?:an?|one|two|three|\d+)\s+(?:extra\s+|free\s+|bonus\s+)?(?:sessions?|lessons?|class(?:es)?|visits?|rides?)\b",  # "we'll add a free session to your pass", "we have added 1 visit for Tuesday"
               r"(?:will|'ll|going\s+to|can|could|would|happy\s+to|shall)\s+(?:\w+\s+)?recalculat\w*|\ba\s+recalculation\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:reflect|allow\s+for|account\s+for)\s+(?:the|that|this|those|your)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+(?:a|an|the|your)\s+(?:revised|corrected|new|updated|amended|adjusted)\s+(?:invoice|bill|quote|statement)\b",  # "we'll reflect the lost Friday in a revised invoice"
               r"(?!credited\s+to\s+[^.!?\n]{1,30}?\s+(?:rather\s+than|instead\s+of)\s)credit(?:s|ed|ing)?(?!\s+card)(?!\s+(?:reference|file|report|score|rating|check|history|record)s?\b)(?!\s+(?:back\s+)?to\s+(?:your|the)\s+(?:card|bank))(?!\s+(?:to|on|onto)\s+(?:the\s+)?(?:wrong|another|someone\s+else's|a\s+different)\b)", r"bonus\w*", r"(?:loyalty|reward|bonus)\s+points", r"goodwill", r"add\w*\s+(?:another|an\s+extra|a\s+further)\s+%amount%"],
        "ru": [r"(?<!\w)(?:вычтем|вычтём|зачтём|зачтем)(?!\w)", r"(?<!\w)(?:начислим|добавим)\s+(?:вам\s+|каждому\s+[\w-]+\s+)?(?:ещё\s+|еще\s+|по\s+)?(?:одн\w+|\d+|две|два|три)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+сверх(?:у)?(?!\w)",  # «начислим вам ещё одну прогулку сверх абонемента», «добавим каждому пилоту по одному заезду сверху»
               r"(?<!\w)(?:добавим|начислим|добавлю)\s+(?:вам\s+)?(?:ещё\s+|еще\s+)?(?:одн\w+|\d+|две|два|три)\s+(?:бесплатн\w+\s+|дополнительн\w+\s+)?(?:заняти|урок|тренировк|прогулк|заезд|сеанс|посещени)\w*",  # «к вашему абонементу мы добавим одно занятие»
               r"<бонус>", r"<бонусный>", r"<балл>", r"<кешбэк>", r"<доначислить:futr,1per|past,plur>", r"<перерасчет>", r"<пересчитать:futr,1per|INFN|PRTS|past>", r"<зачесть:futr,1per|INFN>\s+((?:\w+\s+){0,3}?)в\s+сч[её]т", r"<зачислить:futr,1per|INFN>\s+%gap{0,3}%\d[\d\s.,]*\s?(?:₽|<рубль>|руб\.)", r"<зачислить:futr,1per>\s+(?:вам\s+)?(?:всю\s+|полную\s+|эту\s+)?(?:сумм[уы]|деньги|средства)(?!\w)",  # «мы зачислим вам всю сумму на время проверки»
              
               r"\d[\d\s.,]*\s?(?:₽|<рубль>|руб\.)\s+%gap{0,2}%<зачислить:futr,1per>",  # «64 990 рублей зачислим на вашу карту»
               r"%money%\s+%gap{0,2}%<зачислить:futr,1per>|<зачислить:futr,1per>\s+(?:вам\s+)?(?:обратно\s+)?на\s+(?:ваш\w*\s+)?(?:<карта>|<счет>|<баланс>)"],  # «сумму покупки зачислим вам на карту»
    },
    "discount": {
        "en": [r"discount\w*", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?(?:bill|charge|invoice)\s+(?:you\s+(?:for\s+)?)?(?:the|your|it|this|that)\s+(?:[\w-]+\s+)?(?:at|on)\s+(?:our|the)\s+(?:lower|cheaper|reduced|daytime|off-peak|weekday|standard|normal|old)\s+(?:price|rate|tariff)\b",  # "we'll bill the callout at our daytime price instead"
               r"halve\s+(?:the|your|this|that|it|them)\b", r"%amount%\s+(?:will\s+be|is|gets?|would\s+be)\s+(?:deducted|taken\s+off|knocked\s+off)\s+(?:from|off)\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:total|bill|invoice|price|repair|cost)\b",  # "the £35 will be deducted from the total"
               r"(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bwhich\s)(?:will\s+be|is\s+being|has\s+been|have\s+been|we(?:'ll|\s+will)|i(?:'ll|\s+will))\s+(?:also\s+)?deduct(?:ed)?\s+(?:it\s+|them\s+|this\s+|that\s+)?from\s+(?:your|the)\s+(?:next\s+)?(?:[\w-]+\s+)?(?:payment|bill|invoice|rent|statement)\b",  # "Rent for 1 July (£48) will be deducted from your August payment" (not a credit told before it: "it will be deducted from …")
               r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?apply\s+(?:the|a|your)\s+(?:[\w-]+\s+){0,2}?(?:price|rate|tariff)\s+(?:to|on)\s+your\b", r"(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:(?!not\b)[\w-]+\s+){0,5}?(?:reduce|lower|cut)\s+(?:your|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|bill|price|rent|rate|payments?|subscription|cost)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:put|pop|add|throw|pack|load)\s+(?:a\s+couple\s+of|a\s+few|some|a|an|two|three|\d+)\s+(?:[\w-]+\s+){0,5}?(?:on|onto|in|into)\s+(?:that|the|this|your)\s+(?:[\w-]+\s+)?(?:truck|van|order|delivery|parcel|box|shipment|pallet)\b[^.!?\n]{0,20}?\bfor\s+you\b",  # "we'll put a couple of cartons of lids on that truck for you as well"
               r"(?:billed|charged|priced)\s+at\s+(?:the|our)\s+(?:weekday|off-peak|lower|cheaper|reduced|member|staff|old|original|previous)\s+(?:rate|price|tariff)", r"(?:billed|charged|priced)\s+at\s+(?:half|a\s+third|a\s+quarter|\d+\s?%\s+of)\s+(?:the\s+)?(?:usual\s+|normal\s+|full\s+)?(?:rate|price|cost)", r"give\s+you\s+(?:the|our)\s+(?:weekday|off-peak|lower|cheaper|reduced|better|member|staff|old|original|previous)\s+(?:rate|price|tariff)", r"(?:top|make)\s+up\s+the\s+difference", r"vouchers?", r"coupons?", r"promo\s?codes?", r"\d+\s?%\s+codes?\b", r"gift\s+cards?", r"(?:\d+\s?%|half|a\s+third|a\s+quarter)\s+off\b", r"only\s+charge\s+(?:you\s+)?(?:for\s+)?(?:half|\d+\s?%|part)", r"(?:remov|deduct|tak|wip)\w*\s+((?:(?!away\b|and\b|then\b)(?:[\w$£€%.,-]*[\w$£€%,-]|[\w$£€%.,-]*\.(?=\s(?-i:[a-zа-яё\d])))\s+){0,4}?)(?:from|off)\s+(?:your|the)\s+(?:next\s+)?(?:account|bill|invoice|balance|statement|direct\s+debit|(?:monthly\s+)?(?:payment|instal+ment))\b", r"(?:take|knock|deduct)\w*\s+((?:(?!away\b|drop\w*\b|when\b|and\b|then\b)(?:[\w$£€%.,'’-]*[\w$£€%,'’-]|[\w$£€%.,'’-]*\.(?=\s(?-i:[a-zа-яё\d])))\s+){0,6}?)off\s+(?:your|the|next|this|that|it|too|as\s+well)\b(?!\s+(?:\w+\s+)?(?:settlement|payout|pay-?out|claim\s+payment|compensation|refund)\b|\s+(?:job|case|shift|route|rota|list|project|schedule|team|flight|ward|duty|menu|shelf|shelves|market|website|site|app|road|air|frame|wall|hooks?|rack|bike|bicycle|scooter|car|charger|mains|stand|hanger|door|bracket|window|roof|handlebars?|wheels?|machine|hinges?|worktops?|counter(?:top)?s?|surfaces?|tables?|benches?|desks?|floors?|shelf|beds?|sofas?)\b)", r"money\s+off", r"meet\s+you\s+(?:halfway|half-way|half\s+way|in\s+the\s+middle)|split\s+the\s+difference|\bgo\s+(?:halves|halfsies|fifty-fifty|50/50)\b",  # "we'll meet you halfway on the difference"
               r"off\s+(?:your|the)\s+(?:next\s+|final\s+)?(?:bill|invoice|order|price)(?!\s+(?:display|list|tag|page|label|sticker|board|comparison))", r"price\s+match\w*",
               r"(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€%]|dollars|pounds|euros|usd|gbp|eur))\s+off\b", r"(?:we|i)(?:'ll|\s+will|'ve|\s+have|'re|\s+are)\s+(?:also\s+)?(?:put|pop|slip|include|throw|tuck|pack)\w*\s+(?:in\s+)?(?:an?\s+)?(?:extra|second|spare|bonus|free|complimentary|additional)\s+[\w×-]+",  # "we'll slip in a second 8×10", "we've tucked an extra sheet of wallets in with it"
               r"(?:we|i)(?:'ll|\s+will|'re|\s+are|'m|\s+am|'ve|\s+have)\s+(?:also\s+|just\s+)?(?:put(?:ting)?|pop(?:p(?:ing|ed))?|slip(?:p(?:ing|ed))?|add(?:ing|ed)?|includ(?:e|ing|ed)|throw(?:ing|n)?|tuck(?:ing|ed)?|pack(?:ing|ed)?)\s+(?:in\s+)?(?:a|an|some|two|three|\d+)\s+(?:[\w-]+\s+){0,5}?(?:(?:in\s+with|in|into|with)\s+(?:the|your|that|this)\s+(?:[\w-]+\s+)?(?:box|parcel|package|pack|order|bag|delivery|shipment)\b|in\s+with\s+(?:them|it)\b)",  # "we'll pop a bag of treats in with the pack", "we'll pop a set of matching handles in with them", "We're also tucking a spare charging case into the box", "we've slipped two samples into your parcel"
               r"\byou(?:'ll|\s+will)\s+only\s+(?:need\s+to\s+|have\s+to\s+)?pay\s+(?:half|a\s+third|a\s+quarter|\d+\s?%)",  # "given the wait, you'll only pay half of that"
               r"take\w*\s+(?:half|a\s+third|a\s+quarter|\d+\s?%|[$£€]\s?\d[\d.,]*|something|a\s+(?:bit|little))\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?off\b", r"(?:will|'ll|should|is\s+going\s+to)\s+(?:also\s+)?(?:come|be\s+taken|be\s+knocked)\s+off\s+(?:your|the)\s+(?:[\w'-]+\s+){0,3}?(?:bill|invoice|rent|price|total|balance|payment|fee|quote|subscription|renewal)\b",  # "The £50 excess will come off your next month's rent"
               r"\b(?:box|parcel|package|bag|order|delivery|hamper|basket)\s+(?:[\w-]+\s+){0,3}?(?:will|'ll)\s+(?:also\s+)?(?:have|include|contain|come\s+with)\s+(?:an?\s+|two\s+|\d+\s+)?(?:extra|free|bonus|complimentary|additional|spare)\s+[\w-]+",  # "your first box back will have an extra loaf in it"
               r"\b(?:plus|along\s+with|together\s+with|as\s+well\s+as)\s+(?:a|an|some|two|three|a\s+couple\s+of|a\s+few|\d+)\s+(?:[\w-]+\s+){0,4}?from\s+us\b", r"\bfrom\s+us\s+(?:tucked|thrown|popped|slipped|packed)\s+in\b|\bfrom\s+us\s+(?:[\w-]+\s+){0,3}?for\s+your\s+(?:trouble|patience|inconvenience)\b", r"\bwith\s+(?:an?|one|two|three|four|\d+|some|a\s+few|a\s+couple\s+of)\s+(?:extra|spare|bonus)\s+(?!days?\b|weeks?\b|months?\b|hours?\b|minutes?\b|nights?\b)[\w-]+\s+(?:in|inside|into)\s+(?:the|your)\s+(?:bag|box|parcel|package|order|delivery|shipment)\b",  # "with two extra neons in the bag"  # "…, plus a couple of rolls of tape from us, will be with you"
 r"(?:we|i)(?:'ll|\s+will)\s+(?:take|knock)\s+(?:that|it|this|them)\s+off\b", r"(?:knock|shave)\w*\s+%gap{0,6}%off\b",
               r"honou?r\w*\s+(?:the|that|this|your|our)\s+((?:[\w$£€.,]+\s+){0,3}?)(?:price|rate|discount|offer|deal|promo\w*)", r"(?:freez\w*|lock\w*(?:\s+in)?)\s+(?:your|the|that|this|these|our)\s+(?:current\s+|monthly\s+|annual\s+|new\s+|same\s+)?(?:price|rate|tariff|rent|fee)s?\b|\b(?:price|rate|tariff|rent|fee)s?\s+(?:freeze|lock)\b|\b(?:price|rate|tariff|rent|fee)s?\s+(?:will\s+(?:be|stay|remain)|is|are|stays?|remains?)\s+(?:locked|frozen)\b", r"(?:freeze|froze|frozen|freezing)\s+(?:the\s+|all\s+|any\s+|further\s+)?interest\b|\binterest\s+(?:freeze|holiday)\b", r"match\w*\s+(?:the|that|their|this|its|any)\s+((?:\w+\s+){0,2}?)price",
               r"as\s+(?:a|our)\s+(?:small\s+|little\s+|special\s+)?(?:thank[- ]?you|token\s+of|gesture\s+of|way\s+of\s+saying)", r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=[—–]\s))to\s+(?:say\s+)?thank\s+you\s+for\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,",  # "To thank you for being flexible, Marcus will edit …"
               r"at\s+the\s+(?:old|previous|original)\s+(?:price|rate)", r"backdat\w*\s+(?:the|your|it|this|that)\b", r"(?:keep|hold|leave|freeze)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:payments?|instal+ments?|direct\s+debits?|bills?|premiums?|rent|price|rate)\s+at\s+(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*)", r"(?:hold|keep|freeze|lock\s+in)\s+(?:you\s+on\s+)?(?:your|the)\s+(?:current|existing|old|present)\s+(?:price|rate|tariff|deal)\b", r"(?:keep|hold|leave)\s+you\s+on\s+(?:the|your|that|this)\s+%skip{0,2}%(?:price|rate|tariff|deal|plan)\b", r"(?:keep|hold|leave)\s+(?:you|him|her|them)\s+(?:at|on)\s+(?:the\s+(?:old|previous|original|current)\s+)?%amount%", r"(?:stick|keep)\s+to\s+(?:the|our|that|your)\s+(?:[$£€]\s?\d[\d.,]*|original|quoted|old|previous)\b", r"keep\s+you\s+on\s+(?:that|this|the\s+(?:same|current|old|original)|your\s+(?:current|old|original))\s+(?:price|rate|plan|tariff)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:\w+\s+){0,3}?(?:cheaper|for\s+less)\b|(?:will|'ll)\s+cost\s+(?:you\s+)?less\b", r"(?:for|at)\s+half\s+(?:the\s+)?(?:usual\s+|normal\s+|full\s+|regular\s+)?(?:price|cost|rate|fee)\b|\bhalf[- ]price\b", r"(?:billed|charged|priced)\s+at\s+(?:the|our)\s+(?:daytime|day|midweek|off-season|low-season|early-bird|discounted|concession|child|children's)\s+(?:rate|price|tariff)", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:add|throw\s+in|include)\s+(?:an?\s+|one\s+|two\s+)?(?:extra|additional|bonus|free|further)\s+(?:[\w-]+\s+){0,2}?(?:lesson|session|class|night|day|week|month|hour|visit|treatment|round|game|ride)s?\b", r"(?:we|i)(?:'ll|\s+will|\s+can|\s+would)\s+(?:happily\s+|gladly\s+|also\s+)?(?:price[\s-]match\w*|match\s+(?:it|that|the(?:ir)?\s+(?:lower\s+)?(?:price|quote)|any\s+(?:lower\s+)?(?:price|quote)))"],  # a gift: "we'll send a hoodie as a thank-you"
        "ru": [r"<скидка>", r"<промокод>", r"(?:<зафиксировать:futr,1per>|<заморозить:futr,1per>|<сохранить:futr,1per>)\s+(?:за\s+вами\s+|для\s+вас\s+|вам\s+)?(?:[\w-]+\s+)?(?:<цена>|<стоимость>|<тариф>|<аренда>|<ставка>)|(?:<цена>|<стоимость>|<тариф>|<ставка>)\s+(?:[\w-]+\s+){0,3}?(?:<зафиксировать:futr,1per>|<заморозить:futr,1per>)",  # «зафиксируем за вами цену до апреля» (not «цена зафиксирована договором»: a fact told)
               r"(?<!\w)(?:заплатите|оплатите|возьм[её]м\s+с\s+вас|спишем\s+с\s+вас)\s+(?:[\w-]+\s+){0,2}?(?:только|лишь)\s+(?:половину|треть|четверть|часть|\d+\s?%|стоимость\s+(?:деталей|запчастей|материалов|работы))",  # «заплатите только половину», «возьмём с вас только стоимость деталей»
               r"(?<!\w)с\s+(?:вас|тебя)\s+(?:[\w-]+\s+)?<снять:futr,1per>(?!\w)",  # «один из этих трёх часов мы с вас снимем»
               r"(?<!\w)(?:передаст|передадут|передадим|вручит|вручат|вручим|положит|положим|добавит|добавим)\s+(?:вам\s+)?от\s+нас(?!\w)",  # «курьер передаст вам от нас набор противней»
               r"(?<!\w)(?:вдвое|втрое)\s+дешевле(?!\w)",  # «первый месяц обойдётся вам вдвое дешевле» (not «выйдет на 131 ₽ дешевле»: a price compared)
               r"по\s+цене\s+(?:стандарт\w*|обычн\w*|эконом\w*|базов\w*|прежн\w*)", r"(?:заморозил\w*|заморозим|заморожен\w*)\s+(?:\w+\s+)?(?:начислени\w+\s+)?(?:процент\w*|пен[иья]\w*)", r"(?<!\w)к\s+(?:\w+\s+){1,2}?<добавить:futr,1per>", r"(?:следующ|нов)\w+\s+(?:[\w-]+\s+){0,3}?(?:<оформить:futr,1per>|<посчитать:futr,1per>|<провести:futr,1per>)\s+(?:вам\s+)?по\s+(?:тарифу|цене|ставке)",  # «к дивану добавим комплект чехлов», «следующую поездку оформим по тарифу без ограничения пробега»
               r"сохран(?:им|ит|ят)\s+(?:за\s+вами\s+|вам\s+)?(?:прежн|текущ|стар|нынешн)\w+\s+(?:цен|стоимост|ставк)\w*", r"<уменьшить:futr,1per|INFN>\s+((?:[\w-]+\s+){0,3}?)(?:<платеж>|<счет>|<сумма>|<плата>|<стоимость>|<доплата>)|(?:<платеж>|<счет>|<плата>|<доплата>)\s+((?:[\w-]+\s+){0,2}?)(?:мы\s+)?<уменьшить:futr,1per>|<доплата>[^.!?\n]{0,60}?\s(?:мы\s+)?<уменьшить:futr,1per>", r"(?:<разделить:futr,1per>|<поделить:futr,1per>)\s+(?:[\w-]+\s+){0,3}?(?:пополам|поровну)|(?:пополам|поровну)\s+(?:[\w-]+\s+){0,2}?(?:<разделить:futr,1per>|<поделить:futr,1per>)", r"(?:<взять:futr,1per>|<списать:futr,1per>)\s+(?:\w+\s+){0,2}?(?:только\s+)?(?:половину|часть|\d+\s?%)",
               r"(?:<снять:futr,1per>|<скинуть:futr,1per>|<вычесть:futr,1per>|(?:будет|будут)\s+<вычесть:PRTS>)\s+(?:с|из)\s+((?:[\w-]+\s+){0,3}?)(?:<сумма>|<счет>|<платеж>|<плата>|<стоимость>|<цена>|<чек>)",  # «снимем с итоговой суммы ещё пять тысяч», «эти дни вычтем из абонентской платы»
               r"(?:<вложить:futr,1per>|<положить:futr,1per>)\s+((?:[\w-]+\s+){0,4}?)(?:в|к)\s+(?:<посылка>|<заказ>|<коробка>|<пакет>|<новый>)|в\s+(?:посылку|заказ|коробку)\s+(?:\w+\s+)?(?:<вложить:futr,1per>|<положить:futr,1per>)",  # «в посылку вложим ещё и коврик»
               r"<купон>", r"<подарочный>\s+<сертификат>", r"<сертификат>\s+(?:\w+\s+)?(?:на\s+(?:сумму\s+)?\d|номиналом)", r"<подарить>",
               # («Скатерть, посуду и свечи для торта дадим от себя»: a gift)
               r"<дать:futr,1per>\s+(?:вам\s+)?от\s+себя|от\s+себя\s+(?:вам\s+)?<дать:futr,1per>", r"(?<!\w)в\s+подарок\s+(?:[\w-]+\s+){0,2}?(?:будет|будут|получите|получит|приготовим|сделаем|добавим|добавят|положим|положат|приложим|приложат|вложим|вложат|дадим|дадут|вручим|вручат|отправим|пришлём|пришлем)(?!\w)|(?<!\w)(?:будет|будут|получите|получит|добавим|добавят|положим|положат|приложим|приложат|вложим|вложат|дадим|дадут|вручим|вручат|отправим|пришлём|пришлем)\s+(?:[\w-]+\s+){0,3}?в\s+подарок(?!\w)|[—–]\s*в\s+подарок(?=\s*[.!;)]|\s*$)", r"(?:<добавить:futr,1per|past,plur>|<передать:futr,1per>|<положить:futr,1per>)\s+((?:[\w-]+\s+){0,4}?)от\s+(?:нас|себя|заведения|ресторана|кафе|шефа|кухни)(?!\w)", r"<дарить:pres,1per>", r"\w+(?:им|ем|ём|или|али|яли)\s+((?:\w+\s+){0,5}?)(?:[—–-]\s+)?в\s+подарок", r"(?<!\w)[а-яё]+(?:им|ем|ём)\s+((?:[\w-]+\s+){0,4}?)от\s+нас(?!\w)|(?<!\w)от\s+нас\s+(?:[\w-]+\s+)?(?:передад|вруч|привез|привяж|подар|полож|добав|влож)\w*|[—–]\s*(?:это\s+)?(?:подарок\s+)?от\s+нас(?=\s*[.!])", r"в\s+подарок\s+((?:\w+\s+){0,4}?)\w+(?:им|ем|ём)\b", r"\w+(?:ит|ет|ёт)\s+(?:вам\s+)?в\s+подарок", r"<сохранить:futr,1per|INFN>\s+((?:\w+\s+){0,3}?)(?:<цена>|<тариф>)",  # «положим флакон удобрения — в подарок», «привяжем к нему шар от нас», «маме от нас передадут открытку», «положили пуходёрку — это от нас»
               r"<снизить:futr,1per|futr,3per>\s+(?:вам\s+)?((?:[\w-]+\s+){0,2}?)(?:<аренда>|<плата>|<цена>|<стоимость>|<тариф>|<платеж>|<счет>)", r"(?:<аренда>|<плата>|<цена>|<стоимость>|<тариф>|<платеж>|<счет>)\s+((?:[\w-]+\s+){0,3}?)(?:мы\s+)?(?:<снизить:futr,1per>|<уменьшить:futr,1per>)", r"(?:<сделать:futr,1per>|<посчитать:futr,1per>)\s+((?:[\w-]+\s+){0,4}?)дешевле|(?:обойд[её]тся|будет\s+стоить)\s+(?:вам\s+)?(?:на\s+(?:десятую\s+часть|четверть|треть|половину|\d+\s?(?:%|процент\w*))\s+)?дешевле", r"в\s+знак\s+(?:благодарности|признательности|извинени[яй])|(?<!\w)в\s+благодарность\s+за(?!\w)|в\s+качестве\s+(?:извинени[яй]|благодарности|комплимента|подарка)", r"(?<!остаётся\s)(?<!остается\s)(?<!остаются\s)по\s+(?:старой|прежней)\s+(?:цене|тарифу|стоимости)", r"(?:обойд[её]тся|будет\s+стоить)\s+(?:вам\s+)?(?:в\s+|за\s+)?(?:полцены|половину\s+(?:цены|стоимости))|(?<!\w)за\s+полцены(?!\w)", r"(?<!\w)(?:наш|нашим)\s+подар(?:ок|ком)(?!\w)|(?<!\w)подар(?:ок|ки)\s+от\s+(?!вас\b)[\w«»-]+|(?:будет\s+ждать|ждёт|ждет|ждут)\s+(?:[\w-]+\s+){0,2}?подар(?:ок|ки)(?!\w)", r"<добавить:futr,1per>\s+(?:[\w-]+\s+){0,4}?(?:ещё|еще|дополнительн\w*|бесплатн\w*|бонусн\w*)\s+(?:одн\w+\s+|\d+\s+)?(?:заняти\w*|урок\w*|тренировк\w*|ноч\w*|сут\w*|дн\w*|час\w*|сеанс\w*|процедур\w*|игр\w*|месяц\w*|недел\w*)(?!\w)", r"(?:<сделать:futr,1per>\s+(?:вам\s+)?такую\s+же\s+цену|<снизить:futr,1per>\s+(?:нашу\s+|свою\s+)?(?:<цена>|<стоимость>)\s+до)"],
    },
    "compensation": {
        # damage made good beyond the draft's remedy, told as more of it: "if any ceiling has been stained we'll redecorate it too",
        # «Если пострадала отделка в комнатах, восстановим и её» (not the draft's repair told again: no "too")
        "en": [r"compensat\w*", r"(?:make\s+sure|ensure)\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:not|aren't)\s+(?:left\s+)?out\s+of\s+pocket\b|\byou\s+(?:won't|will\s+not)\s+be\s+(?:left\s+)?out\s+of\s+pocket\b",  # "will review it and make sure you're not left out of pocket"
               # "Any plants spoiled by the glass we'll make good ourselves", "we'll make good any damage" (not "make good progress")
               r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?make\s+(?:(?:it|them|this|that|everything)\s+)?good(?=\s*(?:ourselves|myself|at\s+our|free|[.,;!]|$)|\s+(?:any|the|all|your)\s)",
               r"(?:we|i|he|she|they)(?:'ll|\s+will)\s+(?:also\s+)?(?:redecorat\w*|repaint\w*|redo|re-?plaster\w*|restor\w*|make\s+good|touch\s+up|refinish\w*)\s+(?:[\w'-]+\s+){0,4}?(?:too|as\s+well)\b|(?:we|i|he|she|they)(?:'ll|\s+will)\s+also\s+(?:redecorat|repaint|redo|re-?plaster|restor|make\s+good|touch\s+up|refinish)\w*", r"(?:settle|resolve|decide)\s+(?:it|this|that|the\s+[\w-]+)\s+in\s+your\s+favou?r\b", r"you\s+(?:can|may)\s+spend\s+up\s+to\s+[^.!?\n]{0,80}?(?:keep|save|send)\s+(?:the\s+|your\s+|all\s+)?receipts",  # "you can spend up to £150 on essentials: keep the receipts"
               r"%amount%\s+(?:will|should|is\s+going\s+to)\s+be\s+(?:paid|transferred|sent)\s+(?:to\s+you|out|within|in|by|into)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+|then\s+)?(?:transfer|pay)\s+(?:you\s+)?(?:the\s+)?%amount%\s+(?:to\s+you\s+)?(?:ourselves|myself|directly)\b", r"you(?:'ll|\s+will)\s+(?:also\s+)?(?:get|receive|be\s+paid)\s+%amount%(?!\w|[.,]\d)(?!\s+(?:off|discount|back))", r"(?:we|i)(?:'ll|\s+will|\s+can|'ve|\s+have)\s+(?:also\s+|gladly\s+|happily\s+)?(?:double|triple|doubled|tripled)\s+(?:it|that|this|them|the|your)\b", r"split\s+(?:the|that|this)\s+(?:difference|cost|bill|charge|fee)\b(?!\s+into\b)", r"(?:we|i)(?:'ll|\s+will|'d|\s+would)\s+(?:also\s+|happily\s+)?split\s+(?:it|that|this|the\s+[\w£$€.,-]+)\s+with\s+you\b", r"make\s+(?:it\s+)?up\s+(?:to|for)", r"make\s+up\s+(?:the|your|any|all)\s+((?:[\w'-]+\s+){0,3}?)(?:pay|wages?|earnings|loss|losses|difference|shortfall|cost|costs|income)\b", r"(?:a\s+little|something|a\s+bit)\s+(?:extra\s+)?on\s+top\b", r"make\s+good\s+(?:any|the|all|your|on)\b", r"reimburs\w*", r"(?:along\s+with|together\s+with|plus|as\s+well\s+as|and)\s+(?:whatever|what|anything|everything)\s+you\s+(?:spent|paid|had\s+to\s+(?:pay|spend))\b", r"(?:pay|paying|plus|with|add|adding|including)\s+(?!(?:no|zero)\b)(?:\w+\s+){0,2}?interest\b(?![\s-]+free\b)", r"add\w*\s+(?:the\s+|this\s+\w+['’]s\s+)?(?:cost|price|amount|difference|shortfall)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:to|onto)\s+(?:your|the)\s+(?:next\s+)?(?:payment|settlement|payout|pay-?out|claim|refund|reward)s?\b", r"add\w*\s+(?:whatever|what|anything)\s+(?:[\w-]+\s+){0,4}?(?:to|onto)\s+(?:your|the)\s+(?:payment|refund|money|settlement|payout)\b"],
        "ru": [r"<компенсировать>", r"<компенсация>", r"(?<!\w)(?:восстановим|переделаем|перекрасим|подкрасим|отреставрируем|восстановят|переделают|перекрасят)\s+(?:и\s+(?:её|ее|его|их)|тоже|также|заодно)(?!\w)|(?<!\w)(?:тоже|также|заодно)\s+(?:восстановим|переделаем|перекрасим|подкрасим|отреставрируем)(?!\w)", r"<покрыть:futr,3per>\s+(?:[\w-]+\s+)?гаранти\w*|гаранти\w*\s+(?:[\w-]+\s+)?<покрыть:futr,3per>",  # «это тоже покроет гарантия»
               r"(?<!\w)(?:решим|решу|решат)\s+(?:[\w-]+\s+){0,4}?в\s+вашу\s+пользу(?!\w)", r"(?<!\w)с\s+(?:выплатой|возвратом)\s+(?:вам\s+)?(?:полной\s+стоимости|\d+)",  # «вопрос с блузкой решим в вашу пользу», «примем самокат обратно с выплатой 42 500 ₽»
               r"(?<!\w)(?:чтобы\s+|как-то\s+)+загладить|(?<!\w)в\s+(?:знак|качестве)\s+(?:наших\s+)?извинени\w*",  # «чтобы загладить это, …» as "to make up for it"
               # what a gift is "for", opening its clause: «— в счёт задержки мы отполируем кузов», «а за ожидание Алина сделает вам процедуру»
               r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=[—–]\s)|(?<=(?<!\w)а\s))(?:в\s+сч[её]т|за)\s+(?:задержк\w+|ожидани\w+|неудобств\w*|доставленн\w+\s+неудобств\w*)\s*,?\s+(?:[\w-]+\s+){0,4}?(?:мы\s+)?(?!(?:благодарим|приносим|просим|ценим|понимаем)(?!\w))[а-яё]+(?:ем|им|ём|ет|ит)(?!\w)",
r"(?:можете|можно)\s+потратить\s+(?:до|не\s+более)\s+[^.!?\n]{0,80}?(?:сохраните|сохранив|пришлите|приложите)\s+(?:все\s+)?чек\w*",  # «на самое необходимое можете потратить до 3 000 ₽ — сохраните чеки»
               r"<выплата>\s+(?:[\w-]+\s+){0,3}?(?:будет|будут)\s+(?:произведен\w*|перечислен\w*)(?!\w)",  # «Выплата будет произведена в течение 7 рабочих дней»
               r"<доплатить:futr,1per>\s+(?:вам|тебе)", r"(?<!\w)(?:мы|я)\s+(?:[\w-]+\s+){0,2}?<доплатить:futr,1per>|<доплатить:futr,1per>\s+(?:[\w-]+\s+){0,2}?%money%",  # «недостающее мы доплатим», «доплатим разницу»
               r"%money%\s+((?:[\w-]+\s+){0,6}?)<доплатить:futr,1per>", r"<рассчитаться:futr,1per>\s+с\s+вами|(?:—|–)\s*<рассчитаться:futr,1per>(?=\s*[.!;)]|\s*$)",  # «Чеки привезите — рассчитаемся»
               r"<удвоить:futr,1per>", r"<утроить:futr,1per>", r"<выплатить:futr,1per>", r"(?:<выплатить:futr,1per|INFN>|<доплатить:futr,1per|INFN>|<заплатить:futr,1per>)\s+(?:\w+\s+){0,2}?(?:<неустойка>|<пеня>)", r"(?:<неустойка>|<пеня>)\s+((?:\w+\s+){0,4}?)(?:<выплатить:futr,1per|INFN>|<заплатить:futr,1per>)", r"<возместить>", r"<возмещение>", r"<возмещать>", r"<добавить:futr,1per>\s+((?:\w+\s+){0,3}?)к\s+(?:<выплата>|<сумма>|<компенсация>|<возврат>)", r"(?:ещ[её]|немного|что-то|кое-что|<добавить:futr,1per|past>)\s+(?:[\w-]+\s+){0,3}?сверху\b", r"(?:<выплатить>|<начислить>|<заплатить>|вместе\s+с|плюс)\s+(?:\w+\s+){0,2}?<процент>\s+за\b"],
    },
    "cost": {
        "en": [
            # a cost we take on: "the hire is £85 per week, which we are absorbing", "we'll absorb the call-out fee", "we'll pay for the bedroom to be redecorated"
            r"(?:we|i)(?:'ll|\s+will|'d|\s+would)\s+(?:also\s+|happily\s+|gladly\s+)?pay\s+for\s+(?:the|your|it|them|a|an)\b",
            r"(?:we|i)(?:'re|\s+are|'ll|\s+will|'ve|\s+have)\s+(?:also\s+|happy\s+to\s+|going\s+to\s+)?absorb(?:ing|ed)?\b",
            # a line's price told as let off: "— Development fee for that roll (£14): not charged"
            r"(?:[:—–]|\s-)\s*(?:not\s+charged|waived)(?=\s*(?:[.;,\n]|$))",
            # a charge cut down to part of it: "so we've reduced the charge to the cyclorama cleaning only"
            r"(?:reduced|cut|lowered|brought\s+down)\s+(?:the|your|that|this)\s+(?:[\w-]+\s+)?(?:charge|fee|bill|deduction|invoice)\s+to\b",
            # a charge let go or paid for the customer: "we'll let the green-waste load go", "a £75 fee, which we'll settle on your behalf"
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+|just\s+)?let\s+(?:the|that|this|your)\s+(?:[\w-]+\s+){0,3}?(?:go|slide)(?=\s*[.,;!—–-]|\s+(?:this|as|for|since|because|and)\b)",
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:settle|pay|cover)\s+(?:(?:it|that|this|them|the\s+[\w-]+)\s+)?on\s+your\s+behalf\b",
            # a term let off: "next time you book with us, the three-hour minimum won't apply"
            r"\b(?:minimum(?:\s+(?:charge|fee|spend|hours?))?|call-?out\s+fee|surcharge|excess)\s+(?:won't|will\s+not|doesn't|does\s+not)\s+apply\b",
            # a vacancy is no price: "if a place becomes free", "Mo's next free dates", nor a verb: "to free the sticking keys" (nor "thanks for waiting on us", "you can count on us")
            r"(?<!becomes\s)(?<!become\s)(?<!became\s)(?<!becoming\s)(?<!next\s)(?<!first\s)(?<!earliest\s)(?!(?<=\bto\s)free\s+(?:the|your|up|it|them|those|these|a|an|his|her|their)\b)(?:(?<![a-z]-)|(?<=\binterest-)|(?<=\bcharge-)|(?<=\bcommission-))free(?:\s+of\s+charge)?(?!\s+to\b)(?!\s+(?:dates?|slots?|time\s+slots?|windows?)\b)(?!\s+(?:of|from)\s+(?!charge|cost|change)\w)(?!\s+(?:plan|tier|version|edition|account|app|level|package|tariff)s?\b|\s+(?:allows?|includes?|gives|has|lets|offers|comes\s+with)\b)",  # not "the Free plan", "Free allows …", "free of traces", "lactose-free"
            r"(?<!wait\s)(?<!waiting\s)(?<!rely\s)(?<!relying\s)(?<!count\s)(?<!counting\s)(?<!depend\s)(?<!depending\s)(?<!hang\s)(?<!call\s)(?<!calling\s)on\s+(?:us|the\s+house)", r"on\s+the\s+(?:club|company|shop|store|hotel|restaurant|studio|gym|salon|centre|center|venue|school)(?=\s*(?:[.!;)]|,\s|$))", r"at\s+(?:our|no)\s+(?:extra\s+|additional\s+)?(?:cost|charge|expense|postage|shipping|fee)", r"(?:won't|will\s+not)\s+(?:see|get|receive)\s+(?:a|any)\s+(?:bill|invoice|charge)\s+for\b", r"(?<!\bhave\s)\bno\s+interest\b(?!\s+in\b)", r"\bnone\s+of\s+(?:this|that|it|these|them)\s+(?:will|would|is\s+going\s+to|should)\s+(?:cost\s+you|be\s+(?:charged|billed|invoiced))\b",  # "you won't see a bill for it", "with no interest" as "interest-free"
            r"(?:is|are|'s)\s+(?:already\s+)?included\s+in\s+(?:the|your)\s+(?:[£$€]\s?\d[\d.,]*\s+)?(?:price\s+|cost\s+|fee\s+)?you(?:'ve|\s+have)?\s+(?:already\s+)?paid",  # "This return visit is included in the £149 you paid" (not "breakfast is included in the price")
            r"(?:won't|will\s+not)\s+(?:take|charge|deduct|apply|collect|ask\s+(?:you\s+)?for|charge\s+you(?:\s+for)?)\s+(?:the|your|any|a)\s+(?:[\w-]+\s+){0,2}?(?:excess|deductible|fee|charge|co-?pay(?:ment)?|deposit)\b",  # "we won't take the excess off this one", "we won't ask you for a new holding deposit"
            r"(?:clear|wipe|scrap|cancel|write\s+off|remove)\w*\s+(?:the|any|all|your|those|these)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges?|penalt(?:y|ies)|fines?|interest|surcharges?|pcns?|penalty\s+charge\s+notices?|parking\s+tickets?)\b",
            r"(?:fees?|charges?|penalt(?:y|ies)|fines?|surcharges?)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:removed|waived|cancell?ed|written\s+off|dropped|scrapped)\b",  # "The fee is removed: …"
            r"(?:(?:one-off|one-time)\s+)?(?:removal|waiver|cancellation|write-off|refund)\s+of\s+(?:the|your|this|that|any)\s+(?:[\w-]+\s+)?(?:fees?|charges?|penalt(?:y|ies)|fines?|surcharges?)\b",  # "approved a one-off removal of the fee"
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:put|place)\s+(?:the|your|that|this|any)\s+(?:[\w-]+\s+)?(?:penalty|fine|pcn|charge|fee|debt|arrears|payment)\s+on\s+hold\b|(?:stop|freeze|pause|suspend)\w*\s+(?:the\s+|any\s+|all\s+)?(?:interest|late\s+fees?|penalty\s+charges?)\b",  # "we'll put the penalty on hold so no interest builds up\"  # "we'll clear the late-payment fees already on your account"
            r"bill\s+us\s+directly|(?:send|charge)\s+(?:the\s+)?(?:bill|invoice)\s+(?:directly\s+)?to\s+us\b", r"(?:send|book|order|arrange)\s+(?:you\s+)?a\s+(?:taxi|cab)\b",
            # a night's stay: "we'll put you up at an airport hotel"
            r"put\s+you\s+up\b", r"(?:book|arrange|find|get|provide)\s+(?:you\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:hotel(?:\s+room)?|room|accommodation|bed)\s+for\s+the\s+night\b",
            # left off the bill: "none of the extra hours the migration overran will appear on our invoice"
            r"(?:won't|will\s+not|never)\s+(?:appear|show\s+up|be\s+added)\s+(?:on|to)\s+(?:our|your|the|any)\s+(?:[\w-]+\s+)?(?:invoice|bill|statement)s?\b|\bnone\s+of\s+[^.!?\n]{0,60}?\bwill\s+(?:appear|show\s+up|be\s+added)\s+(?:on|to)\s+(?:our|your|the|any)\s+(?:[\w-]+\s+)?(?:invoice|bill|statement)s?\b",
            # a cost told first, then taken on: "at a cost of £23.98, which we will absorb"
            r"\b(?:which|that)\s+(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:also\s+)?(?:absorb|cover|pay|waive|write\s+off)(?=(?:\s+(?:ourselves|myself|in\s+full))?\s*(?:[.,;!)\n]|$))",
            # we cover: "we'll cover half of it", "we covered the fee" (not "the quote covered the crown", "your plan covers it")
            r"(?:(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+can|'ve|\s+have)?\s+(?:also\s+|gladly\s+|happily\s+)?cover(?:ed)?|(?<!arrange\s)(?<!arranged\s)(?<!arranging\s)(?<!find\s)(?<!found\s)(?<!provide\s)(?<!provided\s)(?<!organise\s)(?<!organised\s)(?<!organize\s)(?<!organized\s)(?<!staff\s)cover(?:ing)?)\s+(?!(?:the\s+)?(?:past|last|previous|preceding|period|\d+\s+(?:days?|weeks?|months?|years?)\s+(?:before|prior|leading))\b)(?!(?:the|your|it|a|an)\s+(?:[\w-]+\s+)?(?:manholes?|drains?|holes?|pipes?|lids?|windows?|floors?|vents?|grates?|openings?|furniture|sofas?|skin|wounds?|tattoos?|piercings?|face|mouth|nose)\b)(?!(?:all\s+)?(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+)?(?:jobs|shifts|routes|rounds|runs)\b)(?:for\s+)?(?:the|your|any|all|it|this|that|a|an|half|part|some|most|whatever|what|everything|anything|\d+\s?%|[a-z]{3,}ing|\w+'s)\b",  # not a period covered: "history covering the past twelve months"; nor a thing ("nothing is covering the manhole"); nor a stand-in: "we failed to arrange cover for Ella's lessons", "a second standby vehicle will also cover all our Friday jobs"
            r"(?:is|are|will\s+be|'s|'re)\s+(?:fully\s+)?covered\s+by\s+us\b", r"(?:will|shall)\s+be\s+(?:fully\s+|partly\s+|partially\s+)?covered\b(?!\s+(?:by|under|at)\b)",
            r"(?:won't|will\s+not)\s+(?:ask\s+(?:you\s+)?for|charge\s+(?:you\s+)?|take|collect)\s+(?:the\s+|your\s+|any\s+|a\s+)?(?:[\w-]+\s+)?(?:[$£€]\s?\d+(?:[.,]\d+)?|\d[\d.,]*\s?[$£€₽])(?!\d|[.,]\d)(?![^.!?\n]{0,40}?\b(?:until|till|before|once)\b)",  # "we won't ask you for the usual £12" (not "won't take your first £29.50 until the line works": later)
            r"with\s+our\s+compliments", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?(?:[\w-]+\s+){1,5}?without\s+(?:a|any|the)\s+deposit\b",  # "we'll hire you the next one without a deposit"
            r"(?:won't|will\s+not)\s+(?:include|carry|show)\s+(?:the|any|your|a)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|costs?)\b",  # "your next bill won't include the standing charge"
            r"(?:won't|will\s+not|don't|do\s+not)\s+(?:have|need)\s+to\s+(?:pay|repay)\s+(?:it|that|this|them|anything|any\s+of\s+it)\s+back\b",  # "an advance you won't have to pay back"
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:write\s+off|wipe|clear|cancel)\s+(?:the|your|that|this|any)\s+(?:[\w-]+\s+)?(?:debt|arrears|balance|outstanding\s+balance)\b",  # "we'll write off the debt"
            r"pick\w*\s+up\s+(?:the|any|your|all|those|these)\s+(?:[\w-]+\s+){0,2}?(?:tab|bill|bills|cost|costs|fares?|fees?|charges?|expenses?)\b", r"(?:we|i)(?:'ve|\s+have|'ll|\s+will)\s+(?:also\s+)?(?:dropped|drop|scrapped|scrap)\s+(?:the|that|this|your|any)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|surcharges?)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?settle\s+(?:them|it|the|those|these|your|any|all|that|this)\b", r"(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+can)\s+(?:also\s+)?(?:absorb\s+(?:the|that|this|it|those|these|any|all|part|half|your)\b|(?:carry|bear|shoulder|swallow)\s+(?:(?:half|part|all|some|\d+\s?%)\s+of\s+)?(?:(?:it|that|this|them)\s+ourselves|(?:the|that|this|your)\s+(?:[\w-]+\s+)?(?:costs?|fees?|charges?|expenses?|difference|loss))\b|let\s+(?:it|that|the\s+(?:fee|charge|penalty)|the\s+[$£€]\s?\d[\d.,]*(?:\s+(?:fee|charge))?)\s+go\b|let\s+you\s+off\b)", r"(?:stays?|remains?)\s+yours\b(?!\s+(?:until|till|through)\b)",
            r"(?:leave|leaving)\s+(?:off|out)\s+(?:(?:any|the|all|those|these)\s+)?(?:[\w-]+\s+)?(?:charges?|fees?|costs?)\b", r"(?:paid|covered|reimbursed)\s+(?:for\s+)?by\s+us\b", r"(?:charged|billed|invoiced)\s+to\s+us\b",
            r"(?:fee|charge|cost|bill|fine|receipt|invoice)s?\b[^.!?\n]{0,40}?(?:we'll|we\s+will)\s+(?:take\s+care\s+of|cover|handle|sort|settle|deal\s+with)\s+(?:it|that|this|them)\b", r"take\s+care\s+of\s+(?:the|your|any|all)\s+((?:[\w-]+\s+){0,3}?)(?:costs?|fees?|charges?|bill|expenses?|postage)\b",
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?(?:sort|settle|handle|deal\s+with)\s+(?:the|your|any|that|this|those)\s+((?:[\w-]+\s+){0,2}?)(?:costs?|fees?|charges?|bill|fares?|expenses?)(?:\s+out)?\b",  # "we'll sort the cost out ourselves"
            r"(?:without|with\s+no)\s+(?:a\s+|any\s+|the\s+|that\s+|this\s+)?(?:(?![a-z]+ing\b)(?:[\w$£€.,-]*[\w$£€-]|[\w$£€.,-]*\.(?=\s(?-i:[a-zа-яё\d])))\s+){0,3}?(?:penalty|penalties|fee|fees|charge|charges|cost)\b", r"(?:penalty|fee)[- ]free",
            r"(?:we|i|(?:the|our)\s+(?:store|shop|branch|company|hotel|airline|clinic|restaurant|venue|garage|school))(?:'ll|\s+will|'d|\s+would|\s+can|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:also\s+|gladly\s+|(?!only\b)[a-z]+ly\s+)?pay\b(?!\s+%skip{0,3}%back\b)", r"(?:^|(?<=[—–:;,]\s))we\s+pay\s+for\s+(?:it|that|this|them|the\s+[\w-]+)\b",  # "the repair follows within 5 days — we pay for it" (not "we pay for parking" in a story)
            r"(?:this|it|that|the\s+(?:money|amount|sum|compensation|payment|balance))\s+(?:will|shall)\s+be\s+paid\s+(?:back\s+)?(?:to|into|onto)\s+(?:your|the)\b", r"(?<=,\s)paid\s+(?:back\s+)?(?:to|into|onto)\s+your\s+(?:[\w-]+\s+)?(?:account|card)\b",  # "This will be paid to your original card": as "we'll pay it to your card"; "…£25 a day, paid to your account"
            r"(?:we|i)(?:'ll|\s+will)\s+[^.!?\n,;]{0,80}?\band\s+(?:then\s+|also\s+)?pay\s+(?:you\b|the\b|any\b|for\b|whatever\b)(?!\s+%skip{0,3}%back\b)",  # "we'll review the settlement and pay the difference"
            r"(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+can)\s+(?:also\s+|happily\s+)?throw\s+in\b",  # "we'll throw in a wheel alignment check"
            r"(?:don't|do\s+not|no\s+need\s+to)\s+worry\s+about\s+(?:paying\s+)?(?:the|that|this|your|any)\s+(?:[\w-]+\s+){0,2}?(?:invoice|bill|fee|charge|cost|payment|excess|fine)s?\b",  # "please don't worry about the mileage invoice"
            r"waiv\w*", r"prepaid", r"\bpayments?\s+(?:will|shall)\s+be\s+made\b",  # "payment will be made within 14 days of receipt"
            r"complimentary", r"\b(?:with|plus)\s+a\s+(?:fresh|free|spare|new|second)\s+(?:pack|set|box|bottle|pair|kit|packet|roll)\s+of\b",  # "…a new one, with a fresh pack of batteries in the box"
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?bring\s+(?:out\s+|over\s+)?(?:a|an|some)\s+(?:[\w-]+\s+){0,3}?for\s+(?:you|her|him|them|the\s+table)\b",  # "we'll bring out a birthday cake for her"
            r"(?:something|a\s+little)\s+extra\b", r"(?:put|added?|popped|left)\s+(?:a\s+little\s+something|something)\s+(?:on|in|into|to)\s+your\s+account\b", r"(?:a|as\s+a|as\s+our|little|small|free)\s+(?:gift|treat|freebie)s?\b", r"(?:won't|will\s+not|don't|do\s+not)\s+be\s+(?:charg|bill|invoic|deduct)\w*(?![^.!?\n]{0,40}?\b(?:until|till|before|once)\b)", r"\b(?:we|i)\s+(?:also\s+)?pay\s+(?:for\s+)?(?:the|your|any|all)\s+(?:[\w-]+\s+){0,2}?(?:shipping|postage|delivery|courier|carriage)\b", r"(?:there's|there\s+is|there\s+will\s+be|there'll\s+be)\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost|fee|supplement|surcharge)\b", r"(?:(?<=\bwe\s)|(?<=\bi\s))(?:won't|will\s+not|don't|do\s+not)\s+(?:charge|bill)\w*", r"(?:(?:are|'re|am|'m)\s+not|aren't)\s+charging\b", r"(?:remaining|rest|balance|outstanding|difference|debt|fee|charge|amount|[$£€]\s?\d[\d.,]*)\s+(?:[\w-]+\s+){0,3}?(?:will\s+be|is\s+being|has\s+been|'ll\s+be)\s+(?:fully\s+|also\s+)?written\s+off\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?write\s+off\b", r"(?:fare|fares|cost|costs|fee|fees|bill|expenses?|taxi|transfer|meal|meals|accommodation|stay)\s+(?:[\w-]+\s+){0,4}?(?:is|are|will\s+be)\s+(?:also\s+|fully\s+)?covered\b(?!\s+(?:by|under)\s+(?:the\s+|your\s+)?(?:warranty|guarantee|insurance|insurer|policy|manufacturer))", r"(?:no|nothing)\s+(?:extra\s+|(?:[$£€]\s?\d[\d.,]*\s+)?([a-z-]+)\s+)?(?:charge|cost|fee|supplement|surcharge)s?\b", r"\bno\s+(?:excess|deductible)\b", r"(?:parking|delivery|shipping|postage|entry|admission|installation|collection|redirect|return|repair|replacement|exchange|cancellation|visit|inspection|call-?out)s?\s+(?:[\w-]+\s+){0,2}?(?:will|would)\s+be\s+(?:also\s+|completely\s+|totally\s+|entirely\s+)?free\b", r"(?:won't|will\s+not)\s+(?:have\s+to\s+|need\s+to\s+)?pay\s+(?:it|that|this|them|the\s+[\w-]+)\b(?!\s+back)", r"(?:we|i)(?:'ll|\s+will|\s+can|'ve|\s+have)\s+(?:also\s+)?let\s+you\s+off\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?take\s+(?:the|your|that|this)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|costs?)\s+off\b", r"\b(?:popped|put|added|given|thrown\s+in|included|applied|loaded)\b[^.!?\n]{0,50}?\bfor\s+nothing\b", r"\bnone\s+(?:more\s+|further\s+)?(?:will\s+be|is|are)\s+(?:taken|charged|collected|debited)\b",  # ("we won't charge you"; not a battery: "it won't charge after two months", "don't charge it overnight")
            # ("the birthday boy won't pay a thing": anyone's fee let off)
            r"(?:nothing|no\s+(?:postage|shipping|delivery|fee|charge|carriage))\s+(?:(?:extra|additional)\s+)?(?:for\s+you\s+)?to\s+pay", r"(?:costs?|is|are)\s+[$£€]\s?0(?:[.,]00)?(?!\d|[.,]\d)", r"\b(?:is|are|will\s+be)\s+ours\s+to\s+(?:cover|pay|settle|take\s+care\s+of)\b", r"(?:won't|will\s+not|don't|do\s+not)\s+owe\s+(?:us\s+)?(?:a|an|any|the|anything)\b", r"no\s+need\s+to\s+pay", r"no\s+(?:more|further|other)\s+(?:payments?|charges?|fees?|money)\s+(?:will\s+be|is|are)\s+(?:taken|charged|collected|debited|due|needed|required|necessary)\b", r"\byou\s+(?:won't|will\s+not|don't|do\s+not|shan't)\s+(?:have\s+to\s+|need\s+to\s+)?pay\s+(?:(?:anything\s+|a\s+(?:penny|thing|cent)\s+)?for|the|that|this|any|your)\b(?![^!?\n]{0,40}?\b(?:at\s+once|in\s+one\s+go|up\s*front|in\s+(?:one|a\s+single)\s+payment|for\s+now|yet|until|till|at\s+the\s+moment)\b)", r"(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)\s+to\s+pay\s+(?:anything|a\s+(?:penny|thing|cent)|extra|more|again|twice|for\s+(?:it|this|that|the|your))\b", r"(?:won't|will\s+not|doesn't|does\s+not|needn't)\s+pay\s+(?:a\s+(?:thing|penny|cent|dime)|anything)\b(?![^!?\n]{0,40}?\b(?:until|till|yet|for\s+now|up\s*front|at\s+the\s+moment)\b)", r"(?!seats\s+are\b)(check-?up|delivery|shipping|postage|repair|replacement|service|installation|lesson|session|visit|consultation|return|exchange|fitting|collection|cleaning|bag|baggage|luggage|selection|seat|upgrade|month|night|ticket|dessert|drink|application|entry|admission|retake|resit|exam|course|class|transfer|rebooking|follow-up|appointment|scan|test)s?\s+(?:itself\s+)?(?:(?:with|from|at)\s+(?:us|our\s+\w+)\s+|(?:on|for|of|within|during|under)\s+(?:[\w-]+\s+){1,3}?)?(?:will\s+be|is|are)\s+(?:also\s+)?free\b", r"half[- ]price", r"costs?\s+you\s+nothing", r"no\s+(?:late\s+)?penalt(?:y|ies)",
            r"without\s+(?:charging|billing|(?:you\s+)?paying|(?:you\s+)?being\s+charged)\b", r"with\s+our\s+compliments", r"\bon\s+our\s+account\b", r"\bat\s+our\s+(?:own\s+)?(?:expense|cost)\b", r"\b(?:billed|charged|invoiced|priced)\s+without\s+(?:any\s+|the\s+)?(?:[\w-]+\s+)?(?:loading|surcharge|premium|supplement)\b", r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+|gladly\s+)?take\s+on\s+(?:the|that|this|these|those|any|all|all\s+the)\s+(?:[\w'-]+\s+){0,2}?(?:costs?|fees?|charges?|expenses?)\b", r"(?:won't|will\s+not|\bneither\b[^.!?\n]{1,60}?\bnor\b[^.!?\n]{1,40}?\bwill)\s+(?:be|appear|show\s+up|show)\s+on\s+your\s+(?:\w+\s+)?(?:bill|invoice|statement)", r"(?:we|i)(?:'ll|\s+will)\s+let\s+(?:it|that|this|the\s+(?:fee|charge|excess|fine))\s+(?:go|slide)\b",
            r"(?:won't|will\s+not|doesn't|does\s+not|shouldn't)\s+cost\s+(?:you\s+)?(?:anything|a\s+(?:penny|thing|cent|dime))", r"(?:it's|they're|is|are)\s+yours\s+to\s+keep", r"(?:stays?|remains?)\s+(?:with\s+you|yours|in\s+your\s+(?:account|pocket))\b(?!\s+(?:until|till|through)\b)",
            # a charge dropped: "the excess, which we'll set aside", "we'll write off the fee"
            r"(?:excess|fee|charge|penalty|deductible)\b[^.!?\n]{0,30}?(?:we'll|we\s+will|we're\s+going\s+to)\s+(?:set\s+aside|drop|scrap|write\s+off|forget\s+about|let\s+go)",
            r"(?:set\s+aside|scrap|write\s+off|drop|skip|remov(?:e|ed|ing)|cancel)\s+(?:the|your|that|this)\s+%skip{0,2}%(?:excess|fee|charge|penalty|deductible|payment|overage|surcharge|fine)s?\b",
            r"(?:excess|fee|charge|penalty|deductible)(?:\s+(?:\w+\s+){0,2}?|,\s+(?:it|that|this|which)\s+)(?:does\s+not|doesn't|will\s+not|won't|no\s+longer)\s+apply",  # "the £65.00 call-out fee does not apply"
            r"(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|not\s+be|doesn't\s+come|does\s+not\s+come|don't\s+end\s+up|never\s+(?:are|is))\s+(?:\w+\s+){0,2}?out\s+of\s+(?:\w+\s+)?pocket",
            r"(?:won't|will\s+not|doesn't|does\s+not|shouldn't|isn't\s+going\s+to)\s+come\s+out\s+of\s+your\s+(?:own\s+)?(?:pocket|money|budget)\b",  # "the £380 repair won't come out of your pocket"
            r"(?:take\s+care\s+of|foot|pick\s+up)\s+(?:half\s+(?:of\s+)?|part\s+of\s+|all\s+of\s+)?(?:the|your|this|that)\s+(?:[\w-]+\s+)?(?:bill|invoice|tab|costs?|fees?|expenses?)\b",
            r"(?:fees?|charges?|costs?|bills?|expenses?)\b[^.!?\n]{0,80}?(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?take\s+care\s+of\s+(?:them|it|those|that)\b",  # "any overdraft fees …, send those over too and we'll take care of them"
            r"(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?take\s+care\s+of\s+(?:putting|setting|making)\s+(?:it|that|this|them|things)\s+right\b", r"\b(?:is|are|'s|be|been)\s+(?:also\s+)?thrown\s+in\b",  # "the engine bay clean is thrown in this time"
        ],
        "ru": [
            # a thing left off the bill: «стирку этой партии в октябрьском счёте учитывать не будем», «в счёт не включим»
            r"(?<!\w)(?:вы\s+)?ничего\s+не\s+(?:платите|заплатите|доплачиваете|должны)(?!\w)",  # «за июнь по договору вы ничего не платите»
            r"(?<!\w)ничего\s+(?:вам\s+|тебе\s+)?не\s+будет\s+стоить(?!\w)",  # «исправление ничего вам не будет стоить» (not «перенос ничего не стоит»: the terms)
            r"(?<!\w)(?:в\s+сч[её]т|в\s+стоимость|в\s+смету)\s+не\s+(?:включаем|включим|включаются|включается)(?!\w)|(?<!\w)не\s+(?:включаем|включим)\s+(?:[\w-]+\s+){0,2}?в\s+(?:сч[её]т|стоимость|смету)(?!\w)",  # «дополнительную обработку мы в счёт не включаем»
            r"(?<!\w)в\s+(?:[\w-]+\s+)?сч[её]т\s+не\s+(?:попад[её]т|попадут|войд[её]т|войдут)(?!\w)|(?<!\w)не\s+(?:попад[её]т|попадут|войд[её]т|войдут)\s+в\s+(?:[\w-]+\s+)?сч[её]т(?!\w)",  # «работы за эту неделю в счёт не попадут»
            r"(?<!\w)(?:в\s+(?:[\w-]+\s+)?сч[её]т[еау]?\s+(?:[\w-]+\s+)?(?:учитывать|включать|выставлять)\s+не\s+(?:будем|станем)|не\s+(?:будем|станем)\s+(?:учитывать|включать|выставлять)\s+(?:[\w-]+\s+){0,4}?в\s+(?:[\w-]+\s+)?сч[её]т\w*|в\s+(?:[\w-]+\s+)?сч[её]т\s+не\s+(?:включим|внесём|внесем))(?!\w)",
            # nothing to be taken, the verb first: «дополнительно списывать ничего не будем»; a fee called off: «согласовал разовую отмену платы»
            r"(?<!\w)(?:списывать|начислять|брать|взимать)\s+(?:с\s+вас\s+)?ничего\s+не\s+(?:будем|станем)(?!\w)|(?<!\w)ничего\s+не\s+(?:будем|станем)\s+(?:списывать|начислять|брать|взимать)(?!\w)",
            r"(?<!\w)(?:отмен(?:а|у|ы|е|ой)|аннулировани(?:е|я|ю|ем))\s+(?:[\w-]+\s+)?(?:платы|штрафа|комиссии|сбора|пени|доплаты|неустойки)(?!\w)",
            # a charge dropped now, in the present: «пробковый сбор мы в этот раз снимаем»
            # (or its price, «снимаем стоимость выезда»; not «снимаем стоимость ремонта с карты», a charge)
            r"(?<!\w)(?:сбор|плат[уаы]|комисси\w*|штраф\w*|пен[иья]|доплат\w*|неустойк\w*)\s+(?:[\w-]+\s+){0,4}?(?:вс[её]\s+равно\s+)?(?:снимаем|убираем|отменяем|списываем|аннулируем|снимем|уберём|уберем|отменим)(?!\w)|(?<!\w)(?:снимаем|убираем|отменяем|списываем|аннулируем)\s+(?:[\w-]+\s+){0,3}?(?:сбор|плат[уаы]|комисси|штраф|пен[иья]|доплат|неустойк|стоимость(?!\w))\w*(?![^.!?\n]{0,30}?\s(?:с|со)\s+(?:\w+\s+)?(?:карт|сч[её]т|баланс))",
            r"(?<!\w)(?:чек|квитанци|расход|затрат)\w*[^.!?\n]{0,60}?(?<!\w)(?:учт[её]м|учту)(?!\w)",  # «чеки за такси привезите — мы их учтём»
            r"(?:можно|можете)\s+(?:будет\s+)?(?:пока\s+)?не\s+(?:оплачивать|платить|вносить|погашать|доплачивать)(?!\w)", r"(?<!\w)мы\s+(?:тоже\s+|также\s+|уже\s+|сами\s+)?<оплатить:past,plur>(?!\w)", r"(?<!\w)оплачен[аоы]?\s+нами(?!\w)",  # «Стоимость доставки (480 руб.) оплачена нами», as "paid by us"  # «доставку нового комплекта мы тоже оплатили»  # «до её результата счёт можно не оплачивать»
            r"(?:доплачивать|платить|оплачивать|доплат\w*)\s+(?:[\w-]+\s+){0,3}?(?:мы\s+)?не\s+(?:попросим|потребуем|станем\s+просить|будем\s+просить)(?!\w)|(?<!\w)не\s+(?:попросим|потребуем)\s+(?:с\s+вас\s+|вас\s+)?(?:доплачивать|платить|оплачивать|доплат\w*)",  # «доплачивать за него мы не попросим»
            r"(?<!\w)(?:переделк\w*|расход\w*|доставк\w*|работ\w*|ремонт\w*|всё|все)\s+[—–]\s+на\s+нас(?!\w)",  # «все переделки — на нас»
            r"<оплатить:futr,1per|futr,3per>", r"(?<!\w)оплачиваем\s+(?:тоже\s+|также\s+|сами\s+)?мы(?!\w)|(?<!\w)мы\s+(?:тоже\s+|также\s+|сами\s+)?оплачиваем(?!\w)",  # «обратную пересылку оплачиваем мы»
            r"(?<!\w)(?:будет|будут)\s+за\s+нами(?!\w)", r"(?<!\w)(?:оформим|сделаем|выдадим|отдадим|предоставим|оставим)\s+(?:[\w-]+\s+){0,4}?без\s+(?:залога|депозита|предоплаты|комиссии|доплаты)(?!\w)",  # «следующую аренду оформим для вас без залога»
            r"ничего\s+не\s+будет\s+стоить|не\s+будет\s+(?:вам\s+)?ничего\s+стоить", r"(?<!\w)(?:удерживать\s+(?:[\w-]+\s+)?ничего\s+не\s+будем|ничего\s+не\s+(?:удержим|будем\s+удерживать)|не\s+будем\s+(?:ничего\s+)?удерживать)(?!\w)", r"с\s+вас\s+(?:[\w-]+\s+){0,2}?не\s+(?:возьм\w+|будут\s+брать|будем\s+брать|спишут|удержат|потребуют)|не\s+(?:возьм[её]м|возьмут|спишут|удержат)\s+(?:[\w-]+\s+){0,2}?с\s+вас(?!\w)|(?<!\w)(?:ничего\s+)?не\s+удерживаем(?!\w)|(?<!\w)не\s+(?:удержим|спишем)\s+(?:[\w-]+\s+)?(?:из|с)\s+(?:ваш\w*\s+)?(?:ближайш\w+\s+|следующ\w+\s+)?(?:выплат|зарплат|сч[её]т|карт|баланс|возврат|депозит|залог|сумм)\w*", r"<оплачивать:pres,1per>", r"(?<!\w)не\s+тарифицир\w+", r"(?<!\w)(?:удерживать|списывать|взимать|брать)\s+(?:(?:е[её]|его|их)\s+)?не\s+(?:будем|станем)|(?<!\w)не\s+(?:будем|станем)\s+(?:(?:е[её]|его|их)\s+)?(?:удерживать|списывать|взимать|брать)(?!\w)", r"(?:разместим|поселим|заселим)\s+(?:вас\s+)?в\s+(?:\w+\s+)?(?:гостиниц|отел)\w*", r"<заплатить:futr,1per>", r"<бесплатно>", r"<бесплатный>", r"(?:лечени|ремонт|процедур|услуг|расход)\w*\s+((?:[\w-]+\s+){0,2}?)(?:<взять:futr,1per|futr,3per>)\s+на\s+себя", r"за\s+(?:наш|свой)\s+сч[её]т", r"(?:—|–)\s*за\s+сч[её]т\s+(?!ваш|клиент|покупател|страхов|полис|гарант|продав|собственни|арендодател|арендатор|хозя|перевозчик|отправител|получател|производител)[а-яё]+(?=\s*[.!;)]|\s*$)", r"(?:—|–)\s*(?:в\s+подарок\s+)?от\s+нас(?=\s*[.!;)]|\s*$)", r"за\s+сч[её]т\s+(?:компании|магазина|банка|школы|клиники|отеля|гостиницы|авиакомпании|туроператора|аптеки|сети|автосалона|мастерской|сервиса|салона|центра|фирмы|организации|ресторана|кафе|заведения|агентства|перевозчика|оператора|студии|фотостудии|ателье|лаборатории|клуба|бюро|фабрики|питомника|нас)", r"от\s+нас\s+в\s+подарок|в\s+подарок\s+от\s+нас|[—–]\s*(?:[\w-]+\s+){1,6}?в\s+подарок(?=\s*[.!;)]|\s*$)",
            # a debt written off: «долг спишем», «спишем задолженность»
            r"(?:<списать:futr,1per>|<простить:futr,1per>|<аннулировать:futr,1per>|<обнулить:futr,1per>)\s+((?:[\w-]+\s+){0,3}?)(?:<долг>|<задолженность>)|(?:<долг>|<задолженность>|<пеня>|<штраф>|<неустойка>)\s+((?:[\w-]+\s+){0,3}?)(?:<списать:futr,1per>|<простить:futr,1per>|<аннулировать:futr,1per>|<обнулить:futr,1per>)|(?:<пеня>|<штраф>|<неустойка>)[^.!?\n]{0,40}?(?:мы\s+)?(?:тоже\s+|также\s+)?<списать:futr,1per>",
            r"(?:<отремонтировать:futr,1per>|<починить:futr,1per>|<восстановить:futr,1per>|<покрасить:futr,1per>)\s+(?:[\w-]+\s+)?(?:сами|своими\s+силами)(?!\w)",  # «потолок у соседей мы отремонтируем сами»
            # «пени … начислять не будут», «не будем начислять проценты»: a charge we will not make
            r"(?:<пеня>|<штраф>|<процент>|<комиссия>|<неустойка>)\s+((?:[\w-]+\s+){0,6}?)(?:начислен|списан|взыскан)\w*\s+не\s+буд(?:ут|ет)(?!\w)",  # «проценты за июнь начислены не будут»
            r"(?:<пеня>|<штраф>|<процент>|<комиссия>|<неустойка>)\s+((?:[\w-]+\s+){0,6}?)(?:начислять|взимать|списывать|брать)\s+не\s+(?:будут|будем|станем|станут)|не\s+(?:будут|будем|станем|станут)\s+(?:\w+\s+)?(?:начислять|взимать|списывать)\s+((?:[\w-]+\s+){0,2}?)(?:<пеня>|<штраф>|<процент>|<комиссия>|<неустойка>)",
            r"(?<!\w)не\s+(?:посчитаем|засчитаем|будем\s+(?:считать|учитывать))\b", r"(?<!\w)(?:мы\s+)?(?:вам\s+)?(?:уже\s+)?(?:ничего\s+)?не\s+(?:начисляем|списываем|взимаем|выставляем)(?!\w)", r"(?<!\w)(?:начислять|взимать|списывать|брать)\s+(?:вам\s+|с\s+вас\s+)?не\s+(?:будем|станем)(?!\w)", r"<снять:futr,1per>\s+(?:[\w-]+\s+){0,2}?(?:<превышение>|<доплата>|<начисление>|%charge%)", r"(?:<внести:futr,1per>|<погасить:futr,1per>|<заплатить:futr,1per>|<оплатить:futr,1per>)\s+((?:[\w-]+\s+){0,2}?)за\s+(?:вас|тебя)(?!\w)",  # «депозит мы внесём за вас»  # «а первые сутки мы вам не посчитаем»
            # «не спишем», «не берём» (not «не списаны»: a fact)
            r"не\s+(?:будем\s+)?(?:<списывать:pres,1per|INFN>|<списать:futr,1per|futr,3per|INFN>|<брать:pres,1per|INFN>|<взять:futr,1per|INFN>)", r"(?:<списывать>|<списать:PRTS>|<брать>|<взыскивать>)\s+(?:(?:с\s+вас|с\s+тебя|мы|ничего|больше|за\s+это)\s+){0,3}не\s+(?:будем|будет|будут|станем|станут)|не\s+(?:станем|станут)\s+(?:<брать>|<списывать>|<взыскивать>)", r"(?:повторно|дополнительно|больше|снова)\s+не\s+(?:<оплачиваться:pres>|<взиматься:pres>|<списываться:pres>|<взыскиваться:pres>|<начисляться:pres>)", r"(?:<оплачиваться>|<взиматься>|<списываться>|<взыскиваться>|<начисляться>)\s+не\s+(?:будет|будут)|не\s+(?:будет|будут)\s+(?:<оплачиваться>|<взиматься>|<списываться>|<взыскиваться>|<начисляться>)", r"<отменить>\s+((?:\w+\s+){0,2}?)%charge%", r"(?:<взять:futr,1per|INFN>|<брать:pres,1per>)\s+на\s+себя\s+((?:\w+\s+){0,2}?)(?:%cost%|%charge%|<доставка>)", r"(?:%cost%|%charge%|<доставка>)\s+%gap{0,6}%(?:<взять:futr,1per|futr,3per|INFN>|<брать:pres,1per>)\s+на\s+себя",
            r"(?:<взять:futr,1per>|<брать:pres,1per>)\s+(?:(?:его|е[её]|их|это|эту|этот|эти|все)\s+)?(?:(?:%cost%|%money%)\s+)?на\s+себя(?!\s+(?:ответственность|обязательств|организаци|координаци))",  # «повторный приём … мы тоже возьмём на себя», «мы возьмём эти расходы на себя»
            r"(?:клиника|компания|магазин|салон|сервис|фирма|центр|отель|гостиница|школа|студия|агентство|ресторан|клуб|кемпинг|лаборатория|мастерская)\s+(?:[\w-]+\s+){0,2}?<взять:futr,3per>\s+(?:(?:его|е[её]|их|это|эту|этот|эти|все)\s+)?(?:(?:%cost%|%money%)\s+)?на\s+себя(?!\s+(?:ответственность|обязательств|организаци|координаци))",  # «первые две активации клиника возьмёт на себя»: the business that writes
            r"(?:<месяц>|<подписка>|<десерт>|<ужин>|<обед>|<завтрак>|<напиток>|<кофе>|<такси>|<трансфер>|<доставка>|<поездка>|<ночь>|<билет>|<стоимость>)\s+((?:[\w-]+\s+){0,9}?)за\s+нами(?!\w)", r"<угостить:futr>", r"(?:<угощение>|<комплимент>)\s+(?:[\w-]+\s+){0,4}?от\s+(?!вас\b)[а-яё]+|(?:будет\s+ждать|ждёт|ждет)\s+(?:[\w-]+\s+){0,4}?<угощение>|(?:будет|будут)\s+ждать\s+(?:[\w-]+\s+){1,6}?от\s+(?:отеля|гостиницы|нас|компании|ресторана|клуба|театра|магазина|кафе|авиакомпании|шефа|заведения)(?!\w)", r"<угощать:pres,1per>", r"%charge%\s+%gap{0,10}%(?<!за\s)(?<!для\s)<отменить:PRTS|past>",
            r"<покрыть:futr,1per|INFN>", r"в\s+(?:сч[её]т|аренду|стоимость|расч[её]т|оплату)\s+не\s+(?:включим|выставим|поставим|засчитаем|посчитаем)|не\s+(?:включим|выставим|засчитаем|посчитаем)\s+(?:\w+\s+)?в\s+(?:сч[её]т|аренду|стоимость|расч[её]т|оплату)|не\s+(?:выставим|выставляем|предъявим)\s+(?:вам\s+)?%charge%",  # «в счёт не включим», «не выставим плату за доставку»
            r"(?<!\w)(?:стоит|стоить|стоимость|составляет|составит)\s+(?:[а-яё-]+\s+){0,3}?(?:[—–:-]\s*)?0(?:[.,]00)?\s?(?:₽|руб\w*|р\.)",  # «переоформление стоит 0 ₽», «Стоимость заморозки по справке — 0 руб.»
            r"(?:вы|ты)\s+не\s+(?:оплачиваете|платите|оплачиваешь|платишь)", r"(?<!\w)не\s+(?:беря|взяв|взимая|требуя)\s+(?:с\s+вас\s+)?(?:за\s+(?:это|них|него|не[её])\s+)?(?:денег|оплаты|платы|доплаты)(?!\w)", r"остав(?:ьте|ь|ить)\s+(?:\w+\s+)?себе", r"(?:можно|можете)\s+(?:их\s+|его\s+|е[её]\s+)?не\s+возвращать", r"за\s+полцены|вполцены",
            # (not «Всю сумму сразу платить не нужно»: when to pay, not whether)
            r"(?<!сразу\s)(?<!сейчас\s)(?<!заранее\s)(?:<платить>|<доплачивать>|<оплачивать>|<докупать>)(?!\s+(?:[\w-]+\s+){0,2}?(?:сразу|сейчас|заранее)(?!\w))\s+%gap{0,8}%не\s+(?:нужно|надо|придется|требуется)", r"(?:<доплата>|%charge%)\s+%gap{0,8}%не\s+(?:взимается|требуется|нужна|нужен|понадобится|потребуется)", r"не\s+(?:нужно|надо|придется|придётся)\s+(?:будет\s+)?(?:ничего\s+)?(?:<платить>|<доплачивать>|<оплачивать>|<докупать>)",
            r"(?<!\w)покупать\s+(?:ничего\s+|их\s+|его\s+|е[её]\s+)?(?:заново|повторно|ещ[её]\s+раз|снова)\s+(?:ничего\s+)?не\s+(?:нужно|надо|придется|требуется)",  # «покупать ничего заново не нужно», as «ничего докупать не надо»
            r"без\s+(?:[а-яё]+(?:ой|ей|ых|их|ого|его)\s+)?(?:<штраф>|<пеня>|<неустойка>|<комиссия>|<доплата>|<переплата>|<оплата>|<плата>|<сбор>)", r"<погасить:futr,1per>",
            # a penalty written off («пени мы спишем»); were it charged instead, that is no less new
            r"(?:<аннулировать>|<убрать:futr,1per|INFN>|<снять:futr,1per|INFN>|<обнулить>|<простить:futr,1per|INFN>|<списать:futr,1per>)\s+((?:\w+\s+){0,2}?)%fine%",
            r"%penalty%\s+((?:\w+\s+){0,3}?)(?:<начислять>|<начислить>|<взимать>)\s+не\s+(?:будем|станем)",  # «пени за февраль мы начислять не будем»
            r"%charge%\s+%gap{0,6}%(?:мы\s+)?не\s+(?:<начислить:futr,1per|futr,3per>|<взять:futr,1per|futr,3per>|<списать:futr,1per|futr,3per>)",  # «Абонентскую плату с 20 по 30 мая мы не начислим»
            r"%penalty%\s+%gap{0,8}%(?:<аннулировать:futr,1per|PRTS|past>|<убрать:futr,1per|PRTS|past>|<снять:futr,1per|PRTS|past>|<обнулить:futr,1per|PRTS|past>)",
            r"%fine%\s+%gap{0,6}%<списать:futr,1per|past>(?!\s+(?:с|со)\s)",
            r"(?:<процент>|<доплата>|<комиссия>|<плата>)\s+%gap{0,6}%<списать:futr,1per>(?!\s+(?:с|со)\s)",  # «проценты за первый месяц мы вам спишем», «доплату в этот раз спишем» (not «спишем с карты»)
            r"(?:<франшиза>|%charge%)\s+%gap{0,6}%(?:(?:мы\s+)?не\s+(?:будем|станем)\s+(?:<удерживать>|<вычитать>)|(?:<удерживать>|<вычитать>)\s+(?:мы\s+)?не\s+(?:будем|станем))|не\s+(?:будем\s+)?(?:<удерживать>|<удержать:futr,1per>|<вычитать>|<вычесть:futr,1per>)\s+((?:\w+\s+){0,2}?)(?:<франшиза>|%charge%)",  # «Франшизу удерживать не будем», «Мы не удержим штраф за отмену»
            r"не\s+(?:будем\s+)?(?:<начислять>|<начислить>|<взимать>)\s+((?:\w+\s+){0,1}?)%penalty%", r"%penalty%\s+((?:\w+\s+){0,2}?)не\s+(?:будем\s+)?(?:<начислять>|<начислить>|<взимать>)",
            r"(?:оплачивать|оплатить|платить|доплачивать|доплатить)\s+не\s+(?:попросим|будем\s+просить|потребуем)|не\s+(?:попросим|будем\s+просить|потребуем)\s+(?:вас\s+)?(?:оплачивать|оплатить|платить|доплачивать|доплатить)",
        ],
    },
    # a call or message the customer is promised: "we'll call you ahead", «позвоним вам заранее»
    "callback": {
        "en": [r"\b(?:we|i|he|she|they)(?:'ll|\s+will)\s+(?:also\s+)?give\s+(?:you|your\s+[\w-]+|him|her|them)\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz)\b",  # "she'll give you a ring on Monday"
               # a call announced, whoever makes it (our people by name, role or pronoun, a partner we send: read alike in draft and
               # rewrite), the call maybe after a step of theirs: "Luis Ortega will listen to the recording and contact you by Friday"
               r"(?!(?:you|u)\b)[\w'’-]+(?:\s*\([^()\n]{1,80}\))?,?(?:'ll|\s+will|\s+shall|\s+can|\s+would\s+like\s+to|'d\s+like\s+to)\s+(?:(?:also|definitely|certainly|personally|then|first)\s+)?(?:(?:[\w-]+\s+){1,8}?and\s+(?:(?:will|also|then)\s+)?)?(?:give\s+you\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz)\b|be\s+in\s+touch\b|(?:call|phone|ring|text|contact|get\s+in\s+touch\s+with|reach\s+out\s+to|speak\s+(?:to|with)|talk\s+(?:to|with))(?:\s+you\b|(?=\s+(?:(?:\d+|half|an?|a\s+few|ten|fifteen|twenty|thirty)\s+(?:min\w*|hours?|an\s+hour)|from|ahead|beforehand|before|first|on\s+arrival|when|once|a\s+\d+|\+?\d+|the\s+(?:evening|day|morning|night)\s+before)\b)))",  # "will call 30 minutes before arriving", "will text 07700 900456 when…"
               r"\byou(?:'ll|\s+will)\s+(?:get|receive|have)\s+a\s+(?:quick\s+)?(?:call|ring|phone\s+call)\s+from\b",  # "you'll get a call from Karen"
               r"\b(?:we|i)(?:'ll|\s+will|\s+can)\s+reach\s+you\b(?!\s+(?:on|at)\b)",  # "so we can reach you directly" (not "the parcel will reach you", nor "a number we can reach you on")
               r"\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:[\w-]+\s+){1,4}?and\s+will\s+(?:call|phone|ring)\s+you\b",
               r"\b(?:he|she)(?:'ll|\s+will)\s+(?:also\s+)?(?:call|phone|ring|text)\s+you\s+(?:the\s+(?:day|evening|morning)\s+before|beforehand|in\s+advance|ahead\s+of)\b",  # "Marek will fit the machine; he'll phone you the day before"
               r"\b(?:i|we)(?:'ll|\s+will)\s+(?:(?!\b(?:if|when|once)\b)[^.!?\n;]){1,60}?\band\s+(?:then\s+)?(?:e-?mail|call|phone|ring|text)\s+you\s+(?:once|when|as\s+soon\s+as)\b",  # "I'll check on it with our payment processor myself and email you once it has gone through"  # "I'm your handler and will call you within 48 hours"
               r"\b(?:agree|arrange|confirm|set)(?!e?d\b)\w*\s+(?:[\w-]+\s+){0,3}?with\s+you\s+(?:by|over\s+the|on\s+the)\s+phone\b"],  # "at a time we will agree with you by phone the day before" (not "two extras agreed with you by phone": done)
        "ru": [r"<позвонить:futr,1per>", r"<перезвонить:futr,1per|futr,3per>", r"(?<!\w)(?:можем|сможем|готовы|могу|смогу|готова?)\s+(?:также\s+|тоже\s+|сами\s+)?(?:перезвонить|позвонить)(?!\w)", r"(?:<предупредить:futr,1per>|<сообщить:futr,1per>|<уведомить:futr,1per>|<известить:futr,1per>)\s+(?:вас\s+|вам\s+)?(?:[\w-]+\s+){0,2}?(?:по\s+телефону|звонком)(?!\w)",  # «предупредим вас по телефону»
               r"(?:сам|сама|лично|обязательно)\s+(?:вам\s+)?<позвонить:futr,3per>", r"<позвонить:futr,3per>\s+(?:вам\s+)?(?:сам|сама|лично|заранее|предварительно|накануне|за\s+(?:день|сутки)\s+до)\b", r"(?<!\w)(?:заранее|предварительно|накануне)\s+(?:[\w-]+\s+)?<позвонить:futr,3per>\s+(?:вам|тебе)(?!\w)",
               r"<согласовать:futr,1per>\s+(?:[\w-]+\s+){0,2}?с\s+вами\s+(?:[\w-]+\s+){0,2}?по\s+телефону(?!\w)", r"(?<!\w)позвонив\s+(?:вам|тебе)(?!\w)"],  # «Новую дату мы согласуем с вами по телефону», «точное время согласуем, позвонив вам»
    },
    # special handling promised: "we'll make sure it reaches you before Friday", "handled as a priority", «вне очереди»
    "priority": {
        # ("she'll make sure your group goes straight onto a lane", "so your group gets checked in first")
        "en": [r"(?:we|i|he|she)(?:'ll|\s+will|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to|\s+am\s+going\s+to|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:(?:also|personally|definitely|certainly|then)\s+)?(?:make\s+sure|ensure|see\s+to\s+it|guarantee)\b", r"\b(?:gets?|get|be|are|is)\s+(?:checked\s+in|served|seated|boarded|seen)\s+first\b", r"(?:we|i)\s+(?:can\s+)?(?:guarantee|promise)\s+(?:you|that|it|this|the|your)\b",
               r"(?:as\s+(?:a\s+)?|top\s+|high\s+|with\s+)priority", r"\b(?:send|ship|post|deliver|dispatch|courier|forward)\w*\s+(?:it|them|this|that|the\s+[\w-]+|your\s+[\w-]+)\s+(?:on\s+|out\s+|back\s+)?(?:by|via|with)\s+(?:our\s+|an?\s+)?(?:express|next-day|overnight|same-day)\b",  # "we'll send it on by our express service"
               r"(?:we|i)(?:'ll|\s+will|\s+can|'d|\s+would)\s+(?:happily\s+|gladly\s+)?let\s+(?:it|this|that|them|you)\s+(?:through|go|slide|pass)\s+(?:this\s+(?:once|time)|just\s+(?:this\s+)?once|on\s+this\s+occasion)\b",  # "we'll let it through this once"
               r"(?:as\s+an?|make\s+an?|by\s+way\s+of\s+an?|agreed\s+to\s+an?|(?:approved|granted|allowed)\s+(?:you\s+)?an?|(?:this|it)\s+is\s+an?)\s+(?:one-?off\s+|one-?time\s+)?exception|as\s+a\s+one-?off\b", r"(?:one-to-one|1:1|private|personal|individual)\s+(?:session|lesson|consultation|tutorial|call)s?\b", r"\b(?:first|top|front)\s+(?:in|of\s+the)\s+(?:line|queue)\b|\b(?:at|to)\s+the\s+(?:front|top|head)\s+of\s+(?:the|our|its|[\w'’-]+['’]s?)\s+(?:[\w'’-]+\s+)?(?:line|queue|list)\b|\bahead\s+of\s+(?:(?:(?:any|all)\s+)?other\s+(?:bookings?|jobs?|customers?|orders?|cars?|vehicles?|appointments?)|every(?:thing|one)\s+else)\b|(?:we|i)(?:'ll|\s+will|'ve|\s+have)\s+(?:also\s+)?(?:put|move|bump|schedule|book)\s+(?:[\w'-]+\s+){1,3}?first\s+(?:on|in)\s+(?:[\w'-]+\s+){0,2}?(?:round|list|schedule|route|rota|day)\b|\byou(?:'ll|\s+will)\s+(?:get|have)\s+(?:the\s+)?(?:very\s+)?first\s+(?:slot|appointment|booking|visit|place|pick)\b|(?:will\s+be|'ll\s+be)\s+(?:the\s+|our\s+)?(?:very\s+)?first\s+(?:drop|stop|delivery|job|call|visit|appointment)\s+(?:on|of)\b",  # "they'll be first in line when bookings open"
               r"\b(?:go|goes|come|comes|be\s+(?:put|passed|sent|routed|transferred))\s+(?:straight|directly)\s+(?:through\s+)?to\s+(?:a|our|the)\s+(?:senior\s+|duty\s+|named\s+)?(?:manager|supervisor|team\s+lead(?:er)?)\b|\bput\s+you\s+(?:straight|directly)\s+through\s+to\b",  # "any call you make will go straight to a senior manager"
               r"priority\s+(?:[\w-]+\s+)?(?:help|assistance|care|handling|processing|delivery|shipping|dispatch|booking|slot|appointment|support|queue|service|boarding|lane|access|check-?in|seating|run|route|round|list)",
               # (not "You don't need to do anything to keep your place": what the customer need not do)
               r"(?<!anything\sto\s)(?<!nothing\sto\s)(?:save|hold|reserve|keep|get|find|secure|guarantee)\s+(?:you\s+)?(?:a|your)\s+(?:[\w-]+\s+)?(?:place|seat|spot|table)\b", r"guaranteed\s+(?:[\w-]+\s+)?(?:place|seat|spot|slot|table|space|appointment)\b", r"(?:saved|held|reserved|kept|set\s+aside|put\s+aside)\s+(?:you\s+)?(?:a|an|\d+|two|three|four|five|six|some)\s+(?:[\w-]+\s+){0,2}?(?:places|seats|spots|tables)\b",  # "We've also kept four seats in the front row for your family"
               r"(?:see|meet|fit|book|call|visit|serve)\s+you\s+(?:in\s+)?(?:[\w-]+\s+){0,4}?(?:at\s+(?:whatever|any)\s+time|outside\s+(?:[\w-]+\s+)?(?:office|opening|business|working|surgery)\s+hours)\b",  # "Mr Kessler will see you at whatever time works for you"
               r"(?:keep|take)\s+(?:it|them|the\s+[\w-]+)\s+off\s+the\s+market\b|(?:hold|keep|reserve)\s+(?:it|them|the\s+[\w-]+)\s+for\s+you\s+(?:until|till)\b|(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:hold|keep|reserve)\s+(?:it|them|your\s+[\w-]+)\s+(?:until|till)\b|\b(?:will\s+be|is|are|and)\s+(?:now\s+)?(?:being\s+)?(?:held|kept|reserved)\s+(?:for\s+you\s+)?(?:[\w-]+\s+){0,4}?(?:until|till)\b|(?:we|i)(?:'ve|\s+have)\s+(?:held|kept|reserved)\s+(?:[\w-]+\s+){1,8}?for\s+you\s+(?:until|till)\b",  # "We will hold it until Sunday 7 April", "Your order will be held until 18 September", "packed now and held in chiller bay 3 until 21:00"  # "we'll keep it off the market for you until you've seen it"
               _QUEUE_EN, r"top\s+of\s+(?:the|her|his|their|our|my)\s+(?:[\w-]+\s+)?(?:list|queue|pile)", r"(?:won't|will\s+not|don't|do\s+not)\s+(?:have|need)\s+to\s+(?:queue|wait\s+in\s+(?:line|the\s+queue))\b", r"front\s+of\s+(?:the|her|his|their|our|my)\s+(?:[\w-]+\s+)?(?:queue|line)", r"ahead\s+of\s+(?:the\s+)?(?:others|everyone|queue|line)|before\s+(?:anyone|everyone)\s+else",
               WHILE_THERE, r"(?:personal|dedicated)\s+(?:account\s+)?(?:manager|contact|agent|adviser|advisor)",
               r"give\s+(?:the|your|it|them)\s+(?:[\w-]+\s+){0,3}?an?\s+(?:proper\s+|free\s+|quick\s+|good\s+|full\s+|thorough\s+)?(?:clean|service|check-?up|once-over|tune-up|polish|valet|wash)\b",
               r"\b(?:back|returned|come\s+back|comes\s+back)\s+(?:to\s+you\s+)?with\s+an?\s+(?:free\s+|full\s+|complimentary\s+|proper\s+)?(?:valet|wash|clean|polish)\b",  # "the car will come back to you with a full valet"
               # the customer's own errand taken on: "can't find an electrician in time? We'll sort one out for you"
               r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:happily\s+|gladly\s+)?(?:sort|find|arrange|book|organi[sz]e|get)\s+(?:one|someone|somebody|an?\s+(?:qualified\s+)?(?:electrician|plumber|engineer|technician|fitter|installer|tradesman|contractor|gas\s+engineer))\s+(?:out\s+)?for\s+you\b"],
        "ru": [r"(?<!\w)(?:оставим|придержим|забронируем|сохраним|отложим)\s+(?:[\w-]+\s+){0,3}?(?:мест[аоу]?|столик\w*)(?!\w)",  # «Бабушке с дедушкой оставим места в первом ряду»
               r"за\s+(?:вами|тобой|ваш(?:им|ей)\s+[а-яё]+)\s+(?:(?:мы\s+)?(?:уже\s+)?)(?:сохраним|сохранят|сохраню|оставим|оставят|закрепим|закрепят|забронируем|придержим|придержали|сохранили|оставили|закрепили|забронировали)(?!\w)|(?:сохраним|сохранят|оставим|оставят|закрепим|закрепят|придержим|придержали|закрепили|забронировали)\s+(?:[\w-]+\s+){0,3}?за\s+(?:вами|тобой|ваш(?:им|ей)\s+[а-яё]+)(?!\w)", r"(?<!\w)чтобы\s+мы\s+(?:успели\s+)?(?:закрепили|забронировали|сохранили|придержали|оставили)\s+(?:за\s+вами\s+)?(?:[\w-]+\s+){0,2}?(?:дату|время|место|слот|бокс|номер|столик)(?!\w)",  # «Ответьте до 16 июня, чтобы мы закрепили дату»
               r"(?<!\w)(?:я\s+|мы\s+)?обеща(?:ю|ем)(?!\w)", r"<проследить:futr,1per>", r"<позаботиться:futr,1per>", r"<гарантировать:pres,1per|futr,1per>", r"(?<!\w)(?:первым\s+делом|в\s+первую\s+очередь)\s+(?:направим|пришл[её]м|отправим|пошл[её]м)(?!\w)|(?:вне|без)\s+(?:всякой\s+|общей\s+)?очереди|без\s+(?:всякого\s+)?ожидания|(?<!остались\s)(?<!осталась\s)(?<!остался\s)(?<!оказались\s)без\s+(?:предварительной\s+)?записи|(?:стоять|ждать)\s+в\s+очереди\s+(?:вам\s+|тебе\s+)?не\s+(?:придётся|придется|нужно|надо|потребуется)", r"в\s+(?:приоритетном|ускоренном|срочном|первоочередном)\s+порядке",
               r"раньше\s+(?:остальных|других|всех|очереди)", r"(?<!\w)(?:первым|первой|первыми)\s+(?:выбрать|выбирать|записаться|забронировать)(?!\w)", r"(?<!\w)(?:бронировать|забронируем|бронируем|записывать|запишем|оставлять|оставим|рассматривать|рассмотрим)\s+(?:[\w-]+\s+){0,3}?в\s+первую\s+очередь(?!\w)", r"(?:в\s+начал\w*|перв\w+\s+в)\s+(?:[\w-]+\s+)?(?:очеред\w*|лист\w*\s+ожидания|списк\w*)", r"(?:персональн|личн|отдельн|выделенн)\w*\s+(?:менеджер|консультант|куратор|инженер|специалист)\w*", r"заодно\s+(?:и\s+)?(?:\w+\s+)?\w+(?:ит|ет|ят|ут|ют|ат|им|ем)\b",
               r"<приоритет>", r"гарантированно", r"<ускорить:futr,1per>", r"в\s+(?:порядке|виде|качестве)\s+исключения|как\s+исключение", r"индивидуальн\w*\s+(?:консультаци\w*|заняти\w*|урок\w*|встреч\w*)", r"(?<!\w)экспресс-(?:курьер|доставк|почт)\w*"],
    },
    # a trip made for the customer: "we'll bring the phone round to your home", «сами привезём телефон к вам домой»
    "delivery": {
        "en": [r"(?:will\s+be|is\s+being|are\s+being)\s+(?:re-?delivered|brought\s+(?:to\s+you|round|over))\b",  # "2 bags … will be redelivered tomorrow"
               r"\b(?:in|with|by|on)\s+our\s+own\s+(?:vans?|drivers?|couriers?|vehicles?|lorr(?:y|ies)|trucks?)\b",  # "we'll bring it over in our own van"
               r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+|happily\s+)?(?:drive|run|take|give)\s+you\s+(?:a\s+lift\s+)?(?:home|back\s+home|to\s+(?:work|the\s+station|your\s+(?:home|office|hotel)))\b",  # "we'll drive you home in our shuttle"
               r"(?:drop|bring|deliver|leave)\s+(?:off\s+)?(?:a\s+few|some|a\s+couple\s+of|\d+|two|three)\s+(?:[\w-]+\s+){0,3}?(?:at|to|round\s+to)\s+your\s+(?:door|home|house|flat|doorstep)\b",  # "we'll drop a few cases of water at your door"
               r"(?:we|i|he|she|\band(?=\s+will\b)|(?:the|our|a|one\s+of\s+our)\s+(?:courier|driver|engineer|technician|mechanic|team|staff|nurse|pharmacist|colleague)s?)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|\s+can)?\s+(?:(?:also|then|personally|happily|gladly)\s+)?(?:[a-z]+\s+(?:it|them)\s+and\s+)?(?:bring|deliver|drop|drive|take|courier|return|tow)\s+((?:[\w-]+\s+){0,3}?)(?:round\s+|over\s+|off\s+|back\s+|straight\s+|right\s+)?(?:to|at)\s+(?:you\b|your\s+(?:[\w-]+['’]s\s+)?(?:home|door|house|flat|apartment|address|office|place|venue|hotel|workplace)|(?:a|the|any)\s+(?:garage|workshop|address|branch|dealer)\s+of\s+your\s+choice)",  # "drop the tablets round to your mum's house", "tow the car to a garage of your choice", "…and will deliver bottled water to your door"
               r"(?:have|get)\s+(?:it|them|the\s+[\w-]+|your\s+[\w-]+)\s+(?:delivered|brought|sent|dropped\s+off)\s+(?:straight\s+|right\s+)?(?:to|at)\s+(?:you\b|your\s+(?:home|door|house|flat|apartment|address|office|place))",
               r"(?:bring|deliver|drop|take|drive)\s+(?:[\w-]+\s+){0,3}?(?:round\s+|over\s+|back\s+)?to\s+you\s+(?:himself|herself|themselves|ourselves|myself|personally|in\s+person)\b",  # "Callum will bring another one over to you himself"
               r"(?:collect|pick)\w*\s+((?:[\w-]+\s+){0,3}?)(?:up\s+)?from\s+(?:you\b|your\s+(?:home|door|house|flat|apartment|address|office|place))", r"\b(?:come|visit)\s+(?:and\s+(?:[\w-]+\s+){1,4}?)?(?:to\s+your\s+(?:home|house|flat|apartment|place)|at\s+(?:your\s+)?home)\b|\b(?:visit|see)\s+you\s+at\s+home\b",  # "a nurse can come and give the jabs at home"
               r"(?:home|door-to-door|doorstep)\s+(?:delivery|collection|visit)",
               r"(?:we|i)(?:'ll|\s+will|\s+can|'re\s+going\s+to|\s+are\s+going\s+to)?\s+(?:also\s+|then\s+)?re-?deliver\b",  # "we will redeliver on Saturday": a trip to the customer
               r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?send\s+(?:someone|somebody|an?\s+(?:[\w-]+\s+)?(?:engineer|technician|plumber|electrician|fitter|installer|team|crew|supervisor|manager|specialist|surveyor|inspector|assessor|expert|nurse|doctor|vet|phlebotomist|paramedic|carer))\b",  # "we'll send someone today", "we can send a nurse"
               r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:get|send|ship|post|rush)\s+(?:a|an|another|your)\s+(?:[\w-]+\s+){0,3}?out\s+to\s+you\b", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?send\s+(?:you\s+)?(?:a|our|one\s+of\s+our)\s+(?:driver|car|taxi|cab|minibus|shuttle|chauffeur)\b"],  # "I'll get a size 10 out to you by express"
        "ru": [r"(?<!\w)(?:наш\w*\s+)?собственн\w+\s+(?:курьер|машин|водител|фургон)\w*",  # «отвезёт наш собственный курьер»
               r"(?:может|можем|сможет|сможем|готов\w*)\s+(?:к\s+вам\s+)?(?:приехать|прийти|выехать|заехать)\b[^.!?\n]{0,40}?(?:у\s+вас\s+дома|на\s+дом(?!\w)|к\s+вам\s+домой)",  # «медсестра может приехать и взять кровь у вас дома»
               r"<привезти:futr,1per>\s+(?:вам|тебе)(?!\w)",  # «До замера привезём вам масляный обогреватель»
               r"(?<!\w)сами\s+<привезти:futr,1per>|<привезти:futr,1per>\s+(?:[\w-]+\s+){0,3}?сами(?!\w)",  # «сами привезём телефон курьером в пределах МКАД» (not «привезём крепёж курьером»: sent)
               r"(?:<привезти:futr>|<доставить:futr>|<отвезти:futr>|<завезти:futr>|<вернуть:futr>)\s+((?:[\w-]+\s+){0,3}?)(?:к\s+вам|вам\s+домой|домой|на\s+дом|по\s+вашему\s+адресу|на\s+ваш\s+адрес|(?:вам\s+)?на\s+работу|(?:вам\s+)?в\s+офис|(?:прямо\s+)?к\s+(?:вашей\s+|вашему\s+)?(?:квартире|двери|подъезду|дому)|до\s+(?:вашей\s+)?(?:двери|квартиры|подъезда))",
               r"(?:к\s+вам\s+домой|на\s+дом|вам\s+домой)\s+((?:[\w-]+\s+){0,3}?)(?:<привезти:futr>|<доставить:futr>|<отвезти:futr>|<завезти:futr>)",
               r"(?:сам|сама|сами)\s+(?:приедет|приедут|приедем|заедет|заедут|заедем|подъедет|подъедем)\s+к\s+(?:вам|тебе)",  # «специалист сам приедет к вам»
               r"(?:<взять:futr,1per>|<сделать:futr,1per>|<провести:futr,1per>|<осмотреть:futr,1per>)\s+((?:[\w-]+\s+){0,4}?)(?:прямо\s+)?(?:у\s+вас\s+дома|на\s+дому)",  # «кровь на анализы возьмём прямо у вас дома»
               r"<забрать:futr>\s+((?:[\w-]+\s+){0,3}?)(?:у\s+вас|из\s+дома|из\s+вашего\s+дома|с\s+вашего\s+адреса|по\s+вашему\s+адресу)", r"<выезд>\s+(?:\w+\s+)?(?:к\s+вам|на\s+дом)",
               r"<доставить:futr>\s+((?:[\w-]+\s+){0,2}?)(?:повторно|ещ[её]\s+раз|заново)",  # «доставим повторно в субботу»
               r"(?:<прислать:futr,1per>|<направить:futr,1per>|<отправить:futr,1per>)\s+(?:к\s+вам\s+|за\s+вами\s+|вам\s+)?(?:<мастер>|<специалист>|<техник>|<инженер>|<сантехник>|<электрик>|<бригада>|машину|такси|водителя|автомобиль|трансфер)(?!\w)"],  # «пришлём мастера уже сегодня», «пришлём за вами такси»
    },
    "upgrade": {
        "en": [r"(?:a|one)\s+(?:category|class|grade|tier|size)\s+(?:above|higher|up)\b", r"(?:we|i)(?:'ve|'ll|\s+have|\s+will)?\s+(?:also\s+|already\s+|just\s+)?(?:raised|increased|lifted|raise|increase|lift)\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:limit|credit\s+line|allowance)\b",  # "I've raised your card limit"
               r"lounge\s+(?:access|pass|passes|visit)\b|access\s+to\s+(?:the|our|a)\s+(?:[\w-]+\s+)?lounge\b", r"upgrad\w*\s+(?:you|your\s+(?:room|seat|ticket|plan|class|booking|flight|car|cabin|stay))", r"(?:an?|free|complimentary)\s+upgrade", r"(?:put|move|seat|book|rebook|fly|switch)\w*\s+you\s+(?:\w+\s+)?(?:in|into|on|to)\s+(?:a\s+|the\s+)?(?:business|first|premium(?:\s+economy)?|club)(?:[- ]class)?\b",
               r"move\s+(?:you|your\s+\w+|the\s+(?:\w+\s+)?of\s+you)\s+(?:\w+\s+)?(?:closer|nearer|forward|to\s+(?:a\s+|the\s+)?better)\b", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?(?:move|switch|transfer)\s+(?:you|your\s+\w+|the\s+(?:\w+\s+)?of\s+you)\s+(?:both\s+|all\s+|two\s+)?(?:up\s+)?to\s+(?:(?:a|the|new|other|different|better|\w+er)\s+)*(?:seats?|rooms?|cabins?|class|tier|section|row|suite|stalls|box)\b"],
        "ru": [r"(?:доступ|проход)\w*\s+в\s+(?:бизнес-?|vip-?|вип-?)?(?:зал|лаунж)\w*", r"<повысить>\s+((?:\w+\s+){0,2}?)(?:<класс>|<категория>|<тариф>|<лимит>(?!\s+(?:по\s+)?(?:ваш\w*\s+)?карт\w*))", r"(?:<поднять:futr,1per|past>|<увеличить:futr,1per|past>)\s+((?:\w+\s+){0,2}?)<лимит>",  # «я уже поднял вам лимит по карте»
               r"<пересадить>\s+((?:\w+\s+){0,2}?)в\s+бизнес", r"(?:закрепил\w*|забронировал\w*|выделил\w*|оформил\w*|закрепим|забронируем|выделим|оформим)\s+[^.!?\n]{0,40}?бизнес[- ]?класс\w*|бизнес[- ]?класс\w*[^.!?\n]{0,40}?(?:закрепил\w*|забронировал\w*|выделил\w*|оформил\w*|закрепим|забронируем|выделим|оформим)", r"<поднять:futr,1per>\s+((?:\w+\s+){0,3}?)(?:классом|категорией|уровнем)\s+выше", r"<пересадить:futr,1per>\s+((?:\w+\s+){0,3}?)(?:поближе|ближе|получше|лучше)", r"(?:<подобрать:futr,1per>|<найти:futr,1per>|<дать:futr,1per>)\s+((?:[\w-]+\s+){0,2}?)(?:<место>|<номер>|<каюта>)\s+(?:получше|лучше|поближе)"],  # «подберём места получше»
    },
    # what is extended is what the extension is about: "your access now runs two weeks longer" is the draft's "extended your access"
    # a warranty of our own: "we'll give you a two-year warranty on the work", «на работу мы дадим гарантию на два года»
    "warranty": {
        "en": [r"(?:we|i)(?:'ll|\s+will|\s+can|\s+are\s+going\s+to)\s+(?:also\s+)?(?:give|offer|provide|add)\s+(?:you\s+)?(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:warranty|guarantee)\b"],
        "ru": [r"(?:даём|даем|предоставляем|<дать:futr,1per>|<предоставить:futr,1per>)\s+(?:вам\s+)?(?:[\w-]+\s+){0,2}?<гарантия>"],
    },
    "extension": {
        "en": [r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:still\s+|also\s+)?(?:hold|keep|honou?r|freeze|lock\s+in)\s+(?:the|that|this|your|our)\s+(?:[\w£$€.,-]+\s+){0,2}?(?:price|quote|rate|fee)\b",  # a price held past its term: "we'll still hold the price for you"
               r"push\w*\s+(?:it|that|this|the\s+(?:date|expiry|deadline))\s+back\s+(?:again|further)\b",  # "we'll push it back again": the extended date moved on
               r"extend\w*\s+(?:your|the)\s+((?:[\w-]+\s+){0,2}?(?:warranty|guarantee|subscription|plan|trial|membership|access|return\s+window|deadline|due\s+date|allowance|cover|coverage|offer|voucher|pass))\b",
               r"(?:warranty|guarantee|subscription|plan|trial|membership|access|return\s+window|deadline|due\s+date)\s+(?:[\w-]+\s+){0,3}?(?:has|have|is|was|will)\s+(?:now\s+|also\s+)?(?:been\s+|be\s+)?extended\b",  # "the registration deadline for you has been extended"
               r"(?:\d+|one|two|three|four|a|an)\s+(?:extra\s+)?(?:days?|weeks?|months?)\s+longer\b",
               r"(?:an?|one|two|three|\d+)\s+(?:extra|more|additional|further)\s+(?:days?|weeks?|months?)\s+to\s+(?:pay|settle|return|decide|complete|submit|cancel)\b",  # "we're happy to give you an extra week to pay it"
               r"(?:move|transfer|carry)\w*\s+(?:over\s+)?((?:[\w-]+\s+){0,4}?)(?:onto|to|into)\s+(?:a\s+new|another|your\s+next)\s+(?:pass|membership|plan|subscription|term|course|package|card)\b",  # "we'll move your 3 classes onto a new pass"
               r"(?:an?|free|extra)\s+(?:[\w-]+\s+){0,2}?extension(?!\s+(?:cable|lead|cord|socket|number|of\s+time)|\s+(?:of\s+\d+\s+\w+\s+)?for\s+(?:an?\s+)?[$£€]\s?\d)", r"(?:we|i)(?:'ll|\s+will|\s+can|'ve|\s+have)\s+(?:(?:also|happily|gladly|keep|simply|just|now|already)\s+)?extend\w*\s+(?:it|them|the\s+(?:hold|pause|freeze|suspension|grace\s+period|payment\s+date|deadline)|your\s+(?:[\w-]+\s+)?(?:voucher|membership|booking|subscription|deadline|trial|warranty|pass|plan|hold)|(?-i:[A-Z]{1,4}-?\d[\w-]*))\b", r"(?:asked|told|instructed|got)\s+(?:[\w-]+\s+){1,3}?to\s+extend\b", r"(?:agreed|approved|authori[sz]ed|arranged)\s+to\s+extend\w*\s+(?:it|them|your|the|this|that)\b",  # "our manager has agreed to extend it until 30 April"
               r"(?:won't|will\s+not)\s+(?:chase|pursue|press|collect|debit)\s+(?:you\s+(?:for\s+)?)?(?:it|that|this|the\s+(?:payment|balance|bill|invoice|debt|amount)\b|(?:the\s+)?[$£€]\s?\d+(?:[.,]\d+)*)", r"(?:paused|suspended|deferred|postponed|held|frozen)\s+(?:your|the)\s+(?:[$£€]\s?\d[\d.,]*\s+)?(?:next\s+)?(?:monthly\s+)?(?:direct\s+debit|payment|instal+ment|collection)s?\b", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:also\s+)?(?:pause|suspend|defer|postpone|push\s+back|move\s+back)\s+(?:(?:your|the)\s+)?(?:next\s+)?(?:monthly\s+)?(?:direct\s+debit|payment|instal+ment|collection|billing|renewal|charge)s?(?:\s+(?:date|day))?\b", r"add\w*\s+(?:an?\s+|one\s+|two\s+|\d+\s+)?(?:extra|free|additional|bonus)\s+(?:days?|weeks?|months?|years?)\b",
               r"add\w*\s+(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fourteen|thirty)\s+(?:days?|weeks?|months?|years?)\s+(?:to|onto)\s+(?:your|the|that|this)\s+(?:[\w-]+\s+)?(?:subscription|plan|membership|contract|pass|term|warranty|guarantee)\b",  # "We've added 8 days to your annual plan"
               r"(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(?:days?|weeks?|months?)\s+(?:have|has)\s+(?:already\s+|now\s+|also\s+)?been\s+added\s+(?:to|onto)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:subscription|plan|membership|contract|pass|term)\b",
               r"add\w*\s+(?:the|those|these)\s+((?:\w+\s+){0,2}?)(?:days?|weeks?|months?)\s+((?:\w+\s+){0,3}?)(?:to|onto)\s+(?:your|the)\s+(?:\w+\s+)?(?:subscription|plan|membership|contract|period|term)",
               r"(?:hold|keep|store)\s+(?:it|them|(?:the|your)\s+[\w-]+)\s+(?:(?:at|in)\s+(?:the\s+)?[\w-]+\s+)?(?:for\s+)?(?:an?|one|two|three|\d+)\s+(?:extra|more|additional|further)\s+(?:days?|weeks?)\b",  # "have the shop hold it an extra week"
               r"late\s+check-?out", r"pay\s+(?:it\s+|this\s+|that\s+|the\s+(?:bill|invoice|balance|amount|rest|remainder|fee|charge|cost|debt|arrears)\s+|your\s+(?:bill|invoice|balance|fee|debt|arrears)\s+)?in\s+(?:(?:\d+|two|three|four|five|six|ten|twelve)\s+(?:monthly\s+|weekly\s+|equal\s+)?(?:instal+ments|payments|parts)|(?:monthly\s+|weekly\s+|equal\s+)?instal+ments)\b", r"(?:split|spread|break)\w*\s+(?:it|this|that|the\s+[\w-]+|your\s+[\w-]+|the\s+(?:cost|payment|balance|amount))\s+(?:up\s+)?(?:into|over|across)\s+(?:\w+\s+){0,2}?(?:payments|instal+ments|months|weeks)\b", r"split\s+(?:the|your|this|that)\s+(?:payment|balance|invoice)s?\b(?!\s+(?:with|between)\b)", r"(?:stay|keep)\s+(?:in\s+)?(?:the|your)\s+room\s+(?:until|till|longer|later)\b"],  # "We can split the payment: £415 now and £400 by 30 June"; a stay made longer
        "ru": [r"<продлить:futr,1per|INFN>\s+((?:\w+\s+){0,2}?(?:<гарантия>|<подписка>|<тариф>|<срок>|<пробный>|<доступ>|<абонемент>|<хранение>))", r"(?:<гарантия>|<подписка>|<тариф>|<пробный>|<доступ>|<абонемент>|<хранение>)\s+((?:\w+\s+){0,3}?)(?:мы\s+(?:\w+\s+){0,2}?)?<продлить:futr,1per>", r"<отсрочка>", r"<рассрочка>",
               r"<добавить:futr,1per|INFN>\s+((?:\w+\s+){0,3}?)к\s+(?:\w+\s+)?(?:<период>|<подписка>|<тариф>|<абонемент>|<срок>)",  # «дни простоя добавим к оплаченному периоду»
               r"поздн\w+\s+(?:выезд|выселени)\w*", r"(?:<подержать:futr>|<придержать:futr>|<продержать:futr>|<сохранить:futr>|<оставить:futr>)\s+((?:[\w-]+\s+){0,3}?)(?:ещ[её]|дополнительно|лишн\w+)\s+(?:на\s+)?(?:\d+\s+|одну\s+|две\s+|три\s+)?(?:<день>|<неделя>|<сутки>)",  # «придержим заказ ещё неделю», «продержим упаковки для вас ещё неделю»
               r"остаться\s+в\s+номере\s+(?:до|подольше|дольше)"],  # «отель разрешит вам остаться в номере до вечера»
    },
    "replacement": {
        "en": [r"replac(?:e|ed|ement|ing)\b", r"(?:get|send|ship|put|load)\w*\s+(?:you\s+)?(?:a|an|one|two|three|\d+|some)\s+(?:fresh|new|replacement)\s+(?:[\w-]+\s+){0,3}?(?:on|onto|to|out\s+to)\b",  # "we'll get two fresh pallets of tiles on a truck to you"
               r"\bor\s+(?:a|an)\s+(?:new|fresh)\s+(?:order|one|meal|item|box|delivery|parcel)\b", r"\b(?:have|get)\s+(?:you\s+)?(?:a|an|another)\s+(?:brand[\s-]new\s+|new\s+|replacement\s+)(?:[\w-]+\s+){0,2}?(?:made|sewn|built|printed|cut|knitted|tailored)\b",  # "we'll have a new pair made to the same measurements"  # "a full refund …, or a new order from the same restaurant"
               r"(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:also\s+)?(?:buy|get|order|purchase)\s+you\s+(?:a|an|another)\s+(?:brand[\s-]new\s+|new\s+|fresh\s+|spare\s+)?(?:[\w-]+\s+)?(?:licen[cs]e|charger|cable|one|unit|device|phone|laptop|set|pair|copy|key|card|battery|adapter)\b",  # "we'll buy you a new licence"
               r"(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:also\s+)?(?:buy|get|order)\s+you\s+(?:the\s+same|an?\s+identical)\s+(?:[\w-]+\s+){0,3}?new\b",  # "we'll buy you the same coat new"
               r"(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:also\s+)?(?:buy|get|order|purchase)\s+(?:you|your\s+[\w-]+|him|her|them)\s+(?:a|an)\s+(?:brand[\s-]new|new)\s+[\w-]+",  # "we'll get your son a brand-new hoodie"
               r"(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:also\s+|then\s+)?(?:[a-z]+\s+and\s+)?(?:source|make|engrave|produce|craft|build|sew|print|bake|knit|cast|carve|frame)\s+(?:you\s+)?(?:a|an)\s+(?:brand[\s-]new|new|fresh|replacement)\s+[\w-]+",  # "we'll source and engrave a new salver for you"
               r"(?:courtesy|loan|hire)\s+(?:cars?|vehicles?|instruments?)\b|(?:courtesy|loan)\s+(?:bikes?|phones?|laptops?|devices?|units?|sets?)\b", r"(?:send|lend|give|bring|loan)\s+you\s+[^.!?\n]{0,40}?\bto\s+use\b",  # "we'll send you a couple of electric heaters to use until…"
               r"(?:send|post|put)\s+(?:you\s+)?(?:out\s+)?a\s+(?:second|new|fresh|spare)\s+(?:[\w-]+\s+)?(?:kit|unit|device|card|copy|box|parcel|pack)\b", r"(?:sent|send|dispatch(?:ed)?|ship(?:ped)?|post(?:ed)?|courier(?:ed)?)\s+(?:you\s+)?(?:out\s+)?a\s+(?:new|fresh|second)\s+one\b", r"(?:send|give|lend|bring)\s+(?:you|her|him|them)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:phone|mobile|device|router|modem|car|vehicle|laptop|handset|tablet|heater)\s+to\s+use\b", r"\blend(?:s|ing)?\s+you\s+(?:one|a|an|our|another)\b", r"\bloaner\b(?![^.;!?\n]{0,30}?\b(?:came\s+back|was\s+returned)\b)", r"\b(?:while|until|for\s+the\s+duration\s+of)\s+[^.!?\n]{1,40}?,?\s+(?:we|i)(?:'ll|\s+will)\s+(?:bring|lend|give|send|drop\s+off)\s+you\s+(?:a|an)\b", r"(?:issue|give|lend|provide|courier|send|ship|bring|post|mail|leave)\w*\s+you\s+(?:with\s+)?(?:a|an)\s+(?:temporary|loan|loaner|spare)\b", r"(?:lend|courier|send|ship|bring|post|mail)\w*\s+you\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:to\s+use\s+(?:until|till|while|in\s+the\s+meantime)|in\s+the\s+meantime)\b", r"in\s+the\s+meantime,?\s+(?:we|i)(?:'ve|\s+have|'ll|\s+will)?\s+(?:lent|lend|couriered|courier|sent|send|shipped|ship|posted|post|mailed|mail)\s+(?:you\s+)?(?:a|an)\b", r"re-?ship\w*", r"re-?send\w*", r"re-?sent\b", r"(?:send|ship)\w*\s+(?:you\s+)?(?:a\s+|an\s+)?(?:(?:brand[- ])?new|refurbished|replacement)\s+(one|\w+)", r"(?:get|getting|receive|have|give\s+you|provide\s+you\s+with)\s+a\s+(?:brand[- ])?new\s+one", r"(?:a|your|the)\s+(?:brand[- ])?new\s+(?:one|card|device|unit|pair)\s+(?:(?:will|should|is\s+going\s+to)\s+(?:arrive|reach\s+you|be\s+(?:sent|posted|delivered|with\s+you))|(?:(?:was|has\s+been|is\s+being)\s+)?(?:sent|posted|dispatched|issued|mailed|shipped)\b)",
               r"(?:exchange|swap)\w*\s+((?:[\w()-]+\s+){0,5}?)for\s+(?:a\s+|an\s+)?(?:new|another|different|brand)", r"(?:collect|pick\s+up)\s+((?:[\w-]+\s+){0,4}?)and\s+(?:[\w-]+\s+)?(?:deliver|bring|drop\s+off)\w*\s+(?:you\s+)?(?:the|a|an|your)\b",  # a swap: "collect the red one and deliver the black one"
               r"(?:bring|deliver|drop\s+off|fit|install)\w*\s+(?:you\s+)?a\s+(?:brand[- ])?new\s+one\b", r"(?:delivery|installation|fitting)\s+of\s+a\s+(?:brand[- ])?new\s+(?:one|unit|machine|appliance)\b", r"(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:(?:have|get)\s+(?:a|an|the|our)\s+[\w-]+\s+(?:to\s+)?|\w+\s+)?(?:send|ship|get|bring|post|courier)\w*\s+(?:you\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?with\s+)?(?:another|a\s+second|a\s+fresh)\b", r"(?:we|i)(?:'ll|\s+will|\s+can|'d|\s+would)\s+(?:also\s+|happily\s+|gladly\s+|then\s+)?exchange\s+(?:it|them|the|your|this|that|those|these)\b"],
        "ru": [r"(?:дадим|выдадим|предоставим)\s+(?:вам\s+)?(?:на\s+(?:это\s+|то\s+)?время\s+)?(?:наш|нашу|наше|свой|свою|своё|временн\w+)\s+[а-яё-]+",  # «на это время дадим вам наш аккумулятор»
               r"(?:дадим|выдадим|можем\s+(?:на\s+время\s+)?(?:дать|выдать)|предоставим)\s+(?:вам\s+)?[^.!?\n]{0,40}?(?:подменн\w+|обменного\s+фонда|на\s+время\s+ремонта)", r"(?:<прислать:futr,1per>|<отправить:futr,1per>|<выслать:futr,1per>)\s+(?:вам\s+)?(?:[\w-]+\s+){0,3}?(?:другого\s+(?:производителя|бренда)|аналог\w*)(?!\w)", r"(?:<прислать:futr,1per>|<отправить:futr,1per>|<выслать:futr,1per>)\s+(?:вам\s+)?(?:ещё\s+|еще\s+)?(?:так(?:ое|ой|ую|ие)\s+же|точно\s+так(?:ое|ой|ую|ие)\s+же)(?!\w)",  # «пришлём вам цепь другого производителя того же класса»
               r"(?:дадим|выдадим|предоставим)\s+(?:вам\s+)?(?:[\w-]+\s+)?(?:автомобиль|машину|авто)\s+(?:из\s+(?:нашего|своего)\s+(?:парка|автопарка)|на\s+(?:это|эти|время))",  # «на эти дни дадим автомобиль из нашего парка»
               r"<замена>(?!\s+не\s+(?:окажется|будет|найд\w*|появится))", r"<заменить>", r"(?:<установить>|<поставить>)\s+(?:вам\s+)?<новый>", r"(?<!\w)взамен\s+(?:[\w-]+\s+)?(?:<отправить:futr,1per>|<прислать:futr,1per>|<привезти:futr,1per>|<выдать:futr,1per>)|(?:<отправить:futr,1per>|<прислать:futr,1per>|<привезти:futr,1per>|<выдать:futr,1per>)\s+(?:[\w-]+\s+){0,6}?взамен(?!\w)",  # «Две паллеты взамен отправим»
               r"<новый>\s+(?:[\w()₽$€£-]+,?\s+){1,8}?(?:(?:<заказать:futr,1per>|<купить:futr,1per>)\s+и\s+)?(?:<поставить:futr,1per>|<установить:futr,1per>)", r"<подменный>", r"<выдать:futr,1per>\s+(?:вам\s+)?(?:<временный>|<бесплатный>)", r"(?:<дать:futr,1per>|<выдать:futr,1per>|<предоставить:futr,1per>|<привезти:futr,1per>)\s+(?:вам\s+)?(?:<другой>|<временный>|на\s+время)", r"на\s+время\s+((?:[\w-]+\s+){0,3}?)(?:<дать:futr,1per>|<выдать:futr,1per>|<предоставить:futr,1per>|<привезти:futr,1per>|<завезти:futr,1per>)",  # «На время ремонта привезём вам электроплитку»
               r"(?<!деньги\s)(?<!средства\s)(?:<отправить>|<прислать>|<выслать>)\s+(?:вам\s+|его\s+|её\s+|ее\s+|их\s+)?(?:<новый>|повторно)", r"(?:<отправить:futr,1per>|<прислать:futr,1per>|<привезти:futr,1per>)\s+(?:вам\s+)?(?:ещ[её]\s+(?:один|одну|одно)|<другой>)", r"<обменять:futr,1per|INFN>", r"<обмен>",
               r"<забрать:futr>\s+((?:[\w«»-]+\s+){0,5}?)и\s+(?:[\w-]+\s+)?<привезти:futr>|<привезти:futr>\s+((?:[\w«»-]+\s+){0,5}?)и\s+(?:[\w-]+\s+){0,2}?<забрать:futr>",  # a swap: «курьер заберёт красный и привезёт чёрный»
               r"<привезти:futr>\s+((?:[\w«»:,-]+\s+){0,9}?)и\s+(?:[\w-]+\s+){0,2}?<забрать:futr>\s+(?:тот|ту|те|то|старый|старую|старое|старые|прежн\w+|неисправн\w+|ошибочн\w+|бракованн\w+|неправильн\w+|поврежденн\w+|повреждённ\w+)(?!\w)",  # «привезёт правильный 2 июня с 12:00 до 18:00 и заберёт тот, что пришёл по ошибке»
               r"(?<!с\s)(?:новый|новая|новое|новые|новую)\s+((?:(?:[\w«»()×-]+(?:[.,]\d+)?|руб\.|тыс\.|шт\.),?\s+){0,8}?)(?:<привезти:futr>|<доставить:futr>|<отправить:futr|past|PRTS>|<направить:futr|past|PRTS>|<отгрузить:futr>|<прислать:futr>|<выслать:futr|past|PRTS>|<заказать:past|PRTS>)|(?:<привезти:futr>|<доставить:futr>|<прислать:futr>)\s+(?:вам\s+)?<новый>",
               r"<поменять:past|futr,1per|INFN>\s+((?:[\w«»-]+\s+){0,2}?)на\s+(?:<новый>|<другой>|(?=«|(?-i:[А-ЯЁA-Z])))", r"<поменять:futr,1per>\s+(?:вам\s+)?(?:его|её|ее|их)(?!\w)", r"(?<!\w)[а-яё]+(?:им|ём|ем)\s+(?:вам\s+|тебе\s+)?взамен(?!\w)"],  # «поменяла его на «Лосось…»»
    },
}
# How a remedy always goes, said in the present: the draft's terms («Сумма брони возвращается в полном объёме в течение 10
# рабочих дней», "the deposit is returned within 10 days"), a promise only in a draft: a rewrite that tells it ("we'll return
# your deposit within 10 days") keeps it, while a rewrite's own «деньги возвращаются» is no promise of its own
USUAL: dict[str, dict[str, list[str]]] = {
    "refund": {
        "en": [r"(?:refunds?|money|amount|deposit|payment|fee|sum|balance|difference)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:(?:fully|always|then)\s+)?(?:returned|refunded|paid\s+back)\b",
               r"(?:hold|pre-?authori[sz]ation|block)\s+(?:[\w-]+\s+){0,6}?(?:was|has\s+been|have\s+been|will\s+be)\s+released\b",  # a card hold released: the money comes back (the draft's; a rewrite may tell it as money back)
               r"\brevers\w*\s+(?:it|them)\b"],  # a charge spoken of before: "asked her to reverse it" (a rewrite names it: "reverse the fee")
        "ru": [r"<возврат>\s+(?:[\w-]+\s+){0,2}?(?<!не\s)(?:оформляется|производится|осуществляется|проводится|выполняется|занимает|займ[её]т)(?!\w)",  # «Возврат оформляется в течение 10 рабочих дней после заявления»
               r"<вернуть:INFN>\s+(?:(?:его|е[её]|их|эти|деньги|сумму)\s+)?можно(?!\s+было)(?!\w)",  # «Вернуть его можно по заявлению на имя проректора»: the draft's option (a rewrite's «вернуть их можно через банк получателя» may be another's)
               r"%money%\s+((?:(?!не\s)[\w.,-]+\s+){0,4}?)<возвращаться:pres,3per>", r"%money%\s+(?:(?!не\s)[\w.,-]+\s+){0,2}?(?:вернутся|вернётся|вернется)(?!\w)", r"(?<!\w)(?:оформите|оформить|оформляйте)\s+(?:заявку\s+на\s+)?возврат(?!\w)",  # «оформите возврат на сайте …; деньги вернутся в течение 10 дней» (told as «вернуть деньги можно через …»)
               r"(?<!\w)(?:он|она|оно|они)\s+(?:тоже\s+|также\s+)?(?:автоматически\s+|сам[аио]?\s+)?(?:вернётся|вернется|вернутся)(?!\w)", r"%money%\s+(?:[\w-]+\s+){0,2}?(?:разблокируется|разблокируются)(?!\w)"],  # «если банк спишет платёж — он тоже вернётся», «сумма разблокируется автоматически»
    },
    # a courier's collection told without where from: «Курьер СДЭК заберёт платье 18 июля» (told as «заберёт платье у вас»)
    "delivery": {
        "en": [r"(?:will|'ll)\s+(?:(?:also|then|personally)\s+)?(?:measure|inspect|check|assess|survey|fit|install|repair|service)\s+(?:[\w'-]+\s+){0,4}?at\s+your\s+(?:home|house|flat|property|place|address|premises)\b",  # a visit told by its step: "will measure both curtains at your home" (told as "will come and measure them")
               r"(?:deliver|bring|drop\s+off|return)\s+(?:(?:it|them|the\s+[\w-]+|your\s+[\w-]+)\s+)?(?:ourselves|myself|in\s+person|personally)\b"],  # "We will deliver them ourselves" (told as "we'll deliver the deeds to you ourselves")
        "ru": [r"(?<!\w)курьер\w*\s+(?:[\w-]+\s+){0,2}?<забрать:futr>",
               r"(?<!\w)(?:будет|будут)\s+(?:[\w-]+\s+){0,3}?(?:доставлен[аоы]?|привез[её]н[аоы]?)\s+(?:(?:в|на)\s+ваш\w*\s+(?:офис|дом|квартиру|адрес|склад)|к\s+вам|вам\s+домой|по\s+вашему\s+адресу)"],  # «будут готовы и доставлены в ваш офис»
    },
    # a thing done on a visit already booked: "take the bluegrass back on the same trip", "will come on Tuesday to reset both
    # restrictors and check the other 6" (told as "while he's there")
    "priority": {
        "en": [_SAME_VISIT_EN,
               r"(?:will|'ll)\s+(?:come|call\s+round|pop\s+(?:round|over|in)|visit|be\s+(?:there|with\s+you|round))\b[^.!?\n]{0,80}?\bto\s+[\w-]+\b[^.!?\n]{0,60}?\band\s+(?:also\s+)?(?:check|look\s+(?:at|over)|inspect|test|adjust|service|reset|tighten|clean|seal)\b"],
        "ru": [_SAME_VISIT_RU,
               r"(?<!\w)(?:приед[её]т|приедут|прид[её]т|придут|заед[её]т|заедут)(?!\w)[^.!?\n]{0,80}?\s+и\s+(?:также\s+|ещё\s+|еще\s+)?(?:провер|осмотр|отрегулир|протестир|подтян|почист|загерметизир)\w*",
               r"(?<!\w)(?:запись|записываться|записыватьс\w+|записаться)\s+(?:заранее\s+|предварительно\s+)?не\s+(?:нужн\w*|требуется|обязательн\w*|надо)(?!\w)"],  # «Мы работаем ежедневно с 8:00 до 20:00, запись не нужна»: a house rule, told by a rewrite as «приезжайте без записи»
    },
    # a text to come, told without a sender: "a 2-hour slot sent by text the evening before", "you'll get a text with the
    # slot" (told by a rewrite as "we'll text you the slot")
    "callback": {
        "en": [r"\b(?:sent|send)\s+(?:to\s+you\s+)?(?:by|via|in\s+a)\s+(?:text|sms)\b|\byou(?:'ll|\s+will)\s+(?:get|receive)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:text|sms)\b|\b(?:a\s+)?(?:text|sms)\s+(?:message\s+)?will\s+(?:be\s+sent|come|arrive)\b"],  # (Russian drafts' «придёт SMS» is read already)
        # a call told by who makes it or without a caller: «Перед визитом он позвонит с номера …», «с вами свяжутся», «ждите звонка»
        # (told by a rewrite as «он заранее позвонит вам»; read in drafts only: a rewrite's own such call is read as before)
        "ru": [r"(?<!\w)(?:он|она|они|мастер\w*|курьер\w*|водител\w*|инженер\w*|специалист\w*|менеджер\w*)\s+(?:[\w-]+\s+){0,2}?<позвонить:futr,3per>",
               r"(?<!\w)(?:с\s+вами|вам)\s+(?:[\w-]+\s+){0,2}?(?:свяжутся|позвонят|перезвонят)(?!\w)|(?<!\w)(?:ждите|ожидайте)\s+(?:[\w-]+\s+)?звонка(?!\w)"],
    },
    # the warranty the work comes with, a term told: "a 12-month warranty on all parts", «гарантия на работу — 6 месяцев»
    # (told by a rewrite as "we give you a 12-month warranty"; an extension of it is another promise)
    "warranty": {
        "en": [r"(?:\d+|one|two|three|six|twelve|eighteen|thirty|ninety)[\s-](?:days?|weeks?|months?|years?)\s+(?:[\w-]+\s+)?(?:warranty|guarantee)\b|(?:warranty|guarantee)\s+(?:of|for|lasts|is)\s+(?:\d+|one|two|three|six|twelve|thirty|ninety)\s+(?:days|weeks|months?|years?)\b"],
        "ru": [r"<гарантия>\s+(?:на\s+(?:[\w-]+\s+){1,2}?)?(?:[—–:-]\s*|составляет\s+|действует\s+)?(?:\d+\s+|один\s+|два\s+|три\s+|шесть\s+|двенадцать\s+)?(?:месяц\w*|год\w*|лет|полгода|дн(?:я|ей)|день|недел\w*)(?!\w)"],
    },
    # a fee that always counts toward the bill: "the £30 diagnostic fee is deducted from the repair cost", «стоимость диагностики … вычитается из итоговой суммы»
    "compensation": {
        "en": [r"(?:costs?|expenses?|fares?|damages?|loss(?:es)?)\s+(?:[\w$£€₽.,-]+\s+){0,5}?(?:are|is)\s+(?:(?:fully|always|then|usually|normally)\s+)?(?:reimbursed|compensated|covered)\b"],  # "taxi costs are reimbursed up to £50"
        "ru": [r"(?:<расход>|<затрата>|<стоимость>|(?<!\w)ущерб\w*|(?<!\w)убыт(?:ок|ки|ков|ка)(?!\w))\s+(?:[\w$£€₽.,-]+\s+){0,6}?(?:возмещаются|возмещается|компенсируются|компенсируется)(?!\w)"],  # «Расходы на такси возмещаются … в пределах 5 000 ₽»
    },
    "credit": {
        "en": [r"(?:is|are)\s+(?:then\s+|always\s+|simply\s+)?(?:deducted|taken\s+off|credited)\s+(?:from|off|towards|against)\b"],
        "ru": [r"(?:<вычитаться:pres,3per>|<засчитываться:pres,3per>)\s+(?:в|из)(?!\w)"],
    },
    # a new part put in, told as done: «Новый диск установлен по гарантии» (told by a rewrite as «диск заменили»); another car
    # offered in its place: «предлагаем белый BMW … на тех же условиях» (told as «Замена — белый BMW»)
    "replacement": {
        "en": [r"\b(?:a|the)\s+new\s+(?:[\w-]+\s+)?(?:has\s+been|was|is\s+now)\s+(?:installed|fitted|put\s+in)\b",
               r"\bswap\w*\s+(?:all|every|both|the\s+whole|them|it)\b",  # "will swap all 140 feet" (told as "will replace all 140 feet")
               r"\b(?:a|an)\s+(?:second|new|fresh|replacement)\s+(?:set|batch|copy|pair|order)\b[^.!?\n;:]{0,40}?\b(?:is|are)\s+(?:now\s+|already\s+)?being\s+[a-z]+ed\b",  # "a second set of 8 trophies is being engraved now"
               r"\b(?:a|the)\s+new\s+(?:[\w-]+\s+){0,2}?(?:is\s+(?:already\s+)?(?:on\s+its\s+way|in\s+transit)|has\s+(?:already\s+)?(?:been\s+)?(?:shipped|dispatched|sent))\b",
               r"\bwe\s+(?:can\s+)?offer\s+(?:you\s+)?(?:[\w-]+\s+){1,6}?(?:on\s+the\s+same\s+terms|instead)\b",  # another car offered in its place
               r"\b(?:we|i)(?:'ve|\s+have)\s+(?:already\s+|now\s+)?(?:made|remade|re-made|bound|printed|sewn|built)\s+(?:you\s+)?(?:a|an)\s+new\b"],  # "We have made a new journal in the same calfskin" (after a damaged one), told as "a replacement is on its way"
        "ru": [r"(?<!\w)нов(?:ый|ая|ое|ые)\s+(?:[\w-]+\s+){1,2}?(?:установлен\w*|поставлен\w*|смонтирован\w*)(?!\w)",
               r"(?<!\w)нов(?:ый|ая|ое|ые)\s+(?:[\w-]+\s+){0,2}?(?:уже\s+)?(?:ед(?:ет|ут)|в\s+пути|отправлен\w*|выехал\w*)(?!\w)",  # «Новый аппарат уже едет к нам на склад» (after a damaged one), told as «замена уже едет»
               r"(?<!\w)(?:предлагаем|можем\s+предложить)\s+(?:вам\s+)?(?:[\w-]+\s+){1,10}?(?:на\s+тех\s+же\s+условиях|взамен|вместо\s+(?:него|неё|нее|них))(?!\w)"],
    },
    # a way to pay nothing: «Если хотите избежать доплаты, можно забрать заказ самовывозом», "to avoid the delivery fee, collect it"
    "cost": {
        "en": [r"\bavoid\s+(?:paying\s+)?(?:the\s+|any\s+|a\s+)?(?:[\w-]+\s+)?(?:fee|charge|surcharge|cost|fine)s?\b",
               r"\b(?:is|are)\s+(?:already\s+)?included\s+in\s+(?:the|your|our)\s+(?:original|agreed|quoted)\s+(?:quote|price|estimate|fee|cost|total)\b",  # "The repair is included in the original quote of £240", told as "nothing extra to pay" (not what a quote covers: "Storage for the first 7 days is included in your quote")
               r"\b(?:you|it|they|this|that|storage|waiting)\s+(?:are|is|'re)\s+not\s+(?:being\s+)?(?:charged|billed)\b",  # "so you are not charged for May 3–5", told as "won't be charged"
               r"\bthere(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+no\s+(?:extra|additional|further)\s+(?:[\w-]+\s+)?(?:charge|cost|fee)s?\s+for\b"],  # "there is no extra shipping charge for the second parcel", told as "it ships at no extra charge"
        "ru": [r"(?<!\w)избежать\s+(?:[\w-]+\s+)?(?:доплат|плат|расход|комисси|штраф)\w*",
               r"(?<!\w)(?:мы\s+)?бесплатно\s+(?:[\w-]+\s+)?[а-яё]{3,}(?:ем|им)(?!\w)",  # «по договору мы бесплатно регулируем окна в первый год»: the terms, told as «бесплатная регулировка действует первый год»
               r"(?<!\w)(?:входит|входят|включ[её]н[аоы]?)\s+в\s+(?:первоначальн|согласованн|исходн)\w*\s+(?:смет[уы]|стоимость|цену)(?!\w)",  # «ремонт основания входит в первоначальную смету»
               r"%money%\s+(?:[\w-]+\s+){0,3}?не\s+(?:спишется|спишутся|будет\s+списан[аоы]?|будут\s+списаны)(?!\w)",  # «оплата за него не спишется», told as «плату за него не спишем»
               # «Хранение до этой даты не оплачивается», «Время ожидания не будет добавлено к оплате»: told as «платить не нужно»
               r"(?<!\w)не\s+(?:оплачивается|оплачиваются|тарифицируется|тарифицируются|взимается|взимаются|берётся|берется|берутся)(?!\w)|(?<!\w)не\s+будет\s+(?:добавлен[аоы]?|включен[аоы]?)\s+(?:к|в)\s+(?:оплат|сч[её]т|стоимост)\w*",
               r"(?<!\w)(?:возвращать|вернуть|отправлять|отправить|присылать|прислать|отсылать)\s+(?:(?:его|её|ее|их|это|обратно|нам)\s+){0,2}не\s+(?:нужно|надо|требуется|обязательно)(?!\w)",  # «бракованную книгу возвращать не нужно», told as «оставьте себе»
               # «так что списаний больше не будет»: no charge to come, told as «больше ничего списано не будет»
               r"(?<!\w)(?:никаких\s+)?(?:<списание>|<начисление>)\s+(?:(?:больше|уже|ещё|еще|никаких|с\s+вас)\s+){0,2}не\s+(?:будет|последует)(?!\w)|(?<!\w)не\s+будет\s+(?:больше\s+)?(?:никаких\s+)?(?:<списание>|<начисление>)"],
    },
}
# "we can't refund", "we can't offer a cash refund", "no refund", «не вернём», «вместо возврата»: a remedy refused or passed over is not a promise.
# (a negation's reach ends at "and": "waive the nights with no penalty and refund the rest" refunds)
_NEGATION = re.compile(r"\b(?:(?:not\s+able|unable)\s+to|can't|cannot|can\s+not|won't|will\s+not|don't|do\s+not)\s+(?:offer|provide|give|arrange|make)\s+(?:you\s+)?(?:\w+\s+){0,2}$|(?<!\w)отказ\w*\s+от\s+$|\b(?:declin\w*|refus\w*|turn\w*\s+down)\s+(?:the\s+|a\s+)?$|(?:\b(?:not|no|never|cannot|unable|can't|won't|don't|isn't|aren't)\s+(?:(?!and\b|but\b|и(?!\w)|а(?!\w)|но(?!\w))\w+\s+){0,2}$|\bне\s+(?:(?!и(?!\w)|а(?!\w)|но(?!\w))\w+\s+){0,1}$|(?<!\w)(?:невозможно|нельзя)\s+(?:\w+\s+){0,1}$|n't\s+(?:(?!and\b|but\b)\w+\s+){0,2}$|\bnon-$"
    r"|\binstead\s+of\s+(?:a\s+|the\s+|your\s+)?$|(?<!\w)вместо\s+$"  # "instead of a refund", «вместо возврата денег»
    r"|\b(?:except(?:\s+for)?|apart\s+from|other\s+than|excluding|(?:everything|anything|all\s+\w+)\s+but)\s+(?:the\s+|our\s+)?$|(?<!\w)(?:кроме|за\s+исключением|исключая)\s+$"  # "on everything but gift cards": what is left out
    r"|n't\s+(?:allow|let|permit|enable)\s+(?:us|me)\s+(?:to\s+)?$|\bnot\s+(?:allow|let|permit|enable)\s+(?:us|me)\s+(?:to\s+)?$|(?<!\w)не\s+(?:позволя\w+|разреша\w+|да[её]т|дают)\s+(?:нам\s+|мне\s+)?$"  # "the terms don't allow us to reimburse it"
    r"|(?<!\w)(?:должен|должна|должно|должны)\s+был[аио]?\s+(?:\w+\s+){0,2}$|\b(?:should\s+have|supposed\s+to)\s+(?:\w+\s+){0,2}$)", re.IGNORECASE)  # «должен был дать скидку»
_PREVENTED = re.compile(rf"\b(?:stopped|prevented|kept|blocked)\s+(?:{TOKEN}\s+){{0,4}}?from\s+(?:being\s+)?$", re.IGNORECASE)  # "a timeout stopped the 2,400 Crowns from being credited"
# The customer's wish acknowledged ("you'd like a refund", «вы просите компенсацию»), or the
# remedy as the topic of a question ("checking why the refund hasn't arrived", «почему деньги не пришли»).
_WISH = re.compile(
    r"(?<!\w)(?:простите|извините|сожалеем|жаль),?\s+что\s+(?:так\s+)?(?:вышло|получилось)\s+(?:\w+\s+){0,4}$|"  # «Простите, что так вышло с оплатой за замену …»: what is apologised for
    r"\b(?:you(?:'d|\s+would)?\s+(?:like|rather(?!\s+we\b|\s*$)|prefer(?!\s+(?:that\s+)?we\b|\s*$))|you\s+(?:want|wanted|asked\s+for|requested|are\s+asking\s+for|expect)|you're\s+asking\s+for|your\s+request\s+for"
    # what the customer says they were told: "you mentioned you were told there would be no fee", «вам сказали, что доставка бесплатная»
    r"|\byou\s+(?:were|was|had\s+been|'d\s+been|have\s+been|'ve\s+been)\s+(?:told|promised|assured|informed)|\byou\s+(?:mentioned|say|said|wrote)(?:\s+that)?(?=\s+$)|(?<!\w)(?:вам|тебе)\s+(?:сказали|обещали|пообещали|ответили)|(?<!\w)по\s+вашим\s+словам"
    r"|(?<![^\n])(?:prefer|rather\s+have)(?:\s+(?:a|an|the))?(?=\s+$)"  # "Prefer home delivery? You can switch for £3.95": the customer's choice, asked
    r"|\byou\s+(?:were\s+|had\s+been\s+|'d\s+been\s+)?(?:expecting|hoping\s+for|counting\s+on)|(?:вы|ты)\s+(?:рассчитыва\w*|надеял\w*|надеетесь|ожидал\w*)(?:\s+на)?"  # «вы рассчитывали на быструю замену»
    r"|(?:(?<!\w)по\s+(?:всем\s+|любым\s+)?вопрос(?:ам|у)(?:\s+(?:о|об|по))?|\b(?:any|all|your)\s+questions\s+(?:about|on|regarding))(?=\s+$)"  # «По всем вопросам рассрочки пишите менеджеру»: a topic to write about
    r"|вы\s+(?:хотите|хотели|просите|просили|требуете|ждете|ждёте)|(?<!\w)(?:ваш\w*\s+)?просьб\w*(?:\s+о)?|(?:пришлось|приходится)\s+(?:[\w-]+\s+){0,3}?(?:просить|требовать|добиваться|ждать)|why|where|when|whether|почему|где|когда|можно\s+ли|нельзя\s+ли"
    # a heading over the remedy's news: «Вот что сейчас с возвратом денег», "Here's where things stand with your refund", "An update on your refund"
    r"|(?<!\w)(?:что\s+касается|по\s+(?:поводу|вопросу)|относительно|насч[её]т)(?=\s+$)|\b(?:as\s+(?:for|to|regards)|regarding|concerning|with\s+regard\s+to|when\s+it\s+comes\s+to)(?=\s+(?:the\s+|your\s+|any\s+|a\s+)?$)"  # «Что касается компенсации, …»: a topic
    r"|(?<!\w)вот\s+что(?:\s+сейчас)?\s+(?:с|со|по)(?=\s+$)|\bhere(?:'s|\s+is)\s+(?:what's\s+happening|where\s+(?:things|we)\s+(?:are|stand))\s+with(?:\s+(?:your|the))?(?=\s+$)|\ban\s+update\s+on(?:\s+(?:your|the))?(?=\s+$)"
    r"|(?:вам|тебе)\s+(?:удобнее|больше\s+подходит)|предпочитаете|предпочтёте|предпочтете|(?:захотите|пожелаете)(?=\s+$)"  # «если захотите замену», not «если захотите, курьер бесплатно доставит»  # «Если вам удобнее замена»
    # the customer's choice about a remedy: "if you don't agree to the replacement", «если вы не согласны на замену»
    r"|agree\s+(?:to|with)|(?<!agreed\sto\s)(?<!agrees\sto\s)(?<!will\s)(?<!'ll\s)(?<!can\s)accept|decline(?!,)|refuse(?!,)|согласн\w*\s+(?:на|с)|отказаться(?:\s+от)?|откажетесь(?:\s+от)?"
    # how the customer claims it: "How to claim compensation", «Как получить возмещение», «Чтобы подать на возмещение»
    r"|(?:how|way)\s+to\s+(?:(?:claim|apply\s+for|get|request)|(?:[\w-]+\s+){1,2}?and(?:\s+(?:get|claim))?)|\bto\s+(?:send|return|bring|post)\s+(?:it|them|the\s+[\w-]+)\s+back\s+for|(?<!\w)(?:как|чтобы)\s+(?:получить|оформить|запросить|подать(?:\s+заявку|\s+заявление)?\s+на)|(?<!\w)чтобы\s+вы\s+(?:могли|смогли)"  # «Чтобы вы могли заниматься вечером или вернуть деньги»: the options told
    r"|(?<!\w)(?:знать|узнать|помнить|информаци\w*|подробност\w*|услови\w*|правил\w*)\s+(?:о|об|про)(?=\s+$)|\b(?:know|remember|details|terms)\s+about(?:\s+(?:the|your|this))?(?=\s+$)"  # «Что ещё важно знать о промокоде:», a heading over its terms
    r"|(?<!\w)как\s+(?:пройд[её]т|будет\s+проходить|проходит)(?=\s+$)|\bhow\s+(?:the|your|this)(?=\s+$)"  # a heading over the steps: «Как пройдёт обмен:», "Here's how the swap works:"
    r"|(?:claim|application|apply)\s+for|(?<!\w)(?:заявк\w*|заявлени\w*|запрос\w*)\s+на|(?<!\w)(?:требовани\w*|претензи\w*|иск\w*)\s+(?:о|об)"  # "submit a claim for compensation", «заявку на возмещение … оформите»
    # a remedy to be considered is not granted: "we'll consider a refund", «рассмотрим возмещение»
    r"|(?:consider|review|assess|evaluate|рассмотр\w*|изуч\w*)(?=\s+(?:(?:a|an|the|your|any|possible)\s+)?$)"
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:По)(?=\s+$)|\b(?:as\s+for|regarding)(?:\s+(?:the|your))?(?=\s+$)"  # «По перерасчёту можно позвонить…»: what a sentence is about
    r"|(?<!\w)(?:вопрос|решени)\w*\s+(?:о|об|по)(?=\s+$)|\bthe\s+(?:question|matter)\s+of(?=\s+$)|\b(?:a|the)\s+decision\s+(?:on|about)(?=\s+$)"  # «вопрос о компенсации рассмотрим»
    # the remedy as the topic of an apology ("sorry the refund is taking this long", "thank you for your patience while the
    # money comes back") or what a fee is for («сбор за возврат»)
    r"|sorry|apologi[sz]e\w*|(?<!знак\s)извин\w*|простите|(?:patience|bearing\s+with\s+us)\s+while|терпени\w+,?\s+пока|fee\s+for|charge\s+for|pay\s+for|(?:сбор|плата|комиссия|штраф)\s+за|(?:за|до)?плат(?:ить|ите|ишь)\s+за|оплачива\w*\s+за"
    # what an insurer or a plan pays is no promise of ours: "your insurance covers 80% of the crown" (but "our policy" is our rule)
    r"|insurance|insurer|(?<!\bour\s)policy|warranty|guarantee|страховк\w*|страховщик\w*|полис\w*|гаранти\w*)[\s,]+(?:\w+[\s,]+){0,3}$|(?<!\w)полис\w*\s+(?:\w+\s*)?(?:[—–-]|,)\s+(?:по\s+нему|по\s+полису)\s+(?:\w+\s+)?$"  # «по гарантии, так что платить…»
    # ...however many words on, once it is said to pay: "your extended warranty covers both the part and the labour, so the visit is free"
    r"|(?:insurance|insurer|(?<!\bour\s)policy|warranty|guarantee|страховк\w*|страховщик\w*|полис\w*|гаранти\w*)\s+(?:\w+\s+){0,2}?(?:covers?|pays?|покрывает|оплачивает)\b[^.!?\n]{0,70}$",
    re.IGNORECASE,
)
# "compensation is not possible", «компенсация не положена», «вернуть комиссию мы не можем»: refused after the word.
# «без компенсации», «без доплаты»; not «за дни без горячей воды пересчитаем», where our verb follows
_WORDING_OF = re.compile(r"(?:(?<!\w)(?:текст\w*|формулировк\w*|надпис\w*|описани\w*|объявлени\w*)\s+(?:о|об|про)|\b(?:wording|text|description|notice|banner)\s+(?:about|on|regarding))\s+$", re.IGNORECASE)
_YOU_TRY = re.compile(r"(?:(?<!\w)(?:можно|можете|стоит)\s+попробовать|\byou\s+(?:can|could|may)\s+(?:also\s+)?try\s+to)\s+$", re.IGNORECASE)
_STEPS_HEADING = re.compile(r"(?:(?:нужно|надо|необходимо|следует|вам)\s+(?:\w+\s+)?(?:сделать|предпринять)|что\s+(?:делать|сделать)|(?:ваши\s+)?(?:шаги|действия))[^\n]{0,40}:[ \t]*\n(?:[^\n]*\n){0,6}[ \t]*(?:\d{1,2}[.)]|[-–—•*])[ \t]*$", re.IGNORECASE)
_HOW = re.compile(r"(?<!\w)(?<!так\s)как\s+$", re.IGNORECASE)
_INFINITIVE = re.compile(r"[а-яё]+(?:ть|ти|чь)(?:ся)?(?!\w)", re.IGNORECASE)
_RECOVERED = re.compile(r"[^.!?\n]{0,60}?(?:(?<!\w)(?<!не\s)(?:удержан\w*|удержал\w*|вычтен\w*|вычел|вычли)|\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:deducted|withheld|recharged)|taken\s+(?:it\s+)?(?:off|from|out\s+of)\s+(?:your|the)\s+deposit))(?!\w)", re.IGNORECASE)
# what could have been done: «продлить хранение можно было в приложении», "you could have extended it in the app"
_COULD_HAVE = re.compile(r"\s+(?:[\w-]+\s+)?можно\s+было(?!\w)", re.IGNORECASE)
_COULD_HAVE_BEFORE = re.compile(r"(?:(?<!\w)можно\s+было|\b(?:could|might)\s+have)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_YOU_TRY_IN = re.compile(r"(?<!\w)(?:можно|можете|стоит)\s+попробовать\s", re.IGNORECASE)
_REPLY_WITH = re.compile(REPLY_WITH + r"[\"'“‘«]?$", re.IGNORECASE)
_OFFER_HAD = re.compile(r"\b(?:offer|deal|promotion|promo|code|discount|plan|tariff|package)\s+(?:had|came\s+with|included|was\s+(?:meant|supposed)\s+to\s+(?:have|come\s+with))\s+$", re.IGNORECASE)
# a thing that had been taken off before: "the kit, which had been taken off your quote" (no money off now)
_TAKEN_BEFORE = re.compile(r"\b(?:which|that|it|they)\s+had\s+(?:already\s+)?been\s+$", re.IGNORECASE)
_SUBJECT_OF = re.compile(r"\s+(?:составля\w+|составит|будет|равн[аоы]|счита\w+)(?!\w)", re.IGNORECASE)
_WITHOUT = re.compile(r"\bбез\s+(?:(?!мы\s|я\s|будет\s|будут\s|можно\s|нужно\s|надо\s|(?!проблем\s)[а-яё]{3,}(?:ем|им|ём)\s)\w+\s+){0,2}$", re.IGNORECASE)  # not «за дни без связи будет пересчитана», «без ремонта можно бесплатно», «без интернета сделаем перерасчёт»
_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:over|above|more\s+than|of\s+at\s+least)\s+[$£€]?\s?\d[\d.,]*|(?<!\w)(?:от|свыше|более|больше)\s+\d[\d\s.,]*\s?(?:₽|руб\w*|р\.|тыс\w*))(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(  # ...or after it (not «(акт от 10 апреля), поэтому … бесплатный» before it)
    r"\s*(?:for\s+|on\s+)?(?:orders?\s+|purchases?\s+|baskets?\s+)?(?:over|above|of\s+more\s+than)\s+[$£€]?\s?\d|\s*(?:при\s+заказе\s+)?(?:от|свыше)\s+\d"
    r"|\s*(?:[\w-]+\s+){0,2}?(?:only|только)\s+(?:in|with|for\s+the\s+first|during\s+the\s+first|в|во|для|с|со|при|перв\w+|в\s+течение)\s",  # «бесплатны только в странах группы «Популярные»», "free only in Zone 1", «бесплатная регулировка действует только первый год»: a tariff's terms
    re.IGNORECASE,
)
# a promise that opens with its subject starts a clause of its own: the negation before it is another's ("if he can't
# finish tonight we'll pay for you to stay somewhere safe")
_SUBJECT_FIRST = re.compile(r"(?:we|i)(?:'ll|\s+will|\s+can|\s+are|'re|'m|\s+am)\b|(?:мы|я)(?!\w)", re.IGNORECASE)
_OWED_AFTER = re.compile(r"\s+(?:долж[её]?н\w*|обязан\w*|может|могут)(?!\w)", re.IGNORECASE)  # «может оператор»: another's (ours would be «можем»)
_WE_BEFORE = re.compile(r"(?<!\w)(?:мы|я)(?!\w)", re.IGNORECASE)
_OUR_VERB = re.compile(r"(?:ем|ём|им)$", re.IGNORECASE)
# What points or a voucher are worth and how long they last, said of ones already given: «баллы действуют до 30.06», «1 балл равен 1 ₽»,
# «Баллы по программе действуют 180 дней», «срок действия баллов видно в приложении»
_VALIDITY_BEFORE = re.compile(r"(?:\b(?:expiry(?:\s+date)?|validity|balance)\s+of|(?<!\w)(?:срок\w*\s+(?:действия|годности)|остат\w*|баланс\w*))\s+(?:(?:your|the|ваших|ваши|этих)\s+)?$", re.IGNORECASE)
_VALIDITY_AFTER = re.compile(r"\s+(?:(?!(?:мы|we|i|я)\b)\w+\s+){0,3}?(?:[—–:-]\s+)?(?:(?:только|only)\s+(?:для|на|по|for|on|with)\b|действу\w*|действительн\w*|работа\w*|начина\w*|starts?|begins?|равен|равна|равно|равны|сгора\w*|можно\s+(?:потратить|использовать)|(?:is|are)\s+(?:valid|worth)|works?|appl(?:y|ies)|can\s+be\s+(?:used|spent)|expire\w*|equals?)\b", re.IGNORECASE)
_NEGATION_AFTER = re.compile(r"^\s*:\s*(?:we|i)\s+(?:can't|cannot|can\s+not|won't|will\s+not|don't|do\s+not)\b|^\s+(?:(?:does|do|can|will|is|are)n't|(?:does|do|can|will|is|are)\s+not|cannot)\s+(?:be\s+)?(?:move|moved|transfer|transferred|carry|carried|roll|rolled|apply|applied|count|counted|used?|go|come\s+with)\b|^\s+(?:(?:has|does|did)n't|(?:has|does|did)\s+not|(?:still\s+)?hasn't)\s+(?:yet\s+)?(?:arrive|come|reach|appear|show|land)|^\s+(?:(?:до\s+\S+\s+)?(?:\S+\s+){0,2}?не\s+(?:поступ\w+|прид[её]т|придут|пришл\w+|применил\w*|сработал\w*|засчитал\w*|назначил\w*|выделил\w*|нашл\w*|прислал\w*))\b|^\s+(?:\S+\s+){0,2}?(?:было|будет)\s+(?:некем|некому|нечем|некого)(?!\w)|^\s+(?:is|are|was|will\s+be)\s+not\b|^\s+(?:isn't|aren't|wasn't|won't|cannot|can't)\b|^\s+(?:не\s+(?:будет|положен\w*|предусмотрен\w*|возмож\w*|входит|входят|включ\w*)|невозмож\w*)|^\s+(?:(?:вам|тебе)\s+)?(?:больше\s+|уже\s+)?не\s+(?:нужн\w*|подходит|подойд[её]т|устраивает|устроит|интересн\w*)|^\s+(?:(?:[^\s!?;:]+\s+){0,4}?(?:я|мы)\s+)?(?:к\s+сожалению\s+)?не\s+(?:могу|можем|сможем|смогу|смогли|смогла|смог|могли|вправе|имеем\s+права)(?!\w)"
    r"|^\s+(?:(?!и\s|а\s|но\s)[\w-]+\s+){0,5}?не\s+(?:позволя\w+|разреша\w+|да[её]т|дают|предусматрива\w+)(?!\w)"  # «Вернуть её деньгами договор не позволяет», «Вернуть деньги при погодной отмене договор не позволяет»
    r"|^(?:(?!если|когда|пока)[^.!?;:\n]){0,50}?\s(?:к\s+сожалению,?\s+)?не\s+(?:получится|выйдет)(?!\w)"  # «Вернуть деньги по заказу №58214, к сожалению, не получится»  # «Отменить эти сборы я не могу»
    r"|^[\s,]+(?:(?!если|когда|пока)[\w-]+[\s,]+){0,5}?(?:не\s+(?:можем|сможем|получится|выйдет|удастся)|нельзя)"
    r"|^\s+of\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|cannot\s+be|can't\s+be)\b"  # "A full refund of the ticket isn't possible"; "PAYG credit doesn't move across to a contract"
    r"|^\s+(?:\S+\s+){0,2}?(?:(?:должен|должна|должно|должны)\s+был[аио]?|should\s+have|(?:was|were)\s+supposed\s+to)\b", re.IGNORECASE)  # «промокод должен был дать скидку»: what did not happen  # «вернуть эту сумму по правилам мы, к сожалению, не можем»
# What a warranty or insurance pays, said after the word, is no cost of ours: «его заменят бесплатно, по гарантии», «80% оплатит полис ДМС»
_PAID_BY_AFTER = re.compile(r"(?:\s+(?!и\b|а\b|но\b|and\b|but\b)[\w-]+){0,3}?[\s,:—–-]+(?:по\s+(?:[\w-]+\s+)?гарантии|(?:это\s+)?(?:расходы|оплачивает|платит|нес[её]т)\s+(?:\w+\s+)?(?:собственни\w+|хозя\w+|арендодател\w+|продав\w+|арендатор\w*)|(?:она\s+|оно\s+|он\s+|это\s+)?(?:входит|входят|включен\w*)\s+в\s+(?:гаранти\w*|страховк\w*|полис\w*)|(?:ваш\w*\s+)?(?:полис|страховк\w*|страхов\w+\s+компани\w*|страховщик\w*)(?!\w)|under\s+(?:the\s+|your\s+)?(?:warranty|guarantee|insurance|policy|recall)|(?:as\s+it(?:\s+is|'s)\s+)?covered\s+by\s+(?:the\s+|your\s+)?(?:warranty|guarantee|insurance|insurer|policy|recall|manufacturer)"
    r"|,?\s*(?:as|because|since)\s+(?:it's|it\s+is|this\s+is|that's|it\s+was)\s+(?:a\s+|an\s+)?(?:warranty|guarantee|insurance|insured|recall)\b|,?\s*(?:так\s+как|потому\s+что|поскольку|ведь)\s+(?:это\s+)?(?:гарантийн\w*|страхов\w*)"
    r"|(?<=[:—–]\s)(?:гарантия|(?:the\s+|a\s+)?(?:warranty|guarantee))\s+(?:[\w-]+\s+){0,2}?(?:\d+|one|two|three|five|ten)\s+(?:лет|год\w*|years?)\b"  # «…бесплатный: гарантия 5 лет»
    # "…free of charge: the warranty covers it", «…бесплатный: его покрывает гарантия», «…: она покрывается гарантией»
    r"|(?:(?:его|её|ее|их|это|всё|все)\s+)?(?:покрывает|покроет|оплачивает|оплатит)\s+(?:ваш\w*\s+)?(?:гаранти\w*|страховк\w*|полис\w*|страховщик\w*)|(?:(?:она|оно|он|они|это|всё|все)\s+)?покрыва(?:ется|ются)\s+(?:[\w-]+\s+){0,2}?(?:гаранти\w*|страховк\w*|полис\w*)|(?:the\s+|your\s+)?(?:warranty|guarantee|insurance|insurer|policy)\s+(?:covers|will\s+cover|pays\s+for|will\s+pay\s+for)\b)", re.IGNORECASE)
# A replacement that takes hours or has a price is the job itself: "the replacement takes about 3 hours", «Замена займёт
# примерно 3 часа», «Замена обойдётся в 15 560 ₽»
# A replacement the customer bought is no promise of ours: "the replacement tickets you bought"
_THEIRS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?you(?:'ve|\s+have|\s+had)?\s+(?:bought|booked|paid\s+for|purchased|arranged|had\s+to\s+(?:buy|book))\b", re.IGNORECASE)
_CONVERTED = re.compile(r"\s+(?:\w+\s+)?(?:в\s+(?:рубл|доллар|евро|валют|тенге)|по\s+курсу|into\s+(?:pounds|dollars|euros|your\s+currency)|at\s+the\s+(?:exchange\s+)?rate)", re.IGNORECASE)
_YOURSELF = re.compile(r"(?:\s+[\w()-]+){0,4}?\s+(?:yourself|yourselves|самостоятельно)\b", re.IGNORECASE)
STEP_START = re.compile(r"(?:\A|[.!?:]\s+|\n[ \t]*(?:(?:\d+|[A-Za-z])[.)]|[•*·–—-])?[ \t]*)(?:\*\*|__)?$")  # where an instruction starts ("1. **Replace the SSD.**")
# on its way to us from a supplier: «Замену (артикул 12019846) нам уже отправили», "the replacement pump was shipped to us on Monday"
_TO_US = re.compile(r"(?:\s+[\w()«»-]+){0,4}?\s+(?:(?:нам|к\s+нам)\s+(?:уже\s+)?(?:отправ\w+|прислал\w*|пришл\w+|выслал\w*|привез\w*|доставя\w*|ед[её]т|везут)|(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|is\s+being\s+)?(?:\w+\s+)?(?:sent|shipped|dispatched|posted|couriered)\s+to\s+us|(?:is|are)\s+on\s+(?:its|their)\s+way\s+to\s+us)(?!\w)", re.IGNORECASE)
_AWAITED = re.compile(r"\b(?:waiting|wait)\s+(?:on|for)\s+(?:a|the|your)\s+$|(?<!\w)ждём\s+$", re.IGNORECASE)  # "We're waiting on a replacement clutch kit" from the supplier
_YOU_DO = re.compile(
    r"\b(?:try|please|you\s+(?:can|could|may|might|should|need\s+to)|(?:(?:we|i)(?:'d)?\s+)?(?:recommend|suggest|advise)(?:s|ed)?(?:\s+you)?|it's\s+worth)\s+$"  # "Dave recommends replacing both"
    r"|(?<!\w)(?:попробуйте|можете|нужно|пожалуйста,?|стоит|рекомендуем|рекомендую|советуем|советую|следует|лучше)\s+(?:(?:его|её|ее|их)\s+)?$",  # advice: «его стоит заменить» (not «можете обменять»: an exchange is ours)
    re.IGNORECASE,
)
_THE_JOB = re.compile(r"\s+(?:will\s+|should\s+|would\s+|usually\s+|(?:ему|ей|им|мастеру|мастерам|бригаде|нам)\s+)?(?:takes?|lasts?|would\s+cost|займ[её]т|занимает|длится|продлится|обойд[её]тся|(?:уйд[её]т|потребуется|понадобится|нужно|нужен|надо)(?=\s+(?:около\s+|примерно\s+|где-то\s+)?(?:\d|минут|час|полчас|полтора|пар|дв|тр|сорок|день|дня)))\b", re.IGNORECASE)  # «на замену уйдёт минут сорок», «на замену ему нужно около 40 мин.»
# ...or the job named by its noun, what is replaced and an aside between: «Замена батареи, как правило, занимает рабочий день», "The battery replacement costs £85"
_THE_JOB_NAMED = re.compile(r"(?:[\s,]+(?!(?:and|or|и|или)\b)[\w-]+){0,3}?[\s,]+(?:(?:and|и)\s+)?(?:will\s+|should\s+|usually\s+|обычно\s+)?(?:takes?|lasts?|costs?|займ[её]т|занимает|длится|обойд[её]тся|стоит)\b", re.IGNORECASE)
_JOB_NOUN = re.compile(r"replacement|замен[аыуе]", re.IGNORECASE)
_PRICE_OF = re.compile(r"(?:\b(?:the\s+)?(?:cost|price|fee|charge)\s+(?:of|for)|(?<!\w)(?:стоимость|цена|плата\s+за))\s+$", re.IGNORECASE)  # «стоимость замены — сто рублей»: a price told
_PAID_JOB = re.compile(r"\s+(?:[\w-]+\s+)?(?:платн\w*|за\s+ваш\s+сч[её]т|(?:is|are|will\s+be)\s+(?:paid|chargeable|charged\s+for))\b|(?:\s+[\w-]+){0,3}?\s*[—–:]\s*(?:[$£€]\s?\d|\d[\d\s.,]*(?:₽|руб|[$£€]))", re.IGNORECASE)  # «замена платная», «замена ремня ГРМ — 18 500 ₽»: a price told
# A change we were made to make, told as what happened: "We had to replace your original flight, HX 903, because…", «рейс пришлось заменить»
_HAD_TO = re.compile(r"\b(?:had|were\s+forced|was\s+forced)\s+to\s+$|(?<!\w)(?:пришлось|вынуждены\s+были)\s+$", re.IGNORECASE)
# Said in a sentence about a warranty repair, no cost is ours: «Ремонт будет по гарантии: …, платить за ремонт не нужно»
_WARRANTY_WORDS = r"(?:\bunder\s+(?:the\s+|your\s+)?(?:warranty|guarantee)|\bcovered\s+by\s+(?:the\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:warranty|guarantee)|\bwarranty\s+(?:repair|claim|case|job)|(?<!\w)(?:по\s+гарантии|гарантийн\w*(?!\w)(?!\s+(?:талон|карт|документ|чек)))|(?<!\w)гаранти\w*(?=[^.!?\n]{0,40}?по\s+ней(?!\w))|(?<!\w)гаранти\w*(?=[^.!?\n]{0,80}?(?<!\w)(?:поэтому|так\s+что)\s|[^.!?\n]{0,60}?(?<!\w)(?:лет|года?|месяц\w*)\s+[—–]\s)|(?<!\w)(?:действует|распространяется)\s+гаранти\w*|(?<!\w)гаранти\w*\s+(?:на\s+[\w-]+\s+)?(?:действует|распространяется)(?!\w)|(?<!\w)(?:попада|подпада)\w*\s+под\s+(?:[\w-]+\s+)?гаранти\w*|\bfalls?\s+under\s+(?:the\s+|your\s+|our\s+)?(?:[\w-]+\s+)?(?:warranty|guarantee)|\b(?:is|are)\s+(?:still\s+)?under\s+(?:warranty|guarantee))"  # «гарантия — год, и ремонт по ней бесплатный», «на монтаж действует гарантия 12 месяцев, поэтому …», «гарантия 5 лет — меняем бесплатно» (not «с гарантийным талоном», a document to bring)
_NOT_OURS = r"(?:(?!\b(?:and|but)\s+(?:we|i)\b|(?<!\w)(?:и|а|но)\s+(?:мы|я)(?!\w))[^.!?\n])"  # "…under warranty, and we'll add a free case": ours again
_WARRANTY = re.compile(_WARRANTY_WORDS + _NOT_OURS + "{0,120}$", re.IGNORECASE)
_WARRANTY_AFTER = re.compile(_NOT_OURS + "{0,100}?" + _WARRANTY_WORDS, re.IGNORECASE)  # "The repair will be free of charge: your laptop … is covered by warranty"
# A fault owned before "on us": "that's on us", "this one is all on us" (not "your next lesson after that is on us": a time)
_BLAME = re.compile(r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bthan\s)(?<!\blike\s)\b(?:that|this)(?:\s+(?:one|part|bit|wait|delay|mix-?up|mistake|error|confusion|oversight|slip))?(?:'s|\s+is|\s+was)\s+(?:(?:all|entirely|completely|totally|fully|really|squarely)\s+)?$", re.IGNORECASE)  # "That wait is on us, and I'm sorry …"
_TOLD_NEXT = re.compile(r"\s*[:—–]")
# the fault told before it, in its sentence or the one before: "Nobody at the counter explained that before you paid, and that's on us",
# "…, and we didn't call you. That's on us.", "…, and he didn't. I'm sorry; that's on us."
_FAULT_BEFORE = re.compile(r"\b(?:nobody|no\s+one|didn't|did\s+not|wasn't|weren't|should\s+have|should've|failed\s+to|forgot|never)\b[^.!?\n]{0,80}?(?:[,;—–]\s*(?:and\s+|but\s+|so\s+)?|[.!]\s+)(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|really\s+|truly\s+)?sorry\s*[;,:—–]\s*)?[^.!?\n,;]{0,25}$", re.IGNORECASE)
_IN_RETURN = re.compile(r"(?:\bonly\s+|(?<!\w)только\s+)(?:in\s+|в\s+)$", re.IGNORECASE)
_SORRY_NEXT = re.compile(r"\W{0,3}(?:and\s+|—\s+)?(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:so\s+|really\s+|truly\s+|very\s+)?(?:sorry|apologi[sz]e)\b", re.IGNORECASE)  # "That's on us, and I'm sorry it cost you a day off work": a fault owned
_APPLY_CODE = re.compile(r"(?:\b(?:from|when|while|before)\s+(?:applying|entering|using|redeeming)|(?<!\w)(?:применять|вводить|использовать))\s+(?:the\s+|a\s+|your\s+|ваш\w*\s+)?$", re.IGNORECASE)
_WAS_DUE = re.compile(r"(?:\s+\S+){0,3}?\s+(?:вам\s+)?(?:полагал(?:ась|ся|ось|ись)|(?:was|were)\s+(?:due|owed)\s+to\s+you)(?!\w)", re.IGNORECASE)
_YOU_TAKE = re.compile(r"(?<!\w)(?:вы\s+)?[а-яё]{3,}(?:ите|ете|ёте)\s+(?:\w+\s+)?$|\byou\s+(?:take\s+out|set\s+up|sign\s+up\s+for|apply\s+for|arrange|choose|opt\s+for)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_COST_NEAR = re.compile(r"[$£€₽]\s?\d|\d\s?[$£€₽]|\b(?:fees?|charges?|charged|costs?|price|pay|paid|payments?|bill|delivery|shipping|postage|fares?|taxi|meals?|drinks?|dessert|coffee|month|night|round|ticket)\b", re.IGNORECASE)
_CANNOT = re.compile(r"(?<!\bif\swe\s)(?<!\bif\sit\s)(?<!\bif\sthey\s)(?<!\bif\syou\s)\b(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+possible\s+to|impossible\s+to)\b[^.,;!?\n]{0,40}$", re.IGNORECASE)
# A negated charge is a promise even after a negation: "won't be charged", «не возьмём».
_REFUSED_CHARGE = re.compile(r"не\s|(?:won't|will\s+not|don't|do\s+not|isn't|is\s+not|aren't|are\s+not|not\s+be|doesn't|does\s+not|never)\b", re.IGNORECASE)
# "the refund", "your replacement": a remedy spoken of as known is the one the draft makes, if it makes one of the kind.
# («эту скидку», «ваш возврат», «время действия скидки», «условия компенсации», «при замене»: Russian says it by a pronoun,
# what it has or when it happens; not «после замены», a time for another step)
_DEFINITE = re.compile(r"\b(?:the|your|this|that)\s+$|(?<!\w)(?:эт(?:а|у|ой|и|от|о|им|их)|ваш(?:а|у|ей|и|его|ему|им|их)?|(?:срок\w*|врем\w+|период\w*)\s+действия|услови\w+|размер\w*|при)\s+$", re.IGNORECASE)
# "The money has been returned to your card", «Эти деньги мы уже вернули»: the money spoken of, the draft's refund
_MONEY_WORD = re.compile(r"(?:деньги|средства|money|funds)?", re.IGNORECASE)  # where a match starts with it: «Лишние деньги уже возвращены»
_THE_MONEY = re.compile(r"(?:\b(?:the|this|that|your)\s+(?:(?:extra|overpaid|duplicate)\s+)?(?:money|amount|sum|funds)\b|(?<!\w)(?:эти|ваши|лишние|эти\s+лишние)\s+(?:деньги|средства)(?!\w))[^.!?\n]{0,30}$", re.IGNORECASE)
_NOUN = re.compile(r"(?:refund|credit|discount|voucher|replacement|compensation|reimbursement|upgrade|extension|late\s+check-?out)s?$|(?:возврат|компенсаци|скидк|сертификат|ваучер|купон|бонус|замен[аеуыо])[а-яё]*$", re.IGNORECASE)
# A one-off made to hold every time: "if it ever happens again", "if a meeting ever overruns again", "from now on", "for every extra day",
# "on the morning of each session", «каждый раз»; said anywhere in its sentence ("You won't pay the fee, on this order or on any future order")
RECURRING = re.compile(
    r"\b(?:if\s+(?:it|this|that)\s+(?:ever\s+)?happens\s+again|if\s+(?:[\w-]+\s+){1,3}?ever\s+[a-z]+\s+again|every\s+time|from\s+now\s+on|(?:any|every|all)\s+future|for\s+(?:every|each)\s+(?:extra|additional|further)\s+(?:day|week|hour|month)"
    r"|(?:each|every)\s+(?:session|lesson|class|visit|appointment|shift|delivery|collection))\b"
    r"|(?<!\w)(?:каждый\s+раз|впредь|если\s+это\s+(?:снова|ещ[её]\s+раз)\s+(?:случится|повторится))(?!\w)",
    re.IGNORECASE,
)
# A promise about the next order, trip or invoice: another than one about this one.
_NEXT = re.compile(
    r"\bnext\s+(?:(?:\d+|two|three|four|five|six|few|several)\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:order|purchase|trip|ride|journey|booking|stay|visit|box|bill|invoice|month|year|subscription|lesson|class|appointment|flight|shop|pair|one|item|delivery|parcel|ticket|session|course|check-?up|treatment|service|cleaning|consultation|repair|rental|hire|pass)"
    # or to hold every time: "in future", "during future outages", "automatically", and the one-offs made recurring above
    r"|\b(?:in\s+(?:the\s+)?future|(?:during|for|in|on|with)\s+(?:all\s+|any\s+)?future\s+[a-z]+|automatically)\b|(?<!\w)(?:в\s+дальнейшем|автоматически)(?!\w)|" + RECURRING.pattern
    + r"|следующ\w+\s+(?:(?:\d+|дв[аеу]|тр[иеё]\w*|четыр\w+|пят[ьи]|несколько)\s+)?(?:(?:авто)?заказ|покупк|поездк|бронировани|визит|коробк|сч[её]т|месяц|год|заняти|урок|при[её]м|рейс|абонемент)",
    re.IGNORECASE,
)
# A clause that starts with its verb has its subject in the clauses before: "Half of the £86.40 charge, £43.20 (50%), will come off your bill"
_PREDICATE = re.compile(r"(?:will|would|shall|can|could|should|is|are|was|were|has|have|had)\b", re.IGNORECASE)
# ...or, in Russian, its object with the amount set off by commas: «Расходы на гостиницу, 4800 ₽, мы тоже возместим»
_OBJECT_FIRST = re.compile(r"\s*[^\W\d][^.!?;:—–\n,]{0,50}?,\s*\d[\d \u00a0.,]*\s?(?:₽|руб\w*\.?|[$£€])\s*,\s*", re.IGNORECASE)
# What a promise is for or comes to: "…, to confirm the booking", «…, чтобы подтвердить запись», "…, which is £43.20"
_PURPOSE = re.compile(r",\s*(?:чтобы|so\s+(?:that|we\s+can)|to\s+(?!you\b)|which\s+(?:is|comes\s+to)|that\s+is|i\.e\.|то\s+есть|это\s+)", re.IGNORECASE)
# A clause that starts with a pronoun is about what the clause before it names.
# the person a sentence speaks to, before its subject: "Mr Asante, you …", «Ольга, мы …»
_VOCATIVE = re.compile(r"(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?(?-i:[A-ZА-ЯЁ])[\w'’-]+(?:\s+(?-i:[A-ZА-ЯЁ])[\w'’-]+)?,\s+(?=(?:you|we|i|вы|мы|я|вам|вас)\b|(?P<lower>(?-i:[a-zа-яё])))", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:(?:so|and|but|which|as|поэтому|и|но|а)\s+)?(?:it|this|that|they|these|those|это|он|она|оно|они)\b(?!\s+(?:is|was)\s+(?:why|because))", re.IGNORECASE)
# Idioms that use the words without any remedy.
_IDIOM = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|(?:раздел\w*|подраздел\w*|вкладк\w*|кнопк\w*|пункт\w*|меню|section|tab|button|menu|option|link)\s+[«\"“][^«»\"”\n]{1,40}[»\"”]|[«\"“][^«»\"”\n]{1,40}[»\"”]\s*(?:→|->|›|>)\s*[«\"“][^«»\"”\n]{1,40}[»\"”]|(?:→|->|›)\s*[«\"“][^«»\"”\n]{1,40}[»\"”]|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S+|feel\s+free|free\s+to\b|(?<!parking\s)(?<!delivery\s)(?<!deliveries\s)(?<!orders\s)(?<!order\s)(?<!returns\s)(?<!return\s)(?<!shipping\s)(?<!postage\s)(?<!entry\s)(?<!admission\s)(?<!installation\s)(?<!collection\s)(?<!wi-fi\s)(?<!wifi\s)(?<!redirect\s)(?<!return\s)(?<!returns\s)(?<!repair\s)(?<!replacement\s)(?<!exchange\s)(?<!cancellation\s)(?<!visit\s)(?<!inspection\s)(?<!call-out\s)(?<!callout\s)(?<!test\s)(?<!retest\s)(?<!re-test\s)(?<!check\s)(?<!diagnostic\s)(?<!diagnostics\s)(?<!assessment\s)(?<!consultation\s)(?:is|are|was|were|be|isn't|aren't)\s+(?:still\s+|now\s+|also\s+)?free\b(?!\s+of\s+charge)|toll[- ]free|free\s*(?:phone|call)\w*|free\s+(?:number|line|time|slots?|spots?|tables?)\b|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|slots?|dates?|evenings?|mornings?|afternoons?|weekends?)\s+free\b(?!\s+of\s+charge)|\b(?:keep|keeps|kept|keeping|leave|leaves|leaving|left)\s+(?:a|an|the|your|some)\s+(?:[\w-]+\s+){0,2}?free\b(?!\s+of\s+charge)|\b(?:dates?|days?|slots?|times?|appointments?|spaces?|places?)\s+(?:that\s+)?(?:we|you|they|i)\s+(?:have|'ve\s+got|had|still\s+have)\s+free\b|(?<=\d\s\()free\b(?=\s*[,)])|hands[- ]free|cover\s+letter|credit\s+card|emergency\s+credit|"
    r"бесплатн\w*\s+(?:\w+\s+)?(?:номер\w*|лини\w*|звон\w*|телефон\w*)|бесплатн\w*\s+(?:акци\w*|предложени\w*)\s+(?:уже\s+)?(?:закончил\w*|завершил\w*|прекратил\w*)|\bfree\s+(?:offer|promotion|promo)\s+(?:has\s+|had\s+)?(?:ended|expired|finished)\b|(?:лимит\w*|количеств\w*)\s+бесплатн\w*|free\s+(?:[\w-]+\s+)?(?:limit|allowance)\b|(?:бесплатн\w*|free)\s+\d+\s*(?:ГБ|МБ|ТБ|GB|MB|TB)(?!\w)|(?:звон\w*|телефон\w*)(?:[^.!?\n\d+]|\+?\d[\d\s()-]{5,}\d){0,60}?бесплатн\w*|\+?\d[\d\s()-]{7,}\d\s*\((?:бесплатн\w*|free(?:phone)?|toll[- ]free)\)|replac\w*\s+(?:the\s+|a\s+)?(?:(?:failed|faulty|broken|damaged|worn|cracked|defective|old)\s+)?(?:[\w-]+\s+)?(?:cabinet|parts?|components?|router|cable|battery|meter|sim|valve|pump|motherboard|fan|seal|hose|fuse|filter|belt|bearing|compressor|thermostat|hinge)\b|\b(?:part|component|battery|valve|pump|motherboard|fan|seal|hose|fuse|filter|belt|bearing|compressor|thermostat|hinge)s?\s+(?:gets?|is|are|will\s+be|can\s+be)\s+replaced\b(?!\s+(?:free|for\s+free|at\s+no\s+(?:extra\s+)?(?:cost|charge)|free\s+of\s+charge)\b)|replac\w*\s+(?:it\s+|them\s+)?with\s+(?:\+?\d[\d\s()-]{5,}\d|[\w.+-]+@[\w-]+\.)|replac\w*\s+(?:the\s+|an?\s+)?(?:estimate\w*|reading|figure|amount|value|address|details|date|name|email|password)\b"
    r"|replacement\s+(?:parts?|components?|screen|display|battery|motherboard|board|cable|valve|pump|filter)\b|(?<!\w)(?:детал\w*|запчаст\w*)\s+(?:\w+\s+)?для\s+замен\w*|(?<!\w)(?:нов\w+|запасн\w+)\s+(?:детал\w*|запчаст\w*|кран\w*|фильтр\w*|клапан\w*|насос\w*|шланг\w*|уплотнител\w*|прокладк\w*|плат[аыуе]\b|аккумулятор\w*|батаре\w*|механизм\w*|петл\w*|ремень|ремн\w*|термостат\w*|сч[её]тчик\w*|кабел\w*|предохранител\w*|экран\w*|дисплей\w*)|replac\w*\s+(?:it\s+|them\s+)?with\s+(?:a|an|the)\s+(?:(?:corrected|updated|amended|revised|reissued|new)\s+(?:bill|invoice|version|copy|statement|document)|(?:corrected|updated|amended|revised|reissued)\s+one)\b|replac\w*\s+(?:it|them|this|that)\s+(?:using|based\s+on|from)\s+(?:your|the|an?)\s+(?:[\w-]+\s+)?(?:reading|figures?|numbers?|details|data|information|estimate)\b|(?:need|needs|needed|require|requires|may\s+need)\s+(?:replacing|replacement|to\s+be\s+replaced)\b|(?:has|have|had|will\s+have)\s+to\s+be\s+replaced\b|must\s+be\s+replaced\b|(?<!\w)(?<!нам\s)(?:нужно|надо|необходимо|потребуется)\s+(?:будет\s+)?(?:заменить|менять|замена)(?!\w)|(?<!\w)(?:требу\w+|потребу\w+)\s+замены(?!\w)|(?:fee|commission|charge|tax|vat|deposit|excess|deductible)s?\b[^.!?\n]{0,30}?\b(?:taken|deducted|knocked)\s+off\b|на\s+замену\s+(?:\w+\s+){0,3}?гаранти\w*|гаранти\w*\s+на\s+замену|warranty\s+on\s+the\s+replacement|(?:note|notice|flag|marker|plan|policy|pass|insurance|warranty|guarantee|refund|payment|amount|sum|total|credit|claim|report|invoice|form|case|ticket)\b(?:[^.!?\n]|\.(?=\d)){0,40}?\bcovering\b|covering\s+(?:the\s+)?(?:weeks?|days?|months?|period|dates?|nights?)\b", re.IGNORECASE)
# One word for all of it: "a full refund" and «деньги вернём полностью» are about the same thing,
# "we'll refund you in full" is more than the draft's refund of one charge.
_ONE_TIME = re.compile(r"\bone[- ](?:time|off)\b", re.IGNORECASE)
_INTENSIFIER = re.compile(r"\bat\s+all\b|\bwhatsoever\b|(?<!\w)(?:вообще|совсем)(?!\w)", re.IGNORECASE)
_DEGREE = re.compile(r"full|fully|entire|entirely|whole|completely|all|everything|всей|цел(?:ый|ая|ую|ой|ого)|полностью|полн(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ыми|ых|ом)|целиком|весь|вся|всю")
# An aside in brackets ("($499/month)", «(650 ₽)») belongs to its clause but is not what a promise is about.
_ASIDE = re.compile(r"\([^()\n]*\)")
# What a promise is added to, not what it is about: "put the fare back on your Visa along with the room charge"
_ALONG = re.compile(r"\b(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|on\s+top\s+of)\b|(?<!\w)(?:вместе\s+со?|наряду\s+с|помимо|в\s+дополнение\s+к|как\s+и)(?!\w)", re.IGNORECASE)
_DASH = re.compile(r"[—–]\s*$|\s-\s*$")
_AMOUNT = re.compile(r"[$£€₽]\s?\d|\d\s?(?:[$£€₽]|руб|р\.)", re.IGNORECASE)
_SLOT = re.compile(r"\[[^\[\]\n]{2,40}\]")  # [time frame]: the agent's to fill, not what the promise is about
# a phone number ("+7 916 555-12-34" = "+7 (916) 555-1234") is where, not what: its groups would differ by spelling
_PHONE = re.compile(r"\+?\(?\d[\d\s()]{0,6}[\s()-]\d{2,4}[\s-]\d{2,4}(?:[\s-]\d{2,4})?")
_AREA_CODE = re.compile(r"\(\d{2,5}\)\s?\d{2,4}[\s-]\d{2,4}")
_GROUPED = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_WORD = re.compile(r"[\w$£€₽%]+(?:[.,]\d+)?")
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZА-ЯЁ][\w-]+|\d(?:[\d.,]*\d)?")  # a capital inside a sentence, or a number ("4417," is 4417)
STOP = frozenset(
    """the and but for you your our we'll will with that this which also any all are was were has have had can could would should
    shall been being into from not just now already теперь then than them they their there here its it's it our ours ourselves you'll
    we've we're i'll i've i'm to of on in at by as an a is be or if so do does did get got make made take give send
    anything something everything nothing both about under затем потом дальше заодно поэтому today tomorrow tonight well too either again rather prefer instead сегодня завтра сейчас неё нее него ней ним ними них ему
    вы вам вас ваш ваша ваше ваши вашу вашего вашей мы нам нас наш наша наше наши нашу нашего также тоже это эту этот
    эта эти этой этого этом этим этих этими том той тем тех для что как или его её ее их они она оно уже ещё еще все всё при про под над без так там тут ничего
    visa mastercard maestro amex directly
    top separate additional extra further occasion however однако  money funds деньги денег деньгам деньгами деньгах вот how here's
    применится применяется сработает срабатывает""".split()  # money is what every refund is about: "the money has been returned" names nothing; nor does a discount's «сработает»
)


# a place taken ahead of others, and a thing done on a visit already booked: two senses of "priority" that do not stand for each other
_QUEUE_JUMP = re.compile(rf"(?<!\w)(?:{_QUEUE_EN}|priority\b|front\s+of\s+the\s+(?:queue|line)|вне\s+очеред\w*|без\s+очеред\w*|приоритет\w*|в\s+первую\s+очередь)", re.IGNORECASE)
_SAME_VISIT = re.compile(f"{_SAME_VISIT_EN}|{_SAME_VISIT_RU}", re.IGNORECASE)


@dataclass(frozen=True)
class Promise:
    kind: str
    text: str  # the clause that makes it
    start: int
    end: int
    objects: frozenset[str]  # stems of its other words: what it is about
    context: frozenset[str] = frozenset()  # stems of its whole sentence
    named: frozenset[str] = frozenset()  # of those, the names and numbers ("Sam Patel", "15")
    loose: bool = False  # its clause names nothing, so its objects are its sentence's
    definite: bool = False  # "the refund", "your replacement": one already spoken of
    words: tuple[int, int] = (0, 0)  # where the words that make it a promise stand
    later: tuple[bool, bool] = (False, False)  # its clause, its sentence speak of the next order, trip, invoice…
    sentence: tuple[int, int] = (0, 0)
    conditional: bool = False  # its sentence makes it depend on something: "if the damage is not confirmed", «если»
    condition: frozenset[str] = frozenset()  # stems of that condition's clause
    hedged: bool = False  # its sentence has an "if" of any kind, even one on the customer's choice ("if you book by 31 December")
    anyway: bool = False  # its sentence says it holds whatever happens: "in any case", "even if", «в любом случае»
    recurring: bool = False  # its sentence makes it hold every time: "for every extra day", "on any future order"
    regardless: bool = False  # its sentence says it holds whatever a decision finds: "regardless of", «независимо от решения»
    along: str = ""  # what its clause adds it to, cut off: ", together with the seat and bag fees"
    summary: bool = False  # a summary's or a field's line: "Short version: we'll put the paint right at no cost", "Replacement: prime oak, 3000x620x40mm"

    def same(self, other: Promise) -> bool:
        """Whether ``self`` (the rewrite's) is ``other`` (the draft's): the same kind, about something the draft's
        clause names, or about a name or number or several words its sentence names ("Sam Patel will replace
        the failed valve" for "the replacement part has been ordered, and the engineer, Sam Patel, will fit it")."""
        if self.kind != other.kind or self.kind != "cost" and OURSELVES.search(self.text) and not OURSELVES.search(other.text) and not _WE_DO_IT.search(other.text):
            return False  # "we'll refund the £150.00 ourselves" for "the £150.00 will be back" when the recipient returns it (not for "we'll reimburse your postage")
        if self.kind == "priority" and _QUEUE_JUMP.search(self.text) and _SAME_VISIT.search(other.text):
            return False  # «поставим в производство вне очереди» is no thing done on a visit already booked («демонтируем в тот же визит»)
        if self.kind == "cost" and other.keeps and not self.keeps and NO_CHARGE_SAID.search(self.text):
            return False  # «наклеить новые … бесплатно приедет наш монтажник» is not the draft's «Бракованные наклейки можно не возвращать»
        if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in self.objects & other.objects):
            return True  # the same code: «Для следующего заказа примите промокод ВКУС200» for «Дарим промокод ВКУС200 — скидка 200 ₽»
        if (code := NAMED_CODE.search(self.text)) and code["code"] in other.text:
            return True  # the same code in capitals: «Для следующего заказа есть промокод СВЕЖЕСТЬ» for «Промокод СВЕЖЕСТЬ даёт скидку 300 ₽»
        if self.kind == "callback" and _phones(self.text) & _phones(other.text):
            return True  # "we'll phone you on +44 7700 900481 for your go-ahead" for "we'll call you on 07700 900481 for approval"
        if _STATUS_ONLY.fullmatch(self.text.strip(" .!")):
            return True  # «Обмен оформлен», "The exchange is confirmed": the state of the draft's remedy of its kind, nothing more
        if self.later[0] and not other.later[1] and not self.definite:
            return False  # "the next trip is on us" is not the draft's free trip today (but "use the credit at your next visit" is the credit given)
        if self.kind == other.kind and _OBJECT_PRONOUN.search(self.text) and len(_dated(self.objects) & _dated(other.context)) >= 2:
            return True  # "We'll bring them to you tomorrow" for "2 bags … will be redelivered tomorrow", "Both are back in your package: 14/20 left" for "Both lessons have been returned to your package … 14 of 20 lessons left": the things already spoken of
        if self.kind == "cost" and all(any(w == o or len(w) >= 4 and o.endswith(w) or w == o + "s" for o in other.objects) for w in self.objects) and not self.recurring:
            # «за доставку доплачивать не придётся» for «отправим её отдельной посылкой без доплаты за доставку»: all it names, the draft's
            # names («бесплатная проверка центровки» for «бесплатную перепроверку центровки»: one word with a prefix, «пере-», "re-";
            # "the zips" for "the zip replacement": a short word's plural)
            return True
        if self.definite or not self.objects - _NAMES_NOTHING or not other.objects or _dated(self.objects) & _dated(other.objects):
            return True  # (a day written "01.02" is «1 февраля»: «перерасчёт сделан с 01.02» for «Перерасчёт пенсии произведён с 1 февраля»; "extend it once" names how often, not what, "putting it right" no thing)
        if self.kind in MONEY and self.objects <= other.trigger:
            return True  # «её мы тоже компенсируем по гарантии» for «это тоже покроет гарантия»: money that names nothing but the draft's own words for it
        if self.kind == other.kind and self.objects & _WHEN and any(w.isdigit() and len(w) <= 2 for w in self.objects) and not {w for w in self.objects - _WHEN if not (w.isdigit() and len(w) <= 2)}:
            return True  # "- Refunded: 14 Jan" for "The duplicate transaction was refunded today": it names nothing but its day
        if self.objects <= _SUM_WORDS and self.trigger == other.trigger and {w for w in self.context if w[:1].isdigit()} & {w for w in other.context if w[:1].isdigit()}:
            return True  # «сумма пересчитана — 1 870,40 ₽ вместо 2 415 ₽» for «начисление пересчитано: к оплате 1 870,40 ₽»: the same words of it, the same sum
        if self.kind not in MONEY and len(self.trigger) >= 2 and self.trigger == other.trigger:
            return True  # "a courtesy car is ready for you from tomorrow" for "We have arranged a courtesy car for you from tomorrow"
        if self.kind == "cost" and (self.objects <= _CHARGE_WORDS or self.objects <= _CHARGE_WORDS | {"dupli"} and self.trigger & _CHARGE_WORDS) or self.kind == "refund" and not self.conditional and self.objects & _CHARGE_WORDS and self.objects <= _CHARGE_WORDS | {"dupli"}:
            return True  # "no extra fee was charged" for "with no additional fee", "you won't be charged it twice" for "will not be charged again", "I've refunded the duplicate charge" for "I have issued a refund of £17.99": it names no charge but a charge
        if self.kind == "cost" and other.objects and other.objects <= _CHARGE_WORDS and other.objects & self.trigger:
            return True  # "with no further fees from us" for "We are not charging any further fees": the same charge, let off
        if self.kind == "cost" and "repla" in other.objects and (self.objects & _NEW_ONE or self.objects & _BRING and self.objects & _TAKE_AWAY):
            return True  # «Новая карта — бесплатно» for «Замена бесплатная»: the replacement is the new one, or its two halves ("drop off the grey frame and collect the charcoal one, free of charge" for "You don't pay anything for the swap")
        if len(self.objects) >= 2 and self.objects <= other.context:
            return True  # «так что замена его участка для вас бесплатна» for «Замена участка стояка — …, поэтому работы для вас бесплатные»
        if self.kind == "cost" and self.objects & (other.trigger - _CHARGE_WORDS):
            return True  # "cancel without paying an exit fee" for "leave without an exit fee": the charge the other's words name
        if self.kind == "cost" and self.keeps and other.keeps:
            return True  # «Бракованные оставьте себе» for «Неудачные стикеры возвращать не нужно»: kept, not sent back
        if self.kind == "cost" and {t[:4] for t in self.trigger - _CHARGE_WORDS} & {t[:4] for t in other.trigger - _CHARGE_WORDS}:
            return True  # «без доплаты» for «доплачивать не нужно»: the same charge in their own words
        if self.kind == "cost" and self.loose and len(self.objects & other.context - _WHEN) >= 4 and not other.conditional:
            return True  # "There's nothing to pay: your plan includes up to three hours of on-site work a month" for "The visit is free of charge, as your plan covers on-site work up to 3 hours per month": the draft's reason told
        if self.kind == "cost" and self.loose and self.trigger == other.trigger and not other.conditional:
            return True  # "Here's how we'll put it right, at no cost to you:" over the steps, for "There is no cost for the re-repair"
        if self.conditional and other.conditional and len(self.trigger) >= 2 and {t[:4] for t in self.trigger} == {t[:4] for t in other.trigger} and 2 * len(self.condition & other.condition) >= len(other.condition) > 0:
            return True  # «если по снимкам вы не увидите сильного загрязнения, мы вернём доплату» for «Мы можем вернуть доплату, если на фото вы не увидите сильного загрязнения»: the same words, on the same condition
        if self.kind == other.kind and self.objects & other.context and _same_numbers(self.named, other.named):
            return True  # "We have made a one-off extension: … valid, for its full value of GBP 75, until 30/06/2025" for "As a one-off, we have extended it until 30 June 2025 for the full £75.00": its sentence's numbers, the draft's
        # (or the draft's promise names nothing but whom it is about, a person this one's sentence names: «пишите вашему
        # персональному менеджеру, Елизавете Андреевне Мироновой» for «Ваш персональный менеджер — Елизавета Андреевна Миронова»)
        return not self.loose and (bool(self.objects & other.named) or len(self.objects & other.context) >= 3 or other.loose and self.kind in _PEOPLE and len({w for w in other.objects & self.context if w.isalpha()} - _WHEN) >= 2)

    def akin(self, other: Promise) -> bool:
        """Money to the customer in other words, about the same amount or thing: a credit for the draft's compensation,
        "we'll pay you back for the taxi" for "we will reimburse your taxi fare" (or time given as amends: "added 30 days to your
        access to make up for the three weeks you lost" for "we have extended your access by 30 days")."""
        later = self.later[0] and not other.later[1]
        ours = self.kind != "cost" and OURSELVES.search(self.text) and not OURSELVES.search(other.text)  # "…the difference ourselves": more (a cost is «за наш счёт» itself)
        if self.kind == other.kind or not ({self.kind, other.kind} <= MONEY or {self.kind, other.kind} == {"compensation", "extension"}) or later or ours:
            return False
        shared = self.objects & other.objects - _WHEN
        # "removed the overnight stay charge" names the stay in the words that make it a promise, no new amount beside them
        named = (self.objects & other.trigger | self.trigger & other.objects) - _CHARGE_WORDS - _WHEN
        if self.kind == "cost" and _THAT_CHARGE.search(self.text) and (self.trigger & other.trigger) - _CHARGE_WORDS and self.amounts <= other.amounts:
            return True  # "so that charge has been removed" for "we have removed the £420 from the invoice": the charge spoken of, let off the same way
        return bool(self.amounts & other.amounts) or len(shared) >= 3 or len(shared) >= 2 and len(self.context & other.context) >= 3 or bool(shared) and len(self.context & other.context) >= 4 or len(named) >= 2 and self.amounts <= other.amounts

    def around(self, before: int = 0, after: int = 0) -> str:
        """The words that make it a promise, with up to ``before`` and ``after`` characters of its text either side."""
        return self.text[max(0, self.words[0] - self.start - before) : max(0, self.words[1] - self.start + after)]

    @property
    def trigger(self) -> set[str]:
        """The stems of the words that make it a promise ("without an exit fee")."""
        return {s for w in _WORD.findall(self.around()) if (s := stem(w))}

    @property
    def keeps(self) -> bool:
        """Whether its words let the customer keep what they would send back («оставьте себе», «возвращать не нужно»)."""
        return bool(_KEEP_IT.search(self.around()))

    @property
    def amounts(self) -> set[str]:
        return {w for w in self.objects if any(c.isdigit() for c in w)}

    @property
    def own_amounts(self) -> set[str]:
        """The amounts in its words or just after them ("return £97.35 to your card"), not elsewhere in its clause."""
        if self.loose:
            return set()
        return {stem(w) for w in _WORD.findall(_GROUPED.sub("", self.around(after=25))) if any(c.isdigit() for c in w)}

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


@lru_cache(maxsize=64)
def promises(text: str, lang: str, usual: bool = False) -> tuple[Promise, ...]:
    """The promises ``text`` makes, one per kind and clause; with ``usual`` (a draft's), also how a remedy always goes
    (``USUAL``), so that a rewrite telling it as a promise keeps the draft's. Kept for the next rewrite of the same draft."""
    found: dict[tuple[str, int], Promise] = {}
    scan = _fold(text)
    idioms = [(m.start(), m.end()) for m in _IDIOM.finditer(scan)]
    offered = [m.span() for m in _OFFERED.finditer(scan)]
    for kind, regex in _patterns(lang, usual).items():
        for m in _matches(regex, scan, idioms, kind):
            trigger = {t for w in _WORD.findall(_without_gaps(m)) if not any(c.isdigit() for c in w) and (t := stem(w)) not in _COUNTS}  # an amount ("6", "six") says what it is about
            clause = own = _clause(scan, m.start(), m.end())
            sentence = _clause(scan, m.start(), m.end(), _SENTENCE)
            if (called := _VOCATIVE.match(scan, sentence[0])) and called.end() <= m.start() and (not called["lower"] or person(called.group().split()[0].strip(","))):  # "Mr Asante, you won't have to pay anything", «Ирина, деньги вам вернут» (not «Подключение, как и раньше, бесплатное»):
                sentence = (called.end(), sentence[1])  # the person spoken to is no object
                clause = own = (max(clause[0], called.end()), clause[1])
            context = _about(text, sentence, m.start(), trigger)
            if along := _ALONG.search(scan, m.end(), clause[1]):
                clause = (clause[0], along.start())
            words = _about(text, clause, m.start(), trigger) - _AUXILIARY | ({"full"} & trigger)  # "get all of your money back": in full (not «она будет бесплатной»'s «будет»)
            if words and (listed := _LISTED.match(scan, clause[1] - scan.endswith(":", 0, clause[1]))):  # «Условия рассрочки:» over its list: its first item too
                words |= _about(text, listed.span(1), m.start(), trigger)
            if not words and _DASH.search(scan, max(0, clause[0] - 4), clause[0]):  # «а ужин в ресторане — за наш счёт»: what stands before the dash
                before = _before(scan, clause, 3)
                words = _about(text, before, m.start(), trigger)
                if _DASH.search(scan, max(0, before[0] - 4), before[0]):  # «Стоимость такси — 1 800 ₽ — возместим»: and before an aside
                    words |= _about(text, _before(scan, before, 3), m.start(), trigger)
            # "…18 March; it is free", "…a duplicate charge of £49.99. It was refunded today": what "it" stands for
            # (or the money it pays: "The £37.18 is on its way back: we refunded it today"; not "cover repainting it", the wall)
            referent = _about(text, _antecedent(scan, clause), m.start(), trigger) if _PRONOUN.match(scan, clause[0]) else frozenset()
            if not referent and kind in ("refund", "credit") and _IT_AFTER.match(scan, m.end()):
                referent = frozenset(w for w in _about(text, _antecedent(scan, clause), m.start(), trigger) if any(c.isdigit() for c in w))
            loose = not words
            if loose:  # «Подключение, как и раньше, бесплатное»: a clause that names nothing is about its sentence
                clause = sentence
                words = context | referent
            else:
                if clause[1] < len(scan) and scan[clause[1]] == ":":  # «Сборку делаем бесплатно: 4200 ₽ за неё платить не нужно», or a list's first item
                    rest = scan[clause[1] + 1 :]
                    after = len(scan) - len(rest.lstrip())
                    words |= _about(text, _clause(scan, after, after), m.start(), trigger)
                if _PURPOSE.match(scan, clause[1]):
                    words |= _about(text, _clause(scan, clause[1] + 1, clause[1] + 1), m.start(), trigger)
                if _PREDICATE.match(scan, clause[0]) or scan.startswith(("мы ", "я "), clause[0]) and _OBJECT_FIRST.fullmatch(scan, sentence[0], clause[0]):  # "Both amounts, £93.40 in total, will be refunded": its subject is before it in the sentence
                    words |= _about(text, (sentence[0], clause[0]), m.start(), trigger)
                else:
                    words |= referent
            named = _about(text, sentence, m.start(), trigger, _NAMED)
            definite = bool(_DEFINITE.search(scan, max(0, m.start() - 20), m.start())) and bool(_NOUN.match(m.group())) or kind == "refund" and bool(_THE_MONEY.search(scan, own[0], m.start() + len(_MONEY_WORD.match(scan, m.start()).group())))
            recurring = bool(RECURRING.search(scan, *sentence))
            # (not a clause of its own after it: "we'll issue a credit note …, and from now on your invoices will apply the reverse charge" is one credit now)
            ever = RECURRING.search(scan, *sentence)
            # (nor another thing done after it: "refunded the two tickets … and corrected the note so it shows on all future bookings")
            other_deed = lambda at: at > m.end() and _AND_DONE.search(scan, m.end(), at)  # noqa: E731
            later = (bool((nxt := _NEXT.search(scan, *clause)) and not other_deed(nxt.start())) or bool(ever) and not (ever.start() >= clause[1] and _NEW_CLAUSE.search(scan, clause[1], ever.start()) or other_deed(ever.start())), bool(_NEXT.search(scan, *sentence)))
            condition = CONDITION.search(scan, *sentence)
            # chosen by the customer: its choice is its condition; or asked just before it: "Not there by then? Ring us, and we'll refund the $47.80"
            option = any(a <= m.start() < b for a, b in offered) or _asked_before(scan, sentence[0]) or bool(_INSTEAD_OF_MONEY.search(scan, *clause)) or bool(_OR_FIRST.match(scan, sentence[0])) or not usual and bool(_NUMBERED.match(scan, sentence[0]) or _OUTCOMES.search(scan, *sentence))
            hedged = bool(IF.search(scan, *sentence))
            # "Either way, if you leave it disconnected, we'll take it away": the sentence's own "if" still holds (not "even if")
            anyway = bool(ANYWAY.search(scan, *sentence)) and not _EITHER_WAY_IF.search(scan, sentence[0], m.start())
            found.setdefault((kind, own[0]), Promise(kind, text[clause[0] : clause[1]].strip(), clause[0], clause[1], frozenset(words), context, named, loose, definite, m.span(), later, sentence, bool(condition) or option, _condition(text, scan, condition), hedged, anyway, recurring, bool(_REGARDLESS.search(scan, *sentence)), text[along.start() : own[1]] if along else "", _summary(scan, m)))
    return tuple(sorted(found.values(), key=lambda p: p.start))


# a line that sums up what the reply tells at length, or a field named by the remedy's own word, over its details
_SUMMARY = re.compile(r"[ \t]*(?:[-•*–—][ \t]*)?(?:(?:the\s+)?short\s+version|in\s+short|tl;?\s?dr|in\s+a\s+nutshell|(?:in\s+)?summary|bottom\s+line|(?:если\s+)?коротко|вкратце|в\s+двух\s+словах|итого|итог)\s*[:—–-]", re.IGNORECASE)
_FIELD = re.compile(r"[\w ]{1,30}(?:\s*\([^()\n]{1,60}\))?:", re.IGNORECASE)  # (with its working: "Refundable share (1 of 4 visits used): $216")


def _summary(scan: str, m: re.Match) -> bool:
    """Whether a promise at ``m`` stands in a summary line ("Short version: …") or is a field's name ("Replacement: …")."""
    line = scan.rfind("\n", 0, m.start()) + 1
    return bool(_SUMMARY.match(scan, line)) or not scan[line : m.start()].strip(" \t-•*–—") and bool(_FIELD.match(scan, m.start())) and ":" not in m.group()


_OR_FIRST = re.compile(r"\s*(?:или|либо|or)\s", re.IGNORECASE)  # a sentence that opens with "Or" is one more option: «…есть в наличии. Или отмена с полным возвратом…»
# a rewrite's sentence that lists outcomes, each its own condition: «Дальше два варианта: дело в уплотнителе — меняем его
# бесплатно; причина другая — …» (a draft's list of options stays as firm as it is worded)
_OUTCOMES = re.compile(r"(?<!\w)(?:два|три|несколько)\s+вариант(?:а|ов)\s*:|\b(?:two|three)\s+(?:options|possibilities|outcomes|scenarios)\s*:", re.IGNORECASE)
# a rewrite's sentence that opens with an option's number is one the customer may choose: «Предлагаем два варианта. Первый —
# батут «Галактика» … Второй — возврат 5600 ₽» (a draft's keeps its own reading, so that a rewrite listing its options plainly still keeps them)
_NUMBERED = re.compile(r"\s*(?:(?:перв|втор|трет)(?:ый|ой|ий|ая)(?:\s+вариант)?|(?:the\s+)?(?:first|second|third)(?:\s+option)?)\s*[—–:]\s", re.IGNORECASE)


def _asked_before(scan: str, start: int) -> bool:
    """A condition asked just before the sentence at ``start``, or before the one request between them: "Not there? Send
    us a photo of the drawer panel by Friday. We'll post kit 118330…"."""
    if _ASKED_BEFORE.search(scan, max(0, start - 90), start):
        return True
    before = _clause(scan, max(0, start - 2), max(0, start - 2), _SENTENCE)[0]
    return before < start and bool(_REQUEST.match(scan, before)) and bool(_ASKED_BEFORE.search(scan, max(0, before - 90), before))


_REQUEST = re.compile(r"(?:(?:just|please|просто|пожалуйста)\s+)?(?:send|reply|email|e-mail|call|ring|upload|attach|share|text|пришлите|отправьте|ответьте|напишите|позвоните|загрузите|приложите)(?!\w)", re.IGNORECASE)


def _fold(text: str) -> str:
    """The text as the patterns read it: the precomputed Russian forms are spelt with е (same length, so offsets hold)."""
    return text.replace("ё", "е").replace("Ё", "Е")


# A condition asked as a question of its own: "Still seeing it after ten days?", "Missed anything?", «Всё ещё видите списание?»
_ASKED = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:[•*·–—-]\s*)?(?:(?:[\w-]+\s+){0,3}?(?:doesn't|don't|isn't|aren't|won't|can't)|(?:[\w-]+\s+){1,2}?not|(?:[\w-]+\s+){1,2}?(?:anything|something)|nothing|still|not|no|can't|cannot|didn't|haven't|any|want|need|running|run\s+out|low\s+on|short\s+of|prefer|rather|would\s+you\s+(?:like|prefer|rather)|удобнее|хотите|предпочитаете|(?:всё|все)\s+ещё|не\s+пришл\w*|нет|(?:[\w-]+\s+){1,3}?не)\b[^.!?\n]{0,80}\?", re.IGNORECASE)


_ASKED_BEFORE = re.compile(_ASKED.pattern + r"\s*$", re.IGNORECASE)


def conditions(text: str) -> frozenset[str]:
    """The stems of every condition ``text`` states, each to the end of its sentence: where a rewrite keeps the draft's
    condition, if in another sentence or split by a comma («Если у вас сохранился чек с АЗС, выданный не раньше…»)."""
    scan = _fold(text)
    stated = (_about(text, (m.end(), _clause(scan, m.end(), m.end(), _SENTENCE)[1]), -1, set()) for regex in (CONDITION, _FOR_THIS, _EXCEPT_FOR) for m in regex.finditer(scan))
    # ...and the sentence a step points back to: «…осталась одна поездка дольше 15 минут. После неё 3 000 бонусов придут…»
    before = (sentence(text, m.start() - 2, m.start() - 2) for m in _AFTER_THAT.finditer(scan) if m.start() >= 2)
    return frozenset().union(*stated, *(_about(text, m.span(), -1, set()) for regex in (_ASKED, _CHOICES) for m in regex.finditer(scan)), *(_about(text, span, -1, set()) for span in before))


# an exception told on its own: "The repair itself is free. The only exception is damage caused by overloading",
# «…, кроме случаев, когда…», «за исключением»
_EXCEPT_FOR = re.compile(r"\b(?:the\s+)?(?:only\s+)?exceptions?\s+(?:is|are|being)\b|\bexcept\s+(?:for|when|where|if)\b|(?<!\w)(?:кроме\s+(?:тех\s+)?случа\w+|за\s+исключением)(?!\w)", re.IGNORECASE)


_AFTER_THAT = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(?:после\s+(?:этого|не[её]|него|них)|after\s+that|once\s+(?:you've\s+done\s+(?:that|this|so)|that's\s+done|you\s+have))(?!\w)", re.IGNORECASE)


# what it takes, in a sentence of its own after the remedy: «…вернуть 60% суммы. Для этого подписанное заявление должно
# поступить к нам до 20 февраля», "To do this, the signed form must reach us by 20 February"
_FOR_THIS = re.compile(r"(?:^|(?<=[.!?:]\s))(?:для\s+этого|(?:одно\s+|единственное\s+)?услови[ея]\s*:|to\s+do\s+(?:this|that|so)|for\s+(?:this|that)\s+to\s+happen|to\s+get\s+(?:this|it|that)|(?:the\s+|one\s+|only\s+)*condition(?:\s+is)?\s*:)(?!\w)", re.IGNORECASE | re.MULTILINE)


# a heading over options the customer chooses from, or that another's decision picks: «поэтому вариантов два:», "you
# have two options:", "here are the ways to keep your costs down:", «вот как можно сэкономить:», "What happens next depends on their decision:"
# it starts where its sentence does (what a later start finds, that start finds too): a scan, not a search from every letter
_CHOICE_WORDS = r"(?<![^.!?\n:])[^.!?\n:]*(?:вариант\w*|на\s+выбор|выбер\w*|выбрать|options?|choices?|choose|\beither|\bways\b|(?<!\w)как\s+можно(?!\s+(?:скорее|быстрее|раньше))|(?<!\w)как\s+(?:получить|забрать|вернуть|оплатить)(?!\w)|\bhow\s+to\s+(?:get|collect|pay|receive)\b|\bdepends?\s+on|зависит\s+от|в\s+зависимости\s+от)[^.!?\n:]*"
_CHOICES = re.compile(_CHOICE_WORDS + r":[ \t]*\n(?:[ \t]*\n)?", re.IGNORECASE)  # a blank line may part it from its list


_ITEM_MARK = r"[ \t]*(?:\d{1,2}[.)]|[a-zа-я][.)]|[-•*–—]|(?:option|вариант)\s+(?:[a-zа-я]|\d{1,2})\s*[—–:.)-])[ \t]"  # where a list's item starts: "1. ", "b) ", "— ", "Option A — "
# a heading's list, below its colon, up to the end of its first item: "Terms of the payment plan:\n— 6 months…"
_LISTED = re.compile(r"[ \t]*:[ \t]*\n" + _ITEM_MARK + r"([^\n]*)", re.IGNORECASE)
# the options themselves, the lines of the list under such a heading: "2. Refund the remaining sessions…" is one the customer may choose
# (or after a sentence that names them, each option a heading over its own list: "You can choose one of two options.\n
# Free rebooking:\n— …")
# one remedy offered in place of another, the customer's to choose: «Можно вместо денег взять 390 бонусов»
_INSTEAD_OF_MONEY = re.compile(r"(?<!\w)вместо\s+(?:денег|возврата|компенсации)|\binstead\s+of\s+(?:the\s+|a\s+)?(?:money|refund|cash)\b", re.IGNORECASE)
_OFFERED = re.compile(
    _CHOICE_WORDS + r"[:.][ \t]*\n(?:[ \t]*\n)?(?:(?:" + _ITEM_MARK + r"[^\n]*|[^\n.!?:]{1,60}:[ \t]*)(?:\n|$)(?:[ \t]*\n)?)+", re.IGNORECASE
)


def _condition(text: str, scan: str, m: re.Match | None) -> frozenset[str]:
    if m and _THEN.fullmatch(m.group()):  # «Ремонт можно сделать в нашей мастерской — тогда …»: the condition is what comes before
        return _about(text, (_clause(scan, m.start(), m.start(), _SENTENCE)[0], m.start()), -1, set())
    return _about(text, (m.end(), _clause(scan, m.end(), m.end())[1]), -1, set()) if m else frozenset()


_THEN = re.compile(r"[—–]\s*тогда(?!\w)|(?<!\w)в\s+(?:этом|таком)\s+случае(?!\w)|\bin\s+that\s+case\b", re.IGNORECASE)


def _matches(regex: re.Pattern, scan: str, idioms: list[tuple[int, int]], kind: str):
    """The regex's matches that are promises; after one that is not (refused, wished, an idiom), the search
    goes on from its next character: «Штраф за опоздание 1 500 ₽ отменён, деньги вернутся» is a fee's
    topic up to «1 500 ₽ … вернутся», and still a refund at «деньги вернутся»."""
    at = 0
    while m := regex.search(scan, at):
        refused = _REFUSED_CHARGE.match(m.group())  # "we won't charge you": a promise whatever its negation says, unless a warranty pays
        if (any(s <= m.start() < e for s, e in idioms) or _not_made(scan, m, kind)) and not refused or refused and kind == "cost" and _others_pay(scan, m):
            at = m.start() + 1
            continue
        yield m
        at = max(m.end(), m.start() + 1)


def _inside_quotes(scan: str, m: re.Match) -> bool:
    return any(q.start() < m.start() and m.end() < q.end() for q in _QUOTED_NAME.finditer(scan, max(0, m.start() - 30), min(len(scan), m.end() + 30)))


_AT_OUR_EXPENSE = re.compile(r"(?<!\w)за\s+(?:наш|свой)\s+сч[её]т|\bat\s+our\s+(?:own\s+)?expense\b|\bon\s+us\b|\bourselves\b", re.IGNORECASE)


def _others_pay(scan: str, m: re.Match) -> bool:
    """What a warranty or insurance pays, unless we do it: "won't cost you anything: … it's covered by our diagnostic guarantee"."""
    if _AT_OUR_EXPENSE.search(m.group()):
        return False  # «…тоже поставим за наш счёт», "at our expense": ours, whatever a warranty covers beside it
    warranty = _WARRANTY.search(scan, max(0, m.start() - 120), m.start()) or _WARRANTY_AFTER.match(scan, m.end())
    return bool(_PAID_BY_AFTER.match(scan, m.end()) or warranty and not _WE_DO.search(scan, max(0, m.start() - 120), m.start()))


def _not_made(scan: str, m: re.Match, kind: str) -> bool:
    """Whether the words of a promise at ``m`` make none: refused, apologised for, wished, another's to pay."""
    before, after = scan[max(0, m.start() - 40) : m.start()], m.end()
    if _APOLOGY.search(before) or _NEGATION.search(before[-30:]) and not _SUBJECT_FIRST.match(m.group()) or _PREVENTED.search(before[-70:]) or _NEGATION_AFTER.search(scan[after : after + 60]) or _YOU_HAD_TO.search(before):
        return True  # "sorry we sent …", "we can't refund", «вернуть … не можем», "you had to move money around to cover your rent"
    if _LIMIT.search(before) or _LIMITED.match(scan, after):
        return True  # "The most we can pay for an unlisted item is £500", «Возмещение ограничено 250 ₽ за кг»: a limit told, no promise
    if (title := _TITLED.match(scan, m.start())) and (before.strip() and not _AFTER_SENTENCE.search(before) or _LINE_END.match(scan, title.end()) and before[-1:] in ("", "\n")):
        return True  # a product's name inside a sentence ("the Bonus Saver pays 4.75%", "your Free Delivery Pass"), a team's on its own line
    if kind == "refund" and _OWED_AFTER.match(scan, after) and not _WE_BEFORE.search(before):
        return True  # «Вернуть деньги должны в течение 30 дней» after «прежний оператор обязан…»: another's duty, no subject of ours
    if kind == "refund" and (_PRICED.match(scan, after) or _PRICED.search(scan, m.start(), min(m.end(), m.start() + 25))):
        return True  # «возврат будет стоить 3 900 ₽», "the return will cost €45": a price of sending it back
    if kind == "refund" and _FOR_IT.search(before[-30:]) and _ASK_THEM.match(scan, m.end()):
        return True  # "For a ticket refund, the people to contact are the Society", «За возвратом билетов обращайтесь к организатору»: someone else's refund
    if kind == "replacement" and (_NEW_PAPER.search(before) or _NEW_PAPER_NAMED.search(m.group())) and not _NEW_PAPER_NOT.search(m.group()):
        return True  # «отзовём счёт … и пришлём новый», "cancel the invoice and send a new one", «Новый счёт отправим сегодня»: a document put right, no remedy
    if kind in ("delivery", "upgrade", "priority") and _FOR_PRICE.match(scan, after):
        return True  # "we can courier it back to you for £12.50", «привезём за 500 ₽»: a service sold, no remedy
    if kind == "compensation" and _WAYS.search(before) and _HEADING_END.match(scan, m.end()) or _IN_WAYS.match(scan, after) or _AS_FOLLOWS.match(scan, after):
        return True  # "There are two ways to make up for them:" over a list of remedies, «Обменять ботинки можно двумя способами.», «заменим так:» over the ways: each told (and checked) on its own
    if _IN_ORDER.search(before) or _HOW_TO.search(before) and _HEADING_END.match(scan, m.end()):
        return True  # «Чтобы сделать перерасчёт, нужен акт», "in order to refund you we need…": what it takes, no promise
    if _WORDING_OF.search(before[-40:]):
        return True  # «текст о бесплатной отмене на сайте мог ввести в заблуждение», "the wording about free cancellation": words told of
    if kind != "cost" and (_STEPS_HEADING.search(scan, max(0, m.start() - 300), m.start()) or _HOW.search(before[-12:])) and _INFINITIVE.match(m.group()):
        return True  # «Что нужно сделать:\n1. Продлить подписку»: the customer's steps in the infinitive (not options offered, «Вы можете:\n— вернуть куртку»); «Как вернуть деньги:», how it is done
    if kind == "cost" and _RECOVERED.match(scan, after):
        return True  # «Штраф мы оплатили, и из залога удержаны 500 ₽»: paid for the customer and taken back, no cost of ours
    if _COULD_HAVE.match(scan, after) or _COULD_HAVE_BEFORE.search(before[-30:]):
        return True  # «продлить хранение можно было в приложении»: what could have been done, nothing offered
    if _YOU_TRY.search(before[-40:]) or _YOU_TRY_IN.search(m.group()):
        return True  # «деньги можно попробовать вернуть через chargeback», "you can try to claim it back": the customer's attempt
    if m.group().isupper() and _REPLY_WITH.search(before[-30:]):
        return True  # "(reply CREDIT)", «ответьте ВОЗВРАТ»: the word to answer with, no remedy
    if kind == "cost" and _OFFER_HAD.search(before[-60:]):
        return True  # "the January offer had no joining fee": what an offer was, told of a charge made in error
    if kind == "discount" and _TAKEN_BEFORE.search(before[-40:]):
        return True  # "the bird-mesh kit, which had been taken off your quote": a line removed before, the error told
    if _WITHOUT.search(before[-30:]) and not _OUR_VERB.search(m.group()) and not _SUBJECT_OF.match(scan, m.end()) or m.group()[:7].lower() == "without" and _CANNOT.search(before):
        return True  # «без компенсации» (not «для багажа без объявленной ценности компенсация составляет 600 ₽»: its subject)
    if _THIRD_PARTY.search(before[-40:]) and not _WE_HAVE.search(before) or _BANK_INSIDE.search(m.group()) or _OTHERS_MUST.match(scan, m.end()) or _BANK_TAKES.search(scan, max(0, m.start() - 100), m.start()) or _topic(scan[max(0, m.start() - 110) : m.start()], m.group()):
        return True  # another's doing; the customer's wish or a question's topic
    if kind in MONEY and _TAKES_TO_SHOW.search(before[-60:]):
        return True  # "Visa normally takes 5–10 business days to show a refund on your statement": how long a bank takes, no remedy
    if (_POLICY.match(scan, after) or _POLICY_BEFORE.search(before)) and m.group().lower().endswith("s") or kind in ("credit", "discount") and (_VALIDITY_AFTER.match(scan, after) or _VALIDITY_BEFORE.search(before)):
        return True  # "refunds are …", what points are worth
    if kind == "priority" and _TERMS_BEFORE.search(before[-60:]):
        return True  # «по договору SLA мы гарантируем доступность 99,9%», "under your SLA we guarantee …": a term of the contract told
    if kind in ("discount", "credit") and _LASTS_AFTER.match(scan, after):
        return True  # "Our gift vouchers last 12 months, so yours lapsed": how long they last, none given
    if kind == "credit" and (_CAP_BEFORE.search(before) or _CAP_AFTER.match(scan, after)):
        return True  # «Лимит кешбэка — 3 000 ₽ в месяц», "the cashback cap is £20": a term told, no promise
    if kind == "credit" and m.group().lower().startswith("балл") and _SCORE.search(scan, max(0, m.start() - 60), min(len(scan), after + 40)):
        return True  # «обидно не добрать всего два балла», «два балла до проходных 60»: an exam's score, no points given
    if " " not in m.group() and _inside_quotes(scan, m):
        return True  # a word of a name in quotes: «в «Моих баллах» они появятся», the section "My Points"
    if (kind == "credit" and _POINTS.fullmatch(m.group()) or kind == "discount" and _DISCOUNT_WORD.search(m.group())) and _LOST.search(scan, max(0, m.start() - 25), min(len(scan), after + 25)) and not _RESTORED.search(scan, *_clause(scan, m.start(), after)):
        return True  # «Спасибо, что сообщили о пропавших баллах», «баллы не потерялись», "the missing points", "the 10% discount was missing from the invoice": what was complained of
    if kind == "credit" and _CONVERTED.match(scan, after):
        return True  # «Сумму пересчитаем в рубли по курсу ЦБ»: a currency converted, no recalculation in the customer's favour
    if kind == "cost" and m.group().lower().startswith("on us") and _BLAME.search(before) and (_SORRY_NEXT.match(scan, after) or _FAULT_BEFORE.search(scan, max(0, m.start() - 120), m.start()) or not _COST_NEAR.search(scan, min(max(0, m.start() - 90), sentence(scan, m.start(), m.start())[0]), (stop.start() if (stop := _TOLD_NEXT.match(scan, after)) else min(len(scan), after + 40)))):
        return True  # "nobody rebooked your visit. That's on us": a fault owned, nothing paid for ("this one's on us: … collected your $189", the fault told after it); not
        # with a price anywhere in its sentence ("The empty would normally cost £285.00 …, but as you lost a morning off work, this one is on us")
    if kind == "discount" and _APPLY_CODE.search(before[-30:]) or kind in MONEY and _WAS_DUE.match(scan, after):
        return True  # "so spaces no longer stop promo codes from applying", «чтобы пробелы не мешали применять промокоды»; «Скидка … вам полагалась»: what was due
    if kind == "discount" and _ON_SALE.search(scan, max(0, m.start() - 40), min(len(scan), m.end() + 10)):
        return True  # «на оправу со скидкой 30 % его не приняли», "discounted frames": goods on sale, no discount given
    if kind == "extension" and _YOU_TAKE.search(before[-30:]):
        return True  # «Если оформите рассрочку до 10 мая», "once you set up the payment plan": the customer's doing
    if kind == "extension" and _PAID_FOR.match(scan, after):
        return True  # «продлить абонемент на 14 дней за 1000 рублей», "extend it by a week for £20": an option sold, no favour
    if kind == "cost" and (_THRESHOLD_BEFORE.search(before) or _THRESHOLD_AFTER.match(scan, after)):
        return True  # "orders over £50 deliver free", «доставка бесплатна от 3000 ₽»: the shop's terms, no promise
    if kind == "cost":
        return _others_pay(scan, m)
    if kind == "replacement" and m.group().lower().startswith("обмен") and _IN_RETURN.search(before[-20:]):
        return True  # «новый выдаётся только в обмен на него», "only in exchange for the old one": a condition of the draft's remedy, none of its own
    if kind == "replacement" and m.group().lower().startswith("обмен") and _FX.search(scan, max(0, m.start() - 60), min(len(scan), m.end() + 40)):
        return True  # «комиссии за обмен не было», «Отложенный обмен» по курсу: a currency exchange, no item exchanged
    # a job's length or price, the customer's purchase, a change we had to make, the customer's own doing ("replace the
    # batteries yourself", «замените фильтр», a step "1. Replace the filter")
    if kind == "replacement" and _NEW_VALUE.match(scan, after):
        return True  # «мы заменили его на 772501001», "replaced it with 40817810": a code or number put right, no item
    if kind == "replacement" and _IT_AFTER.match(scan, after) and _PART_BEFORE.search(scan, max(0, m.start() - 100), m.start()):
        return True  # "Should the drain pump be the cause, he can replace it": a part, the repair itself
    return kind == "replacement" and bool(_THE_JOB.match(scan, after) or _PRICE_OF.search(before) or _JOB_NOUN.fullmatch(m.group()) and (_THE_JOB_NAMED.match(scan, after) or _PAID_JOB.match(scan, after)) or _THEIRS_AFTER.match(scan, after) or _HAD_TO.search(before) or _AWAITED.search(before) or _TO_US.match(scan, after) or _YOURSELF.match(scan, after)
                                          or _YOU_DO.search(before) and not m.group().lower().startswith(("обмен", "exchang")) or m.group().lower().startswith(("замените", "поменяйте"))
                                          or m.group().lower() == "replace" and STEP_START.search(scan, 0, m.start()))


def _topic(before: str, match: str) -> bool:
    """The remedy as the customer's wish or the topic of a question; a "when …," clause before it has ended:
    «Когда телефон будет готов, мы позвоним вам» is a promise, "checking when the refund arrives" is not."""
    wish = _WISH.search(before)
    if wish and _OUR_RULE.search(before, max(0, wish.start() - 30), wish.start() + len(wish.group().split()[0].rstrip(","))):
        wish = None  # "Under our breakdown policy we refund …", "covered under our goods-in-transit insurance, so there is nothing to pay": our own rule or cover, as "our policy" is
    if wish and _TOLD.match(wish.group()) and _SO_ON.search(before, wish.start()):
        return False  # «вам сказали иначе, поэтому сбор мы снимаем»: what they were told, then a clause of our own
    question = wish and _QUESTION.match(wish.group())
    ours = wish and _OURS_AFTER.search(before[wish.start() :] + match)  # "if they refuse again, we'll sort the cost out": our own clause
    ours = ours or wish and _FEE_FOR.match(wish.group()) and _IS.search(before)  # "the delivery fee for this order is on us": what the fee is for, then the promise
    # «мы отремонтируем её по гарантии бесплатно», "your policy has a £250 excess, and in your case we'll waive it": we do it
    # a wish to do something at no charge is the option offered: "If you'd like to leave without an early exit fee, you can"
    ours = ours or wish and _FREE_OF.match(match) and _TO_DO.search(before, wish.start())
    ours = ours or wish and _TO_DO_THEN.search(before, wish.start())  # «Если вы хотите проверить воду, лаборатория бесплатно возьмёт пробу»: a clause of its own
    # (but "we can consider a refund", «мы можем рассмотреть возмещение» grants nothing: we only weigh it)
    ours = ours or wish and not _CONSIDER.match(wish.group()) and (_WE_DO.search(before, max(0, wish.start() - 40), wish.start()) or _WE_AFTER.search(before, wish.start()))
    return bool(wish) and not (question and _CLAUSE_MARK.search(before, wish.start() + question.end()) or ours)


_OUR_RULE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}(?:policy|insurance)$", re.IGNORECASE)
_SCORE = re.compile(r"(?<!\w)(?:проходн\w*|экзамен\w*|тест\w*|ЕГЭ|ОГЭ|оценк\w*|набра\w*|добра\w*|недобра\w*|не\s+хватил\w*|пересдач\w*|апелляц\w*|повторн\w+\s+проверк\w*|из\s+100)(?!\w)", re.IGNORECASE)
_TOLD = re.compile(r"you\s+(?:were|was|had|'d|have|'ve)|(?:вам|тебе)\s", re.IGNORECASE)
_SO_ON = re.compile(r",\s*(?:поэтому|так\s+что|а|но|and|but)\s|\b(?:so|therefore|which\s+is\s+why)\b", re.IGNORECASE)
_LIMITED = re.compile(r"\s+(?:\w+\s+)?(?:ограничен[аоы]?(?!\w)|(?:is|are)\s+(?:capped|limited)\b)", re.IGNORECASE)  # not «без ограничения»
_LIMIT = re.compile(r"\b(?:the\s+most|the\s+maximum|the\s+max)\s+(?:that\s+)?(?:(?:we|i)\s+(?:can|could|are\s+able\s+to)\s+)?$|\ball\s+(?:that\s+)?(?:we|i)\s+(?:can|could|are\s+able\s+to)\s+$|(?<!\w)(?:максимум|больше|всё|все),?\s+(?:что\s+)?(?:мы|я)\s+(?:можем|сможем|могу|смогу)\s+$", re.IGNORECASE)
_CAP_BEFORE = re.compile(r"(?<!\w)(?:лимит\w*|максимум\w*|потолок|предел\w*|ставк\w+|размер\w*)\s+$|(?<!\w)(?:не\s+(?:больше|более)|максимум)\s+\d[\d\s.,]*\s?(?:₽|руб\w*\.?)\s+$|\b(?:no\s+more\s+than|at\s+most|a\s+maximum\s+of)\s+[$£€]?\d[\d.,]*\s+(?:[$£€]\s+|(?:dollars|pounds|euros)\s+)?(?:(?:of|in)\s+)?$|\b(?:cap|limit|maximum|max|rate|ceiling)\s+(?:of|on|for)\s+(?:the\s+|your\s+)?$", re.IGNORECASE)
# how long a kind of voucher lasts: "Our gift vouchers last 12 months", «сертификаты действуют год»: a term told, none given
_LASTS_AFTER = re.compile(r"\s+(?:last|lasts|expire|expires|run|runs|(?:is|are)\s+valid)\s+(?:for\s+)?(?:\d+|one|two|three|six|twelve|a|an)\b|\s+(?:действу(?:ет|ют)|действительн\w*)\s+(?:в\s+течение\s+)?(?:\d+|год|полгода|месяц)", re.IGNORECASE)
_CAP_AFTER = re.compile(r"\s+(?:cap|limit|rate|maximum|ceiling)\b|\s+(?:is\s+|are\s+)?capped\b", re.IGNORECASE)
# A part named before "replace it" («заменит его»): the part is replaced in the repair, no product replaced for the customer
_FX = re.compile(r"(?<!\w)(?:курс\w*|валют\w*|евро|доллар\w*|USD|EUR|GBP)(?!\w)|[€$£]", re.IGNORECASE)
_IT_AFTER = re.compile(r"\s+(?:it|them|его|е[её]|их)(?!\w)", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"(?:\b(?:pump|valve|board|screen|display|battery|hinge|seal|hose|fuse|filter|belt|bearing|compressor|thermostat|motor|element|heater|fan|cable|part|component|drum|lock|switch|sensor|keyboard|charger|port|lens|speaker|camera)s?\b"
    r"|(?<!\w)(?:насос|клапан|плат[аыу]|экран|дисплей|аккумулятор|батаре[йяю]|термостат|терморегулятор|тэн|ремень|ремн[яем]|подшипник|шланг|фильтр|датчик|детал[ьи]|запчаст[ьи]|модул[ья]|уплотнител[ья]|петл[яию]|мотор|двигател[ья]|компрессор|разъ[её]м|кнопк[аиу]|динамик|камер[аыу])\w*)(?=[^.!?\n]*$)",
    re.IGNORECASE,
)
_IN_ORDER = re.compile(r"(?:(?<!\w)чтобы|\bin\s+order\s+to|\bso\s+as\s+to)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a pointer to the remedy the next sentences tell: "there is a way to get your credit back", «есть способ вернуть деньги»
_WAY_TO = re.compile(r"\b(?:there(?:'s|\s+is)\s+(?:still\s+|also\s+)?(?:a|one)\s+way\s+to|you\s+can\s+still)\s+(?:[\w-]+\s+){0,2}$|(?<!\w)(?:есть|существует)\s+(?:ещё\s+|еще\s+)?(?:способ|возможность)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_HOW_TO = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:(?:here's|here\s+is|this\s+is)\s+how\s+to|to|how\s+to|чтобы|(?:вот\s+)?как)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # "To resend them:", "Here's how to get the student price back:", a heading over the customer's steps
# (or the first step right after the colon: «Как платить без комиссии: привяжите права …»)
_HEADING_END = re.compile(r"[^.!?\n:]{0,40}:[ \t]*(?:\n|[а-яё]+(?:ите|йте)(?!\w)|(?:please\s+)?(?:send|e-?mail|call|ring|go|open|log|visit|attach|bring|fill|pay|link|add|reply|upload)\b)", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,30}»|“[^“”\n]{1,30}”")


def _phones(text: str) -> frozenset[str]:
    """The phone numbers a text names, by value: "+44 7700 900481" and "07700 900481" are one number."""
    return frozenset().union(*(pii.phone_numbers(m.group()) for m in pii.PHONE.finditer(text)))


_ON_SALE = re.compile(r"(?<!\w)(?:на|за)\s+(?:товар\w*|оправ\w*|вещ\w*|модел\w*|позици\w*|издели\w*)\s+(?:по\s+акции\s+)?со\s+скидкой|\b(?:discounted|reduced|sale)\s+(?:items?|goods|frames?|products?|models?|stock)\b", re.IGNORECASE)
_DISCOUNT_WORD = re.compile(r"discount|скидк", re.IGNORECASE)
_POINTS = re.compile(r"(?:балл|бонус|points?|bonus(?:es)?)\w*", re.IGNORECASE)
_LOST = re.compile(r"(?<!\w)(?:пропавш|пропал|потерявш|потерял|недостающ|исчезнувш|исчезл|missing|lost|disappeared|vanished|omitted|не\s+(?:был[аио]?\s+)?(?:учтен|учтён|применен|применён)|not\s+(?:been\s+)?applied|left\s+off)\w*", re.IGNORECASE)  # (a discount "not applied", «не учтена»: the fault complained of)
_RESTORED = re.compile(r"(?<!\w)(?:начисл|доначисл|зачисл|верн|восстанов|добав|перенес|add|credit|restor|return|give|put|reinstat|transfer)\w*", re.IGNORECASE)  # (not «мы начислим пропавшие баллы»)
_NEW_VALUE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:на|with|to)\s+(?:№\s?)?\d{5,}(?![\d\w])", re.IGNORECASE)
_AS_FOLLOWS = re.compile(r"\s+(?:так|следующим\s+образом|like\s+this|as\s+follows|this\s+way)\s*:", re.IGNORECASE)
_IN_WAYS = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:(?:двумя|тремя|несколькими)\s+способами|in\s+(?:two|three|several|a\s+few)\s+ways)\s*[.:]", re.IGNORECASE)
_WAYS = re.compile(r"\b(?:ways?|options?|choices?)\s+(?:to|we\s+can|of)\s+$|(?<!\w)(?:способ\w*|вариант\w*)\s+(?:как\s+)?$", re.IGNORECASE)
# How remedies go in general, no promise: "refunds are processed within 5–7 business days", "these refunds usually appear within 1 to 3 days"
_TAKES_TO_SHOW = re.compile(r"\btakes?\s+(?:[\w–-]+\s+){1,5}?to\s+(?:show|appear|clear|reach\s+you|post)\s+(?:a|the|your|any)?\s*$", re.IGNORECASE)
_POLICY = re.compile(r"\s+(?:are|get|can\s+be)\s+(?:usually\s+|normally\s+|typically\s+|always\s+|generally\s+)?(?:processed|issued|made|paid|sent|credited|handled|approved|completed)\b"
                     r"|\s+(?:usually|normally|typically|generally|can|may)\s+(?:take|show|appear|arrive|reach)\b"
                     r"|\s+take\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d|a\s+few|several)"  # "Card refunds take 3–5 working days to appear"
                     r"|\s+(?:usually\s+|always\s+)?go\s+(?:out\s+)?(?:by|via|through|to)\b", re.IGNORECASE)  # "refunds go out by bank transfer"
_TERMS_BEFORE = re.compile(r"(?:(?<!\w)(?:по\s+(?:договору|условиям|тарифу)|согласно\s+(?:договору|условиям))|\b(?:under|per|as\s+per)\s+(?:the|your|our)\s+(?:contract|sla|agreement|terms|plan))\b[^.!?\n]{0,40}$", re.IGNORECASE)
_POLICY_BEFORE = re.compile(r"\b(?:we|they)\s+(?:usually\s+|normally\s+|typically\s+|always\s+|generally\s+)?(?:process|issue|pay\s+out|send\s+out|handle)\s+(?:all\s+)?$"
                            r"|\b(?:like|as\s+with)\s+(?:all|any|other|every|each\s+of)\s+(?:of\s+)?(?:our|the)\s+$|(?<!\w)как\s+и\s+(?:все|любые|другие)\s+(?:наши\s+)?$", re.IGNORECASE)  # "we process refunds within ten working days"; "like all our vouchers, it was valid for twelve months"
# An apology tells of what we did, not what we promise: "I'm sorry we offered you a voucher first", «Простите, что мы предложили вам купон»
_YOU_HAD_TO = re.compile(r"\byou(?:'ve|\s+have)?\s+had\s+to\s+(?:(?!(?:are|is|were|was|be|will|and|but)\b)[\w'-]+\s+){0,4}$|(?<!\w)(?:вам|вы)\s+(?:пришлось|были\s+вынуждены)\s+(?:(?!(?:и|а|но)(?!\w))[\w-]+\s+){0,4}$", re.IGNORECASE)
_APOLOGY = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+)?(?:we|i|you\s+(?:were|got))\s+(?:(?:only|first|originally|initially|just|then)\s+)?(?:[a-z]+ed|sent|gave|given|made|took|put|got|did|didn't|had|hadn't|couldn't|wasn't|weren't)\s+(?:[\w'-]+\s+){0,3}$"
    r"|(?<!\w)(?:извин\w*|простите|прости|жаль)\s*,?\s+что\s+(?:мы\s+|я\s+)?(?:вам\s+|вас\s+)?(?:(?:сначала|только|сразу)\s+)?[а-яё]+(?:ли|ла|л)\s+(?:[\w-]+\s+){0,3}$"
    r"|(?:\b(?:sorry|apologi[sz]e|apologies)|(?<!\w)(?:извин\w*|простите|прости|жаль))\s*,?\s+(?:that|что)\s+(?:the\s+|your\s+|ваш\w*\s+)?$",  # «Извините, что кешбэк не пришёл сразу»: the remedy's delay regretted
    re.IGNORECASE,
)
# Another's doing, no promise of ours: «банк получателя вернул деньги»
# ...unless we have them do it: "we'll have the shop hold it", «попросим продавца забрать его»
_WE_HAVE = re.compile(r"\b(?:we|i)(?:'ll|\s+will|\s+can)\s+(?:have|get|ask)\s+(?:the|our)\s+[\w-]+\s+(?:to\s+)?$|(?<!\w)(?:попросим|попрошу|договоримся\s+с)\s+[\w-]+\s+$", re.IGNORECASE)
_THIRD_PARTY = re.compile(r"\b(?:bank|banco|banque)\w*\s+(?:[\w-]+\s+)?(?:should|will|may|would|usually|normally)\s+$|(?:банк\w*|магазин\w*|продав\w*|отправител\w*|получател\w*|the\s+(?:bank|merchant|shop|seller|sender|recipient)(?:'s)?)\s+(?:(?!and\b|or\b|but\b|и\b|а\b|но\b)[\w-]+\s+)?$", re.IGNORECASE)
# How long a bank takes, no promise of ours: "Banks usually take five to seven working days to show a refund", «банку нужно 3–5 дней, чтобы отразить возврат»
_BANK_INSIDE = re.compile(r"\s(?:банк|the\s+bank)\s+(?:[\w-]+\s+)?(?:верн[её]т|возвращает|will\s+return|will\s+refund)(?!\w)", re.IGNORECASE)  # «вторую сумму банк вернёт на карту»
# the doer named after a Russian infinitive: «пересчитать график банк должен», «вернуть деньги магазин обязан»
_OTHERS_MUST = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:банк|магазин|продав[её]ц|перевозчик|страховая)\w*\s+(?:долж[её]?н|обязан)\w*(?!\w)", re.IGNORECASE)
_BANK_TAKES = re.compile(
    r"\b(?:banks?|card\s+(?:issuers?|providers?)|(?:your|the)\s+(?:bank|card\s+(?:issuer|provider)))\s+(?:usually\s+|normally\s+|typically\s+|generally\s+|often\s+|can\s+|may\s+|might\s+)?(?:takes?|needs?|requires?)\s+[^.!?\n]{0,50}?\bto\s+(?:(?:show|remove|process|display|clear|post|reflect|release|return|drop)\s+(?:[\w-]+\s+){0,2})?$"
    r"|(?<!\w)(?:банк\w*|эмитент\w*)\s+(?:обычно\s+|как\s+правило\s+|может\s+)?(?:нужно|нужны|требуется|требуются|занимает|понадобится|берёт|берет)\s+[^.!?\n]{0,40}?(?:чтобы\s+)?(?:(?:отразить|показать|провести|зачислить|снять|убрать|вернуть)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"(?:why|where|when|whether|почему|где|когда)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;—–]")
_TO_DO = re.compile(r"(?:\bto\s+[a-z]+|(?<!\w)[а-яё]+(?:ть|ти)(?:ся|сь)?)(?:\s+(?:it|the\s+contract|договор|от\s+[\w-]+))?\s+$", re.IGNORECASE)  # «вы можете отказаться от тура без штрафа»
_TO_DO_THEN = re.compile(r"(?:\b(?:like|want|wish|prefer)|(?<!\w)(?:хотите|хотели|желаете|хочешь))\s+(?:to\s+[a-z]+|[а-яё]+(?:ть|ти)(?:сь|ся)?)(?!\w)[^,;:—–.!?\n]*[,;:—–]\s+", re.IGNORECASE)  # a wish to do something, then another clause
_FREE_OF = re.compile(r"without|with\s+no|free|(?<!\w)без(?!\w)", re.IGNORECASE)
_CONSIDER = re.compile(r"consider|review|assess|evaluate|рассмотр|изуч", re.IGNORECASE)
_FEE_FOR = re.compile(r"(?:fee|charge)\s+for\b", re.IGNORECASE)
_WE_AFTER = re.compile(r"\b(?:we|i)(?:'ll|\s+will|\s+can|\s+are\s+going\s+to)\b|(?<!\w)мы\s+(?:[а-яё]+\s+)?[а-яё]+(?:ем|им|ём|ам)(?!\w)|(?<!\w)[а-яё]{3,}(?:им|ём)\s+(?:вам|тебе)(?!\w)", re.IGNORECASE)  # «продлим вам полис»
_WE_DO = re.compile(rf"(?:{_WE_AFTER.pattern})[^,;—–.!?]*$", re.IGNORECASE)  # ...before the payer, in the same clause
_IS = re.compile(r"\b(?:is|are|will\s+be|'s)\s+$", re.IGNORECASE)
_OURS_AFTER = re.compile(r"(?:[,;—–]\s*(?:(?:and|then|which|so|but|и|то|тогда|а|но|так\s+что)\s+)?|\s(?:and|и)\s+)(?:we|i|мы|я)(?!\w)|[,;—–]\s*(?:(?:а|но|и)\s+|(?!\s*(?:пока|когда|чтобы|что|как|если|поэтому|так\s+что|потому|котор\w+)(?!\w)))[^,;.!?\n]*?(?<!\w)[а-яё]{3,}(?:ем|им|ём)(?=\s+(?:вам|тебе)(?!\w)|$)", re.IGNORECASE)  # "…when booking and we'll let it through", «…по гарантии, а 3 800 рублей вернём вам», «…пришлось ждать, следующий выезд в счёт не включим» (not «…ждать, пока вернём», a clause about the wait; nor «…, поэтому заменим», which «поэтому» ties to the words before it)


def _about(text: str, span: tuple[int, int], at: int, trigger: set[str], words: re.Pattern | None = None) -> frozenset[str]:
    """The stems of what a promise at ``at`` is about: the other words of its span (or those ``words`` finds), asides and slots aside."""
    # an aside goes unless the promise is in it or it names an amount: "reduce the invoice to £520 (a £40 discount)";
    # names and numbers stay, where an aside names the thing: "Замена холодильника (модель KGN39VI25R)"; and a phone's area code, "(416) 555-0199"
    keep = lambda a: a.start() <= at - span[0] < a.end() or words is _NAMED or _AMOUNT.search(a.group()) or _AREA_CODE.match(a.string, a.start())  # noqa: E731
    about = _ASIDE.sub(lambda a: a.group() if keep(a) else " ", text[span[0] : span[1]])
    about = _GROUPED.sub("", _INTENSIFIER.sub(" ", _ONE_TIME.sub(" once ", about)))  # «5 000» is 5000; "no charge at all" is "no charge"; "one-time" is "once"
    found = {stem(w) for w in (words or _WORD).findall(_PHONE.sub(" phone ", _SLOT.sub(" ", about)))}
    return frozenset(found | {_COUNTS[w] for w in found & _COUNTS.keys()}) - trigger - {""}  # "six" is "6" too


def stems(text: str, span: tuple[int, int] | None = None) -> frozenset[str]:
    """The stems of a span's words (all the text's without one), as promises' objects are written."""
    return _about(text, span or (0, len(text)), -1, set())


# a phrase put first in its sentence, no clause of its own: "Depending on your bank, it should be back …"
_FRONTED = re.compile(r"(?:depending\s+on|according\s+to|as\s+(?:usual|always|a\s+rule)|in\s+most\s+cases|usually|typically|normally|(?<!\w)(?:в\s+зависимости\s+от|как\s+правило|как\s+обычно|обычно))\b", re.IGNORECASE)


def _antecedent(scan: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause a pronoun opening ``clause`` stands for: the one before it, past a phrase put first in its sentence."""
    before = _before(scan, clause, 2)
    return _before(scan, before, 2) if _FRONTED.match(scan, before[0]) and before[0] > 0 else before


def _before(scan: str, clause: tuple[int, int], back: int) -> tuple[int, int]:
    """The clause before ``clause`` (``back``: how far before its start to look, past its mark)."""
    at = max(0, clause[0] - back)
    return _clause(scan, at, at)


def _without_gaps(m: re.Match) -> str:
    """The words that make a match a promise: the gaps between them (its capturing groups) are what it is about."""
    text = m.group()
    for g in range(1, m.re.groups + 1):
        if m.start(g) >= 0:
            s, e = m.start(g) - m.start(), m.end(g) - m.start()
            text = text[:s] + " " * (e - s) + text[e:]
    return text


# «при оплате заказа до 31 мая»: a remedy that holds only when paid, ordered or renewed by a date
_PAID_BY = r"при\s+(?:оплате|погашении|внесении|продлении|заказе|покупке)\s+(?:\w+\s+){0,2}?до"
# What makes a promise depend on something: made unconditional ("In any case we'll refund…"), it is another promise
# (a condition on the customer's own choice or need, "if you cannot attend", «если вам неудобно», is an offer, kept however said)
CONDITION = re.compile(r"\b(?:if|unless|as\s+long\s+as|in\s+case)\s+(?![^,.;!?\n]{0,30}?\b(?:suits?|convenient|(?:date|time|slot|day|option|arrangement)s?\s+(?:does\s+not|doesn't|don't|do\s+not|won't|will\s+not)\s+work|none\s+of\s+(?:these|them|those|the\s+\w+)\s+(?:work|suit))\b)(?!you\b|you're|you've|your\b|preferred\b|needed\b|necessary\b|desired\b|that\s+(?:works|suits|helps)\b|it\s+(?:helps|suits)\b)|\bshould\s+(?:the|it|they|any|another|an?|this|that|your)\b|\bsubject\s+to\b|(?<!\w)при\s+наличии\b|(?<!\w)" + _PAID_BY + r"\b"
    # an "if not" unsaid: "Without a choice from you, the refund will be processed on 15 April", «Иначе вернём деньги 15 апреля»
    r"|\b(?:otherwise|failing\s+that|in\s+the\s+absence\s+of)\b|\bwithout\s+(?:a|an|any|your)\s+(?:[\w-]+\s+){0,2}?(?:from\s+you|reply|answer|response|choice|decision)\b"
    r"|(?<!\w)(?:иначе|в\s+противном\s+случае|без\s+(?:вашего\s+)?(?:ответа|выбора|решения))(?!\w)"
    # "next time a car is dirty", «в следующий раз, когда…»: whenever it happens
    r"|\b(?:next\s+time|whenever|each\s+time|every\s+time)\s+(?:a|an|the|you|your|it|this|that|there|one)\b|(?<!\w)(?:в\s+следующий\s+раз|каждый\s+раз|всякий\s+раз),?\s+(?:когда|если)(?!\w)"
    r"|" + _THEN.pattern +  # «…вернуть роутер — тогда компенсация будет 1 200 ₽»
    # ...or a fronted "if not" with a dash, as Russian writes it short: «Не прошло за 10 дней — ждём вас на бесплатную проверку»
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)не\s+[а-яё]+[^.!?\n—–]{0,40}?\s[—–]\s"
    # what the customer does for it, told in the next sentence: «Мы вернём 30%. Для этого пришлите фото надписи», "To get it, just send us a photo"
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?:для\s+этого|чтобы\s+(?:его|её|ее|их|деньги|возврат|компенсацию)\s+получить)\s*,?\s+(?:(?:просто|только|пожалуйста)\s+)?(?=(?:[\w-]+\s+){0,4}?(?:[а-яё]+(?:ите|йте)(?!\w)|(?:нужно|надо|достаточно|необходимо)(?!\w)))"
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?:to\s+(?:get|claim|receive)\s+(?:it|this|that|them|the\s+(?:money|refund|credit|compensation))|for\s+this)\s*,\s+(?:just\s+|simply\s+|please\s+)?(?=(?:send|reply|upload|e-?mail|forward|attach|bring|return|post|share|fill)\b)"
    # or in steps after a heading: «Как получить назад 30% стоимости торта (1 140 ₽):», "How to claim your £20:"
    r"|\b(?:here's\s+|here\s+is\s+)?how\s+to\s+(?:get|claim|receive)\b[^.!?\n:]{0,80}:|(?<!\w)как\s+(?:получить|вернуть|оформить)(?!\w)[^.!?\n:]{0,80}:"
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:Раз)\s+(?=(?:[\w-]+\s+){0,3}?(?:нуж|срочн|важн))"  # «Раз корм нужен срочно, …»: the customer's need
    # a decision it waits on, without "if": «при положительном решении 1 290 ₽ вернутся», "subject to approval", "once approved"
    r"|(?<!\w)(?:при|в\s+случае)\s+(?:положительно(?:м|го)\s+решени[еия]|одобрени[ия])(?!\w)|\b(?:upon|on|subject\s+to|pending)\s+approval\b|\bonce\s+(?:it's\s+|it\s+is\s+|it\s+has\s+been\s+)?approved\b"
    r"|(?<!\w)не\s+(?:помогл\w*|помогает|получил\w*|получится|сработал\w*|заработал\w*|появил\w*|появятся|исправил\w*)\s*[—–?]|\b(?:still\s+not\s+(?:working|fixed)|didn't\s+(?:help|work)|no\s+luck)\s*[?—–]"  # «Не помогло — позвоните…»: an "if" unsaid
    r"|(?:(?<=[.!?]\s)|(?<=\n)|^)(?-i:Не)\s+[а-яё]{3,}(?:ем|ём|им|ет|ёт|ит|ут|ют|ат|ят)(?:ся)?(?:\s+[^.!?\n—–]{1,40}?)?\s+[—–]"  # «Не успеем к 29 марта — вы вправе вернуть…»
    # a condition told as such: «Условие одно: места той же категории», "The only condition: …", "on one condition"
    r"|(?<!\w)услови[ея](?:\s+(?:одно|такое|простое|следующее|только\s+одно))?\s*[:—–]|\b(?:the\s+)?(?:only\s+|one\s+)?condition(?:\s+is)?\s*[:—–]|\bon\s+(?:one|the)\s+condition\b"
    # (not the customer's choice: «Если 18 октября вам не подходит», as "if the date doesn't suit you")
    r"|(?<!\w)(?:если|при\s+условии,?\s+что|в\s+случае,?\s+если)\s+(?![^,.;!?\n]{0,30}?(?<!\w)(?:не\s+подход|не\s+устраива|неудобн)\w*)(?!(?:он|она|оно|они|это)\s+(?:вам\s+)?(?:нужен|нужна|нужно|нужны|понадоб\w+)(?!\w))(?!(?:вы|вам|вас|ты|тебе|тебя|ваш\w*|тво\w+|хотите|хочешь|захотите|захочешь|желаете|удобно|удобнее|нужно|надо|нужна|нужен|нужны|понадоб\w+|интересно|[а-яё]+(?:ете|ите|етесь|итесь|ёте|ётесь)|(?:вдруг|ещё|еще)\s+[а-яё]+(?:ете|ите|етесь|итесь))(?!\w))", re.IGNORECASE)
IF = re.compile(r"\b(?:if|unless|provided|as\s+long\s+as)\b|(?<!\w)(?:если|при\s+условии|в\s+случае|" + _PAID_BY + r")(?!\w)", re.IGNORECASE)
# Said to hold whatever happens: a hedged promise restated so is another promise ("…even if you book after 31 December")
_PAPER_EN = r"(?:invoice|bill|statement|contract|receipt|quote|estimate)s?"
_PAPER_RU = r"(?:сч[её]т(?:а|у|ом|е)?|счет-фактур\w*|акт\w*|договор\w*|квитанци\w*|справк\w*|смет\w*|чек(?:а|у|ом|е)?)"
_NEW_PAPER = re.compile(r"(?:\b(?:cancel|void|withdraw|correct)\w*\s+(?:the\s+|this\s+|that\s+|your\s+)?(?:" + _PAPER_EN + r"|(?:certificate|letter)s?)|(?<!\w)(?:отзов\w*|отозва\w*|аннулир\w*|отмен\w*|исправ\w*)\s+(?:" + _PAPER_RU + r"|сертификат\w*))\s+(?:[^.!?\n]{0,40}?\s)?(?:and|и)\s+$", re.IGNORECASE)
# a new invoice, «новый счёт», sent: the paper put right (not a new gift certificate, which replaces one lost)
_NEW_PAPER_NAMED = re.compile(r"(?:\b(?:a\s+)?new|(?<!\w)нов\w+)\s+(?:" + _PAPER_EN + r"|" + _PAPER_RU + r")(?!\w)", re.IGNORECASE)
_NEW_PAPER_NOT = re.compile(r"замен|replac", re.IGNORECASE)  # "…and replace it" is still a replacement
_STATUS_ONLY = re.compile(r"(?:(?:the|your)\s+)?[\w-]+\s+(?:(?:is|has\s+been|was)\s+)?(?:already\s+|now\s+)?(?:arranged|approved|confirmed|booked|set\s+up|registered)|[\w-]+\s+(?:уже\s+)?(?:оформлен|одобрен|подтвержд[её]н|согласован|зарегистрирован)[аоы]?", re.IGNORECASE)
_ONE_OFF = re.compile(r"\bone-?(?:off|time)\b|\bexception|(?<!\w)(?:исключени|единоразов|разов)", re.IGNORECASE)
_EXCEPTION = re.compile(r"\b(?:(?:as|agreed\s+to|(?:approved|granted|allowed)(?:\s+you)?|(?:this|it)\s+is)\s+an?\s+(?:one-off\s+|one-?time\s+)?exception|make\s+an\s+exception|as\s+a\s+one-off)\b|(?<!\w)(?:сделаем|делаем)\s+исключение|(?<!\w)в\s+(?:виде|порядке|качестве)\s+исключения(?!\w)", re.IGNORECASE)
# Said to hold whatever a decision or a claim finds: more than a remedy the draft ties to one
_REGARDLESS = re.compile(r"\bregardless\s+of|\bno\s+matter\s+what|\bwhatever\s+(?:[\w-]+\s+){1,3}?(?:says|decides|finds|rules)|(?<!\w)независимо\s+от|(?<!\w)при\s+любом\s+(?:решении|исходе)", re.IGNORECASE)
_EITHER_WAY_IF = re.compile(r"(?:\b(?:either\s+way|in\s+any\s+case|anyway)|(?<!\w)(?:в\s+любом\s+случае|так\s+или\s+иначе))\W+(?:if|если)\b", re.IGNORECASE)
ANYWAY = re.compile(r"\b(?:in\s+any\s+case|either\s+way|regardless|no\s+matter|whether\s+or\s+not|even\s+if|rather\s+than\s+wait(?:ing)?\s+for|without\s+waiting\s+for|whatever\s+happens|whatever\s+(?:[\w-]+\s+){1,3}?(?:says|say|finds|find|decides|decide|shows|show|rules|concludes)|(?<=\s)anyway(?=\s*(?:[.!?;]|$)))\b|(?<!\w)(?:в\s+любом\s+случае|вс[её]\s+равно|не\s+дожидаясь|независимо\s+от|даже\s+если|так\s+или\s+иначе|при\s+любом\s+исходе|что\s+бы\s+ни)(?!\w)", re.IGNORECASE)
# Months and weekdays say when, not what: "April's plan on us" is not the draft's credit "on the 1 April bill"
_WHEN = frozenset(
    """janua febru march april may june july augus septe octob novem decem monda tuesd wedne thurs frida satur sunda
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    январ февра марта март апрел мая май июня июнь июля июль авгус сентя октяб ноябр декаб понед вторн среду среда четве пятни суббо воскр""".split()
)
# "To make up for the week you've lost, …": the reason for the remedy its sentence names
_FRAMING = re.compile(r"^(?:to|and\s+to)\s+make\s+(?:it\s+)?up\s+(?:to\s+you\s+)?for\b|^to\s+cover\s+(?:for\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:days?|weeks?|time|hours?|period|downtime|outage)\b|^(?:чтобы\s+(?:как-то\s+)?загладить|в\s+(?:знак|качестве)\s+(?:наших\s+)?извинени)|^so\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:not|aren't|won't\s+be)\s+(?:left\s+)?out\s+of\s+pocket\b", re.IGNORECASE)
# Money to the customer, in whichever words: "£9.55 a day in compensation" is "£9.55 a day will be credited".
MONEY = frozenset({"refund", "credit", "compensation", "discount", "cost"})


# A remedy on the customer's wish, told as their option: «Если он вам не нужен, вы можете получить деньги» as «Вы можете
# вернуть деньги … вместо ваучера», "if you no longer need it, …" as "you can have … instead of the voucher"
_UNWANTED = re.compile(r"\bif\s+you\s+(?:don't|do\s+not|no\s+longer)\s+(?:need|want)\b|(?<!\w)если\s+(?:(?:он|она|оно|они|это)\s+)?(?:вам\s+)?(?:не\s+нуж\w+|больше\s+не\s+нуж\w+)", re.IGNORECASE)
_INSTEAD = re.compile(r"\b(?:you\s+can|you\s+may)\b[^.!?\n]{0,80}?\b(?:instead\s+of|rather\s+than)\b|(?<!\w)(?:можете|сможете|можно)(?!\w)[^.!?\n]{0,80}?(?<!\w)вместо(?!\w)", re.IGNORECASE)
# the reason a discount is given, before it: "As a thank-you for your patience, here is code THANKS15"
_THANKS_FOR = re.compile(r"^as\s+a\s+(?:small\s+|little\s+)?(?:thank[- ]?you|thanks)\s+for\b|^to\s+(?:say\s+)?thank\s+you\s+for\b|^(?:в\s+благодарность|в\s+знак\s+благодарности)\s+за\b", re.IGNORECASE)
# the customer's right to a remedy, named by nothing but its kind: "You're entitled to compensation"
OWED = re.compile(
    r"\b(?:entitled\s+to|owed|due|eligible\s+for|qualify\s+for|you\s+can\s+(?:claim|get))\s+(?:\w+\s+)?compensat\w*|(?<!\w)(?:вам\s+)?(?:положен\w*|полагается)\s+(?:\w+\s+)?компенсац\w*"
    r"|(?<!\w)компенсац\w*\s+(?:вам\s+|вы\s+)?(?:положен\w*|полагается|(?:можете|сможете)\s+получить|получить\s+(?:можете|сможете))(?!\w)|(?<!\w)(?:можете|сможете)\s+получить\s+компенсац\w*",  # «Компенсация вам положена», «компенсацию вы получить можете»
    re.IGNORECASE,
)


def added(draft: list[Promise], rewrite: list[Promise], conditions: frozenset[str] = frozenset(), said: frozenset[str] = frozenset()) -> list[Promise]:
    """The rewrite's promises the draft does not make.

    A conditional promise of the draft stays conditional in the rewrite when
    its sentence has a condition, or when the rewrite states the draft's
    condition elsewhere (``conditions``: its stems, at least half of them):
    "– switch to flight ЮГ-418, if it has seats" in a list whose other item is
    the refund.
    A promise the draft hedges with any "if" (even one on the customer's own
    choice) and the rewrite says holds "in any case" or "even if" is new.

    One of the draft's money promises that no rewrite promise of its own kind
    restates may be restated as another kind about the same amount or thing,
    once, or by several kinds in one clause ("we've put that amount back …
    as a temporary credit") or in a clause that starts with "it"; a
    compensation that names nothing or only its reason ("to make up for it,
    there's a £5 voucher") is the remedy its sentence names, when that one is
    the draft's. ``said``: the stems of the rewrite's words."""
    # its condition, if any, is in the rewrite, or in the promise's own sentence without "if": «Не получится сами — позвоните, и мастер приедет»
    # (or, for an option the draft offers with no condition of its own, «Вместо возврата можно перейти…», one the rewrite hedges: «Если захотите…, можно перейти…»)
    # (or, when all it names is the next occasion, "Next time you book, …", the rewrite's promise is about the next one: "For your next visit, …")
    holds = lambda d, p: not d.conditional or 2 * _met(d.condition, conditions | p.context) >= len(d.condition) > 0 or _UNWANTED.search(d.text) and _INSTEAD.search(p.text) or p.hedged and not d.condition or p.later[1] and 0 < len(d.condition) and d.condition <= _OCCASION  # noqa: E731
    # "we'll give you 10% in any case" for "10% if you book by 31 December"; «…оплатим в любом случае, независимо от решения страховой»
    # (or "even if that one is late too, we won't charge a fee" for the draft's fee "removed as a one-off")
    firmer = lambda p, d: p.anyway and ((d.hedged or bool(_EXCEPTION.search(d.text))) and not d.anyway or p.regardless and not d.regardless)  # noqa: E731
    # a remedy made "as an exception" («сделаем исключение и доначислим…») is a concession the draft never made, unless it says so too
    exception = lambda p: bool(_EXCEPTION.search(p.text)) and not any(_EXCEPTION.search(d.text) for d in draft)  # noqa: E731
    matched = {id(p): {i for i, d in enumerate(draft) if p.same(d) and (p.conditional or holds(d, p)) and not firmer(p, d) and not _bigger(p, d)} if not exception(p) else set() for p in rewrite}
    # "…no charge for it, and we'll skip the charge for the week after as well": one more of a remedy an earlier promise keeps
    # better (it shares more of the draft's words), not the draft's, unless all it names the draft's remedy names («балансировка
    # тоже бесплатно» for «замена … бесплатная, балансировка включена»)
    shared = lambda p, i: len(p.objects & draft[i].objects)  # noqa: E731
    for i, d in enumerate(draft):  # one that names nothing ("No further payment is needed") is one of the rewrite's, not every one of its kind
        for p in [p for p in rewrite if matched[id(p)] == {i} and not d.objects][1:]:
            matched[id(p)] = set()
    for p in rewrite:
        if _ALSO.search(p.text) and not any(_ALSO.search(draft[i].text) for i in matched[id(p)]) and any(q.kind == p.kind and q.words[1] <= p.words[0] and all(shared(q, i) > shared(p, i) and not p.objects <= draft[i].objects for i in matched[id(p)] & matched[id(q)]) and matched[id(p)] & matched[id(q)] for q in rewrite):
            matched[id(p)] = set()
        elif _ANOTHER.search(p.text) and not any(_ANOTHER.search(draft[i].text) for i in matched[id(p)]) and any(q.kind == p.kind and q.words[1] <= p.words[0] and matched[id(q)] for q in rewrite):
            matched[id(p)] = set()  # "Your replacement card … If it isn't there, we'll send another one": a second one
    # one money remedy of the draft told by two of the rewrite's in different sentences (or clauses: «за повторный выезд платить не
    # нужно, а установку мы вам не посчитаем»), one sharing all the draft's words
    # that the other shares and more: the other, unconditional, is new («место 11А … бесплатно» kept, «обед … — за счёт
    # авиакомпании» added); a bare mention that shares none ("10 business days to show a refund") is not, nor one that names
    # only the charge ("the second charge is already refunded" over "Refund of the duplicate: sent May 6th"), nor a bare "— no
    # charge" after a step of the draft's remedy ("Luis will come out and fix the pipe — no charge")
    for i, d in enumerate(draft):
        told = [p for p in rewrite if matched[id(p)] == {i} and not p.definite and p.kind in MONEY]
        for p in told:
            if not p.conditional and not _WAY_TO.search(p.text, 0, max(0, p.words[0] - p.start)) and p.objects & d.objects and not p.objects <= _CHARGE_WORDS | {"dupli"} and len(p.text.split()) > 2 and any((q.sentence != p.sentence or q.words[1] <= p.words[0] and _another(_gap(q, p) + p.around())) and shared(q, i) > shared(p, i) and p.objects & d.objects <= q.objects for q in told):
                matched[id(p)] = set()
    # ...or in one sentence, one in the draft's own words and one more after it in others: «разницу можно не платить, а пени
    # мы спишем» for «Разницу можно не оплачивать» (the penalty is new; not «Сборку делаем бесплатно: … платить не нужно», nor
    # "we've refunded the £49, and it will be back on your card in 3 to 5 working days", which names nothing new, nor
    # «Доплачивать не нужно: …, но повторно мы ничего не берём» for «Оплачивать повторно ничего не нужно», which names only the draft's)
    for i, d in enumerate(draft):
        told = [p for p in rewrite if matched[id(p)] == {i} and p.kind == d.kind and p.kind in MONEY]
        own = [p for p in told if {t[:4] for t in p.trigger} & {t[:4] for t in d.trigger}]
        for p in told:
            if p not in own and not (p.objects and p.objects <= d.objects) and any(q.sentence == p.sentence and _another(_gap(q, p) + p.around()) for q in own if q.words[1] <= p.words[0]):
                matched[id(p)] = set()
            elif p.kind == "cost" and p not in own and own and all(q.sentence != p.sentence for q in own) and len({w for w in p.objects - d.context - _CHARGE_WORDS - _DESTINATION - _WHEN if w.isalpha()}) >= 2:
                matched[id(p)] = set()  # the draft's «доплачивать не нужно» told, and in a sentence of its own a new thing done free: «диван бригада бесплатно обработает пропиткой»
    kept = [p for p in rewrite if matched[id(p)]]
    used = set().union(*matched.values()) if matched else set()
    new = []
    drafted_words = set().union(*(d.context for d in draft))  # what the draft's remedies speak of
    for p in rewrite:
        reason = p.kind in ("compensation", "cost") and _FRAMING.search(p.text) or p.kind == "discount" and _THANKS_FOR.search(p.text)  # "to make up for it, …", «чтобы загладить вину, …»
        framing = p.kind == "compensation" and p.loose and not _ANOTHER.search(p.text) or reason  # (not «…, а вторую половину мы вам тоже возместим»)
        # (or it is the kept remedy's "as a one-off" where the draft's was one too: "extended your voucher as a one-off" for
        # "approved a one-off extension")
        framing = framing or p.kind == "priority" and _EXCEPTION.fullmatch(p.around().strip()) and any(_ONE_OFF.search(d.text) for d in draft)
        # (not a thing given free that neither the draft's remedies nor the kept one beside it speak of: "to make up for the delay
        # we'll leave a spare switch in the comms cabinet at no cost to you")
        novel = p.kind == "cost" and bool(p.trigger & _CHARGE_WORDS) and len({w for w in p.objects - _WHEN if w.isalpha()} - drafted_words - set().union(*(q.objects for q in kept if q.sentence == p.sentence))) >= 3
        if p in kept or not novel and (framing and any(q.sentence == p.sentence for q in kept) or reason and any(len(p.context & d.objects) >= 3 for d in draft)):
            continue  # (or its sentence tells a remedy of the draft the rewrite's words do not make one: «…, подписка продлена на 14 дней»)
        if THIS_SUM.search(p.text) and not p.hedged and any(q.sentence == p.sentence for q in kept):
            continue  # «компенсируем гостиницу до 3500 ₽: … вернём именно эту сумму»: the kept remedy told again
        if p.keeps and any(q.sentence == p.sentence and any(draft[i].context & _KEEPING for i in matched[id(q)]) for q in kept):
            continue  # «оставить её себе и получить обратно 4 000 рублей» for «Если захотите оставить пластинку, можем вернуть 4 000 руб.»: the draft's choice
        if any(q.kind == p.kind and _SO_AFTER.match(p.text) and 0 <= p.start - q.end <= 3 and p.amounts <= q.amounts for q in kept):
            continue  # what the draft's remedy means, in the clause after it: "you'll get a prepaid label, so sending it back won't cost you anything"
        restated = {i for q in kept if _restates(p, q) for i in matched[id(q)]}
        # one remedy of the draft offered two ways, each told by its own kind, in one sentence or two list items in a row:
        # «— мы оплатим ремонт в мастерской …;\n— или выплатим до 12 500 ₽»
        restated |= {i for q in kept if _alternatives(p, q) for i in matched[id(q)]}
        # a remedy already matched may be told again in other words with its amount: "we take 15% off … and return £97.35 to your card"
        akin = next((i for i, d in enumerate(draft) if (i not in used or i in restated or p.own_amounts & d.amounts and p.objects & d.objects - p.amounts) and p.akin(d) and (p.conditional or holds(d, p)) and not on_top(p, d.text) and not firmer(p, d) and not plus(p, d.context)), None)
        if akin is None and (only := _only_unused(p, draft, rewrite, used, said)) is not None and not firmer(p, draft[only]) and (p.kind != "callback" or p.conditional or holds(draft[only], p) and not draft[only].hedged or p.hedged):
            akin = only  # the draft's one replacement restated in other words: "resent them" → "sent fresh copies to replace the ones that went astray" (as firmly: not "…will call you" for "If you'd like to talk it over, reply … and Gareth will call you back")
        if akin is None and p.kind not in MONEY and any(len(p.objects & draft[i].objects - _WHEN) >= 2 or p.kind == "delivery" and "deliv" in draft[i].objects for i in restated):
            continue  # "a new Hub 6 router at no cost" for "a free Hub 6 router", «курьер бесплатно привезёт заказ» for «можем бесплатно доставить курьером»: one remedy, told by two kinds in one clause
        if akin is None and p.kind in MONEY and (p.objects and p.objects <= _DESTINATION or _IT_ARRIVES.match(p.text)) and any(q.kind == p.kind for q in kept) and not (_ALSO.search(p.text) or _ANOTHER.search(p.text) or p.anyway):
            continue  # where the kept remedy's money goes, or when, told after it: «Деньги вернутся на ту же карту», "so it should be back on your card … by 7 March"
        if akin is None and p.summary and any(q.kind == p.kind for q in kept) and not (_ALSO.search(p.text) or _ANOTHER.search(p.text) or p.anyway):
            continue  # the kept remedy summed up or named as a field: "Short version: we'll put the paint right at no cost to you"
        if akin is None and p.loose and p.text.rstrip().endswith(":") and any(q.kind == p.kind for q in kept) and not (_ALSO.search(p.text) or _ANOTHER.search(p.text) or p.anyway):
            continue  # a heading before the draft's remedy told in steps: "here's how to get your money back:"
        if akin is None and _CHOICE.search(p.text, 0, max(0, p.words[0] - p.start)) and any(d.kind == p.kind for d in draft):
            continue  # the customer's choice of the draft's remedy: «напишите, если хотите вернуть деньги», "if you'd prefer the refund"
        if akin is None:
            new.append(p)
        else:
            used.add(akin)
            matched[id(p)] = {akin}
            kept.append(p)
    return [p for p in new if not _sums_up(p, kept, draft, matched)]


def _sums_up(p: Promise, kept: list[Promise], draft: list[Promise], matched: dict[int, set[int]]) -> bool:
    """Whether ``p`` is a topic sentence over the draft's remedy that the next sentence tells: "The renewal can be fully
    refunded. … so you'll get the full amount back as long as you cancel before 19 September" (no amount of its own, no
    word it does not share with that remedy, nothing "also" or "in any case")."""
    if p.amounts or _ALSO.search(p.text) or _ANOTHER.search(p.text) or p.anyway:
        return False
    told = lambda q: q.context.union(*(draft[i].context for i in matched.get(id(q), ())))  # noqa: E731
    return any(q.kind == p.kind and 0 <= q.sentence[0] - p.sentence[1] <= 3 and p.objects - _WHEN <= told(q) for q in kept)


# More than a remedy: "another £10 on top", «ещё 400 ₽ добавим сверху» (not "the extra $179.00": the surplus charged)
_ON_TOP = re.compile(r"\b(?:on\s+top|(?<!\bthe\s)(?<!\bthat\s)extra|additional(?:ly)?|in\s+addition)\b|(?<!\w)(?:сверху|дополнительн\w*|ещ[её])(?!\w)", re.IGNORECASE)


def _met(condition: frozenset[str], words: frozenset[str]) -> int:
    """How many of a condition's stems ``words`` has, also as an adjective with «не-»/"un-": «если она не вскрыта» in
    «Невскрытую упаковку … принесите», "if it hasn't been opened" in "bring the unopened pack"."""
    words = _dated(words) | {_ALIKE[w[:4]] for w in words if w[:4] in _ALIKE}
    roots = {w[:4] for w in words if len(w) >= 4}  # "if attractions close" in "a closure of 2+ hours"
    return sum(1 for c in condition if c in words or ("не" + c)[:5] in words or ("un" + c)[:5] in words or len(c) >= 4 and c[:4] in roots or _ALIKE.get(c[:4]) in words)


# words a choice of times is told in alike: "if neither slot works" is "if neither time suits"
_ALIKE = {"suit": "work", "work": "work", "fits": "work", "slot": "slot", "time": "slot", "date": "slot", "opti": "slot"}


_PAID_FOR = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:за|for)\s+(?:[$£€]\s?\d|\d[\d\s.,]*\s?(?:₽|руб|р\.|[$£€]|pounds|dollars|euros))", re.IGNORECASE)
_AND_DONE = re.compile(r"\s+and\s+(?:also\s+)?(?!(?:will|would|can|could)\b)[a-z]{3,}ed\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|и|а|но)\b", re.IGNORECASE)
# a remedy done to what the reply has named already ("deliver them", «привезём их»)
_OBJECT_PRONOUN = re.compile(r"\b(?:bring|deliver|send|ship|post|drop|redeliver|re-deliver)\w*\s+(?:them|it)\b|^\W*(?:both|they|these|those)\s+(?:are|were|have\s+been|will\s+be|'re|'ll\s+be)\b|(?<!\w)(?:привез[её]м|доставим|отправим|пришл[её]м)\s+(?:их|его|её|ее)(?!\w)", re.IGNORECASE)


def _same_numbers(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sentences name mostly the same numbers, two or more: a date and an amount told again."""
    mine, theirs = ({w for w in words if w.isdigit()} for words in (mine, theirs))
    shared = len(mine & theirs)
    return shared >= 2 and 2 * shared > max(len(mine), len(theirs))


def _dated(words: frozenset[str]) -> frozenset[str]:
    """The stems with each numeric date's day and month told in words too: "20.02" is "20", «февра», "febru"."""
    return words | {w for d in words if (date := _NUMERIC_DATE.fullmatch(d)) for w in (date[1].lstrip("0"), *_MONTH_STEMS[int(date[2]) - 1])}


# "20.02" meets a condition's «до 20 февраля» / "by 20 February": its day and its month's stems
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./](0?[1-9]|1[0-2])(?:[./]\d{2,4})?")
_MONTH_STEMS = [(en, ru) for en, ru in zip("janua febru march april may june july augus septe octob novem decem".split(), "январ февра марта апрел мая июня июля авгус сентя октяб ноябр декаб".split())]


def on_top(p: Promise, than: str) -> bool:
    """Whether ``p`` gives more on top of a remedy where its words stand, which the draft's words ``than`` do not."""
    return bool(_ON_TOP.search(p.around(25, 25))) and not _ON_TOP.search(than)


def _bigger(p: Promise, d: Promise) -> bool:
    """Whether ``p`` makes the draft's remedy ``d`` whole where the draft did not ("…the fee and the full price of the
    boots"), or adds to it a cost the draft's sentence does not name."""
    # (its own words say it: not "the full £245 … — it will be back on your card", where "it" brings the "full")
    # (not a word of an aside: "Refund: GBP 255.00 (the £300 deposit minus the £45 fee that applies to all cancellations)")
    whole = "full" in p.objects and "full" in {stem(w) for w in _WORD.findall(_ASIDE.sub("", p.text))} and not {"full", "100%"} & (d.objects | d.context) and not FULL_AMOUNT.search(p.text) and not _YOU_PAY_FULL.search(p.text) and not _FULL_THING.search(p.text)  # "a full refund" for "a 100% refund"
    # («4 500 ₽ вернутся полностью» for «вернём 1 000 ₽ из оплаченных 4 500 ₽» is the whole: the draft's own amount is the 1 000)
    whole = whole and not (d.amounts and (_WHOLE_SUM.search(p.text) or p.amounts and p.amounts <= (d.own_amounts or d.amounts) and FULLY.search(p.text) and not _ALL_OF.search(p.text)))  # «возврат всей суммы» for «возврат 96 000 ₽», «4000 ₽ … вернём полностью» for «вернём 4 000 ₽»: the amount
    return whole and not _all_of(p, d) or plus(p, d.context | stems(d.text))  # (what the draft's promise itself says is no more: «Курьер заодно заберёт у вас Casio» for «Курьер заберёт у вас Casio»)


# "full" of a thing, not of money: "we'll send your full records free of charge"
_FULL_THING = re.compile(r"\bfull\s+(?:[\w-]+\s+)?(?:records?|details|history|reports?|file|copy|version|list|set|breakdown|statement|diagnostics?|inspection|check)\b|(?<!\w)полн\w+\s+(?:истори|медицинск|карт|выписк|отч[её]т|данн|информаци|спис|комплект|диагностик|провер)", re.IGNORECASE)
_PEOPLE = frozenset({"priority", "callback"})  # promises a person keeps: a named manager, a call back
_ALL_OF = re.compile(r"\b(?:all|every|whole|entire)\s+(?:the\s+|of\s+the\s+)?(\w+)(?:\s+(\w+))?|(?<!\w)(?:все|всю|весь|всё)\s+(\w+)", re.IGNORECASE)


def _all_of(p: Promise, d: Promise) -> bool:
    """Whether "all" names just what the draft's remedy names: "we've waived all storage charges" for "we have waived
    storage charges", nothing made whole."""
    return any(stem(w) in d.objects for m in _ALL_OF.finditer(p.text) for w in m.groups() if w)


FULLY = re.compile(r"(?<!\w)(?:полностью|целиком)(?!\w)|\bin\s+full\b", re.IGNORECASE)  # of the amount, not "the full price of the boots"
_WHOLE_SUM = re.compile(r"(?<!\w)(?:всей|всю|вся|полной|полную|полная)\s+сумм\w*|\b(?:full|whole|entire)\s+(?:amount|sum)\b", re.IGNORECASE)
# "You can pay it in full by 28 February or spread it…": the customer's payment in full, no remedy made whole
_YOU_PAY_FULL = re.compile(rf"\byou\b[^.;!?\n]{{0,20}}?\b(?:pay|repay|settle|clear)\s+(?:{TOKEN}\s+){{0,3}}?in\s+full\b", re.IGNORECASE)
# "the full thirty-five pounds", "all £129.00 you've paid": the word names an amount, which is compared as a value, not a bigger remedy
FULL_AMOUNT = re.compile(r"\b(?:full|whole|entire|all(?:\s+the)?)\s+(?:[$£€₽]\s?\d|\d|[a-z]+(?:-[a-z]+)?\s+(?:pounds|dollars|euros|roubles))|(?<!\w)(?:полн\w+|вс[юяе]\w*)\s+(?:сумм\w+\s+)?\d", re.IGNORECASE)


def plus(p: Promise, named: frozenset[str]) -> bool:
    """Whether ``p`` adds a cost to its remedy that ``named`` (the stems of the draft's sentence) does not hold: "your £749
    plus the original delivery fee"."""
    extra = _PLUS.search(p.text) or _PLUS.search(p.along)
    if extra is None:
        return False
    if extra.group(2):  # «а заодно …», "while we're at it, …": more, unless the draft's sentence names all of it
        return not {stem(w) for w in _WORD.findall(extra.group(2))} - {""} <= named
    return not {stem(w) for w in _WORD.findall(extra.group(1))} & named


_THAT_CHARGE = re.compile(r"\b(?:that|this|the|those|these)\s+(?:charges?|fees?|costs?|amounts?|sums?)\s+(?:(?:has|have|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?)?(?:removed|waived|dropped|scrapped|cancell?ed|written\s+off|taken\s+off)\b", re.IGNORECASE)
_PLUS = re.compile(
    r"(?:\bplus|\b(?:together|along)\s+with|(?<!\w)(?:плюс|вместе\s+со?|как\s+и))\s+((?:[\w-]+\s+){0,4}?"
    r"(?:fee|fees|cost|costs|charge|charges|postage|shipping|delivery|taxi|taxis|cab|meals?|стоимость|доставк\w*|сбор\w*|комисси\w*|такси|трансфер\w*|питани\w*|сумм[аы]\s+заказа))"
    r"|(?:" + WHILE_THERE + r"|(?<!\w)(?:а\s+)?заодно(?:\s+и)?)\s+((?:[\w-]+\s+){0,3}[\w-]+)",  # «…, а заодно и такси до него», «а заодно Сергей отрегулирует створки»
    re.IGNORECASE,
)


# A thing told free: "There's no charge for the return visit" says "free" ("the return visit is free under our guarantee");
# so do a gift and a payment not needed («подарим ещё одно занятие», «второй раз они не понадобятся», "Cost: none")
NO_CHARGE_SAID = re.compile(
    r"\bno\s+(?:[\w-]+\s+)?(?:charge|cost|fee)s?\b|\bat\s+no\s+(?:extra\s+)?cost\b|\bfree\b|\bcomplimentary\b|\bon\s+the\s+house\b|\b(?:is|are|'s)\s+on\s+us\b|\bgift|\bnothing\s+(?:extra\s+|more\s+)?(?:for\s+you\s+)?to\s+pay\b"
    r"|\b(?:cost|price|charge|fee)s?:\s*(?:none|nil|nothing|zero)\b|\b(?:no\s+need|(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have))\s+to\s+pay\b|\byou\s+(?:won't|will\s+not|don't|do\s+not)\s+pay\s+(?:anything|a\s+(?:penny|thing|cent))\b|\b(?:won't|will\s+not)\s+be\s+charged\b|\bcosts?\s+(?:you\s+)?nothing\b|\b(?:won't|will\s+not)\s+cost\s+(?:you\s+)?(?:a\s+(?:thing|penny)|anything)\b"
    r"|(?<!\w)без\s+(?:каких-либо\s+|всяких\s+|дополнительн\w+\s+|лишн\w+\s+)?(?:оплаты|доплаты|платы|платежей|доплат)(?!\w)|(?<!\w)(?:бесплатн\w*|подар\w*|даром)|(?<!\w)за\s+(?:наш|свой)\s+сч[её]т"
    r"|(?<!\w)ничего\s+(?:\w+\s+)?не\s+(?:стоит|будет\s+стоить|спиш\w*)|(?<!\w)не\s+(?:нужно|надо|придётся|придется)\s+(?:\w+\s+)?(?:платить|доплачивать|оплачивать)|(?<!\w)(?:платить|доплачивать|оплачивать)\s+(?:\w+\s+){0,3}?не\s+(?:нужно|надо|придётся|придется)|(?<!\w)не\s+понадоб\w*"
    r"|(?<!\w)с\s+вас\s+(?:[\w-]+\s+){0,2}?не\s+(?:возьм[её]м|будем\s+брать)|(?<!\w)не\s+(?:возьм[её]м|будем\s+брать)\s+(?:[\w-]+\s+){0,2}?с\s+вас(?!\w)"
    r"|\b(?:(?:is|are|be)\s+not|isn't|aren't)\s+(?:charged|billed|chargeable|payable)\b|(?<!\w)не\s+(?:оплачива|взима|тарифицир)\w*",  # "lessons cancelled by the instructor are not charged"
    re.IGNORECASE,
)


def _only_unused(p: Promise, draft: list[Promise], rewrite: list[Promise], used: set[int], said: frozenset[str]) -> int | None:
    """The draft's replacement, its cost let off («доплачивать не нужно» for «платить курьеру ничего не нужно») or its call
    ("Kevin, the driver, will ring half an hour ahead" for "Our driver, Kevin, will call you 30 minutes before arriving"),
    when the rewrite makes no more of that kind than the draft and the draft's is not yet matched."""
    # ("it won't cost you anything" for "The re-alteration is free of charge", «Дополнительно платить не придётся» for
    # «завершит установку без дополнительной оплаты»)
    if p.kind not in ("replacement", "cost", "callback"):
        return None  # other money promises restated elsewhere are matched by amount (``akin``); a second one is new
    mine = [i for i, d in enumerate(draft) if d.kind == p.kind]
    # (not a free thing of the draft told already as another kind: «дарим вам бесплатный час», a gift matched)
    told = lambda i: p.kind == "cost" and any(draft[j].start < draft[i].end and draft[i].start < draft[j].end for j in used)  # noqa: E731
    theirs = [q for q in rewrite if q.kind == p.kind]
    # (a replacement that names nothing, beside the rewrite's own telling of the draft's one, sums it up: «…есть в наличии,
    # и мы его заменим. … курьер заберёт красный велосипед и привезёт чёрный»)
    summary = p.kind == "replacement" and p.loose and not (_ALSO.search(p.text) or _ANOTHER.search(p.text)) and mine and mine[0] in used
    # (each text making as many of that kind, one of the draft's not yet matched: «обменяем сразу» for «обмен на месте»
    # beside «Доставка обмена бесплатная», a replacement too)
    # (a cost the same when both tell it free, as firmly, with nothing more, and the draft's free thing is named nowhere else
    # in the rewrite: not a free mock exam for the draft's fee "carried over", nor «…, как и вся сумма заказа» beside the
    # draft's free delivery, nor "a fabric protection kit on the house" where "the visit" of the draft's "The visit is free" is told)
    free = lambda i: p.kind != "cost" or bool(NO_CHARGE_SAID.search(p.text) and NO_CHARGE_SAID.search(draft[i].text)) and (p.conditional or not draft[i].conditional) and not plus(p, draft[i].context) and not on_top(p, draft[i].text) and not (draft[i].objects - _CHARGE_WORDS - p.context) & said  # noqa: E731
    unused = [i for i in mine if i not in used and not told(i) and free(i)] if len(theirs) <= len(mine) else []
    at = unused[0] if unused else mine[0] if summary and len(mine) == 1 else None
    return at if at is not None and not (p.later[0] and not draft[at].later[1]) else None


_AND_MORE = re.compile(r"(?:^|,)\s*(?:а|и|но)\s|\b(?:and|plus|but)\s", re.IGNORECASE)


_BACK = re.compile(r"\s*(?:it|they|them|that|this|он[аои]?|они|их|е[её]|его)\b|.{0,20}?\byou(?:'ll|\s+will|\s+should)\s+(?:have|get|see)\s+(?:it|them|the\s+money|the\s+funds|the\s+refund|your\s+money)\s+back\b", re.IGNORECASE)


def _another(words: str) -> bool:
    """Whether the words after another promise add one of their own: "…, but we'll waive that", «…, а пени мы спишем»
    (not "…, and it will be back on your card", "and you'll have the money back": the same one told on)."""
    m = _AND_MORE.search(words)
    return bool(m) and not _BACK.match(words, m.end())


def _gap(q: Promise, p: Promise) -> str:
    """The words between ``q``'s promise and ``p``'s after it, from a clause that holds both, or else ``p``'s own before its words."""
    x, y = q.words[1], p.words[0]
    held = next((t for t in (p, q) if t.start <= x and y <= t.start + len(t.text)), None)
    return held.text[x - held.start : y - held.start] if held else p.text[: max(0, y - p.start)]
_TITLED = re.compile(r"(?-i:[A-ZА-ЯЁ][\w-]*\s+[A-ZА-ЯЁ][\w-]*)")
_FOR_PRICE = re.compile(r"[^.;!?\n]{0,40}?(?:\bfor\s+(?:just\s+|only\s+)?[$£€]\s?\d|\bfor\s+\d[\d.,]*\s?(?:[$£€]|eur\b|euros?\b|pounds?\b|dollars?\b)|(?<!\w)за\s+\d[\d\s.,]*\s?(?:₽|руб\w*|р\.))", re.IGNORECASE)
_FOR_IT = re.compile(r"\bfor\s+(?:a|an|your|the)?\s*(?:[\w-]+\s+)?$|(?<!\w)(?:за|по\s+(?:вопросу|поводу))\s+$", re.IGNORECASE)
# ...asked of someone else, not of us: "…, the people to contact are the show's organisers", «… обращайтесь к организатору»
_ASK_THEM = re.compile(r"[^.!?\n]{0,40}?(?:,\s*(?:(?:please|just)\s+)?(?:(?:the\s+)?(?:people|ones?|person|team)\s+to\s+(?:contact|ask|write\s+to|speak\s+to)\s+(?:is|are)\s+|(?:contact|email|e-mail|write\s+to|call|ring|speak\s+to|get\s+in\s+touch\s+with|apply\s+to)\s+)|(?<!\w)(?:обращайтесь|обратитесь|(?:нужно|надо|следует)\s+обратиться)\s+)(?!us\b|me\b|our\b|my\b|к\s+нам|ко\s+мне|в\s+наш|к\s+нашему|нам\b|мне\b)", re.IGNORECASE)
_PRICED = re.compile(r"\s+(?:(?:будет|будут)\s+стоить|стоит|стоят|обойд[её]тся|(?:will|would)\s+cost|costs?)(?!\w)", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_AFTER_SENTENCE = re.compile(r"(?:[.!?:;\n]|^[-•*]|\n[-•*])\s*$")
THIS_SUM = re.compile(r"\b(?:this|that|the\s+same)\s+amount\b|(?<!\w)(?:эт[уа]|ту\s+же|эту\s+же)\s+сумм\w*", re.IGNORECASE)
_OR = re.compile(r"(?:or|либо|или)\b", re.IGNORECASE)
# A remedy the customer may choose, just before its words: "if you'd prefer a refund", «если хотите вернуть деньги»
_CHOICE = re.compile(
    r"(?:\b(?:want|wants|wish|would\s+like|'d\s+like|prefer|'d\s+rather|would\s+rather|choose|opt\s+for)(?:\s+to\s+(?:get|have|take|receive|claim))?(?:\s+(?:a|the|your|for))?"
    r"|(?<!\w)(?:хотите|хочешь|захотите|захочешь|желаете|предпочитаете|предпочт[её]те|выберете|выбираете)(?:\s+(?:получить|оформить))?"
    r"|\b(?:rather|prefer)\b[^.!?\n]{0,40}?\b(?:than|instead\s+of|over)(?:\s+(?:a|an|the|your))?(?:\s+[\w-]+)?)\s+$",  # "if you'd rather have a voucher than the card refund"
    re.IGNORECASE,
)
_SO_AFTER = re.compile(r"(?:and\s+)?(?:so|so\s+that|which\s+means)\b|(?:(?:и|а)\s+)?(?:так\s+что|поэтому|то\s+есть|значит)(?!\w)", re.IGNORECASE)
_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b|(?<!\w)(?:тоже|также)(?!\w)", re.IGNORECASE)
# (not "a second time", «второй раз»: once more, not one more)
_ANOTHER = re.compile(r"\b(?:another|a\s+second|a\s+further)\b(?!\s+time)|(?<!\w)(?:ещ[её]\s+од(?:ну|ин|но)|втор(?:ую|ой|ое))(?!\w)(?!\s+раз)", re.IGNORECASE)
# more of something, of any of the two kinds above or "extra", «дополнительно»
MORE = re.compile("|".join((_ALSO.pattern, _ANOTHER.pattern, r"\b(?:extra|additional|further)\b|(?<!\w)(?:ещё|еще|дополнительн\w*)(?!\w)")), re.IGNORECASE)
# At our own expense: more than the draft's remedy of that amount, unless the draft says so too ("we'll make up the difference ourselves")
OURSELVES = re.compile(r"\bourselves\b|(?<!n't\s)(?<!not\s)(?<!cannot\s)(?<!\bto\s)\b(?:refund|pay|reimburse)\s+(?:you\s+|it\s+|them\s+)?directly\b|\bout\s+of\s+our\s+(?:own\s+)?pocket|\bat\s+our\s+(?:own\s+)?(?:cost|expense)|(?<!\w)(?:за\s+(?:свой|наш)\s+сч[её]т|за\s+сч[её]т\s+(?:банка|компании|магазина)|из\s+(?:своих|наших|собственных)\s+средств|(?:оплатим|заплатим|покроем|возместим|верн[её]м|компенсируем)\s+(?:(?:вам|их|е[её]|его)\s+)?сами|сами\s+(?:оплатим|заплатим|покроем|возместим|верн[её]м|компенсируем))(?!\w)", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:and|or|plus|also|with|и|или|а|плюс|также|с)\b", re.IGNORECASE)


def _restates(p: Promise, q: Promise) -> bool:
    """Whether ``p`` says ``q``'s remedy again: in the same clause, not joined to it ("refund the item or send it again
    at no charge" are two), or in the clause right after it that starts with a pronoun."""
    between = _between(p, q)
    # (but one joined as what the first remedy does next, its noun the subject of both: "A £10 credit is on your account
    # and comes off your next order")
    same_subject = q.words < p.words and bool(_NOUN.match(q.around())) and bool(_GOES_ON.search(between))
    return q.start == p.start and (not _JOINED.search(between) or same_subject) or 0 <= p.start - q.end <= 3 and bool(_PRONOUN.match(p.text))


_GOES_ON = re.compile(r"\band\s+(?:(?:will|should|then|automatically)\s+)?(?:comes?|goes|gets|be|is|will)\s+$", re.IGNORECASE)


def _alternatives(p: Promise, q: Promise) -> bool:
    """Whether the later of two promises offers the other way ("…, or we'll pay up to £150"), in its sentence or the next."""
    first, second = sorted((p, q), key=lambda x: x.start)
    return bool(_OR.match(second.text)) and (first.sentence == second.sentence or 0 <= second.sentence[0] - first.sentence[1] <= 3)


def _between(p: Promise, q: Promise) -> str:
    """The clause's words between the words that make ``p`` and ``q`` promises."""
    a, b = sorted((p.words, q.words))
    return p.text[max(0, a[1] - p.start) : max(0, b[0] - p.start)]


# Where a clause ends: punctuation (not brackets: an aside belongs to its clause), but not the point of "€12.00" or of «руб.» inside a sentence.
# (", together with the seat fees", «, вместе со сбором»: what the remedy comes with is its clause's)
_BOUNDARY = re.compile(r"[!?;\n]|(?<!\d)[—–]|[—–](?!\d)|(?<!\d):|:(?!\d)|[.,](?!\d)(?=\s*(?:$|[«\"“]?[A-ZА-ЯЁ\n])|\s+\d)|,(?!\d)(?!\s+(?:(?:together|along)\s+with|вместе\s+со?)\s)")
_SENTENCE = re.compile(r"[!?\n]|\.(?!\d)(?=\s*(?:$|[«\"“]?[A-ZА-ЯЁ\n])|\s+\d)")  # «…десерт. 749 ₽ мы вернули»: a number may start one, «не нужно. «Нурофен…» a quote
# The point of an abbreviation before a name ("St. Mary's", «ул. Коллонтай», «д. 21») ends nothing.
_ABBREVIATION = re.compile(r"(?<!\w)(?:st|dr|mr|mrs|ms|rd|ave|mt|ул|д|пр|просп|пер|ш|корп|стр|г|им|пл|наб|тел)$", re.IGNORECASE)


def _clause(text: str, start: int, end: int, boundary: re.Pattern = _BOUNDARY) -> tuple[int, int]:
    """The clause around a match: between the nearest punctuation marks on either side (or sentence ends)."""
    ends = lambda found: (m for m in found if not (m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start())))  # noqa: E731
    left = max((m.end() for m in ends(boundary.finditer(text[:start]))), default=0)
    if (close := text.rfind(")", left, start)) >= 0 and text.rfind("(", left, close) < 0 and (opened := text.rfind("(", 0, left)) >= 0 and ")" not in text[opened:left] and "\n" not in text[opened:close]:
        left = max((m.end() for m in ends(boundary.finditer(text[:opened]))), default=0)  # «тарифа (300 Мбит/с, 650 ₽/мес) бесплатно»: the comma was the aside's
    right = next(ends(boundary.finditer(text, end)), None)
    stop = right.start() if right else len(text)
    if right and (opened := text.find("(", end, stop)) >= 0 and text.find(")", opened, stop) < 0 and (close := text.find(")", stop)) >= 0 and "(" not in text[stop:close] and "\n" not in text[opened:close]:
        right = next(ends(boundary.finditer(text, close)), None)
        stop = right.start() if right else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, stop


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``."""
    return _clause(text, start, end, _SENTENCE)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Every sentence of ``text``, in order."""
    start = 0
    while start < len(text):
        s, e = sentence(text, start, start)
        yield s, e
        start = max(e + 1, start + 1)  # past the mark that ends it


def stem(word: str) -> str:
    """A crude stem for comparing objects: the first five letters of a content word."""
    word = _ZERO_CENTS.sub("", word.lower().replace("ё", "е"))  # "$65.00" is "$65"
    if _AGAIN.match(word):
        return "dupli"  # «пересдача» is «повторная сдача», «перевыпуск» a second issue
    if _DEGREE.fullmatch(word):
        return "full"
    if word in STOP or (len(word) < 3 and not any(c.isdigit() for c in word)):  # "£5" says what a promise is about
        return ""
    if (len(word) > 4 or len(word) == 4 and not word.isascii()) and (ending := _RU_ENDING.search(word)) and ending.start() >= 3:
        word = word[: ending.start()]  # «шкафом» and «шкаф», «стоимости» and «стоимость», «чеки» and «чеков»: one stem
    return _SAME_THING.get(word[:5], word[:5])


# a count in words is its number too: "six monthly payments" is "6 monthly instalments" («семь» is left: «семья»)
_COUNTS = {w: str(n) for n, words in enumerate(("two два две двух", "three три трех", "four четыр", "five пят", "six шест", "seven", "eight восем восьм", "nine девят", "ten десят", "eleve", "twelv"), 2) for w in words.split()}
_ZERO_CENTS = re.compile(r"(?<=\d)[.,]00?$")
_AGAIN = re.compile(r"пере(?:сда|дел|выпус|печат|устан|запис|отправ)")
# Words for one thing a remedy is about: «платить за курьера не нужно» is «доставка бесплатная», "free shipping" is free delivery
_SAME_THING = {
    **dict.fromkeys(("deliv", "shipp", "couri", "доста", "курье", "приве", "приво"), "deliv"),
    **dict.fromkeys(("dupli", "secon", "doubl", "twice", "again", "дубли", "повто", "втор", "двойн", "раз", "занов", "лишн"), "dupli"),  # "the second charge" is "the duplicate charge", «лишний платёж» «второй», «ещё раз» «повторный» «заново»
    **dict.fromkeys(("half", "полов", "50%"), "50%"),  # «половина этой суммы» is «50% списания»
    **dict.fromkeys(("замен", "помен", "обмен", "repla", "swap", "excha"), "repla"),  # «поменяем его бесплатно» is «заменим его бесплатно»
    **dict.fromkeys(("испра", "устра", "почин", "fix", "fixed", "repai"), "repai"),  # «всё исправим бесплатно» is «скол устраним бесплатно»
    **dict.fromkeys(("sim", "сим"), "sim"),  # «сим-карту» is the SIM
    **dict.fromkeys(("arriv", "reach", "приду", "прихо", "прийт", "посту", "зачис"), "arriv"),  # money that «придёт», «поступит», «зачислится», "arrives", "reaches" the card
    **dict.fromkeys(("сраз", "мгнов", "insta", "immed"), "сраз"),  # «мгновенно» is «сразу», "instantly" "immediately"
    **dict.fromkeys(("pay", "payme", "paid", "оплат", "оплач", "уплач", "уплат", "плати", "плачу"), "pay"),  # "Payment is made by bank transfer" is "we'll pay by bank transfer", «платить» «оплачивать»
    **dict.fromkeys(("имеет", "может", "сможе"), "может"),  # «вы имеете право на возврат» is «вы можете вернуть деньги»
    **dict.fromkeys(("optio", "choic", "choos", "выбор", "выбра", "вариа"), "choic"),  # "three free options" are "choose one of the following free of charge"
    **dict.fromkeys(("rest", "remai", "остат", "остал"), "rest"),  # "the remainder" is "the rest", «остаток» «остальное»
    "third": "3rd", "fourt": "4th", "fifth": "5th", "sixth": "6th",  # "refunding the fourth one" is "refund the 4th period"
}


_RU_ENDING = re.compile(r"(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ам|ям|ах|ях|ой|ей|ою|ею|ов|ев|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|ь|ы|и|а|я|у|ю|е|о)$")

# Words of any charge, which name no particular one
_NEW_ONE = frozenset({"new", "нов"})
_OCCASION = frozenset(map(stem, "book order visit come stay shop buy purchase travel fly ride".split()))  # what "next time you …" may name
_KEEPING = frozenset(map(stem, ("keep", "оставить")))  # what the customer may keep, in a draft's sentence
_KEEP_IT = re.compile(r"(?<!\w)(?:себе|возвр\w*)(?!\w)", re.IGNORECASE)  # «оставьте себе», «возвращать не нужно»: a cost let off (not «берём на себя»)
_AUXILIARY = frozenset({"будет", "будут"})
# words that name no thing a promise is about: how often ("once"), or a fix in general ("putting it right", "sort it out"; not
# «исправим», which stems as "repair", a thing done)
_NAMES_NOTHING = frozenset({"once"}) | stems("putting put puts right sorting sort sorted")
_WE_DO_IT = re.compile(r"\b(?:we|i)\b|(?<!\w)(?:мы|я)(?!\w)|(?<!\w)[а-яё]{3,}(?:ем|ём|им)(?!\w)", re.IGNORECASE)  # the draft's remedy is ours already
_SUM_WORDS = frozenset({"сумм", "amoun", "sum", "total", "итог"})  # a sum that names nothing but itself
_BRING = frozenset({"deliv", "drop", "bring", "приве", "доста"})
_TAKE_AWAY = frozenset({"colle", "pick", "take", "away", "забер", "увез", "вывез"})
_CHARGE_WORDS = frozenset(stem(w) for w in "fee fees charge charges cost costs payment payments price money pay paid free плата платы платить оплата стоимость комиссия бесплатно бесплатный списание деньги".split())
# Where money goes, and nothing more: a card, an account, a balance
_DESTINATION = frozenset(stem(w) for w in "card account balance wallet карта карту карте счёт счет счёте баланс кошелёк".split())
_IT_ARRIVES = re.compile(r"(?:(?:so|and|then)\s+)?(?:it|they)\s+(?:(?:should|will|'ll|may|can|usually|normally)\s+)+(?:be\s+back|arrive|reach\s+you|show|appear|land|clear)\b", re.IGNORECASE)  # the kept refund, its arrival


@cache
def _patterns(lang: str, usual: bool = False) -> dict[str, re.Pattern]:
    from ..text.forms import forms_of

    table = json.loads(FORMS_FILE.read_text(encoding="utf-8")) if FORMS_FILE.exists() else {}

    def expand(pattern: str) -> str:
        pattern = re.sub(r"%(gap|skip)(\{\d+,\d+\})%", lambda m: ("(" if m[1] == "gap" else "(?:") + f"(?:{TOKEN}\\s+){m[2]}?)", pattern)
        pattern = re.sub(r"%(\w+)%", lambda m: GROUPS[m[1]], pattern)
        words = lambda key: table.get(key) or forms_of(key)  # noqa: E731 - a word added since the table was built
        return re.sub(r"<([а-яё]+(?::[\w,|]+)?)>", lambda m: "(?:" + "|".join(map(re.escape, words(m[1]))) + ")", pattern)

    out = {}
    for kind, by_lang in KINDS.items():
        words = by_lang.get(lang, []) + (by_lang["en"] if lang == "ru" else [])  # English words turn up in Russian replies too
        words += USUAL.get(kind, {}).get(lang, []) if usual else []
        out[kind] = re.compile(r"(?<!\w)(?:" + "|".join(expand(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return out


def lemmas() -> set[str]:
    """The Russian words whose forms scripts/build_ru_forms.py precomputes."""
    patterns = [p for table in (KINDS, USUAL) for by_lang in table.values() for p in by_lang.get("ru", [])] + list(GROUPS.values())
    return {w for p in patterns for w in re.findall(r"<([а-яё]+(?::[\w,|]+)?)>", p)}
