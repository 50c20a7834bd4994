"""The run's own words in the user's language: gettext catalogues.

Messages are written in English in the code (the msgid) and translated in
``reviewer/locale/ru/LC_MESSAGES/reviewer.po``, compiled to ``reviewer.mo``
by ``scripts/build_locales.py`` (Babel); ``ngettext`` picks the plural form
by the catalogue's own Plural-Forms rule («1 замечание, 2 замечания,
5 замечаний»). Rule texts are not here: each rule file holds its own in
both languages, next to the words it looks for.

The locale of a run: ``--locale``, else ``locale`` in ``[tool.reviewer]``,
else the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``),
else English.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

LOCALES = ("en", "ru")
DOMAIN = "reviewer"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_ENV_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current = "en"


def from_environment(environ: dict[str, str] | None = None) -> str | None:
    """The locale the environment asks for, the way gettext reads it; None when it names neither."""
    environ = os.environ if environ is None else environ
    for var in _ENV_VARS:
        value = environ.get(var, "")
        if not value:
            continue
        for entry in value.split(":"):  # LANGUAGE is a priority list
            code = entry.split("_")[0].split(".")[0].lower()
            if code in LOCALES:
                return code
        if var != "LANGUAGE":  # the first locale variable that is set decides, even "C"
            return None
    return None


def resolve(option: str | None = None, configured: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The run's locale: the option, else the config's, else the environment's, else English."""
    return option or configured or from_environment(environ) or "en"


def set_locale(locale: str) -> None:
    """Make ``locale`` the language of ``_`` and ``ngettext`` for this process."""
    global _current
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r} (use {' or '.join(LOCALES)})")
    _current = locale


def current() -> str:
    return _current


@cache
def translations(locale: str):
    """The gettext catalogue of a locale (English is the msgids themselves)."""
    import gettext  # here: a run in English never loads it

    if locale == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[locale])


def _(message: str, *, locale: str | None = None) -> str:
    """``message`` in the run's locale (or in ``locale``)."""
    return translations(locale or _current).gettext(message)


def ngettext(singular: str, plural: str, n: int, *, locale: str | None = None) -> str:
    """The plural form for ``n``, with ``{n}`` filled in."""
    return translations(locale or _current).ngettext(singular, plural, n).replace("{n}", str(n))


def plural_index(locale: str, n: int) -> int:
    """Which of a language's plural forms ``n`` takes (gettext order: ru one/few/many, en one/other)."""
    if locale == "en":
        return 0 if n == 1 else 1
    return translations(locale).plural(n)


def catalogue(locale: str) -> dict:
    """The locale's messages as plain data, for the page: {"messages": {id: text}, "plurals": {id: [forms]}}."""
    messages, plurals = {}, {}
    for key, text in getattr(translations(locale), "_catalog", {}).items():
        if isinstance(key, tuple):  # (msgid, plural index)
            plurals.setdefault(key[0], {})[key[1]] = text
        elif key:
            messages[key] = text
    return {"messages": messages, "plurals": {k: [v[i] for i in sorted(v)] for k, v in plurals.items()}}


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; ``_`` translates it where it is shown."""
    return message
