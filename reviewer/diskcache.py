"""Regular expressions and rule files, compiled and parsed, cached on disk like .pyc files.

Python's ``re`` parses and compiles patterns in pure Python, and the rules'
large alternations took most of a cold ``reviewer check`` (see
bench/bench_lint.py); parsing the rule files took the next share. The compiled
form of a pattern is a list of integers and a parsed rule file is a dict, so
both are cached per Python version in the user's cache directory (a rule file
keyed by its path, size and modification time). A pattern's integers are kept
as bytes: unmarshalling them as a list took 17 ms of every start, for all the
patterns of both languages, where turning the bytes of the patterns a run
compiles back into a list takes a fraction of that; and each entry is marshalled
on its own, so a run unmarshals only the entries it reads. Anything unexpected (another
Python, an unwritable directory, a damaged file) falls back to ``re.compile``
and ``tomllib``: the cache only ever saves time.
"""

from __future__ import annotations

import atexit
import marshal
from array import array
import os
import re
import sys
import time
import zlib
from pathlib import Path

try:  # CPython's engine internals, stable across 3.11-3.13
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another implementation: no cache
    _sre = None
    _TAG = ""

_CODE = "I"  # array typecode of a pattern's code words: 4 bytes, _sre.CODESIZE (checked in compile)
_FORMAT = 4  # of the entries: 2 keeps a pattern's code as bytes, 3 its alternatives' shared assertions, 4 each entry marshalled on its own; a new format gets a new file
_MAX_ENTRIES = 5000  # config-specific patterns come and go; start afresh past this
_entries: dict[str, bytes | tuple | dict | list | None] | None = None  # an entry stays marshalled until it is first read
_dirty = False


_RULE_DATA = Path(__file__).resolve().parent / "lint"
_TRIGGERS = _RULE_DATA / "triggers.py"
_fingerprint: str | None = None


