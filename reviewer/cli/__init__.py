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

from .. import i18n
from ..i18n import N_, _

# argparse's own words ("usage:", "options:", its error messages) come from calls to the
# globals `_` and `ngettext` of the argparse module, looked up when they run: ours find
# them in reviewer.po (argparse_words.py keeps their msgids there)
argparse._ = _
argparse.ngettext = i18n.ngettext

# command name -> the module that registers it
COMMANDS = {
    "check": "check", "rules": "rules", "rule": "rules", "rewrite": "rewrite", "verify": "verify", "eval": "eval", "report": "report",
    "serve": "serve", "feedback": "feedback",
}  # fmt: skip

EPILOG = N_("""\
examples:
  reviewer check draft.txt                 lint a draft (exit 1 on findings)
  echo "Sorry if you were upset!!" | reviewer check -
  reviewer check replies.jsonl --format json
  reviewer check --fix draft.txt           apply safe fixes in place
  reviewer rules                           list the rules; reviewer rule A001 explains one
  reviewer rewrite draft.txt               rewrite with an LLM, re-linted and fact-checked
  reviewer verify draft.txt rewrite.txt    check a rewrite made elsewhere: facts kept, nothing invented
  reviewer report export.json --out dash/  a dashboard of real traffic: per rule, agent and month
  reviewer eval lint                       score the linter on the shipped eval set
  reviewer serve                           the paste-a-draft page and HTTP API
  reviewer feedback stats                  how often agents dismiss each rule

docs: README.md; configuration: [tool.reviewer] in pyproject.toml, or the same keys at the top of reviewer.toml
""")


class UsageError(Exception):
    """Bad arguments or input: exit code 2."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only that command's (a cold start builds no more than it runs)."""
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description=_("Check and improve support replies to unhappy customers (English and Russian)."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"reviewer {__version__}", help=_("show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values())
    for name in modules:
        importlib.import_module(f".{name}", __package__).register(sub)
    _add_locale(parser)
    return parser


def _add_locale(parser: argparse.ArgumentParser, default: str | None = None) -> None:
    """--locale on the program, each command and each subcommand (`reviewer --locale ru eval lint`,
    `eval lint --locale ru`); below the top it is set only when given, so that an outer one holds."""
    help = _("language of the program's own words (default: the config's locale, else LANG/LC_ALL, else en)")
    parser.add_argument("--locale", choices=i18n.LOCALES, default=default, help=help)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_locale(sub, argparse.SUPPRESS)


# read_text's messages, whole sentences per kind of file: Russian words agree with the noun
_UNREADABLE = {
    "draft": (N_("{path}: cannot read the draft: {reason}"), N_("{path}: the draft is not UTF-8 text")),
    "rewrite": (N_("{path}: cannot read the rewrite: {reason}"), N_("{path}: the rewrite is not UTF-8 text")),
    "context": (N_("{path}: cannot read the --context: {reason}"), N_("{path}: the --context is not UTF-8 text")),
}


def read_text(path: str, what: str) -> str:
    """A regular UTF-8 file, or standard input for "-", at most MAX_DRAFT bytes (a FIFO or /dev/zero must not hang
    the command); UsageError when it cannot be read. ``what``: draft, rewrite or context."""
    from pathlib import Path

    from ..inputs import MAX_DRAFT, open_regular

    cannot_read, not_text = _UNREADABLE[what]
    name = _("standard input") if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_DRAFT + 1)
        else:
            with open_regular(Path(path)) as f:
                data = f.read(MAX_DRAFT + 1)
    except OSError as exc:
        raise UsageError(_(cannot_read).format(path=name, reason=exc.strerror or exc)) from None
    if len(data) > MAX_DRAFT:
        raise UsageError(f"{name}: " + _("too large: at most {size} MiB").format(size=MAX_DRAFT // 2**20))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(_(not_text).format(path=name)) from None


def jobs_count(text: str) -> int:
    """``--jobs N``: a number of processes, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(_("expected a number of processes, 1 or more, got {value!r}").format(value=text))
    return int(text)


def load_config(args: argparse.Namespace):
    """The config file (``--config``, else found from here up); its ``locale`` applies unless ``--locale`` was given."""
    from ..config import load_config

    config = load_config(getattr(args, "config", None))
    if not args.locale and config.locale:
        i18n.set_locale(config.locale)
    return config


def locale_asked(argv: list[str]) -> str:
    """The locale before the parser exists, so that --help and argparse's errors speak it: the last
    ``--locale en|ru`` or ``--locale=en|ru``, else the environment's (no config file is read for this)."""
    asked = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--locale="):
            value = arg.removeprefix("--locale=")
        elif arg == "--locale" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        if value in i18n.LOCALES:
            asked = value
    return i18n.resolve(asked)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    i18n.set_locale(locale_asked(argv))
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from ..config import ConfigError

    i18n.set_locale(i18n.resolve(args.locale))  # argparse's reading has the last word (it also takes --loc ru)
    try:
        return args.func(args)
    except (UsageError, ConfigError) as exc:
        print(_("reviewer: error: {message}").format(message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("reviewer: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `reviewer check ... | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not complain
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("REVIEWER_DEBUG"):
            raise
        message = _("reviewer: internal error: {error} (set REVIEWER_DEBUG=1 for the traceback)")
        print(message.format(error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
