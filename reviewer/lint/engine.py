"""The lint engine: configure the registry's rules once, then check drafts."""

from __future__ import annotations

import bisect
import importlib
import re
from functools import cache
from typing import Callable, Iterable, Iterator, NamedTuple

from .. import diskcache
from ..config import Config
from ..model import Finding, Fix, Report, apply_fixes
from ..text.lang import detect_language
from ..text.prepared import Prepared
from .apology import word_start
from .registry import LangData, Rule, RuleError, expand_macros, registry, words_regex


MAX_FIX_ROUNDS = 10


class EmptyDraftError(ValueError):
    """The draft has no text to check."""


class Hit(NamedTuple):
    """What a rule found; the engine turns it into a Finding."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    fix: Fix | None = None


# An upper-case letter that is not part of an escape such as \S or \W.
_UPPER_LITERAL = diskcache.compile(r"(?<!\\)[A-ZА-ЯЁ]")

Checker = Callable[[Prepared, "CompiledRule"], Iterable[Hit]]


class CompiledRule:
    """A rule with its patterns compiled per language, on first use."""

    def __init__(self, rule: Rule):
        self.rule = rule
        self._checker: Checker = _checker(rule.kind, rule.source)
        self._regex: dict[tuple[str, str], re.Pattern | None] = {}

    def regex(self, lang: str, key: str = "patterns") -> re.Pattern | None:
        """The language's ``words`` + ``patterns`` (key="patterns"), ``unless``, or an extra list."""
        cache_key = (lang, key)
        if cache_key not in self._regex:
            self._regex[cache_key] = _compile(self.rule, self.rule.data(lang), lang, key)
        return self._regex[cache_key]

    def finditer(self, doc: Prepared, key: str = "patterns") -> Iterator[re.Match]:
        """Matches in the draft's lower-cased text that start at a word boundary."""
        regex = self.regex(doc.lang, key)
        if regex is not None:
            yield from (m for m in regex.finditer(doc.lower) if word_start(doc.lower, m.start()))

    def search(self, doc: Prepared, key: str = "patterns") -> re.Match | None:
        return next(self.finditer(doc, key), None)

    def check(self, doc: Prepared) -> Iterable[Hit]:
        return self._checker(doc, self)


def _compile(rule: Rule, data: LangData, lang: str, key: str) -> re.Pattern | None:
    if key == "patterns":
        parts = [words_regex(data.words, lang)] if data.words else []
        parts += [expand_macros(p, lang) for p in data.patterns]
    elif key == "unless":
        parts = [expand_macros(p, lang) for p in data.unless]
    else:
        parts = [expand_macros(p, lang) for p in data.extra.get(key, [])]
    if not parts:
        return None
    upper = next((p for p in parts if _UPPER_LITERAL.search(p)), None)
    if upper:
        raise RuleError(f"{rule.source}: [{lang}].{key}: patterns run on lower-cased text; write {upper!r} in lower case")
    try:
        return diskcache.compile("|".join(f"(?:{p})" for p in parts))
    except re.error as exc:
        raise RuleError(f"{rule.source}: [{lang}].{key}: {exc}") from None


def _checker(kind: str, source: str) -> Checker:
    if kind == "existence":
        from .existence import check

        return check
    if kind == "code":
        module = importlib.import_module(f".rules.{source.removesuffix('.toml')}", __package__)
        return module.check
    raise RuleError(f"{source}: unknown kind {kind!r}")


class Linter:
    """The rules a config selects, ready to check any number of drafts."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        self.rules = [CompiledRule(_configured(rule, self.config)) for rule in registry().values() if self.config.selects(rule.code)]
        self._covers = {c.rule.code: frozenset(c.rule.options["covers"]) for c in self.rules if c.rule.options.get("covers")}

    def check(self, text: str, *, lang: str | None = None, source: str | None = None, id: str | None = None) -> Report:
        if not text or not text.strip():
            raise EmptyDraftError("the draft is empty: nothing to check")
        lang = lang or self.config.lang or detect_language(text)
        doc = Prepared(text, lang)
        findings = []
        for checker in self.rules:
            rule = checker.rule
            if lang not in rule.langs:
                continue
            severity = self.config.severity.get(rule.code, rule.severity)
            words = rule.text(lang)
            for hit in checker.check(doc):
                line, column = doc.line_col(hit.start)
                match = text[hit.start : hit.end].strip()
                fix = hit.fix._replace(title=words.fix_title) if hit.fix and not hit.fix.title else hit.fix
                findings.append(
                    Finding(
                        code=rule.code,
                        name=rule.name,
                        severity=severity,
                        start=hit.start,
                        end=hit.end,
                        line=line,
                        column=column,
                        message=(hit.message or rule.message_for(lang)).replace("{match}", _short(match)),
                        suggestion=hit.suggestion or words.suggestion,
                        fix=fix,
                    )
                )
        findings.sort(key=lambda f: (f.start, f.code))
        return Report(text=text, lang=lang, findings=self._one_per_span(findings), source=source, id=id)

    def _one_per_span(self, findings: list[Finding]) -> list[Finding]:
        """One span, one finding: drop what a more specific rule's finding covers (W001 inside W003's canned phrase)."""
        covering = sorted((f.start, f.end, self._covers[f.code]) for f in findings if f.code in self._covers)
        if not covering:
            return findings
        starts = [start for start, _, _ in covering]

        def covered(f: Finding) -> bool:
            # covering spans of one rule do not nest, so only the nearest few starting before f can hold it
            i = bisect.bisect_right(starts, f.start)
            return any(f.code in codes and f.end <= end for _, end, codes in covering[max(0, i - 3) : i])

        return [f for f in findings if not covered(f)]


    def fix(self, report: Report, *, unsafe: bool = False) -> Report:
        """The report of the draft with its fixes applied (safe ones unless ``unsafe``).

        Round after round, re-checking in between, since one fix can make room
        for another; a round that would leave nothing of the draft is not taken.
        """
        for _ in range(MAX_FIX_ROUNDS):
            text = apply_fixes(report.text, report.findings, unsafe=unsafe)
            if text == report.text or not text.strip():
                break
            report = self.check(text, lang=report.lang, source=report.source, id=report.id)
        return report


def _configured(rule: Rule, config: Config) -> Rule:
    """The rule with the config's word lists and banned phrases applied."""
    if rule.code == "C001":
        return rule._replace(options={**rule.options, "phrases": config.banned})
    lists = config.words.get(rule.code)
    if not lists:
        return rule
    langs = dict(rule.langs)
    for lang, wl in lists.items():
        data = langs[lang]
        words = tuple(wl.replace) if wl.replace is not None else data.words
        langs[lang] = data._replace(words=words + tuple(wl.extend))
    return rule._replace(langs=langs)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def default_linter() -> Linter:
    return Linter()


def check(text: str, *, lang: str | None = None, config: Config | None = None) -> Report:
    """Lint one draft. ``lang`` is "en" or "ru"; detected when omitted."""
    linter = default_linter() if config is None else Linter(config)
    return linter.check(text, lang=lang)
