"""Personal data is masked before sending and restored after (reviewer.guard.pii)."""

from __future__ import annotations

import pytest

from reviewer.guard.pii import Masker, card_ok, find_pii, iban_ok, snils_ok


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("write to anna.k@example.com today", "anna.k@example.com", "EMAIL"),
        # phones: E.164 and the national formats of UK, US, RU, DE, FR
        ("call 07700 900123 today", "07700 900123", "PHONE"),
        ("call +44 7700 900123 today", "+44 7700 900123", "PHONE"),
        ("call +44 (0)7700 900293.", "+44 (0)7700 900293", "PHONE"),
        ("or (0121) 496 0666 at work", "(0121) 496 0666", "PHONE"),
        ("ring 07700900985", "07700900985", "PHONE"),
        ("call +1 (555) 010-4477", "+1 (555) 010-4477", "PHONE"),
        ("call the wire desk at (646) 555-\n0123 or email us", "(646) 555-\n0123", "PHONE"),  # broken across a line after a dash
        ("call 312.555.0171 or", "312.555.0171", "PHONE"),
        ("toll 1-888-555-0113.", "1-888-555-0113", "PHONE"),
        ("звоните 8 (926) 123-45-67", "8 (926) 123-45-67", "PHONE"),
        ("звоните 8 800 555-35-35", "8 800 555-35-35", "PHONE"),
        ("или 89216293016", "89216293016", "PHONE"),
        ("or +79161234567", "+79161234567", "PHONE"),
        ("Fahrer: 0177/6814208", "0177/6814208", "PHONE"),
        ("Büro 040 90739028", "040 90739028", "PHONE"),
        ("appelez le 04 54 99 07 01", "04 54 99 07 01", "PHONE"),
        ("ou 07.58.63.68.68", "07.58.63.68.68", "PHONE"),
        ("ou +33 7 58 63 68 68", "+33 7 58 63 68 68", "PHONE"),
        ("card 4111 1111 1111 1111 was charged", "4111 1111 1111 1111", "CARD"),
        ("card 5500-0000-0000-0004", "5500-0000-0000-0004", "CARD"),
        ("amex 3457 140848 18343 held", "3457 140848 18343", "CARD"),
        ("по карте 5444 9546 4992 8182 7 июня", "5444 9546 4992 8182", "CARD"),  # a card, then a date: found the held-out set
        ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", "IBAN"),
        ("IBAN GB82WEST12345698765432", "GB82WEST12345698765432", "IBAN"),
        ("IBAN DE89 3704 0044 0532 0130 0", "DE89 3704 0044 0532 0130 0", "IBAN"),  # a digit short of Germany's layout, its check digits failing: still the account
        ("from 192.0.2.131.", "192.0.2.131", "IP"),
        ("from 2a00:1370:7b89:c69::aaa6 today", "2a00:1370:7b89:c69::aaa6", "IP"),
        ("паспорт 45 17 377348", "45 17 377348", "PASSPORT"),
        ("паспорт 4517 377348", "4517 377348", "PASSPORT"),
        ("СНИЛС 867-039-897 67", "867-039-897 67", "SNILS"),
        ("СНИЛС 86703989767", "86703989767", "SNILS"),
        ("ИНН 166868390598", "166868390598", "INN"),
        ("ИНН 2303033168)", "2303033168", "INN"),
        # the second set's first look (README "What is masked")
        ("write to k.becker [at] posteo [dot] de please", "k.becker [at] posteo [dot] de", "EMAIL"),
        ("it's sam dot taylor at gmail dot com", "sam dot taylor at gmail dot com", "EMAIL"),
        ("пишите tanya.lebedeva собака mail.ru", "tanya.lebedeva собака mail.ru", "EMAIL"),
        ("call me on 612 345 678 after six", "612 345 678", "PHONE"),
        ("Водитель позвонит вам на 8 029 123-45-67.", "8 029 123-45-67", "PHONE"),
        ("new number +44 7700\n900982 as requested", "+44 7700\n900982", "PHONE"),
        ("карта 2200\u00a07000\u00a04512\u00a03394", "2200\u00a07000\u00a04512\u00a03394", "CARD"),
        ("паспорт 45 12 № 345678", "45 12 № 345678", "PASSPORT"),
        ("Паспорт: 4614556677", "4614556677", "PASSPORT"),
        ("СНИЛС 987 654 321 83", "987 654 321 83", "SNILS"),
        # the seventh set's first look
        ("позвонит на городской номер (812) 309-47-16, указанный", "(812) 309-47-16", "PHONE"),
        ("Загран: 75 4829173, почта", "75 4829173", "PASSPORT"),
        # the eighth set's first look
        ("1) 89162345678 — мой;", "89162345678", "PHONE"),
        ("2) (495) 987-65-43 — домашний.", "(495) 987-65-43", "PHONE"),
        ("раб. т.8-495-123-45-67 доб.214", "8-495-123-45-67", "PHONE"),
        ("на домашний (495)6543217 или", "(495)6543217", "PHONE"),
        ("account ES74-0140-2019-7993-9337-2754 and", "ES74-0140-2019-7993-9337-2754", "IBAN"),
        ("passport series 45 08, number 123456, issued", "45 08, number 123456", "PASSPORT"),
        ("в договор аренды: серия 40 16, номер 583201.", "40 16, номер 583201", "PASSPORT"),
        ("№ 583201, серия 4016 — это мой паспорт", "583201, серия 4016", "PASSPORT"),
        # the thirty-first set's first look
        ("Паспорт: 4510-118293, выдан 14.07.2015", "4510-118293", "PASSPORT"),
        ("паспорт серия: 4517 номер: 331902;", "4517 номер: 331902", "PASSPORT"),
        ("Номер в заказе +48 512 470 318 — старый", "+48 512 470 318", "PHONE"),  # a "+" makes a phone whatever stands before it
        # the thirty-second's
        ("Passport: 31844207 (Israeli).", "31844207", "PASSPORT"),
        # the thirty-third's
        ("refund to my bank instead, IBAN GB91 NWBK 393824 467659 78\n[10:05] sorry", "GB91 NWBK 393824 467659 78", "IBAN"),
        ("write to m.okafor@@example.com please", "m.okafor@@example.com", "EMAIL"),
        ("and my São Paulo office (11) 91234-5678", "(11) 91234-5678", "PHONE"),
        ("00:01:02 CALLER: my number's 07700 900273\n00:01:06 AGENT: thanks", "07700 900273", "PHONE"),  # the next line's timestamp is not its digits
        # the thirty-fifth's
        ("[5:02 PM] Kevin: home number 555-0123, cell", "555-0123", "PHONE"),  # a local number after its label
        ("или на городской 555-12-34, там", "555-12-34", "PHONE"),
        ("blocked 2001:0db8:0000:0000:\n0000:ff00:0042:8329 (17 attempts)", "2001:0db8:0000:0000:\n0000:ff00:0042:8329", "IP"),  # wrapped after a colon
        # the thirty-sixth's
        ("Бухгалтерия: 7-495-961-27-45\nСклад", "7-495-961-27-45", "PHONE"),  # a Russian number in its own shape, its "+" left off
    ],
)
def test_personal_data_is_found_whole(text, value, kind):
    found = [(text[s:e], k) for s, e, k in find_pii(text)]
    assert found == [(value, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "order #48213 shipped",
        "Order 55120-\n3341 shipped",
        "handsets with IMEI 867692033307774 и 354678106871408",  # a second IMEI after the first: device ids, not cards
        "tracking 1Z999AA10123456784",
        "ticket 1749026496036",  # a bare digit run is an id, not a phone
        "трек 1098765432 и 80085512345678",
        "DHL 00340434161234567890",
        "Amazon order 112-3456789-1234567",
        "квитанция № 02-2024-118, заказ № 2024-05-0913",
        "card 4111 1111 1111 1112",  # fails the Luhn check
        "ref AB12 3456 7890 1234",  # an IBAN's shape, but no country has that layout
        "on 2024-05-01 at 10:30, $42.10, 14.03.2026, 01.03.2026",
        "£1,250.00 for flat 12B, 3–5 working days, 48213 kWh",
        "update to version 10.2.1.4 tonight",
        "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36",  # a user agent's versions
        "results in 48 hours at portal.medilab.co.uk",  # a plain "at" before a real domain is no hidden address
        "Order 12345\ncall on 09.01.2025",
        "the handset with IMEI 350777331568021 is blocked",  # a device's number that passes Luhn
        "Заводской номер кассы 0496140009312, фискальный накопитель",
        "Отправила подарок через DPD, номер 01406800382915.",  # a carrier's parcel number
        "My e-ticket number is 075-2401836572.",
        "[19:03:40] Customer: contract number 1002-448-7731, last bill £36.50",
        "order 555-0123 ships today, room 212-34-56",  # a local number's shape is a phone only after a phone word
        "Shipment PRO 0448-2217-653 shows delivered",  # freight numbers after their labels
        "the air waybill (MAWB 020-8834 1176) was cancelled",
        "NIP: 527-28-41-736\nREGON: 146521873",
    ],
)
def test_ids_dates_and_invalid_numbers_are_left_alone(text):
    assert find_pii(text) == []


