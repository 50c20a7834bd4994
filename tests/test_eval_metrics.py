"""The eval's metric functions against cases computed by hand."""

from __future__ import annotations

import pytest

from reviewer import Linter
from reviewer.evals.datasets import EvalItem
from reviewer.evals.metrics import (
    chrf,
    fact_check,
    mentions,
    rewrite_metrics,
    summarize,
)
from reviewer.guard.compare import compare
from reviewer.evals.stats import bootstrap, cohen_kappa, paired_bootstrap


def value(summary: dict, name: str):
    return summary[name]["value"]


# --- eval lint: per-rule precision / recall / F1 ------------------------------------------

LINT_RECORDS = [
    {"id": "1", "lang": "en", "expected": ["A001", "W001"], "found": ["A001"]},  # A001 tp, W001 fn
    {"id": "2", "lang": "ru", "expected": [], "found": ["W001"]},  # W001 fp
    {"id": "3", "lang": "ru", "expected": ["W001"], "found": ["W001", "S002"]},  # W001 tp, S002 fp
]


def test_per_rule_precision_recall_f1_by_hand():
    s = summarize("lint", LINT_RECORDS)
    # A001: tp 1 → P 1, R 1, F1 1
    assert (value(s, "precision.A001"), value(s, "recall.A001"), value(s, "f1.A001")) == (1.0, 1.0, 1.0)
    # W001: tp 1, fp 1, fn 1 → P 1/2, R 1/2, F1 2·1/(2·1+1+1) = 1/2
    assert (value(s, "precision.W001"), value(s, "recall.W001"), value(s, "f1.W001")) == (0.5, 0.5, 0.5)
    # S002: fp 1, never expected → P 0, recall undefined (not reported), F1 0
    assert value(s, "precision.S002") == 0.0 and value(s, "f1.S002") == 0.0
    assert "recall.S002" not in s
    # macro F1 over the rules expected or fired: (1 + 0.5 + 0) / 3
    assert value(s, "macro_f1") == pytest.approx(0.5)


def test_per_language_scores_by_hand():
    s = summarize("lint", LINT_RECORDS)
    # en: A001 F1 1, W001 only missed → F1 0 → macro 0.5
    assert value(s, "f1.W001.en") == 0.0
    assert value(s, "macro_f1.en") == pytest.approx(0.5)
    # ru: W001 tp 1 + fp 1 → P 0.5, R 1, F1 2/3; S002 F1 0 → macro 1/3
    assert (value(s, "precision.W001.ru"), value(s, "recall.W001.ru")) == (0.5, 1.0)
    assert value(s, "f1.W001.ru") == pytest.approx(2 / 3, abs=1e-6)
    assert value(s, "macro_f1.ru") == pytest.approx(1 / 3, abs=1e-6)


def test_support_counts_the_items_a_metric_bears_on():
    s = summarize("lint", LINT_RECORDS)
    assert s["recall.W001"]["n"] == 2  # expected in items 1 and 3
    assert s["precision.W001"]["n"] == 2  # fired in items 2 and 3
    assert s["f1.W001"]["n"] == 3


# --- Cohen's kappa -----------------------------------------------------------------------


def test_plain_kappa_on_the_textbook_table():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po 0.7, pe 0.5 → kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b, ["y", "n"], weights="none") == pytest.approx(0.4)


def test_quadratic_kappa_by_hand():
    # pairs (1,1) (2,3) (3,3) (1,2), weights (i-j)²/4:
    # observed disagreement (0 + .25 + 0 + .25)/4 = .125; expected from the marginals .40625
    # kappa = 1 - .125/.40625 = 0.692308
    assert cohen_kappa([1, 2, 3, 1], [1, 3, 3, 2], [1, 2, 3]) == pytest.approx(1 - 0.125 / 0.40625, abs=1e-6)


def test_kappa_extremes():
    assert cohen_kappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == pytest.approx(1.0)
    # a judge that always says 3 carries no information: kappa 0
    assert cohen_kappa([1, 2, 4, 5, 5], [3, 3, 3, 3, 3], [1, 2, 3, 4, 5]) == pytest.approx(0.0)
    # reversed scale: systematic disagreement, below chance
    assert cohen_kappa([1, 2, 4, 5], [5, 4, 2, 1], [1, 2, 3, 4, 5]) < 0


