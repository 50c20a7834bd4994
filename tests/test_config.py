"""Configuration: discovery, validation (errors name the key), and its effect on `reviewer check`."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from reviewer.cli import main
from reviewer.config import Config, ConfigError, find_config, load_config, parse_config

DRAFT = "Dear customer, the glitch is fixed today. Per our policy we refunded it."


@pytest.fixture(autouse=True)
def _bugs_raise(monkeypatch):
    monkeypatch.setenv("REVIEWER_DEBUG", "1")


def check_stdin(capsys, monkeypatch, text: str, *args: str):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code = main(["check", "-", "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out)[0]["findings"] if out else None), err


# ---------------------------------------------------------------- discovery


def test_found_by_walking_up_from_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "reviewer.toml").write_text('ignore = ["S"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    assert find_config() == tmp_path / "reviewer.toml"
    config = load_config()
    assert config.ignore == ("S",) and config.path == tmp_path / "reviewer.toml"


def test_pyproject_without_a_reviewer_section_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.reviewer]\nfail-on = "error"\n')
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "pkg") == tmp_path / "pyproject.toml"
    assert load_config(start=tmp_path / "pkg").fail_on == "error"


def test_reviewer_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.reviewer]\nfail-on = "error"\n')
    (tmp_path / "reviewer.toml").write_text('fail-on = "info"\n')
    assert load_config(start=tmp_path).fail_on == "info"


def test_no_config_means_the_defaults(tmp_path):
    if find_config(tmp_path) is not None:
        pytest.skip("a config file above the temporary directory")
    assert load_config(start=tmp_path) == Config()


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    "toml, error",
    [
        ("colour = 1", "tool.reviewer.colour: unknown key"),
        ('fail-on = "fatal"', "tool.reviewer.fail-on: expected one of info, warning, error, got 'fatal'"),
        ('lang = "fr"', "tool.reviewer.lang: expected auto, en or ru, got 'fr'"),
        ('select = ["A", "Z9"]', "tool.reviewer.select: 'Z9' matches no rule"),
        ('ignore = ["no-such"]', "tool.reviewer.ignore: 'NO-SUCH' is not a rule code or prefix"),
        ("ignore = 3", "tool.reviewer.ignore: expected a list of rule codes or prefixes"),
        ('[tool.reviewer.severity]\nW001 = "fatal"', "tool.reviewer.severity.W001: expected one of info, warning, error"),
        ('[tool.reviewer.severity]\nW999 = "error"', "tool.reviewer.severity.W999: no rule W999"),
        ('[tool.reviewer.words.W001]\nde = { extend = ["x"] }', "tool.reviewer.words.W001.de: unknown language"),
        ('[tool.reviewer.words.W001]\nen = { add = ["x"] }', "tool.reviewer.words.W001.en.add: unknown key"),
        ('[tool.reviewer.words.W001]\nen = { extend = [""] }', "tool.reviewer.words.W001.en.extend: expected a list of non-empty strings"),
        ('[tool.reviewer.words.A001]\nen = { extend = ["x"] }', "tool.reviewer.words.A001.en: rule A001 has no word list to change (rules with one: W001, W002)"),
        ('[tool.reviewer.words.S004]\nru = { replace = ["x"] }', "tool.reviewer.words.S004.ru: rule S004 has no word list to change"),
        ("[tool.reviewer.llm]\nbogus = 1", "tool.reviewer.llm.bogus: unknown key (known: base_url, model,"),
        ("[tool.reviewer.llm]\ntimeout = -1", "tool.reviewer.llm.timeout: expected a number of seconds above 0, got -1"),
        ("[tool.reviewer.llm]\nmax_retries = true", "tool.reviewer.llm.max_retries: expected a whole number, 0 or more, got True"),
        ('[tool.reviewer.llm]\nbase_url = "ftp://x"', "tool.reviewer.llm.base_url: expected an http:// or https:// URL, got 'ftp://x'"),
        ('[tool.reviewer.llm]\nstructured_output = "xml"', "tool.reviewer.llm.structured_output: expected auto, json_schema, json_object or prompt"),
        ('[[tool.reviewer.banned]]\nphrase = "per our policy"', "tool.reviewer.banned[0].suggestion: required"),
        ('[[tool.reviewer.banned]]\nsuggestion = "x"', "tool.reviewer.banned[0]: give a phrase or a pattern (one of them)"),
        ('[[tool.reviewer.banned]]\nphrase = "a"\npattern = "b"\nsuggestion = "x"', "tool.reviewer.banned[0]: give a phrase or a pattern"),
        (
            '[[tool.reviewer.banned]]\npattern = \'(per)\\s+\\1\'\nsuggestion = "x"',
            "tool.reviewer.banned[0].pattern: RE2 cannot run this pattern (invalid escape sequence: \\1); backreferences and lookarounds are not supported",
        ),
        ('[[tool.reviewer.banned]]\npattern = \'(?<!not )sorry\'\nsuggestion = "x"', "tool.reviewer.banned[0].pattern: RE2 cannot run this pattern (invalid perl operator: (?<!)"),
        ('[[tool.reviewer.banned]]\npattern = "(?:policy)?"\nsuggestion = "x"', "tool.reviewer.banned[0].pattern: the pattern matches empty text"),
        ("select = [", "invalid TOML"),
    ],
)
def test_invalid_config_names_the_key(tmp_path, toml, error):
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.reviewer]\n{toml}\n" if not toml.startswith("[") else toml + "\n")
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert str(exc.value).startswith(f"{path}: ") and error in str(exc.value)


def test_reviewer_toml_keys_are_named_without_the_tool_prefix(tmp_path):
    path = tmp_path / "reviewer.toml"
    path.write_text('fail_on = "loud"\n')
    with pytest.raises(ConfigError, match=r"reviewer\.toml: fail-on: expected one of"):
        load_config(path)


def test_parse_config_accepts_a_comma_string_of_codes():
    assert parse_config({"select": "a, W00"}).select == ("A", "W00")


# ---------------------------------------------------------------- effects on `reviewer check`


def write_config(tmp_path, monkeypatch, text: str) -> None:
    (tmp_path / "reviewer.toml").write_text(text)
    monkeypatch.chdir(tmp_path)


def test_severity_override_and_fail_on(capsys, monkeypatch, tmp_path):
    draft = "Dear customer, we refunded the charge today."  # W005 only, a warning by default
    write_config(tmp_path, monkeypatch, 'fail-on = "error"\n')
    code, findings, _ = check_stdin(capsys, monkeypatch, draft)
    assert [f["code"] for f in findings] == ["W005"] and code == 0
    write_config(tmp_path, monkeypatch, 'fail-on = "error"\n[severity]\nW005 = "error"\n')
    code, findings, _ = check_stdin(capsys, monkeypatch, draft)
    assert findings[0]["severity"] == "error" and code == 1
    code, _, _ = check_stdin(capsys, monkeypatch, draft, "--ignore", "W005")
    assert code == 0


def test_word_lists_extend_or_replace_per_language(capsys, monkeypatch, tmp_path):
    write_config(tmp_path, monkeypatch, '[words.W001]\nen = { extend = ["glitch"] }\nru = { replace = ["сбой"] }\n')
    text = "The glitch is fixed today; the problem is gone."
    _, findings, _ = check_stdin(capsys, monkeypatch, text, "--select", "W001")
    assert [text[f["start"] : f["end"]] for f in findings] == ["glitch", "problem"]
    text = "Здравствуйте, Анна! Сбоя больше нет, проблему решили сегодня."
    _, findings, _ = check_stdin(capsys, monkeypatch, text, "--select", "W001")
    assert [text[f["start"] : f["end"]] for f in findings] == ["Сбоя"]  # a form of the replaced list, not "проблему"


def test_banned_phrases_with_suggestion_and_fix(capsys, monkeypatch, tmp_path):
    write_config(
        tmp_path,
        monkeypatch,
        '[[banned]]\nphrase = "per our policy"\nsuggestion = "Explain the reason in plain words."\nreplacement = "because"\n',
    )
    _, findings, _ = check_stdin(capsys, monkeypatch, DRAFT, "--select", "C")
    assert [(f["code"], DRAFT[f["start"] : f["end"]], f["suggestion"]) for f in findings] == [
        ("C001", "Per our policy", "Explain the reason in plain words.")
    ]
    assert findings[0]["fix"]["applicability"] == "unsafe"


def test_banned_patterns_match_any_case_and_russian_forms(capsys, monkeypatch, tmp_path):
    write_config(
        tmp_path,
        monkeypatch,
        '[[banned]]\npattern = \'\\bper\\s+(?:our|my)\\s+(?:policy|last\\s+e-?mail)\'\nsuggestion = "Say why."\nreplacement = "as"\n'
        "[[banned]]\npattern = 'в\\s+связи\\s+с\\s+вышеизложенн\\pL+'\nsuggestion = \"Скажите прямо.\"\nlang = \"ru\"\n",
    )
    text = "PER MY LAST EMAIL, it ships today; per our policy we refunded it."
    _, findings, _ = check_stdin(capsys, monkeypatch, text, "--select", "C")
    assert [(text[f["start"] : f["end"]], f["suggestion"], f["fix"]["replacement"]) for f in findings] == [
        ("PER MY LAST EMAIL", "Say why.", "as"),
        ("per our policy", "Say why.", "as"),
    ]
    text = "В связи с вышеизложенным возврат оформлен."
    _, findings, _ = check_stdin(capsys, monkeypatch, text, "--select", "C")
    assert [text[f["start"] : f["end"]] for f in findings] == ["В связи с вышеизложенным"]


def test_a_catastrophic_pattern_on_a_100_kb_line_is_answered(tmp_path):
    """(a+)+$ backtracks for ages in Python's re; RE2 answers in time linear in the line (the timeout only guards the suite)."""
    (tmp_path / "reviewer.toml").write_text('[[banned]]\npattern = "(a+)+$"\nsuggestion = "No runs of a."\n')
    for name, text, spans in (("match.txt", "a" * 100_000, [[0, 100_000]]), ("none.txt", "a" * 100_000 + "!", [])):
        (tmp_path / name).write_text(text)
        done = subprocess.run(
            [sys.executable, "-m", "reviewer", "check", "--format", "json", "--select", "C", name],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )
        assert [[f["start"], f["end"]] for f in json.loads(done.stdout)[0]["findings"]] == spans


