"""`reviewer rules` lists the rules; `reviewer rule CODE` explains one.

The text comes from the rule registry: each rule documents itself.
"""

from __future__ import annotations

import argparse
import json

from ..i18n import N_, _
from . import UsageError

RULES_EPILOG = N_("""\
examples:
  reviewer rules                   code, name, severity and summary of every rule
  reviewer rules --format json     the same with each rule's documentation
  reviewer rules --lang ru         in Russian
  reviewer rule A001               explain one rule
""")

RULE_EPILOG = N_("""\
examples:
  reviewer rule A001
  reviewer rule conditional-apology
  reviewer rule W005 --format json
  reviewer rule A001 --lang ru     the rule's documentation in Russian
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rules",
        help=_("list the rules"),
        description=_("List every rule: code, name, default severity and summary."),
        epilog=_(RULES_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    p.add_argument("--lang", choices=("en", "ru"), help=_("language of the rule texts (default: the locale)"))
    p.set_defaults(func=run_list)

    p = subparsers.add_parser(
        "rule",
        help=_("explain one rule (reviewer rule A001)"),
        description=_("Explain a rule: what it does, why it matters, an example, what to write instead, and its fix safety."),
        epilog=_(RULE_EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("rule", metavar="CODE", help=_("a rule code (A001) or name (conditional-apology)"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    p.add_argument("--lang", choices=("en", "ru"), help=_("language of the rule's documentation (default: the locale)"))
    p.set_defaults(func=run_rule)


def _lang(args: argparse.Namespace) -> str:
    """The rule texts' language: --lang, else the locale; --lang also sets the locale unless --locale did."""
    from .. import i18n

    if args.lang and not args.locale:
        i18n.set_locale(args.lang)
    return args.lang or i18n.current()


def run_list(args: argparse.Namespace) -> int:
    from ..formats.text import SEVERITY_LABELS
    from ..lint.registry import registry

    lang = _lang(args)
    rules = list(registry().values())
    if args.format == "json":
        print(json.dumps([rule.to_dict(lang) for rule in rules], ensure_ascii=False, indent=2))
        return 0
    severities = {rule.code: _(SEVERITY_LABELS[rule.severity]) for rule in rules}
    name_width = max(len(rule.name) for rule in rules)
    severity_width = max(map(len, severities.values()))
    code, name, severity, summary = _("CODE"), _("NAME"), _("SEVERITY"), _("SUMMARY")
    print(f"{code:<6}{name:<{name_width + 2}}{severity:<{severity_width + 2}}{summary}")
    for rule in rules:
        print(f"{rule.code:<6}{rule.name:<{name_width + 2}}{severities[rule.code]:<{severity_width + 2}}{rule.text(lang).summary}")
    print("\n" + _("`reviewer rule CODE` explains a rule."))
    return 0


def run_rule(args: argparse.Namespace) -> int:
    from ..formats.text import SEVERITY_LABELS
    from ..lint.registry import get_rule, registry

    lang = _lang(args)
    rule = get_rule(args.rule)
    if rule is None:
        import difflib

        keys = {key.lower(): key for r in registry().values() for key in (r.code, r.name)}
        close = [keys[k] for k in difflib.get_close_matches(args.rule.lower(), keys, n=3)]
        if close:
            raise UsageError(_("unknown rule {rule!r}; did you mean {close}? (`reviewer rules` lists them)").format(rule=args.rule, close=_(" or ").join(close)))
        raise UsageError(_("unknown rule {rule!r} (`reviewer rules` lists them)").format(rule=args.rule))
    if args.format == "json":
        print(json.dumps(rule.to_dict(lang), ensure_ascii=False, indent=2))
        return 0
    text = rule.text(lang)
    severity = _(SEVERITY_LABELS[rule.severity])
    print(f"# {rule.code} {rule.name} ({severity})\n")
    print(f"{text.summary}\n")
    print(_("Languages: {languages}").format(languages=", ".join(sorted(rule.langs))) + "\n")
    print(text.doc)
    return 0
