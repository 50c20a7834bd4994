"""One line a finding, ``path:line:column: CODE [severity] message``, then the summary (Ruff's concise)."""

from __future__ import annotations

from . import text


class Writer(text.Writer):
    concise = True
