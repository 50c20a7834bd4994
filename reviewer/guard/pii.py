"""Mask personal data before a text leaves the machine; restore it after.

What is masked, and how it is recognised (no data leaves the machine for it):

- emails, also written to hide them ("k.becker [at] posteo [dot] de");
- phone numbers: E.164 (``+44 7700 900123``, ``+7 (926) 123-45-67``, ``0049…``) and
  the national formats of the UK, Germany, France (a trunk ``0``), Russia (a
  trunk ``8``) and the US (``(617) 555-0196``, ``312.555.0171``, ``1-888-…``),
  with spaces, dots, dashes, slashes and brackets; Google's libphonenumber
  (``phonenumbers``) says whether the digits can be a number there;
- payment card numbers (Luhn check), IBANs (mod-97 check, ``python-stdnum``);
- a value masked once, wherever it is written the same way again (a quote of it in the re-ask);
- IPv4 and IPv6 addresses (``ipaddress``);
- Russian passports (``45 17 377348``, ``4517 377348``), СНИЛС (checksum) and
  ИНН (10 or 12 digits, checksum).

One value gets one token however it is written, in the draft and the customer's
message alike: ``07700 900111`` and ``+44 7700 900111`` are both ``<PHONE_1>``
(a national number stands for every country it could belong to, and shares the
token of any of them already seen).

A bare run of digits is a phone only with a trunk prefix (``0``, ``8``) or a
``+``, or after a phone word ("call me on 612 345 678") when it is a valid
number of some country: an order or tracking number is a fact the model must see.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache, partial
from typing import Iterable

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn, numdb
from stdnum.iso7064 import mod_97_10
from stdnum.ru import inn as _inn

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+(?:@@?|%40)[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}\b")  # also «пётр@почта.рф», a link's "jane%40gmail.com"
# An address written so that scrapers miss it: "k.becker [at] posteo [dot] de", "sam dot taylor at gmail dot com", «tanya собака mail.ru»
# ("available at portal.example.co.uk" is no address: a plain "at" needs a spelt "dot" after it)
_AT = r"(?:\s*[\[({]\s*(?:at|собака)\s*[\])}]\s*|\s+собака\s+)"
_DOT = r"(?:\s*[\[({]\s*(?:dot|точка)\s*[\])}]\s*|\s+(?:dot|точка)\s+|\.)"
_TLD = r"(?:com|org|net|ru|de|fr|uk|io|info|es|it|nl|pl|ua|by|kz|me|co|eu|us|cz|sk|se|no|dk|fi|at|ch|be|pt|gr|tr|jp|cn|in|br|mx|ca|au|nz|ie|il|ro|hu|bg|lt|lv|ee|md|ge|am|az|uz|рф)\b"
OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9_+-]+(?:{_DOT}[A-Za-z0-9_+-]+)*(?:{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}|\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)*\s+dot\s+){_TLD}",
    re.IGNORECASE,
)
# In groups of four, also across a line ("GB88 BARC 5356 0817\n9999 46"), or all in lower case; tried before any grouping, which
# stops at the line's end
IBAN_GROUPED = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \n-]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b|\b[a-z]{2}\d{2}(?:[ \n-]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,3})?\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: {0,2}[A-Z0-9]){11,30}\b")  # grouped any way: "GB91 NWBK 393824 467659 78", "BY22  ALF A 30 14…" (its prefix that passes the check is the IBAN)
# a card's digits end where a date or a decimal does not go on ("…8238 18.03.2025" holds the card "…8238")
CARD = re.compile(r"(?<![\dA-Z-])\d(?:[ \u00a0\u202f.\u2010-\u2013-]?\d){12,18}(?![\d-]|[.,]\d)|(?<![\dA-Z-])\d{4}(?:(?:[ \u00a0\u202f.\u2010-\u2013-]|[ \t]*\n[ \t]*)\d{4}){2,3}(?:[ \u00a0\u202f.\u2010-\u2013-]\d{1,4})?(?![\d-]|[.,]\d)")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:(?:[ \t]*\n[ \t]*)?){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")  # also wrapped after a colon
SNILS = re.compile(r"(?<![\d-])\d{3}[- ]\d{3}[- ]\d{3}[ -]\d{2}(?![\d-])|(?:(?<![\w-])|(?<=СНИЛС))\d{11}(?![\w-])", re.IGNORECASE)
INN = re.compile(r"(?:(?<![\w-])|(?<=ИНН))(?:\d{12}|\d{10}|\d{4}([ -]?)\d{4}\1\d{4}|\d{4}([ -]?)\d{6}\2\d{2})(?![\w-])", re.IGNORECASE)
PASSPORT = re.compile(r"(?<![\d-])\d{2} ?\d{2} (?:(?:№|No\.?|номер)\s*)?\d{6}(?![\d-])")
# After the word: any layout of a Russian passport ("4614556677", "4510-118293", «серия: 4517 номер: 331902», the word on a line of its own and
# the series and number on the next two, as a form is copied; glued to it: «паспорт4519№338201»; «40 10/552318»), or a travel passport's 2 + 7 digits
PASSPORT_NAMED = re.compile(r"(?:паспорт[а-яё]*|passport|серия|series)(?![а-яёa-z])[^\d\n]{0,30}?(?:\n[ \t]*)?(?P<v>\d{2}\s?\d{2}(?:[,;/]?\s*|\s*[-\u2010-\u2013]\s*)(?:(?:№|No\.?|номер|number|nr\.?)\s*:?\s*)?\d{6}|\d{2}\s?\d{7})(?!\d)", re.IGNORECASE)
# A foreign passport's letters and digits after the word, its country between: "passport CF7H2K9L4", «паспортом ФРГ L2MF79T0C»
PASSPORT_LETTERED = re.compile(r"(?:\bpassports?|(?<!\w)паспорт\w*)(?:\s+(?-i:[A-ZА-ЯЁ][\w.]{1,12}))?\s*(?:(?:№|No\.?|number|nr\.?|#)\s*)?(?P<v>(?-i:(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,9}))(?![\w-])", re.IGNORECASE)
# A foreign passport's digits right after the word: "Passport: 31844207 (Israeli)"
PASSPORT_DIGITS = re.compile(r"(?:\bpassports?|(?<!\w)паспорт\w*)(?:\s+(?:no\.?|number|nr\.?|№|#))?\s*:?\s*(?P<v>\d{7,9})(?![\d-])", re.IGNORECASE)
# The second of two after the plural: "Passports TK4820173 and TR9317506", «паспорта 75 1234567 и 75 7654321»
PASSPORT_SECOND = re.compile(r"(?:\bpassports|(?<!\w)паспорт(?:а|ов))\b[^\n.;]{0,40}?(?-i:(?=[A-ZА-Я0-9 ]*\d)[A-Z0-9]{2}\s?[A-Z0-9]{5,7})\s*(?:,|\band\b|&|(?<!\w)и(?!\w))\s*(?P<v>(?-i:(?=[A-Z0-9 ]*\d)[A-Z0-9]{2}\s?[A-Z0-9]{5,7}))(?![\w-])", re.IGNORECASE)
# The number before the series: «№ 583201, серия 4016»
PASSPORT_REVERSED = re.compile(r"(?:№|номер|number)\s*(?P<v>\d{6},?\s*(?:серия|series)\s*\d{2}\s?\d{2})(?!\d)", re.IGNORECASE)
# Digits in the shapes phones are written in; which of them are phones is decided below.
PHONE = re.compile(r"(?:(?<![\w+/.-])|(?<=[а-яё])|(?<=[a-z.:/])(?=\+)|(?<=тел\.)|(?<=tel\.)|(?<=т\.)|(?<=mob\.)|(?<=моб\.)|(?<=ph\.))(?:\+|(?<!\d)00|(?<!\d)011)?\(?\d(?:[\d \u00a0\u202f()\-\u2010-\u2013/\n]|\.(?!\s)){5,}\d(?![\w-])", re.IGNORECASE)  # (not over a sentence's end: "… +79167008090. 2 460 ₽ оплачены")
# A phone word just before: "call me on 612 345 678", «звоните 8 029 123-45-67» — then a national number
# of any country may stand without its trunk prefix
PHONE_WORD = re.compile(
    r"(?:\b(?:call|calls|phone|mobile|cell|tel|telephone|whatsapp|viber|telegram|sms|text|ring|dial)\b|\b(?:reach|contact)\s+(?:you|me|us|him|her|them)\s+(?:at|on|via)\b|(?<!\w)(?:тел\w*|моб\w*|звон\w*|позвон\w*|перезвон\w*|вотсап|ватсап|смс|номер\w*\s+телефона)|\b(?:my|our|мой|наш)\s+(?:\w+\s+){0,2}?(?:number|номер|office|landline|рабочий|домашний)"
    r"|\b(?:home|work|office|landline|contact|daytime|evening)\s+(?:phone\s+)?(?:number|no\.?)|(?<!\w)(?:городско\w*|сотов\w*|(?:домашн|рабоч|контактн)\w*\s+(?:телефон|номер)\w*)"
    r"|\b(?:your|his|her|their|ваш\w*|его|её|ее|их)\s+(?:(?:mobile|cell|phone|home|work|office|landline|contact|daytime|evening|new|old|other|second|backup|personal|direct|local|uk|us|[a-z]+(?:ish|ian|ese|ch)|мобильн\w*|рабоч\w*|домашн\w*|нов\w*|контактн\w*|личн\w*|[а-яё]+ск(?:ий|ой|ого|ому|им|ом))\s+)?(?:number|номер)"
    r"|\b\w+'s\s+(?:(?!order|tracking|booking|reference|account|case|ticket|request|invoice|policy|customer|member|card|serial|claim|flight|seat|room|confirmation|contract|meter|model|part|item|product|parcel|package|shipment|transaction|payment|voucher)\w+\s+)?number)(?:[ \t,:]{1,3}\w{1,6}){0,2}[ \t,:.?(—–-]{0,6}$",
    re.IGNORECASE,
)
SPOKEN_REGIONS = ("ES", "IT", "PL", "NL", "BE", "PT", "BR", "CH", "AT", "SE", "NO", "DK", "IE", "UA", "BY", "KZ", "AE", "IN", "TR", "GR", "CZ", "GB", "DE", "FR", "RU", "US",
                  "AU", "NZ", "JP", "MX", "AR", "CL", "CO", "ZA", "SG", "HK", "CN", "KR", "IL", "SA", "EG", "NG", "KE", "PH", "TH", "VN", "ID", "MY", "FI", "HU", "RO", "SK")
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.?\s*[-\u2010-\u2014]\s*\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")  # (a span of dates: "07.07.–11.07.2025")
# A local number without its area code, as the US («555-0123») and Russian cities («555-12-34») write it
_LOCAL = re.compile(r"\d{3}-\d{4}|\d{3}-\d{2}-\d{2}")
_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ ./-])\d{3}[ ./-]\d{4}")
# A Russian number written without its 8 or +7, in its own shape: "(926) 321-54-76", a city's «(812) 309-47-16»
# (a mobile's 9xx as it stands, any other code only where it is valid); a country code without its +: "7 (495) 765 43 21"
_RU_NATIONAL = re.compile(r"\([3-9]\d{2}\)\s?\d{3}[-\s]?\d{2}[-\s]?\d{2}|\([3-8]\d{3}\)\s?\d{2}[-\s]?\d{2}[-\s]?\d{2}|\([3-8]\d{4}\)\s?\d[-\s]?\d{2}[-\s]?\d{2}")  # «(495) 123-45-67», a city's «(4912) 55-73-18», «(38822) 2-13-45»
_BARE_CODE = re.compile(r"7\s?\(\d{3}\)\s?\d{3}[-\s]?\d{2}[-\s]?\d{2}")
_BRACKETED_TRUNK = re.compile(r"\(0\d{1,4}\)\s?\d")
# A travel passport's 2 + 7 digits anywhere near the word: «Правильный номер 75 4812937, а не 75 1234576»
TRAVEL_PASSPORT = re.compile(r"(?<![\w-])\d{2}\s?(?:(?:№|No\.?)\s*)?\d{7}(?![\w-])")
_PASSPORT_WORD = re.compile(r"паспорт|загран|passport", re.IGNORECASE)
# Other personal ids (<ID_n>), each by its own shape or by its label: a US Social Security number, a UK National
# Insurance number, a Russian 20-digit bank account, a UK account number, a card's security code and expiry, a date of birth
SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])|\b(?:ssn|social\s+security(?:\s+number)?)\b[^\d\n]{0,15}?(?P<v>\d{3}[ -]?\d{2}[ -]?\d{4})(?![\d-])", re.IGNORECASE)
# A national id by its label: a French social security number (NIR), a German tax id, any "national ID number"
NATIONAL_ID = re.compile(
    r"\b(?:social\s+security\s+number|num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|nir|insee|tax\s+(?:id|identification\s+number)|steuer-?id|steueridentifikationsnummer|tin"
    r"|national\s+(?:id|identity|insurance)(?:\s+(?:number|no\.?))?|personal\s+id(?:\s+(?:number|no\.?))?)\b[^\d\n]{0,15}?(?P<v>\d(?:[ .]?\d){8,14})(?![\d-])",
    re.IGNORECASE,
)
NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
ACCOUNT = re.compile(
    r"(?<![\d-])(?:408|423)\d{2}[ -]?\d{3}[ -]?\d[ -]?\d{4}[ -]?\d{7}(?![\d-])"  # a person's account: 408…, 423…
    r"|\baccount\s+(?:number|no\.?|#)[^\d\n]{0,10}?(?P<v>\d{8})(?![\d-])"
    r"|\bsort\s+code\W+\d{2}[-\s]?\d{2}[-\s]?\d{2}\W{1,3}(?:account\s+)?(?:(?:number|no\.?|#)\s*)?(?P<a>\d{8})(?![\d-])",
    re.IGNORECASE,
)
CARD_DETAIL = re.compile(
    r"(?:\b(?:cvv2?|cvc2?|cv2|security\s+code)\b|(?<!\w)(?:код\w*\s+безопасности|cvv-код\w*))[^\d\n]{0,12}?(?P<v>\d{3,4})(?![\d/])"
    r"|(?:\bexp(?:iry|ires|iration)?(?:\s+date)?\b|\bvalid\s+(?:thru|through|until)\b|(?<!\w)срок\w*\s+действия)[^\d\n]{0,12}?(?P<e>(?:0[1-9]|1[0-2])\s?/\s?(?:\d{4}|\d{2}))(?![\d/])",
    re.IGNORECASE,
)
BIRTH = re.compile(
    r"(?:\bdate\s+of\s+birth|\bdob\b|\bborn(?:\s+on)?\b|(?<!\w)дат\w+\s+рождения|(?<!\w)д\.\s?р\.|(?<!\w)родил\w*)[^\d\n.!?]{0,50}?"
    r"(?P<v>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d]{3,}\.?,?\s+\d{4})(?!\.?\d)",
    re.IGNORECASE,
)
# A WhatsApp link's number, wa.me/447700900123, and a "+" a link writes as %2B: "%2B79261734482"
WA_LINK = re.compile(r"(?:(?<=wa\.me/)|(?<=%2B)|(?<=phone=)|(?<=tel=)|(?<=mobile=)|(?<=msisdn=))(?P<v>\d{8,15})(?!\d)", re.IGNORECASE)  # also "?phone=447700900789"
TRUNK_REGIONS = {"0": ("GB", "DE", "FR"), "8": ("RU",)}
NAMED_COUNTRIES = frozenset({"GB", "DE", "FR", "RU", "US"})  # whose national formats are masked whatever the text says
KINDS = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "PASSPORT", "SNILS", "INN", "ID")
TOKEN = re.compile(r"<(" + "|".join(KINDS) + r")_(\d+)>")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@lru_cache(maxsize=4096)
def phone_numbers(written: str, regions: Iterable[str] = (), spoken: bool = False) -> frozenset[str]:
    """The E.164 numbers a written phone can be (several for a national number whose
    country is not said; ``regions``: the countries of the text's international
    numbers, which its national ones likely share); empty when it is not a phone.
    ``spoken``: a phone word stands before it, so any country's valid national number counts."""
    if spoken:
        found = phone_numbers(written, regions)
        if found or not 7 <= len(digits(written)) <= 15 or _DATE_LIKE.fullmatch(written):
            return found
        # or an international number without its "+": "Tel.: 447700900456" (valid, or possible in a country of ours,
        # as a drama number is; "my customer number is 5640187556837" is no Chilean phone)
        if _LOCAL.fullmatch(written):
            return frozenset({digits(written)})  # "home number 555-0123", «городской 555-12-34»: a phone without its area code
        international = "+" + digits(written)
        return _valid_numbers(written, tuple(regions)) or frozenset(
            _e164(international, None, valid=True) or {n for n in _e164(international, None) if phonenumbers.region_code_for_country_code(phonenumbers.parse(n).country_code) in NAMED_COUNTRIES}
        )
    written = re.sub(r"\s+", " ", re.sub(r"(?<=[-.\u2010-\u2013])[ \t]*\n\s*", "", written))  # a number broken across lines, after a dash too: "555-\n0123"
    number = written.replace("(0)", "") if written.startswith("+") else written
    n = len(digits(number))
    if not 7 <= n <= 15 or _DATE_LIKE.fullmatch(written):
        return frozenset()
    if number.startswith(("+", "00")):
        return frozenset(_e164(number.replace("00", "+", 1) if number.startswith("00") else number, None))
    found: set[str] = set()
    first = digits(number)[0]
    if first in TRUNK_REGIONS and n >= 9 and _national_shape(number):
        for region in (*TRUNK_REGIONS[first], *(regions if first == "0" else ())):
            found |= _e164(number, region)
    if _NANP.fullmatch(number):
        found |= _e164(number, "US")
    if not found and _BRACKETED_TRUNK.match(number):  # "(02) 9876 5432": an area code in brackets, of whichever country
        found = set(_valid_numbers(number))
    if _RU_NATIONAL.fullmatch(number):
        found |= _e164("+7" + digits(number), None, valid=not number.startswith("(9"))
    if _BARE_CODE.fullmatch(number):
        found |= _e164("+" + number, None)
    return frozenset(found)


