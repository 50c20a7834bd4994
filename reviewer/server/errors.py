"""Every error is JSON ``{"error", "message", "details"}`` and never a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from .headers import HEADERS

log = logging.getLogger("reviewer.server")

# the stable "error" word clients can switch on, for the HTTP errors FastAPI and this app raise
ERROR_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed", 413: "too_large", 422: "invalid_request"}


class LLMUnavailable(Exception):
    """The LLM endpoint could not produce a rewrite (503)."""

    def __init__(self, message: str, details: list[str]):
        super().__init__(message)
        self.details = details


def error_response(status: int, error: str, message: str, details: list[str] | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": error, "message": _printable(message), "details": [_printable(d) for d in details or []]}
    # the security headers here too: a 500 is sent from outside every middleware
    return JSONResponse(body, status_code=status, headers={**HEADERS, **(headers or {})})


def _printable(text: str) -> str:
    """A message that quotes the request (a field named "\ud800") can always be sent back."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into the JSON error shape."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400 and exc.__cause__ is not None:  # FastAPI's "There was an error parsing the body"
            problem = f"the body is not valid JSON: {_parse_failure(exc.__cause__)}"
            return error_response(422, "invalid_request", problem, [problem])
        return error_response(exc.status_code, ERROR_CODES.get(exc.status_code, "error"), str(exc.detail), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # pydantic's own error dicts echo the input back: keep only where and what
        details = [_problem(err) for err in exc.errors()]
        return error_response(422, "invalid_request", "; ".join(details) or "invalid request", details)

    @app.exception_handler(LLMUnavailable)
    async def llm_unavailable(request: Request, exc: LLMUnavailable) -> JSONResponse:
        return error_response(503, "llm_unavailable", str(exc), exc.details)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        # the details go to the server log, never to the client
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", "internal server error; the server log has the details")


def _parse_failure(cause: BaseException) -> str:
    """Why json.loads failed where FastAPI did not expect it to (it expects only JSONDecodeError)."""
    if isinstance(cause, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(cause, RecursionError):
        return "it is nested too deeply"
    return str(cause).split(":")[0]  # e.g. a number with more digits than Python converts


def _problem(err: dict) -> str:
    if err["type"] == "json_invalid":
        return f"the body is not valid JSON: {err.get('ctx', {}).get('error', 'parse error')}"
    if err["type"] == "string_unicode":  # a key pydantic cannot read
        return "the body holds a string that is not text (a lone surrogate such as \\ud800)"
    if tuple(err["loc"]) == ("body",):  # no body, or not a JSON object
        return 'the body must be a JSON object like {"text": "..."}, sent as Content-Type: application/json'
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg'].removeprefix('Value error, ')}"
