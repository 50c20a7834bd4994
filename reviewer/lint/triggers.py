"""Literal triggers: what every match of a pattern must contain.

The engine scans a draft once for the triggers of every pattern (an
Aho-Corasick automaton) and runs a rule, and each of its patterns, only where
its triggers occur; most patterns have nothing to do on most drafts. The
triggers are derived from the rules' own patterns — nothing is written by
hand — by walking the regex's parse tree the way RE2's prefilter does: a node
either matches exactly one of a small set of strings, or requires some
strings to appear. A requirement is a conjunction of alternatives: for "we'll
… refund|replace|send …" every match holds one of "we'll", "we will", "i'll",
"i will" *and* one of the verbs. Whitespace is one space both in the triggers
and in the text searched (``gate_text``), so a subject and its auxiliary are
one string ("we will"), not two of the commonest words. A pattern with no
usable requirement (it can match without any literal) gets None, and runs on
every draft. What a positive lookaround requires is required too: it is in
the draft, just before or after the match.
"""

from __future__ import annotations

from re import _constants as c
from re import _parser
from typing import NamedTuple

EXACT_LIMIT = 64  # most strings a node may stand for before it is only a requirement (phrases multiply: more only swell the gate)
LENGTH_LIMIT = 24  # longest exact string kept
MAX_CONJUNCTS = 3  # the most selective alternatives a requirement keeps
# Strings in nearly every reply: on their own they select nothing.
COMMON = frozenset(
    """the you your our we i a an and or to of in on at for is are be it this that with as by not
    ll 'll ing ed er re es s d t will can have has was were do my me us so if no yes please thank thanks
    и в не на я что с по это как а то все у к о мы вы вам нас за из от так но ли же бы""".split()
)

Requirement = tuple[frozenset[str], ...]  # every match holds one string of each set


class _Info(NamedTuple):
    exact: frozenset[str] | None  # the node matches exactly one of these (None: unknown or too many)
    required: Requirement  # () : no requirement
    suffix: frozenset[str] | None = None  # every match ends with one of these: "(?:\w+\.)+com" holds ".com"


_SPACE = frozenset({" "})
_NOTHING = _Info(None, ())
_EMPTY = _Info(frozenset({""}), ())


def triggers(pattern: str) -> Requirement | None:
    """What every match of ``pattern`` contains, or None when nothing is certain."""
    return _sequence(_parser.parse(pattern)).required or None


def gate_text(lower: str) -> str:
    r"""The draft as the gate searches it: each run of whitespace one space, and a space at each end.

    So a pattern's whitespace is " " in its triggers, and "(?:we|i)\s+are"
    requires "we are" or "i are" where it required "are", in most replies.
    The spaces at the ends stand for whitespace a match may start or end
    with there; one too many only lets a rule run.
    """
    if lower.isprintable() and "  " not in lower:  # most drafts: whitespace other than " " is unprintable
        return f" {lower} "
    return f" {' '.join(lower.split())} "  # str.split splits on exactly the characters re's \s matches


def likelihood(strings: frozenset[str]) -> float:
    """A rough chance that a draft holds one of the strings: a single character or a common word ~1, else shrinking with length."""
    return sum((10.0 if s in ".,'" else 5.0) if len(s.strip()) < 2 else 1.0 if s.strip(" '") in COMMON else 20.0 ** -(len(s.strip()) - 1) for s in strings)


def selective(strings: frozenset[str]) -> bool:
    """Whether finding one of the strings says anything: not when one is a single letter, digit or space (in every draft)."""
    return not any(len(s) == 1 and (s.isalnum() or s.isspace()) for s in strings)


def _usable(strings: frozenset[str] | None) -> bool:
    return bool(strings) and "" not in strings


def _keep(conjuncts) -> Requirement:
    """The most selective distinct alternatives, at most MAX_CONJUNCTS of them."""
    unique = sorted({_minimal(s) for s in conjuncts if _usable(s)}, key=likelihood)
    return tuple(unique[:MAX_CONJUNCTS])


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings that hold none of the others: a draft holds one of them exactly when it holds one of all.

    "we are " stands for "we are currently ", "we are now "…: fewer strings to search for, fewer found.
    """
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _best(info: _Info) -> frozenset[str] | None:
    """The node's single most selective alternative set."""
    sets = list(info.required) + ([info.exact] if _usable(info.exact) else [])
    return min(sets, key=likelihood) if sets else None


def _sequence(items) -> _Info:
    exact: frozenset[str] | None = frozenset({""})  # the exact run so far: every match holds one of these here
    conjuncts: list[frozenset[str]] = []
    all_exact = True
    for item in items:
        info = _node(*item)
        conjuncts += info.required
        if exact is not None and info.exact is not None and len(exact) * len(info.exact) <= EXACT_LIMIT:
            joined = frozenset(_join(a, b) for a in exact for b in info.exact)
            if max(map(len, joined)) <= LENGTH_LIMIT:
                exact = joined
                continue
        if exact is not None:
            conjuncts.append(exact)  # the exact run so far is required where it stands
        all_exact = False
        exact = info.exact if info.exact is not None else info.suffix  # a new run starts with how the item ends
    if exact is not None:
        conjuncts.append(exact)
    return _Info(exact if all_exact else None, _keep(conjuncts), exact)


def _node(op, av) -> _Info:
    if op is c.LITERAL:
        return _Info(frozenset({_fold(chr(av))}), ())
    if op is c.IN:
        chars = _chars(av)
        return _Info(chars, ()) if chars else _NOTHING
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        infos = [_sequence(branch) for branch in av[1]]
        exact = _union([i.exact for i in infos])
        bests = [_best(i) for i in infos]
        required = (frozenset().union(*bests),) if all(bests) else ()
        return _Info(exact, required, _union([i.exact if i.exact is not None else i.suffix for i in infos]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = av
        inner = _sequence(item)
        if inner.exact == _SPACE:  # any run of whitespace is one space in the gate's text
            return _Info(_SPACE if low else frozenset({"", " "}), ())
        if low == 0:
            return _Info(inner.exact | {""}, ()) if high == 1 and inner.exact is not None else _NOTHING
        required = inner.required + ((inner.exact,) if _usable(inner.exact) else ())
        return _Info(inner.exact if low == high == 1 else None, _keep(required), inner.exact if inner.exact is not None else inner.suffix)
    if op is c.ASSERT:  # zero-width, but what a positive lookaround sees is in the draft, next to the match
        inner = _sequence(av[1])
        return _Info(frozenset({""}), _keep(inner.required + ((inner.exact,) if _usable(inner.exact) else ())))
    if op in (c.AT, c.ASSERT_NOT):
        return _EMPTY  # zero-width
    return _NOTHING  # ANY, NOT_LITERAL, CATEGORY, GROUPREF...


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(s is None for s in sets):
        return None
    union = frozenset().union(*sets)
    return union if len(union) <= EXACT_LIMIT else None


def _chars(items) -> frozenset[str] | None:
    """A character class as its characters, when it is a short list of literals and ranges."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(_fold(chr(av)))
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars.add(" ")
        elif op is c.RANGE and av[1] - av[0] < 12:
            chars.update(_fold(chr(code)) for code in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > 12:
            return None
    return frozenset(chars)


def _fold(char: str) -> str:
    return " " if char.isspace() else char


def _join(a: str, b: str) -> str:
    """``a + b`` as the gate's text holds it: two runs of whitespace in a row are one space there."""
    return a + b[1:] if a.endswith(" ") and b.startswith(" ") else a + b
