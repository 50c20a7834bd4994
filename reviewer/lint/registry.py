"""The rule registry: stable codes mapped to self-documenting rules.

Every rule is a TOML file in ``rules/``: code, name, severity, its
documentation, its message and suggestion, and per language the words and
patterns it looks for. Rules that need logic beyond "this phrase is there"
name a Python module of the same stem (``kind = "code"``).

Patterns are regular expressions (case-insensitive, ё folded to е) with two
macros: ``%name%`` inserts a shared fragment from ``data/fragments.toml``, and
``<лемма>`` inserts every form of a Russian word.
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
DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety")
_FRAGMENT = diskcache.compile(r"%(\w+)%")
_LEMMA = diskcache.compile(r"<([а-яё-]+)>")


class RuleError(ValueError):
    """A rule file (or a config that extends one) is invalid."""


class LangData(NamedTuple):
    """What a rule looks for in one language."""

    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    message: str | None = None
    suggestion: str | None = None
    extra: dict = {}  # never mutated


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    kind: str
    message: str
    suggestion: str
    langs: dict[str, LangData]
    options: dict = {}  # never mutated
    source: str = ""

    def data(self, lang: str) -> LangData:
        return self.langs.get(lang, LangData())

    def message_for(self, lang: str) -> str:
        return self.data(lang).message or self.message

    def suggestion_for(self, lang: str) -> str:
        return self.data(lang).suggestion or self.suggestion

    def sections(self) -> dict[str, str]:
        """The doc split into its Ruff-style sections."""
        parts = re.split(r"^## (.+)$", self.doc, flags=re.MULTILINE)
        return {title.strip(): body.strip() for title, body in zip(parts[1::2], parts[2::2])}

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "summary": self.summary,
            "languages": sorted(self.langs),
            "doc": self.sections(),
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
    for key in ("code", "name", "severity", "summary", "doc", "message", "suggestion"):
        if not isinstance(raw.get(key), str):
            raise RuleError(f"{where}: missing or non-string key {key!r}")
    if raw["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if not re.fullmatch(r"[A-Z]\d{3}", raw["code"]):
        raise RuleError(f"{where}: code {raw['code']!r} is not a letter and three digits")
    missing = [s for s in DOC_SECTIONS if f"## {s}" not in raw["doc"]]
    if missing:
        raise RuleError(f"{where}: doc lacks the sections {missing}")
    langs = {lang: _lang_data(raw.get(lang, {}), where, lang) for lang in LANGS}
    known = {"code", "name", "severity", "summary", "doc", "message", "suggestion", "kind", *LANGS}
    return Rule(
        code=raw["code"],
        name=raw["name"],
        severity=raw["severity"],
        summary=raw["summary"],
        doc=raw["doc"].strip(),
        kind=raw.get("kind", "existence"),
        message=raw["message"],
        suggestion=raw["suggestion"],
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

    known = {"words", "patterns", "unless", "message", "suggestion"}
    return LangData(
        words=strings("words"),
        patterns=strings("patterns"),
        unless=strings("unless"),
        message=raw.get("message"),
        suggestion=raw.get("suggestion"),
        extra={k: v for k, v in raw.items() if k not in known},
    )


@cache
def fragments() -> dict[str, dict[str, str]]:
    return diskcache.load_toml(FRAGMENTS_FILE)


def expand_macros(pattern: str, lang: str) -> str:
    """Replace %fragment% and <лемма> macros with the regex they stand for."""
    frags = fragments().get(lang, {})

    def fragment(m: re.Match) -> str:
        if m.group(1) not in frags:
            raise RuleError(f"unknown fragment %{m.group(1)}% for {lang}")
        return "(?:" + expand_macros(frags[m.group(1)], lang) + ")"

    pattern = _FRAGMENT.sub(fragment, pattern)
    return _LEMMA.sub(lambda m: words_regex([m.group(1)], lang, bounded=False), pattern)


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
    """Every Russian word the shipped rules expand (for scripts/build_ru_forms.py)."""
    found: set[str] = set()
    sources = [fragments().get("ru", {}).values()]
    for path in sorted(RULES_DIR.glob("*.toml")):
        ru = diskcache.load_toml(path).get("ru", {})
        found.update(w.lower().replace("ё", "е") for w in ru.get("words", []))
        sources.append(ru.get("patterns", []) + ru.get("unless", []))
    for patterns in sources:
        for p in patterns:
            found.update(m.replace("ё", "е") for m in _LEMMA.findall(p))
    return found
