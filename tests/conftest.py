"""Shared test setup."""

import os
import tempfile

import pytest


def pytest_sessionstart(session):
    # the feedback store's default file lives under XDG_DATA_HOME: never the real home's
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="reviewer-data-")


@pytest.fixture(autouse=True)
def _bugs_raise(monkeypatch):
    """An unexpected exception inside reviewer.cli.main fails the test with its traceback
    instead of becoming the user-facing one-line "internal error" and exit 2."""
    monkeypatch.setenv("REVIEWER_DEBUG", "1")


@pytest.fixture(scope="module")
def vcr_config():
    """Cassettes (pytest-recording): no credentials recorded; a request replays only with the same body."""
    return {
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project", "cookie", "set-cookie"],
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,
    }