def test_a_phone_word_vouches_for_its_own_number_only():
    text = "Call me on 612 345 678. Order 1188-4472 ships today."
    assert [(text[s:e], k) for s, e, k in find_pii(text)] == [("612 345 678", "PHONE")]


def test_one_value_one_token_in_draft_and_customer_message():
    masker = Masker()
    draft = "Mail anna.k@example.com or call 07700 900123. Again: ANNA.K@example.com. Courier: 8 (926) 123-45-67."
    customer = "My card 4111 1111 1111 1111, mail anna.k@example.com, phone +44 7700 900123 or +79261234567"
    masked_draft, masked_customer = masker.mask(draft), masker.mask(customer)
    assert masked_draft == "Mail <EMAIL_1> or call <PHONE_1>. Again: <EMAIL_1>. Courier: <PHONE_2>."
    assert masked_customer == "My card <CARD_1>, mail <EMAIL_1>, phone <PHONE_1> or <PHONE_2>"
    assert masker.restore(masked_customer) == "My card 4111 1111 1111 1111, mail anna.k@example.com, phone 07700 900123 or 8 (926) 123-45-67"
    assert masker.restore("Write to <EMAIL_1>, not <PHONE_7>.") == "Write to anna.k@example.com, not <PHONE_7>."
    assert masker.unknown("<PHONE_1> <PHONE_7> <IBAN_1>") == ["<PHONE_7>", "<IBAN_1>"]