def test_judge_agreement_summary_per_criterion_and_mean():
    human = {"ownership": 5, "empathy": 4, "next_step": 3, "clarity": 2}
    records = [
        {"id": "1", "human": human, "judge": dict(human)},
        {"id": "2", "human": {"ownership": 1, "empathy": 2, "next_step": 4, "clarity": 2}, "judge": {"ownership": 2, "empathy": 2, "next_step": 4, "clarity": 5}},
    ]
    s = summarize("judge", records)
    assert value(s, "agreement.ownership") == 0.5  # 5=5, 1≠2
    assert value(s, "agreement") == pytest.approx(6 / 8)
    expected = cohen_kappa([5, 1], [5, 2], [1, 2, 3, 4, 5])
    assert value(s, "kappa.ownership") == pytest.approx(expected, abs=1e-6)
    per = {c: cohen_kappa([r["human"][c] for r in records], [r["judge"][c] for r in records], [1, 2, 3, 4, 5]) for c in human}
    assert per["next_step"] == 1.0 and per["clarity"] == 0.0  # the human gave clarity 2 twice: no information
    assert value(s, "kappa") == pytest.approx(sum(per.values()) / 4, abs=1e-6)


# --- eval rewrite: per-item metrics ------------------------------------------------------

ITEM = EvalItem(
    id="en-1",
    lang="en",
    draft="Hi Dan,\n\nSorry if you were upset!! Your order #48213 will ship within 2 business days.",
    customer_message="Where is order #48213? I paid $20 for express.",
    must_keep=("Dan", "#48213", "within 2 business days"),
    must_not_add=("refund", "compensation"),
    references=("Hi Dan,\n\nYour order #48213 will ship within 2 business days. Thank you for waiting.",),
)


def facts(item, text):
    return fact_check(item, text, compare(item.draft, text, item.lang, item.customer_message))


def test_facts_kept_is_the_share_of_the_drafts_facts_kept_with_their_values():
    text = "Hi Dan, order #48213 ships within 3 business days."
    check = facts(ITEM, text)
    # the guard's facts: the name Dan, the reference #48213, the duration "2 business days"
    # (must_keep's entries are the same facts, so they are not counted twice)
    assert (check.kept, check.total) == (2, 3)
    assert check.missing == ["2 business days"] and check.invented == ["within 3 business days"]
    # values, not strings: another spelling of the same value keeps the fact
    same = facts(ITEM, "Hello Dan! Order 48213 will ship in two business days... no: within 2 business days.")
    assert (same.kept, same.total, same.missing) == (3, 3, [])
    # a must_keep entry the guard has no fact for must be there verbatim
    item = EvalItem(id="x", lang="en", draft="Use the self-service portal.", must_keep=("self-service portal",))
    assert (facts(item, "Please use the portal.").kept, facts(item, "Please use the portal.").total) == (0, 1)
    assert facts(EvalItem(id="y", lang="en", draft="Thanks for waiting."), "Thank you for waiting.").total == 0


def test_facts_invented_counts_what_the_guard_finds_new_and_must_not_add_words():
    rewrite = "Hi Dan, your order #48213 ships within 2 business days, and here is a voucher for your trouble."
    # a discount promise the draft never made; "$20" would be the customer's own fact
    assert facts(ITEM, rewrite).invented == ["and here is a voucher for your trouble"]
    item = EvalItem(id="z", lang="en", draft=ITEM.draft, customer_message=ITEM.customer_message, must_not_add=("compensation",))
    assert facts(item, "Hi Dan, order #48213 ships within 2 business days; compensation is not possible.").invented == ["compensation"]
    assert facts(ITEM, ITEM.references[0]).invented == []


def test_word_forms_in_russian_and_english():
    assert mentions("Мы выплатим вам компенсацию.", "компенсация")
    assert mentions("Без компенсаций не обойдётся", "компенсация")
    assert not mentions("компенсационный фонд", "компенсация")  # another word, not a form of it
    assert mentions("We have refunded it", "refund") and mentions("Refunds take time", "refund")
    assert not mentions("non-refundable ticket", "refund")


