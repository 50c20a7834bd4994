"""The `reviewer` command: a thin layer over the library API.

Each subcommand lives in its own module with ``register(subparsers)``; heavy
imports happen inside the command, so `reviewer check` starts fast.
Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 LLM endpoint error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# command name -> the module that registers it
COMMANDS = {"check": "check", "rules": "rules", "rule": "rules", "rewrite": "rewrite", "eval": "eval", "serve": "serve"}

EPILOG = """\
examples:
  reviewer check draft.txt                 lint a draft (exit 1 on findings)
  echo "Sorry if you were upset!!" | reviewer check -
  reviewer check replies.jsonl --format json
  reviewer check --fix draft.txt           apply safe fixes in place
  reviewer rules                           list the rules; reviewer rule A001 explains one
  reviewer rewrite draft.txt               rewrite with an LLM, re-linted and fact-checked
  reviewer eval lint                       score the linter on the shipped eval set
  reviewer serve                           the paste-a-draft page and HTTP API

docs: README.md; configuration: [tool.reviewer] in pyproject.toml or reviewer.toml
"""


class UsageError(Exception):
    """Bad arguments or input: exit code 2."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only that command's (a cold start builds no more than it runs)."""
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Check and improve support replies to unhappy customers (English and Russian).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for name in modules:
        importlib.import_module(f".{name}", __package__).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from ..config import ConfigError

    try:
        return args.func(args)
    except (UsageError, ConfigError) as exc:
        print(f"reviewer: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `reviewer check ... | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not complain
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("REVIEWER_DEBUG"):
            raise
        print(f"reviewer: internal error: {type(exc).__name__}: {exc} (set REVIEWER_DEBUG=1 for the traceback)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
