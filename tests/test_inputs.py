"""reviewer.inputs: drafts and input errors from files, directories and stdin."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from reviewer import Linter, inputs
from reviewer.inputs import Draft, HtmlText, InputError, InputWarning, encode, kind_of, read_bytes, read_inputs, walk

DATA = Path(__file__).parent / "data"


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Draft)], [i for i in items if isinstance(i, InputError)]


def test_kind_follows_the_file_name():
    assert kind_of("a/replies.JSONL") == "jsonl"
    assert kind_of("replies.csv") == "csv"
    assert kind_of("reply.htm") == "html"
    assert kind_of("macro.html.j2") == "html"
    assert kind_of("draft.txt") == "text"
    assert kind_of("README") == "text"


def test_jsonl_rows_read_by_orjson_as_the_standard_library_reads_them():
    """orjson reads most rows; what it refuses or reads otherwise gets the standard library's answer."""
    import json

    lines = [
        '{"id": 123456789012345678901234567890, "text": "Sorry!!"}',  # orjson: a float
        '{"id": "n", "text": "Sorry!!", "score": NaN}',  # orjson: an error
        '{"id": "s", "text": "Hi \\ud800"}',  # orjson: an error; the standard library: a lone surrogate
        '{"id": "u", "text": "Всё \\u2028 ok"}',
        '{"id": "bad", "text": ',
    ]
    items = list(read_bytes("rows.jsonl", "\n".join(lines).encode(), kind="jsonl"))
    drafts, errors = split(items)
    assert [(d.id, d.text) for d in drafts] == [(json.loads(line)["id"], json.loads(line)["text"]) for line in (lines[0], lines[1], lines[3])]
    assert type(drafts[0].id) is int
    assert [(e.line, e.message) for e in errors] == [
        (3, "the 'text' field has a lone surrogate (\\ud800), which is not text"),
        (5, "invalid JSON: Expecting value (column 23)"),
    ]


def test_jsonl_rows_and_errors_keep_their_line_numbers():
    drafts, errors = split(read_inputs([str(DATA / "replies.jsonl")]))
    assert [(d.id, d.line) for d in drafts] == [("t-1", 1), ("t-2", 2), (4, 5)]
    assert drafts[0].text == "Sorry if you were upset!!" and drafts[0].kind == "jsonl"
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (3, "invalid JSON"),
        (6, "no 'text' field (use --text-field to name another)"),
        (7, "empty draft"),
    ]
    assert str(errors[0]).startswith(f"{DATA / 'replies.jsonl'}:3: invalid JSON")


def test_jsonl_text_field_can_be_renamed():
    drafts, errors = split(read_bytes("x.jsonl", b'{"id": 1, "body": "Hello"}\n{"id": 2, "text": "Hi"}\n', kind="jsonl", text_field="body"))
    assert [d.text for d in drafts] == ["Hello"]
    assert errors[0].line == 2 and "'body'" in errors[0].message


@pytest.mark.parametrize(
    "line, message",
    [
        (b"[1, 2]", "expected a JSON object"),
        (b'{"text": 5}', "is not a string"),
        (b'{"id": {"a": 1}, "text": "Hi"}', "'id' field is not a string or an integer"),
        (b'{"id": true, "text": "Hi"}', "'id' field is not a string or an integer"),
        (b'{"text": "Hi', "invalid JSON: Unterminated string starting at (column 10)"),  # not "Invalid control character": the line's newline is not part of the row
    ],
)
def test_jsonl_bad_rows(line, message):
    _, errors = split(read_bytes("x.jsonl", b'{"text": "ok"}\n' + line + b"\n", kind="jsonl"))
    assert len(errors) == 1 and errors[0].line == 2 and message in errors[0].message


def test_jsonl_splits_on_newlines_only():
    # U+2028 is valid inside a JSON string; str.splitlines() would break the row there
    drafts, errors = split(read_bytes("x.jsonl", '{"text": "one\u2028two"}\n'.encode(), kind="jsonl"))
    assert not errors and drafts[0].text == "one\u2028two"


