"""Apology expressions, shared by A002 apology-first and A003 repeated-apology."""

from __future__ import annotations

import re
from functools import cache

from ..registry import expand_macros


@cache
def apology_regex(lang: str) -> re.Pattern:
    return re.compile(expand_macros("%apology%", lang), re.IGNORECASE)


def apologies(scan: str, lang: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    return list(apology_regex(lang).finditer(scan, start, len(scan) if end is None else end))
