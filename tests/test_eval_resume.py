"""A run killed or interrupted mid-way loses nothing, and rerunning with the same --out finishes it.

The eval runs in a subprocess against the scripted OpenAI-compatible server
(which echoes drafts back slowly, see test_eval_llm), is killed with SIGKILL or
interrupted with SIGINT (Ctrl-C) once some items are saved, then rerun.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from scripted_server import ScriptedOpenAIServer
from test_eval_llm import SET, Echo, config

from reviewer.cli import main
from reviewer.evals.runner import RunError, RunFolder

ROOT = Path(__file__).resolve().parents[1]
IDS = ["en-1", "en-2", "en-3", "ru-1", "ru-2"]


@pytest.fixture(autouse=True)
def here(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def saved_ids(folder: Path) -> list[str]:
    path = folder / "results.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.endswith("}")]


def start_eval(cfg: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "reviewer", "eval", "rewrite", "--config", str(cfg), "--set", str(SET),
           "--rewriter", "llm", "--out", str(out), "--concurrency", "1", "--no-cache"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Ctrl-C as a terminal sends it, whatever this process inherited: a shell's background job (`pytest &`, a CI
    # runner) starts with SIGINT ignored, and its children would ignore the test's SIGINT too
    return subprocess.Popen(cmd, cwd=out.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for(folder: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(saved_ids(folder)) < n:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run saved nothing in time"
        time.sleep(0.05)


def drafts_sent(server, start: int) -> set[str]:
    """The eval items whose draft was sent in requests[start:]."""
    rows = {json.loads(line)["id"]: json.loads(line)["draft"] for line in SET.read_text(encoding="utf-8").splitlines()}
    texts = [m["content"] for body in server.requests[start:] for m in body["messages"]]
    return {i for i, draft in rows.items() if any(draft.splitlines()[-1] in t for t in texts)}


class HeldEcho(Echo):
    """Echo, holding every answer after the first ``answers`` until ``release`` is set: however slowly the test runs,
    the run cannot finish before it is stopped."""

    def __init__(self, answers: int):
        super().__init__(delay=0.3)
        self.answers, self.count, self.release = answers, 0, threading.Event()

    def __call__(self, body: dict):
        with self.lock:
            self.count += 1
            held = self.count > self.answers
        if held:
            self.release.wait(60)
        return super().__call__(body)


@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_a_stopped_run_resumes_and_loses_nothing(capsys, tmp_path, how):
    echo = HeldEcho(answers=4)  # a rewrite and a judge call an item: two items are saved, the third waits
    with ScriptedOpenAIServer(default=echo) as server:
        cfg = config(tmp_path, server)
        out = tmp_path / "run"
        proc = start_eval(cfg, out)
        wait_for(out, 2, proc)
        proc.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
        echo.release.set()  # the held request is answered (0.3 s on) to a run already stopping: its thread may end
        _, err = proc.communicate(timeout=30)
        if how == "ctrl-c":
            assert proc.returncode == 130
            assert "interrupted:" in err and "rerun the same command to resume" in err and "Traceback" not in err
        else:
            assert proc.returncode == -signal.SIGKILL
        done = saved_ids(out)
        assert 2 <= len(done) < 5 and len(done) == len(set(done))
        assert not (out / "summary.json").exists()

        before = server.request_count
        code = main(["eval", "rewrite", "--config", str(cfg), "--set", str(SET), "--rewriter", "llm", "--out", str(out), "--no-cache"])
        assert code == 0, capsys.readouterr().err
        assert not drafts_sent(server, before) & set(done)  # finished items were not asked again
    assert sorted(saved_ids(out)) == IDS  # every item exactly once
    summary = json.loads((out / "summary.json").read_text())
    assert summary["complete"] and summary["items"]["scored"] == 5


def test_a_line_torn_by_a_kill_is_dropped_and_its_item_redone(capsys, tmp_path):
    out = tmp_path / "run"
    assert main(["eval", "lint", "--set", str(SET), "--out", str(out)]) == 0
    results = out / "results.jsonl"
    lines = results.read_text(encoding="utf-8").splitlines(keepends=True)
    results.write_text("".join(lines[:3]) + lines[3][:40], encoding="utf-8")  # killed while writing item 4
    (out / "summary.json").unlink()
    assert [r["id"] for r in RunFolder(out).records()] == IDS[:3]
    assert results.read_text(encoding="utf-8") == "".join(lines[:3])  # the torn tail is cut off
    assert main(["eval", "lint", "--set", str(SET), "--out", str(out)]) == 0
    assert saved_ids(out) == IDS
    assert json.loads((out / "summary.json").read_text())["complete"]


def test_a_folder_with_another_runs_settings_is_refused(tmp_path):
    folder = RunFolder(tmp_path / "run")
    folder.open({"kind": "rewrite", "rewriter": "offline", "created": "t1"})
    assert folder.open({"kind": "rewrite", "rewriter": "offline", "created": "t2", "concurrency": 8}) == {}
    with pytest.raises(RunError, match="holds a different run .*rewriter: 'offline' → 'llm'"):
        folder.open({"kind": "rewrite", "rewriter": "llm", "created": "t3"})
