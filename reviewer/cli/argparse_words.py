"""argparse's own words, marked so that the catalogue keeps them: the msgids of
Python's argparse (3.11; the 3.12 ones are the same; 3.13 adds the last few).

Nothing imports this module: ``scripts/build_locales.py`` extracts the
messages, and ``reviewer/cli/__init__.py`` points argparse's ``_`` and
``ngettext`` at ``reviewer.i18n``, which finds them in the catalogue.
Left out: the messages of a mistake in a parser's definition ("conflicting
option string", "dest= is required"...), which only a developer of this
program can meet, and 3.13's "%(heading)s:", the same in both languages.
"""

from ..i18n import N_, ngettext

WORDS = (
    # help
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),  # 3.13; earlier we pass it as --version's help
    N_("subcommands"),  # 3.13
    N_(" (default: %(default)s)"),  # 3.13
    # errors
    N_("%(prog)s: error: %(message)s\n"),
    N_("%(prog)s: warning: %(message)s\n"),  # 3.13
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_('argument "-" with mode %r'),
    N_("argument '%(argument_name)s' is deprecated"),  # 3.13
    N_("command '%(parser_name)s' is deprecated"),  # 3.13
    N_("option '%(option)s' is deprecated"),  # 3.13
)
PLURAL = ngettext("expected %s argument", "expected %s arguments", 2)
