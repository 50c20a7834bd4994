"""Configuration: ``[tool.reviewer]`` in pyproject.toml, or reviewer.toml.

Found by walking up from the working directory (the first file that has a
reviewer section wins), validated, and every error names the key at fault.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Callable, NamedTuple

from .i18n import N_, _
from .model import SEVERITIES, Severity
from .text.lang import LANGS

CONFIG_FILES = ("reviewer.toml", "pyproject.toml")
_CODE = re.compile(r"[A-Z](\d{1,3})?")
_FULL_CODE = re.compile(r"[A-Z]\d{3}")


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file and key."""


class WordList(NamedTuple):
    extend: tuple[str, ...] = ()
    replace: tuple[str, ...] | None = None


class BannedPhrase(NamedTuple):
    phrase: str  # words, or with ``pattern`` a regular expression in RE2 syntax
    suggestion: str
    lang: str | None = None  # None: both languages
    replacement: str | None = None  # offered as an unsafe fix
    pattern: bool = False


def banned_regex(pattern: str):
    """A team's pattern compiled by RE2, whose time is linear in the draft's length: ``(a+)+$`` cannot hang a run.

    Case is ignored, and ё matches е, as for phrases; re2.error where RE2 cannot run the pattern.
    """
    import re2  # only for a config with patterns

    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # the error is ours to report, naming the key
    return re2.compile(pattern.replace("ё", "е").replace("Ё", "Е"), options)


class Config(NamedTuple):
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}  # defaults are shared: never mutated
    fail_on: Severity = "warning"
    lang: str | None = None
    locale: str | None = None  # the run's own words; None: the environment's
    words: dict[str, dict[str, WordList]] = {}
    banned: tuple[BannedPhrase, ...] = ()
    llm: dict[str, Any] = {}  # validated by reviewer.llm
    path: Path | None = None
    # which files a folder's walk checks (reviewer/scope.py); None: the defaults there
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    per_file_ignores: dict[str, tuple[str, ...]] = {}  # pattern -> codes; never mutated
    feedback: Path | None = None  # the feedback store's SQLite file; None: the default (reviewer/feedback)

    def selects(self, code: str) -> bool:
        chosen = not self.select or any(code.startswith(p) for p in self.select)
        return chosen and not any(code.startswith(p) for p in self.ignore)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest reviewer.toml, or pyproject.toml with [tool.reviewer], walking up."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            path = folder / name
            try:
                if path.is_file() and (name == "reviewer.toml" or b"[tool.reviewer" in path.read_bytes()):
                    return path
            except OSError as exc:  # an unreadable pyproject.toml on the way up: say so, not "internal error"
                raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return None


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Load and validate a config file; the defaults when there is none."""
    path = path or find_config(start)
    if path is None:
        return Config()
    import tomllib  # only when there is a config file: keeps a bare `reviewer check` fast

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    # pyproject.toml, or any file with a [tool.reviewer] table, holds the keys there; a reviewer.toml at its top level.
    tool = path.name == "pyproject.toml" or isinstance(raw.get("tool"), dict)
    if tool and not isinstance(raw.get("tool", {}).get("reviewer", {}), dict):
        raise ConfigError(f"{path}: tool.reviewer: expected a table")
    if tool and path.name != "pyproject.toml" and "reviewer" not in raw["tool"]:
        raise ConfigError(f"{path}: no [tool.reviewer] table (in a reviewer.toml the keys stand at the top level)")
    section = raw.get("tool", {}).get("reviewer", {}) if tool else raw
    # Keys are named as the file spells them: tool.reviewer.lang in pyproject.toml, lang in reviewer.toml.
    prefix = f"{path}: tool.reviewer." if tool else f"{path}: "
    return parse_config(section, prefix=prefix, path=path)


def table_name(config: Config, table: str) -> str:
    """How the config's file spells a table: ``tool.reviewer.llm`` in pyproject.toml, ``llm`` in reviewer.toml."""
    if config.path is None or config.path.name == "pyproject.toml":
        return f"tool.reviewer.{table}"
    return table