def dialled_at_home(written: str) -> str | None:
    """The digits an international number is dialled with inside its own country, its trunk prefix first: "+31 20 794 3310"
    is "0207943310", "+7 926 123-45-67" is "89261234567"; None for a number not written internationally."""
    if not written.startswith(("+", "00")):
        return None
    try:
        parsed = phonenumbers.parse(written.replace("00", "+", 1) if written.startswith("00") else written, None)
    except phonenumbers.NumberParseException:
        return None
    return ("8" if parsed.country_code == 7 else "0") + str(parsed.national_number)


def regions(text: str, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """The countries of the phone numbers among ``spans`` (``find_pii(text)``) whose country is known: "+971 4 555 0199"
    is AE; "ring me 0412 345 678" is a valid number of Australia only."""
    found = set()
    for start, end, kind in spans:
        if kind != "PHONE":
            continue
        written = text[start:end].strip()
        if written.startswith("+"):
            numbers = phone_numbers(written)
        else:  # a national number: the countries where it is a valid one
            numbers = _valid_numbers(written)
        countries = {phonenumbers.region_code_for_number(phonenumbers.parse(n, None)) for n in numbers}
        if len(countries) == 1:
            found |= countries
    return frozenset(r for r in found if r and r != "ZZ")


@lru_cache(maxsize=4096)
def _valid_numbers(number: str, regions: tuple[str, ...] = ()) -> frozenset[str]:
    """The E.164 numbers ``number`` is as a valid national number of any country (``regions`` first, then SPOKEN_REGIONS)."""
    return frozenset(n for region in dict.fromkeys((*regions, *SPOKEN_REGIONS)) for n in _e164(number, region, valid=True))


def _national_shape(number: str) -> bool:
    """Grouped as national numbers are: "07700 900123", "8 (926) …", "04 54 99 07 01", not "02-2024-118"."""
    groups = [len(g) for g in re.split(r"\D+", number) if g]
    return len(groups) == 1 or groups[0] == 1 or groups[0] >= 3 or set(groups) == {2}


def _e164(number: str, region: str | None, valid: bool = False, mobile: bool = False) -> set[str]:
    """The number in E.164, if it is one in the region: possible (with `valid`, valid; with `mobile`, a mobile number as
    people write it without the trunk prefix, "99001 23456" beside "+91 98765 43210")."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return set()
    if phonenumbers.is_possible_number_with_reason(parsed) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return set()
    if valid and not phonenumbers.is_valid_number(parsed):
        return set()
    if mobile and not (len(digits(number)) >= 9 and _national_shape(number) and phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE):
        return set()
    if region in ("GB", "DE", "FR", "RU") and len(str(parsed.national_number)) != len(digits(number)) - 1:
        return set()  # the trunk digit was not a trunk prefix: "80085512345678" is a tracking number
    return {phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)}


def _ip(value: str) -> bool:
    try:
        ipaddress.ip_address(re.sub(r"\s", "", value))
    except ValueError:
        return False
    return True


def snils_ok(value: str) -> bool:
    d = digits(value)
    if len(d) != 11 or int(d[:9]) <= 1001998:
        return False
    total = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    return (total % 101) % 100 == int(d[9:])


def card_ok(value: str) -> bool:
    """Luhn, and not a SIM card's ICCID (18–20 digits from 89, the telecom industry's; no payment network issues 89) nor an IMEI."""
    number = digits(value)
    return luhn.is_valid(number) and not (number.startswith("89") and len(number) >= 18) and (len(number) != 15 or number.startswith(_FIFTEEN))


_FIFTEEN = ("34", "37", "1", "2131")  # the cards of fifteen digits: Amex, UATP, an old JCB; others are a phone's IMEI ("359058100906689")


_IBAN_COUNTRIES = numdb.get("iban")


def iban_ok(value: str, near: bool = True) -> bool:
    """The IBAN's layout for its country; a check digit typed wrong still names the account, and so does a digit
    left out of a number of an IBAN country whose check digits still hold ("CH800076201162385295", one short of a Swiss
    IBAN; not a creditor reference "RF23 5390 0754 7041", checked the same way), or (``near``) a digit left out or typed
    twice besides a wrong check digit ("FR44 2991 3851 3390 3026 9853 91", one short of a French IBAN)."""
    number = re.sub(r"[\s-]", "", value).upper()
    country = _IBAN_COUNTRIES.info(number)[0][1]
    if country and mod_97_10.is_valid(number[4:] + number[:4]):
        return True
    length = _iban_length(country)
    if near and length is not None and abs(len(number) - length) == 1 and number[2:].isdigit():
        return True
    try:
        number = number[:2] + _iban.calc_check_digits(number) + number[4:]
    except ValueError:
        return False
    return _iban.is_valid(number, check_country=False)


def _iban_length(country: dict) -> int | None:
    """How long an IBAN of the country is, where its account part may be all digits (None: no such country)."""
    bban = country.get("bban")
    return 4 + sum(map(int, re.findall(r"(\d+)!", bban))) if bban and "a" not in bban else None


# In this order: a span is the first kind's that claims it.
DETECTORS = (
    ("EMAIL", EMAIL, lambda v: True),
    ("EMAIL", OBFUSCATED_EMAIL, lambda v: True),
    ("PASSPORT", PASSPORT_NAMED, lambda v: True),
    ("PASSPORT", PASSPORT_REVERSED, lambda v: True),
    ("PASSPORT", PASSPORT_LETTERED, lambda v: True),
    ("PASSPORT", PASSPORT_DIGITS, lambda v: True),
    ("PASSPORT", PASSPORT_SECOND, lambda v: True),
    ("IBAN", IBAN_GROUPED, iban_ok),
    ("IBAN", IBAN, iban_ok),
    ("CARD", CARD, card_ok),
    ("IP", IPV4, _ip),
    ("IP", IPV6, lambda v: v.count(":") >= 2 and _ip(v)),  # (_ip reads it without the line break)
    ("SNILS", SNILS, snils_ok),  # before phones: 11 digits that pass the СНИЛС checksum are one
    ("PHONE", WA_LINK, lambda v: bool(phone_numbers("+" + v))),
    ("PHONE", PHONE, lambda v: bool(phone_numbers(v.strip()))),
    ("INN", INN, lambda v: _inn.is_valid(digits(v))),
    ("PASSPORT", TRAVEL_PASSPORT, lambda v: True),  # only near the word (find_pii)
    ("PASSPORT", PASSPORT, lambda v: True),
    ("ID", SSN, lambda v: True),
    ("ID", NINO, lambda v: True),
    ("ID", NATIONAL_ID, lambda v: True),
    ("ID", ACCOUNT, lambda v: True),
    ("ID", CARD_DETAIL, lambda v: True),
    ("ID", BIRTH, lambda v: True),
)


# What a value may carry that changes nothing: no-break, thin and other spaces, soft hyphens and zero-width
# characters, an HTML "&nbsp;", dashes of every length ("4539 5161 7224 7923", "+7 916­234­56­78")
_ODD = re.compile(r"&nbsp;|[\u00ad\u200b-\u200d\u2060\ufeff]|[\u00a0\u2002-\u200a\u202f\u205f]|[\u2010-\u2013]")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def plain(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` with its odd characters made plain (see _ODD), and where each plain character starts and ends in
    ``text``; None when there are none."""
    if not _ODD.search(text):
        return None
    parts, starts, ends, pos = [], [], [], 0
    for m in _ODD.finditer(text):
        parts.append(text[pos : m.start()])
        starts += range(pos, m.start())
        ends += range(pos + 1, m.start() + 1)
        if m.group() not in _INVISIBLE:
            parts.append("-" if "\u2010" <= m.group() <= "\u2013" else " ")
            starts.append(m.start())
            ends.append(m.end())
        pos = m.end()
    parts.append(text[pos:])
    starts += range(pos, len(text))
    ends += range(pos + 1, len(text) + 1)
    return "".join(parts), starts, ends