def test_invalid_config_through_the_cli_is_exit_2_and_one_line(capsys, monkeypatch, tmp_path):
    write_config(tmp_path, monkeypatch, '[severity]\nW001 = "loud"\n')
    code, findings, err = check_stdin(capsys, monkeypatch, DRAFT)
    assert code == 2 and findings is None
    assert err == f"reviewer: error: {tmp_path / 'reviewer.toml'}: severity.W001: expected one of info, warning, error, got 'loud'\n"


@pytest.mark.parametrize("table", ["bogus = 1", "timeout = -1", 'base_url = "ftp://x"'])
def test_check_stops_on_a_bad_llm_table_without_loading_the_llm_stack(tmp_path, table):
    """`reviewer check` reports an invalid [llm] table like every other command, and still
    imports neither pydantic nor openai to do it."""
    (tmp_path / "reviewer.toml").write_text(f"[llm]\n{table}\n")
    (tmp_path / "draft.txt").write_text("Hi Anna, your refund was sent today.")
    code = (
        "import sys\n"
        "from reviewer.cli import main\n"
        "code = main(['check', 'draft.txt'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'openai')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path, timeout=60)
    key = table.split(" =")[0]
    assert done.stdout.decode().strip() == "2 []"
    assert done.stderr.decode().startswith(f"reviewer: error: {tmp_path / 'reviewer.toml'}: llm.{key}: ")


def test_an_unreadable_config_on_the_way_up_is_a_config_error(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.reviewer]\n")
    nested = tmp_path / "team"
    nested.mkdir()
    read_bytes = type(tmp_path).read_bytes

    def refuse(path):
        if path.name == "pyproject.toml":
            raise PermissionError(13, "Permission denied")
        return read_bytes(path)

    monkeypatch.setattr(type(tmp_path), "read_bytes", refuse)
    with pytest.raises(ConfigError, match=r"pyproject.toml: cannot read: Permission denied"):
        find_config(nested)
