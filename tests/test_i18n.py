"""The run's own words in English and Russian: catalogues, plural forms, how the locale is chosen."""

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import i18n
from reviewer.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_catalogues_are_complete_and_compiled():
    """Every message in the code is translated, and the shipped .mo is compiled from the .po."""
    run = subprocess.run([sys.executable, "scripts/build_locales.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    "n,expected",
    [(1, "1 замечание"), (2, "2 замечания"), (4, "4 замечания"), (5, "5 замечаний"), (11, "11 замечаний"), (12, "12 замечаний"), (21, "21 замечание"), (22, "22 замечания"), (25, "25 замечаний"), (111, "111 замечаний")],
)
def test_russian_plural_forms(n, expected):
    assert i18n.ngettext("{n} finding", "{n} findings", n, locale="ru") == expected


def test_english_plural_forms():
    assert [i18n.ngettext("{n} finding", "{n} findings", n, locale="en") for n in (1, 2)] == ["1 finding", "2 findings"]


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, None),  # LC_ALL wins, even as "C"
        ({"LANGUAGE": "de:ru", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({}, None),
    ],
)
def test_locale_from_environment(env, expected):
    assert i18n.from_environment(env) == expected


def test_option_beats_config_beats_environment():
    assert i18n.resolve("en", "ru", {"LANG": "ru_RU"}) == "en"
    assert i18n.resolve(None, "ru", {"LANG": "en_US"}) == "ru"
    assert i18n.resolve(None, None, {"LANG": "ru_RU"}) == "ru"
    assert i18n.resolve(None, None, {}) == "en"


@pytest.fixture
def english_environment(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_locale("en")


def _check(tmp_path, capsys, *args):
    draft = tmp_path / "draft.txt"
    draft.write_text("Thanks for waiting!!! Your refund went out today.", encoding="utf-8")
    code = main(["check", str(draft), *args])
    return code, capsys.readouterr().out


def test_summary_follows_locale_option(tmp_path, capsys, english_environment):
    code, out = _check(tmp_path, capsys, "--locale", "ru")
    assert code == 1
    assert "[предупреждение]" in out and "Найдено 1 замечание (1 предупреждение) в 1 черновике." in out
    assert "можно исправить через --fix" in out


def test_summary_follows_environment_then_config(tmp_path, capsys, monkeypatch, english_environment):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    _, out = _check(tmp_path, capsys)
    assert "Найдено 1 замечание" in out
    config = tmp_path / "reviewer.toml"
    config.write_text('locale = "en"\n', encoding="utf-8")
    _, out = _check(tmp_path, capsys, "--config", str(config))
    assert "Found 1 finding (1 warning) in 1 draft." in out


def test_config_rejects_unknown_locale(tmp_path, capsys, english_environment):
    config = tmp_path / "reviewer.toml"
    config.write_text('locale = "de"\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Your refund went out today.", encoding="utf-8")
    assert main(["check", str(draft), "--config", str(config)]) == 2
    assert "locale: expected en or ru, got 'de'" in capsys.readouterr().err


def test_no_translated_call_hides_inside_an_f_string():
    """Babel's extractor does not see _() inside an f-string: such a message would never be translated."""
    import ast

    hidden = []
    for path in (ROOT / "reviewer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and getattr(call.func, "id", None) in {"_", "ngettext", "N_"}:
                        hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden


def test_russian_draft_reads_russian_in_text_and_json(tmp_path, capsys, english_environment):
    draft = tmp_path / "draft.txt"
    draft.write_text("Уважаемый клиент, извините, если вы расстроились!! Мы разберёмся в ближайшее время.", encoding="utf-8")
    assert main(["check", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "Условное извинение «извините, если»" in out and "= suggestion: Извинитесь за конкретный факт" in out
    assert "Found 5 findings (1 error, 4 warnings) in 1 draft." in out  # the run's own words follow the locale: English here
    assert main(["check", str(draft), "--format", "json", "--locale", "ru"]) == 1
    import json

    (report,) = json.loads(capsys.readouterr().out)
    s002 = next(f for f in report["findings"] if f["code"] == "S002")
    assert s002["message"] == "Нет срока: клиент не знает, когда это произойдёт." and s002["severity"] == "warning"
    assert next(f for f in report["findings"] if f["code"] == "S004")["fix"]["title"] == "Оставить один знак"


def test_rule_explains_itself_in_russian(capsys, english_environment):
    assert main(["rule", "A001", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# A001 conditional-apology (ошибка)\n") and "## Почему это плохо?" in out and "Языки: en, ru" in out
    assert main(["rule", "A001", "--lang", "ru", "--format", "json"]) == 0
    import json

    rule = json.loads(capsys.readouterr().out)
    assert rule["lang"] == "ru" and rule["summary"].startswith("Извинение") and "пассивная защита" in rule["doc"]["Why is this bad?"]


def test_server_serves_rules_and_page_words_in_russian():
    from fastapi.testclient import TestClient

    from reviewer.server import create_app

    client = TestClient(create_app())
    rule = client.get("/v1/rules/A001", params={"lang": "ru"}).json()
    assert rule["lang"] == "ru" and "Что делает" not in rule["doc"]["What it does"] and "Находит" in rule["doc"]["What it does"]
    assert client.get("/v1/rules", params={"lang": "de"}).status_code == 422
    words = client.get("/i18n/ru.json").json()
    assert words["messages"]["Apply safe fixes"] == "Применить безопасные исправления"
    assert words["plurals"]["{n} finding"] == ["{n} замечание", "{n} замечания", "{n} замечаний"]
    assert client.get("/i18n/de.json").status_code == 404
    finding = client.post("/v1/check", json={"text": "Извините, если вы расстроились."}).json()["findings"][0]
    assert finding["message"].startswith("Условное извинение")


def _help(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as exit:
        main(list(argv))
    assert exit.value.code == 0
    return capsys.readouterr().out


def test_help_speaks_the_locale_asked_for(capsys, english_environment):
    """--help is printed before any config is read: it follows --locale, then the environment."""
    out = _help(capsys, "check", "--help", "--locale", "ru")
    assert out.startswith("использование: reviewer check")
    assert "позиционные аргументы:" in out and "параметры:" in out and "показать эту справку и выйти" in out
    assert "--fix" in out and "usage:" not in out and "show this help" not in out
    out = _help(capsys, "check", "--help")
    assert out.startswith("usage: reviewer check") and "show this help message and exit" in out
    out = _help(capsys, "--locale", "ru", "--help")
    assert out.startswith("использование: reviewer ") and "Проверить и улучшить ответы" in out


def test_help_of_a_subcommand_follows_the_environment(capsys, monkeypatch, english_environment):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    out = _help(capsys, "eval", "lint", "--help")
    assert out.startswith("использование: reviewer eval lint") and "папка прогона" in out
    assert "run folder" not in out


def test_usage_errors_speak_russian(capsys, english_environment):
    with pytest.raises(SystemExit) as exit:
        main(["check", "--format", "xml", "draft.txt", "--locale", "ru"])
    assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "reviewer check: ошибка: аргумент --format: недопустимый вариант: 'xml'" in err


def test_eval_tables_follow_the_locale(tmp_path, capsys, english_environment):
    """`eval --locale ru lint` and `eval lint --locale ru` both hold; the same run in English for contrast."""
    assert main(["eval", "--locale", "ru", "lint", "--out", str(tmp_path / "ru")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("правило ") and "метрика" in out and "95% интервал" in out and "папка прогона:" in out
    assert main(["eval", "lint", "--locale", "en", "--out", str(tmp_path / "en")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("rule ") and "95% interval" in out and "run folder:" in out
