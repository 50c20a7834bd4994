"""Regular expressions and rule files, compiled and parsed, cached on disk like .pyc files.

Python's ``re`` parses and compiles patterns in pure Python, and the rules'
large alternations took most of a cold ``reviewer check`` (see
bench/bench_lint.py); parsing the rule files took the next share. The compiled
form of a pattern is a list of integers and a parsed rule file is a dict, so
both are cached per Python version in the user's cache directory (a rule file
keyed by its path, size and modification time). A pattern's integers are kept
as bytes: unmarshalling them as a list took 17 ms of every start, for all the
patterns of both languages, where turning the bytes of the patterns a run
compiles back into a list takes a fraction of that. The file is an index (a
checksum of each entry's key → where its bytes lie) and the entries, each
marshalled on its own; it is mapped, not read, so a run reads and unmarshals
only the entries it uses (a one-draft English check uses a sliver of the 7 MB
that both languages' patterns fill). Anything unexpected (another
Python, an unwritable directory, a damaged file) falls back to ``re.compile``
and ``tomllib``: the cache only ever saves time.
"""

from __future__ import annotations

import atexit
import marshal
import mmap
import os
import re
import struct
import sys
import time
import zlib
from array import array
from pathlib import Path

try:  # CPython's engine internals, stable across 3.11-3.13
    import _sre
    from re import _compiler, _parser

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another implementation: no cache
    _sre = None
    _TAG = ""

_CODE = "I"  # array typecode of a pattern's code words: 4 bytes, _sre.CODESIZE (checked in compile)
_FORMAT = 5  # of the entries: 2 keeps a pattern's code as bytes, 3 its alternatives' shared assertions, 4 each entry marshalled on its own, 5 an index and a mapped file; a new format gets a new file
_MAX_ENTRIES = 5000  # config-specific patterns come and go; start afresh past this
_HEADER = struct.Struct("<Q")  # the index's length in bytes, before the index
_entries: dict[str, tuple | dict | list | None] | None = None  # the entries read or made by this run; None: the file is not opened yet
_index: dict[int, tuple[int, int]] = {}  # in the file: checksum of a key → (offset, length) of its entry, ``marshal.dumps((key, entry))``
_stored: memoryview | bytes = b""  # the file's entries, after its index
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
    return cached(f"toml:{path}:{stat.st_size}:{stat.st_mtime_ns}", lambda: _parse_toml(path), dict)


def _parse_toml(path: Path) -> dict:
    import tomllib  # only when a rule file changed since the last run

    return tomllib.loads(path.read_text(encoding="utf-8"))


def cached(key: str, make, kind: type = object):
    """``make()``, a value marshal can store, from the disk cache when it is there (and of ``kind``)."""
    entry = _get(key)
    if not isinstance(entry, kind) or entry is None:
        entry = make()
        _remember(key, entry)
    return entry


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
    if _sre is None or not _has(f"{int(flags)}:{pattern}"):
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
    entry = cached(f"triggers:{pattern}", lambda: [sorted(strings) for strings in _derive_triggers(pattern) or ()], list)
    return tuple(frozenset(strings) for strings in entry) or None


def _derive_triggers(pattern: str) -> tuple[frozenset[str], ...] | None:
    from .lint.triggers import triggers as derive  # only when the rule set changed since the last run

    return derive(pattern)


def _get(key: str) -> tuple | dict | list | None:
    """The entry for ``key``, unmarshalled the first time it is read."""
    entries = _load()
    if key not in entries:
        entries[key] = None
        if (where := _index.get(_checksum(key))) is not None:
            try:
                stored_key, entry = marshal.loads(_stored[where[0] : where[0] + where[1]])
                entries[key] = entry if stored_key == key else None  # (another key with the same checksum: not ours)
            except (ValueError, EOFError, TypeError):
                pass
    return entries[key]


def _has(key: str) -> bool:
    return key in _load() and _entries[key] is not None or _checksum(key) in _index


def _checksum(key: str) -> int:
    data = key.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 32 | len(data)  # the key stored with the entry settles the rare clash


def _load() -> dict[str, tuple | dict | list | None]:
    global _entries, _index, _stored
    if _entries is None:
        _entries, _index, _stored = {}, {}, b""
        try:
            with open(cache_file(), "rb") as file:
                # mapped: a run pages in only what it reads (read whole on Windows, where a mapped file cannot be replaced)
                stored = memoryview(file.read() if os.name == "nt" else mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
            start = _HEADER.size + _HEADER.unpack_from(stored)[0]
            index = marshal.loads(stored[_HEADER.size : start])
            if isinstance(index, dict) and len(index) <= _MAX_ENTRIES:
                _index, _stored = index, stored[start:]
        except (OSError, ValueError, EOFError, TypeError, struct.error):
            pass
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
            tmp.write_bytes(_dumps())
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


def _dumps() -> bytes:
    """The file's bytes: the entries this run read or made, and the others as they were stored."""
    blobs = {_checksum(key): marshal.dumps((key, entry)) for key, entry in _load().items() if entry is not None}
    for checksum, (offset, length) in _index.items():
        blobs.setdefault(checksum, bytes(_stored[offset : offset + length]))
    index, offset = {}, 0
    for checksum, blob in blobs.items():
        index[checksum] = (offset, len(blob))
        offset += len(blob)
    head = marshal.dumps(index)
    return b"".join([_HEADER.pack(len(head)), head, *blobs.values()])
