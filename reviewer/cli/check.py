"""`reviewer check`: lint drafts from files, directories or stdin.

A thin layer over ``reviewer.inputs`` (reading), ``Linter`` (checking) and
``reviewer.formats`` (printing). Only the linter is imported on this path, no
LLM client, pydantic or morphology, so it starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import _, ngettext
from . import UsageError, jobs_count

EPILOG = """\
inputs:
  FILE.txt, .md, ...   one draft per file
  FILE.jsonl           one JSON object a line: {"id": ..., "text": ...}
  FILE.csv             a header row with a "text" column ("id" optional)
  FILE.html, .htm      the visible text; findings point into the file
  DIR                  every file inside, recursively (hidden, binary and special files skipped)
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
  reviewer check replies.jsonl --jobs 4 --format json   four processes, output in input order
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
    p.add_argument("--jobs", "-j", type=jobs_count, metavar="N", help="processes that check drafts (default: every core once an input has over 2000 drafts; 1 with --fix or --diff)")
    fixes = p.add_argument_group("fixes (plain-text files and stdin)")
    fixes.add_argument("--fix", action="store_true", help="apply safe fixes: files in place, stdin to stdout; report what is left")
    fixes.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: also apply fixes that may change the meaning")
    fixes.add_argument("--diff", action="store_true", help="print the fixes as a unified diff and change nothing (exit 1 if there are any)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..formats import Checked, writer
    from ..inputs import STDIN, Draft, InputError, InputWarning, fixable, kind_of, read_inputs
    from ..lint.engine import Linter
    from ..lint.parallel import check_all

    config = _config(args)
    fixing = args.fix or args.diff
    if args.unsafe_fixes and not fixing:
        raise UsageError("--unsafe-fixes needs --fix or --diff")
    if args.paths.count(STDIN) > 1:
        raise UsageError("standard input (-) can be given only once")
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 holds lone surrogates: print them escaped
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")

    linter = Linter(config)
    # with --fix on stdin, stdout carries the fixed text and the report goes to stderr
    out = sys.stderr if args.fix and STDIN in args.paths else sys.stdout
    report = None if args.diff else writer(args.format, out, color=args.format == "text" and _use_color(out))
    fixes = _Fixes(args.diff)
    drafts = errors = 0
    failing = False  # a finding at or above --fail-on
    refused: set[str] = set()

    def tell(problem: InputError) -> None:
        nonlocal errors
        warning = isinstance(problem, InputWarning)
        errors += not warning
        _say(problem, warning)
        if report:
            report.error(problem)

    def request(item):  # what to check in an item: the drafts that are not refused
        refused = fixing and not fixable(item.kind if isinstance(item, Draft) else kind_of(item.source))
        return (item.text, None) if isinstance(item, Draft) and not refused else None

    stdin = sys.stdin.buffer if STDIN in args.paths else None
    items = read_inputs(args.paths, text_field=args.text_field, stdin=stdin)
    for item, result in check_all(linter, items, request, 1 if fixing else args.jobs):
        if fixing and not fixable(item.kind if isinstance(item, Draft) else kind_of(item.source)):
            if item.source not in refused:  # once per file, not once per row
                refused.add(item.source)
                kind = kind_of(item.source).upper()
                tell(InputError(item.source, _("--fix and --diff work on plain-text files and stdin; not supported for {kind} input").format(kind=kind)))
            continue
        if isinstance(item, InputError):
            tell(item)
            continue
        result = item.placed(result)
        if fixing:
            result, problem = fixes.apply(item, result, linter.fix(result, unsafe=args.unsafe_fixes))
            if problem:
                tell(problem)
        drafts += 1
        failing = failing or bool(result.at_or_above(config.fail_on))
        if report:
            report.draft(Checked(item, result))

    if args.diff:
        return fixes.diff_summary(errors)
    if args.fix:
        fixes.fix_summary()
    if not drafts and not errors:
        print(_("reviewer: warning: no files found under the given paths"), file=sys.stderr)
    report.close()
    return 2 if errors else 1 if failing else 0


def _say(problem, warning: bool = False) -> None:
    from ..formats.text import printable

    line = _("reviewer: warning: {message}") if warning else _("reviewer: error: {message}")
    print(line.format(message=printable(str(problem))), file=sys.stderr)


class _Fixes:
    """What --fix wrote and --diff would write, a draft at a time."""

    def __init__(self, diff: bool):
        self.diff = diff
        self.findings = self.drafts = 0

    def apply(self, draft, before, after):
        """Write (or show) one draft's fixes; the report that describes the draft now, and any problem."""
        from ..atomic import write_atomic
        from ..inputs import STDIN, InputError, encode

        if draft.source == STDIN and not self.diff:
            sys.stdout.write(after.text)  # the fixed text, or the draft unchanged
            return after, None
        if after.text == before.text:
            return before, None
        if self.diff:
            sys.stdout.writelines(_diff_lines(before.text, after.text, draft.source))
        else:
            try:
                write_atomic(Path(draft.source), encode(after.text, draft.bom))
            except OSError as exc:
                return before, InputError(draft.source, _("not fixed: {reason}").format(reason=exc.strerror or exc))
        self.drafts += 1
        self.findings += max(0, len(before.findings) - len(after.findings))
        return after, None

    def diff_summary(self, errors: int) -> int:
        if self.drafts:
            message = _("Would fix {findings} {in_drafts}.").format(
                findings=ngettext("{n} finding", "{n} findings", self.findings), in_drafts=ngettext("in {n} draft", "in {n} drafts", self.drafts)
            )
        else:
            message = _("No fixes to apply.")
        print(message, file=sys.stderr)
        return 2 if errors else 1 if self.drafts else 0

    def fix_summary(self) -> None:
        if self.drafts:
            message = _("Fixed {findings} {in_files}.").format(
                findings=ngettext("{n} finding", "{n} findings", self.findings), in_files=ngettext("in {n} file", "in {n} files", self.drafts)
            )
            print(message, file=sys.stderr)


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


def _diff_lines(before: str, after: str, source: str):
    """A unified diff, each line ending in a newline even where the text does not."""
    import difflib

    for line in difflib.unified_diff(before.splitlines(True), after.splitlines(True), source, source):
        yield line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def _use_color(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")