def find_pii(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each personal value, not overlapping, in text order; ``countries``: of the phone
    numbers of the exchange's other texts, whose national forms are phones here too. Values are found in the
    plain text (``plain``) and given as spans of ``text``."""
    made = plain(text)
    if made is None:
        return _find_pii(text, countries)
    clean, starts, ends = made
    return [(starts[s], ends[e - 1], kind) for s, e, kind in _find_pii(clean, countries)]


def _find_pii(text: str, countries: frozenset[str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    national: list[tuple[int, int, str]] = []  # phone-shaped, but not a phone on its own
    version_end = -1  # where the last version number that looks like an IPv4 address ended
    for kind, regex, valid in DETECTORS:
        for m in _candidates(regex, text, kind):
            group = next((g for g in regex.groupindex if m.group(g) is not None), 0)
            start, end = m.span(group)
            value = text[start:end]
            if regex is IPV4 and (_VERSION.search(text, max(0, start - 40), start) or version_end >= 0 and _AFTER_VERSION.fullmatch(text, version_end, start)):
                version_end = end
                continue  # "version 10.2.1.4", "update the app from 10.4.2.1 to 10.4.3.0", «ПО камеры — 5.7.3.1, регистратор — 1.0.12.44»
            if regex is IPV4 and _PRODUCT.search(text, max(0, start - 40), start):
                continue  # "Chrome/120.0.0.0": a version, and no list of them follows
            if kind == "EMAIL" and _MESSAGE_ID.search(text, max(0, start - 400), start):
                continue
            if regex is TRAVEL_PASSPORT and not _PASSPORT_WORD.search(text, max(0, start - 120), start):
                continue
            if regex in (PASSPORT, TRAVEL_PASSPORT, SSN) and (_ID_LABEL.search(text, max(0, start - 40), start) or _BOOKED.search(text, max(0, start - 40), start)):
                continue  # «заказ № 4519 204871», "(confirmation 302918477)", «для заказа 401-77-2239»: an order's number in a passport's or an SSN's shape
            if kind == "INN" and _TICKET_LABEL.search(text, max(0, start - 40), start):
                continue  # "e-ticket 125 2438817640": a ticket's ten digits that happen to pass the ИНН checksum
            if kind != "EMAIL" and (_DEVICE_LABEL.search(text, max(0, start - 40), start) or _COMPANY_ID.search(text, max(0, start - 20), start)):
                continue  # "IMEI 350777331568021" (15 digits that pass Luhn), «заводской номер кассы 0496140009312»: a device's number; "the serial numbers to jo@…" is an email; "SIRET 842 117 392 00030": a company's
            if kind == "PHONE":  # "(0121) 496 0666": keep the bracket; drop a bracket that only closes
                if marker := _LIST_MARKER.match(value):  # «1) 89162345678; 2) (495) 987-65-43»: a list's number is no digit of the phone
                    value, start = value[marker.end() :], start + marker.end()
                value = value.rstrip()
                opened = value.rfind("(")
                if opened > 0 and ")" not in value[opened:] and value[opened - 1].isspace():
                    value = value[:opened].rstrip()  # "0344 576 5511 (24 hours)": the bracket opens an aside
                end = start + len(value)
                if value.endswith(")") and "(" not in value:
                    value, end = value[:-1], end - 1
                if value.startswith("(") and ")" not in value:
                    value, start = value[1:], start + 1
                if not value.startswith("+") and _ID_LABEL.search(text, max(0, start - 80), start) or value.isdigit() and _CARRIER.search(text, max(0, start - 40), start):
                    continue  # (a number with its "+" is a phone whatever stands before it: «Номер в заказе +48 512 470 318»)
                if (plus := _PLUS.search(text, max(0, start - 6), start)) and not value.startswith("+") and phone_numbers("+" + value):
                    if all(end <= s or plus.start() >= e for s, e, _ in found):
                        found.append((plus.start(), end, kind))
                    continue
            if kind == "PHONE" and "\n" in value and (_STAMPED.match(text, start + value.rfind("\n") + 1) or _NEXT_ITEM.match(text, start + value.rfind("\n") + 1)):
                # "+91 98765 43210\n14/03/2025, 10:07 - …", "1. Kirsty – 07700 900512\n2. Fiona …": the next line's timestamp or item number is not its digits
                value = value[: value.rfind("\n")].rstrip()
                end = start + len(value)
            if kind == "PHONE" and _DATED.match(value):
                continue  # "12.03.2025 02:14", "2025-03-05 16:20": a date and the hour of a time
            if kind == "PHONE" and (counted := _COUNTED.search(value)) and _UNIT_AFTER.match(text, end):
                value = value[: counted.start()]  # "07911 123456 30 minutes before": a quantity after the phone
                end = start + len(value)
            if kind == "PHONE" and (slash := _SLASHED.search(value)) and not valid(value) and valid(value[: slash.start()]) and valid(value[slash.end() :]):
                for s, e in ((start, start + slash.start()), (start + slash.end(), end)):  # "0117 496 0551 / 07700900388": two phones
                    if all(e <= s2 or s >= e2 for s2, e2, _ in found):
                        found.append((s, e, kind))
                continue
            if kind == "PHONE" and _RU_WITHOUT_PLUS.fullmatch(value) and not valid(value) and phone_numbers("+" + value):
                value = "+" + value  # «Бухгалтерия: 7-495-961-27-45»: a Russian number in its own shape, its "+" left off
            if kind == "PHONE" and value.startswith("+") and not valid(value):
                value = _prefix(value, phone_numbers, 8)  # "+33 6 39 98 71 20 17/06": the phone, then a date
                end = start + len(value)
            if kind == "CARD" and not valid(value):
                value = _prefix(value, card_ok, 13)  # "5444 9546 4992 8182 7 июня": the card, then a date
                end = start + len(value)
            if kind == "IBAN" and not iban_ok(value, near=False):
                # "GB91 NWBK 393824 467659 78 BIC NWBKGB2L": the IBAN, then a bank code ("AT48 … 7897 5-го числа": then a date)
                value = _prefix(value, partial(iban_ok, near=False), 8) or _prefix(value, iban_ok, 8)
                end = start + len(value)
            ok = bool(value) and (valid(value) or kind == "PHONE" and (_spoken(text, start, value) or _listed(text, found, start) and bool(phone_numbers(value.strip(), spoken=True))))
            if ok and all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, kind))
            elif kind == "PHONE" and value:
                national.append((start, end, value))
    # a national number with its trunk prefix, valid in the country of the text's international ones: "06-12345678" beside "+31 6 12345678"
    # (or, in a country that has no trunk prefix, as it stands: "798 120 554" beside "+48 512 470 318")
    countries = countries | regions(text, found)
    for start, end, value in national:
        trunk = digits(value)[:1] in TRUNK_REGIONS or value.startswith("(")  # "(11) 3555-0192" beside "+55 11 91234-5678": an area code in brackets, the trunk left off
        if countries and not _DATE_LIKE.fullmatch(value) and any(_e164(value, c, valid=True, mobile=not (trunk or _trunkless(c))) for c in countries) and all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, "PHONE"))
    # a bare number of a phone's length right beside that phone, in its sentence: "Call (702) 555-0166 - not the old 7025550144"
    phones = [(s, e, len(digits(text[s:e]))) for s, e, kind in found if kind == "PHONE"]
    for m in _BARE_NUMBER.finditer(text):
        if any(n == len(m.group()) and (0 <= m.start() - e <= 40 and not _SENTENCE_END.search(text, e, m.start()) or 0 <= s - m.end() <= 40 and not _SENTENCE_END.search(text, m.end(), s)) for s, e, n in phones) and not _LABELLED.search(text, max(0, m.start() - 25), m.start()) and all(m.end() <= s or m.start() >= e for s, e, _ in found):
            found.append((m.start(), m.end(), "PHONE"))
    return sorted(found)


_BARE_NUMBER = re.compile(r"(?<![\w.,/-])\d{9,11}(?![\w.,/-]?\d)")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_LABELLED = re.compile(r"(?:\b(?:order|contract|account|invoice|ticket|ref(?:erence)?|policy|case|booking|tracking|claim|id)|(?<!\w)(?:договор\w*|заказ\w*|сч[её]т\w*|полис\w*|заявк\w*|обращени\w*|накладн\w*)|[#№])\s*(?:no\.?|number|номер|№)?\s*[:#№]?\s*$", re.IGNORECASE)  # "order 4820193756", «договор 52334459606»: a number of its own


@lru_cache(maxsize=None)
def _trunkless(region: str) -> bool:
    """Whether a country's national numbers have no trunk prefix (Poland, Spain, Italy…): written as they stand."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and not meta.national_prefix


def _listed(text: str, found: list[tuple[int, int, str]], start: int) -> bool:
    """Whether a number goes on a list of phones: "040 123 4567 (mobile) and 09 8765 4321", "mobile 070-123 45 67, home 08-…"."""
    return any(kind == "PHONE" and 0 <= start - end <= 30 and _LIST_GAP.fullmatch(text, end, start) for _, end, kind in found)


def _spoken(text: str, start: int, value: str) -> bool:
    """A phone by the word before it: "call me on 612 345 678"."""
    return bool(PHONE_WORD.search(text, max(0, start - 40), start)) and bool(phone_numbers(value.strip(), spoken=True))


# between two phones of one list: a label in brackets, "and", a comma, and the next one's label ("home", «раб.»)
_LIST_GAP = re.compile(
    r"\s*(?:\([^()\n]{1,15}\))?\s*(?:,|;|/|\band\b|\bor\b|(?<!\w)и(?!\w)|(?<!\w)или(?!\w))\s*"
    r"(?:(?:home|work|office|mobile|cell|landline|fax|whatsapp|viber|дом|домашний|раб|рабочий|мобильный|сотовый|моб|тел)\.?:?\s*)?",
    re.IGNORECASE,
)
_NOT_ADDRESS = r"(?!ip\b|ipv|address|адрес|host|хост|server|сервер|gateway|шлюз|login|вход|client|клиент)"
_VERSION = re.compile(
    r"(?:version|ver\.|v\.|build|firmware|patch|\bfix(?:es)?\b|hotfix|release|update|upgrade|install\w*|\bsdk|\bapp|верси\w*|сборк\w*|прошивк\w*|обнов\w*|установ\w*|патч\w*|релиз\w*|приложени\w*|(?<!\w)(?-i:ПО)"
    r"|\bsection|\bclause|\bart\.|§|(?<!\w)(?:п\.|пп\.|пункт\w*|подпункт\w*|раздел\w*|стать\w*|ст\.))"  # a clause's number: «согласно п. 4.2.1.3 соглашения»
    rf"(?:(?:,\s+(?:please|пожалуйста),?)?\s+{_NOT_ADDRESS}[^\W\d]+){{0,3}}(?:\s+\d+(?:\.\d+){{1,3}}\s*(?:[—–,;-]|and|or|to|from))?\s*[:=(]?\s*$",  # «прошивку роутера (2.4.10.7)», "update to app 4.13.1 — 4.12.0.3 has …", «обновите, пожалуйста, панель до 3.2.1.2»
    re.IGNORECASE,
)
# A mail header's message id is the mail server's, no one's address: "Message-ID: <2025…7F3C2A@mail.example.co.uk>"
_MESSAGE_ID = re.compile(r"\b(?:message-id|in-reply-to|references)\s*:\s*(?:<[^<>\s]+>\s*)*<$", re.IGNORECASE)
_PRODUCT = re.compile(r"(?<![/:])\b[A-Za-z][A-Za-z_-]*/$")  # a user agent's product token: "Chrome/120.0.0.0"
# what may stand between two version numbers: a few words that are not about addresses ("is fine, but", «, а регистратор — с»)
_AFTER_VERSION = re.compile(rf"(?:[\s,:=—–-]*{_NOT_ADDRESS}[^\W\d]+){{0,4}}[\s,:=—–-]*", re.IGNORECASE)
_LIST_MARKER = re.compile(r"\d{1,2}\)\s+")
_STAMPED = re.compile(r"[ \t]*\d{1,4}[:/.]\d")
_NEXT_ITEM = re.compile(r"[ \t]*\d{1,2}[.)](?!\d)")
_DATED = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\s|(?:19|20)\d{2}-[01]\d-[0-3]\d[\sT]")
_SLASHED = re.compile(r"\s+/\s+")
_RU_WITHOUT_PLUS = re.compile(r"7[\s-]\(?\d{3}\)?[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}")
_COUNTED = re.compile(r"\s+\d{1,3}$")
_UNIT_AFTER = re.compile(r"\s*(?:min(?:ute)?s?|hours?|hrs?|days?|seconds?|secs?|минут\w*|мин\b|час\w*|дн(?:я|ей)\b|сек\w*)\b", re.IGNORECASE)
# A bank's codes are no phones: «БИК банка получателя 044525225»
# A company's register number (the business's, not a person's): "SIRET 842 117 392 00030" passes Luhn as a card would
_COMPANY_ID = re.compile(r"\b(?:siret|siren|eori|kvk|abn|acn|vat\s+(?:no\.?|number|reg(?:istration)?(?:\s+(?:no\.?|number))?)|company\s+(?:no\.?|number|reg(?:istration)?(?:\s+(?:no\.?|number))?))\W{0,3}$", re.IGNORECASE)
_DEVICE_LABEL = re.compile(r"(?:\bimei(?:\s?[12])?|\bserial(?:\s+(?:number|no\.?))?|\bs/n|(?<!\w)(?:серийн|заводск)\w*\s+номер\w*)(?:\s+(?:of\s+)?[^\W\d]+){0,4}\W{1,3}(?:\d{15}(?:\W{1,3}(?:и|and|or|или))?\W{1,3})?$", re.IGNORECASE)  # a second IMEI after the first
# A booking's number, in a passport's shape only (a phone may follow "booking"): "(confirmation 302918477)"
_BOOKED = re.compile(r"(?:\bconfirmation|\bbooking|\breservation|(?<!\w)брон\w*)(?:\s+(?:number|no\.?|code|номер))?\W{0,3}$", re.IGNORECASE)
# A ticket's or a bag tag's number, its airline's prefix included: "e-ticket 125 2438817640", "EMD 055 4120398875"
# (and the ones after it in a list: "tickets 001 2188734215 to 001 2188734218", «билет 298 2419517802»)
_TICKET = r"(?:\b(?:e-?tickets?|tickets?|emd|bag\s+tags?)(?:\s+(?:numbers?|no\.?))?(?:\s+(?:are|is))?|(?<!\w)(?:билет\w*|бирк\w*)(?:\s+номер)?)\W{0,3}(?:\d{3}[\s-]?\d{10}\s*(?:,|to|and|–|и|по)\s*)*(?:\d{3,4}[\s-])?$"
_TICKET_LABEL = re.compile(_TICKET, re.IGNORECASE)
_ID_LABEL = re.compile(
    r"(?<!\w)(?:бик|bic|bik|swift|кпп|kpp|огрн\w*|ogrn\w*|окпо|okpo|окато|sort\s+code|routing\s+number|gtin|ean|upc|isbn|barcode|штрих-?код\w*|\bpro|\bm?awb|\bhawb|\bregon|\bkrs|\beori|\bsscc|\btrace|\brrn|\barn|\buetr|\btransaction\s+(?:id|number|no\.?|ref(?:erence)?))(?:\W{1,3}[^\W\d]+){0,2}\W{1,3}$|(?:№|#|\bno\.)\s*$"  # «Заказ № 330-112-7845» is an id; "ACH trace 091000019876543" a payment's
    r"|(?:\bpolicy|\bcontract|\bagreement|\bejari|\btrade\s?mark|\bpatent|\border|\bshipment|\bparcel|\bconsignment|\btracking(?:\s+number)?|(?<!\w)полис\w*(?:\s+[а-яё]+(?:а|я|ей|ого|его|ой))?|(?<!\w)(?:[еэ]-)?(?:осаго|каско)|(?<!\w)договор\w*|(?<!\w)заказ\w*|(?<!\w)отправлени\w*|(?<!\w)посылк\w*|(?<!\w)накладн\w*)(?:\s+(?-i:[A-ZА-ЯЁ]{1,5})){0,2}\s+$"  # «по полису (ОСАГО) ХХХ 0317294856», «по полису виновника ХХХ …», «е-ОСАГО ХХХ …», "finance agreement 0047-218830-01", not «в заказе на +7 926…»
    r"|(?<!\w)номер\s+(?:вашего\s+|вашей\s+)?(?:обращения|заявки|заявления|заказа|договора|полиса|операции|тикета|отправления|посылки|накладной)(?:\s+[а-яё]+)?\W{0,3}$|(?<!\w)лицев\w+\s+сч[её]т\w*\W{0,3}$"  # «Номер операции возврата: …», «лицевого счёта 039176373144»
    # a loyalty scheme's member number: "Executive Club 49281736", "Iberia Plus number is IB 0418829930", «номер участника «Аэрофлот Бонус»»
    r"|(?:\bfrequent[- ]flyer|\bexecutive\s+club|\bloyalty|\bmileage|\bskywards|\bflying\s+blue|\b[a-z]+\s+plus(?=\s+(?:number|no\b))|(?<!\w)(?:бонусн\w*\s+(?:карт|сч[её]т|программ)\w*|участник\w*\s+программ\w*|карт\w*\s+лояльност\w*))(?:\s+(?:number|no\.?|номер))?(?:\s+is)?\W{0,3}(?:[A-Z]{2}\s)?$"
    r"|\b(?:ticket|case|order|reference|invoice|application|account|student|member(?:ship)?|customer|employee|staff|patient|applicant|contract|policy|claim|meeting|webinar|conference)\s+(?:number|no\.?|id|ref\.?|reference)(?:\s+is)?\W{0,3}$|(?<!\w)(?:идентификатор|id)\s+(?:конференции|встречи)\W{0,3}$|" + _TICKET,  # "Zoom meeting ID 863 4412 9907"  # "My e-ticket number is 075-2401836572"  # "Student ID 0095512849"  # «Номер обращения: 0031-77815»
    re.IGNORECASE,
)
# A carrier's parcel number, one run of digits: «через DPD, номер 01406800382915» (its hotline, «СДЭК: 8 800 302-11-90», is grouped)
_CARRIER = re.compile(
    r"(?:\b(?:dpd|dhl|ups|fedex|gls|usps|tnt|hermes|evri|inpost|yodel|parcelforce|royal\s+mail|cdek|boxberry|nova\s+poshta)|(?<!\w)(?:сдэк|боксберри|почт\w+\s+росси\w+|нов\w+\s+почт\w+))"
    r"(?:[,:]?\s+(?:parcel|tracking|номер|number|no\.?|трек(?:-номер)?|накладн\w*)){0,2}\W{0,3}$",
    re.IGNORECASE,
)
# "plus 7 985 …", «плюс 7 985 …»: the plus spelt out
_PLUS = re.compile(r"(?:\bplus|(?<!\w)плюс)\s*$", re.IGNORECASE)


def _candidates(regex: re.Pattern, text: str, kind: str):
    """The regex's matches; a phone written across a line break is one candidate, and each of its lines another
    ("Order 12345\n07700 900111" is no phone, its second line is)."""
    for m in regex.finditer(text):
        yield m
        if kind == "PHONE" and "\n" in m.group():
            at = m.start()
            for line in m.group().split("\n"):
                if (part := PHONE.fullmatch(text, at, at + len(line.rstrip(" \t.,;:")))) is not None:  # "…555-13-07.\n\n5 июня"
                    yield part
                at += len(line) + 1


def _prefix(value: str, ok, shortest: int) -> str:
    """The longest run of whole digit groups at the start of ``value`` (``shortest`` digits or more) that ``ok`` accepts, or ""."""
    for m in reversed(list(re.finditer(r"(?=[ \u00a0/.-]|$)", value))):
        head = value[: m.start()].rstrip(" ./-")
        if len(digits(head)) >= shortest and ok(head):
            return head
    return ""


@lru_cache(maxsize=4096)
def _national(number: str) -> tuple[str, ...]:
    """The digits of an E.164 number as written at home: its national number, and with its trunk prefix ("+4916091234567":
    "16091234567", "016091234567"); none that is too short to tell from other numbers."""
    parsed = phonenumbers.parse(number, None)
    national = str(parsed.national_number)
    if len(national) < 7:
        return ()
    return tuple({national, digits(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))})


