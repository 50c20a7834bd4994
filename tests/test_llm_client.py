"""reviewer.llm.LLM against the scripted OpenAI-compatible fault server.

The scripted server is not a model: it answers with what each test scripts, so
these tests pin the client's handling of HTTP faults and broken answers.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from pydantic import BaseModel
from scripted_server import Response, ScriptedOpenAIServer, completion, error, json_completion

from reviewer.config import Config, ConfigError
from reviewer.llm import (
    LLM,
    EndpointError,
    LLMSettings,
    NotConfiguredError,
    OutputError,
)

MESSAGES = [{"role": "system", "content": "You grade replies."}, {"role": "user", "content": "Grade: thanks for waiting."}]


class Verdict(BaseModel):
    score: int
    reason: str


@pytest.fixture(autouse=True)
def no_env_endpoint(monkeypatch):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def make_llm(server, tmp_path, **settings) -> LLM:
    settings = {"cache_dir": tmp_path, "max_retries": 2, "model": "smollm2-135m", **settings}
    return LLM(LLMSettings(base_url=server.base_url, **settings))


def test_json_schema_answer_is_parsed_with_usage_and_cost(tmp_path):
    with ScriptedOpenAIServer([json_completion({"score": 4, "reason": "ok"}, usage=(1200, 300))]) as server:
        llm = make_llm(server, tmp_path, prompt_price_per_1k=0.5, completion_price_per_1k=2.0, cache=False)
        reply = llm.complete(MESSAGES, Verdict)
    assert reply.parsed == Verdict(score=4, reason="ok")
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (1200, 300)
    assert reply.usage.cost_usd == pytest.approx(1.2 * 0.5 + 0.3 * 2.0)
    sent = server.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["schema"]["required"] == ["score", "reason"]
    assert str(reply.prompt_count).endswith("tokens (cl100k_base, estimate)")  # a model tiktoken does not know


def test_429_with_retry_after_is_honoured_then_succeeds(tmp_path):
    script = [error(429, "slow down", headers={"Retry-After": "1"}), json_completion({"score": 1, "reason": "r"})]
    with ScriptedOpenAIServer(script) as server:
        started = time.monotonic()
        reply = make_llm(server, tmp_path, cache=False).complete(MESSAGES, Verdict)
        waited = time.monotonic() - started
    assert reply.parsed.score == 1
    assert server.request_count == 2
    assert waited >= 1.0  # the SDK slept as the server asked


def test_500_until_the_retries_give_up_is_one_line_endpoint_error(tmp_path):
    with ScriptedOpenAIServer(default=error(500, "boom")) as server, pytest.raises(EndpointError) as caught:
        make_llm(server, tmp_path, max_retries=1, cache=False).complete(MESSAGES, Verdict)
    assert server.request_count == 2  # one try + one retry: a single retry layer, not two
    assert "server error 500 after 1 retry" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_timeout_is_retried_then_reported(tmp_path):
    with ScriptedOpenAIServer(default=json_completion({"score": 1, "reason": "late"}, delay=1.5)) as server, pytest.raises(EndpointError, match=r"did not answer within 0.3s after 1 retry"):
        make_llm(server, tmp_path, timeout=0.3, max_retries=1, cache=False).complete(MESSAGES, Verdict)
    assert server.request_count == 2


def test_auth_and_bad_request_fail_fast(tmp_path):
    with ScriptedOpenAIServer(default=error(401, "invalid api key")) as server, pytest.raises(EndpointError) as caught:
        make_llm(server, tmp_path, cache=False).complete(MESSAGES, Verdict)
    assert server.request_count == 1
    assert str(caught.value).endswith("refused the credentials (401): check $OPENAI_API_KEY")
    with ScriptedOpenAIServer(default=error(400, "context too long")) as server, pytest.raises(EndpointError) as caught:
        make_llm(server, tmp_path, cache=False).complete(MESSAGES, Verdict)  # not about the output format: no step-down
    assert server.request_count == 1
    assert "rejected the request (400): " in str(caught.value) and "context too long" in str(caught.value)


def test_server_without_json_schema_falls_back_to_json_object_then_prompt(tmp_path):
    script = [
        error(400, "response_format json_schema is not supported"),
        error(400, "response_format json_object is not supported"),
        completion('Sure! ```json\n{"score": 3, "reason": "fine"}\n```'),
        completion('{"score": 2, "reason": "again"}'),
    ]
    with ScriptedOpenAIServer(script) as server:
        llm = make_llm(server, tmp_path, cache=False)
        first = llm.complete(MESSAGES, Verdict)
        second = llm.complete(MESSAGES, Verdict)  # the working mode is remembered
    assert (first.parsed.score, first.mode, second.mode) == (3, "prompt", "prompt")
    kinds = [r.get("response_format", {}).get("type") for r in server.requests]
    assert kinds == ["json_schema", "json_object", None, None]
    prompted = server.requests[2]["messages"][0]["content"]
    assert prompted.startswith("You grade replies.") and '"score"' in prompted  # the schema is spelled out


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (completion('{"score": 3, "reason": '), "not valid JSON"),
        (completion('{"score": "high", "reason": "x"}'), "does not match the expected shape (score: "),
        (completion('{"score": 3, "rea', finish_reason="length"), "cut off at max_tokens=1024 (finish_reason length)"),
        (completion("", finish_reason="content_filter"), "content filter"),
        (completion(None, refusal="I can't help with that."), "the model refused: I can't help with that."),
    ],
    ids=["broken-json", "schema-invalid", "cut-off", "content-filter", "refusal"],
)
def test_unusable_answers_are_output_errors_with_usage(tmp_path, answer, message):
    with ScriptedOpenAIServer([answer]) as server, pytest.raises(OutputError) as caught:
        make_llm(server, tmp_path).complete(MESSAGES, Verdict)
    assert message in str(caught.value)
    assert caught.value.usage.prompt_tokens == 100  # spent tokens are still reported


def test_cache_answers_repeats_and_never_stores_errors(tmp_path):
    script = [completion("not json"), json_completion({"score": 5, "reason": "good"})]
    with ScriptedOpenAIServer(script) as server:
        llm = make_llm(server, tmp_path)
        with pytest.raises(OutputError):
            llm.complete(MESSAGES, Verdict, prompt_version="judge.v1")
        fresh = llm.complete(MESSAGES, Verdict, prompt_version="judge.v1")  # the error was not cached
        cached = llm.complete(MESSAGES, Verdict, prompt_version="judge.v1")
        assert server.request_count == 2
        assert (fresh.cached, cached.cached, cached.parsed) == (False, True, fresh.parsed)
        assert cached.usage.prompt_tokens == 0  # nothing was spent
        server.push(json_completion({"score": 1, "reason": "other"}))
        assert llm.complete(MESSAGES, Verdict, prompt_version="judge.v2").parsed.score == 1  # the version is in the key
        server.push(json_completion({"score": 2, "reason": "uncached"}))
        assert llm.complete(MESSAGES, Verdict, prompt_version="judge.v1", use_cache=False).parsed.score == 2
    assert server.request_count == 4


def test_prompt_over_budget_is_refused_before_sending(tmp_path):
    with ScriptedOpenAIServer() as server:
        llm = make_llm(server, tmp_path, max_prompt_tokens=10)
        with pytest.raises(EndpointError, match=r"not sent: the prompt is \d+ tokens \(cl100k_base.*over the budget of 10"):
            llm.complete(MESSAGES, Verdict)
    assert server.request_count == 0


def test_estimate_counts_without_sending(tmp_path):
    with ScriptedOpenAIServer() as server:
        llm = make_llm(server, tmp_path, max_tokens=500, prompt_price_per_1k=1.0, completion_price_per_1k=2.0)
        estimate = llm.estimate(MESSAGES, Verdict)
    assert server.request_count == 0
    assert estimate.prompt.tokens > llm.count(MESSAGES).tokens  # the prompted schema is counted as the worst case
    assert estimate.max_cost_usd == pytest.approx(estimate.prompt.tokens / 1000 + 500 / 1000 * 2.0)


def test_async_calls_share_the_client_logic(tmp_path):
    script = [json_completion({"score": i, "reason": "r"}) for i in range(3)]
    with ScriptedOpenAIServer(script) as server:
        llm = make_llm(server, tmp_path, cache=False)

        async def three():
            return await asyncio.gather(*(llm.acomplete([*MESSAGES, {"role": "user", "content": str(i)}], Verdict) for i in range(3)))

        replies = asyncio.run(three())
    assert sorted(r.parsed.score for r in replies) == [0, 1, 2]


def test_endpoint_comes_from_config_then_environment(monkeypatch, tmp_path):
    assert not LLM.from_config(Config()).configured
    with pytest.raises(NotConfiguredError, match="no LLM endpoint configured"):
        LLM.from_config(Config()).complete(MESSAGES, Verdict)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env-host:1234/v1/")
    assert LLM.from_config(Config()).endpoint == "http://env-host:1234/v1"
    assert LLM.from_config(Config(llm={"base_url": "http://cfg-host/v1"})).endpoint == "http://cfg-host/v1"
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.setenv("MY_KEY", "sk-test-not-real")
    llm = LLM.from_config(Config(llm={"api_key_env": "MY_KEY"}), model="gpt-4.1-mini")
    assert (llm.endpoint, llm.model) == ("https://api.openai.com/v1", "gpt-4.1-mini")
    assert "sk-test" not in repr(llm.settings)


def test_bad_llm_config_names_the_key(tmp_path):
    config = Config(llm={"timeout": -1}, path=tmp_path / "pyproject.toml")
    with pytest.raises(ConfigError, match=r"pyproject.toml: tool.reviewer.llm.timeout: expected a number of seconds above 0, got -1"):
        LLM.from_config(config)
    with pytest.raises(ConfigError, match=r"llm.api_key: unknown key"):
        LLM.from_config(Config(llm={"api_key": "sk-..."}))  # keys live in the environment, never in config


def test_llama_cpp_style_500_on_json_schema_steps_down_and_is_remembered(tmp_path):
    rejected = error(500, "1 validation error: ('body', 'response_format', 'type'): Input should be 'text' or 'json_object'")
    with ScriptedOpenAIServer([rejected, json_completion({"score": 1, "reason": "r"}), json_completion({"score": 2, "reason": "r"})]) as server:
        first = make_llm(server, tmp_path, max_retries=0).complete(MESSAGES, Verdict, use_cache=False)
        later = make_llm(server, tmp_path, max_retries=0).complete(MESSAGES, Verdict, use_cache=False)  # a new process, same cache
    assert (first.mode, later.mode) == ("json_object", "json_object")
    formats = [r["response_format"] for r in server.requests]
    assert [f["type"] for f in formats] == ["json_schema", "json_object", "json_object"]
    assert formats[1]["schema"]["required"] == ["score", "reason"]  # llama-cpp-python constrains output with it


def test_a_plain_500_is_not_taken_for_a_missing_feature(tmp_path):
    with ScriptedOpenAIServer(default=error(500, "CUDA out of memory")) as server, pytest.raises(EndpointError, match="server error 500"):
        make_llm(server, tmp_path, max_retries=0).complete(MESSAGES, Verdict)
    assert server.request_count == 1


@pytest.mark.parametrize("body", ["<html><body>Welcome to nginx!</body></html>", "", '{"choices": [{"message"'])
def test_an_answer_that_is_not_json_is_an_endpoint_error(tmp_path, body):
    """A 200 whose body is not JSON (a web page where the API should be, a proxy's error):
    the endpoint cannot be used, said in one line, not an internal error."""
    with ScriptedOpenAIServer([Response(200, body)], default=Response(200, body)) as server:
        llm = make_llm(server, tmp_path, cache=False)
        with pytest.raises(EndpointError, match=r"answered with a body that is not JSON \(.+\): is base_url an OpenAI-compatible API"):
            llm.complete(MESSAGES, Verdict)
        with pytest.raises(EndpointError):
            asyncio.run(llm.acomplete(MESSAGES, Verdict))


@pytest.mark.parametrize("body", ['{"choices": [1]}', '{"choices": "x"}', '{"choices": [{"message": "x"}]}', '{"choices": [{"message": {"content": 5}}]}'])
def test_json_that_is_not_a_chat_completion_is_an_output_error(tmp_path, body):
    with ScriptedOpenAIServer([Response(200, body)]) as server:
        with pytest.raises(OutputError, match="not a chat completion"):
            make_llm(server, tmp_path, cache=False).complete(MESSAGES, Verdict)
