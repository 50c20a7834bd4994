"""Which files `reviewer check` reads in a folder, and which rules it leaves out per file.

``include`` (what a draft-like file is called), ``exclude`` and
``extend-exclude``, the ``.gitignore`` files of the repository, and
``per-file-ignores``: gitignore-style patterns (``pathspec``, the library
pip and black use for them) matched against paths relative to the project
root — the config file's folder, else the working directory. A folder that
is excluded is not entered. A file named on the command line is always
checked, unless ``--force-exclude`` asks for the scope there too (pre-commit
and CI name every changed file).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .config import Config

# Draft-like files: text, Markdown, HTML, the template languages, and the table formats.
DEFAULT_INCLUDE = (
    "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.j2", "*.jinja", "*.jinja2",
    "*.liquid", "*.hbs", "*.mustache", "*.tmpl", "*.tpl", "*.jsonl", "*.csv",
)  # fmt: skip
# A repository's own documents are not replies; tool folders hold no drafts.
DEFAULT_EXCLUDE = ("README*", "CHANGELOG*", "CONTRIBUTING*", "LICENSE*", "node_modules/", "venv/")


class Scope:
    def __init__(self, config: Config, root: Path | None = None):
        self.root = (root or (config.path.parent if config.path else Path.cwd())).resolve()
        exclude = config.exclude if config.exclude is not None else DEFAULT_EXCLUDE
        self._include = _spec(config.include if config.include is not None else DEFAULT_INCLUDE)
        self._exclude = _spec([*exclude, *config.extend_exclude])
        self._ignores = [(_spec([pattern]), codes) for pattern, codes in config.per_file_ignores.items()]
        self._gitignore = config.respect_gitignore

    def relative(self, path: Path | str) -> str:
        """The path from the project root, with forward slashes (as given when it lies outside)."""
        full = Path(os.path.abspath(path))
        try:
            return full.relative_to(self.root).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def admits(self, path: Path, folder: bool = False) -> bool:
        """Whether a walk takes this file (or enters this folder)."""
        name = self.relative(path) + ("/" if folder else "")
        if self._exclude.match_file(name) or self._gitignored(Path(os.path.abspath(path)), folder):
            return False
        return folder or self._include.match_file(name)

    def excludes(self, path: Path) -> bool:
        """Whether a named file is out of scope (``--force-exclude``): not included, or in an excluded folder."""
        full = Path(os.path.abspath(path))
        parents = [p for p in full.parents if p == self.root or self.root in p.parents]
        return not self.admits(path) or any(not self.admits(p, folder=True) for p in parents if p != self.root)

    def ignored_codes(self, path: str) -> tuple[str, ...]:
        """The rule codes and prefixes ``per-file-ignores`` leaves out for this file."""
        name = self.relative(path)
        return tuple(code for spec, codes in self._ignores if spec.match_file(name) for code in codes)

    def _gitignored(self, path: Path, folder: bool) -> bool:
        """What git would say, from the .gitignore files between the repository's top and the path (the deepest decides)."""
        repository = _repository(path.parent) if self._gitignore else None
        if repository is None:
            return False
        for level in path.parents:  # deepest first
            if level != repository and repository not in level.parents:
                break
            spec = _gitignore(level)
            if spec is None:
                continue
            verdict = spec.check_file(path.relative_to(level).as_posix() + ("/" if folder else "")).include
            if verdict is not None:
                return verdict
        return False


@cache
def _repository(folder: Path) -> Path | None:
    """The top of the git work tree holding ``folder`` (None outside one)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


@cache
def _gitignore(folder: Path):
    try:
        lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _spec(lines):
    """Gitignore-style patterns, matched by Python's re: pathspec would pick RE2 when it is installed
    (it is, for banned patterns), and RE2 cannot take a file name that is not UTF-8."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines, backend="simple")
