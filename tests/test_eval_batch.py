"""`eval rewrite --batch` and `eval judge --batch` against the scripted Files + Batches endpoint.

The endpoint (tests/scripted_server.py) is not OpenAI's service: it keeps
uploaded files in memory and answers a batch's lines with the scripted chat
responses, in the shapes the Batch API documents (output and error files of
{"custom_id", "response": {"status_code", "body"}, "error"} lines, a batch
object with status and request_counts). These tests pin what the run does
with them: the request file, the passes (the judge reads the rewrite a batch
returned), the run folder an online run writes, resume by the batch's id,
failed lines retried online or reported, and costs at batch prices.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scripted_server import ScriptedOpenAIServer, error
from test_eval_llm import PER_REQUEST_USD, SET, answer, config, records, run

from reviewer.evals import batch as batching
from reviewer.evals.batch import BATCH_PRICE

LABELS = Path(__file__).parent.parent / "eval" / "judge" / "labels.v1.jsonl"


@pytest.fixture(autouse=True)
def here(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(batching, "POLL_SECONDS", 0.01)


def lines_sent(server) -> list[dict]:
    return [json.loads(line) for file_id in server.uploads for line in server.files[file_id].splitlines()]


def test_rewrite_batch_writes_the_run_folder_of_an_online_run(tmp_path, capsys):
    with ScriptedOpenAIServer(default=answer) as server:
        cfg = config(tmp_path, server)
        code, out, err = run(capsys, "eval", "rewrite", "--rewriter", "llm", "--set", str(SET), "--config", str(cfg), "--batch", "--out", "batched")
        assert code == 0, err
        sent = lines_sent(server)
        online = len(server.requests) - len(sent)
    # two passes: the rewrites, then the judge of each rewrite; nothing sent online
    assert [b["body"]["endpoint"] for b in server.batches.values()] == ["/v1/chat/completions"] * 2
    assert online == 0
    assert {line["url"] for line in sent} == {"/v1/chat/completions"} and all(line["method"] == "POST" for line in sent)
    assert len({line["custom_id"] for line in sent}) == len(sent) == 2 * 5
    assert "You grade replies" in sent[-1]["body"]["messages"][0]["content"]
    with ScriptedOpenAIServer(default=answer) as server:
        run(capsys, "eval", "rewrite", "--rewriter", "llm", "--set", str(SET), "--config", str(config(tmp_path, server)), "--no-cache", "--out", "online")
    batched, online_records = records(tmp_path / "batched"), records(tmp_path / "online")
    assert set(batched) == set(online_records)
    for key, record in batched.items():
        assert {k: v for k, v in record.items() if k != "usage"} == {k: v for k, v in online_records[key].items() if k != "usage"}
    summary = json.loads((tmp_path / "batched" / "summary.json").read_text())
    assert summary["complete"] and summary["batch"]["cost_usd"] == pytest.approx(10 * PER_REQUEST_USD * BATCH_PRICE)
    assert f"${10 * PER_REQUEST_USD * BATCH_PRICE:.4f} at batch prices" in out


def test_judge_batch_scores_the_labels_like_the_online_judge(tmp_path, capsys):
    with ScriptedOpenAIServer(default=answer) as server:
        cfg = config(tmp_path, server)
        code, out, err = run(capsys, "eval", "judge", "--labels", str(LABELS), "--config", str(cfg), "--batch", "--out", "judged", "--format", "json")
        assert code == 0, err
        assert len(server.batches) == 1 and len(server.requests) == len(lines_sent(server))
    summary = json.loads((tmp_path / "judged" / "summary.json").read_text())
    n = len(LABELS.read_text().splitlines())
    assert summary["complete"] and summary["items"]["scored"] == n
    assert json.loads(out) == summary  # stdout holds the summary alone; the batch's progress goes to stderr
    assert f"eval judge: batch_1 in_progress 0/{n}" in err and f"eval judge: batch_1 completed {n}/{n}" in err


def test_an_endpoint_without_the_batch_api_is_exit_3(tmp_path, capsys):
    (tmp_path / "reviewer.toml").write_text('[llm]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "m"\nmax_retries = 0\ncache_dir = "cache"\n')
    with pytest.raises(SystemExit) as stop:
        run(capsys, "eval", "judge", "--labels", str(LABELS), "--batch", "--out", "judged")
    err = capsys.readouterr().err
    assert stop.value.code == 3
    assert "reviewer: error: cannot create a batch at http://127.0.0.1:9/v1:" in err and "rerun the same command to resume" in err


def test_an_interrupted_run_resumes_its_batch_by_id(tmp_path, capsys, monkeypatch):
    with ScriptedOpenAIServer(default=answer) as server:
        server.batch_polls = 3
        cfg = config(tmp_path, server)
        looks = 0
        sleep = batching.time.sleep

        def interrupt(seconds):
            nonlocal looks
            looks += 1
            if looks == 2:
                raise KeyboardInterrupt
            sleep(seconds)

        monkeypatch.setattr(batching.time, "sleep", interrupt)
        argv = ("eval", "judge", "--labels", str(LABELS), "--config", str(cfg), "--batch", "--out", "judged")
        with pytest.raises(SystemExit) as stop:
            run(capsys, *argv)
        assert stop.value.code == 130
        state = json.loads((tmp_path / "judged" / "batch.json").read_text())
        assert [b["id"] for b in state["batches"]] == ["batch_1"] and "downloaded" not in state["batches"][0]
        code, _, err = run(capsys, *argv)
        assert code == 0, err
        assert "resuming batch batch_1" in err
        assert list(server.batches) == ["batch_1"] and len(server.uploads) == 1  # polled again, not created anew


@pytest.mark.parametrize("failed", ["retry", "report"])
def test_failed_lines_are_retried_online_or_reported(tmp_path, capsys, failed):
    def flaky(body):  # the first judge line fails in the batch
        if "You grade replies" in body["messages"][0]["content"] and not flaky.failed:
            flaky.failed = True
            return error(500, "scripted batch line failure")
        return answer(body)

    flaky.failed = False
    with ScriptedOpenAIServer(default=flaky) as server:
        cfg = config(tmp_path, server)
        code, out, err = run(capsys, "eval", "judge", "--labels", str(LABELS), "--config", str(cfg), "--batch", "--batch-failed", failed, "--out", "judged")
        online = len(server.requests) - len(lines_sent(server))
    summary = json.loads((tmp_path / "judged" / "summary.json").read_text())
    assert summary["batch"]["failed_lines"] == 1
    if failed == "retry":
        assert code == 0 and online == 1 and summary["complete"]
        assert "1 line the batch did not answer was sent online" in out
    else:
        assert code == 3 and online == 0 and summary["items"]["failed"] == 1
        (why,) = summary["failures"].values()
        assert why.startswith("judge: the batch did not answer this request: status 500") and "scripted batch line failure" in why


def test_a_batch_line_that_is_not_a_chat_completion_is_a_failed_line(tmp_path):
    from reviewer.evals.batch import BatchRun
    from reviewer.evals.runner import RunFolder

    run_ = BatchRun(RunFolder(tmp_path), [object()])
    good = {"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "{}"}}]}
    assert run_._take(json.dumps({"custom_id": "a", "response": {"status_code": 200, "body": good}, "error": None}))
    assert not run_._take(json.dumps({"custom_id": "b", "response": {"status_code": 200, "body": {"choices": "none"}}, "error": None}))
    assert not run_._take(json.dumps({"custom_id": "c", "response": None, "error": {"code": "batch_expired", "message": "not run in time"}}))
    assert not run_._take("not json")
    assert set(run_.answers) == {"a"} and run_.errors["c"] == "batch_expired: not run in time"
    assert run_.errors["b"].startswith("not a chat completion")


def test_batch_needs_llm_requests(tmp_path, capsys):
    code, _, err = run(capsys, "eval", "rewrite", "--rewriter", "offline", "--set", str(SET), "--no-judge", "--batch", "--out", "x")
    assert code == 2 and "--batch needs LLM requests to send" in err
