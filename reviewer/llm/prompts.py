"""Prompt files: ``prompts/<name>.v<N>.toml`` with explicit variables.

A prompt file declares ``variables``, and ``system`` / ``user`` templates that
use them as ``${name}``; an optional ``feedback`` template (variable
``${failures}``) is the message that asks again after a rejected answer. Loading checks that the templates use exactly the
declared variables; rendering fails with a clear error for a missing or an
unknown one. Values are inserted once and never re-scanned, so a draft
containing ``${...}`` or ``{{first_name}}`` stays as it is.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from ..resources import ResourceError, resource_dir

_FILE = re.compile(r"(?P<name>[a-z_]+)\.(?P<version>v\d+)\.toml")


class PromptError(ValueError):
    """A prompt file is missing or invalid, or a variable is missing."""


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    variables: tuple[str, ...]
    system: str
    user: str
    path: Path
    feedback: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}.{self.version}"

    def render(self, **values: str) -> list[dict]:
        """The chat messages with every declared variable filled in."""
        missing = [v for v in self.variables if v not in values]
        unknown = sorted(set(values) - set(self.variables))
        if missing or unknown:
            problem = f"missing variable(s) {', '.join(missing)}" if missing else f"unknown variable(s) {', '.join(unknown)}"
            raise PromptError(f"prompt {self.id} ({self.path}): {problem}; it declares {', '.join(self.variables)}")
        messages = []
        for role, template in (("system", self.system), ("user", self.user)):
            if template.strip():
                messages.append({"role": role, "content": Template(template).substitute(values)})
        return messages

    def render_feedback(self, failures: list[str]) -> dict:
        """The re-ask message listing what was wrong with the last answer."""
        if not self.feedback.strip():
            raise PromptError(f"prompt {self.id} ({self.path}) has no 'feedback' template")
        listed = "\n".join(f"- {f}" for f in failures)
        return {"role": "user", "content": Template(self.feedback).substitute(failures=listed)}


def prompts_dirs(folder: Path | None = None) -> list[Path]:
    """``folder`` (llm.prompts_dir), else the shipped prompts/: a checkout's, or the installed data files."""
    if folder:
        return [folder]
    try:
        return [resource_dir("prompts")]
    except ResourceError:
        return []


def versions(name: str, folder: Path | None = None) -> list[str]:
    """The versions of a prompt on disk, oldest first (v2 before v10)."""
    found = {m["version"] for d in prompts_dirs(folder) for p in d.glob(f"{name}.v*.toml") if (m := _FILE.fullmatch(p.name))}
    return sorted(found, key=lambda v: int(v[1:]))


def load_prompt(name: str, version: str | None = None, folder: Path | None = None) -> Prompt:
    """Load ``<name>.<version>.toml``; the newest version when none is given."""
    available = versions(name, folder)
    if not available:
        where = ", ".join(str(d) for d in prompts_dirs(folder)) or "no prompts folder"
        raise PromptError(f"no prompt files {name}.v*.toml in {where}")
    version = version or available[-1]
    if version not in available:
        raise PromptError(f"prompt {name}.{version} not found; available: {', '.join(available)}")
    path = next(d / f"{name}.{version}.toml" for d in prompts_dirs(folder) if (d / f"{name}.{version}.toml").is_file())
    try:
        stat = path.stat()
    except OSError as exc:
        raise PromptError(f"{path}: cannot read: {exc}") from None
    return _parse(path, name, version, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _parse(path: Path, name: str, version: str, mtime_ns: int, size: int) -> Prompt:
    """The prompt file parsed and checked, once per state of the file (an eval loads it per draft)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PromptError(f"{path}: cannot read: {exc}") from None
    variables = raw.get("variables")
    if not isinstance(variables, list) or not all(isinstance(v, str) and v.isidentifier() for v in variables):
        raise PromptError(f"{path}: 'variables' must list the template's variable names")
    system, user = raw.get("system", ""), raw.get("user", "")
    if not isinstance(system, str) or not isinstance(user, str) or not (system.strip() or user.strip()):
        raise PromptError(f"{path}: needs a 'system' and/or 'user' template (strings)")
    feedback = raw.get("feedback", "")
    if not isinstance(feedback, str):
        raise PromptError(f"{path}: 'feedback' must be a string")
    _check_variables(path, "system/user", system + user, set(variables))
    if feedback.strip():
        _check_variables(path, "feedback", feedback, {"failures"})
    return Prompt(name, version, tuple(variables), system, user, path, feedback)


def _check_variables(path: Path, part: str, template: str, declared: set[str]) -> None:
    used = set()
    for m in Template.pattern.finditer(template):
        if m.group("invalid") is not None:
            raise PromptError(f"{path}: a stray '$' in the {part} template; write $$ for a literal dollar sign")
        if not m.group("escaped"):
            used.add(m.group("named") or m.group("braced"))
    if used != declared:
        extra, unused = sorted(used - declared), sorted(declared - used)
        raise PromptError(f"{path}: the {part} template uses undeclared {extra} / never uses declared {unused}")
