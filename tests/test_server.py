"""The HTTP API: every endpoint and every error, through FastAPI's TestClient."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

import reviewer
from reviewer.cli import main
from reviewer.config import Config
from reviewer.lint.registry import registry
from reviewer.rewriting import RewriteResult, rewrite
from reviewer.server import create_app
from reviewer.server.auth import is_loopback
from reviewer.server.schemas import RewriteOut
from scripted_server import Response, ScriptedOpenAIServer, error, json_completion

DRAFT_EN = "Dear customer, sorry if you were upset!!! Sorry for the wait."
DRAFT_RU = "Уважаемый клиент, извините, если мы вас чем-то обидели!!! Приносим извинения за доставленные неудобства."
DRAFT_EN_FIXED = "Dear customer, sorry if you were upset! Thank you for your patience."
CLEAN_EN = "Hi Anna, your refund of $40 went out today and will reach your card within 3 business days."


@pytest.fixture(autouse=True)
def no_llm_from_the_environment(monkeypatch, tmp_path):
    # nothing here may reach a real LLM: each test configures the endpoint it means
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "REVIEWER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def assert_error(response, status: int, error: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"] == error
    assert body["message"] and isinstance(body["details"], list)
    assert "Traceback" not in response.text
    return body


# ---- /v1/check -------------------------------------------------------------------


def test_check_answers_like_one_draft_of_check_format_json(client):
    cli = subprocess.run(
        [sys.executable, "-m", "reviewer", "check", "--format", "json", "-"],
        input=DRAFT_EN, capture_output=True, text=True, encoding="utf-8",
    )
    assert cli.returncode == 1, cli.stderr  # findings
    [expected] = json.loads(cli.stdout)
    body = client.post("/v1/check", json={"text": DRAFT_EN}).json()
    assert (body.pop("fixed"), body.pop("findings_total"), body.pop("truncated")) == (DRAFT_EN_FIXED, len(expected["findings"]), False)
    assert body.keys() == expected.keys()
    assert {k: v for k, v in body.items() if k != "source"} == {k: v for k, v in expected.items() if k != "source"}
    assert [f["code"] for f in body["findings"]] == ["W005", "A001", "A002", "S004", "A003", "A004"]


def test_check_detects_the_language_and_obeys_an_explicit_one(client):
    assert client.post("/v1/check", json={"text": DRAFT_RU}).json()["lang"] == "ru"
    assert client.post("/v1/check", json={"text": DRAFT_EN, "lang": None}).json()["lang"] == "en"
    forced = client.post("/v1/check", json={"text": DRAFT_RU, "lang": "en"}).json()
    assert forced["lang"] == "en"
    assert forced["findings"] == reviewer.check(DRAFT_RU, lang="en").to_dict()["findings"]


def test_check_russian_findings_point_at_the_right_characters(client):
    body = client.post("/v1/check", json={"text": DRAFT_RU}).json()
    spans = {f["code"]: DRAFT_RU[f["start"] : f["end"]] for f in body["findings"]}
    assert spans["W005"] == "Уважаемый клиент"
    assert spans["A001"] == "извините, если"
    assert "application/json" in client.post("/v1/check", json={"text": DRAFT_RU}).headers["content-type"]


def test_check_fixed_applies_every_safe_fix_and_nothing_else(client):
    body = client.post("/v1/check", json={"text": DRAFT_EN}).json()
    assert body["fixed"] == "Dear customer, sorry if you were upset! Thank you for your patience."
    # nothing safe is left to fix in the fixed text; the unsafe findings are still there
    again = client.post("/v1/check", json={"text": body["fixed"]}).json()
    assert again["fixed"] is None
    assert {"W005", "A001"} <= {f["code"] for f in again["findings"]}


def test_check_fixed_is_null_when_there_is_no_safe_fix(client):
    body = client.post("/v1/check", json={"text": CLEAN_EN}).json()
    assert body["findings"] == [] and body["score"] == 10.0 and body["fixed"] is None


def test_check_accepts_the_customer_message_without_changing_the_findings(client):
    plain = client.post("/v1/check", json={"text": DRAFT_EN}).json()
    with_context = client.post("/v1/check", json={"text": DRAFT_EN, "context": "Where is my parcel??"}).json()
    assert with_context == plain


def test_check_uses_the_servers_config():
    app = create_app(Config(ignore=("A",), severity={"S004": "error"}))
    body = TestClient(app).post("/v1/check", json={"text": DRAFT_EN}).json()
    codes = {f["code"]: f["severity"] for f in body["findings"]}
    assert not any(code.startswith("A") for code in codes)
    assert codes["S004"] == "error"


def _json_body(raw: bytes) -> dict:
    return {"content": raw, "headers": {"content-type": "application/json"}}


@pytest.mark.parametrize(
    ("request_kwargs", "says"),
    [
        ({"json": {"text": ""}}, "body.text: the draft is empty or blank"),
        ({"json": {"text": " \n\t "}}, "body.text: the draft is empty or blank"),
        ({"json": {}}, "body.text: Field required"),
        ({"json": {"text": 42}}, "body.text"),
        ({"json": {"text": "Hi", "lang": "de"}}, "body.lang"),
        ({"json": {"text": "Hi", "txt": "typo"}}, "body.txt: Extra inputs are not permitted"),
        ({"json": ["Hi"]}, "must be a JSON object"),
        ({"content": b'{"text": "Hi"', "headers": {"content-type": "application/json"}}, "not valid JSON"),
        ({"content": b'{"text": "Hi"}', "headers": {"content-type": "text/plain"}}, "Content-Type: application/json"),
        ({}, "must be a JSON object"),
        (_json_body(b'{"text": "Hi \\ud800"}'), "body.text: has a lone surrogate (\\ud800) at character 3, which is not text"),
        (_json_body(b'{"text": "Thanks", "context": "\\udfff"}'), "body.context: has a lone surrogate (\\udfff)"),
        (_json_body(b'{"text": "Hi", "\\ud800": 1}'), "the body holds a string that is not text (a lone surrogate such as \\ud800)"),
        (_json_body(b"[" * 60_000), "the body is not valid JSON: it is nested too deeply"),
        (_json_body(b'{"text": "Hi", "n": ' + b"7" * 5000 + b"}"), "the body is not valid JSON: Exceeds the limit (4300 digits)"),
        (_json_body(b'{"text": "Hi\xff"}'), "the body is not valid JSON: it is not UTF-8 text"),
    ],
    ids=["empty", "blank", "missing", "not-a-string", "unknown-lang", "unknown-field", "array", "broken-json", "not-json-type", "no-body",
         "lone-surrogate", "surrogate-in-context", "surrogate-in-a-key", "nested-too-deep", "huge-number", "not-utf8"],
)
@pytest.mark.parametrize("path", ["/v1/check", "/v1/rewrite"])
def test_bad_input_is_a_clear_422(client, request_kwargs, says, path):
    body = assert_error(client.post(path, **request_kwargs), 422, "invalid_request")
    assert says in body["message"]
    assert "Hi" not in json.dumps(body["details"])  # the input is not echoed back


# ---- /v1/rewrite ---------------------------------------------------------------------


def test_rewrite_without_an_llm_says_so_and_offers_the_safe_fixes(client):
    response = client.post("/v1/rewrite", json={"text": DRAFT_EN, "context": "Where is my parcel??"})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["status"] == "fallback" and result["model"] is None and result["attempts"] == 0
    assert "no LLM endpoint configured" in result["reasons"][0]
    check = client.post("/v1/check", json={"text": DRAFT_EN}).json()
    assert result["original"] == DRAFT_EN
    assert result["rewrite"] == check["fixed"]
    assert result["findings_before"] == check["findings"]
    assert {c["code"] for c in result["changes"]} == {"S004", "A004"}
    assert result["findings_after"] == client.post("/v1/check", json={"text": check["fixed"]}).json()["findings"]


def test_rewrite_answers_in_the_shape_of_rewrite_format_json():
    # the text-only and eval-only extras left out, the server's list cap added
    assert set(RewriteOut.model_fields) == set(RewriteResult.model_fields) - {"notes", "token_count", "rejected"} | {"truncated"}
    result = rewrite(DRAFT_RU)
    assert set(result.to_dict()) | {"truncated"} == set(RewriteOut.model_fields)


def test_rewrite_ok_is_served_in_the_documented_shape(tmp_path):
    # the scripted server (not a model) plays an answer that passes the checks
    draft = "Dear customer, sorry if you were upset!! Your order #48213 is delayed. We will look into this problem."
    good = "Hi {{first_name}}, your order #48213 is held at our warehouse. We will ship it within [time frame]. Thank you for your patience."
    answer = {"rewrite": good, "changes": [{"code": "A001", "change": "apologised for the delay itself"}], "notes": ""}
    with ScriptedOpenAIServer(default=json_completion(answer)) as server:
        client = TestClient(create_app(llm_config(server.base_url)))
        response = client.post("/v1/rewrite", json={"text": draft, "context": "Where is order #48213?"})
    result = response.json()
    assert response.status_code == 200 and result["status"] == "ok", result
    assert result["rewrite"] == good and result["slots"] == ["[time frame]"]
    assert result["model"] == "scripted-server" and result["attempts"] == 1
    why = next(f["message"] for f in result["findings_before"] if f["code"] == "A001")
    assert {"code": "A001", "name": "conditional-apology", "draft": "sorry if", "why": why, "change": "apologised for the delay itself"} in result["changes"]
    assert RewriteOut.model_validate(result).findings_after[0].code == "S005"


def test_rewrite_rejects_bad_input_like_check(client):
    assert_error(client.post("/v1/rewrite", json={"text": "  "}), 422, "invalid_request")
    assert_error(client.post("/v1/rewrite", json={"text": "Hi", "lang": "fr"}), 422, "invalid_request")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens there once the socket closes


def llm_config(base_url: str) -> Config:
    return Config(llm={"base_url": base_url, "timeout": 5, "max_retries": 0, "cache": False})


def test_rewrite_with_an_unreachable_endpoint_is_a_503(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-do-not-echo")
    client = TestClient(create_app(llm_config(f"http://127.0.0.1:{closed_port()}/v1")))
    body = assert_error(client.post("/v1/rewrite", json={"text": DRAFT_EN}), 503, "llm_unavailable")
    assert body["message"] == "the LLM endpoint could not produce a rewrite"
    assert body["details"], "the reasons say what failed"
    assert "sk-test-do-not-echo" not in json.dumps(body)


def test_rewrite_with_a_failing_endpoint_is_a_503():
    # the scripted fault server (not a model): every chat request gets an HTTP 500
    with ScriptedOpenAIServer(default=error(500, "scripted outage")) as server:
        client = TestClient(create_app(llm_config(server.base_url)))
        body = assert_error(client.post("/v1/rewrite", json={"text": DRAFT_RU}), 503, "llm_unavailable")
        assert server.request_count >= 1
    assert any("500" in reason for reason in body["details"]), body


def test_rewrite_with_an_endpoint_answering_200_with_a_body_that_is_not_json_is_a_503():
    with ScriptedOpenAIServer(default=Response(200, "<html><body>Welcome to nginx!</body></html>")) as server:
        client = TestClient(create_app(llm_config(server.base_url)))
        body = assert_error(client.post("/v1/rewrite", json={"text": DRAFT_EN}), 503, "llm_unavailable")
    assert "answered with a body that is not JSON" in body["details"][0]


# ---- limits -------------------------------------------------------------------------


def test_a_body_over_the_limit_is_413_by_content_length():
    small = TestClient(create_app(max_body=2000))
    assert small.post("/v1/check", json={"text": "Hi Anna, " * 200}).status_code == 200  # ~1.8 KB
    body = assert_error(small.post("/v1/check", json={"text": "Hi Anna, " * 300}), 413, "too_large")
    assert "2000 bytes" in body["message"]


def test_a_chunked_body_over_the_limit_is_413_too():
    small = TestClient(create_app(max_body=2000))

    def chunks():  # no Content-Length: the body is streamed
        yield b'{"text": "'
        for _ in range(100):
            yield b"Hi Anna, " * 10
        yield b'"}'

    assert_error(small.post("/v1/check", content=chunks(), headers={"content-type": "application/json"}), 413, "too_large")


def test_the_default_limit_allows_a_long_reply_with_its_customer_message(client):
    text = "Hi Anna, your parcel left our warehouse today. " * 400  # ~19 KB
    assert client.post("/v1/check", json={"text": text, "context": "Where is it? " * 1000}).status_code == 200
    assert_error(client.post("/v1/check", json={"text": "x" * 70_000}), 413, "too_large")


# ---- /v1/rules ----------------------------------------------------------------------


def test_rules_lists_every_rule_with_its_documentation(client):
    rules = client.get("/v1/rules").json()
    assert [r["code"] for r in rules] == list(registry())
    for rule in rules:
        assert rule["doc"]["Why is this bad?"]
        assert set(rule["languages"]) <= {"en", "ru"}


@pytest.mark.parametrize("key", ["A001", "a001", "conditional-apology"])
def test_one_rule_by_code_or_name(client, key):
    rule = client.get(f"/v1/rules/{key}").json()
    assert rule == registry()["A001"].to_dict()


def test_an_unknown_rule_is_a_json_404(client):
    body = assert_error(client.get("/v1/rules/Z999"), 404, "not_found")
    assert "Z999" in body["message"]


# ---- other routes and errors --------------------------------------------------------


def test_healthz_says_whether_an_llm_is_configured(client, monkeypatch):
    health = client.get("/healthz").json()
    assert health == {"status": "ok", "version": reviewer.__version__, "llm_configured": False, "llm_setup": health["llm_setup"]}
    assert "OPENAI_BASE_URL" in health["llm_setup"] and "[llm] in reviewer.toml" in health["llm_setup"]  # the setup is here, not on the page
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert client.get("/healthz").json()["llm_configured"] is True and client.get("/healthz").json()["llm_setup"] is None


def test_feedback_records_a_dismissed_finding_and_refuses_one_the_draft_lacks(client):
    text = "Hi Anna, write to anna.k@example.com. We will look into it!!"
    s002 = next(f for f in client.post("/v1/check", json={"text": text}).json()["findings"] if f["code"] == "S002")
    body = {"text": text, "code": "S002", "start": s002["start"], "end": s002["end"], "reason": "the ETA follows in the next message"}
    answer = client.post("/v1/feedback", json=body)
    assert answer.status_code == 201
    stored = answer.json()
    assert stored["rule"] == "S002" and stored["sentence"] == "We will look into it!!" and stored["kept"] == ["S004"]
    assert stored["reason"] == body["reason"] and stored["source"] == "page" and stored["ruleset"].startswith(reviewer.__version__ + "+")
    assert_error(client.post("/v1/feedback", json={**body, "start": 0}), 404, "not_found")
    assert_error(client.post("/v1/feedback", json={**body, "reason": "  "}), 422, "invalid_request")


def test_a_bad_llm_config_stops_the_app_from_starting():
    with pytest.raises(reviewer.ConfigError, match="llm.temperature"):
        create_app(Config(llm={"temperature": 7}))


def test_unknown_path_and_wrong_method_are_json(client):
    assert_error(client.get("/v2/check"), 404, "not_found")
    assert_error(client.get("/v1/check"), 405, "method_not_allowed")


def test_an_unexpected_failure_is_a_500_without_internals(caplog):
    app = create_app()

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail: /srv/reviewer/config line 3")

    app.state.linter.check = broken
    client = TestClient(app, raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="reviewer.server"):
        response = client.post("/v1/check", json={"text": "Hi"})
    body = assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert body["message"] == "internal server error; the server log has the details"
    assert "secret detail" in caplog.text  # the operator still gets the cause


# ---- the token --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def guarded() -> TestClient:
    return TestClient(create_app(token="s3cret-token"))


@pytest.mark.parametrize(
    ("method", "path"),
    [("post", "/v1/check"), ("post", "/v1/rewrite"), ("get", "/v1/rules"), ("get", "/v1/rules/A001")],
)
def test_with_a_token_every_api_call_needs_it(guarded, method, path):
    kwargs = {"json": {"text": DRAFT_EN}} if method == "post" else {}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}, {"Authorization": "Basic s3cret-token"}):
        response = getattr(guarded, method)(path, headers=headers, **kwargs)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"


def test_with_the_right_token_the_api_answers(guarded):
    ok = {"Authorization": "Bearer s3cret-token"}
    assert guarded.post("/v1/check", json={"text": DRAFT_EN}, headers=ok).json()["findings"]
    assert guarded.get("/v1/rules/A001", headers=ok).status_code == 200


def test_with_a_token_the_page_health_and_docs_stay_open(guarded):
    for path in ("/", "/healthz", "/docs", "/openapi.json", "/static/page.js"):
        assert guarded.get(path).status_code == 200, path
    schema = guarded.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert schema["paths"]["/v1/check"]["post"]["security"] == [{"HTTPBearer": []}]


def test_without_a_token_the_schema_asks_for_none(client):
    assert "securitySchemes" not in client.get("/openapi.json").json().get("components", {})


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("example.org", False), ("", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("argv", [["--host", "0.0.0.0"], ["--host", "10.0.0.5", "--port", "8080"], ["--host", "myhost.local"]])
def test_serve_refuses_a_non_loopback_host_without_a_token(argv, monkeypatch, capsys):
    monkeypatch.delenv("REVIEWER_TOKEN", raising=False)
    assert main(["serve", *argv]) == 2
    err = capsys.readouterr().err
    assert "refusing to serve" in err and "REVIEWER_TOKEN" in err


def test_the_cli_loads_the_web_stack_only_to_serve():
    code = "import sys; from reviewer.cli import build_parser; build_parser(); print(sorted(m for m in ('fastapi', 'uvicorn', 'starlette') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_serve_refuses_an_empty_token(monkeypatch, capsys):
    monkeypatch.setenv("REVIEWER_TOKEN", "  ")
    assert main(["serve"]) == 2
    assert "token is empty" in capsys.readouterr().err


# ---- the page, the docs and the schema -----------------------------------------------


def test_the_page_is_served_with_only_local_assets(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    html = response.text
    assert 'lang="en"' in html and '<meta charset="utf-8">' in html
    assert "http://" not in html and "https://" not in html  # no CDN
    for asset in ("static/page.js", "static/page.css"):
        assert asset in html
        assert client.get(f"/{asset}").status_code == 200


def test_the_api_docs_work_offline(client):
    html = client.get("/docs").text
    assert "cdn" not in html.lower() and "https://" not in html
    for asset in ("docs/assets/swagger-ui-bundle.js", "docs/assets/swagger-ui.css"):
        assert asset in html
        assert client.get(f"/{asset}").status_code == 200
    assert client.get("/redoc").status_code == 404  # FastAPI's CDN-based ReDoc is off


def test_the_openapi_schema_lists_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    assert {(path, method) for path, ops in schema["paths"].items() for method in ops} == {
        ("/v1/check", "post"), ("/v1/rewrite", "post"), ("/v1/verify", "post"), ("/v1/feedback", "post"), ("/v1/rules", "get"), ("/v1/rules/{code}", "get"),
        ("/healthz", "get"),
    }
    check = schema["paths"]["/v1/check"]["post"]
    assert set(check["responses"]) == {"200", "413", "422"}
    assert check["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")
    draft = schema["components"]["schemas"]["DraftIn"]
    assert draft["required"] == ["text"] and draft["additionalProperties"] is False
