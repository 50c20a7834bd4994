"""One structured-output call to any OpenAI-compatible chat endpoint.

    llm = LLM.from_config(load_config(), model=None)
    reply = await llm.acomplete(messages, Verdict, prompt_version="judge.v1")
    reply.parsed      # a validated Verdict
    reply.usage       # Usage(prompt_tokens, completion_tokens, cost_usd); zero when cached
    reply.cached      # True: answered from the on-disk cache, nothing sent
    llm.estimate(messages)   # tokens and worst-case cost, nothing sent (dry runs)

``complete`` is the same call, synchronous. Both run one exchange written once
(``_exchange``, a generator) that:

- counts the prompt with tiktoken and refuses one over ``max_prompt_tokens``;
- answers from the disk cache when it can;
- asks for structured output as ``json_schema``, and on a server that rejects
  it (an error naming response_format or json_schema) steps down to ``json_object``,
  then to a prompted JSON answer, and remembers the mode that worked per
  endpoint and model (in the cache folder); every answer is validated with the
  pydantic model either way;
- turns a cut-off answer (``finish_reason`` length), a content-filter stop, a
  refusal, broken or schema-invalid JSON into ``OutputError`` (the caller may
  ask again), a body that is not JSON at all into ``EndpointError``, and the
  SDK's exceptions into one-line ``LLMError`` subclasses.

Transport faults are retried by exactly one layer, the openai SDK's own
(``max_retries``): 429 honouring Retry-After, 408/409/5xx, timeouts and
connection errors, with exponential backoff. Authentication and bad-request
errors are not retried. There is no second retry layer on top.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, Generic, TypeVar

import openai
from openai.lib._pydantic import (
    to_strict_json_schema,  # what the SDK's own .parse() sends
)
from pydantic import BaseModel, ValidationError

from ..config import Config
from .cache import DiskCache, cache_key
from .drive import adrive, drive
from .settings import HOW_TO_CONFIGURE, LLMSettings
from .tokens import TokenCount, Tokenizer

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger("reviewer.llm")
MODES = ("json_schema", "json_object", "prompt")


class LLMError(Exception):
    """The LLM could not give a usable answer; the message is one line for the user."""


class NotConfiguredError(LLMError):
    """No endpoint: neither [tool.reviewer.llm] base_url, OPENAI_BASE_URL nor an API key."""


class EndpointError(LLMError):
    """The endpoint cannot be used: auth, bad request, not found, retries exhausted, budget."""


class OutputError(LLMError):
    """The model answered, but the answer cannot be used; asking again may help."""

    def __init__(self, message: str, usage: Usage | None = None, text: str = ""):
        super().__init__(message)
        self.usage = usage or Usage()
        self.text = text


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            round(self.cost_usd + other.cost_usd, 6),
        )

    def to_dict(self) -> dict:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens, "cost_usd": self.cost_usd}


@dataclass(frozen=True)
class Reply(Generic[T]):
    parsed: T
    usage: Usage
    cached: bool
    model: str  # as the endpoint names it
    mode: str  # json_schema, json_object or prompt
    text: str  # the raw answer
    prompt_count: TokenCount  # tiktoken's count before sending, with its encoding


@dataclass(frozen=True)
class Estimate:
    """What a call would cost at most, without sending it."""

    prompt: TokenCount
    max_completion_tokens: int
    max_cost_usd: float


class LLM:
    """A configured endpoint + model. Thread- and task-safe; reuse one instance."""

    def __init__(self, settings: LLMSettings):
        self.settings = settings
        self.cache = DiskCache(settings.cache_path / "llm") if settings.cache else None
        self._mode = settings.structured_output if settings.structured_output != "auto" else self._learned_mode()
        self._sync: openai.OpenAI | None = None
        self._async: dict[int, openai.AsyncOpenAI] = {}  # one per event loop
        # what sends an async request (the chat completions API's keyword arguments) and returns its
        # completion; None: the endpoint's client. ``eval --batch`` answers from the Batch API's results.
        self.transport: Callable[..., Awaitable[Any]] | None = None

    @classmethod
    def from_config(cls, config: Config | None = None, model: str | None = None, **overrides: Any) -> LLM:
        """From ``[tool.reviewer.llm]`` (raises ConfigError on a bad key), ``model`` and overrides on top."""
        return cls(LLMSettings.from_config(config, model=model, **overrides))

    @cached_property
    def tokenizer(self) -> Tokenizer:
        return Tokenizer(self.settings.model, self.settings.encoding, self.settings.cache_path)

    @property
    def model(self) -> str:
        return self.settings.model

    @property
    def endpoint(self) -> str | None:
        return self.settings.endpoint

    @property
    def configured(self) -> bool:
        return self.settings.configured

    def count(self, messages: list[dict]) -> TokenCount:
        return self.tokenizer.count_messages(messages)

    def estimate(self, messages: list[dict], response_model: type[BaseModel] | None = None) -> Estimate:
        if response_model is not None:
            messages = _with_schema(messages, response_model)  # the largest request a call may send
        prompt = self.count(messages)
        return Estimate(prompt, self.settings.max_tokens, self.settings.cost(prompt.tokens, self.settings.max_tokens))

    def complete(self, messages: list[dict], response_model: type[T], *, prompt_version: str | None = None, use_cache: bool = True) -> Reply[T]:
        client = self._sync_client()
        return drive(self._exchange(messages, response_model, prompt_version, use_cache), lambda req: client.chat.completions.create(**req))

    async def acomplete(self, messages: list[dict], response_model: type[T], *, prompt_version: str | None = None, use_cache: bool = True) -> Reply[T]:
        send = self.transport or self._async_client().chat.completions.create
        return await adrive(self._exchange(messages, response_model, prompt_version, use_cache), lambda req: send(**req))

    def close(self) -> None:
        """Close the synchronous HTTP client (the next call opens a new one)."""
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        """Close the async HTTP client of the running event loop, while that loop still runs:
        left to the garbage collector, a kept-alive connection is closed after its loop and
        prints a traceback."""
        client = self._async.pop(id(asyncio.get_running_loop()), None)
        if client is not None:
            await client.close()

    # -- the exchange, written once -------------------------------------------------

    def _exchange(self, messages, response_model, prompt_version, use_cache):
        s = self.settings
        if not self.configured:
            raise NotConfiguredError(f"no LLM endpoint configured: {HOW_TO_CONFIGURE}")
        counted = self.count(messages)
        if counted.tokens > s.max_prompt_tokens:
            raise EndpointError(f"not sent: the prompt is {counted}, over the budget of {s.max_prompt_tokens} (llm.max_prompt_tokens)")
        params = {"temperature": s.temperature, "max_tokens": s.max_tokens}
        key = cache_key(
            endpoint=self.endpoint, model=s.model, messages=messages, params=params,
            schema=_schemas(response_model).plain, prompt_version=prompt_version,
        )
        if use_cache and self.cache and (hit := self._from_cache(key, response_model, counted)):
            return hit
        while True:
            mode = self._mode
            started = time.monotonic()
            try:
                completion = yield self._request(messages, response_model, mode, params)
            except openai.OpenAIError as exc:
                if s.structured_output == "auto" and mode != MODES[-1] and _rejects_format(exc):
                    self._mode = MODES[MODES.index(mode) + 1]
                    log.info("%s rejected %s output (%s); trying %s", self.endpoint, mode, _first_line(exc), self._mode)
                    self._learn_mode()
                    continue
                raise _translate(exc, s) from None
            except ValueError as exc:  # a 200 whose body is not JSON (a web page, a proxy's error): the SDK's json.loads failed
                raise EndpointError(f"{self.endpoint} answered with a body that is not JSON ({_first_line(exc)}): is base_url an OpenAI-compatible API, ending in /v1?") from None
            reply = self._read(completion, response_model, mode, counted)
            log.info("%s %s: %s+%s tokens, %.1fs, %s", self.endpoint, reply.model, reply.usage.prompt_tokens,
                     reply.usage.completion_tokens, time.monotonic() - started, mode)
            if self.cache:
                self.cache.put(key, {"parsed": reply.parsed.model_dump(mode="json"), "text": reply.text, "model": reply.model, "mode": mode})
            return reply

    def _request(self, messages, response_model, mode, params) -> dict:
        request = {"model": self.settings.model, **params}
        schema = _schemas(response_model).strict
        if mode == "json_schema":
            request["response_format"] = {"type": "json_schema", "json_schema": {"name": response_model.__name__, "schema": schema, "strict": True}}
            request["messages"] = messages
        else:
            if mode == "json_object":
                # "schema" is llama-cpp-python's extension (it constrains the output); other servers ignore it.
                request["response_format"] = {"type": "json_object", "schema": schema}
            request["messages"] = _with_schema(messages, response_model)
        return request

    def _mode_key(self) -> str:
        return cache_key(endpoint=self.endpoint, model=self.settings.model, kind="structured-output-mode")

    def _learned_mode(self) -> str:
        """The structured-output mode this endpoint accepted last time, so it is probed once per machine."""
        known = self.cache.get(self._mode_key()) if self.cache else None
        return known["mode"] if known and known.get("mode") in MODES else MODES[0]

    def _learn_mode(self) -> None:
        if self.cache:
            self.cache.put(self._mode_key(), {"endpoint": self.endpoint, "model": self.settings.model, "mode": self._mode})

    def _read(self, completion, response_model: type[T], mode: str, counted: TokenCount) -> Reply[T]:
        if not getattr(completion, "choices", None):
            raise OutputError("the endpoint returned no answer (no choices)")
        try:  # the SDK does not validate what it received: any JSON can arrive here
            choice = completion.choices[0]
            text = choice.message.content or ""
            refusal, finish = getattr(choice.message, "refusal", None), getattr(choice, "finish_reason", None)
            if not isinstance(text, str):
                raise TypeError(f"content is {type(text).__name__}")
        except (AttributeError, TypeError, KeyError) as exc:
            raise OutputError(f"the endpoint's answer is not a chat completion ({_first_line(exc)})") from None
        usage = self._usage(completion, counted, text)
        if refusal:
            raise OutputError(f"the model refused: {_first_line(refusal)}", usage, text)
        if finish == "content_filter":
            raise OutputError("the provider's content filter stopped the answer (finish_reason content_filter)", usage, text)
        if finish == "length":
            raise OutputError(f"the answer was cut off at max_tokens={self.settings.max_tokens} (finish_reason length)", usage, text)
        parsed = parse_json(text, response_model, usage)
        return Reply(parsed, usage, False, getattr(completion, "model", None) or self.settings.model, mode, text, counted)

    def _usage(self, completion, counted: TokenCount, text: str) -> Usage:
        u = getattr(completion, "usage", None)
        prompt = u.prompt_tokens if u and u.prompt_tokens is not None else counted.tokens
        done = u.completion_tokens if u and u.completion_tokens is not None else self.tokenizer.count_text(text).tokens
        return Usage(prompt, done, self.settings.cost(prompt, done))

    def _from_cache(self, key: str, response_model: type[T], counted: TokenCount) -> Reply[T] | None:
        hit = self.cache.get(key)
        if hit is None:
            return None
        try:
            parsed = response_model.model_validate(hit["parsed"])
        except (ValidationError, KeyError, TypeError):
            return None  # written by another version of the model: ask again
        return Reply(parsed, Usage(), True, hit.get("model", self.model), hit.get("mode", ""), hit.get("text", ""), counted)

    def _sync_client(self) -> openai.OpenAI:
        if self._sync is None:
            self._sync = openai.OpenAI(**self._client_args())
        return self._sync

    def _async_client(self) -> openai.AsyncOpenAI:
        loop = id(asyncio.get_running_loop())  # an async client belongs to the loop that made it
        if loop not in self._async:
            self._async[loop] = openai.AsyncOpenAI(**self._client_args())
        return self._async[loop]

    def _client_args(self) -> dict:
        if not self.configured:
            raise NotConfiguredError(f"no LLM endpoint configured: {HOW_TO_CONFIGURE}")
        s = self.settings
        # Local servers need no key, but the SDK insists on one: send a dummy, never a real secret.
        return {"base_url": self.endpoint, "api_key": s.api_key or "not-needed", "timeout": s.timeout, "max_retries": s.max_retries}


@dataclass(frozen=True)
class _Schemas:
    plain: dict  # pydantic's JSON schema: the cache key, and the shape spelled out in a prompt
    strict: dict  # what the SDK's own .parse() sends as json_schema
    note: str  # the prompted-JSON instruction


@cache
def _schemas(response_model: type[BaseModel]) -> _Schemas:
    """A response model's schemas, built once: pydantic generates them anew on every call."""
    plain = response_model.model_json_schema()
    note = (
        "\n\nAnswer with one JSON object and nothing else (no Markdown fences), "
        f"matching this JSON schema:\n{json.dumps(plain, ensure_ascii=False)}"
    )
    return _Schemas(plain, to_strict_json_schema(response_model), note)