def identity(kind: str, value: str, regions: Iterable[str] = ()) -> frozenset[str]:
    """What makes two written values the same: a phone's possible E.164 numbers, a card's
    digits, an address in lower case (each read plain: ``plain``)."""
    value = made[0] if (made := plain(value)) else value
    if kind == "PHONE":
        return phone_numbers(value, regions) or phone_numbers(value, regions, spoken=True) or frozenset({digits(value)})
    if kind in ("EMAIL", "IP"):
        return frozenset({str(ipaddress.ip_address(re.sub(r"\s", "", value))) if kind == "IP" else value.lower()})
    if kind == "IBAN":
        return frozenset({re.sub(r"\s", "", value).upper()})
    if kind == "ID" and (dates := _dates(value)):
        return dates  # a date of birth however written: "12/04/1986" is "12 April 1986" (or 4 December, read the US way)
    return frozenset({digits(value)})


_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2})")
_WORD_DATE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d]{3,})\.?,?\s+(\d{4})")
# a month by how its name starts, English or Russian («мая», «май» after «марта»: the longer start first)
_MONTH_STARTS = zip("jan feb mar apr may jun jul aug sep oct nov dec".split(), "янв фев мар апр ма июн июл авг сен окт ноя дек".split())
_MONTHS = sorted(((start, month) for month, starts in enumerate(_MONTH_STARTS, 1) for start in starts), key=lambda p: -len(p[0]))


