"""A scripted OpenAI-compatible HTTP server, for fault injection and benchmarks.

It is not a model: ``POST /v1/chat/completions`` answers with the next scripted
response, whatever was asked. Script HTTP faults (429 + Retry-After, 500, a
slow answer), broken bodies, and chat answers that are broken, schema-invalid,
cut off or wrong in a given way, then check what the client sent::

    from scripted_server import ScriptedOpenAIServer, completion, error   # tests/ on sys.path, as pytest puts it

    with ScriptedOpenAIServer([error(429, headers={"Retry-After": "1"}), completion('{"a": 1}')]) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="x")
        ...
        server.request_count, server.requests[0]["messages"]

A script item is a ``Response`` or a function ``(request_body: dict) -> Response``.
When the script runs out, ``default`` answers (a 500 if none is given), so a
benchmark can pass ``default=completion(...)`` and ``delay=0.05`` for a fixed
response time on every request.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


@dataclass
class Response:
    status: int = 200
    body: dict | str = field(default_factory=dict)  # a dict is sent as JSON, a str as it is
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (on top of the server's delay)


Script = Response | Callable[[dict], Response]


def completion(
    content: str | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    model: str = "scripted-server",
    usage: tuple[int, int] | None = (100, 50),
    delay: float = 0.0,
) -> Response:
    """A chat completion whose message content is ``content``, verbatim."""
    body = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
            }
        ],
    }
    if usage:
        body["usage"] = {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)}
    return Response(200, body, delay=delay)


def json_completion(data: dict, **kwargs) -> Response:
    """A chat completion whose content is ``data`` as JSON."""
    return completion(json.dumps(data, ensure_ascii=False), **kwargs)


def error(status: int, message: str = "scripted error", *, headers: dict | None = None, delay: float = 0.0) -> Response:
    """An error in OpenAI's shape: {"error": {"message", "type", "code"}}."""
    body = {"error": {"message": message, "type": "scripted_error", "param": None, "code": status}}
    return Response(status, body, headers or {}, delay)


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default listen backlog of 5 refuses some of 16 simultaneous connects


class ScriptedOpenAIServer:
    """Serves scripted responses on 127.0.0.1 in a background thread."""

    def __init__(self, script: Iterable[Script] = (), *, default: Script | None = None, delay: float = 0.0):
        self._script: deque[Script] = deque(script)
        self.default = default
        self.delay = delay
        self.requests: list[dict] = []  # the JSON bodies received, in order
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def request_count(self) -> int:
        return len(self.requests)

    @property
    def base_url(self) -> str:
        assert self._httpd, "start the server first (use it as a context manager)"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def push(self, *items: Script) -> None:
        with self._lock:
            self._script.extend(items)

    def _next(self, body: dict) -> Response:
        with self._lock:
            self.requests.append(body)
            item = self._script.popleft() if self._script else self.default
        if item is None:
            return error(500, "the scripted server's script ran out")
        return item(body) if callable(item) else item

    def start(self) -> Self:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real endpoints: every response has a Content-Length

            def do_GET(self):  # /v1/models, for "is a server there?" probes
                self._send(Response(200, {"object": "list", "data": [{"id": "scripted-server", "object": "model"}]}))

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                response = server._next(body)
                time.sleep(server.delay + response.delay)
                self._send(response)

            def _send(self, response: Response):
                payload = response.body if isinstance(response.body, str) else json.dumps(response.body)
                data = payload.encode()
                try:
                    self.send_response(response.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in response.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def log_message(self, *args):
                pass

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