def test_csv_rows_multiline_fields_and_malformed_rows():
    drafts, errors = split(read_inputs([str(DATA / "replies.csv")]))
    assert [(d.id, d.line) for d in drafts] == [("c-1", 2), ("c-2", 3), ("c-3", 4), ("c-6", 8)]
    assert drafts[2].text == "Your refund was sent today.\nSorry if this was confusing!!"
    assert [e.line for e in errors] == [6, 7]
    assert "malformed CSV row" in errors[0].message and "expected 3 fields, got 4" in errors[1].message


def test_csv_without_id_column_and_with_long_field():
    long = "word " * 40_000  # past the csv module's default 128 KiB field limit
    drafts, errors = split(read_bytes("x.csv", f'text\n"{long}"\nHi\n'.encode(), kind="csv"))
    assert not errors and [d.id for d in drafts] == [None, None] and drafts[0].text == long


def test_csv_without_the_text_column_is_one_error():
    _, errors = split(read_bytes("x.csv", b"id,body\n1,Hi\n2,Hello\n", kind="csv"))
    assert len(errors) == 1 and "no 'text' column" in errors[0].message and "id, body" in errors[0].message
    _, errors = split(read_bytes("x.csv", b"", kind="csv"))
    assert "expected a header row" in errors[0].message


def test_binary_and_undecodable_bytes_are_errors_naming_the_source():
    _, errors = split(read_bytes("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0"))
    assert errors[0].source == "logo.png" and "binary" in errors[0].message
    _, errors = split(read_bytes("latin1.txt", "ok\ncafé".encode("latin-1")))
    assert errors[0].line == 2 and "not valid UTF-8" in errors[0].message


def test_byte_order_mark_is_not_text():
    drafts, _ = split(read_bytes("bom.txt", codecs.BOM_UTF8 + b"Hi Anna"))
    assert drafts[0].text == "Hi Anna"


def test_missing_file_is_an_error_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.txt").write_text("Hello")
    drafts, errors = split(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "a.txt")]))
    assert [d.text for d in drafts] == ["Hello"]
    assert errors[0].message == "no such file or directory"


def test_directories_skip_hidden_entries_and_binary_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text("two")
    (tmp_path / "a.md").write_text("one")
    (tmp_path / "sub" / "c.html").write_text("<p>three</p>")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "config").write_text("hidden")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\0\0")
    assert [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)] == ["a.md", "b.txt", "logo.png", "sub/c.html"]
    drafts, errors = split(read_inputs([str(tmp_path)]))
    assert [d.text.strip() for d in drafts] == ["one", "two", "three"] and not errors


@pytest.mark.parametrize("kind, data", [("text", b" \n\t"), ("html", b"<p> </p><!-- all markup -->"), ("jsonl", b'{"text": ""}'), ("csv", b"id,text\n7,\n")])
def test_empty_drafts_are_errors(kind, data):
    drafts, errors = split(read_bytes(f"x.{kind}", data, kind=kind))
    assert not drafts and [e.message for e in errors] == ["empty draft: there is no text to check"]


def test_stdin_is_one_plain_draft():
    drafts, _ = split(read_inputs(["-"], stdin="Sorry if you were upset!!\n".encode()))
    assert drafts == [Draft("-", "Sorry if you were upset!!\n", stdin=True)]


def test_row_label_names_the_row():
    assert Draft("r.jsonl", "x", kind="jsonl", id="t-1", line=3).label == "r.jsonl[t-1]"
    assert Draft("r.jsonl", "x", kind="jsonl", line=3).label == "r.jsonl[line 3]"
    assert Draft("a.txt", "x").label == "a.txt"


# ---------------------------------------------------------------- HTML


def test_html_text_drops_markup_and_keeps_visible_text():
    page = HtmlText((DATA / "reply.html").read_text())
    words = page.text.split()
    assert words == "Hi Anna, Your refund was sent today. Sorry if you were upset!!".split()
    assert "\n" in page.text.split("Hi Anna,")[1].split("Your")[0]  # a block tag separates the paragraphs


