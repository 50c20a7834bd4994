"""The checks a rewrite must pass: re-lint, facts kept, nothing invented, language, length."""

from __future__ import annotations

import pytest

from reviewer.lint.engine import Linter
from reviewer.guard.facts import extract
from reviewer.guard.pii import Masker
from reviewer.rewriting.validate import validate

DRAFT = (
    "Dear customer, sorry if you were upset!! Your order #48213 for $42.10 is delayed. "
    "Track it at https://shop.example.com/t/48213 or call +1 (555) 010-4477. "
    "We will look into this problem as soon as possible."
)
GOOD = (
    "Hi {{first_name}}, your order #48213 for $42.10 is delayed at our warehouse. "
    "We will ship it within [time frame]; track it at https://shop.example.com/t/48213 or call <PHONE_1>. "
    "Thank you for your patience."
)


def check(answer: str, draft: str = DRAFT, context: str | None = None):
    linter = Linter()
    masker = Masker()
    masker.mask(draft)
    if context:
        masker.mask(context)
    return validate(answer, draft=linter.check(draft), context=context, masker=masker, linter=linter)


def test_a_good_rewrite_passes_and_lists_its_slot():
    verdict = check(GOOD)
    assert verdict.failures == []
    assert verdict.slots == ["[time frame]"]
    assert "+1 (555) 010-4477" in verdict.text  # restored
    assert [f.code for f in verdict.report.findings] == ["S005"]


@pytest.mark.parametrize(
    ("change", "failure"),
    [
        (("#48213 for", "for"), "dropped the order/reference number “#48213”"),
        (("$42.10", "the amount"), "dropped the amount “$42.10”"),
        (("https://shop.example.com/t/48213", "our site"), "dropped the URL"),
        (("<PHONE_1>", "+1 (555) 999-0000"), "changed the phone “+1 (555) 010-4477” to “+1 (555) 999-0000”"),
        (("call <PHONE_1>", "call <PHONE_1> or +1 (555) 999-0000"), "added the phone “+1 (555) 999-0000”"),
        (("<PHONE_1>", "<PHONE_1> or <PHONE_2>"), "uses the placeholder <PHONE_2>, which stands for nothing"),
        (("within [time frame]", "by Friday"), "added the time frame “by Friday”, which the agent never gave"),
        (("Thank you for your patience.", "We have refunded you in full."), "promises money back (“We have refunded you in full”)"),
        (("Thank you for your patience.", "Here is a 20% discount code."), "added the percentage “20%”"),
        (("Thank you for your patience.", "Here is a 20% discount code."), "promises a discount (“Here is a 20% discount code”)"),
        (("Thank you for your patience.", "We'll take it off your next bill."), "promises a discount"),
        (("Thank you for your patience.", "We'll cover it."), "promises a cost covered or not charged"),
        (("#48213", "#48231"), "changed the order/reference number “#48213” to “#48231”"),
        (("$42.10", "$24.10"), "changed the amount “$42.10” to “$24.10”"),
        (("is delayed", "is delayed, a terrible problem"), "linter: W002 exaggeration"),
        (("Thank you for your patience.", "Sorry for the inconvenience."), "linter: W003 canned-phrase"),
        (("Hi {{first_name}}", "Hi Maria"), "added the name “Maria”"),
    ],
)
def test_each_broken_fact_or_finding_is_a_named_failure(change, failure):
    answer = GOOD.replace(*change)
    assert answer != GOOD
    verdict = check(answer)
    assert any(failure in f for f in verdict.failures), verdict.failures


def test_a_ticket_boilerplate_number_may_go():
    draft = "Hi Anna, your request has been registered under number 1749026496036. Your order #48213 ships today."
    assert check("Hi Anna, your order #48213 ships today.", draft=draft).failures == []
    assert any("#48213" in f for f in check("Hi Anna, your order ships today.", draft=draft).failures)


def test_the_customers_facts_may_be_repeated_but_not_their_wishes():
    draft = "Hi Anna, we are checking why the parcel is late and will email you tomorrow."
    context = "I ordered on May 3, paid 30 EUR and want a refund by Friday!"
    ok = check("Hi Anna, we are checking why the parcel you ordered on May 3 for 30 EUR is late; we will email you tomorrow.", draft, context)
    assert ok.failures == []
    wish = check("Hi Anna, we will email you tomorrow and refund you by Friday.", draft, context)
    assert any("promises money back (“we will email you tomorrow and refund you by Friday”)" in f for f in wish.failures)
    assert any("added the time frame “by Friday”" in f for f in wish.failures)


def test_language_and_length_bounds():
    assert any("текст написан на другом языке (английский)" in f for f in check("Hi, we are on it today.", draft="Здравствуйте! Заказ №48213 задерживается, мы отправим его сегодня.").failures)
    assert any("characters long" in f for f in check("Hi.").failures)
    assert any("characters long" in f for f in check(GOOD * 4).failures)
    assert check("   ").failures == ["the rewrite is empty"]


def test_facts_are_compared_by_meaning_not_spelling():
    values = lambda text, lang="en": {(f.kind, f.value) for f in extract(text, lang)}
    assert ("money", "USD 42.1") in values("$42.10") & values("42.10 USD")
    assert ("duration", "24 hour") in values("within 24 hours") & values("in 24 hours")
    assert ("date", "05-03") in values("on May 3") & values("3rd of May")
    assert {("money", "RUB 1500"), ("date", "05-05")} <= values("Вернём 1 500 руб. до 5 мая", "ru")
    assert ("temperature", "65°F") in values("keep the thermostat above 65°F") and ("temperature", "-5°C") in values("Храните при −5 °C", "ru")
    assert ("temperature", "200°") in values("нагрейте до 200 градусов", "ru") and ("money", "USD 65") in values("$65 a day, above 65°F")
