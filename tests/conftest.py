"""Shared test setup."""

import pytest


@pytest.fixture(autouse=True)
def _bugs_raise(monkeypatch):
    """An unexpected exception inside reviewer.cli.main fails the test with its traceback
    instead of becoming the user-facing one-line "internal error" and exit 2."""
    monkeypatch.setenv("REVIEWER_DEBUG", "1")