def test_a_national_number_shares_the_token_of_its_international_form_in_either_order():
    masker = Masker()
    assert masker.mask("+49 177 6814208") == "<PHONE_1>"
    assert masker.mask("0177 6814208 or 0177/6814208") == "<PHONE_1> or <PHONE_1>"
    other = Masker()
    assert other.mask("0177 6814208, then +49 177 6814208, not +44 1776 814209") == "<PHONE_1>, then <PHONE_1>, not <PHONE_2>"


def test_a_phone_known_with_its_country_code_is_masked_as_its_country_writes_it():
    """"+49 160 91234567" in the draft makes the customer's "contract 0160 9123 4567" and a Georgian "599 412 783" (its
    national number, grouped otherwise) the same phone, whatever label stands before them (found by PII set 43)."""
    masker = Masker().learn("We may call +49 160 91234567. SMS to +995 599 41 27 83.")
    assert masker.mask("my mobile contract 0160 9123 4567, or 599 412 783 locally") == "my mobile contract <PHONE_1>, or <PHONE_2> locally"
    assert Masker().mask("my mobile contract 0160 9123 4567") == "my mobile contract 0160 9123 4567"  # a contract's number without it


def test_a_trade_mark_and_a_clause_number_are_no_phone_nor_address():
    """"EU trade mark 018912345" is a Dublin number's shape beside an Irish phone, «п. 4.2.1.3» an IPv4's (found by PII set 45)."""
    masker = Masker().learn("Contact me on +353 87 123 4567.")
    assert masker.mask("The opposition against EU trade mark 018912345 is case B 3 214 567.") == "The opposition against EU trade mark 018912345 is case B 3 214 567."
    assert Masker().mask("Согласно п. 4.2.1.3 соглашения вход с 185.220.101.47 заблокирован.") == "Согласно п. 4.2.1.3 соглашения вход с <IP_1> заблокирован."


