"""`reviewer rewrite`: output, exit codes, options (scripted fault server as the endpoint)."""

from __future__ import annotations

import io
import json

import pytest
from scripted_server import Response, ScriptedOpenAIServer, error, json_completion

from reviewer.cli import main

DRAFT = "Dear customer, sorry if you were upset!! Your order #48213 is delayed. We will look into this problem as soon as possible."
GOOD = "Hi {{first_name}}, your order #48213 is held at our warehouse; we will ship it within [time frame]. Thank you for your patience."
CLEAN_DRAFT = "Hi Anna, your order #48213 ships today."
CLEAN = "Hi Anna, good news: your order #48213 ships today."


def answer(text):
    return json_completion({"rewrite": text, "changes": [{"code": "A001", "change": "apologised for the fact"}], "notes": "Check the date."})


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)  # no config file found above
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(["rewrite", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_without_endpoint_text_output_says_plainly_it_is_not_an_llm_rewrite(capsys):
    code, out, err = run(capsys, "draft.txt")
    assert code == 1  # findings are left, as for `reviewer check`
    assert out.startswith("Dear customer, sorry if you were upset! Your order")
    assert "S004 exclamation-overuse" in out and "safe fix: “!!” → “!”" in out
    assert "Status: fallback — NOT an LLM rewrite" in out and "no LLM endpoint configured" in out and "OPENAI_BASE_URL" in out
    assert err == ""


def test_without_endpoint_a_clean_draft_exits_0(capsys, monkeypatch):
    code, out, _ = run(capsys, "-", stdin=CLEAN_DRAFT, monkeypatch=monkeypatch)
    assert code == 0 and out.startswith(CLEAN_DRAFT)


def test_ok_text_output_lists_changes_slots_and_status(capsys, monkeypatch):
    with ScriptedOpenAIServer([answer(GOOD)]) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code, out, _ = run(capsys, "draft.txt", "--model", "smollm2")
    assert code == 1  # a slot is left to fill: not ready to send yet
    assert out.startswith(GOOD + "\n\nWhat changed:\n")
    assert "  A001 conditional-apology: “sorry if” — Conditional apology" in out
    assert "        apologised for the fact" in out
    assert "Fill in before sending: [time frame]" in out
    assert "Notes from the model: Check the date." in out
    assert "Status: ok — rewritten by scripted-server (prompt rewrite.v1); passed re-lint and fact checks on attempt 1" in out
    assert "the last prompt counted " in out and " tokens (cl100k_base, estimate) before sending" in out
    assert server.requests[0]["model"] == "smollm2"


def test_json_output_is_the_contract_and_a_clean_rewrite_exits_0(capsys, monkeypatch):
    with ScriptedOpenAIServer([answer(CLEAN)]) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code, out, _ = run(capsys, "-", "--format", "json", stdin=CLEAN_DRAFT, monkeypatch=monkeypatch)
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "status", "original", "rewrite", "findings_before", "findings_after", "attempts", "reasons", "model",
        "prompt_version", "usage", "slots", "changes",
    ]
    assert (data["status"], data["rewrite"], data["slots"], data["attempts"]) == ("ok", CLEAN, [], 1)
    assert data["usage"] == {"prompt_tokens": 100, "completion_tokens": 50, "cost_usd": 0.0}


def test_endpoint_error_is_one_line_and_exit_3(capsys, monkeypatch, tmp_path):
    config = tmp_path / "reviewer.toml"
    with ScriptedOpenAIServer(default=error(401, "Incorrect API key provided")) as server:
        config.write_text(f'[llm]\nbase_url = "{server.base_url}"\nstructured_output = "prompt"\n', encoding="utf-8")
        code, out, err = run(capsys, "draft.txt", "--config", str(config))
        assert server.request_count == 1
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("reviewer: error: LLM endpoint: ") and "refused the credentials (401)" in err


def test_json_error_still_prints_the_object(capsys, monkeypatch):
    with ScriptedOpenAIServer(default=error(500)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code, out, err = run(capsys, "draft.txt", "--format", "json", "--config", _config_file(max_retries=0))
    assert code == 3 and json.loads(out)["status"] == "error" and err.startswith("reviewer: error: LLM endpoint:")


def test_an_endpoint_answering_200_with_a_body_that_is_not_json_is_exit_3(capsys, monkeypatch):
    with ScriptedOpenAIServer(default=Response(200, "<html><body>Welcome to nginx!</body></html>")) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code, out, err = run(capsys, "draft.txt", "--config", _config_file(max_retries=0))
    assert code == 3 and out == "" and err.count("\n") == 1
    assert err.startswith(f"reviewer: error: LLM endpoint: {server.base_url} answered with a body that is not JSON")


def _config_file(**llm) -> str:
    body = "[llm]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in llm.items())
    with open("reviewer.toml", "w", encoding="utf-8") as f:
        f.write(body)
    return "reviewer.toml"


def test_context_tone_instructions_and_no_cache_are_passed_on(capsys, monkeypatch, tmp_path):
    (tmp_path / "customer.txt").write_text("Where is my parcel? Mail me at bob@example.org", encoding="utf-8")
    args = ["draft.txt", "--context", "customer.txt", "--tone", "empathetic", "--instructions", "Keep it short."]
    with ScriptedOpenAIServer([answer(GOOD), answer(GOOD)]) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        run(capsys, *args)
        run(capsys, *args)  # cached
        assert server.request_count == 1
        run(capsys, *args, "--no-cache")
        assert server.request_count == 2
    user = server.requests[0]["messages"][1]["content"]
    assert "Where is my parcel? Mail me at <EMAIL_1>" in user
    assert "Tone wanted: empathetic" in user and "Keep it short." in user


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.txt"], "missing.txt: cannot read the draft"),
        (["draft.txt", "--context", "nope.txt"], "nope.txt: cannot read the --context"),
        (["-"], "standard input: the draft is empty"),
    ],
)
def test_input_errors_exit_2(capsys, monkeypatch, argv, message):
    code, _, err = run(capsys, *argv, stdin="  \n", monkeypatch=monkeypatch)
    assert code == 2 and message in err


def test_bad_llm_config_exits_2(capsys):
    code, _, err = run(capsys, "draft.txt", "--config", _config_file(timeout="soon"))
    assert code == 2 and err.startswith("reviewer: error: ") and "reviewer.toml: llm.timeout: expected a number of seconds above 0, got 'soon'" in err


def test_a_fifo_or_a_device_is_refused_not_waited_for(capsys, tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    code, _, err = run(capsys, str(tmp_path / "pipe.txt"))
    assert code == 2 and "pipe.txt: cannot read the draft: not a regular file" in err
    code, _, err = run(capsys, "draft.txt", "--context", "/dev/zero")
    assert code == 2 and "/dev/zero: cannot read the --context: not a regular file" in err


def test_endless_standard_input_is_refused_after_the_limit(capsys, monkeypatch):
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"!" * len(buffer)
            return len(buffer)

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    code, _, err = run(capsys, "-")
    assert code == 2 and err == "reviewer: error: standard input: too large: at most 1 MiB\n"
