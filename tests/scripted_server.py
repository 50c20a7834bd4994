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
        self.requests: list[dict] = []  # the JSON bodies received, in order (a batch's lines too)
        self.files: dict[str, str] = {}  # the scripted Files endpoint: id -> content
        self.uploads: list[str] = []  # ids of the files uploaded
        self.batches: dict[str, dict] = {}
        self.batch_polls = 1  # looks at an in-progress batch before it completes
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

            def do_GET(self):  # /v1/models, for "is a server there?" probes; the scripted Files + Batches endpoint
                files = server.files
                if self.path.startswith("/v1/batches/"):
                    self._send(server._batch_status(self.path.rsplit("/", 1)[1]))
                elif self.path.startswith("/v1/files/") and self.path.endswith("/content") and self.path.split("/")[3] in files:
                    self._send(Response(200, files[self.path.split("/")[3]]))
                elif self.path.startswith("/v1/files/") or self.path.startswith("/v1/batches"):
                    self._send(error(404, "no such file or batch"))
                else:
                    self._send(Response(200, {"object": "list", "data": [{"id": "scripted-server", "object": "model"}]}))

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path in ("/v1/files", "/v1/batches"):
                    self._send(server._upload(self.headers, raw) if self.path == "/v1/files" else server._create_batch(json.loads(raw)))
                    return
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

    # -- the scripted Files + Batches endpoint ----------------------------------------------
    # Not OpenAI's service: files are kept in memory; a batch answers each line of its input
    # with the next scripted chat response when it is first polled after ``batch_polls`` looks
    # (its status goes validating -> in_progress -> completed), in the shapes the Batch API
    # documents: an output file of {"id", "custom_id", "response": {"status_code", "body"}, "error"}
    # lines, a non-200 answer in the error file.

    def _upload(self, headers, raw: bytes) -> Response:
        from email.parser import BytesParser

        message = BytesParser().parsebytes(f"Content-Type: {headers['Content-Type']}\r\n\r\n".encode() + raw)
        part = next(p for p in message.get_payload() if p.get_param("name", header="content-disposition") == "file")
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = part.get_payload(decode=True).decode()
        self.uploads.append(file_id)
        return Response(200, {"id": file_id, "object": "file", "bytes": len(raw), "created_at": 0, "filename": "requests.jsonl", "purpose": "batch", "status": "processed"})

    def _create_batch(self, body: dict) -> Response:
        batch_id = f"batch_{len(self.batches) + 1}"
        lines = [json.loads(line) for line in self.files[body["input_file_id"]].splitlines()]
        self.batches[batch_id] = {"body": body, "lines": lines, "polls": 0, "status": "validating", "output": None, "errors": None}
        return self._batch_status(batch_id, look=False)

    def _batch_status(self, batch_id: str, look: bool = True) -> Response:
        batch = self.batches.get(batch_id)
        if batch is None:
            return error(404, f"no batch {batch_id}")
        if look:
            batch["polls"] += 1
            if batch["status"] == "validating":
                batch["status"] = "in_progress"
            elif batch["status"] == "in_progress" and batch["polls"] > self.batch_polls:
                self._answer(batch_id, batch)
        done = len(batch["lines"]) if batch["status"] == "completed" else 0
        failed = len(self.files[batch["errors"]].splitlines()) if batch["errors"] else 0
        return Response(200, {
            "id": batch_id, "object": "batch", "endpoint": batch["body"]["endpoint"], "input_file_id": batch["body"]["input_file_id"],
            "completion_window": "24h", "status": batch["status"], "created_at": 0, "output_file_id": batch["output"], "error_file_id": batch["errors"],
            "request_counts": {"total": len(batch["lines"]), "completed": done - failed, "failed": failed},
        })

    def _answer(self, batch_id: str, batch: dict) -> None:
        output, errors = [], []
        for n, line in enumerate(batch["lines"]):
            response = self._next(line["body"])
            response = response(line["body"]) if callable(response) else response
            row = {"id": f"{batch_id}_req_{n}", "custom_id": line["custom_id"], "response": {"status_code": response.status, "request_id": f"req_{n}", "body": response.body}, "error": None}
            (output if response.status == 200 else errors).append(json.dumps(row, ensure_ascii=False))
        for kind, rows in (("output", output), ("errors", errors)):
            if rows:
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = "\n".join(rows) + "\n"
                batch[kind] = file_id
        batch["status"] = "completed"

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
