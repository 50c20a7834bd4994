"""The options that say how rows and helpdesk exports are read, shared by
`reviewer check`, `reviewer report` and `reviewer eval lint`."""

from __future__ import annotations

import argparse

from ..i18n import _
from ..inputs import EXPORTS


def add(parser: argparse.ArgumentParser, *, exports: bool = True) -> None:
    """Add the options; ``exports=False`` (eval sets, which have their own fields) adds only --where and --keep."""
    group = parser.add_argument_group(_("rows and helpdesk exports (JSONL, CSV, JSON)"))
    if exports:
        group.add_argument(
            "--input-format", choices=EXPORTS, default="auto",
            help=_("how to read JSONL/CSV/JSON records: a helpdesk's export shape, plain rows, or auto (recognised by their fields; the default)"),
        )
        group.add_argument("--text-field", metavar="NAME", help=_("the field or column holding the draft (default: text, or the helpdesk's body)"))
        group.add_argument("--id-field", metavar="NAME", help=_("the field or column naming each row (default: id)"))
    group.add_argument(
        "--where", action="append", default=[], type=_condition, metavar="FIELD=VALUE",
        help=_("only rows whose FIELD is VALUE (FIELD!=VALUE: is not); repeatable: a field named twice takes either value"),
    )
    group.add_argument("--keep", action="append", default=[], metavar="FIELD", help=_("carry these fields into the results (comma-separated, repeatable)"))


def reading(args: argparse.Namespace) -> dict:
    """The options as keyword arguments of ``reviewer.inputs.read_inputs``."""
    options = {"where": tuple(args.where), "keep": tuple(name.strip() for value in args.keep for name in value.split(",") if name.strip())}
    if hasattr(args, "input_format"):
        options.update(format=args.input_format, text_field=args.text_field, id_field=args.id_field)
    return options


def _condition(text: str):
    from ..exports import Condition  # only for --where: `reviewer check draft.txt` starts without reading exports

    try:
        return Condition.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
