"""The lint engine: configure the registry's rules once, then check drafts."""

from __future__ import annotations

import bisect
import importlib
import itertools
import re
from functools import cache
from typing import Callable, Iterable, Iterator, NamedTuple

from .. import diskcache
from ..config import Config
from ..model import Finding, Fix, Report, apply_fixes
from ..text.lang import detect_language
from ..text.prepared import Prepared
from .apology import at_word_starts
from .registry import LangData, Rule, RuleError, expand_macros, fragment_regex, registry, words_regex
from .triggers import Requirement, gate_text, selective


MAX_FIX_ROUNDS = 10
# A language's first drafts run every rule: building the trigger gate (~13 ms) costs more than it saves on
# a few drafts (an agent's one draft, a --fix's re-checks: ~0.3 ms a draft ungated, ~0.05 ms gated)
UNGATED_DRAFTS = 4


class EmptyDraftError(ValueError):
    """The draft has no text to check."""


class Hit(NamedTuple):
    """What a rule found; the engine turns it into a Finding."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    fix: Fix | None = None


# An upper-case letter that is not part of an escape such as \S or \W, nor a named group's "(?P<".
_UPPER_LITERAL = diskcache.compile(r"(?<!\\)(?<!\(\?)[A-ZА-ЯЁ]")

Checker = Callable[[Prepared, "CompiledRule"], Iterable[Hit]]


class Part(NamedTuple):
    """One pattern of a rule's list, with what each of its matches contains (None: nothing certain)."""

    regex: re.Pattern
    triggers: Requirement | None
    id: int  # unique among all parts: the engine's pass marks the parts that may match a draft


class Patterns(NamedTuple):
    """A list of patterns: all of them as one alternation, and each on its own."""

    regex: re.Pattern
    parts: tuple[Part, ...]


class CompiledRule:
    """A rule with its patterns compiled per language, on first use."""

    def __init__(self, rule: Rule):
        self.rule = rule
        self._checker: Checker = _checker(rule.kind, rule.source)
        self._patterns: dict[tuple[str, str], Patterns | None] = {}

    def patterns(self, lang: str, key: str = "patterns") -> Patterns | None:
        """The language's ``words`` + ``patterns`` (key="patterns"), ``unless``, or an extra list."""
        cache_key = (lang, key)
        if cache_key not in self._patterns:
            self._patterns[cache_key] = _compile(self.rule, self.rule.data(lang), lang, key)
        return self._patterns[cache_key]

    def regex(self, lang: str, key: str = "patterns") -> re.Pattern | None:
        found = self.patterns(lang, key)
        return found.regex if found else None

    def finditer(self, doc: Prepared, key: str = "patterns") -> Iterator[re.Match]:
        """Matches in the draft's lower-cased text that start at a word boundary.

        Where the engine has found which triggers the draft holds
        (``doc.found``), only the patterns they allow run, and their matches
        are merged the way the alternation of all of them would report them:
        leftmost first, the earlier pattern first, none inside another.
        """
        patterns = self.patterns(doc.lang, key)
        if patterns is None:
            return iter(())
        parts = patterns.parts if doc.found is None else doc.found.select(patterns.parts)
        if not parts:
            return iter(())  # most lists on most drafts: no generator for them
        lower = doc.lower
        if len(parts) == len(patterns.parts):
            return at_word_starts(patterns.regex, lower)
        if len(parts) == 1:
            return at_word_starts(parts[0].regex, lower)
        return _merged(lower, parts)

    def search(self, doc: Prepared, key: str = "patterns") -> re.Match | None:
        return next(self.finditer(doc, key), None)

    def gate(self, lang: str) -> list[Part] | None:
        """The patterns one of which must be able to match for the rule to find anything (None: run on every draft).

        The keys the rule's ``triggers`` option names (existence rules: their
        patterns; ``%fragment%``: a shared fragment); a code rule without the
        option runs on every draft.
        """
        keys = self.rule.options.get("triggers", ["patterns"] if self.rule.kind == "existence" else None)
        if keys is None:
            return None
        parts: list[Part] = []
        for key in keys:
            if key.startswith("%"):
                regex = fragment_regex(key.strip("%"), lang)
                parts.append(Part(regex, diskcache.triggers(regex.pattern), next(_PART_IDS)))
            else:
                patterns = self.patterns(lang, key)
                parts += patterns.parts if patterns else ()  # no patterns under a key: nothing to find there
        return parts

    def parts(self, lang: str) -> list[Part]:
        """Every pattern of every list of the rule, each on its own."""
        data = self.rule.data(lang)
        keys = ["patterns", "unless", *(k for k, v in data.extra.items() if isinstance(v, list))]
        return [part for key in keys for part in (self.patterns(lang, key) or Patterns(None, ())).parts]

    def check(self, doc: Prepared) -> Iterable[Hit]:
        return self._checker(doc, self)