def _with_schema(messages: list[dict], response_model: type[BaseModel]) -> list[dict]:
    """The messages with the JSON shape spelled out, for servers without json_schema support."""
    note = _schemas(response_model).note
    if messages and messages[0].get("role") == "system":
        return [{**messages[0], "content": messages[0]["content"] + note}, *messages[1:]]
    return [{"role": "system", "content": note.strip()}, *messages]


_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


def parse_json(text: str, response_model: type[T], usage: Usage | None = None) -> T:
    """Validate an answer as ``response_model``; tolerate Markdown fences and chatter around one object."""
    body = _FENCE.sub("", text).strip()
    if not body.startswith("{") and "{" in body:
        body = body[body.index("{") : body.rindex("}") + 1]
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise OutputError(f"the answer is not valid JSON ({exc})", usage, text) from None
    try:
        return response_model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in exc.errors()[:3])
        raise OutputError(f"the answer's JSON does not match the expected shape ({problems})", usage, text) from None


def _rejects_format(exc: openai.OpenAIError) -> bool:
    """A server without this structured-output mode: an error (400, 422, or llama-cpp-python's 500) about it.

    Any other bad request fails fast: it would fail the same way in every mode.
    """
    return isinstance(exc, openai.APIStatusError) and exc.status_code in (400, 422, 500) and bool(_FORMAT_WORDS.search(str(exc.message)))


