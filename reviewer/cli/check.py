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

from ..formats import FORMATS
from ..i18n import N_, _, ngettext
from . import UsageError, input_options, jobs_count, rule_options

EPILOG = N_("""\
inputs:
  FILE.txt, .md, ...   one draft per file
  FILE.jsonl           one JSON object a line: {"id": ..., "text": ...}
  FILE.csv             a header row with a "text" column ("id" optional)
  FILE.json            a helpdesk export (Zendesk, Freshdesk, Intercom) or an array of rows
  FILE.html, .htm      the visible text; findings point into the file
  DIR                  the draft-like files inside, recursively (include, exclude, .gitignore)
  -                    standard input (plain text, or as --stdin-filename names it)

exit codes:
  0  nothing at or above the --fail-on level (or --exit-zero)
  1  findings at or above it (with --diff: there are fixes to apply)
  2  usage, configuration or input error (the other inputs are still checked)

examples:
  reviewer check draft.txt
  echo "Sorry if you were upset!!" | reviewer check -
  reviewer check macros/ --format github
  reviewer check macros/ --format sarif --output-file reviewer.sarif   SARIF to a file, text here
  reviewer check replies.jsonl --text-field body --format json
  reviewer check replies.jsonl --jobs 4 --format json   four processes, output in input order
  reviewer check --select A,W00 --ignore W003 --fail-on error draft.txt
  reviewer check macros/ --statistics          findings per rule
  reviewer check macros/ --write-baseline baseline.json; reviewer check macros/ --baseline baseline.json
  reviewer check --diff draft.txt              show the safe fixes as a diff
  reviewer check --fix draft.txt               apply them in place
  echo "Thanks!!!" | reviewer check --fix -    print the fixed text
  cat macro.html | reviewer check - --stdin-filename macros/macro.html

suppressions, in the draft's own comment syntax:
  <!-- reviewer: ignore S002 -- the ETA is in the macro's other half -->   the next line
  {# reviewer: disable W001 -- quoting the customer #} ... {# reviewer: enable #}
  reviewer: ignore-file S003 -- a list of links is this macro's purpose    (a line in .txt/.md)
""")