def test_a_meeting_id_is_no_phone():
    """"Zoom meeting ID 863 4412 9907" has a phone's shape; its label says what it is (found by PII set 44)."""
    assert Masker().mask("Zoom meeting ID 863 4412 9907, passcode 551823.") == "Zoom meeting ID 863 4412 9907, passcode 551823."
    assert "<PHONE_1>" in Masker().mask("Call me on 863 4412 9907.")


def test_a_number_masked_once_is_masked_by_its_digits_in_any_spacing():
    masker = Masker()
    assert masker.mask("загранпаспорт 75 4829173, действителен до 14.08.2032") == "загранпаспорт <PASSPORT_1>, действителен до 14.08.2032"
    assert masker.mask("Номер: 754829173, заказ 1234567") == "Номер: <PASSPORT_1>, заказ 1234567"


def test_a_check_that_quotes_part_of_a_value_goes_back_masked():
    # the re-ask quotes the restored text: "series 4514, number 327861" masked as one passport, restored whole, and a
    # reason naming one of its parts must not carry it back to the model (found by PII set 34 through `reviewer rewrite`)
    masker = Masker().learn("Passport for customs: 4514 327861. Order 5553-0147-XL.")
    reason = "added the number “4514”, which is in neither the draft nor the customer's message"
    assert masker.mask_quoted(reason) == "added the number “<PASSPORT_1>”, which is in neither the draft nor the customer's message"
    assert masker.mask_quoted("kept order 5553-0147-XL") == "kept order 5553-0147-XL"


def test_a_span_that_cuts_a_value_is_widened_before_masking():
    masker = Masker()
    text = "Call us at +1 (555) 010-4477 today."
    assert masker.mask_span(text, 0, 16) == "Call us at <PHONE_1>"


def test_checksums():
    assert card_ok("4111111111111111") and not card_ok("4111111111111112")
    # fifteen Luhn-valid digits are an Amex card, or a phone's IMEI ("IMEI1 359058100906689"), not a card
    assert card_ok("378282246310005") and not card_ok("359058100906689")
    # an IBAN by its country's layout: a digit typed wrong still names the account, and so does a digit left out of an all-digit
    # one (not when only a strict reading is asked for); another length, a made-up country or letters out of place do not
    assert iban_ok("DE89370400440532013000") and iban_ok("DE89370400440532013001") and iban_ok("DE8937040044053201300")
    assert not iban_ok("DE8937040044053201300", near=False) and not iban_ok("DE893704004405320130") and not iban_ok("AB12345678901234") and not iban_ok("GB33BUKB2020155555555X")
    assert snils_ok("867-039-897 67") and not snils_ok("867-039-897 68")


def test_a_national_number_of_a_country_without_a_trunk_prefix_is_masked_beside_its_international_one():
    """Polish numbers have no trunk "0": "798 120 554" is a phone where the exchange has a +48 number, an order's digits elsewhere."""
    masker = Masker().learn("Номер в заказе +48 512 470 318 — старый, сейчас пользуюсь 798 120 554.")
    assert "798 120 554" not in masker.mask("Код отправлен повторно на 798 120 554.")
    assert Masker().mask("Сертификат 798 120 554 не подошёл.") == "Сертификат 798 120 554 не подошёл."


def test_a_number_on_a_list_of_phones_is_one_too():
    """"My numbers: 040 123 4567 (mobile) and 09 8765 4321 (work)": the second is a phone as the first, not an order number
    after "трек"."""
    for text, value in (("My numbers: 040 123 4567 (mobile) and 09 8765 4321 (work).", "09 8765 4321"), ("Please update: mobile 070-123 45 67, home 08-123 456 78.", "08-123 456 78")):
        assert value not in Masker().mask(text), text
    assert "1098765432" in Masker().mask("Мой номер 89216293016, трек 1098765432.")
    assert [k for _, _, k in find_pii("Phone: 0117 496 0551 / 07700900388")] == ["PHONE", "PHONE"]  # two on one line, a slash between
