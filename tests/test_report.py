"""`reviewer report`: the dashboard, summary.json and the CSV tables, from exports and rows,
its numbers against `reviewer check`'s, bounded memory, dismissal rates from the feedback store."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from peak_memory import PRINT_PEAK_KIB

from reviewer.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"
AGENTS = ("Anna", "Boris", "Chloe")


def traffic(path: Path, rows: int) -> Path:
    """Rows of the eval set's drafts, with an agent and a date over three months."""
    drafts = [json.loads(line)["draft"] for line in (ROOT / "eval/sets/replies-ru-en.v2.jsonl").open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as out:
        for n in range(rows):
            row = {"id": f"r{n}", "text": drafts[n % len(drafts)], "agent": AGENTS[n % 3], "created_at": f"2024-{1 + n % 3:02d}-{1 + n % 28:02d}T10:00:00Z"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_exports_make_a_dashboard_with_tables_and_examples(tmp_path, capsys):
    out = tmp_path / "dash"
    assert main(["report", str(EXPORTS / "zendesk_ticket_comments.json"), str(EXPORTS / "intercom_conversation.json"), "--out", str(out), "--by", "author"]) == 0
    assert "Report of 3 replies written to" in capsys.readouterr().out
    summary = json.loads((out / "summary.json").read_text())
    assert summary["replies"] == 3 and summary["options"]["date_field"] == "created_at"
    assert set(summary["by"]["author"]) == {"Mark Stone", "Olga Ivanova"} and summary["by"]["author"]["Mark Stone"]["replies"] == 2
    a001 = next(r for r in summary["rules"] if r["code"] == "A001")
    (example,) = a001["examples"]
    assert example["span"] == "Sorry if" and example["id"] == 1276 and example["link"].startswith("file://")
    rules = list(csv.DictReader((out / "rules.csv").open(encoding="utf-8")))
    assert {r["code"]: int(r["findings"]) for r in rules} == {r["code"]: r["findings"] for r in summary["rules"]}
    replies = list(csv.DictReader((out / "replies.csv").open(encoding="utf-8")))
    assert [(r["id"], r["author"]) for r in replies] == [("1276", "Mark Stone"), ("1281", "Olga Ivanova"), ("99004", "Mark Stone")]
    page = (out / "report.html").read_text()
    assert page.count("<svg") >= 3 and "<mark>Sorry if</mark>" in page
    assert "src=" not in page and "<link" not in page and "@import" not in page  # self-contained: nothing to fetch


def test_the_numbers_are_those_of_reviewer_check(tmp_path, capsys):
    rows = traffic(tmp_path / "t.jsonl", 300)
    assert main(["report", str(rows), "--out", str(tmp_path / "dash"), "--by", "agent", "--by", "month"]) == 0
    capsys.readouterr()
    summary = json.loads((tmp_path / "dash" / "summary.json").read_text())
    main(["check", str(rows), "--format", "json", "--fail-on", "error"])
    reports = json.loads(capsys.readouterr().out)
    assert summary["replies"] == len(reports) == 300
    assert summary["mean_score"] == pytest.approx(sum(r["score"] for r in reports) / 300, abs=1e-3)
    assert summary["share_clean"] == pytest.approx(sum(not r["findings"] for r in reports) / 300, abs=1e-4)
    counts = {}
    for r in reports:
        for f in r["findings"]:
            counts[f["code"]] = counts.get(f["code"], 0) + 1
    assert {r["code"]: r["findings"] for r in summary["rules"]} == counts
    assert list(summary["by"]["month"]) == ["2024-01", "2024-02", "2024-03"] and sum(g["replies"] for g in summary["by"]["agent"].values()) == 300
    trend = list(csv.DictReader((tmp_path / "dash" / "trends_month.csv").open(encoding="utf-8")))
    assert sum(int(r["findings"]) for r in trend) == sum(counts.values())


def test_rules_and_language_are_chosen_as_for_check(tmp_path, capsys):
    """--select / --ignore / --lang: the report counts what `reviewer check` with the same options finds."""
    rows = traffic(tmp_path / "t.jsonl", 120)
    options = ["--select", "A,S002", "--ignore", "A004", "--lang", "en"]
    assert main(["report", str(rows), "--out", str(tmp_path / "dash"), *options]) == 0
    capsys.readouterr()
    summary = json.loads((tmp_path / "dash" / "summary.json").read_text())
    main(["check", str(rows), "--format", "json", "--fail-on", "error", *options])
    counts = {}
    for r in json.loads(capsys.readouterr().out):
        for f in r["findings"]:
            counts[f["code"]] = counts.get(f["code"], 0) + 1
    found = {r["code"]: r["findings"] for r in summary["rules"] if r["findings"]}
    assert found == counts and set(found) <= {"A001", "A002", "A003", "S002"} and "S002" in found


def test_worker_processes_write_the_same_report(tmp_path, capsys):
    rows = traffic(tmp_path / "t.jsonl", 600)
    for jobs in ("1", "2"):
        assert main(["report", str(rows), "--out", str(tmp_path / jobs), "--by", "agent", "--jobs", jobs]) == 0
    one, two = (json.loads((tmp_path / jobs / "summary.json").read_text()) for jobs in ("1", "2"))
    assert one.pop("created") and two.pop("created") and one == two and one["replies"] == 600
    assert (tmp_path / "1" / "replies.csv").read_text() == (tmp_path / "2" / "replies.csv").read_text()


def test_memory_stays_flat_as_rows_grow(tmp_path):
    """Peak memory of the whole command for 2,000 and 16,000 rows: the difference is a few MB, not 8x."""
    peaks = []
    for rows in (2_000, 16_000):
        path = traffic(tmp_path / f"t{rows}.jsonl", rows)
        code = (
            "from reviewer.cli import main\n"
            f"main(['report', {str(path)!r}, '--out', {str(tmp_path / str(rows))!r}, '--by', 'agent', '--by', 'week'])\n"
        ) + PRINT_PEAK_KIB
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
        peaks.append(int(run.stderr.strip().splitlines()[-1]) / 1024)  # MiB
    assert peaks[1] - peaks[0] < 12, peaks  # 14,000 more rows; the ids alone would take about 2 MB


def test_dismissal_rates_come_from_the_feedback_store(tmp_path, capsys):
    """What `check --record` saw and what agents dismissed (issue 10's store) become the rules' dismissal rates."""
    from reviewer.config import Config
    from reviewer.feedback import Dismissal, open_store, ruleset_version

    store_file = tmp_path / "feedback.sqlite3"
    (tmp_path / "reviewer.toml").write_text(f'[feedback]\npath = "{store_file.name}"\n', encoding="utf-8")
    store = open_store(Config(feedback=store_file))
    for n in range(5):
        store.seen("A002", ruleset_version(), f"k{n}")
    for n in range(2):
        store.add(Dismissal("A002", f"Sorry {n}.", "the facts come first here", "en", ruleset_version(), "check", key=f"k{n}"))
    store.add(Dismissal("W003", "We apologise.", "a page dismissal: nothing counted it shown", "en", ruleset_version(), "page"))
    store.close()
    rows = traffic(tmp_path / "t.jsonl", 60)
    assert main(["report", str(rows), "--out", str(tmp_path / "dash"), "--config", str(tmp_path / "reviewer.toml")]) == 0
    summary = json.loads((tmp_path / "dash" / "summary.json").read_text())
    assert summary["dismissal_rates"] == {"A002": 0.4}
    assert next(r for r in summary["rules"] if r["code"] == "A002")["dismissal_rate"] == 0.4
    assert next(r for r in summary["rules"] if r["code"] == "W003")["dismissal_rate"] is None
    assert "dismissed 40%" in (tmp_path / "dash" / "report.html").read_text()


def test_without_a_feedback_store_there_is_no_dismissal_column(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    rows = traffic(tmp_path / "t.jsonl", 30)
    assert main(["report", str(rows), "--out", str(tmp_path / "dash")]) == 0
    summary = json.loads((tmp_path / "dash" / "summary.json").read_text())
    assert summary["dismissal_rates"] is None and all(r["dismissal_rate"] is None for r in summary["rules"])
    assert not (tmp_path / "data").exists()  # reading made no store


def test_the_page_reads_russian_with_locale_ru(tmp_path, capsys):
    rows = traffic(tmp_path / "t.jsonl", 60)
    assert main(["report", str(rows), "--out", str(tmp_path / "dash"), "--by", "agent", "--locale", "ru"]) == 0
    page = (tmp_path / "dash" / "report.html").read_text()
    assert '<html lang="ru">' in page and "Какие ошибки встречаются чаще всего?" in page and "Средний балл по agent" in page


def test_input_errors_are_reported_and_the_rest_is_in_the_report(tmp_path, capsys):
    rows = traffic(tmp_path / "t.jsonl", 10)
    with rows.open("a") as f:
        f.write("{broken\n")
    assert main(["report", str(rows), "--out", str(tmp_path / "dash")]) == 2
    assert "t.jsonl:11: invalid JSON" in capsys.readouterr().err
    summary = json.loads((tmp_path / "dash" / "summary.json").read_text())
    assert summary["replies"] == 10 and summary["input_errors"]["count"] == 1


def test_link_template_fills_from_the_row(tmp_path, capsys):
    out = tmp_path / "dash"
    link = "https://acme.zendesk.com/agent/tickets/{ticket_id}?comment={id}"
    data = json.loads((EXPORTS / "zendesk_ticket_comments.json").read_text()) | {"ticket": {"id": 4711, "requester_id": 123123}}
    (tmp_path / "t.json").write_text(json.dumps(data))
    assert main(["report", str(tmp_path / "t.json"), "--out", str(out), "--link", link]) == 0
    summary = json.loads((out / "summary.json").read_text())
    example = summary["rules"][0]["examples"][0]
    assert example["link"] == "https://acme.zendesk.com/agent/tickets/4711?comment=1276"


@pytest.mark.parametrize(
    "value, month, week",
    [
        ("2024-03-01T09:41:17Z", "2024-03", "2024-W09"),
        (1717489300, "2024-06", "2024-W23"),  # Intercom: Unix seconds
        (1717489300000, "2024-06", "2024-W23"),  # milliseconds
        ("March 1, 2024 10:22", "2024-03", "2024-W09"),  # dateutil
        ("01.03.2024", "2024-03", "2024-W09"),  # day first where dots separate
        ("not a date", "", ""),
        (None, "", ""),
    ],
)
def test_dates_and_their_periods(value, month, week):
    from reviewer.report.traffic import parse_date, period_keys

    assert period_keys(parse_date(value)) == {"month": month, "week": week}
