"""The whole loop against a local OpenAI-compatible server (marker `live`, not in the default run).

    python -m llama_cpp.server --model "$(python scripts/record_cassettes.py --print-model)" \\
        --model_alias smollm2-135m --port 8080 &
    pytest -m live

REVIEWER_LIVE_BASE_URL picks another server (default http://127.0.0.1:8080/v1).
"""

from __future__ import annotations

import os
import urllib.request

import pytest
from test_rewrite_recorded import EN_CUSTOMER, EN_DRAFT, MODEL, PII, assert_honest

from reviewer.config import Config
from reviewer.rewriting import rewrite

BASE_URL = os.environ.get("REVIEWER_LIVE_BASE_URL", "http://127.0.0.1:8080/v1")
pytestmark = pytest.mark.live


def reachable() -> bool:
    try:
        with urllib.request.urlopen(f"{BASE_URL}/models", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module", autouse=True)
def server():
    if not reachable():
        pytest.skip(f"no OpenAI-compatible server at {BASE_URL} (start llama_cpp.server, see README: LLM rewrite)")


def test_live_rewrite_is_checked_and_leaks_nothing(tmp_path):
    config = Config(llm={"base_url": BASE_URL, "model": MODEL, "temperature": 0.0, "max_tokens": 400, "timeout": 300, "cache_dir": str(tmp_path)})
    result = rewrite(EN_DRAFT, context=EN_CUSTOMER, config=config, use_cache=False)
    assert_honest(result, EN_DRAFT)
    if result.status == "ok":
        assert all(p in result.rewrite for p in PII[:3] if p in EN_DRAFT)  # restored, not dropped
