"""`reviewer rules` lists the rules; `reviewer rule CODE` explains one.

The text comes from the rule registry: each rule documents itself.
"""

from __future__ import annotations

import argparse
import json

from . import UsageError

RULES_EPILOG = """\
examples:
  reviewer rules                   code, name, severity and summary of every rule
  reviewer rules --format json     the same with each rule's documentation
  reviewer rule A001               explain one rule
"""

RULE_EPILOG = """\
examples:
  reviewer rule A001
  reviewer rule conditional-apology
  reviewer rule W005 --format json
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rules",
        help="list the rules",
        description="List every rule: code, name, default severity and summary.",
        epilog=RULES_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(func=run_list)

    p = subparsers.add_parser(
        "rule",
        help="explain one rule (reviewer rule A001)",
        description="Explain a rule: what it does, why it matters, an example, what to write instead, and its fix safety.",
        epilog=RULE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("rule", metavar="CODE", help="a rule code (A001) or name (conditional-apology)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.set_defaults(func=run_rule)


def run_list(args: argparse.Namespace) -> int:
    from ..lint.registry import registry

    rules = list(registry().values())
    if args.format == "json":
        print(json.dumps([rule.to_dict() for rule in rules], ensure_ascii=False, indent=2))
        return 0
    name_width = max(len(rule.name) for rule in rules)
    print(f"{'CODE':<6}{'NAME':<{name_width + 2}}{'SEVERITY':<10}SUMMARY")
    for rule in rules:
        print(f"{rule.code:<6}{rule.name:<{name_width + 2}}{rule.severity:<10}{rule.summary}")
    print("\n`reviewer rule CODE` explains a rule.")
    return 0


def run_rule(args: argparse.Namespace) -> int:
    from ..lint.registry import get_rule, registry

    rule = get_rule(args.rule)
    if rule is None:
        import difflib

        keys = {key.lower(): key for r in registry().values() for key in (r.code, r.name)}
        close = [keys[k] for k in difflib.get_close_matches(args.rule.lower(), keys, n=3)]
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise UsageError(f"unknown rule {args.rule!r}{hint} (`reviewer rules` lists them)")
    if args.format == "json":
        print(json.dumps(rule.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"# {rule.code} {rule.name} ({rule.severity})\n")
    print(f"{rule.summary}\n")
    print(f"Languages: {', '.join(sorted(rule.langs))}\n")
    print(rule.doc)
    return 0
