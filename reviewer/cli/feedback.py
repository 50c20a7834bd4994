"""`reviewer feedback`: what agents dismissed, as rates per rule and as eval cases."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..i18n import N_, _, ngettext
from . import UsageError, load_config

EPILOG = N_("""\
where it comes from:
  every "Dismiss" on the page (reviewer serve), and with `reviewer check --record`
  every suppression comment with a reason that the check meets; stored in
  [feedback] path of the config (default: ~/.local/share/reply-reviewer/feedback.sqlite3)

examples:
  reviewer feedback stats                      dismissal rates per rule and rule-set version
  reviewer feedback export --out dismissed.jsonl
  reviewer eval lint --set dismissed.jsonl     how the rules do on the agents' disagreements
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "feedback",
        help=_("dismissals of findings: rates per rule, labelled cases for evals"),
        description=_("What agents dismissed on the page, and the reasoned suppressions `check --record` met."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    stats = sub.add_parser("stats", help=_("dismissal rates per rule and rule-set version"))
    stats.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    export = sub.add_parser("export", help=_("write the dismissals as labelled cases in the eval-set format (JSONL)"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.jsonl", help=_("the file to write"))
    for command in (stats, export):
        command.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: found from here up)"))
        command.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..feedback import open_store

    store = open_store(load_config(args))
    try:
        if args.action == "export":
            try:
                count = store.export(args.out)
            except OSError as exc:
                raise UsageError(_("{path}: cannot write: {reason}").format(path=args.out, reason=exc.strerror or exc)) from None
            print(ngettext("Wrote {n} case to {file}.", "Wrote {n} cases to {file}.", count).format(file=args.out))
            return 0
        rates = store.dismissal_rates()
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([rate._asdict() for rate in rates], indent=2))
        return 0
    if not rates:
        print(_("No dismissals recorded yet."))
        return 0
    header = (_("rule"), _("rule set"), _("shown"), _("dismissed"), _("rate"))
    rows = [(r.rule, r.ruleset, "—" if r.shown is None else str(r.shown), str(r.dismissed), f"{r.dismissed / r.shown:.2f}" if r.shown else "—") for r in rates]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) if i < 2 else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths))).rstrip())
    return 0