def parse_config(section: dict, *, prefix: str = "", path: Path | None = None) -> Config:
    """Validate a [tool.reviewer] table; ``prefix`` goes before every key an error names."""
    known = {
        "select", "ignore", "severity", "fail-on", "fail_on", "lang", "locale", "words", "banned", "llm",
        "include", "exclude", "extend-exclude", "respect-gitignore", "per-file-ignores", "feedback",
    }  # fmt: skip
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(f"{prefix}{unknown[0]}: unknown key (known: {', '.join(sorted(known - {'fail_on'}))})")
    respect_gitignore = section.get("respect-gitignore", True)
    if not isinstance(respect_gitignore, bool):
        raise ConfigError(f"{prefix}respect-gitignore: expected true or false")
    return Config(
        select=parse_codes(section.get("select", []), f"{prefix}select"),
        ignore=parse_codes(section.get("ignore", []), f"{prefix}ignore"),
        severity=_severity(section.get("severity", {}), f"{prefix}severity"),
        fail_on=_level(section.get("fail-on", section.get("fail_on", "warning")), f"{prefix}fail-on"),
        lang=_lang(section.get("lang"), f"{prefix}lang"),
        locale=_locale(section.get("locale"), f"{prefix}locale"),
        words=_words(section.get("words", {}), f"{prefix}words"),
        banned=_banned(section.get("banned", []), f"{prefix}banned"),
        llm=check_llm(_table(section.get("llm", {}), f"{prefix}llm"), f"{prefix}llm"),
        path=path,
        include=_patterns(section["include"], f"{prefix}include") if "include" in section else None,
        exclude=_patterns(section["exclude"], f"{prefix}exclude") if "exclude" in section else None,
        extend_exclude=_patterns(section.get("extend-exclude", []), f"{prefix}extend-exclude"),
        respect_gitignore=respect_gitignore,
        per_file_ignores={
            pattern: parse_codes(codes, f"{prefix}per-file-ignores.{pattern}")
            for pattern, codes in _table(section.get("per-file-ignores", {}), f"{prefix}per-file-ignores").items()
        },
        feedback=_feedback(section.get("feedback", {}), f"{prefix}feedback", path),
    )


def _patterns(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key}: expected a list of gitignore-style patterns")
    return tuple(value)


def _feedback(value: Any, key: str, path: Path | None) -> Path | None:
    """[feedback] path = "…": the store's SQLite file, relative to the config file."""
    table = _table(value, key)
    extra = sorted(set(table) - {"path"})
    if extra:
        raise ConfigError(f"{key}.{extra[0]}: unknown key (known: path)")
    if "path" not in table:
        return None
    if not isinstance(table["path"], str) or not table["path"].strip():
        raise ConfigError(f"{key}.path: expected a file name")
    return (path.parent if path else Path.cwd()) / Path(table["path"]).expanduser()