def test_html_offsets_map_back_into_the_markup():
    markup = "<p>We&rsquo;ll call you <b>today</b> &amp; fix it.</p>"
    page = HtmlText(markup)
    assert page.text.strip() == "We’ll call you today & fix it."
    at = page.text.index("’")
    assert markup[page.start(at) : page.end(at + 1)] == "&rsquo;"
    at = page.text.index("today")
    assert markup[page.start(at) : page.end(at + 5)] == "today"
    span = page.text.index("call"), page.text.index("fix") + 3
    assert markup[page.start(span[0]) : page.end(span[1])] == "call you <b>today</b> &amp; fix"


def test_html_source_line_breaks_are_spaces_and_unknown_entities_stay():
    page = HtmlText("<p>Sorry\nif &bogus; x</p>")
    assert page.text == "\nSorry if &bogus; x\n"


def test_a_quoted_earlier_message_is_not_the_agents_text():
    """An email reply's <blockquote> (Freshdesk, Gmail, Outlook) is the customer's earlier message, as a
    "> " line is in plain text: not checked, nested quotations included; the agent's text after it is."""
    markup = (
        '<div>Thanks for waiting, your refund went out today.</div>'
        '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">This is a HUGE problem!!! Sorry if I sound angry'
        "<blockquote>Earlier: what a hassle!!</blockquote> but fix it.</blockquote></div>"
        "<p>Sorry if this caused trouble!!</p>"
    )
    page = HtmlText(markup)
    assert "HUGE" not in page.text and "hassle" not in page.text and "fix it" not in page.text
    assert page.text.split() == "Thanks for waiting, your refund went out today. Sorry if this caused trouble!!".split()
    report = next(read_bytes("reply.html", markup.encode(), kind="html")).lint(Linter())
    spans = {f.code: markup[f.start : f.end] for f in report.findings}
    assert spans["A001"] == "Sorry if" and markup.index("Sorry if this") == next(f.start for f in report.findings if f.code == "A001")
    assert spans["S004"] == "!!" and "W001" not in spans


def test_html_findings_point_into_the_original_file():
    markup = (DATA / "reply.html").read_text()
    draft = next(read_bytes("reply.html", markup.encode(), kind="html"))
    report = draft.lint(Linter())
    assert report.text == markup
    a001 = [f for f in report.findings if f.code == "A001"]
    assert len(a001) == 1  # not the ones in <title>, the comment or the script
    f = a001[0]
    assert markup[f.start : f.end] == "Sorry if"
    lines = markup.split("\n")
    assert lines[f.line - 1][f.column - 1 :].startswith("Sorry if")
    s004 = [f for f in report.findings if f.code == "S004"]
    assert [markup[f.start : f.end] for f in s004] == ["!!"]
    assert lines[s004[0].line - 1] == "you were <b>upset</b>!!</p>"
    assert markup[s004[0].fix.start : s004[0].fix.end] == "!!"


# ---------------------------------------------------------------- encodings, rows and limits


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_utf16_and_utf32_with_a_byte_order_mark_are_text(tmp_path, bom, encoding):
    (tmp_path / "draft.txt").write_bytes(bom + "Привет, Анна!\nSorry if you were upset!!".encode(encoding))
    (tmp_path / "rows.jsonl").write_bytes(bom + '{"id": 1, "text": "Hi"}\n{"id": 2, "text": "Hello"}\n'.encode(encoding))
    drafts, errors = split(read_inputs([str(tmp_path)]))  # not skipped as binary in a walk
    assert not errors
    assert [d.text for d in drafts] == ["Привет, Анна!\nSorry if you were upset!!", "Hi", "Hello"]
    assert drafts[0].bom == bom and encode(drafts[0].text, drafts[0].bom) == (tmp_path / "draft.txt").read_bytes()


def test_jsonl_rows_are_read_one_at_a_time_and_an_undecodable_byte_spoils_its_row_only():
    data = b'{"text": "one"}\n{"text": "caf\xe9"}\n{"text": "three"}\n'
    drafts, errors = split(read_bytes("x.jsonl", data, kind="jsonl"))
    assert [d.text for d in drafts] == ["one", "three"]
    assert [(e.line, e.message) for e in errors] == [(2, "not valid UTF-8 (byte 0xe9); save it as UTF-8")]


