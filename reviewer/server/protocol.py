"""How `reviewer serve` runs uvicorn: its HTTP/1.1 protocol with what it lacks against slow clients.

uvicorn closes a keep-alive connection that stays idle (``timeout_keep_alive``),
but it cancels that timer on every byte received and has no timeout while a
request arrives, so a client sending a byte every few seconds holds its
connection for ever, and a thousand of them hold a thousand (uvicorn issue
#157). An ASGI middleware cannot help: it runs only once the request head is
complete. So the protocol itself enforces:

- a deadline for each request: its head and body must have arrived within
  ``request_timeout`` seconds of the connection opening or of the previous
  answer on it, else 408 and the connection is closed (the time the app then
  takes to answer is not counted);
- a cap on open connections: one over ``max_connections`` is answered 503 and
  closed at once.

Either answer is followed by a half close and, a moment later, the close: a
client still sending would otherwise get a reset that can swallow the answer.
"""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .headers import HEADERS

REQUEST_TIMEOUT = 10.0  # seconds to send a request's head and body; a 64 KiB body needs far less
MAX_CONNECTIONS = 500  # well under the usual 1024 open files
LINGER = 1.0  # seconds a refused client has to read the answer before the connection closes


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with a per-request deadline and a connection cap (see the module)."""

    request_timeout = REQUEST_TIMEOUT
    max_connections = MAX_CONNECTIONS
    _deadline: asyncio.TimerHandle | None = None
    _refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "too_many_connections", "the server has too many open connections; try again shortly")
        else:
            self._arm()

    def data_received(self, data: bytes) -> None:
        if not self._refused:  # what a refused client still sends is dropped
            super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state not in (h11.IDLE, h11.SEND_BODY):  # the request is in (or the connection is over)
            self._disarm()

    def on_response_complete(self) -> None:
        if not self.transport.is_closing():
            self._arm()  # the next request on this connection; disarmed again if it is already here
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self._refuse(HTTPStatus.REQUEST_TIMEOUT, "request_timeout", f"the request did not arrive within {self.request_timeout:g} seconds")

    def _refuse(self, status: HTTPStatus, error: str, message: str) -> None:
        """Answer with the API's JSON error and close: written directly, as no request may have arrived."""
        body = json.dumps({"error": error, "message": message, "details": []}).encode()
        headers = {**HEADERS, "Content-Type": "application/json", "Content-Length": str(len(body)), "Connection": "close"}
        head = f"HTTP/1.1 {status.value} {status.phrase}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
        self._refused = True
        self._disarm()
        self.transport.write(head.encode("latin-1") + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()  # the client reads the answer, then the end
            self.loop.call_later(LINGER, self.transport.close)
        else:
            self.transport.close()


def uvicorn_config(app, *, host: str, port: int, request_timeout: float = REQUEST_TIMEOUT, max_connections: int = MAX_CONNECTIONS, **options) -> uvicorn.Config:
    """The uvicorn settings `reviewer serve` runs with (also used by the tests that run a real server)."""
    protocol = type("GuardedH11", (GuardedH11,), {"request_timeout": request_timeout, "max_connections": max_connections})
    return uvicorn.Config(app, host=host, port=port, http=protocol, server_header=False, **options)
