"""Russian word forms.

The rules' own Russian words are expanded into every surface form once, at
build time (``scripts/build_ru_forms.py``), and shipped as JSON, so checking a
draft never runs morphology. Words a user adds in config are expanded with
pymorphy3 when the config is loaded.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

FORMS_FILE = Path(__file__).resolve().parent.parent / "lint" / "data" / "ru_forms.json"


@cache
def _table() -> dict[str, list[str]]:
    return json.loads(FORMS_FILE.read_text(encoding="utf-8")) if FORMS_FILE.exists() else {}


def ru_forms(lemma: str) -> list[str]:
    """Every form of a Russian word (or of each word of a phrase), ё folded to е."""
    lemma = lemma.lower().replace("ё", "е")
    if lemma in _table():
        return _table()[lemma]
    return expand(lemma)


def expand(lemma: str) -> list[str]:
    """Expand with pymorphy3: all forms of every lexeme the word can be."""
    import pymorphy3  # only for words that did not ship pre-expanded

    morph = _analyzer(pymorphy3)
    forms = {lemma}
    for parse in morph.parse(lemma):
        if parse.normal_form.replace("ё", "е") == lemma or parse.word == lemma:
            forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
    return sorted(forms, key=lambda w: (-len(w), w))


@cache
def _analyzer(pymorphy3):
    return pymorphy3.MorphAnalyzer()
