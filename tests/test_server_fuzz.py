"""Schema-driven fuzzing: schemathesis reads the served OpenAPI and throws valid and
invalid requests at every operation; no answer may be a 500 or break the schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from reviewer.server import create_app

app = create_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(autouse=True)
def no_llm(monkeypatch, tmp_path):
    # /v1/rewrite takes its honest offline path: no endpoint configured, nothing leaves the machine
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    # every check: no 5xx, status codes, content types and bodies as documented,
    # valid requests accepted and invalid ones rejected
    case.call_and_validate()