def test_rewrite_metrics_on_a_good_and_a_bad_rewrite():
    linter = Linter()
    good = ITEM.references[0]
    m = rewrite_metrics(ITEM, good, linter.check(good, lang="en").findings, facts(ITEM, good))
    assert m == {
        "lint_clean": 1.0,
        "facts_kept": 1.0,
        "facts_invented": 0.0,
        "timeline_present": 1.0,
        "length_ratio": round(len(good) / len(ITEM.draft), 4),
        "chrf": 100.0,
    }
    bad = "Sorry if you were upset!! We will look into it and refund you."
    m = rewrite_metrics(ITEM, bad, linter.check(bad, lang="en").findings, facts(ITEM, bad))
    assert m["lint_clean"] == 0.0  # A001, S004 ...
    assert m["timeline_present"] == 0.0  # S002: no time frame
    assert m["facts_kept"] == 0.0 and m["facts_invented"] == 1.0  # the refund promise
    assert 0 < m["chrf"] < 40


def test_a_slot_left_for_the_agent_is_clean_and_counts_as_a_timeline():
    item = EvalItem(id="x", lang="en", draft="Sorry for the wait. We forwarded it to the team.")
    text = "We forwarded your case to the billing team; they will reply within [time frame]."
    report = Linter().check(text, lang="en")
    assert {f.code for f in report.findings} == {"S005"}
    m = rewrite_metrics(item, text, report.findings, facts(item, text))
    assert m["lint_clean"] == 1.0 and m["timeline_present"] == 1.0


def test_empty_rewrite_fails_what_it_can_fail():
    m = rewrite_metrics(ITEM, "   ", None, facts(ITEM, "   "))
    assert m["lint_clean"] == 0.0 and m["facts_kept"] == 0.0 and m["length_ratio"] == 0.0 and m["chrf"] == 0.0


def test_chrf_is_sacrebleus_sentence_chrf():
    from sacrebleu.metrics import CHRF

    hyp, refs = "Your order ships today.", ["Your order will ship today.", "We ship today."]
    assert chrf(hyp, refs) == pytest.approx(CHRF().sentence_score(hyp, refs).score, abs=1e-3)
    assert chrf(hyp, []) is None
    assert chrf(refs[0], refs[:1]) == 100.0


# --- bootstrap intervals and paired comparisons ------------------------------------------


def _rows(values, name="lint_clean", lang="en"):
    return [{"id": str(i), "lang": lang, "metrics": {name: v}} for i, v in enumerate(values)]


def test_rewrite_summary_means_with_seeded_intervals():
    records = _rows([1, 0, 1, 1, 0, 1, 1, 1, 0, 1])
    first, second = summarize("rewrite", records), summarize("rewrite", records)
    assert first == second  # seeded: the same results give the same intervals
    est = first["lint_clean"]
    assert est["value"] == 0.7 and est["n"] == 10
    assert est["low"] < 0.7 < est["high"] and 0 <= est["low"] and est["high"] <= 1
    assert first["lint_clean.en"]["value"] == 0.7


def test_constant_scores_have_a_zero_width_interval():
    est = summarize("rewrite", _rows([0.5] * 6, "facts_kept"))["facts_kept"]
    assert est["value"] == est["low"] == est["high"] == 0.5


def test_items_without_a_value_are_not_scored():
    records = _rows([1.0, None, 0.0], "chrf")
    assert summarize("rewrite", records)["chrf"] == {**summarize("rewrite", records)["chrf"], "value": 0.5, "n": 2}


def test_paired_bootstrap_sees_a_clear_improvement_and_no_change():
    from reviewer.evals.metrics import RewriteAggregate

    agg = RewriteAggregate()
    a = [agg.counts(r) for r in _rows([0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])]
    b = [agg.counts(r) for r in _rows([1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1])]
    names = ["lint_clean"]
    better = paired_bootstrap(a, b, lambda col: agg.values(col, names))["lint_clean"]
    assert better.delta == pytest.approx(0.6667, abs=1e-4) and better.significant and better.p_value < 0.01
    same = paired_bootstrap(a, a, lambda col: agg.values(col, names))["lint_clean"]
    assert same.delta == 0 and not same.significant and same.p_value == 1.0


def test_bootstrap_of_a_plain_mean():
    rows = [{"x|sum": v, "x|n": 1} for v in (2.0, 4.0, 6.0)]
    est = bootstrap(rows, lambda col: {"x": col("x|sum") / col("x|n")})["x"]
    assert est.value == 4.0 and 2.0 <= est.low <= est.high <= 6.0
