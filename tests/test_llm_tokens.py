"""Token counts offline, naming the encoding used."""

from __future__ import annotations

import importlib.util

import pytest

from reviewer.llm import Tokenizer

HAVE_O200K = importlib.util.find_spec("bpe_openai") is not None


def test_known_cl100k_model_counts_exactly(tmp_path):
    tok = Tokenizer("gpt-4", cache_dir=tmp_path)
    count = tok.count_text("Thank you for your patience.")
    assert (count.encoding, count.exact) == ("cl100k_base", True)
    assert count.tokens == 6
    assert str(count) == "6 tokens (cl100k_base)"


def test_unknown_model_is_an_estimate_that_says_so(tmp_path):
    count = Tokenizer("SmolLM2-135M-Instruct", cache_dir=tmp_path).count_text("Hello there")
    assert (count.encoding, count.exact) == ("cl100k_base", False)
    assert str(count).endswith("(cl100k_base, estimate)")


def test_messages_count_adds_the_chat_overhead(tmp_path):
    tok = Tokenizer("gpt-4", cache_dir=tmp_path)
    text = tok.count_text("Hello").tokens
    assert tok.count_messages([{"role": "user", "content": "Hello"}]).tokens == text + 3 + 1 + 3


@pytest.mark.skipif(not HAVE_O200K, reason="bpe-openai (which ships o200k_base) is not installed")
def test_o200k_is_served_from_the_shipped_file_through_tiktoken_cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    count = Tokenizer("gpt-4o-mini", cache_dir=tmp_path).count_text("Привет, мир")
    assert (count.encoding, count.exact) == ("o200k_base", True)
    assert list((tmp_path / "tiktoken").iterdir())  # materialised once, checked by tiktoken's SHA-256
    import os

    assert "TIKTOKEN_CACHE_DIR" not in os.environ  # set only while loading


def test_explicit_encoding_setting_is_used(tmp_path):
    assert Tokenizer("anything", encoding="cl100k_base", cache_dir=tmp_path).count_text("x").exact
