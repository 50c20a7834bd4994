"""The LLM layer: an OpenAI-compatible client with structured output, token
budget and cost, an on-disk cache, and versioned prompt files.

Used by the rewrite loop and by the eval's LLM judge::

    from reviewer.llm import LLM, load_prompt
    llm = LLM.from_config(config, model=None)
    messages = load_prompt("judge").render(draft=..., rewrite=...)
    reply = await llm.acomplete(messages, Verdict, prompt_version="judge.v1")
    reply.parsed, reply.usage, reply.cached
    llm.estimate(messages, Verdict)       # dry run: tokens (and encoding), worst-case cost

Errors: ``NotConfiguredError`` (no endpoint), ``EndpointError`` (auth, bad
request, retries exhausted, over the token budget, a body that is not JSON) and
``OutputError`` (the answer was cut off, filtered, refused, not a chat
completion or not valid JSON of the right shape), all ``LLMError`` with a
one-line message.
"""

from .client import (
    LLM,
    EndpointError,
    Estimate,
    LLMError,
    NotConfiguredError,
    OutputError,
    Reply,
    Usage,
    parse_json,
)
from .drive import adrive, drive
from .prompts import Prompt, PromptError, load_prompt
from .settings import HOW_TO_CONFIGURE, LLMSettings
from .tokens import TokenCount, Tokenizer

__all__ = [
    "HOW_TO_CONFIGURE",
    "LLM",
    "EndpointError",
    "Estimate",
    "LLMError",
    "LLMSettings",
    "NotConfiguredError",
    "OutputError",
    "Prompt",
    "PromptError",
    "Reply",
    "TokenCount",
    "Tokenizer",
    "Usage",
    "adrive",
    "drive",
    "load_prompt",
    "parse_json",
]
