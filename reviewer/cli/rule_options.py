"""The options that choose the rules and the drafts' language, shared by
`reviewer check` and `reviewer report`: a report of real traffic answers the
same questions a check does ("only S002", "without W001", "all Russian")."""

from __future__ import annotations

import argparse

from ..i18n import _


def add(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--select", action="append", metavar="CODES", help=_("only these rule codes or prefixes, comma-separated (A, W00, S001); replaces the config's"))
    parser.add_argument("--ignore", action="append", metavar="CODES", help=_("skip these rule codes or prefixes; added to the config's"))
    parser.add_argument("--lang", choices=("en", "ru", "auto"), help=_("language of the drafts (default: the config's, or detected per draft)"))


def apply(config, args: argparse.Namespace):
    """The config with the command line's choices on top."""
    from ..config import parse_codes

    changes: dict = {}
    if args.select:
        changes["select"] = parse_codes(",".join(args.select), "--select")
    if args.ignore:
        changes["ignore"] = config.ignore + parse_codes(",".join(args.ignore), "--ignore")
    if args.lang:
        changes["lang"] = None if args.lang == "auto" else args.lang
    return config._replace(**changes)