def cache_file() -> Path:
    """One file per Python version and per state of the shipped rule files.

    A changed or upgraded rule set gets a new file and the old one is removed
    on the next save, so patterns of rules that no longer exist do not pile up.
    """
    base = os.environ.get("REVIEWER_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reply-reviewer" / f"patterns-{_TAG}-{_rules_fingerprint()}.marshal"


def _rules_fingerprint() -> str:
    global _fingerprint
    if _fingerprint is None:
        stats = sorted(
            f"{entry.path}:{entry.stat().st_size}:{entry.stat().st_mtime_ns}"
            for folder in (_RULE_DATA / "rules", _RULE_DATA / "data")
            for entry in os.scandir(folder)
            if entry.is_file()
        )
        stats.append(f"{_TRIGGERS}:{_TRIGGERS.stat().st_size}:{_TRIGGERS.stat().st_mtime_ns}")  # how triggers are derived
        stats.append(f"format:{_FORMAT}")
        _fingerprint = format(zlib.crc32("|".join(stats).encode()), "08x")
    return _fingerprint


def load_toml(path: Path) -> dict:
    """``tomllib.loads`` of a rule file, from the disk cache when it is there."""
    stat = path.stat()
    key = f"toml:{path}:{stat.st_size}:{stat.st_mtime_ns}"
    entry = _get(key)
    if isinstance(entry, dict):
        return entry
    import tomllib  # only when a rule file changed since the last run

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    _remember(key, data)
    return data


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the disk cache when it is there."""
    if _sre is None or array(_CODE).itemsize != _sre.CODESIZE:
        return re.compile(pattern, flags)
    key = f"{int(flags)}:{pattern}"
    entry = _get(key)
    if isinstance(entry, tuple):
        try:
            cached_flags, code, *rest = entry
            return _sre.compile(pattern, cached_flags, array(_CODE, code).tolist(), *rest)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass
    compiled = re.compile(pattern, flags)  # also validates: re.error propagates
    code = _compiler._code(_shared_assertions(_parser.parse(pattern, flags)), flags)
    indexgroup = [None] * (compiled.groups + 1)
    for name, i in compiled.groupindex.items():
        indexgroup[i] = name
    entry = (compiled.flags, code, compiled.groups, dict(compiled.groupindex), tuple(indexgroup))
    _remember(key, (entry[0], array(_CODE, code).tobytes(), *entry[2:]))
    return _sre.compile(pattern, *entry)


def lazy(pattern: str, flags: int = 0) -> re.Pattern:
    """``compile(pattern, flags)``, put off until the pattern is first used when the disk cache has it (and so
    knows it compiles): a run compiles only the patterns its drafts need, which keeps a one-draft check quick."""
    if _sre is None or f"{int(flags)}:{pattern}" not in _load():
        return compile(pattern, flags)
    return _Lazy(pattern, flags)  # type: ignore[return-value]


class _Lazy:
    """A compiled pattern, compiled on first use; then its methods are its own attributes, as quick to reach as on a ``re.Pattern``."""

    def __init__(self, pattern: str, flags: int):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        compiled = compile(self.pattern, self._flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split", "groups", "groupindex", "flags"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_ASSERTIONS = (_parser.ASSERT, _parser.ASSERT_NOT) if _sre is not None else ()


def _shared_assertions(tree):
    r"""The parse tree with each run of alternatives that open with the same assertion sharing it:
    ``x|(?<![\w.])a|(?<![\w.])b`` is compiled as ``x|(?<![\w.])(?:a|b)``.

    The same matches, in the same order (an assertion looks at the position
    only, and the alternatives are still tried in turn), but ``re`` tests the
    assertion once a position rather than once an alternative: S003's link
    pattern, run on a third of real replies, takes about a quarter less time.
    """
    for i, (op, av) in enumerate(tree.data):
        if op is _parser.BRANCH:
            runs: list[list] = []
            for branch in av[1]:
                branch = _shared_assertions(branch)
                opener = repr(branch.data[0]) if branch.data and branch.data[0][0] in _ASSERTIONS else None
                if runs and opener is not None and runs[-1][0] == opener:
                    runs[-1][1].append(branch)
                else:
                    runs.append([opener, [branch]])
            branches = [
                run[0]
                if len(run) == 1
                else _parser.SubPattern(tree.state, [run[0].data[0], (_parser.BRANCH, (None, [_parser.SubPattern(tree.state, b.data[1:]) for b in run]))])
                for _, run in runs
            ]
            tree.data[i] = (op, (av[0], branches))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            _shared_assertions(av[2])
        elif op is _parser.SUBPATTERN:
            _shared_assertions(av[3])
        elif op in _ASSERTIONS:
            _shared_assertions(av[1])
        elif op is _parser.ATOMIC_GROUP:
            _shared_assertions(av)
        elif op is _parser.GROUPREF_EXISTS:
            for sub in av[1:]:
                if sub is not None:
                    _shared_assertions(sub)
    return tree


def triggers(pattern: str) -> tuple[frozenset[str], ...] | None:
    """``lint.triggers.triggers(pattern)``, from the disk cache when it is there (derived once per rule-set state)."""
    key = f"triggers:{pattern}"
    entry = _get(key)
    if isinstance(entry, list):
        return tuple(frozenset(strings) for strings in entry) or None
    from .lint.triggers import triggers as derive

    found = derive(pattern)
    _remember(key, [sorted(strings) for strings in found or ()])
    return found


def _get(key: str) -> tuple | dict | list | None:
    """The entry for ``key``, unmarshalled the first time it is read: a run reads a few of the entries, and unmarshalling
    all of them (both languages' patterns, 5 MB) took a fifth of a one-draft check."""
    entries = _load()
    entry = entries.get(key)
    if isinstance(entry, bytes):
        try:
            entry = marshal.loads(entry)
        except (ValueError, EOFError, TypeError):
            entry = None
        entries[key] = entry
    return entry


def _load() -> dict[str, bytes | tuple | dict | list | None]:
    global _entries
    if _entries is None:
        try:
            _entries = marshal.loads(cache_file().read_bytes())
            if not isinstance(_entries, dict) or len(_entries) > _MAX_ENTRIES:
                _entries = {}
        except (OSError, ValueError, EOFError, TypeError):
            _entries = {}
    return _entries


def _remember(key: str, entry: tuple | dict) -> None:
    global _dirty
    if not _dirty:
        atexit.register(_save)
    _dirty = True
    _load()[key] = entry


def _save() -> None:
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            tmp.write_bytes(marshal.dumps({key: entry if isinstance(entry, bytes) else marshal.dumps(entry) for key, entry in _load().items() if entry is not None}))
            os.replace(tmp, path)  # atomic: concurrent runs never see half a file
        finally:
            tmp.unlink(missing_ok=True)
        for stale in path.parent.glob(f"patterns-{_TAG}-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)
        # Half-written files of runs killed while saving; a save takes milliseconds, so one a minute old is no one's.
        for stale in path.parent.glob("patterns-*.tmp"):
            if time.time() - stale.stat().st_mtime > 60:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
