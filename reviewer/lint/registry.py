"""The rule registry: stable codes mapped to self-documenting rules.

Every rule is a TOML file in ``rules/``: code, name, severity, and per
language (``[en]``, ``[ru]``) its documentation, summary, message,
suggestion and fix title — so a Russian draft's findings and ``reviewer rule
A001 --lang ru`` read Russian — next to the words and patterns it looks for.
Rules that need logic beyond "this phrase is there" name a Python module of
the same stem (``kind = "code"``).

Patterns are regular expressions (case-insensitive, ё folded to е) with two
macros: ``%name%`` inserts a shared fragment from ``data/fragments.toml``, and
``<лемма>`` inserts every form of a Russian word (``<проверить:futr,1per>`` only
the forms with those pymorphy3 grammemes: «проверю», «проверим»; ``|`` joins
alternatives). ``<@list:grammemes>`` does the same for every word of a list in
``[ru.lists]`` of ``data/fragments.toml``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .. import diskcache
from ..model import SEVERITIES, Severity
from ..text.forms import ru_forms
from ..text.lang import LANGS

RULES_DIR = Path(__file__).resolve().parent / "rules"
FRAGMENTS_FILE = Path(__file__).resolve().parent / "data" / "fragments.toml"
# The doc's sections, Ruff-style; the keys of ``Rule.sections()`` are the English titles in every language.
DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety")
DOC_TITLES = {
    "en": DOC_SECTIONS,
    "ru": ("Что делает", "Почему это плохо?", "Пример", "Как лучше", "Безопасность исправления"),
}
_TEXT_KEYS = ("summary", "message", "suggestion", "doc", "fix-title", "messages")
_DATA_KEYS = ("words", "patterns", "unless")
_FRAGMENT = diskcache.compile(r"%(\w+)%")
_LEMMA = diskcache.compile(r"<(@[a-z-]+|[а-яё-]+)(?::([A-Za-z0-9,|]+))?>")


class RuleError(ValueError):
    """A rule file (or a config that extends one) is invalid."""


Plural = str | tuple[str, ...]  # a text, or its plural forms in the language's gettext order


class RuleText(NamedTuple):
    """What a rule says, in one language."""

    summary: str
    message: Plural
    suggestion: str
    doc: str
    fix_title: str | None = None
    messages: dict[str, Plural] = {}  # variants such as S004's "too-many"; never mutated


class LangData(NamedTuple):
    """What a rule says and looks for in one language."""

    text: RuleText
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    extra: dict = {}  # never mutated


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    kind: str
    langs: dict[str, LangData]
    options: dict = {}  # never mutated
    source: str = ""

    def data(self, lang: str) -> LangData:
        return self.langs[lang]

    def text(self, lang: str = "en") -> RuleText:
        return self.langs[lang].text

    @property
    def summary(self) -> str:
        return self.text().summary

    def message_for(self, lang: str, variant: str = "message", n: int | None = None) -> str:
        """The message (or a named variant) in ``lang``; with ``n``, its plural form with {n} filled in."""
        text = self.text(lang)
        message = text.message if variant == "message" else text.messages[variant]
        if isinstance(message, tuple):
            from ..i18n import plural_index

            message = message[min(plural_index(lang, n or 0), len(message) - 1)]
        return message if n is None else message.replace("{n}", str(n))

    def suggestion_for(self, lang: str) -> str:
        return self.text(lang).suggestion

    def sections(self, lang: str = "en") -> dict[str, str]:
        """The doc split into its sections, keyed by their English titles."""
        parts = re.split(r"^## (.+)$", self.text(lang).doc, flags=re.MULTILINE)
        bodies = {title.strip(): body.strip() for title, body in zip(parts[1::2], parts[2::2])}
        return {key: bodies[title] for key, title in zip(DOC_SECTIONS, DOC_TITLES[lang])}

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "summary": self.text(lang).summary,
            "languages": sorted(self.langs),
            "lang": lang,
            "doc": self.sections(lang),
        }


@cache
def registry() -> dict[str, Rule]:
    """All built-in rules by code, in code order."""
    rules = [load_rule(path) for path in sorted(RULES_DIR.glob("*.toml"))]
    by_code: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in by_code:
            raise RuleError(f"{rule.source}: code {rule.code} is used twice")
        by_code[rule.code] = rule
    return dict(sorted(by_code.items()))


def get_rule(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    rules = registry()
    return rules.get(key.upper()) or next((r for r in rules.values() if r.name == key.lower()), None)


def load_rule(path: Path) -> Rule:
    try:
        raw = diskcache.load_toml(path)
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise RuleError(f"{path.name}: {exc}") from None
    where = path.name
    for key in ("code", "name", "severity"):
        if not isinstance(raw.get(key), str):
            raise RuleError(f"{where}: missing or non-string key {key!r}")
    if raw["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if not re.fullmatch(r"[A-Z]\d{3}", raw["code"]):
        raise RuleError(f"{where}: code {raw['code']!r} is not a letter and three digits")
    langs = {lang: _lang_data(raw.get(lang, {}), where, lang) for lang in LANGS}
    known = {"code", "name", "severity", "kind", *LANGS}
    return Rule(
        code=raw["code"],
        name=raw["name"],
        severity=raw["severity"],
        kind=raw.get("kind", "existence"),
        langs=langs,
        options={k: v for k, v in raw.items() if k not in known},
        source=where,
    )


def _lang_data(raw: dict, where: str, lang: str) -> LangData:
    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RuleError(f"{where}: [{lang}].{key} must be a list of strings")
        return tuple(value)

    return LangData(
        text=_rule_text(raw, f"{where}: [{lang}]", lang),
        words=strings("words"),
        patterns=strings("patterns"),
        unless=strings("unless"),
        extra={k: v for k, v in raw.items() if k not in _TEXT_KEYS + _DATA_KEYS},
    )


def _rule_text(raw: dict, where: str, lang: str) -> RuleText:
    for key in ("summary", "suggestion", "doc"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RuleError(f"{where}.{key}: required, a non-empty string")
    missing = [title for title in DOC_TITLES[lang] if f"## {title}" not in raw["doc"]]
    if missing:
        raise RuleError(f"{where}.doc: lacks the sections {missing}")
    messages = raw.get("messages", {})
    return RuleText(
        summary=raw["summary"],
        message=_plural(raw.get("message"), f"{where}.message"),
        suggestion=raw["suggestion"],
        doc=raw["doc"].strip(),
        fix_title=raw.get("fix-title"),
        messages={name: _plural(value, f"{where}.messages.{name}") for name, value in messages.items()},
    )


def _plural(value, where: str) -> Plural:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise RuleError(f"{where}: required, a string or a list of plural forms")


@cache
def fragments() -> dict[str, dict]:
    return diskcache.load_toml(FRAGMENTS_FILE)


def expand_macros(pattern: str, lang: str) -> str:
    """Replace %fragment%, <лемма> and <@list> macros with the regex they stand for."""
    if "%" not in pattern and "<" not in pattern:
        return pattern
    # kept in the disk cache: a Russian list of forms is thousands of escaped words, and building them again took a third
    # of a one-draft check (a user's word the shipped forms lack is expanded by pymorphy3 once per rule-set state)
    return diskcache.cached(f"macros:{lang}:{pattern}", lambda: _expand(pattern, lang))


def _expand(pattern: str, lang: str) -> str:
    frags = fragments().get(lang, {})

    def fragment(m: re.Match) -> str:
        if m.group(1) not in frags or not isinstance(frags[m.group(1)], str):
            raise RuleError(f"unknown fragment %{m.group(1)}% for {lang}")
        return "(?:" + _expand(frags[m.group(1)], lang) + ")"

    pattern = _FRAGMENT.sub(fragment, pattern)
    return _LEMMA.sub(lambda m: words_regex(_macro_words(m, lang), lang, bounded=False), pattern)


@cache
def fragment_regex(name: str, lang: str) -> re.Pattern:
    """A shared fragment compiled on its own: "apology", "wish"."""
    return diskcache.compile(expand_macros(f"%{name}%", lang))


def _macro_words(m: re.Match, lang: str) -> list[str]:
    """The ru_forms keys a <лемма:grammemes> or <@list:grammemes> macro stands for."""
    name, spec = m.group(1), m.group(2)
    if name.startswith("@"):
        lists = fragments().get(lang, {}).get("lists", {})
        if name[1:] not in lists:
            raise RuleError(f"unknown word list <{name}> for {lang}")
        words = lists[name[1:]]
    else:
        words = [name]
    return [f"{w}:{spec}" if spec else w for w in words]


def words_regex(words: list[str] | tuple[str, ...], lang: str, *, bounded: bool = True) -> str:
    """An alternation matching the words: every Russian form, English plurals."""
    if lang == "ru":
        forms = {form for w in words for form in ru_forms(w)}
        body = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    else:
        body = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        body = f"(?:{body})(?:s|es)?"
    # No leading \b: the engine checks that a match starts a word (see CompiledRule.finditer).
    return rf"(?:{body})\b" if bounded else f"(?:{body})"


def ru_lemmas() -> set[str]:
    """Every Russian word (with its grammemes) the shipped rules expand, for scripts/build_ru_forms.py."""
    found: set[str] = set()
    strings = list(_strings_in(fragments().get("ru", {})))
    for path in sorted(RULES_DIR.glob("*.toml")):
        ru = diskcache.load_toml(path).get("ru", {})
        found.update(w.lower().replace("ё", "е") for w in ru.get("words", []))
        strings += _strings_in(ru)
    for text in strings:
        for m in _LEMMA.finditer(text):
            found.update(w.replace("ё", "е") for w in _macro_words(m, "ru"))
    return found


def _strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for item in items for s in _strings_in(item)]
