"""The feedback store: what it keeps, rates, export to eval cases, and concurrent writers."""

from __future__ import annotations

import json
import multiprocessing
import threading

from reviewer.config import Config
from reviewer.evals.datasets import load_set
from reviewer.feedback import Dismissal, dismissal, eval_cases, open_store, ruleset_version
from reviewer.lint.engine import Linter


def record(rule: str, sentence: str, n: int = 0, **kw) -> Dismissal:
    return Dismissal(rule, sentence, f"reason {n}", "en", ruleset_version(), "page", **kw)


def test_a_dismissal_keeps_the_sentence_masked_not_the_draft():
    text = "Hi Anna, call +44 7700 900123 or write to anna@example.com. We will look into it!!"
    report = Linter().check(text)
    s002 = next(f for f in report.findings if f.code == "S002")
    d = dismissal(text, s002, report.findings, "  the ETA is\nbelow ", "en", "page")
    assert d.sentence == "We will look into it!!" and d.kept == ("S004",) and d.reason == "the ETA is below"
    w005 = Linter().check("Dear customer, call +44 7700 900123 today.")
    d = dismissal("Dear customer, call +44 7700 900123 today.", w005.findings[0], [], "x", "en", "page")
    assert d.sentence == "Dear customer, call <PHONE_1> today." and "7700" not in d.sentence
    text = "Hi Anna Petrova, sorry for the wait. Marco from our Leeds depot will call."
    report = Linter().check(text)
    d = dismissal(text, next(f for f in report.findings if f.code == "A004"), report.findings, "x", "en", "page")
    assert d.sentence == "Hi {{name}}, sorry for the wait." and Linter().check(d.sentence).findings  # still a case the linter reads
    ru = "Анна Сергеевна, простите за ожидание."
    report = Linter().check(ru)
    d = dismissal(ru, next(f for f in report.findings if f.code == "A004"), report.findings, "x", "ru", "page")
    assert d.sentence == "{{name}}, простите за ожидание."


def test_rates_count_dismissals_and_what_check_saw(tmp_path):
    store = open_store(Config(feedback=tmp_path / "f.sqlite3"))
    store.add(record("S002", "We will check."))
    store.add(record("S002", "We will look."))
    store.add(record("A001", "Sorry if.")._replace(source="check", key="k1"))
    store.add(record("A001", "Sorry if.")._replace(source="check", key="k1"))  # the same suppression met again: once
    for key in ("a", "b", "a"):
        store.seen("A001", ruleset_version(), key)
    rates = store.dismissal_rates()
    assert [tuple(r) for r in rates] == [("A001", ruleset_version(), 2, 1), ("S002", ruleset_version(), None, 2)]
    store.close()


def test_export_is_an_eval_set_that_eval_lint_scores(tmp_path):
    store = open_store(Config(feedback=tmp_path / "f.sqlite3"))
    store.add(record("W001", "We fixed the problem today!!", kept=("S004",)))
    store.add(record("S004", "We fixed the problem today!!", kept=("W001",)))  # the same sentence: one case
    store.add(record("A001", "Sorry if you were upset."))
    out = tmp_path / "cases.jsonl"
    assert store.export(out) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["draft"]: r["expected"] for r in rows} == {"We fixed the problem today!!": [], "Sorry if you were upset.": []}
    data = load_set(str(out))
    assert not data.errors and len(data.items) == 2
    store.close()


def test_cases_expect_what_agents_let_stand():
    cases = eval_cases([record("S002", "We will look into the problem!!", kept=("S004", "W001"))])
    assert cases[0]["expected"] == ["S004", "W001"] and cases[0]["tags"]["dismissed"] == "S002"


def _write_many(path: str, worker: int, count: int) -> None:
    store = open_store(Config(feedback=path))
    for i in range(count):
        store.add(record("S002", f"process {worker} sentence {i}", i))
    store.close()


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "f.sqlite3"
    store = open_store(Config(feedback=path))  # the server's way: one store, many threads
    threads = [threading.Thread(target=lambda t=t: [store.add(record("W001", f"thread {t} sentence {i}", i)) for i in range(50)]) for t in range(8)]
    processes = [multiprocessing.get_context("spawn").Process(target=_write_many, args=(str(path), p, 50)) for p in range(4)]
    for worker in [*threads, *processes]:
        worker.start()
    for worker in [*threads, *processes]:
        worker.join(timeout=120)
    assert all(p.exitcode == 0 for p in processes)
    rates = {r.rule: r.dismissed for r in store.dismissal_rates()}
    assert rates == {"W001": 400, "S002": 200}
    store.close()
