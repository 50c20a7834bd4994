"""Endpoint settings: ``[tool.reviewer.llm]``, then the openai client's own variables.

The API key is never stored in a config file: the config names the environment
variable that holds it (``api_key_env``, default ``OPENAI_API_KEY``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..config import Config, ConfigError

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
StructuredOutput = Literal["auto", "json_schema", "json_object", "prompt"]

HOW_TO_CONFIGURE = (
    "set OPENAI_BASE_URL (and OPENAI_API_KEY if the server needs one), "
    'or base_url = "http://localhost:8080/v1" and model = "..." under [tool.reviewer.llm] '
    "in pyproject.toml or reviewer.toml (README: LLM rewrite)"
)


class LLMSettings(BaseModel):
    """Every key of ``[tool.reviewer.llm]``; unknown keys are an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str | None = None  # None: OPENAI_BASE_URL, else OpenAI when a key is set
    model: str = DEFAULT_MODEL
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = Field(60.0, gt=0)  # seconds per HTTP request
    max_retries: int = Field(2, ge=0)  # the SDK's retry layer: 429, 5xx, timeouts, connection errors
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(1024, gt=0)  # completion cap per request
    max_prompt_tokens: int = Field(6000, gt=0)  # budget checked with tiktoken before sending
    max_attempts: int = Field(3, ge=1, le=10)  # rewrite re-asks
    structured_output: StructuredOutput = "auto"
    prompt_price_per_1k: float = Field(0.0, ge=0)  # USD
    completion_price_per_1k: float = Field(0.0, ge=0)
    encoding: str | None = None  # tiktoken encoding; None: the model's, or cl100k_base
    prompt_version: str | None = None  # None: the newest prompts/rewrite.v*.toml
    prompts_dir: Path | None = None
    cache: bool = True
    cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/reply-reviewer

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("expected an http:// or https:// URL")
        return value

    @classmethod
    def from_config(cls, config: Config | None = None, **overrides) -> LLMSettings:
        """The config's ``llm`` table with ``overrides`` (None leaves a key alone) on top."""
        config = config or Config()
        raw = {**config.llm, **{k: v for k, v in overrides.items() if v is not None}}
        base = Path(config.path).parent if config.path else Path.cwd()
        for key in ("prompts_dir", "cache_dir"):
            if isinstance(raw.get(key), str):
                raw[key] = base / raw[key]  # relative to the config file
        try:
            return cls(**raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            section = "tool.reviewer.llm" if config.path and config.path.name == "pyproject.toml" else "llm"
            where = f"{config.path}: {section}" if config.path else section
            raise ConfigError(f"{where}.{key}: {err['msg']}") from None

    @property
    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) or None

    @property
    def endpoint(self) -> str | None:
        """The base URL requests go to; None when nothing is configured."""
        url = self.base_url or os.environ.get("OPENAI_BASE_URL")
        if url:
            return url.rstrip("/")
        return OPENAI_BASE_URL if self.api_key else None

    @property
    def configured(self) -> bool:
        return self.endpoint is not None

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return round(prompt_tokens / 1000 * self.prompt_price_per_1k + completion_tokens / 1000 * self.completion_price_per_1k, 6)

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return self.cache_dir
        root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(root) / "reply-reviewer"
