"""`reviewer rules`, `reviewer rule CODE`, and the README's generated rule table."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.lint.registry import DOC_SECTIONS, registry

ROOT = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def _bugs_raise(monkeypatch):
    monkeypatch.setenv("REVIEWER_DEBUG", "1")


def run(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_lists_every_rule(capsys):
    code, out, _ = run(capsys, "rules")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["CODE", "NAME", "SEVERITY", "SUMMARY"]
    rows = {line.split()[0]: line for line in lines[1:] if line and line.split()[0] in registry()}
    assert list(rows) == list(registry())
    for code_, rule in registry().items():
        assert rows[code_].split()[1:3] == [rule.name, rule.severity] and rows[code_].endswith(rule.summary)


def test_rules_as_json(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and [r["code"] for r in rules] == list(registry())
    assert set(rules[0]) == {"code", "name", "severity", "summary", "languages", "lang", "doc"}
    assert all(list(r["doc"]) == list(DOC_SECTIONS) for r in rules)


@pytest.mark.parametrize("key", ["A001", "a001", "conditional-apology"])
def test_rule_explains_one_rule_by_code_or_name(capsys, key):
    code, out, _ = run(capsys, "rule", key)
    assert code == 0 and out.startswith("# A001 conditional-apology (error)\n")
    for section in DOC_SECTIONS:
        assert f"## {section}\n" in out
    assert out.index("## What it does") < out.index("## Why is this bad?") < out.index("## Fix safety")


def test_rule_as_json(capsys):
    code, out, _ = run(capsys, "rule", "S004", "--format", "json")
    rule = json.loads(out)
    assert code == 0 and rule == registry()["S004"].to_dict()


@pytest.mark.parametrize("key, hint", [("X999", ""), ("A01", "; did you mean A001?"), ("exclamation-overuze", "; did you mean exclamation-overuse?")])
def test_unknown_rule_is_exit_2_with_a_clear_message(capsys, key, hint):
    code, out, err = run(capsys, "rule", key)
    assert code == 2 and out == ""
    assert err.startswith(f"reviewer: error: unknown rule {key!r}{hint}") and "`reviewer rules`" in err


@pytest.mark.parametrize("command, example", [("rules", "reviewer rule A001"), ("rule", "reviewer rule conditional-apology")])
def test_help_has_examples(capsys, command, example):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and "examples:" in out and example in out


# ---------------------------------------------------------------- README


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_readme_rules", ROOT / "scripts" / "gen_readme_rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_rule_table_is_the_generated_one():
    generator = load_generator()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(generator.BEGIN) + len(generator.BEGIN) : readme.index(generator.END)]
    assert block.strip() == generator.render(), "README.md is out of date: run python scripts/gen_readme_rules.py"
    for rule in registry().values():
        assert f"| {rule.code} | `{rule.name}` | {rule.severity} |" in block


def test_generator_rewrites_only_its_block():
    generator = load_generator()
    text = f"# Title\n\n{generator.BEGIN}\nstale\n{generator.END}\n\nafter\n"
    updated = generator.rewrite(text)
    assert updated.startswith(f"# Title\n\n{generator.BEGIN}\n## Rules\n") and updated.endswith(f"{generator.END}\n\nafter\n")
    assert generator.rewrite(updated) == updated
