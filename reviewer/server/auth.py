"""Who may call the API: loopback-only by default, a bearer token otherwise."""

from __future__ import annotations

import hmac
import ipaddress

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (`reviewer serve --token`, or its environment variable).")


def is_loopback(host: str) -> bool:
    """True when only this machine can reach ``host`` ("localhost", 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
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
