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
