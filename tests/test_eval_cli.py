"""`reviewer eval lint|rewrite|compare` end to end, offline: run folders, reports, gates."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reviewer.cli import main

DATA = Path(__file__).parent / "data"
SET = DATA / "eval_set.jsonl"
CANDIDATES = DATA / "eval_candidates.jsonl"


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # the default runs/ folder and any config lookup stay here


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


class Page(HTMLParser):
    """The charts of a report (figure id → has an inline <svg>) and anything it would fetch."""

    def __init__(self):
        super().__init__()
        self.charts: dict[str, bool] = {}
        self.fetches: list[str] = []
        self._figure = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and "chart" in (attrs.get("class") or ""):
            self._figure = attrs["id"]
            self.charts[self._figure] = False
        if tag == "svg" and self._figure:
            self.charts[self._figure] = True
        for key in ("src", "href"):
            if attrs.get(key) and tag in ("script", "link", "img", "iframe", "image", "use") and not attrs[key].startswith("#"):
                self.fetches.append(f"{tag} {key}={attrs[key]}")

    def handle_endtag(self, tag):
        if tag == "figure":
            self._figure = None


def parse_report(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


# --- eval lint -----------------------------------------------------------------------------


def test_eval_lint_prints_per_rule_scores_and_writes_a_run_folder(capsys, tmp_path):
    code, out, err = run(capsys, "eval", "lint", "--set", str(SET), "--out", "lint-run")
    assert code == 0, err
    assert "macro_f1" in out and "A001" in out
    folder = tmp_path / "lint-run"
    assert {p.name for p in folder.iterdir()} >= {"run.json", "results.jsonl", "summary.json", "report.html"}
    records = lines(folder / "results.jsonl")
    assert [r["id"] for r in records] == ["en-1", "en-2", "en-3", "ru-1", "ru-2"]
    assert all(set(r) >= {"id", "metrics", "expected", "found", "misses", "false_alarms"} for r in records)
    summary = json.loads((folder / "summary.json").read_text())
    assert summary["kind"] == "lint" and summary["complete"]
    assert set(summary["metrics"]) >= {"macro_f1", "macro_f1.en", "macro_f1.ru", "precision.A001", "recall.A001", "f1.A001", "f1.A001.ru"}


def test_eval_lint_lists_misses_and_false_alarms(capsys, tmp_path):
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    rows[0]["expected"] = ["A001", "W002"]  # W002 never fires on it: a miss; A002 and S004 fire: false alarms
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "eval", "lint", "--set", str(data), "--out", "r")
    assert code == 0
    assert "missed (expected, did not fire):\n  W002: en-1" in out
    assert "false alarms (fired, not expected):" in out and "A002: en-1" in out and "S004: en-1" in out
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert summary["misses"] == {"W002": ["en-1"]}
    assert summary["metrics"]["recall.W002"]["value"] == 0.0
    assert summary["metrics"]["macro_f1"]["value"] < 1


def test_eval_lint_report_has_its_charts_and_fetches_nothing(capsys, tmp_path):
    run(capsys, "eval", "lint", "--set", str(SET), "--out", "r")
    page = parse_report(tmp_path / "r" / "report.html")
    assert page.charts == {"chart-per-rule-pr": True, "chart-per-rule-f1-lang": True, "chart-macro-f1": True}
    assert page.fetches == []


def test_the_shipped_set_is_the_default(capsys, tmp_path):
    code, out, _ = run(capsys, "eval", "lint", "--out", "r", "--format", "json")
    assert code == 0
    summary = json.loads(out)
    assert summary["run"]["set"]["name"] == "replies-ru-en"
    assert summary["items"]["total"] >= 150


def test_unknown_set_is_a_usage_error(capsys):
    code, _, err = run(capsys, "eval", "lint", "--set", "no-such-set")
    assert code == 2 and "no eval set named 'no-such-set'" in err and "replies-ru-en" in err


# --- eval rewrite --------------------------------------------------------------------------


def test_candidates_are_scored_and_missing_unknown_and_malformed_rows_reported(capsys, tmp_path):
    code, out, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", f"candidates:{CANDIDATES}", "--out", "c")
    assert code == 0, err
    assert "eval_candidates.jsonl:5: not valid JSON" in err
    assert "eval_candidates.jsonl:6: ru-2: rewrite: required" in err
    assert "2 items of eval_set have no rewrite" in err and "en-3, ru-2" in err
    assert "1 rewrite in" in err and "has an id" in err and "zz-9" in err
    records = {r["id"]: r for r in lines(tmp_path / "c" / "results.jsonl")}
    assert set(records) == {"en-1", "en-2", "ru-1"}
    assert records["en-1"]["metrics"] == {
        "lint_clean": 1.0, "facts_kept": 1.0, "facts_invented": 0.0, "timeline_present": 1.0,
        "length_ratio": records["en-1"]["metrics"]["length_ratio"], "chrf": 100.0,
    }
    # the guard's promise, quoted; must_not_add's "refund" is the same invention, not counted again
    assert records["en-2"]["invented_facts"] == ["We'll refund you"] and records["en-2"]["metrics"]["lint_clean"] == 0.0
    summary = json.loads((tmp_path / "c" / "summary.json").read_text())
    assert summary["missing"] == ["en-3", "ru-2"] and summary["unknown"] == ["zz-9"]
    assert len(summary["candidate_row_errors"]) == 2
    for name in ("lint_clean", "facts_kept", "facts_invented", "timeline_present", "length_ratio", "chrf"):
        assert name in out and name in summary["metrics"]
    assert "judge_score" not in summary["metrics"]  # no endpoint: not scored, and said so
    assert "judge_score is not scored" in err


def test_offline_rewriter_applies_safe_fixes(capsys, tmp_path):
    code, _, _ = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "offline", "--out", "o", "--no-judge")
    assert code == 0
    records = {r["id"]: r for r in lines(tmp_path / "o" / "results.jsonl")}
    assert records["en-1"]["rewrite"].count("!!") == 0  # S004's safe fix
    assert records["en-1"]["findings_before"]["S004"] == 1 and "S004" not in records["en-1"]["findings_after"]
    assert records["en-3"]["rewrite"] == next(json.loads(l) for l in SET.read_text().splitlines() if '"en-3"' in l)["draft"]


def test_rewrite_report_has_its_charts(capsys, tmp_path):
    run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", f"candidates:{CANDIDATES}", "--out", "c")
    page = parse_report(tmp_path / "c" / "report.html")
    assert page.charts["chart-rates"] and page.charts["chart-findings"] and page.charts["chart-distributions"]
    assert "chart-cost" not in page.charts  # nothing was spent and no tokens used: no chart to draw
    assert page.fetches == []


def test_bad_rewriter_and_prompt_options(capsys):
    code, _, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "gpt")
    assert code == 2 and "expected llm, offline or candidates:FILE" in err
    code, _, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "offline", "--prompt", "rewrite-v2")
    assert code == 2 and "expected one of rewrite@vN, judge@vN" in err
    code, _, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "llm")
    assert code == 2 and "needs an LLM endpoint" in err
    code, _, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "candidates:nope.jsonl")
    assert code == 2 and "nope.jsonl: cannot read" in err


def test_an_out_folder_holding_another_run_is_refused(capsys):
    assert run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", "offline", "--out", "x", "--no-judge")[0] == 0
    code, _, err = run(capsys, "eval", "rewrite", "--set", str(SET), "--rewriter", f"candidates:{CANDIDATES}", "--out", "x", "--no-judge")
    assert code == 2 and "holds a different run" in err and "rewriter" in err


# --- eval compare --------------------------------------------------------------------------


def candidates_file(path: Path, rewrites: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "rewrite": v}, ensure_ascii=False) + "\n" for k, v in rewrites.items()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """A: the references (good rewrites); B: the same, but two get worse. Made once for the module."""
    tmp = tmp_path_factory.mktemp("runs")
    rows = {r["id"]: r for r in map(json.loads, SET.read_text(encoding="utf-8").splitlines())}
    good = {i: (r["references"][0] if r["references"] else r["draft"]) for i, r in rows.items()}
    worse = dict(good)
    worse["en-1"] = "Sorry if you were upset!! We will refund you."  # loses facts, invents one, not clean
    worse["ru-2"] = "Здравствуйте, Иван! Мы вернули деньги."  # drops the amount and the time frame ("today" on a refund made may go)
    for name, rewrites in (("A", good), ("B", worse)):
        path = candidates_file(tmp / f"{name}.jsonl", rewrites)
        code = main(["eval", "rewrite", "--set", str(SET), "--rewriter", f"candidates:{path}", "--out", str(tmp / name), "--no-judge"])
        assert code == 0
    return tmp / "A", tmp / "B"


def test_compare_shows_deltas_and_the_items_that_got_worse(capsys, two_runs):
    a, b = two_runs
    code, out, _ = run(capsys, "eval", "compare", str(a), str(b))
    assert code == 0  # no gates: informational
    assert "5 items in both" in out
    for name in ("lint_clean", "facts_kept", "facts_invented", "timeline_present"):
        assert name in out
    assert "2 items got worse in B" in out
    assert "en-1: lint_clean 1.000→0.000" in out and "ru-2: facts_kept 1.000→0.333" in out


def test_compare_json_has_deltas_intervals_and_p_values(capsys, two_runs):
    a, b = two_runs
    _, out, _ = run(capsys, "eval", "compare", str(a), str(b), "--format", "json")
    data = json.loads(out)
    kept = data["metrics"]["facts_kept"]
    assert kept["a"] == 1.0 and kept["b"] == pytest.approx((0 + 1 + 1 + 1 / 3) / 4, abs=1e-4)  # en-1, en-3, ru-1, ru-2 have facts to keep
    assert kept["delta"] == pytest.approx(kept["b"] - kept["a"], abs=1e-6)
    assert kept["low"] <= kept["delta"] <= kept["high"] and 0 <= kept["p_value"] <= 1
    assert kept["better"] == "higher" and data["metrics"]["facts_invented"]["better"] == "lower"
    assert {w["id"] for w in data["worse"]} == {"en-1", "ru-2"}


@pytest.mark.parametrize(
    "gates, expected",
    [
        ([], 0),
        (["--fail-under", "lint_clean=0.5"], 0),  # B: 3 of 5 clean = 0.6
        (["--fail-under", "lint_clean=0.99"], 1),
        (["--max-regression", "facts_kept=0.5"], 0),  # 1.0 → 0.5625: lost 0.4375
        (["--max-regression", "facts_kept=0.4"], 1),
        (["--max-regression", "facts_invented=0"], 1),  # lower is better: +0.2 is a regression
        (["--fail-under", "no_such_metric=1"], 1),  # a typo must not pass CI
        (["--max-regression", "length_ratio=0.1"], 1),  # no better direction: refused
    ],
)
def test_compare_gates_exit_codes(capsys, two_runs, gates, expected):
    a, b = two_runs
    code, _, err = run(capsys, "eval", "compare", str(a), str(b), *gates)
    assert code == expected, err
    if expected:
        assert "FAIL" in err and "gates: failed" in err


def test_compare_usage_errors(capsys, two_runs, tmp_path):
    a, b = two_runs
    assert run(capsys, "eval", "compare", str(a), str(b), "--fail-under", "lint_clean")[0] == 2
    code, _, err = run(capsys, "eval", "compare", str(a), str(tmp_path / "nothing"))
    assert code == 2 and "not a run folder" in err
    run(capsys, "eval", "lint", "--set", str(SET), "--out", "L")
    code, _, err = run(capsys, "eval", "compare", str(a), str(tmp_path / "L"))
    assert code == 2 and "cannot compare a rewrite run" in err


def test_compare_lint_runs_on_per_rule_f1(capsys, tmp_path):
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        r["expected"] = [c for c in r["expected"] if c != "W001"]  # B's labels no longer expect W001
    other = tmp_path / "set-b.jsonl"
    other.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    run(capsys, "eval", "lint", "--set", str(SET), "--out", "LA")
    run(capsys, "eval", "lint", "--set", str(other), "--out", "LB")
    code, out, err = run(capsys, "eval", "compare", "LA", "LB", "--fail-under", "f1.A001=0.9", "--max-regression", "f1.W001=0.5")
    assert "the runs used different data" in out
    assert "f1.W001" in out and "macro_f1" in out
    assert code == 1 and "f1.W001 regressed by 1" in err
    assert "ru-1: false_alarms" in out


def test_interrupted_runs_cannot_be_compared_until_finished(capsys, two_runs, tmp_path):
    a, b = two_runs
    unfinished = tmp_path / "B"
    shutil.copytree(b, unfinished)
    (unfinished / "summary.json").unlink()
    code, _, err = run(capsys, "eval", "compare", str(a), str(unfinished))
    assert code == 2 and "no summary.json yet" in err


def test_an_eval_run_folder_can_be_copied_and_compared(capsys, two_runs, tmp_path):
    a, b = two_runs
    moved = tmp_path / "artifacts" / "B"
    shutil.copytree(b, moved)
    assert run(capsys, "eval", "compare", str(a), str(moved))[0] == 0
