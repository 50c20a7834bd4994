"""Eval sets, specs, candidates and labels: loading, validation, and finding the shipped ones."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.evals.datasets import DatasetError, load_candidates, load_set
from reviewer.evals.judge import load_labels
from reviewer.resources import resource_dir

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def test_a_set_by_path():
    data = load_set(str(DATA / "eval_set.jsonl"))
    assert data.name == "eval_set" and data.version == ""
    assert [i.id for i in data.items] == ["en-1", "en-2", "en-3", "ru-1", "ru-2"]
    first = data.items[0]
    assert first.lang == "en" and first.expected == ("A001", "A002", "S004") and "#48213" in first.must_keep
    assert data.errors == [] and len(data.sha256) == 64


def test_the_shipped_set_by_name_and_version():
    newest, pinned = load_set("replies-ru-en"), load_set("replies-ru-en.v1")
    assert newest.name == "replies-ru-en" and newest.version == "2" and pinned.version == "1"
    assert newest.spec.name.endswith(".yaml") and "lint" in newest.graders
    assert len(pinned.items) >= 150 and {i.lang for i in pinned.items} == {"en", "ru"}
    assert {i.tags.get("industry") for i in pinned.items} >= {"bank", "telecom", "ecommerce", "delivery", "airline", "saas"}


def test_a_spec_names_its_data(tmp_path):
    shutil.copy(DATA / "eval_set.jsonl", tmp_path / "mini.v3.jsonl")
    (tmp_path / "mini.v3.yaml").write_text("name: mini\nversion: v3\ndata: mini.v3.jsonl\ngraders: [lint, rewrite]\n")
    data = load_set(str(tmp_path / "mini.v3.yaml"))
    assert (data.label, data.graders, len(data.items)) == ("mini.v3", ("lint", "rewrite"), 5)
    (tmp_path / "bad.yaml").write_text("name: bad\nversion: 1\n")
    with pytest.raises(DatasetError, match="data: required"):
        load_set(str(tmp_path / "bad.yaml"))


def test_malformed_rows_are_reported_and_the_rest_used(tmp_path):
    good = (DATA / "eval_set.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [
        good[0],
        "{not json",
        json.dumps({"id": "x1", "lang": "fr", "draft": "Bonjour"}),
        json.dumps({"id": "x2", "lang": "en", "draft": "Hi", "expected": ["Z999"]}),
        json.dumps({"id": "x3", "lang": "en", "draft": "  "}),
        json.dumps({"id": "x4", "lang": "en", "draft": "Hi", "must_keep": "Dan"}),
        good[0],  # the same id again
        "",
        good[1],
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = load_set(str(path))
    assert [i.id for i in data.items] == ["en-1", "en-2"]
    messages = [str(e) for e in data.errors]
    assert [e.line for e in data.errors] == [2, 3, 4, 5, 6, 7]
    assert "not valid JSON" in messages[0]
    assert "x1: lang: expected en or ru" in messages[1]
    assert "x2: expected: unknown rule code 'Z999'" in messages[2]
    assert "x3: draft: required" in messages[3]
    assert "x4: must_keep: expected a list" in messages[4]
    assert "repeats an earlier row" in messages[5]


def test_a_file_with_no_usable_row_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="no usable rows"):
        load_set(str(path))
    with pytest.raises(DatasetError, match="no such file"):
        load_set(str(tmp_path / "missing.jsonl"))


def test_candidates_keyed_by_id_with_bad_rows_reported():
    c = load_candidates(DATA / "eval_candidates.jsonl")
    assert sorted(c.rewrites) == ["en-1", "en-2", "ru-1", "zz-9"]
    assert [e.line for e in c.errors] == [5, 6]


def test_the_shipped_judge_labels_load():
    labels = load_labels()
    assert len(labels.items) >= 40 and labels.errors == []
    assert {i.lang for i in labels.items} == {"en", "ru"}
    assert all(set(i.human) == {"ownership", "empathy", "next_step", "clarity"} for i in labels.items)


def test_shipped_data_is_found_in_an_installed_layout(tmp_path):
    """`pip install --target DIR` puts the package in DIR and the data files in DIR/share/reply-reviewer
    (pyproject [tool.setuptools.data-files]); the lookup must find them there, away from any checkout."""
    target = tmp_path / "site"
    shutil.copytree(ROOT / "reviewer", target / "reviewer", ignore=shutil.ignore_patterns("__pycache__"))
    share = target / "share" / "reply-reviewer"
    shutil.copytree(ROOT / "eval", share / "eval")
    shutil.copytree(ROOT / "prompts", share / "prompts")
    code = (
        "from reviewer.evals.datasets import load_set; from reviewer.resources import resource_dir;"
        "s = load_set('replies-ru-en'); print(s.data); print(resource_dir('prompts'))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True).stdout
    data_path, prompts = out.splitlines()
    assert data_path == str(share / "eval" / "sets" / "replies-ru-en.v2.jsonl")
    assert prompts == str(share / "prompts")


def test_a_checkout_finds_its_own_folders():
    assert resource_dir("eval", "sets") == ROOT / "eval" / "sets"