def _merged(lower: str, parts: list[Part]) -> Iterator[re.Match]:
    """The matches of several patterns as their alternation would find them (see ``CompiledRule.finditer``)."""
    found = sorted(
        ((m.start(), i, m) for i, part in enumerate(parts) for m in at_word_starts(part.regex, lower)),
        key=lambda item: item[:2],
    )
    end = -1
    for start, _, m in found:
        if start >= end:
            end = max(m.end(), start + 1)
            yield m


def _compile(rule: Rule, data: LangData, lang: str, key: str) -> Patterns | None:
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
        regex = diskcache.lazy("|".join(f"(?:{p})" for p in parts))
        return Patterns(regex, tuple(Part(diskcache.lazy(p), diskcache.triggers(p), next(_PART_IDS)) for p in parts))
    except re.error as exc:
        raise RuleError(f"{rule.source}: [{lang}].{key}: {exc}") from None


_PART_IDS = itertools.count()


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
        self.rules = [
            CompiledRule(_configured(rule, self.config))
            for rule in registry().values()
            if self.config.selects(rule.code) and rule.kind != "meta"  # meta rules report on suppressions (reviewer/suppressions.py)
            and (rule.code != "C001" or self.config.banned)  # C001 looks for the config's banned phrases: none, nothing to run
        ]
        self._covers = {c.rule.code: frozenset(c.rule.options["covers"]) for c in self.rules if c.rule.options.get("covers")}
        self._gates: dict[str, _Gate] = {}
        self._ungated: dict[str, int] = {}  # per language: drafts checked before its gate was built

    def check(self, text: str, *, lang: str | None = None, source: str | None = None, id: str | None = None) -> Report:
        if not text or not text.strip():
            raise EmptyDraftError("the draft is empty: nothing to check")
        lang = lang or self.config.lang or detect_language(text)
        doc = Prepared(text, lang)
        findings = []
        for checker in self._rules_for(doc):
            rule = checker.rule
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
        if findings:  # most drafts have none: no sort key, no search for covering spans
            findings.sort(key=lambda f: (f.start, f.code))
            findings = self._one_per_span(findings)
        return Report(text, lang, findings, source, id)

    def _rules_for(self, doc: Prepared) -> list[CompiledRule]:
        """The rules that may find something in the draft: every rule of its language, until the gate is worth building."""
        gate = self._gates.get(doc.lang)
        if gate is None:
            checked = self._ungated[doc.lang] = self._ungated.get(doc.lang, 0) + 1
            if checked <= UNGATED_DRAFTS:
                return [rule for rule in self.rules if doc.lang in rule.rule.langs]
            gate = self._gates[doc.lang] = _Gate(self.rules, doc.lang)
        return gate.scan(doc)

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


