"""Where the shipped eval sets and prompts live: a checkout or an installed package.

``eval/`` and ``prompts/`` sit at the top of the repository, beside the
``reviewer`` package. An installed distribution carries them as data files
under ``share/reply-reviewer/`` (``[tool.setuptools.data-files]`` in
pyproject.toml), which pip puts under the environment's prefix, the user base
with ``--user``, or next to the package with ``--target``.

A checkout wins over installed copies: an editable install also copies the data
files into the venv, and those copies go stale as soon as someone edits a set.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from pathlib import Path

DATA_NAME = "reply-reviewer"
_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceError(LookupError):
    """A shipped resource is missing (a broken install)."""


@cache
def roots() -> tuple[Path, ...]:
    """Candidate folders holding ``eval/`` and ``prompts/``, in lookup order (asked once per process)."""
    checkout = _PACKAGE_DIR.parent
    candidates = [
        checkout if (checkout / "pyproject.toml").is_file() else None,
        _PACKAGE_DIR.parent / "share" / DATA_NAME,  # pip install --target DIR
        Path(sysconfig.get_path("data")) / "share" / DATA_NAME,  # a venv or system prefix
        Path(site.getuserbase()) / "share" / DATA_NAME,  # pip install --user
        Path(sys.prefix) / "share" / DATA_NAME,
    ]
    seen: list[Path] = []
    for path in candidates:
        if path is not None and path not in seen:
            seen.append(path)
    return tuple(seen)


def resource_dir(*parts: str) -> Path:
    """The first ``<root>/<parts...>`` folder that exists, e.g. ``resource_dir("eval", "sets")``."""
    for root in roots():
        folder = root.joinpath(*parts)
        if folder.is_dir():
            return folder
    raise ResourceError(f"{'/'.join(parts)}/ not found (looked in: {', '.join(str(r) for r in roots())}); reinstall reply-reviewer")