@pytest.mark.parametrize(
    "line, message",
    [
        (b'{"text": "Hi \\ud800"}', "the 'text' field has a lone surrogate (\\ud800), which is not text"),
        (b'{"id": "\\udfff", "text": "Hi"}', "the 'id' field has a lone surrogate (\\udfff), which is not text"),
        (b"[" * 100_000, "invalid JSON: nested too deeply"),
        (b'{"text": "Hi", "n": ' + b"1" * 5000 + b"}", "invalid JSON: Exceeds the limit (4300 digits)"),
    ],
)
def test_jsonl_rows_that_are_valid_json_but_not_usable(line, message):
    drafts, errors = split(read_bytes("x.jsonl", line + b'\n{"text": "ok"}\n', kind="jsonl"))
    assert [d.text for d in drafts] == ["ok"]
    assert errors[0].line == 1 and errors[0].message.startswith(message)


def test_a_row_over_the_limit_is_skipped_and_the_next_row_read(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_DRAFT", 100)
    long = "x" * 150
    drafts, errors = split(read_bytes("x.jsonl", f'{{"text": "{long}"}}\n{{"text": "ok"}}\n'.encode(), kind="jsonl"))
    assert [d.text for d in drafts] == ["ok"] and [(e.line, e.message) for e in errors] == [(1, "too long: a row may be at most 0 MiB")]
    drafts, errors = split(read_bytes("x.csv", f"id,text\n1,{long}\n2,ok\n".encode(), kind="csv"))
    assert [(d.id, d.line) for d in drafts] == [("2", 3)] and [e.line for e in errors] == [2]


def test_duplicate_ids_warn_and_every_row_is_still_read():
    data = b'{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n{"id": "a", "text": "three"}\n'
    items = list(read_bytes("x.jsonl", data, kind="jsonl"))
    assert [d.text for d in items if isinstance(d, Draft)] == ["one", "two", "three"]
    (warning,) = [i for i in items if isinstance(i, InputError)]
    assert isinstance(warning, InputWarning) and (warning.line, warning.message) == (3, "duplicate id 'a', also on line 1")
    _, errors = split(read_bytes("x.csv", b"id,text\n7,one\n7,two\n", kind="csv"))
    assert [(type(e), e.line) for e in errors] == [(InputWarning, 3)]


def test_ids_are_kept_up_to_a_limit_so_memory_stays_flat(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_IDS", 2)
    rows = ["a", "b", "c", "a", "d", "d", "c"]
    data = "".join(f'{{"id": "{id}", "text": "row {n}"}}\n' for n, id in enumerate(rows, start=1)).encode()
    drafts, errors = split(read_bytes("x.jsonl", data, kind="jsonl"))
    assert len(drafts) == len(rows)
    assert [(e.line, e.message) for e in errors] == [
        (3, "over 2 row ids: duplicate ids past this row are not looked for (memory stays flat)"),
        (4, "duplicate id 'a', also on line 1"),
        (7, "duplicate id 'c', also on line 3"),  # "d" came past the limit: not kept, not compared
    ]


@pytest.mark.parametrize("name, data, message", [("x.csv", b"id,text\n", "no rows under the header: nothing to check"), ("x.jsonl", b"\n \n", "no rows: the file is empty")])
def test_files_without_rows_say_so(name, data, message):
    _, errors = split(read_bytes(name, data, kind=kind_of(name)))
    assert [e.message for e in errors] == [message]


def test_walk_reports_folders_it_cannot_list(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("Hi")
    (tmp_path / "sub").mkdir()
    scandir = os.scandir

    def refuse(path):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert [str(e) if isinstance(e, InputError) else e.name for e in walk(tmp_path)] == ["ok.txt", f"{tmp_path / 'sub'}: cannot read the folder: Permission denied"]


def test_text_inside_nested_templates_is_not_checked():
    page = HtmlText("<template><p>a<template>b</template>c</p></template><p>shown</p>")
    assert page.text.split() == ["shown"]
    page = HtmlText("<TEMPLATE><template></template>hidden")  # never closed: nothing after it shows
    assert page.text == ""
