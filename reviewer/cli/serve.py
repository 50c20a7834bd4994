"""`reviewer serve`: the paste-a-draft page and the HTTP API.

FastAPI and uvicorn are imported inside ``run``, so other commands never load them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import N_, _
from . import UsageError, load_config

TOKEN_ENV = "REVIEWER_TOKEN"

EPILOG = N_("""\
endpoints:
  /                 the page: paste a draft, see what to fix as you type, rewrite
  POST /v1/check    lint one draft        POST /v1/rewrite  rewrite it with the LLM
  GET /v1/rules     every rule            GET /v1/rules/CODE  one rule
  GET /healthz      liveness              /docs, /openapi.json  the API's documentation

security:
  Only this machine can connect by default (127.0.0.1). Binding to any other
  address needs a token (REVIEWER_TOKEN or --token; prefer the variable, command
  lines are visible to other users); every /v1 call must then send
  "Authorization: Bearer <token>". The page asks for the token when needed.
  Requests must name the server by a host name it answers to (the Host
  header): localhost, 127.0.0.1 or ::1 by default, the address itself for
  another --host, any for 0.0.0.0; --allowed-host names others.

limits:
  a request (head and body) must arrive within --request-timeout seconds
  (408), at most --max-connections are open at once (503 beyond), a body is
  at most 64 KiB (413), an answer lists at most 100 findings per draft.

examples:
  reviewer serve                                open http://127.0.0.1:8000/
  REVIEWER_TOKEN=$(openssl rand -hex 16) reviewer serve --host 0.0.0.0 --port 8080
  curl -s localhost:8000/v1/check -H 'Content-Type: application/json' -d '{"text": "Sorry if you were upset!!"}'
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help=_("the paste-a-draft page and HTTP API"),
        description=_("Serve the paste-a-draft page and the HTTP API (check, rewrite, rules)."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help=_("address to listen on (default: 127.0.0.1, this machine only)"))
    p.add_argument("--port", type=_port, default=8000, help=_("port (default: 8000)"))
    p.add_argument("--token", help=_("require 'Authorization: Bearer TOKEN' on every API call (default: ${variable})").format(variable=TOKEN_ENV))
    p.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: reviewer.toml, or pyproject.toml with [tool.reviewer], found from here up)"))
    p.add_argument(
        "--allowed-host", action="append", metavar="NAME",
        help=_("a host name clients may reach the server by (the Host header); repeatable; * for any (default: the --host's names)"),
    )
    p.add_argument("--request-timeout", type=_positive(float), default=10.0, metavar="SECONDS", help=_("time a client has to send a request, head and body (default: 10)"))
    p.add_argument("--max-connections", type=_positive(int), default=500, metavar="N", help=_("open connections at most; more are answered 503 (default: 500)"))
    p.set_defaults(func=run)


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1-65535)")
    return int(value)


def _positive(kind):
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number above 0")
        return number

    return parse


def run(args: argparse.Namespace) -> int:
    from ..server.auth import default_hosts, is_loopback

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
    from ..server.protocol import uvicorn_config

    app = create_app(config, token=token, allowed_hosts=args.allowed_host or default_hosts(args.host))
    where = f"[{args.host}]" if ":" in args.host else args.host
    serving = _("reviewer: serving the page on {url} (API docs: /docs) — token required; Ctrl+C stops") if token else _("reviewer: serving the page on {url} (API docs: /docs); Ctrl+C stops")
    print(serving.format(url=f"http://{where}:{args.port}/"), file=sys.stderr)
    options = {"request_timeout": args.request_timeout, "max_connections": args.max_connections}
    server = uvicorn.Server(uvicorn_config(app, host=args.host, port=args.port, log_level="info", **options))
    try:
        server.run()
    except SystemExit as exc:  # uvicorn exits when it cannot bind; it has logged why
        if exc.code:
            raise UsageError(f"could not serve on {args.host}:{args.port} (see the message above)") from None
    return 0
