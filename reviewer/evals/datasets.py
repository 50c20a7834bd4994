"""Eval sets and candidate rewrites: JSONL rows, validated one by one.

A set is a JSONL file of drafts plus, usually, a YAML spec beside it that names
the data, the graders and the version (``replies-ru-en.v1.yaml`` →
``replies-ru-en.v1.jsonl``). Changing the data or a prompt bumps the version,
so two runs of the same ``name.vN`` are comparable.

A malformed row never stops a run: it is reported with its file and line and
the rest is used.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..resources import resource_dir
from ..text.lang import LANGS

DEFAULT_SET = "replies-ru-en"
T = TypeVar("T")
_VERSIONED = re.compile(r"(?P<name>.+)\.v(?P<version>\d+)$")


class DatasetError(ValueError):
    """The set or candidate file cannot be used at all (missing, unreadable, bad spec)."""


@dataclass(frozen=True)
class RowError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class EvalItem:
    id: str
    lang: str
    draft: str
    customer_message: str | None = None
    expected: tuple[str, ...] = ()  # rule codes that must fire on the draft
    must_keep: tuple[str, ...] = ()  # facts a rewrite must keep
    must_not_add: tuple[str, ...] = ()  # facts a rewrite must not invent
    references: tuple[str, ...] = ()  # good human rewrites
    tags: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalSet:
    name: str
    version: str
    data: Path
    items: list[EvalItem]
    errors: list[RowError]
    sha256: str  # of the data file: two runs on the same bytes are comparable
    spec: Path | None = None
    graders: tuple[str, ...] = ()
    description: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}.v{self.version}" if self.version else self.name

    def meta(self) -> dict:
        return {"name": self.name, "version": self.version, "data": str(self.data), "sha256": self.sha256}


def read_jsonl(path: Path) -> Iterator[tuple[int, Any] | RowError]:
    """(line number, parsed object) per non-blank line, or a RowError for a line that is not JSON."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield RowError(str(path), number, f"not valid JSON ({exc.msg} at character {exc.pos + 1})")
        except UnicodeDecodeError:
            raise DatasetError(f"{path}: not UTF-8 text") from None


def load_set(ref: str | None = None) -> EvalSet:
    """A set by path (``.jsonl`` data or ``.yaml`` spec) or by shipped name (``replies-ru-en``,
    ``replies-ru-en.v1``); the newest version of the default set when ``ref`` is None."""
    ref = ref or DEFAULT_SET
    path = Path(ref).expanduser()
    if path.is_file():
        return _from_spec(path) if path.suffix in (".yaml", ".yml") else _from_data(path)
    if path.suffix in (".jsonl", ".yaml", ".yml") or "/" in ref:
        raise DatasetError(f"{ref}: no such file")
    return _from_spec(_shipped_spec(ref))


def shipped_sets() -> list[str]:
    """The shipped sets as ``name.vN``, sorted."""
    return sorted(p.stem for p in resource_dir("eval", "sets").glob("*.yaml"))


def _shipped_spec(ref: str) -> Path:
    folder = resource_dir("eval", "sets")
    exact = folder / f"{ref}.yaml"
    if exact.is_file():
        return exact
    versions = [(int(m["version"]), p) for p in folder.glob(f"{ref}.v*.yaml") if (m := _VERSIONED.fullmatch(p.stem))]
    if not versions:
        known = ", ".join(shipped_sets()) or "none"
        raise DatasetError(f"no eval set named {ref!r} (shipped: {known}; or pass a .jsonl/.yaml path)")
    return max(versions)[1]