def parse_codes(value: Any, key: str) -> tuple[str, ...]:
    """Rule codes or prefixes ("A", "W00", "S001"), from a list or a comma string."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise ConfigError(f"{key}: expected a list of rule codes or prefixes")
    codes = tuple(i.strip().upper() for i in items if i.strip())
    for code in codes:
        if not _CODE.fullmatch(code):
            raise ConfigError(f"{key}: {code!r} is not a rule code or prefix (like A, W00, S001)")
        if not any(rule.startswith(code) for rule in _rule_codes()):
            raise ConfigError(f"{key}: {code!r} matches no rule (see `reviewer rules`)")
    return codes


def _rule_codes() -> list[str]:
    from .lint.registry import (
        registry,  # here: the rule files are read only when a config names codes
    )

    return list(registry())


def _level(value: Any, key: str) -> Severity:
    if value not in SEVERITIES:
        raise ConfigError(f"{key}: expected one of {', '.join(SEVERITIES)}, got {value!r}")
    return value


def _lang(value: Any, key: str) -> str | None:
    if value in (None, "auto"):
        return None
    if value not in LANGS:
        raise ConfigError(f"{key}: expected auto, {' or '.join(LANGS)}, got {value!r}")
    return value


def _locale(value: Any, key: str) -> str | None:
    from .i18n import LOCALES

    if value is None or value in LOCALES:
        return value
    raise ConfigError(f"{key}: expected {' or '.join(LOCALES)}, got {value!r}")


def _table(value: Any, key: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: expected a table")
    return value


# Every key of [llm]: the types it takes, its test, and what it expects (in an error).
# Checked here, without the LLM stack, so that a bad table stops every command,
# `reviewer check` included; reviewer.llm.settings builds its settings from them.
STRUCTURED_OUTPUT = ("auto", "json_schema", "json_object", "prompt")
_NUMBER = (int, float)
_PATH = (str, os.PathLike)
LLM_KEYS: dict[str, tuple[type | tuple[type, ...], Callable[[Any], bool], str]] = {
    "base_url": (str, lambda v: v.startswith(("http://", "https://")), N_("an http:// or https:// URL")),
    "model": (str, bool, N_("a model name")),
    "api_key_env": (str, bool, N_("the name of an environment variable")),
    "timeout": (_NUMBER, lambda v: v > 0, N_("a number of seconds above 0")),
    "max_retries": (int, lambda v: v >= 0, N_("a whole number, 0 or more")),
    "temperature": (_NUMBER, lambda v: 0 <= v <= 2, N_("a number from 0 to 2")),
    "max_tokens": (int, lambda v: v > 0, N_("a whole number above 0")),
    "max_prompt_tokens": (int, lambda v: v > 0, N_("a whole number above 0")),
    "max_attempts": (int, lambda v: 1 <= v <= 10, N_("a whole number from 1 to 10")),
    "structured_output": (str, lambda v: v in STRUCTURED_OUTPUT, N_("auto, json_schema, json_object or prompt")),
    "prompt_price_per_1k": (_NUMBER, lambda v: v >= 0, N_("a price in USD, 0 or more")),
    "completion_price_per_1k": (_NUMBER, lambda v: v >= 0, N_("a price in USD, 0 or more")),
    "encoding": (str, bool, N_("a tiktoken encoding name")),
    "prompt_version": (str, bool, N_("a prompt version such as v1")),
    "prompts_dir": (_PATH, bool, N_("a folder")),
    "cache": (bool, lambda v: True, N_("true or false")),
    "cache_dir": (_PATH, bool, N_("a folder")),
}


def check_llm(table: dict, key: str) -> dict:
    """The [llm] table, if every key is known and has a value it takes; ConfigError naming the key if not."""
    for name, value in table.items():
        if name not in LLM_KEYS:
            raise ConfigError(_("{key}: unknown key (known: {known})").format(key=f"{key}.{name}", known=", ".join(LLM_KEYS)))
        types, test, expected = LLM_KEYS[name]
        if value is None and name in ("base_url", "encoding", "prompt_version", "prompts_dir", "cache_dir"):
            continue  # None: the default, from the Python API
        if not isinstance(value, types) or (isinstance(value, bool) and types is not bool) or not test(value):
            raise ConfigError(_("{key}: expected {expected}, got {value!r}").format(key=f"{key}.{name}", expected=_(expected), value=value))
    return table


def _severity(value: Any, key: str) -> dict[str, Severity]:
    return {_full_code(code, f"{key}.{code}"): _level(level, f"{key}.{code}") for code, level in _table(value, key).items()}


def _full_code(code: str, key: str) -> str:
    if not _FULL_CODE.fullmatch(code):
        raise ConfigError(f"{key}: {code!r} is not a rule code (like W001)")
    if code not in _rule_codes():
        raise ConfigError(f"{key}: no rule {code} (see `reviewer rules`)")
    return code


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{key}: expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _words(value: Any, key: str) -> dict[str, dict[str, WordList]]:
    """[tool.reviewer.words.W001] en = {extend = [...]} / ru = {replace = [...]}"""
    from .lint.registry import registry

    out: dict[str, dict[str, WordList]] = {}
    for code, langs in _table(value, key).items():
        code_key = f"{key}.{code}"
        _full_code(code, code_key)
        out[code] = {}
        for lang, spec in _table(langs, code_key).items():
            lang_key = f"{code_key}.{lang}"
            if lang not in LANGS:
                raise ConfigError(f"{lang_key}: unknown language (use {' or '.join(LANGS)})")
            if not registry()[code].data(lang).words:  # words added to a rule that has none would match on their own
                listed = ", ".join(c for c, rule in registry().items() if rule.data(lang).words)
                raise ConfigError(_("{key}: rule {code} has no word list to change (rules with one: {codes})").format(key=lang_key, code=code, codes=listed))
            spec = _table(spec, lang_key)
            extra = sorted(set(spec) - {"extend", "replace"})
            if extra:
                raise ConfigError(f"{lang_key}.{extra[0]}: unknown key (use extend or replace)")
            out[code][lang] = WordList(
                extend=_strings(spec.get("extend", []), f"{lang_key}.extend"),
                replace=_strings(spec["replace"], f"{lang_key}.replace") if "replace" in spec else None,
            )
    return out


def _banned(value: Any, key: str) -> tuple[BannedPhrase, ...]:
    """[[tool.reviewer.banned]] phrase = "..." (or pattern = "..."), suggestion = "...", lang = "en"."""
    if not isinstance(value, list):
        raise ConfigError(f"{key}: expected an array of tables ([[tool.reviewer.banned]])")
    phrases = []
    for i, item in enumerate(value):
        item_key = f"{key}[{i}]"
        item = _table(item, item_key)
        extra = sorted(set(item) - {"phrase", "pattern", "suggestion", "lang", "replacement"})
        if extra:
            raise ConfigError(f"{item_key}.{extra[0]}: unknown key")
        if ("phrase" in item) == ("pattern" in item):
            raise ConfigError(_("{key}: give a phrase or a pattern (one of them)").format(key=item_key))
        what = "pattern" if "pattern" in item else "phrase"
        for required in (what, "suggestion"):
            if not isinstance(item.get(required), str) or not item[required].strip():
                raise ConfigError(f"{item_key}.{required}: required, a non-empty string")
        replacement = item.get("replacement")
        if replacement is not None and not isinstance(replacement, str):
            raise ConfigError(f"{item_key}.replacement: expected a string")
        if what == "pattern":
            _pattern(item["pattern"], f"{item_key}.pattern")
        text = item[what] if what == "pattern" else item[what].strip()
        phrases.append(BannedPhrase(text, item["suggestion"].strip(), _lang(item.get("lang"), f"{item_key}.lang"), replacement, what == "pattern"))
    return tuple(phrases)


def _pattern(pattern: str, key: str) -> None:
    import re2

    try:
        regex = banned_regex(pattern)
    except re2.error as exc:
        reason = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ConfigError(_("{key}: RE2 cannot run this pattern ({reason}); backreferences and lookarounds are not supported").format(key=key, reason=reason)) from None
    if regex.search(""):
        raise ConfigError(_("{key}: the pattern matches empty text; it would be found in every draft").format(key=key))
