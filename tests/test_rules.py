"""Per-rule fixtures (tests/rules/CODE.toml): `fire` drafts must get the rule, `pass` drafts must not."""

import tomllib
from pathlib import Path

import pytest

from reviewer import check
from reviewer.lint.registry import registry

FIXTURES = Path(__file__).parent / "rules"


def cases():
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for lang, groups in data.items():
            for expect in ("fire", "pass"):
                for i, text in enumerate(groups.get(expect, [])):
                    yield pytest.param(path.stem, lang, expect, text, id=f"{path.stem}-{lang}-{expect}-{i}")


@pytest.mark.parametrize("code,lang,expect,text", list(cases()))
def test_rule_fixture(code, lang, expect, text):
    report = check(text, lang=lang)
    hits = [f for f in report.findings if f.code == code]
    shown = [(f.code, text[f.start : f.end]) for f in report.findings]
    if expect == "fire":
        assert hits, f"{code} should fire on {text!r}; found {shown}"
    else:
        assert not hits, f"{code} must not fire on {text!r}; found {shown}"


def test_every_builtin_rule_has_fixtures_in_both_languages():
    for code, rule in registry().items():
        if code == "C001" or rule.kind == "meta":  # config-driven (test_banned_phrase); about suppressions (test_suppressions)
            continue
        data = tomllib.loads((FIXTURES / f"{code}.toml").read_text(encoding="utf-8"))
        for lang in ("en", "ru"):
            assert data[lang]["fire"] and data[lang]["pass"], f"{code} {lang}"