def _from_spec(spec_path: Path) -> EvalSet:
    import yaml

    try:
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{spec_path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise DatasetError(f"{spec_path}: invalid YAML: {exc}") from None
    if not isinstance(spec, dict):
        raise DatasetError(f"{spec_path}: expected a mapping with name, version and data")
    for key in ("name", "version", "data"):
        if spec.get(key) in (None, ""):
            raise DatasetError(f"{spec_path}: {key}: required")
    graders = spec.get("graders") or []
    if not isinstance(graders, list | dict):
        raise DatasetError(f"{spec_path}: graders: expected a list or a mapping of grader names")
    data = spec_path.parent / str(spec["data"])
    if not data.is_file():
        raise DatasetError(f"{spec_path}: data: {data} not found")
    return _from_data(
        data,
        name=str(spec["name"]),
        version=str(spec["version"]).removeprefix("v"),
        spec=spec_path,
        graders=tuple(str(g) for g in graders),  # a mapping's keys: the grader names
        description=str(spec.get("description") or "").strip(),
    )


def _from_data(path: Path, **spec: Any) -> EvalSet:
    if "name" not in spec:
        m = _VERSIONED.fullmatch(path.stem)
        spec.update(name=m["name"], version=m["version"]) if m else spec.update(name=path.stem, version="")
    items, errors = read_rows(path, parse_item)
    return EvalSet(data=path, items=items, errors=errors, sha256=sha256(path), **spec)


def read_rows(path: Path, parse: Callable[[Any], T]) -> tuple[list[T], list[RowError]]:
    """Every row ``parse`` accepts (the first of each id); the others as RowErrors.
    DatasetError when no row is usable."""
    items: list[T] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    for row in read_jsonl(path):
        if isinstance(row, RowError):
            errors.append(row)
            continue
        number, obj = row
        try:
            item = parse(obj)
        except ValueError as exc:
            errors.append(RowError(str(path), number, str(exc)))
            continue
        if item.id in seen:
            errors.append(RowError(str(path), number, f"id {item.id!r} repeats an earlier row (kept the first)"))
            continue
        seen.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"{path}: no usable rows" + (f" ({errors[0]})" if errors else ""))
    return items, errors


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_item(obj: Any) -> EvalItem:
    """One row of a set; ValueError names the field at fault."""
    from ..lint.registry import registry

    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    item_id = _id(obj)
    draft = obj.get("draft")
    if not isinstance(draft, str) or not draft.strip():
        raise ValueError(f"{item_id}: draft: required, a non-empty string")
    lang = obj.get("lang")
    if lang not in LANGS:
        raise ValueError(f"{item_id}: lang: expected {' or '.join(LANGS)}, got {lang!r}")
    customer = obj.get("customer_message")
    if customer is not None and not isinstance(customer, str):
        raise ValueError(f"{item_id}: customer_message: expected a string")
    expected = _strings(obj, "expected", item_id)
    unknown = [c for c in expected if c not in registry()]
    if unknown:
        raise ValueError(f"{item_id}: expected: unknown rule code {unknown[0]!r}")
    tags = obj.get("tags") or {}
    if not isinstance(tags, dict):
        raise ValueError(f"{item_id}: tags: expected an object")
    return EvalItem(
        id=item_id,
        lang=lang,
        draft=draft,
        customer_message=customer or None,
        expected=tuple(sorted(set(expected))),
        must_keep=_strings(obj, "must_keep", item_id),
        must_not_add=_strings(obj, "must_not_add", item_id),
        references=_strings(obj, "references", item_id),
        tags={str(k): str(v) for k, v in tags.items()},
    )


def _id(obj: dict) -> str:
    value = obj.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("id: required, a non-empty string")
    return value


def _strings(obj: dict, key: str, item_id: str) -> tuple[str, ...]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{item_id}: {key}: expected a list of non-empty strings")
    return tuple(value)


@dataclass(frozen=True)
class Candidate:
    id: str
    rewrite: str


@dataclass(frozen=True)
class Candidates:
    """Rewrites keyed by id, from a JSONL file of ``{"id", "rewrite"}``."""

    path: Path
    rewrites: dict[str, str]
    errors: list[RowError]
    sha256: str


def load_candidates(path: Path) -> Candidates:
    rows, errors = read_rows(path, parse_candidate)
    return Candidates(path, {c.id: c.rewrite for c in rows}, errors, sha256(path))


def parse_candidate(obj: Any) -> Candidate:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    item_id = _id(obj)
    text = obj.get("rewrite")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{item_id}: rewrite: required, a non-empty string")
    return Candidate(item_id, text)