def _dates(value: str) -> frozenset[str]:
    """The calendar dates a written date may be, as ISO strings (both readings of "12/04/1986")."""
    def iso(year: str, month: int | None, day: int) -> set[str]:
        full = int(year) + (0 if len(year) == 4 else 1900 if int(year) > 30 else 2000)
        return {f"{full:04d}-{month:02d}-{day:02d}"} if month and 1 <= month <= 12 and 1 <= day <= 31 else set()
    if m := _NUMERIC_DATE.fullmatch(value):
        if m[4]:
            return frozenset(iso(m[4], int(m[5]), int(m[6])))
        return frozenset(iso(m[3], int(m[2]), int(m[1])) | iso(m[3], int(m[1]), int(m[2])))
    if m := _WORD_DATE.fullmatch(value):
        return frozenset(iso(m[3], next((n for s, n in _MONTHS if m[2].lower().startswith(s)), None), int(m[1])))
    return frozenset()


_LOCAL_NUMBER = re.compile(r"(?<![\w.-])\d{1,3}(?:[ -]\d{2}){2,3}(?![\w-])")
_IN_LINE = r"[ \u00a0\u202f().-]?"
_DIGIT_RUN = re.compile(rf"(?<![\w.-])\d(?:{_IN_LINE}\d){{6,}}(?![\w-])")
# the same, broken over lines ("03 19\n552806" for the passport "03 19 552806"); tried second, as it may take in a number on the line before
_SPLIT_RUN = re.compile(rf"(?<![\w.-])\d(?:(?:{_IN_LINE}|[ \t]*\n[ \t]*)\d){{6,}}(?![\w-])")


