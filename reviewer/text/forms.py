"""Russian word forms.

The rules' own Russian words are expanded into every surface form once, at
build time (``scripts/build_ru_forms.py``), and shipped as JSON, so checking a
draft never runs morphology. Words a user adds in config are expanded with
pymorphy3 when the config is loaded.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FORMS_FILE = Path(__file__).resolve().parent.parent / "lint" / "data" / "ru_forms.json"


@cache
def _table() -> dict[str, list[str]]:
    import json  # only for Russian rules: an English draft's check starts without it

    return json.loads(FORMS_FILE.read_text(encoding="utf-8")) if FORMS_FILE.exists() else {}


def ru_forms(key: str) -> list[str]:
    """Every form of a Russian word, ё folded to е.

    ``"проверить:futr,1per"`` keeps the forms with all those grammemes;
    ``"проверить:futr,1per|futr,3per"`` the forms of either set.
    """
    lemma, colon, spec = key.partition(":")
    key = lemma.lower().replace("ё", "е") + colon + spec  # grammemes are case-sensitive: INFN, futr
    return _table().get(key) or forms_of(key)


def forms_of(key: str) -> list[str]:
    """``ru_forms`` computed with pymorphy3, without the shipped table."""
    lemma, _, spec = key.partition(":")
    if not spec:
        return expand(lemma)
    # a set of grammemes a word lacks adds nothing ("futr,2per" of an imperfective verb), as long as one set finds forms
    forms = {form for alternative in spec.split("|") for form in _lexeme_forms(lemma, frozenset(alternative.split(",")))}
    if not forms:
        raise ValueError(f"no forms of {lemma!r} with {spec}")
    return sorted(forms, key=lambda w: (-len(w), w))


def expand(lemma: str, grammemes: frozenset[str] = frozenset()) -> list[str]:
    """Expand with pymorphy3: all forms of every lexeme the word can be (only those with ``grammemes``, if given)."""
    forms = _lexeme_forms(lemma, grammemes) | (set() if grammemes else {lemma})
    if not forms:
        raise ValueError(f"no forms of {lemma!r} with {','.join(sorted(grammemes))}")
    return sorted(forms, key=lambda w: (-len(w), w))


def _lexeme_forms(lemma: str, grammemes: frozenset[str]) -> set[str]:
    import pymorphy3  # only for words that did not ship pre-expanded

    morph = _analyzer(pymorphy3)
    return {f.word.replace("ё", "е") for parse in morph.parse(lemma) if parse.normal_form.replace("ё", "е") == lemma or parse.word == lemma for f in parse.lexeme if grammemes <= f.tag.grammemes}


@cache
def _analyzer(pymorphy3):
    return pymorphy3.MorphAnalyzer()
