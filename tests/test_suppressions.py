"""Suppression comments in each kind's syntax: next line, block, whole file; R001 and R002."""

from __future__ import annotations

import json

import pytest

from reviewer.cli import main
from reviewer.config import Config
from reviewer.inputs import Draft, HtmlText
from reviewer.lint.engine import Linter

BAD = "Sorry if you were upset!! We will look into the problem."  # A001, A002, S004, S002, W001


def lint(text: str, kind: str = "text", config: Config | None = None, ignore=()):
    linter = Linter(config)
    draft = Draft("m", HtmlText(text).text, kind="html", markup=HtmlText(text)) if kind == "html" else Draft("m", text, kind=kind)
    return draft.lint(linter, ignore=ignore)


def codes(report):
    return sorted(f.code for f in report.findings)


@pytest.mark.parametrize(
    "comment",
    [
        "reviewer: ignore A001,W001 -- quoting the customer's words",  # a line of its own (text, Markdown)
        "<!-- reviewer: ignore A001 W001 -- quoting the customer's words -->",
        "{# reviewer: ignore A001, W001 -- quoting the customer's words #}",
        "{%- comment -%} reviewer: ignore A001 W001 -- quoting the customer's words {%- endcomment -%}",
        "{{!-- reviewer: ignore A001 W001 -- quoting the customer's words --}}",
        "{{! reviewer: ignore A001 W001 -- quoting the customer's words }}",
    ],
)
def test_next_line_in_every_comment_syntax(comment):
    report = lint(f"Hi Anna,\n{comment}\n\n{BAD}\nSorry if that hurt. The problem is fixed.\n")
    assert [(s.finding.code, s.finding.line, s.reason) for s in report.suppressed] == [
        ("A001", 4, "quoting the customer's words"),
        ("W001", 4, "quoting the customer's words"),
    ]
    left = {(f.code, f.line) for f in report.findings}
    assert ("A001", 5) in left and ("W001", 5) in left  # only the next line with text
    assert not {"R001", "R002"} & {f.code for f in report.findings}


def test_a_suppression_line_is_not_linted_as_the_agents_words():
    report = lint("reviewer: ignore-file S003 -- the problem list of links is on purpose, sorry if terrible!!\nHi Anna, all done today.\n")
    assert codes(report) == ["R002"]  # not W001, A001, W002 or S004 on the comment's own words


def test_block_by_prefix_and_enable():
    text = (
        "<!-- reviewer: disable W00,S004 -- the customer's complaint, quoted -->\n"
        f"{BAD}\n"
        "Truly terrible!!\n"
        "<!-- reviewer: enable -->\n"
        "Another problem here!!\n"
    )
    report = lint(text, kind="html")
    hidden = sorted({(s.finding.code, s.finding.line) for s in report.suppressed})
    assert hidden == [("S004", 2), ("S004", 3), ("W001", 2), ("W002", 3)]
    assert {("W001", 5), ("S004", 5)} <= {(f.code, f.line) for f in report.findings}


def test_whole_file_and_every_rule():
    report = lint("{# reviewer: ignore-file -- legacy macro, rewritten in TICKET-12 #}\n" + BAD)
    assert not [f for f in report.findings if f.code != "R002"] and len(report.suppressed) == 5
    assert report.score == 10.0 and not report.findings


def test_without_a_reason_is_r001_and_unused_or_unknown_is_r002():
    text = "{# reviewer: ignore A001 #}\nSorry if you were upset.\n{# reviewer: ignore W004,Z9 -- stale #}\nAll fixed today.\n"
    report = lint(text)
    found = [(f.code, f.line, f.message) for f in report.findings if f.code.startswith("R")]
    assert found == [
        ("R001", 1, "The suppression of A001 gives no reason."),
        ("R002", 3, "“Z9” in a suppression comment names no rule."),
        ("R002", 3, "The suppression of W004 suppresses nothing here."),
    ]
    assert report.suppressed[0].reason is None


def test_unused_suppression_is_fixed_by_deleting_the_comment(tmp_path, capsys):
    path = tmp_path / "macro.md"
    path.write_text("Hi Anna,\n<!-- reviewer: ignore S004 -- energetic greeting -->\nYour refund went out today.\n")
    assert main(["check", "--fix", str(path)]) == 0
    assert path.read_text() == "Hi Anna,\nYour refund went out today.\n"


def test_rules_not_checked_here_make_no_unused_suppression():
    text = "{# reviewer: ignore S002 -- ETA below #}\nHi Anna, all fixed today.\n"
    assert codes(lint(text)) == ["R002"]
    assert codes(lint(text, config=Config(ignore=("S",)))) == []
    assert codes(lint(text, ignore=("S002",))) == []  # per-file-ignores
    assert codes(lint(text, config=Config(select=("A", "W")))) == []  # R002 itself is not selected


def test_show_suppressed_in_text_json_and_sarif(tmp_path, capsys):
    path = tmp_path / "macro.md"
    path.write_text("<!-- reviewer: ignore A001 -- quoting the customer -->\nSorry if you were upset. Refunded today.\n")
    assert main(["check", str(path)]) == 1
    assert "= suppressed" not in capsys.readouterr().out
    main(["check", str(path), "--show-suppressed"])
    assert "= suppressed: quoting the customer" in capsys.readouterr().out
    main(["check", str(path), "--format", "json"])
    assert "suppressed" not in json.loads(capsys.readouterr().out)[0]
    main(["check", str(path), "--format", "json", "--show-suppressed"])
    report = json.loads(capsys.readouterr().out)[0]
    assert [(s["code"], s["reason"]) for s in report["suppressed"]] == [("A001", "quoting the customer")]
    assert "A001" not in [f["code"] for f in report["findings"]]
    main(["check", str(path), "--format", "sarif", "--show-suppressed"])
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert [r["suppressions"] for r in results if r["ruleId"] == "A001"] == [[{"kind": "inSource", "justification": "quoting the customer"}]]


def test_sarif_with_suppressions_is_valid(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    path = tmp_path / "macro.md"
    path.write_text("<!-- reviewer: ignore A001 -->\nSorry if you were upset!!\n")
    main(["check", str(path), "--format", "sarif", "--show-suppressed"])
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(json.loads(capsys.readouterr().out), schema)


def test_in_html_a_visible_line_is_no_suppression():
    report = lint("<p>reviewer: ignore A001 -- not a comment</p>\n<p>Sorry if you were upset.</p>")
    assert "A001" in codes(report) and not report.suppressed
