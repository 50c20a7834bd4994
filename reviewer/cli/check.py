"""`reviewer check`: lint drafts from files, directories or stdin.

A thin layer over ``reviewer.inputs`` (reading), ``Linter`` (checking) and
``reviewer.formats`` (printing). Only the linter is imported on this path, no
LLM client, pydantic or morphology, so it starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import NamedTuple
from pathlib import Path

from . import UsageError

EPILOG = """\
inputs:
  FILE.txt, .md, ...   one draft per file
  FILE.jsonl           one JSON object a line: {"id": ..., "text": ...}
  FILE.csv             a header row with a "text" column ("id" optional)
  FILE.html, .htm      the visible text; findings point into the file
  DIR                  every file inside, recursively (hidden and binary files skipped)
  -                    standard input (plain text)

exit codes:
  0  nothing at or above the --fail-on level
  1  findings at or above it (with --diff: there are fixes to apply)
  2  usage, configuration or input error (the other inputs are still checked)

examples:
  reviewer check draft.txt
  echo "Sorry if you were upset!!" | reviewer check -
  reviewer check macros/ --format github
  reviewer check replies.jsonl --text-field body --format json
  reviewer check --select A,W00 --ignore W003 --fail-on error draft.txt
  reviewer check --diff draft.txt              show the safe fixes as a diff
  reviewer check --fix draft.txt               apply them in place
  echo "Thanks!!!" | reviewer check --fix -    print the fixed text
"""

def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check",
        help="lint drafts (files, directories, - for stdin)",
        description="Lint support-reply drafts against the rules (see `reviewer rules`).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    p.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text", help="output format (default: text)")
    p.add_argument("--select", action="append", metavar="CODES", help="only these rule codes or prefixes, comma-separated (A, W00, S001); replaces the config's")
    p.add_argument("--ignore", action="append", metavar="CODES", help="skip these rule codes or prefixes; added to the config's")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails the check (default: the config's, or warning)")
    p.add_argument("--lang", choices=("en", "ru", "auto"), help="language of the drafts (default: the config's, or detected per draft)")
    p.add_argument("--config", type=Path, metavar="PATH", help="config file (default: reviewer.toml, or pyproject.toml with [tool.reviewer], found from here up)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field / CSV column holding the draft (default: text)")
    fixes = p.add_argument_group("fixes (plain-text files and stdin)")
    fixes.add_argument("--fix", action="store_true", help="apply safe fixes: files in place, stdin to stdout; report what is left")
    fixes.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: also apply fixes that may change the meaning")
    fixes.add_argument("--diff", action="store_true", help="print the fixes as a unified diff and change nothing (exit 1 if there are any)")
    p.set_defaults(func=run)


class Fixed(NamedTuple):
    before: str
    after: str
    fixed_count: int  # findings gone


def run(args: argparse.Namespace) -> int:
    from ..formats import Checked, render
    from ..inputs import STDIN, InputError, kind_of, read_inputs
    from ..lint.engine import Linter

    config = _config(args)
    fixing = args.fix or args.diff
    if args.unsafe_fixes and not fixing:
        raise UsageError("--unsafe-fixes needs --fix or --diff")
    if args.paths.count(STDIN) > 1:
        raise UsageError("standard input (-) can be given only once")
    stdin = sys.stdin.buffer.read() if STDIN in args.paths else None

    linter = Linter(config)
    checked: list[Checked] = []
    errors: list[InputError] = []
    fixed: dict[str, Fixed] = {}  # by source, for --fix and --diff

    def fail(error: InputError) -> None:
        errors.append(error)
        print(f"reviewer: error: {error}", file=sys.stderr)

    not_fixable: set[str] = set()
    for item in read_inputs(args.paths, text_field=args.text_field, stdin=stdin):
        if fixing and item.source != STDIN and kind_of(item.source) != "text":
            if item.source not in not_fixable:  # once per file, not once per row
                not_fixable.add(item.source)
                fail(InputError(item.source, f"--fix and --diff work on plain-text files and stdin; not supported for {kind_of(item.source).upper()} input"))
            continue
        if isinstance(item, InputError):
            fail(item)
            continue
        report = item.lint(linter)
        if fixing:
            fixed_report = linter.fix(report, unsafe=args.unsafe_fixes)
            fixed[item.source] = Fixed(item.text, fixed_report.text, max(0, len(report.findings) - len(fixed_report.findings)))
            report = fixed_report
        checked.append(Checked(item, report))

    if args.diff:
        return _diff(fixed, errors)
    out = sys.stdout
    if args.fix:
        _write(fixed)
        if STDIN in fixed:  # stdout carries the fixed text; the report goes to stderr
            sys.stdout.write(fixed[STDIN].after)
            out = sys.stderr
    if not checked and not errors:
        print("reviewer: warning: no files found under the given paths", file=sys.stderr)
    out.write(render(args.format, checked, errors, color=args.format == "text" and _use_color(out)))
    if errors:
        return 2
    return 1 if any(item.report.at_or_above(config.fail_on) for item in checked) else 0


def _config(args: argparse.Namespace):
    """The config file's settings with the command line's on top."""
    from ..config import parse_codes
    from . import load_config

    config = load_config(args)
    changes: dict = {}
    if args.select:
        changes["select"] = parse_codes(",".join(args.select), "--select")
    if args.ignore:
        changes["ignore"] = config.ignore + parse_codes(",".join(args.ignore), "--ignore")
    if args.fail_on:
        changes["fail_on"] = args.fail_on
    if args.lang:
        changes["lang"] = None if args.lang == "auto" else args.lang
    return config._replace(**changes)


def _diff(fixed: dict[str, Fixed], errors) -> int:
    import difflib

    from ..i18n import _, ngettext

    changed = {source: f for source, f in fixed.items() if f.after != f.before}
    for source, f in changed.items():
        sys.stdout.writelines(_lines(difflib.unified_diff(f.before.splitlines(True), f.after.splitlines(True), source, source)))
    n = sum(f.fixed_count for f in changed.values())
    if changed:
        message = _("Would fix {findings} {in_drafts}.").format(
            findings=ngettext("{n} finding", "{n} findings", n), in_drafts=ngettext("in {n} draft", "in {n} drafts", len(changed))
        )
    else:
        message = _("No fixes to apply.")
    print(message, file=sys.stderr)
    return 2 if errors else 1 if changed else 0


def _lines(diff):
    """Diff lines, each ending in a newline even where the text does not."""
    for line in diff:
        yield line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def _write(fixed: dict[str, Fixed]) -> None:
    import codecs

    from ..i18n import _, ngettext
    from ..inputs import STDIN

    files = {source: f for source, f in fixed.items() if source != STDIN and f.after != f.before}
    for source, f in files.items():
        path = Path(source)
        bom = codecs.BOM_UTF8 if path.read_bytes().startswith(codecs.BOM_UTF8) else b""
        path.write_bytes(bom + f.after.encode("utf-8"))
    if files:
        n = sum(f.fixed_count for f in files.values())
        message = _("Fixed {findings} {in_files}.").format(
            findings=ngettext("{n} finding", "{n} findings", n), in_files=ngettext("in {n} file", "in {n} files", len(files))
        )
        print(message, file=sys.stderr)


def _use_color(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")
