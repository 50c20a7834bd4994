"""Personal data is masked before sending and restored after."""

from __future__ import annotations

import pytest

from reviewer.rewriting.pii import Masker, find_pii, iban_ok, luhn_ok


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to anna.k@example.com today", "EMAIL"),
        ("call +1 (555) 010-4477", "PHONE"),
        ("звоните 8 800 555-35-35", "PHONE"),
        ("or +79161234567", "PHONE"),
        ("card 4111 1111 1111 1111 was charged", "CARD"),
        ("card 5500-0000-0000-0004", "CARD"),
        ("IBAN DE89 3704 0044 0532 0130 00", "IBAN"),
        ("IBAN GB82WEST12345698765432", "IBAN"),
    ],
)
def test_personal_data_is_found(text, kind):
    assert [k for _, _, k in find_pii(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "order #48213 shipped",
        "tracking 1Z999AA10123456784",
        "ticket 1749026496036",  # a bare digit run is an id, not a phone
        "Amazon order 112-3456789-1234567",
        "card 4111 1111 1111 1112",  # fails the Luhn check
        "IBAN DE89 3704 0044 0532 0130 01",  # fails mod 97
        "on 2024-05-01 at 10:30, $42.10",
    ],
)
def test_ids_dates_and_invalid_numbers_are_left_alone(text):
    assert find_pii(text) == []


def test_placeholders_are_stable_and_restore_exactly():
    masker = Masker()
    draft = "Mail anna.k@example.com or call +1 (555) 010-4477. Again: ANNA.K@example.com."
    customer = "My card 4111 1111 1111 1111, mail anna.k@example.com"
    masked_draft, masked_customer = masker.mask(draft), masker.mask(customer)
    assert masked_draft == "Mail <EMAIL_1> or call <PHONE_1>. Again: <EMAIL_1>."
    assert masked_customer == "My card <CARD_1>, mail <EMAIL_1>"
    assert masker.restore(masked_customer) == "My card 4111 1111 1111 1111, mail anna.k@example.com"
    assert masker.restore("Write to <EMAIL_1>, not <PHONE_7>.") == "Write to anna.k@example.com, not <PHONE_7>."
    assert masker.unknown("<PHONE_1> <PHONE_7> <IBAN_1>") == ["<PHONE_7>", "<IBAN_1>"]


def test_checksums():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("DE89370400440532013000") and not iban_ok("DE89370400440532013001")
