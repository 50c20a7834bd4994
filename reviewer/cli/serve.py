"""`reviewer serve`: the paste-a-draft page and the HTTP API.

FastAPI and uvicorn are imported inside ``run``, so other commands never load them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import UsageError, load_config

TOKEN_ENV = "REVIEWER_TOKEN"

EPILOG = f"""\
endpoints:
  /                 the page: paste a draft, see what to fix as you type, rewrite
  POST /v1/check    lint one draft        POST /v1/rewrite  rewrite it with the LLM
  GET /v1/rules     every rule            GET /v1/rules/CODE  one rule
  GET /healthz      liveness              /docs, /openapi.json  the API's documentation

security:
  Only this machine can connect by default (127.0.0.1). Binding to any other
  address needs a token ({TOKEN_ENV} or --token; prefer the variable, command
  lines are visible to other users); every /v1 call must then send
  "Authorization: Bearer <token>". The page asks for the token when needed.

examples:
  reviewer serve                                open http://127.0.0.1:8000/
  {TOKEN_ENV}=$(openssl rand -hex 16) reviewer serve --host 0.0.0.0 --port 8080
  curl -s localhost:8000/v1/check -H 'Content-Type: application/json' -d '{{"text": "Sorry if you were upset!!"}}'
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="the paste-a-draft page and HTTP API",
        description="Serve the paste-a-draft page and the HTTP API (check, rewrite, rules).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    p.add_argument("--token", help=f"require 'Authorization: Bearer TOKEN' on every API call (default: ${TOKEN_ENV})")
    p.add_argument("--config", type=Path, metavar="PATH", help="config file (default: reviewer.toml, or pyproject.toml with [tool.reviewer], found from here up)")
    p.set_defaults(func=run)


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1-65535)")
    return int(value)


def run(args: argparse.Namespace) -> int:
    from ..server.auth import is_loopback

    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV)
    if token is not None and not token.strip():
        raise UsageError(f"the token is empty: give a real one with --token or {TOKEN_ENV}, or leave both unset")
    if not token and not is_loopback(args.host):
        raise UsageError(
            f"refusing to serve on {args.host} without a token: anyone who can reach it could use the API. "
            f"Set {TOKEN_ENV} (or --token), or keep the default --host 127.0.0.1"
        )
    config = load_config(args)

    import uvicorn

    from ..server import create_app

    app = create_app(config, token=token)
    where = f"[{args.host}]" if ":" in args.host else args.host
    print(f"reviewer: serving the page on http://{where}:{args.port}/ (API docs: /docs){' — token required' if token else ''}; Ctrl+C stops", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="info", server_header=False))
    try:
        server.run()
    except SystemExit as exc:  # uvicorn exits when it cannot bind; it has logged why
        if exc.code:
            raise UsageError(f"could not serve on {args.host}:{args.port} (see the message above)") from None
    return 0
