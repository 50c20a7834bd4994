"""The server holding its ground: a real uvicorn (as `reviewer serve` runs it), raw sockets.

Slow clients are timed out and the connection count is capped (the guarded
h11 protocol), /healthz answers within a second while drafts of 60 kB keep
the workers busy, answers list at most 100 findings, the Host header must
name the server, and every answer carries the security headers. Every wait
is bounded.
"""

from __future__ import annotations

import http.client
import json
import select
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from reviewer.lint.engine import Linter
from reviewer.server import create_app
from reviewer.server.api import MAX_FINDINGS
from reviewer.server.auth import default_hosts
from reviewer.server.protocol import uvicorn_config

HI = "Hi!! " * 12_000  # 60 kB, about 12,000 findings
ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def no_llm(monkeypatch, tmp_path):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "REVIEWER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def live(app=None, **limits):
    """The app served by uvicorn with `reviewer serve`'s settings, in a thread; yields the port."""
    port = free_port()
    server = uvicorn.Server(uvicorn_config(app or create_app(), host="127.0.0.1", port=port, log_level="warning", **limits))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def get(port: int, path: str, host: str | None = None, timeout: float = 5) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": host} if host else {})
        response = conn.getresponse()
        return response.status, {name.lower(): value for name, value in response.getheaders()}, response.read()
    finally:
        conn.close()


def post_json(port: int, path: str, body: dict, timeout: float = 60) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, body=json.dumps(body), headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def read_until_closed(sock: socket.socket, timeout: float) -> bytes:
    """What the server sends before it closes the connection, waiting at most ``timeout``."""
    sock.settimeout(timeout)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return data


# ---------------------------------------------------------------- slow clients and the connection cap


def test_slow_clients_are_answered_408_and_closed_while_others_are_served():
    """Forty clients trickle a byte every 0.2 s, half in the request head and half in the body:
    each is answered 408 and closed when its second is up, and /healthz answers meanwhile."""
    head = b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
    with live(request_timeout=1.0) as port:
        clients = []
        for i in range(40):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            if i % 2:
                sock.sendall(head)  # the head at once, then the body a byte at a time
            clients.append([sock, head if not i % 2 else b'{"text": "' + b"x" * 60, b"", None])
        started = time.monotonic()
        while time.monotonic() - started < 4 and any(c[3] is None for c in clients):
            readable, _, _ = select.select([c[0] for c in clients if c[3] is None], [], [], 0.2)
            for client in (c for c in clients if c[0] in readable):
                chunk = client[0].recv(4096)
                client[2] += chunk
                if not chunk:
                    client[3] = time.monotonic() - started
            for client in clients:
                sock, todo, got, closed = client
                if closed is None and todo and not got:  # a byte every 0.2 s, until there is an answer
                    sock.sendall(todo[:1])
                    client[1] = todo[1:]
        assert get(port, "/healthz")[0] == 200
    for sock, _, got, closed in clients:
        sock.close()
        assert closed is not None and closed < 2.5, f"still open after {time.monotonic() - started:.1f} s"
        assert got.startswith(b"HTTP/1.1 408 ") and b'"error": "request_timeout"' in got, got[:200]


def test_the_deadline_covers_receiving_a_request_not_answering_it():
    """A request that arrives at once is answered however long the check takes, and a
    keep-alive connection gets a new deadline for each request."""
    with live(request_timeout=0.3) as port:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(2):
            conn.request("POST", "/v1/check", body=json.dumps({"text": HI}), headers={"Content-Type": "application/json"})
            response = conn.getresponse()  # the 60 kB check itself takes longer than 0.3 s
            assert response.status == 200 and json.loads(response.read())["truncated"]
            time.sleep(0.2)
        conn.close()


def test_connections_over_the_cap_are_answered_503_at_once():
    with live(max_connections=5) as port:
        idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(5)]
        time.sleep(0.2)
        extra = socket.create_connection(("127.0.0.1", port), timeout=5)
        got = read_until_closed(extra, timeout=2)
        assert got.startswith(b"HTTP/1.1 503 ") and b"too_many_connections" in got
        for sock in idle + [extra]:
            sock.close()
        time.sleep(0.2)
        assert get(port, "/healthz")[0] == 200  # room again


# ---------------------------------------------------------------- work per request


