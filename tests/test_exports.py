"""Helpdesk exports and rows as inputs: the vendors' documented shapes, --where, --keep, --id-field,
CSV dialects and HTML fields. The fixtures in tests/data/exports follow each vendor's API documentation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer import Linter
from reviewer.cli import main
from reviewer.exports import Condition, Rows
from reviewer.inputs import Draft, InputError, InputWarning, read_bytes, read_inputs

EXPORTS = Path(__file__).parent / "data" / "exports"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Draft)], [i for i in items if isinstance(i, InputError)]


def check_json(capsys, *args) -> tuple[int, list[dict], str]:
    code = main(["check", *map(str, args), "--format", "json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.mark.parametrize(
    "name, ids",
    [
        ("zendesk_ticket_comments.json", [1276, 1281]),  # not the customer's comment, not the private note
        ("freshdesk_conversations.json", [3003]),  # not the incoming message, not the private note
        ("intercom_conversation.json", ["99004"]),  # not the customer, the bot, the note or the assignment
    ],
)
def test_each_helpdesk_export_gives_its_public_agent_replies(name, ids):
    drafts, errors = split(read_inputs([str(EXPORTS / name)]))
    assert not errors and [d.id for d in drafts] == ids


def test_zendesk_html_body_is_read_as_text_with_offsets_into_the_field(capsys):
    code, reports, _ = check_json(capsys, EXPORTS / "zendesk_ticket_comments.json", "--keep", "author,author_role,created_at,via.channel")
    first = reports[0]
    assert code == 1 and first["id"] == 1276
    assert first["fields"] == {"author": "Mark Stone", "author_role": "agent", "created_at": "2024-03-01T09:41:17Z", "via.channel": "web"}
    html = json.loads((EXPORTS / "zendesk_ticket_comments.json").read_text())["comments"][2]["html_body"]
    spans = {f["code"]: html[f["start"] : f["end"]] for f in first["findings"]}
    assert spans["A001"] == "Sorry if" and spans["W001"] == "problem"  # inside <strong>, found through the markup


def test_zendesk_rows_sit_on_their_lines_in_the_json_file(capsys):
    drafts, _ = split(read_inputs([str(EXPORTS / "zendesk_ticket_comments.json")]))
    lines = (EXPORTS / "zendesk_ticket_comments.json").read_text().splitlines()
    assert [lines[d.line - 1].strip() for d in drafts] == ['"id": 1276,', '"id": 1281,']
    assert drafts[0].label.endswith("zendesk_ticket_comments.json[1276]")


def test_intercom_html_entities_are_decoded_and_the_first_word_is_seen():
    (draft,) = split(read_inputs([str(EXPORTS / "intercom_conversation.json")]))[0]
    assert "we’ll look into this problem" in draft.text and "&rsquo;" not in draft.text
    codes = {f.code for f in draft.lint(Linter()).findings}
    assert {"A002", "S001", "S004", "W001"} <= codes  # A002: the reply opens with "Sorry", behind a <p>


def test_where_on_the_role_replaces_the_default():
    drafts, _ = split(read_inputs([str(EXPORTS / "intercom_conversation.json")], where=(Condition.parse("author_role=customer"),)))
    assert [d.id for d in drafts] == ["403918330", "99005"]  # the conversation's source and the customer's reply
    drafts, _ = split(read_inputs([str(EXPORTS / "intercom_conversation.json")], where=(Condition.parse("public=false"),)))
    assert [d.id for d in drafts] == ["99003"]  # the agent's internal note


def test_a_forced_format_that_does_not_fit_is_an_error_per_record():
    _, errors = split(read_bytes("x.jsonl", b'{"id": 1, "text": "Hi"}\n', kind="jsonl", format="intercom"))
    assert [(e.line, e.message) for e in errors] == [(1, "no Intercom message: the record has none of its fields")]


def test_intercom_conversations_stream_one_per_jsonl_line():
    conversation = json.loads((EXPORTS / "intercom_conversation.json").read_text())
    data = "\n".join(json.dumps({**conversation, "id": str(n)}).replace('"99004"', f'"{n}-99004"') for n in (1, 2)).encode()
    drafts, errors = split(read_bytes("c.jsonl", data, kind="jsonl", keep=("conversation_id",)))
    assert not errors and [(d.line, d.fields["conversation_id"]) for d in drafts] == [(1, "1"), (2, "2")]


def test_semicolon_csv_with_a_byte_order_mark_and_excels_sep_line(capsys):
    args = [EXPORTS / "zendesk_comments_semicolon.csv", "--text-field", "Comment", "--id-field", "Ticket ID", "--where", "Public=true",
            "--where", "Author role=agent", "--where", "Author role=admin", "--keep", "Author", "--keep", "Created at"]
    code, reports, err = check_json(capsys, *args)
    assert code == 1 and not err  # the ticket id repeats (a ticket has many comments): no duplicate warning for a named id field
    assert [(r["id"], r["fields"]) for r in reports] == [
        ("4711", {"Author": "Mark Stone", "Created at": "2024-03-01 10:22"}),
        ("4712", {"Author": "Olga Ivanova", "Created at": "2024-03-02 09:40"}),
    ]
    assert {f["code"] for f in reports[0]["findings"]} >= {"A001", "A002", "S004"}  # A002 despite the <p>
    assert [f["code"] for f in reports[1]["findings"]] == ["A002", "A004"]  # "Hi Anna, we&rsquo;re sorry for the wait"


def test_where_not_equal_and_a_field_named_twice():
    data = b"id,text,team\n1,Hi,billing\n2,Hello,tech\n3,Hey,sales\n"
    pick = [Condition.parse("team!=tech")]
    assert [d.id for d in split(read_bytes("x.csv", data, kind="csv", where=tuple(pick)))[0]] == ["1", "3"]
    pick = [Condition.parse("team=billing"), Condition.parse("team=TECH")]  # either value, case aside
    assert [d.id for d in split(read_bytes("x.csv", data, kind="csv", where=tuple(pick)))[0]] == ["1", "2"]


@pytest.mark.parametrize("text, parsed", [("Author role!=end-user", ("Author role", "end-user", False)), ("a=b=c", ("a", "b=c", True)), ("x=", ("x", "", True))])
def test_conditions_parse(text, parsed):
    assert tuple(Condition.parse(text)) == parsed


@pytest.mark.parametrize("text", ["novalue", "=x", "!=x"])
def test_bad_conditions_are_usage_errors(text, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", "x.csv", "--where", text])
    assert stop.value.code == 2 and "FIELD=VALUE" in capsys.readouterr().err


def test_a_column_the_options_name_must_be_in_the_header():
    _, errors = split(read_bytes("x.csv", b"id,text\n1,Hi\n", kind="csv", keep=("agent",)))
    assert [e.message for e in errors] == ["no 'agent' column in the header (columns: id, text)"]


def test_html_in_a_jsonl_field_is_text_with_offsets_into_the_field():
    field = "<p>Sorry if you were upset&hellip;</p>"
    (draft,), _ = split(read_bytes("x.jsonl", json.dumps({"id": 1, "text": field}).encode(), kind="jsonl"))
    report = draft.lint(Linter())
    assert draft.text.strip() == "Sorry if you were upset…" and report.text == field
    assert [field[f.start : f.end] for f in report.findings if f.code == "A001"] == ["Sorry if"]
    (plain,), _ = split(read_bytes("x.jsonl", b'{"text": "Refund is 5 < 10 days away"}', kind="jsonl"))
    assert plain.markup is None  # a "<" that opens no tag is not markup


def test_a_file_whose_rows_are_all_left_out_says_so():
    items = list(read_bytes("x.csv", b"id,text,public\n1,Hi,false\n", kind="csv", where=(Condition.parse("public=true"),)))
    assert items == [InputWarning("x.csv", "no row kept: 1 row, not with public=true")]


def test_json_arrays_of_rows_keep_their_lines_and_nested_fields():
    data = b'[\n  {"id": "a", "text": "Hi", "agent": {"name": "Ann"}},\n  {"id": "b", "text": "Hello", "agent": {"name": "Bob"}}\n]\n'
    drafts, errors = split(read_bytes("r.json", data, kind="json", where=(Condition.parse("agent.name=bob"),), keep=("agent.name",)))
    assert not errors and [(d.id, d.line, d.fields) for d in drafts] == [("b", 3, {"agent.name": "Bob"})]
    _, errors = split(read_bytes("r.json", b'[{"text": "Hi"},\n {"text": ', kind="json"))
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [(2, "invalid JSON")]


def test_a_folder_walk_passes_over_json_files_that_are_no_export(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "macros", "version": "1.0.0"}')
    (tmp_path / "ticket.json").write_text((EXPORTS / "freshdesk_conversations.json").read_text())
    drafts, errors = split(read_inputs([str(tmp_path)]))
    assert not errors and [d.id for d in drafts] == [3003]


def test_rows_named_fields():
    rows = Rows(text_field="Comment", id_field="Ticket ID", where=(Condition.parse("Public=true"),), keep=("Author",))
    assert rows.named() == ["Comment", "Ticket ID", "Public", "Author"]


def test_eval_lint_takes_where_and_keep(tmp_path, capsys):
    dataset = Path(__file__).parent / "data" / "eval_set.jsonl"
    out = tmp_path / "run"
    assert main(["eval", "lint", "--set", str(dataset), "--where", "lang=ru", "--keep", "tags.industry", "--out", str(out)]) == 0
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert records and all(r["lang"] == "ru" and set(r["fields"]) == {"tags.industry"} for r in records)
    assert json.loads((out / "run.json").read_text())["where"] == ["lang=ru"]
    capsys.readouterr()
    assert main(["eval", "lint", "--set", str(dataset), "--where", "lang=de", "--out", str(tmp_path / "none")]) == 2
    assert "no item of" in capsys.readouterr().err
