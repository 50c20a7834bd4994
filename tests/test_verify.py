"""`reviewer verify`, `POST /v1/verify` and `from reviewer import verify`: one guard, three doors."""

from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient

from reviewer import verify
from reviewer.cli import main
from reviewer.server.app import create_app

DRAFT = "Dear Mr. Okafor,\n\nFlight SK 412 on March 5, 2026 was cancelled. Your refund of €289.00 for booking K7QX2P will reach your card in 7-10 working days.\n\nRegards,\nPriya Nair"
GOOD = "Dear Mr. Okafor,\n\nFlight SK 412 on 5 March 2026 was cancelled, and your refund of €289.00 for booking K7QX2P will reach your card within 7–10 working days. I'm sorry your trip was disrupted.\n\nRegards,\nPriya Nair"
BAD = GOOD.replace("€289.00", "€298.00").replace("I'm sorry", "We'll also upgrade you on your next flight. I'm sorry")
CUSTOMER = "My flight SK 412 was cancelled. I paid €289. Call me on 07700 900123."


@pytest.fixture
def files(tmp_path):
    paths = {}
    for name, text in (("draft", DRAFT), ("good", GOOD), ("bad", BAD), ("customer", CUSTOMER)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_good_rewrite_passes_with_exit_0(capsys, files):
    code, out, _ = run(capsys, "verify", files["draft"], files["good"], "--context", files["customer"])
    assert code == 0
    assert out.startswith("PASS: the rewrite keeps the draft's facts, invents nothing and passes the linter.\n")
    assert "0 dropped, 0 changed, 0 added; 0 promises the draft does not make." in out


def test_a_bad_rewrite_fails_with_exit_1_and_says_why(capsys, files):
    code, out, _ = run(capsys, "verify", files["draft"], files["bad"])
    assert code == 1
    assert out.splitlines()[:4] == [
        "FAIL: do not send this rewrite as it is.",
        "  - linter: S002 missing-timeline at “We'll also upgrade you on your next flight.”: Pending with no time frame: the customer can't tell when this will happen.",
        "  - changed the amount “€289.00” to “€298.00”; keep the draft's value",
        "  - promises an upgrade (“We'll also upgrade you on your next flight”), which the agent's draft never offered",
    ]


def test_json_has_the_issues_shape_with_spans_in_both_texts(capsys, files):
    code, out, _ = run(capsys, "verify", files["draft"], files["bad"], "--format", "json")
    data = json.loads(out)
    assert code == 1 and set(data) == {"pass", "facts", "promises_added", "findings", "reasons"}
    assert data["pass"] is False and set(data["facts"]) == {"kept", "dropped", "changed", "added"}
    changed = data["facts"]["changed"][0]
    assert changed["kind"] == "money" and changed["value"] == "EUR 289"
    assert DRAFT[changed["draft"]["start"] : changed["draft"]["end"]] == changed["draft"]["text"] == "€289.00"
    assert BAD[changed["rewrite"]["start"] : changed["rewrite"]["end"]] == changed["rewrite"]["text"] == "€298.00"
    assert changed["rewrite"]["value"] == "EUR 298"
    kept = {(f["kind"], f["value"]) for f in data["facts"]["kept"]}
    assert {("reference", "SK412"), ("reference", "K7QX2P"), ("date", "2026-03-05"), ("name", "Priya Nair")} <= kept
    assert data["promises_added"] == [{"kind": "upgrade", "text": "We'll also upgrade you on your next flight", "start": BAD.index("We'll"), "end": BAD.index(". I'm")}]


def test_either_text_can_come_from_standard_input(capsys, files, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    code, out, _ = run(capsys, "verify", files["draft"], "-")
    assert code == 0 and out.startswith("PASS")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-", "-"], "only one of DRAFT and REWRITE can be standard input"),
        (["{tmp}/nope.txt", "{good}"], "cannot read the draft"),
        (["{empty}", "{good}"], "the draft is empty: nothing to verify"),
    ],
)
def test_usage_and_input_errors_exit_2(capsys, files, tmp_path, argv, message):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    argv = [a.format(tmp=tmp_path, good=files["good"], empty=tmp_path / "empty.txt") for a in argv]
    code, out, err = run(capsys, "verify", *argv)
    assert code == 2 and message in err and out == ""


