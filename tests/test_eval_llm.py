"""`reviewer eval rewrite --rewriter llm` and the judge against the scripted OpenAI-compatible server.

The scripted server is not a model. Here it echoes the draft back as the
"rewrite" (so clean drafts pass the loop's checks and the others fall back)
and answers the judge with a fixed verdict. These tests pin the eval's
plumbing: concurrency bound, cache reuse across runs, spend and --max-cost,
dry runs that send nothing, endpoint errors.
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import pytest
from scripted_server import ScriptedOpenAIServer, error, json_completion

from reviewer.cli import main

DATA = Path(__file__).parent / "data"
SET = DATA / "eval_set.jsonl"
VERDICT = {"reasoning": "scripted", "ownership": 4, "empathy": 3, "next_step": 4, "clarity": 5}  # judge_score 4.0
PER_REQUEST_USD = 100 / 1000 * 1.0 + 50 / 1000 * 2.0  # the scripted usage (100, 50) at the prices below


class Echo:
    """Answers each request after ``delay`` seconds and records how many were in flight at once."""

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.active = self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, body: dict):
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            time.sleep(self.delay)
            return answer(body)
        finally:
            with self.lock:
                self.active -= 1


def answer(body: dict):
    system = body["messages"][0]["content"]
    if "You grade replies" in system:
        return json_completion(VERDICT)
    draft = re.search(r"<draft>\n(.*)\n</draft>", body["messages"][-1]["content"], re.DOTALL)[1]
    return json_completion({"rewrite": draft, "changes": [], "notes": ""})


@pytest.fixture(autouse=True)
def here(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def config(tmp_path: Path, server) -> Path:
    path = tmp_path / "reviewer.toml"
    path.write_text(
        f'[llm]\nbase_url = "{server.base_url}"\nmodel = "scripted-model"\ncache_dir = "cache"\n'
        "max_attempts = 1\nmax_retries = 0\nprompt_price_per_1k = 1.0\ncompletion_price_per_1k = 2.0\n",
        encoding="utf-8",
    )
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def records(folder: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, (folder / "results.jsonl").read_text(encoding="utf-8").splitlines())}


def test_llm_rewrites_are_judged_and_their_cost_counted(capsys, tmp_path):
    echo = Echo(delay=0.1)
    with ScriptedOpenAIServer(default=echo) as server:
        cfg = config(tmp_path, server)
        code, out, err = run(capsys, "eval", "rewrite", "--config", str(cfg), "--set", str(SET), "--rewriter", "llm", "--out", "r1", "--concurrency", "3")
        assert code == 0, err
        assert server.request_count == 10  # one rewrite and one judge call per item
    assert 1 < echo.peak <= 3  # concurrent, and never over the bound
    got = records(tmp_path / "r1")
    assert got["en-3"]["status"] == "ok" and got["ru-2"]["status"] == "ok"  # clean drafts, echoed: they pass
    assert got["en-1"]["status"] == "fallback" and got["en-1"]["reasons"]  # the loop rejected the echo
    assert all(r["metrics"]["judge_score"] == 4.0 and r["judge"]["clarity"] == 5 for r in got.values())
    assert got["en-1"]["usage"]["rewrite"]["cost_usd"] == pytest.approx(PER_REQUEST_USD)
    summary = json.loads((tmp_path / "r1" / "summary.json").read_text())
    assert summary["cost"]["usd"] == pytest.approx(10 * PER_REQUEST_USD)
    assert summary["cost"]["by_part"]["judge"]["usd"] == pytest.approx(5 * PER_REQUEST_USD)
    assert summary["run"]["model"] == "scripted-model" and summary["run"]["rewrite_prompt"] == "rewrite.v1"
    assert summary["run"]["judge_prompt"] == "judge.v1"
    assert summary["metrics"]["judge_score"]["value"] == 4.0
    assert "judge_score" in out and "spent $2.0000" in out
    # the echoed drafts with findings: answers the guard turned down, and why
    fallbacks = [r for r in got.values() if r["status"] == "fallback"]
    assert summary["guard_rejected"]["answers"] == 5 and summary["guard_rejected"]["rejected"] == len(fallbacks) == 3
    assert summary["guard_rejected"]["why"] == {"linter": 3} and got["en-1"]["guard"] == {"answers": 1, "rejected": 1, "why": {"linter": 1}}
    assert "guard rejected 3 of 5 model answers (answers with: linter 3)" in out


def test_a_second_run_is_answered_from_the_cache(capsys, tmp_path):
    with ScriptedOpenAIServer(default=answer) as server:
        cfg = config(tmp_path, server)
        assert run(capsys, "eval", "rewrite", "--config", str(cfg), "--set", str(SET), "--rewriter", "llm", "--out", "first")[0] == 0
        sent = server.request_count
        code, _, err = run(capsys, "eval", "rewrite", "--config", str(cfg), "--set", str(SET), "--rewriter", "llm", "--out", "second")
        assert code == 0, err
        assert server.request_count == sent  # nothing sent
    first, second = records(tmp_path / "first"), records(tmp_path / "second")
    assert {i: r["metrics"] for i, r in first.items()} == {i: r["metrics"] for i, r in second.items()}
    assert json.loads((tmp_path / "second" / "summary.json").read_text())["cost"]["usd"] == 0  # cached answers are free


def test_report_of_an_llm_run_has_a_cost_chart(capsys, tmp_path):
    from test_eval_cli import parse_report

    with ScriptedOpenAIServer(default=answer) as server:
        run(capsys, "eval", "rewrite", "--config", str(config(tmp_path, server)), "--set", str(SET), "--rewriter", "llm", "--out", "r")
    page = parse_report(tmp_path / "r" / "report.html")
    assert set(page.charts) == {"chart-rates", "chart-status", "chart-findings", "chart-distributions", "chart-cost"}
    assert all(page.charts.values()) and page.fetches == []


def test_max_cost_stops_starting_items_and_a_rerun_finishes(capsys, tmp_path):
    with ScriptedOpenAIServer(default=answer) as server:
        cfg = config(tmp_path, server)
        args = ["eval", "rewrite", "--config", str(cfg), "--set", str(SET), "--rewriter", "llm", "--out", "r", "--concurrency", "1", "--no-cache"]
        # an item costs 2 requests = $0.40: item 1 starts at $0, item 2 at $0.40 < $0.60, item 3 not at $0.80
        code, _, err = run(capsys, *args, "--max-cost", "0.6")
        assert code == 1 and "the budget of $0.6 is spent ($0.8000)" in err and "3 items not started" in err
        assert len(records(tmp_path / "r")) == 2
        assert not json.loads((tmp_path / "r" / "summary.json").read_text())["complete"]
        sent = server.request_count
        code, _, err = run(capsys, *args)
        assert code == 0, err
        assert server.request_count - sent == 6  # only the 3 items left, rewrite + judge each
    assert len(records(tmp_path / "r")) == 5
    assert json.loads((tmp_path / "r" / "summary.json").read_text())["complete"]


def test_an_unusable_endpoint_exits_3_and_keeps_nothing_half_done(capsys, tmp_path):
    with ScriptedOpenAIServer(default=error(401, "invalid api key")) as server:
        code, _, err = run(capsys, "eval", "rewrite", "--config", str(config(tmp_path, server)), "--set", str(SET), "--rewriter", "llm", "--out", "r")
    assert code == 3
    assert "refused the credentials (401)" in err and "rerun with --out r to retry them" in err
    assert "Traceback" not in err
    assert (tmp_path / "r" / "results.jsonl").exists() is False or records(tmp_path / "r") == {}


def test_dry_run_counts_tokens_and_sends_nothing(capsys, tmp_path):
    with ScriptedOpenAIServer(default=answer) as server:
        code, out, _ = run(capsys, "eval", "rewrite", "--config", str(config(tmp_path, server)), "--set", str(SET), "--rewriter", "llm", "--dry-run")
        assert server.request_count == 0
    assert code == 0 and "nothing sent" in out
    rewrite_line = next(line for line in out.splitlines() if line.startswith("rewrite"))
    tokens = int(re.search(r"(\d+) prompt tokens \(cl100k_base", rewrite_line)[1])
    assert tokens > 5 * 300  # five drafts, each with the rewrite prompt around it
    assert "judge" in out and re.search(r"total: \$\d+\.\d{4} for the first prompts, worst case ≈ \$\d+\.\d{4}", out)
    assert not (tmp_path / "runs").exists()  # a dry run writes no run folder


def test_unknown_prompt_versions_are_usage_errors(capsys, tmp_path):
    with ScriptedOpenAIServer(default=answer) as server:
        cfg = str(config(tmp_path, server))
        code, _, err = run(capsys, "eval", "rewrite", "--config", cfg, "--set", str(SET), "--rewriter", "llm", "--prompt", "rewrite@v9")
        assert code == 2 and "rewrite.v9 not found" in err
        code, _, err = run(capsys, "eval", "judge", "--config", cfg, "--prompt", "judge@v9")
        assert code == 2 and "judge.v9 not found" in err
        assert server.request_count == 0