_PART = re.compile(r"\d{4,}")


class Masker:
    """Maps each distinct value to one token, for the whole exchange."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}  # token -> the value as first written
        self._ids: list[tuple[str, frozenset[str], str]] = []  # (kind, identity, token)
        self._written: dict[str, str] = {}  # each way a masked value was written -> its token
        self.countries: frozenset[str] = frozenset()  # of the phone numbers masked so far: their national forms are phones too

    def learn(self, *texts: str | None) -> "Masker":
        """Know every value of the exchange before masking any part of it: the draft's bare
        «номер документа 4612123984» is the passport the customer wrote as «серия 4612 номер 123984»."""
        for text in filter(None, texts):
            for s, e, kind in self._find(text):
                self._token(kind, text[s:e])
        return self

    def _find(self, text: str) -> list[tuple[int, int, str]]:
        """The personal values in ``text``; the countries of its phones make their national forms phones elsewhere
        ("06-12345678" in the customer's message is the draft's "+31 6 12345678")."""
        found = find_pii(text, self.countries)
        self.countries |= regions(text, found)
        return found

    def mask(self, text: str) -> str:
        return self.mask_span(text, 0, len(text))

    def mask_span(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` masked, widened to whole values: a span that cuts a phone number
        in two must not leave half of it in clear. Values are found in the whole text, so one
        known by its context ("my sister's number, 612 34 56 78") is masked in a quoted part too."""
        spans = [(s, e, kind) for s, e, kind in self._find(text) if s < end and e > start]
        if spans:
            start, end = min(start, spans[0][0]), max(end, spans[-1][1])
        parts, pos = [], start
        for s, e, kind in spans:
            parts += [self._known(text[pos:s]), self._token(kind, text[s:e])]
            pos = e
        parts.append(self._known(text[pos:end]))
        return "".join(parts)

    def mask_quoted(self, text: str) -> str:
        """A check's own words about the restored text, masked: a value, and each run of four or more of its digits,
        since a reason may quote a part ("added the number “4514”" of the passport "4514 327861")."""
        text = self.mask(text)
        parts = {run: token for written, token in self._written.items() if not token.startswith(("<EMAIL", "<IP")) for run in _PART.findall(written)}
        for run in sorted(parts, key=len, reverse=True):
            text = re.sub(rf"(?<!\d){run}(?!\d)", parts[run], text)
        return text

    def _known(self, text: str) -> str:
        """Values masked before, in a text that no longer shows why they are personal: the re-ask's
        "changed the phone “06-12345678”" quotes without the "+31 6 12345678" that made it one;
        a number written with other spacing ("754829173" for the passport "75 4829173") by its digits, a phone also as its
        country writes it ("0160 9123 4567" and "599 412 783" for "+49 160 91234567" and "+995 599 41 27 83")."""
        for written in sorted((w for w in self._written if w in text), key=len, reverse=True):
            text = text.replace(written, self._written[written])
        by_digits = {digits(w): token for w, token in self._written.items() if not token.startswith(("<EMAIL", "<IP")) and len(digits(w)) >= 7}
        by_digits |= {national: token for kind, same, token in self._ids if kind == "PHONE" for number in same if number.startswith("+") for national in _national(number)}
        if by_digits:
            for run in (_DIGIT_RUN, _SPLIT_RUN):
                text = run.sub(lambda m: by_digits.get(digits(m.group()), m.group()), text)
        # a phone's local part after its area code in brackets: «53-12-34 (код 4012)» for «+7 (4012) 53-12-34»
        local = {part: token for w, token in self._written.items() if token.startswith("<PHONE") and len(part := digits(w.rpartition(")")[2])) >= 5}
        if local:
            text = _LOCAL_NUMBER.sub(lambda m: local.get(digits(m.group()), m.group()), text)
        return text

    def _token(self, kind: str, value: str) -> str:
        self._written[value] = token = self._token_of(kind, value)
        return token

    def _token_of(self, kind: str, value: str) -> str:
        same = identity(kind, value, self.countries)  # "599 412 783" is the Georgian mobile "+995 599 41 27 83" met before
        for known_kind, known, token in self._ids:
            if known_kind == kind and known & same:
                return token
        token = f"<{kind}_{sum(1 for k, _, _ in self._ids if k == kind) + 1}>"
        self._ids.append((kind, same, token))
        self.values[token] = value
        return token

    def restore(self, text: str) -> str:
        """Put the originals back; a token the masker never made is left as it is."""
        return TOKEN.sub(lambda m: self.values.get(m.group(), m.group()), text)

    def unknown(self, text: str) -> list[str]:
        """Tokens in ``text`` that stand for nothing: the model made them up."""
        return [m.group() for m in TOKEN.finditer(text) if m.group() not in self.values]