def test_healthz_keeps_answering_while_big_drafts_are_checked():
    """24 drafts of 60 kB "Hi!! " at once (about 0.3 s of CPU each): the checks queue for the
    worker threads, off the event loop, and /healthz keeps answering: typically within a second, and never near its
    timeout. (One full CI run on a 2-core machine saw one of five answers take 1.25 s; neither this test alone nor one
    beside a 6-million-object heap came near that, so a single slow answer is held to 2 s, the median to 1 s.) The load
    must still be running when the first answer is in; a CI machine once finished all 24 before the fifth."""
    results: list[tuple[int, dict]] = []
    with live() as port:
        load = [threading.Thread(target=lambda: results.append(post_json(port, "/v1/check", {"text": HI}))) for _ in range(24)]
        for thread in load:
            thread.start()
        time.sleep(0.5)
        latencies, busy = [], []
        for _ in range(5):
            started = time.monotonic()
            status, _, body = get(port, "/healthz", timeout=5)
            latencies.append(time.monotonic() - started)
            busy.append(sum(thread.is_alive() for thread in load))  # counted once each answer is in
            assert status == 200 and json.loads(body)["status"] == "ok"
            time.sleep(0.3)
        for thread in load:
            thread.join(60)
    assert busy[0], "the load was over before /healthz was answered: it proves nothing"
    assert statistics.median(latencies) < 1.0 and max(latencies) < 2.0, latencies
    assert len(results) == 24 and all(status == 200 for status, _ in results)


def test_an_answer_lists_at_most_100_findings_and_says_how_many_there_are():
    client = TestClient(create_app())
    body = client.post("/v1/check", json={"text": HI}).json()
    assert (len(body["findings"]), body["findings_total"], body["truncated"]) == (MAX_FINDINGS, len(Linter().check(HI).findings), True)
    assert body["score"] == 0 and body["fixed"].startswith("Hi! Hi! ")
    small = client.post("/v1/check", json={"text": "Hi!! Thanks"}).json()
    assert small["truncated"] is False and small["findings_total"] == len(small["findings"])
    rewrite = client.post("/v1/rewrite", json={"text": HI}).json()
    assert rewrite["truncated"] is True
    assert all(len(rewrite[key]) <= MAX_FINDINGS for key in ("findings_before", "findings_after", "changes"))


# ---------------------------------------------------------------- the Host header


@pytest.mark.parametrize(
    "bind, hosts",
    [("127.0.0.1", ("localhost", "127.0.0.1", "::1")), ("::1", ("localhost", "127.0.0.1", "::1")), ("127.0.0.2", ("localhost", "127.0.0.1", "::1", "127.0.0.2")),
     ("10.0.0.5", ("10.0.0.5",)), ("reviewer.internal", ("reviewer.internal",)), ("0.0.0.0", ("*",))],
)
def test_default_hosts_are_the_names_of_the_bound_address(bind, hosts):
    assert default_hosts(bind) == hosts


def test_only_the_allowed_host_names_are_answered():
    client = TestClient(create_app(allowed_hosts=default_hosts("127.0.0.1")))
    for host in ("localhost", "localhost:8000", "LOCALHOST.", "127.0.0.1:8000", "[::1]:8000"):
        assert client.get("/healthz", headers={"Host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io", ""):
        response = client.post("/v1/check", json={"text": "Hi"}, headers={"Host": host})
        assert response.status_code == 400 and response.json()["error"] == "bad_host", host
    assert client.get("/", headers={"Host": "rebound.example"}).status_code == 400


def test_reviewer_serve_answers_only_to_its_own_host_names():
    """DNS rebinding, black-box: `reviewer serve` on the loopback refuses a request that names another host."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "reviewer", "serve", "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, _ = get(port, "/healthz", host=f"localhost:{port}", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "reviewer serve did not start"
                time.sleep(0.1)
        assert status == 200
        status, headers, body = get(port, "/v1/rules", host=f"attacker.example:{port}")
        assert status == 400 and json.loads(body)["error"] == "bad_host"
        assert headers["x-content-type-options"] == "nosniff"
    finally:
        server.terminate()
        server.wait(10)


# ---------------------------------------------------------------- security headers


def test_every_answer_carries_a_content_security_policy_and_nosniff():
    app = create_app(max_body=100, allowed_hosts=("testserver",))

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    client = TestClient(app, raise_server_exceptions=False)
    answers = {
        "page": client.get("/"),
        "static page": client.get("/static/index.html"),
        "script": client.get("/static/page.js"),
        "docs": client.get("/docs"),
        "docs asset": client.get("/docs/assets/swagger-ui.css"),
        "schema": client.get("/openapi.json"),
        "health": client.get("/healthz"),
        "check": client.post("/v1/check", json={"text": "Hi"}),
        "422": client.post("/v1/check", json={}),
        "404": client.get("/nope"),
        "413": client.post("/v1/check", json={"text": "x" * 200}),
        "400 host": client.get("/healthz", headers={"Host": "evil.example"}),
    }
    app.state.linter.check = broken
    answers["500"] = client.post("/v1/check", json={"text": "Hi"})
    for name, response in answers.items():
        assert response.headers.get("x-content-type-options") == "nosniff", name
        assert "default-src 'none'" in response.headers.get("content-security-policy", ""), name
    assert answers["500"].status_code == 500
    assert "script-src 'self';" in answers["static page"].headers["content-security-policy"]  # the page's own policy
    docs = answers["docs"].headers["content-security-policy"]
    assert "script-src 'self' 'sha256-" in docs and "'unsafe-inline'" not in docs.split("script-src")[1].split(";")[0]