def test_the_library_and_the_api_give_the_cli_s_answer(capsys, files):
    result = verify(DRAFT, BAD, context=CUSTOMER)
    _, out, _ = run(capsys, "verify", files["draft"], files["bad"], "--context", files["customer"], "--format", "json")
    assert result.to_dict() == json.loads(out)
    client = TestClient(create_app())
    answer = client.post("/v1/verify", json={"draft": DRAFT, "rewrite": BAD, "context": CUSTOMER})
    assert answer.status_code == 200 and answer.json() == result.to_dict()


def test_reasons_come_in_the_drafts_language():
    result = verify("Здравствуйте! Заказ № 48213 отправим 5 марта.", "Здравствуйте! Заказ № 48213 отправим 6 марта, доставка за наш счёт.")
    assert result.reasons == [
        "изменён факт черновика (дата): «5 марта» стало «6 марта»; оставьте значение из черновика",
        "обещание, которого нет в черновике: оплата расходов за счёт компании или отказ от платы («доставка за наш счёт»)",
    ]


def test_the_api_refuses_a_blank_draft_and_unknown_fields():
    client = TestClient(create_app())
    assert client.post("/v1/verify", json={"draft": " ", "rewrite": "x"}).json()["error"] == "invalid_request"
    assert client.post("/v1/verify", json={"draft": "Hi", "rewrite": "x", "tone": "warm"}).status_code == 422


def test_a_finding_below_fail_on_is_shown_not_a_reason_to_reject():
    """A004 (info) on "sorry you had to wait": `check` would pass it, so the guard keeps the rewrite;
    a team that fails on info gets it rejected."""
    from reviewer.config import Config
    from reviewer.lint.engine import Linter

    rewrite = GOOD.replace("I'm sorry your trip was disrupted.", "I'm sorry you had to wait so long.")
    result = verify(DRAFT, rewrite)
    assert result.passed, result.reasons
    assert [f.code for f in result.verdict.report.findings] == ["A004"]
    strict = verify(DRAFT, rewrite, linter=Linter(Config(fail_on="info")))
    assert not strict.passed and any("A004" in r for r in strict.reasons)


def test_a_step_the_draft_left_untimed_may_stay_untimed():
    """Timing it would mean inventing a time, which the guard rejects; a step the draft had timed must stay timed."""
    draft = "Hi Ksenia, the teacher mixed up the time zone. We will return the missed lesson to your balance and add one more free."
    rewrite = "Hi Ksenia, your teacher mixed up the time zone. We'll return the missed lesson to your balance and add one more for free."
    result = verify(draft, rewrite)
    assert result.passed, result.reasons
    assert "S002" in [f.code for f in result.verdict.report.findings]
    timed = verify("Hi Ksenia, we will return the missed lesson to your balance today.", "Hi Ksenia, we'll return the missed lesson to your balance.")
    assert not timed.passed and any("S002" in r for r in timed.reasons)


def test_a_step_the_draft_timed_only_by_another_may_stand_alone():
    """"The courier has been reported" took its time from the refund's; said as "We've also reported the courier", it needs
    one of its own, which the rewrite cannot invent. A step the draft never announced still needs its time."""
    draft = ("Hello Khalid, the courier collected AED 70 too much on order NM-7730-QZ. We will refund the AED 70 to your wallet "
             "within 3 business days. The courier has been reported to the delivery partner.\n\nBest regards,\nAisha")
    rewrite = ("Hello Khalid, the courier collected AED 70 too much on order NM-7730-QZ. The AED 70 goes back to your wallet within "
               "3 business days. We've also reported the courier to our delivery partner.\n\nBest regards,\nAisha")
    result = verify(draft, rewrite)
    assert result.passed, result.reasons
    invented = verify(draft, rewrite.replace("We've also reported the courier to our delivery partner.", "We'll also send you a voucher."))
    assert not invented.passed and any("S002" in r for r in invented.reasons)


def test_a_step_dropped_without_a_value_fails():
    """A commitment with no number in it is a fact the customer waits for: "We will send you the dispute form by email"."""
    draft = "Hello Kevin,\n\nYour dispute DSP-40417 is under review. We will send you the dispute form by email; please sign it and return it so we can continue.\n\nAisha"
    rewrite = "Hi Kevin,\n\nYour dispute DSP-40417 is under review, and we'll be in touch.\n\nAisha"
    result = verify(draft, rewrite, lang="en")
    assert not result.passed
    assert any(r.startswith("dropped the draft's step “We will send you the dispute form by email") for r in result.reasons)
    assert [f["kind"] for f in result.to_dict()["facts"]["dropped"]] == ["step"]
    kept = rewrite.replace("and we'll be in touch", "and we'll email you the dispute form to sign and send back")
    assert verify(draft, kept, lang="en").passed