class _InOrder(argparse.Action):
    """--format and --output-file, kept in the order given: each --output-file writes the --format before it."""

    def __call__(self, parser, namespace, value, option_string=None):
        namespace.outputs = [*namespace.outputs, (self.dest.removesuffix("_file"), value)]


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check",
        help=_("lint drafts (files, directories, - for stdin)"),
        description=_("Lint support-reply drafts against the rules (see `reviewer rules`)."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help=_("files, directories, or - for standard input (the default with --stdin-filename)"))
    out = p.add_argument_group(_("output"))
    out.add_argument("--format", action=_InOrder, choices=FORMATS, help=_("output format: text (default), concise, json, sarif, github"))
    out.add_argument("--output-file", action=_InOrder, metavar="PATH", help=_("write the --format given before it to PATH (repeatable pairs); the terminal gets text, or a --format of its own"))
    out.add_argument("--statistics", action="store_true", help=_("print how many findings each rule has instead of the findings"))
    out.add_argument("--show-suppressed", action="store_true", help=_("also list the findings suppression comments hide, with their reasons (text, concise, json, sarif)"))
    out.add_argument("-q", "--quiet", action="store_true", help=_("print the findings and nothing else (no score, summary or notes)"))
    out.add_argument("--exit-zero", action="store_true", help=_("exit 0 even when there are findings (2 still means an error)"))
    p.set_defaults(outputs=[])
    rule_options.add(p)
    p.add_argument("--fail-on", choices=("error", "warning", "info"), help=_("lowest severity that fails the check (default: the config's, or warning)"))
    p.add_argument("--config", type=Path, metavar="PATH", help=_("config file: a pyproject.toml or any file with [tool.reviewer], or a reviewer.toml (default: found from here up)"))
    p.add_argument("--stdin-filename", metavar="NAME", help=_("the name standard input's draft goes by: in the output, for per-file-ignores and its kind (.html is HTML)"))
    p.add_argument("--force-exclude", action="store_true", help=_("apply include, exclude and .gitignore to files named on the command line too (for pre-commit and CI)"))
    p.add_argument("--jobs", "-j", type=jobs_count, metavar="N", help=_("processes that check drafts (default: every core once an input has over 2000 drafts; 1 with --fix or --diff)"))
    input_options.add(p)
    base = p.add_argument_group(_("baseline"))
    base.add_argument("--write-baseline", type=Path, metavar="FILE", help=_("record the findings of this run in FILE and exit 0"))
    base.add_argument("--baseline", type=Path, metavar="FILE", help=_("report and fail only on findings FILE does not hold; say how many of its entries are gone"))
    p.add_argument("--record", action="store_true", help=_("store each reasoned suppression met, and the findings seen, in the feedback store"))
    fixes = p.add_argument_group(_("fixes (plain-text and HTML files, and stdin)"))
    fixes.add_argument("--fix", action="store_true", help=_("apply safe fixes: files in place, stdin to stdout; report what is left"))
    fixes.add_argument("--unsafe-fixes", action="store_true", help=_("with --fix or --diff: also apply fixes that may change the meaning"))
    fixes.add_argument("--diff", action="store_true", help=_("print the fixes as a unified diff and change nothing (exit 1 if there are any)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..formats import Checked, Tee
    from ..inputs import STDIN, Draft, InputError, InputWarning, kind_of, read_inputs
    from ..lint.engine import Linter
    from ..lint.parallel import check_all

    config = _config(args)
    fixing = args.fix or args.diff
    if args.unsafe_fixes and not fixing:
        raise UsageError(_("--unsafe-fixes needs --fix or --diff"))
    paths = args.paths or ([STDIN] if args.stdin_filename else [])
    if not paths:
        raise UsageError(_("no PATH given: name files or folders, or - for standard input"))
    if paths.count(STDIN) > 1:
        raise UsageError(_("standard input (-) can be given only once"))
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 holds lone surrogates: print them escaped
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")

    linter = Linter(config)
    scope = _scope(args, config, paths)
    if args.force_exclude:
        paths = [p for p in paths if _in_scope(scope, p, args.stdin_filename)]
    baseline = _baseline(args)
    record = _Recorder(config) if args.record else None
    written = None
    if args.write_baseline:
        from ..baseline import BaselineWriter

        written = BaselineWriter()
    # with --fix on stdin, stdout carries the fixed text and the report goes to stderr
    terminal = sys.stderr if args.fix and STDIN in paths else sys.stdout
    report = None if args.diff or written else Tee(_writers(args, terminal))
    fixes = _Fixes(args.diff)
    drafts = errors = 0
    failing = False  # a finding at or above --fail-on
    unfixable: set[str] = set()

    stderr = Stderr()

    def tell(problem: InputError) -> None:
        nonlocal errors
        warning = isinstance(problem, InputWarning)
        errors += not warning
        stderr.say(problem, warning)
        if report:
            report.error(problem)

    def request(item):  # what to check in an item: a draft, unless --diff skips its kind
        return (item.text, None) if isinstance(item, Draft) and not (args.diff and not item.fixable) else None

    stdin = sys.stdin.buffer if STDIN in paths else None
    items = read_inputs(paths, stdin=stdin, stdin_name=args.stdin_filename, scope=scope, **input_options.reading(args))
    try:
        for item, checked in check_all(linter, items, request, 1 if fixing else args.jobs):
            if isinstance(item, InputError):
                tell(item)
                continue
            if fixing and not item.fixable and item.source not in unfixable:  # once per file, not once per row
                unfixable.add(item.source)
                message = _("--diff shows no fixes for {kind} input") if args.diff else _("--fix cannot rewrite {kind} input: checked, not fixed")
                tell(InputWarning(item.source, message.format(kind=kind_of(item.source).upper())))
            if checked is None:
                continue
            path = scope.relative(item.source) if scope else item.source
            ignore = scope.ignored_codes(item.source) if scope else ()
            result = item.placed(checked, linter, ignore=ignore)
            if fixing and item.fixable:
                result, problem = fixes.apply(item, result, item.fix(linter, result, unsafe=args.unsafe_fixes, ignore=ignore))
                if problem:
                    tell(problem)
            if record:
                record.add(item, result, path)
            if baseline:
                result = baseline.filter(result, path)
            if written:
                written.add(result, path)
            drafts += 1
            failing = failing or bool(result.at_or_above(config.fail_on))
            if report:
                report.draft(Checked(item, result))
    finally:
        if record:
            record.close()
        stderr.close()

    if args.diff:
        return fixes.diff_summary(errors)
    if args.fix and not args.quiet:
        fixes.fix_summary()
    if written:
        count = written.write(args.write_baseline)
        print(ngettext("Wrote {n} finding to the baseline {file}.", "Wrote {n} findings to the baseline {file}.", count).format(file=args.write_baseline), file=sys.stderr)
        return 2 if errors else 0
    if not drafts and not errors and not args.force_exclude:
        print(_("reviewer: warning: no files found under the given paths"), file=sys.stderr)
    report.close()
    if baseline and not args.quiet:
        print(_baseline_note(baseline, args.baseline), file=sys.stderr)
    return 2 if errors else 1 if failing and not args.exit_zero else 0


def _writers(args: argparse.Namespace, terminal) -> list:
    """The terminal's writer (text unless a --format has no --output-file), then one per --output-file."""
    from ..formats import writer

    pending, files = [], []
    for option, value in args.outputs:
        if option == "format":
            pending.append(value)
        else:
            files.append((pending.pop() if pending else "text", value))
    if len(pending) > 1:
        raise UsageError(_("more than one --format for the terminal: give each other one an --output-file after it"))
    shown = pending[0] if pending else "text"
    options = {"quiet": args.quiet, "show_suppressed": args.show_suppressed}
    if args.statistics:
        from ..formats import statistics

        if shown not in ("text", "json"):
            raise UsageError(_("--statistics prints text or json"))
        writers = [statistics.Writer(terminal, as_json=shown == "json")]
    else:
        writers = [writer(shown, terminal, color=shown in ("text", "concise") and _use_color(terminal), **options)]
    for name, path in files:
        try:
            stream = open(path, "w", encoding="utf-8", errors="backslashreplace")
        except OSError as exc:
            raise UsageError(_("{path}: cannot write: {reason}").format(path=path, reason=exc.strerror or exc)) from None
        writers.append(_Closing(writer(name, stream, **options)))
    return writers


class _Closing:
    """A writer to a file of its own, closed with it."""

    def __init__(self, inner):
        self.inner = inner

    def draft(self, item) -> None:
        self.inner.draft(item)

    def error(self, error) -> None:
        self.inner.error(error)

    def close(self) -> None:
        self.inner.close()
        self.inner.out.close()


def _scope(args: argparse.Namespace, config, paths: list[str]):
    """The scope (reviewer/scope.py) when it has anything to do: a folder to walk, per-file-ignores,
    --force-exclude, a baseline's relative paths; None keeps `reviewer check draft.txt` from importing pathspec."""
    from ..inputs import STDIN

    needed = args.force_exclude or config.per_file_ignores or args.baseline or args.write_baseline or args.record
    if not needed and not any(p != STDIN and os.path.isdir(p) for p in paths):
        return None
    from ..scope import Scope

    return Scope(config)


def _in_scope(scope, given: str, stdin_name: str | None) -> bool:
    """--force-exclude: whether a path named on the command line is in scope (standard input without a name is)."""
    from ..inputs import STDIN

    if given == STDIN:
        return stdin_name is None or not scope.excludes(Path(stdin_name))
    if os.path.isdir(given):
        return scope.admits(Path(given), folder=True)
    return not scope.excludes(Path(given))


def _baseline(args: argparse.Namespace):
    if not args.baseline:
        return None
    from ..baseline import Baseline, BaselineError

    if args.write_baseline:
        raise UsageError(_("--baseline and --write-baseline do not go together: write a new baseline from a plain run"))
    try:
        return Baseline.load(args.baseline)
    except BaselineError as exc:
        raise UsageError(_("cannot read the baseline: {reason}").format(reason=exc)) from None


def _baseline_note(baseline, path) -> str:
    hidden = ngettext("{n} finding in the baseline not shown", "{n} findings in the baseline not shown", baseline.matched)
    if not baseline.gone:
        return _("reviewer: {hidden} ({file}).").format(hidden=hidden, file=path)
    gone = ngettext("{n} baseline entry is gone (fixed or changed)", "{n} baseline entries are gone (fixed or changed)", baseline.gone)
    return _("reviewer: {hidden} ({file}); {gone}: --write-baseline updates it.").format(hidden=hidden, file=path, gone=gone)


class _Recorder:
    """--record: each reasoned suppression met goes to the feedback store, and each finding seen is counted once."""

    def __init__(self, config):
        from ..feedback import open_store, ruleset_version

        self.store = open_store(config)
        self.ruleset = ruleset_version()

    def add(self, draft, report, path: str) -> None:
        from ..baseline import fingerprint
        from ..feedback import dismissal

        text = draft.text
        for finding in report.findings:
            self.store.seen(finding.code, self.ruleset, fingerprint(report, finding, path))
        for s in report.suppressed:
            key = fingerprint(report, s.finding, path)
            self.store.seen(s.finding.code, self.ruleset, key)
            if s.reason is None:
                continue
            finding, others = s.finding, report.findings
            if draft.markup is not None:  # the sentence comes from the visible text, not the markup
                finding, others = _in_text(draft, finding), [_in_text(draft, f) for f in others]
            self.store.add(dismissal(text, finding, others, s.reason, report.lang, "check", key=key))

    def close(self) -> None:
        self.store.close()


def _in_text(draft, finding):
    return finding._replace(start=draft.markup.text_offset(finding.start), end=draft.markup.text_offset(finding.end))


SHOWN_WARNINGS = 20  # of one file, as with eval's malformed rows: 20,000 duplicate ids would bury the errors


class Stderr:
    """Input errors and warnings on stderr: every error, a file's first ``SHOWN_WARNINGS`` warnings, then how many
    more there were (SARIF's notifications list every one)."""

    def __init__(self):
        self.warnings: dict[str, int] = {}

    def say(self, problem, warning: bool = False) -> None:
        from ..formats.text import printable

        if warning:
            seen = self.warnings[problem.source] = self.warnings.get(problem.source, 0) + 1
            if seen > SHOWN_WARNINGS:
                return
        line = _("reviewer: warning: {message}") if warning else _("reviewer: error: {message}")
        print(line.format(message=printable(str(problem))), file=sys.stderr)

    def close(self) -> None:
        from ..formats.text import printable

        for source, seen in self.warnings.items():
            if seen > SHOWN_WARNINGS:
                more = seen - SHOWN_WARNINGS
                line = ngettext("reviewer: warning: {source}: … and {n} more warning", "reviewer: warning: {source}: … and {n} more warnings", more)
                print(line.format(source=printable(source)), file=sys.stderr)


class _Fixes:
    """What --fix wrote and --diff would write, a draft at a time."""

    def __init__(self, diff: bool):
        self.diff = diff
        self.findings = self.drafts = 0

    def apply(self, draft, before, after):
        """Write (or show) one draft's fixes; the report that describes the draft now, and any problem."""
        from ..atomic import write_atomic
        from ..inputs import InputError, encode

        if draft.stdin and not self.diff:
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
    from . import load_config

    config = rule_options.apply(load_config(args), args)
    return config._replace(fail_on=args.fail_on) if args.fail_on else config


def _diff_lines(before: str, after: str, source: str):
    """A unified diff, each line ending in a newline even where the text does not."""
    import difflib

    for line in difflib.unified_diff(before.splitlines(True), after.splitlines(True), source, source):
        yield line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def _use_color(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")