_FORMAT_WORDS = re.compile(r"response_format|json_schema|json_object|structured output", re.IGNORECASE)


def _first_line(value: object, limit: int = 200) -> str:
    text = " ".join(str(getattr(value, "message", value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _translate(exc: openai.OpenAIError, s: LLMSettings) -> LLMError:
    """The SDK's exception as one line a user can act on (never the key)."""
    where = s.endpoint
    retried = f" after {s.max_retries} retr{'y' if s.max_retries == 1 else 'ies'}"
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return EndpointError(f"{where} refused the credentials ({exc.status_code}): check ${s.api_key_env}")
    if isinstance(exc, openai.NotFoundError):
        return EndpointError(f"{where}: not found (404) — is the model {s.model!r} served there, and does base_url end in /v1?")
    if isinstance(exc, openai.RateLimitError):
        return EndpointError(f"{where} is rate limiting (429){retried}: {_first_line(exc)}")
    if isinstance(exc, openai.APITimeoutError):
        return EndpointError(f"{where} did not answer within {s.timeout:g}s{retried} (llm.timeout)")
    if isinstance(exc, openai.APIConnectionError):
        return EndpointError(f"cannot connect to {where}{retried}: is the server running?")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return EndpointError(f"{where} failed with server error {exc.status_code}{retried}: {_first_line(exc)}")
        return EndpointError(f"{where} rejected the request ({exc.status_code}): {_first_line(exc)}")
    return EndpointError(f"{where}: {_first_line(exc)}")
