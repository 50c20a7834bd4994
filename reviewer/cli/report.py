"""`reviewer report`: check real traffic into a dashboard, summary.json and CSV tables.

Reads what `reviewer check` reads, a reply at a time: memory holds running
counts and a few examples per rule, never the replies, so a million rows fit.
"""

from __future__ import annotations

import argparse
import string
import sys
from pathlib import Path

from ..i18n import N_, _, ngettext
from . import UsageError, input_options, jobs_count, rule_options

DATE_FIELDS = ("created_at", "Created at", "created", "date", "timestamp")  # looked for when --date-field is not given
EPILOG = N_("""\
examples:
  reviewer report replies.jsonl --out dashboard/
  reviewer report zendesk/*.json --out dashboard/ --by author --by month
  reviewer report comments.csv --text-field Comment --id-field "Ticket ID" --where Public=true \\
      --where "Author role=agent" --by Author --date-field "Created at" --out dashboard/ \\
      --link "https://acme.zendesk.com/agent/tickets/{Ticket ID}"

exit codes:
  0  the report is written
  2  usage or input error (inputs that could be read are in the report)
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "report",
        help=_("a dashboard of real traffic: charts, summary.json and CSV tables"),
        description=_("Check replies (files, folders, helpdesk exports) and write an offline HTML dashboard, summary.json and CSV tables for BI tools."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="INPUT", help=_("files, folders or helpdesk exports, as for reviewer check"))
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help=_("the folder to write report.html, summary.json and the CSV tables to"))
    p.add_argument("--by", action="append", default=[], metavar="FIELD", help=_("a table and a chart per value of this field; week or month: per period of the date (repeatable)"))
    p.add_argument("--date-field", metavar="NAME", help=_("the field holding each reply's date (default: the first of {names})").format(names=", ".join(DATE_FIELDS)))
    p.add_argument("--link", metavar="TEMPLATE", help=_("a link to each example's row, with {field} placeholders, e.g. https://acme.zendesk.com/agent/tickets/{ticket_id}"))
    p.add_argument("--examples", type=_count, default=5, metavar="N", help=_("the worst replies shown per rule (default: 5)"))
    rule_options.add(p)
    p.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: found from here up)"))
    p.add_argument("--jobs", "-j", type=jobs_count, metavar="N", help=_("processes that check replies (default: every core once an input has over 2000 replies)"))
    input_options.add(p)
    p.set_defaults(func=run)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(_("expected a whole number, got {text!r}").format(text=text))
    return int(text)


def run(args: argparse.Namespace) -> int:
    import csv

    from ..inputs import Draft, InputError, InputWarning, read_inputs
    from ..lint.engine import Linter
    from ..lint.parallel import check_all
    from ..report import dismissal_rates
    from ..report.traffic import PERIODS, Traffic
    from ..report.write import summarize, write_folder
    from . import load_config
    from .check import Stderr

    config = rule_options.apply(load_config(args), args)
    linked = [name for _text, name, _spec, _conv in string.Formatter().parse(args.link or "") if name]
    fields = list(dict.fromkeys([*input_options.reading(args)["keep"], *(k for k in args.by if k not in PERIODS), *(n for n in linked if n not in ("id", "source", "line"))]))
    options = {**input_options.reading(args), "keep": tuple(fields), "unique_ids": False}
    if args.date_field:
        options["keep"] += (args.date_field,)
    else:
        options["optional"] = DATE_FIELDS
    if "-" in args.paths:
        raise UsageError(_("reviewer report reads files and folders, not standard input"))
    linter = Linter(config)
    dates: set[str] = set()  # the date fields found, when --date-field is not given
    traffic = Traffic(args.by, examples=args.examples)
    errors: list[str] = []
    stderr = Stderr()
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "replies.csv").open("w", encoding="utf-8", newline="") as handle, _Progress(args.paths) as progress:
        table = csv.writer(handle)  # one row per reply, written as it is checked
        table.writerow(["source", "line", "id", "lang", "score", "errors", "warnings", "infos", "rules", *fields, "date"])
        request = lambda item: (item.text, None) if isinstance(item, Draft) else None  # noqa: E731
        for item, checked in check_all(linter, read_inputs(args.paths, **options), request, args.jobs):
            progress.advance(item)
            if isinstance(item, InputError):
                stderr.say(item, isinstance(item, InputWarning))
                errors += [] if isinstance(item, InputWarning) else [str(item)]
                continue
            report = checked._replace(source=item.source, id=item.id)  # offsets in the visible text
            row = item.fields or {}
            date_field = args.date_field or next((name for name in DATE_FIELDS if row.get(name) not in (None, "")), None)
            dates.add(date_field or "")
            kept = {name: row.get(name) for name in fields} | {"date": row.get(date_field) if date_field else None}
            where = {"source": item.source, "line": item.line, "id": item.id, "label": item.label, "link": _link(args.link, item, row)}
            traffic.add(report, where, kept, kept["date"])
            severities = [f.severity for f in report.findings]
            table.writerow([item.source, item.line, item.id, report.lang, report.score, severities.count("error"), severities.count("warning"),
                            severities.count("info"), " ".join(f.code for f in report.findings), *kept.values()])
    stderr.close()
    if not traffic.all.replies and not errors:
        raise UsageError(_("no replies found under the given paths"))
    options = {"by": args.by, "date_field": args.date_field or ", ".join(sorted(dates - {""})) or None, "keep": fields, "where": [str(c) for c in args.where], "link": args.link}
    summary = summarize(traffic, inputs=args.paths, errors=errors, dismissal=dismissal_rates(config), options=options)
    written = write_folder(args.out, summary)
    message = ngettext("Report of {n} reply written to {folder}: {files}.", "Report of {n} replies written to {folder}: {files}.", summary["replies"])
    print(message.format(folder=args.out, files=", ".join(written)))
    return 2 if errors else 0


def _link(template: str | None, draft, fields: dict) -> str | None:
    """The example's link: the template filled from the row, else the input file."""
    if template:
        values = {**{k: "" if v is None else v for k, v in fields.items()}, "id": draft.id, "source": draft.source, "line": draft.line}
        return template.format_map(values)
    return Path(draft.source).resolve().as_uri()


class _Progress:
    """Lines read of all the inputs' lines: a bar on a terminal, a line per 10% in a log."""

    def __init__(self, paths: list[str]):
        self.sizes = _line_counts(paths)
        self.total = sum(self.sizes.values()) or 1
        self.base = 0  # lines of the inputs done
        self.source = None
        self.replies = 0
        self.next_line = 0 if self.total >= 10_000 else self.total + 1  # a log hears of big runs only
        self.bar = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn(_("lines")), TextColumn("· {task.fields[replies]}"),
                TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("reviewer report", total=self.total, replies="")
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def advance(self, item) -> None:
        if item.source != self.source:
            self.base += self.sizes.get(self.source, 0)
            self.source = item.source
        self.replies += not hasattr(item, "message")
        done = min(self.total, self.base + (item.line or 1))
        replies = ngettext("{n} reply", "{n} replies", self.replies)
        if self.bar:
            self.bar.update(self.task, completed=done, replies=replies)
        elif done >= self.next_line:
            print(f"reviewer report: {done * 100 // self.total}% · {replies}", file=sys.stderr, flush=True)
            self.next_line = done + max(1, self.total // 10)


def _line_counts(paths: list[str]) -> dict[str, int]:
    """Each input file's lines (a plain draft counts as one), read in 1 MiB blocks."""
    import os

    from ..inputs import ROWS, kind_of, open_regular, walk

    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            files += [str(p) for p in walk(Path(path)) if isinstance(p, Path)]
        else:
            files.append(path)
    counts = {}
    for name in files:
        if kind_of(name) not in ROWS:
            counts[name] = 1
            continue
        try:
            with open_regular(Path(name)) as handle:  # a FIFO must not hang the count
                counts[name] = sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) or 1
        except OSError:
            counts[name] = 1
    return counts
