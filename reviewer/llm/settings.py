"""Endpoint settings: ``[tool.reviewer.llm]``, then the openai client's own variables.

The API key is never stored in a config file: the config names the environment
variable that holds it (``api_key_env``, default ``OPENAI_API_KEY``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..config import STRUCTURED_OUTPUT, Config, check_llm
from ..i18n import N_

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
StructuredOutput = Literal[STRUCTURED_OUTPUT]

HOW_TO_CONFIGURE = N_(
    "set OPENAI_BASE_URL (and OPENAI_API_KEY if the server needs one), "
    'or base_url = "http://localhost:8080/v1" and model = "..." under [tool.reviewer.llm] '
    "in pyproject.toml, or under [llm] in reviewer.toml (README: LLM rewrite)"
)


class LLMSettings(BaseModel):
    """Every key of ``[tool.reviewer.llm]``, with its default.

    What each key accepts is checked by ``reviewer.config.check_llm`` (the
    config file's table when it is loaded, and ``from_config``'s overrides).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str | None = None  # None: OPENAI_BASE_URL, else OpenAI when a key is set
    model: str = DEFAULT_MODEL
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = 60.0  # seconds per HTTP request
    max_retries: int = 2  # the SDK's retry layer: 429, 5xx, timeouts, connection errors
    temperature: float = 0.2
    max_tokens: int = 1024  # completion cap per request
    max_prompt_tokens: int = 6000  # budget checked with tiktoken before sending
    max_attempts: int = 3  # rewrite re-asks
    structured_output: StructuredOutput = "auto"
    prompt_price_per_1k: float = 0.0  # USD
    completion_price_per_1k: float = 0.0
    encoding: str | None = None  # tiktoken encoding; None: the model's, or cl100k_base
    prompt_version: str | None = None  # None: the newest prompts/rewrite.v*.toml
    prompts_dir: Path | None = None
    cache: bool = True
    cache_dir: Path | None = None  # None: $XDG_CACHE_HOME/reply-reviewer

    @classmethod
    def from_config(cls, config: Config | None = None, **overrides) -> LLMSettings:
        """The config's ``llm`` table with ``overrides`` (None leaves a key alone) on top;
        ConfigError naming the key for a value it does not take."""
        config = config or Config()
        section = "tool.reviewer.llm" if config.path and config.path.name == "pyproject.toml" else "llm"
        raw = check_llm({**config.llm, **{k: v for k, v in overrides.items() if v is not None}}, f"{config.path}: {section}" if config.path else section)
        base = Path(config.path).parent if config.path else Path.cwd()
        for key in ("prompts_dir", "cache_dir"):
            if isinstance(raw.get(key), str):
                raw[key] = base / raw[key]  # relative to the config file
        return cls(**raw)

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