class _Gate:
    """One pass over a draft finds which patterns may match it, so rules and patterns with nothing to find do not run.

    An Aho-Corasick automaton over every pattern's trigger strings
    (ahocorasick-rs: linear in the draft's length however many strings it
    holds) sets a bit per string found in the draft's ``gate_text`` (its
    whitespace as single spaces, as the triggers have it); single punctuation
    marks ("!", "[", ":") are looked up with ``in``, faster than an automaton
    hit on each. A pattern may match when each of its requirements has a bit set, and a rule
    runs when one of the patterns it is gated on may match. Which patterns of
    a list may match is worked out only when a rule asks for the list
    (``_Found.select``): most lists are never asked for.
    """

    def __init__(self, rules: list[CompiledRule], lang: str):
        self.rules = [rule for rule in rules if lang in rule.rule.langs]
        parts: dict[int, Part] = {}
        gates: list[list[Part] | None] = []
        for rule in self.rules:
            for part in rule.parts(lang):
                parts[part.id] = part
            gates.append(rule.gate(lang))
            parts.update((part.id, part) for part in gates[-1] or ())
        # the requirements that select something, the most selective first (as triggers() orders them): it fails most often
        requirements = {pid: [alts for alts in part.triggers or () if selective(alts)] for pid, part in parts.items()}
        # shortest first: short strings are in most drafts, and with the low bits a draft's mask stays a small int,
        # which every |= and & per draft handles faster than one of ~40 digits (a bit per string: over a thousand)
        strings = sorted(sorted({s for required in requirements.values() for alts in required for s in alts}), key=len)
        bit = {s: 1 << i for i, s in enumerate(strings)}
        self.bits = bit
        self.need = {pid: tuple(sum(bit[s] for s in alts) for alts in required) for pid, required in requirements.items()}
        # per rule: the requirements of the patterns it is gated on (None: it always runs), and the bits
        # one of which a draft must hold for any of them to be met: most drafts are turned away by that alone
        gate_needs = [None if gate is None else tuple(self.need[part.id] for part in gate) for gate in gates]
        self.firsts = [0 if needs is None else _first(needs) for needs in gate_needs]
        # per rule, each bit of its patterns' most selective requirements with the rest of the requirements of
        # each pattern that has it there: S002's 30 patterns have a bit in most replies, but only two or three
        # of them do, and only those are looked at. None: the rule always runs (no gate, or a pattern that
        # requires nothing); a gate of no patterns gets no bits, and never runs
        self.by_bit = [
            None if needs is None or (needs and not first) else _FirstBits(gate, requirements, self)
            for gate, needs, first in zip(gates, gate_needs, self.firsts)
        ]
        self.chars = tuple((s, bit[s]) for s in strings if len(s) == 1)
        self._lists: dict[int, tuple[int, tuple[tuple[Part, tuple[int, ...]], ...]]] = {}  # see list_needs
        self.automaton = None
        if any(len(s) > 1 for s in strings):
            import ahocorasick_rs

            words = [s for s in strings if len(s) > 1]
            self.automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA, store_patterns=True)

    def list_needs(self, parts: tuple[Part, ...]) -> tuple[int, tuple[tuple[Part, tuple[int, ...]], ...]]:
        """For a list of patterns (known by its first pattern's id): the bits one of which a draft must hold
        for one of them to match (0: one always may), and each pattern with its requirements."""
        found = self._lists.get(parts[0].id)
        if found is None:
            needs = [self.need[part.id] for part in parts]
            found = self._lists[parts[0].id] = (_first(needs), tuple(zip(parts, needs)))
        return found

    def scan(self, doc: Prepared) -> list[CompiledRule]:
        """Note what the draft holds (``doc.found``) and return the rules that may find something, in order."""
        lower = gate_text(doc.lower)
        mask = 0
        bit = self.bits
        if self.automaton:
            for string in self.automaton.find_matches_as_strings(lower, overlapping=True):
                mask |= bit[string]
        for char, char_bit in self.chars:
            if char in lower:
                mask |= char_bit
        doc.found = _Found(self, mask)
        return [
            rule
            for rule, first, by_bit in zip(self.rules, self.firsts, self.by_bit)
            if by_bit is None or (hit := mask & first) and _any_met(hit, by_bit, mask)
        ]


def _first(needs) -> int:
    """The bits of the patterns' most selective requirements: a draft holds one, or none of them may match (0: one always may)."""
    if not all(needs):
        return 0
    found = 0
    for need in needs:
        found |= need[0]
    return found


def _any_met(hit: int, by_bit: _FirstBits, mask: int) -> bool:
    """Whether one pattern's requirements all have a bit in ``mask``, given ``hit``, the bits of ``mask`` in their first
    requirements (loops, not generators: this runs per draft)."""
    while hit:
        low = hit & -hit
        for rest in by_bit[low]:
            for required in rest:
                if not mask & required:
                    break
            else:
                return True
        hit ^= low
    return False


class _FirstBits(dict):
    """Each bit of a gate's first requirements, with the rest of the requirements of each pattern whose first holds it.

    Filled from the strings (not by taking a ~3,000-bit int apart) the first time a draft meets one, so a
    one-draft run builds it only for the rules that draft may wake; then every bit of the gate's ``first`` is a key.
    """

    def __init__(self, gate: list[Part], requirements: dict[int, list[frozenset[str]]], owner: "_Gate"):
        super().__init__()
        self._source = (gate, requirements, owner)

    def __missing__(self, low: int) -> list[tuple[int, ...]]:
        gate, requirements, owner = self._source
        for part in gate:
            for string in requirements[part.id][0]:
                self.setdefault(owner.bits[string], []).append(owner.need[part.id][1:])
        return self.get(low, [])  # every bit of the gate's first is a key now: never here again


class _Found:
    """The trigger strings a draft holds, as a gate's bits, and the patterns of a list that may match it."""

    __slots__ = ("gate", "mask")

    def __init__(self, gate: _Gate, mask: int):
        self.gate, self.mask = gate, mask

    def select(self, parts: tuple[Part, ...]) -> list[Part]:
        first, needs = self.gate.list_needs(parts)
        mask = self.mask
        if first and not mask & first:
            return []  # most lists: not one pattern's most selective requirement is met
        chosen = []
        for part, need in needs:
            for required in need:
                if not mask & required:
                    break
            else:
                chosen.append(part)
        return chosen


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
