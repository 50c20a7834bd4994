"""`reviewer verify`: check a rewrite made elsewhere (a helpdesk's AI button) before it is sent.

A thin layer over ``reviewer.guard.verify``: the rewrite loop's own checks
(re-lint, facts kept with their values, nothing invented, no new promise).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..i18n import N_, _, ngettext
from . import UsageError, load_config, read_text

EPILOG = N_("""\
exit codes:
  0  pass: the rewrite keeps the draft's facts, invents nothing and passes the linter
  1  fail: the reasons say what to fix
  2  usage or input error (a missing file, an empty draft)

examples:
  reviewer verify draft.txt rewrite.txt
  reviewer verify draft.txt rewrite.txt --context customer.txt --format json
  helpdesk-ai < draft.txt | reviewer verify draft.txt -
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "verify",
        help=_("check a rewrite made elsewhere: facts kept, nothing invented, no new promise"),
        description=_("Check a rewrite of a draft with the checks `reviewer rewrite` applies to its own: re-lint, facts kept with their values, nothing invented, no promise the draft does not make."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("draft", metavar="DRAFT", help=_("the agent's draft: a text file, or - for standard input"))
    p.add_argument("rewrite", metavar="REWRITE", help=_("the rewrite to check: a text file, or - for standard input"))
    p.add_argument("--context", metavar="FILE", help=_("the customer's message: its facts may be repeated, its wishes not promised"))
    p.add_argument("--lang", choices=("en", "ru", "auto"), help=_("language of the draft (default: detected)"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    p.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: found from here up)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..guard.verify import verify
    from ..lint.engine import EmptyDraftError, Linter

    if args.draft == "-" and args.rewrite == "-":
        raise UsageError(_("only one of DRAFT and REWRITE can be standard input (-)"))
    config = load_config(args)
    draft = read_text(args.draft, "draft")
    rewrite = read_text(args.rewrite, "rewrite")
    context = read_text(args.context, "context") if args.context else None
    try:
        result = verify(draft, rewrite, context=context, lang=None if args.lang in (None, "auto") else args.lang, linter=Linter(config))
    except EmptyDraftError:
        raise UsageError(_("{path}: the draft is empty: nothing to verify").format(path=args.draft)) from None
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(render_text(result))
    return 0 if result.passed else 1


def render_text(result) -> str:
    data = result.to_dict()
    facts = data["facts"]
    lines = [_("PASS: the rewrite keeps the draft's facts, invents nothing and passes the linter.") if result.passed else _("FAIL: do not send this rewrite as it is.")]
    lines += [f"  - {reason}" for reason in result.reasons]
    counts = _("Facts: {kept} kept, {dropped} dropped, {changed} changed, {added} added; {promises}.").format(
        kept=len(facts["kept"]), dropped=len(facts["dropped"]), changed=len(facts["changed"]), added=len(facts["added"]),
        promises=ngettext("{n} promise the draft does not make", "{n} promises the draft does not make", len(data["promises_added"])),
    )
    lines.append(counts)
    if result.verdict.slots:
        lines.append(_("Fill in before sending: {slots}").format(slots=", ".join(result.verdict.slots)))
    return "\n".join(lines) + "\n"