def test_an_instruction_dropped_fails_but_courtesy_and_flagged_sentences_may_go():
    """"Please make sure someone is home to give access to the basement" left out sends the engineer to a locked door, though
    no value changed; "If you have any questions, feel free to contact us" and a sentence the linter flags may go."""
    draft = "Hi Tom,\n\nThe engineer arrives on 12 May at 9:00. Please make sure someone is home to give access to the basement. If you have any questions, feel free to contact us.\n\nAnna"
    dropped = verify(draft, "Hi Tom,\n\nThe engineer arrives on 12 May at 9:00.\n\nAnna", lang="en")
    assert not dropped.passed
    assert [f["kind"] for f in dropped.to_dict()["facts"]["dropped"]] == ["instruction"]
    assert dropped.reasons == ["dropped the draft's instruction “Please make sure someone is home to give access to the basement”; keep what the customer is told to do or avoid"]
    kept = "Hi Tom,\n\nThe engineer arrives on 12 May at 9:00, so please have someone at home to give access to the basement.\n\nAnna"
    assert verify(draft, kept, lang="en").passed
    ru = "Мастер придёт 12 мая в 9:00 и проверит наружный блок. До визита, пожалуйста, не включайте кондиционер в режиме охлаждения."
    result = verify(ru, "Мастер придёт 12 мая в 9:00 и проверит наружный блок.", lang="ru")
    assert result.reasons == ["пропало указание из черновика «До визита, пожалуйста, не включайте кондиционер в режиме охлаждения»; сохраните то, что клиенту нужно сделать или чего избегать"]


def test_a_further_step_joined_to_an_instruction_is_kept_too():
    """"…and don't use purple shampoo before then", «…и не открывайте дверцу морозильника»: a step joined to the sentence's
    first one is an instruction of its own, kept when a sentence of the rewrite names half of what it is done to, or the
    rewrite names all of it anywhere (a list after "bring:")."""
    draft = "Chloe can see you on Thursday 19 September at 18:30. Please come with dry, unwashed hair and don't use purple shampoo before then."
    dropped = verify(draft, "Chloe can see you on Thursday 19 September at 6:30 pm. Please come with dry, unwashed hair.", lang="en")
    assert dropped.reasons == ["dropped the draft's instruction “don't use purple shampoo before then”; keep what the customer is told to do or avoid"]
    assert verify(draft, "Chloe can see you on Thursday 19 September at 6:30 pm. Please come with dry, unwashed hair, and skip purple shampoo until then.", lang="en").passed
    listed = "Please arrive 15 minutes early and bring: your current passport, your photo code and your appointment confirmation."
    assert verify(listed, "Please arrive 15 minutes early and bring:\n- your current passport\n- your photo code\n- your appointment confirmation", lang="en").passed
    ru = "Мастер приедет 20 мая с 9 до 12. До его приезда не включайте посудомоечную машину и не открывайте дверцу морозильника."
    result = verify(ru, "Мастер приедет 20 мая с 9 до 12. До его приезда не включайте посудомоечную машину.", lang="ru")
    assert result.reasons == ["пропало указание из черновика «не открывайте дверцу морозильника»; сохраните то, что клиенту нужно сделать или чего избегать"]
    assert verify(ru, "Мастер приедет 20 мая с 9 до 12. Пока его нет, посудомоечную машину не включайте, а дверцу морозильника держите закрытой.", lang="ru").passed


def test_a_link_dump_of_the_drafts_own_links_is_not_held_against_the_rewrite():
    """Every link is a fact the rewrite must keep; S003 on the same links is the draft's, not the rewrite's doing."""
    draft = "Мы проверили домен kirpich-stroy.ru: MX-записи указывают на старый сервер. Замените их на mx1.pochtabox.ru и mx2.pochtabox.ru с приоритетом 10."
    kept = "MX-записи домена kirpich-stroy.ru указывают на старый сервер. Замените их на mx1.pochtabox.ru и mx2.pochtabox.ru, приоритет 10."
    assert verify(draft, kept, lang="ru").passed
    more = kept + " Инструкция: help.pochtabox.ru/mx."
    assert not verify(draft, more, lang="ru").passed
