"""Who may call the API: loopback-only by default, a bearer token otherwise, and
only through the host names the server is bound to."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import error_response

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
ANY_HOST = "*"

_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (`reviewer serve --token`, or its environment variable).")


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host`` ("localhost", 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


async def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Reject a call whose ``Authorization: Bearer`` header does not carry the server's token."""
    expected: str = request.app.state.token
    given = credentials.credentials if credentials else ""
    # compare_digest: the time taken must not tell how much of the token was right
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=401,
            detail="this server needs a token: send the header 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def default_hosts(bind: str) -> tuple[str, ...]:
    """The Host header values to answer when none are given: this machine's names for a
    loopback address, the address itself for another one, any for all interfaces (0.0.0.0, ::),
    which need a token anyway."""
    if bind in ("0.0.0.0", "::", ""):
        return (ANY_HOST,)
    if is_loopback(bind):
        return tuple(dict.fromkeys((*LOOPBACK_NAMES, bind.strip("[]").lower())))
    return (bind.strip("[]").lower(),)


class HostAllowList:
    """400 ``bad_host`` for a request whose Host header names none of ``hosts`` ("*": any).

    A web page elsewhere whose name is re-pointed at this machine (DNS rebinding)
    sends its own name as the Host: without this it could use the loopback API,
    which needs no token, and /v1/rewrite with the operator's LLM key.
    """

    def __init__(self, app: ASGIApp, hosts: Iterable[str]):
        self.app = app
        self.hosts = {host.strip("[]").lower().rstrip(".") for host in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and ANY_HOST not in self.hosts:
            host = _host(dict(scope["headers"]).get(b"host", b"").decode("latin-1"))
            if host not in self.hosts:
                message = f"this server does not answer to the host name {host!r} (it answers to {', '.join(sorted(self.hosts))}); reviewer serve --allowed-host adds one"
                await error_response(400, "bad_host", message)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _host(header: str) -> str:
    """The name in a Host header, without its port: "LocalHost:8000" -> "localhost", "[::1]:80" -> "::1"."""
    header = header.strip().lower()
    name = header[1 : header.find("]")] if header.startswith("[") else header.split(":")[0]
    return name.rstrip(".")
