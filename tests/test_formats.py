"""Output formats: text, json, sarif (validated against the SARIF 2.1.0 schema), github."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from reviewer import Linter
from reviewer.cli.check import _use_color
from reviewer.formats import Checked, render
from reviewer.formats.github import escape_data, escape_property
from reviewer.inputs import Draft, InputError, read_inputs
from reviewer.lint.registry import registry
from reviewer.model import Finding, Fix, Report

DATA = Path(__file__).parent / "data"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
BAD = "Sorry if you were upset!!"


def checked_from(*paths: Path, stdin: str | None = None):
    linter, checked, errors = Linter(), [], []
    sources = [str(p) for p in paths] + (["-"] if stdin is not None else [])
    for item in read_inputs(sources, stdin=stdin.encode() if stdin is not None else None):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            checked.append(Checked(item, item.lint(linter)))
    return checked, errors


def one(report_text: str, finding: Finding, source: str = "draft.txt") -> list[Checked]:
    return [Checked(Draft(source, report_text), Report(report_text, "en", [finding], source=source))]


# ---------------------------------------------------------------- SARIF


@pytest.mark.parametrize(
    "inputs",
    [
        {"stdin": BAD},
        {"paths": [DATA / "reply.html"]},
        {"paths": [DATA / "replies.jsonl", DATA / "replies.csv"]},  # rows, and input errors
        {"stdin": "Hi Anna, your refund was sent today."},  # no results
    ],
    ids=["stdin", "html", "rows-and-errors", "clean"],
)
def test_sarif_is_valid_against_the_2_1_0_schema(inputs):
    checked, errors = checked_from(*inputs.get("paths", []), stdin=inputs.get("stdin"))
    log = json.loads(render("sarif", checked, errors))
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    assert len(run["results"]) == sum(len(c.report.findings) for c in checked)
    assert run["invocations"][0]["executionSuccessful"] is not bool(errors)
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == len(errors)


def test_the_schema_rejects_a_broken_log():
    log = json.loads(render("sarif", *checked_from(stdin=BAD)))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA)


def test_sarif_lists_every_rule_with_its_documentation():
    log = json.loads(render("sarif", [], []))
    jsonschema.validate(log, SCHEMA)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(registry())
    a001 = rules[0]
    assert a001["name"] == "conditional-apology" and a001["defaultConfiguration"]["level"] == "error"
    for section in ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety"):
        assert section in a001["help"]["text"] and f"## {section}" in a001["help"]["markdown"]
    info = next(r for r in rules if registry()[r["id"]].severity == "info")
    assert info["defaultConfiguration"]["level"] == "note"


def test_sarif_regions_match_the_findings():
    checked, _ = checked_from(stdin=f"Hi Anna,\n{BAD}\n")
    log = json.loads(render("sarif", checked, []))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = log["runs"][0]["results"]
    a001 = next(r for r in results if r["ruleId"] == "A001")
    assert rules[a001["ruleIndex"]]["id"] == "A001" and a001["level"] == "error"
    assert a001["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2,
        "startColumn": 1,
        "endLine": 2,
        "endColumn": 9,  # the column after "Sorry if"
        "charOffset": 9,
        "charLength": 8,
    }
    s004 = next(r for r in results if r["ruleId"] == "S004")
    replacement = s004["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {"deletedRegion": {"charOffset": 32, "charLength": 2}, "insertedContent": {"text": "!"}}


def test_sarif_rows_point_at_the_row_line_and_name_the_row():
    checked, _ = checked_from(DATA / "replies.csv")
    results = json.loads(render("sarif", checked, []))["runs"][0]["results"]
    multi_line_row = [r for r in results if r["properties"]["id"] == "c-3" and r["ruleId"] == "A001"][0]
    location = multi_line_row["locations"][0]
    assert location["physicalLocation"]["region"] == {"startLine": 4}
    assert location["logicalLocations"] == [{"name": "c-3", "kind": "object"}]
    assert (multi_line_row["properties"]["line"], multi_line_row["properties"]["column"]) == (2, 1)


# ---------------------------------------------------------------- GitHub


def test_github_escaping_follows_the_actions_toolkit():
    assert escape_data("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b"
    assert escape_property("dir,1/a:b%.txt") == "dir%2C1/a%3Ab%25.txt"


def test_github_annotations_by_severity_with_escaped_values():
    text = "one\ntwo 100% sure"
    finding = Finding("W002", "exaggeration", "warning", 8, 12, 2, 5, "Too sure: 100%,\nreally", "Say less.")
    out = render("github", one(text, finding, source="a,b:c.txt"), [])
    assert out == "::warning file=a%2Cb%3Ac.txt,line=2,col=5,endLine=2,endColumn=8,title=W002 exaggeration::Too sure: 100%25,%0Areally%0ASay less.\n"
    info = Finding("A004", "thank-instead-of-sorry", "info", 0, 3, 1, 1, "m", "s")
    error = Finding("A001", "conditional-apology", "error", 0, 3, 1, 1, "m", "s")
    assert render("github", one(text, info), []).startswith("::notice ")
    assert render("github", one(text, error), []).startswith("::error ")


def test_github_multi_line_spans_have_no_columns_and_rows_use_the_row_line():
    text = "one\ntwo"
    finding = Finding("S002", "missing-timeline", "warning", 0, 7, 1, 1, "m", "s")
    assert render("github", one(text, finding), []).startswith("::warning file=draft.txt,line=1,endLine=2,title=")
    checked, errors = checked_from(DATA / "replies.jsonl")
    out = render("github", checked, errors).splitlines()
    assert out[0].startswith(f"::error file={escape_property(str(DATA / 'replies.jsonl'))},line=3,title=reviewer%3A input error::invalid JSON")
    row = next(line for line in out if "title=A001" in line and ",line=5," in line)
    assert "::" + escape_data(f"{DATA / 'replies.jsonl'}[4]:1:1: ") in row


# ---------------------------------------------------------------- JSON and text


def test_json_is_one_array_of_report_dicts():
    checked, _ = checked_from(DATA / "replies.jsonl", DATA / "reply.html", stdin="Hi Anna, your refund was sent today.")
    # written a finding at a time, byte for byte the document json.dumps writes
    assert render("json", checked, []) == json.dumps([c.report.to_dict() for c in checked], ensure_ascii=False, indent=2) + "\n"
    assert json.loads(render("json", [], [])) == []


def test_json_of_an_id_past_64_bits_is_the_standard_librarys():
    report = Linter().check("Sorry!!")._replace(id=2**70)
    checked = [Checked(Draft("rows.jsonl", "Sorry!!", "jsonl", 2**70, 1), report)]
    assert render("json", checked, []) == json.dumps([report.to_dict()], ensure_ascii=False, indent=2) + "\n"


def test_text_colour_only_when_asked():
    checked, _ = checked_from(stdin=BAD)
    plain = render("text", checked, [])
    coloured = render("text", checked, [], color=True)
    assert "\x1b[" not in plain and "\x1b[31mA001 [error]\x1b[0m" in coloured


class Terminal:
    def isatty(self):
        return True


def test_colour_on_a_terminal_unless_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color(Terminal())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color(Terminal())


def test_text_marks_a_span_that_goes_on_past_its_line():
    text = "one\ntwo"
    finding = Finding("S002", "missing-timeline", "warning", 0, 7, 1, 1, "m", "s")
    lines = render("text", one(text, finding), []).splitlines()
    assert lines[1].endswith("1 | one") and lines[2].endswith("| ^^^ …")


def test_text_shows_deletions_and_summary_counts():
    text = "Hi. We value your feedback."
    finding = Finding("W003", "canned-phrase", "warning", 4, 27, 1, 5, "m", "s", Fix(4, 27, "", "unsafe"))
    out = render("text", one(text, finding), [InputError("x.txt", "binary file")])
    assert "fix (unsafe): delete “We value your feedback.”" in out
    assert out.splitlines()[-1] == (
        "Found 1 finding (1 warning) in 1 draft. 1 more with --fix --unsafe-fixes. 1 input could not be checked (see the errors above)."
    )


def test_nothing_checked():
    assert render("text", [], []) == "No findings in 0 drafts.\n"
    assert render("json", [], []) == "[]\n"
    assert render("github", [], []) == ""
    with pytest.raises(ValueError):
        render("xml", [], [])
