"""No personal data and no credentials in any recorded request (tests/cassettes/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from test_rewrite_recorded import PII

from reviewer.guard.pii import find_pii

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))


def requests():
    for path in CASSETTES:
        for interaction in yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]:
            yield path.name, interaction["request"]


def test_there_are_recorded_cassettes():
    assert CASSETTES, "no cassettes: run scripts/record_cassettes.py"
    bodies = " ".join(str(r["body"]) for _, r in requests())
    assert all(p in bodies for p in ("<CARD_1>", "<PHONE_1>", "<EMAIL_1>", "<EMAIL_2>")), "the recorded drafts carried personal data, masked"


@pytest.mark.parametrize(("name", "request_"), list(requests()), ids=lambda v: v if isinstance(v, str) else "")
def test_no_personal_data_or_credentials_leave_the_machine(name, request_):
    body = request_["body"] or ""
    body = body.decode() if isinstance(body, bytes) else body
    text = json.dumps(json.loads(body), ensure_ascii=False)  # \\u escapes decoded
    assert not [p for p in PII if p in text], f"{name}: personal data in a request"
    for message in json.loads(body)["messages"]:
        assert find_pii(message["content"]) == [], f"{name}: something that looks like personal data"
    headers = {k.lower() for k in request_["headers"]}
    assert not headers & {"authorization", "api-key", "cookie"}
