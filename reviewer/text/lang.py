"""Language detection for a draft: Russian when Cyrillic letters dominate."""

from __future__ import annotations

import re

LANGS = ("en", "ru")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# Enough letters to decide; a long draft is not read to the end for this.
_SAMPLE = 4000


def detect_language(text: str) -> str:
    """Return "ru" if at least 30 % of the letters are Cyrillic, else "en".

    Russian drafts carry Latin brand names, URLs and order codes, so the
    threshold sits well below one half.
    """
    sample = text[:_SAMPLE]
    if sample.isascii() or not _CYRILLIC.search(sample):  # most drafts: no Cyrillic letter, nothing to count
        return "en"
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    return "ru" if cyr and cyr >= 0.3 * (cyr + lat) else "en"
