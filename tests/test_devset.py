"""Per-rule precision and recall on labelled drafts.

Three sets: the eval set (eval/sets/replies-ru-en.v1.jsonl) and two sets of
drafts written from the catalog alone by sessions that never saw the linter's
code (tests/data/heldout.jsonl, heldout2.jsonl). Each draft lists the rule codes that must fire; a
rule that fires on a draft without that label is a false alarm. Every rule
must reach P >= 0.9 and R >= 0.9 in each language, on each set.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from reviewer import check
from reviewer.lint.registry import registry

HERE = Path(__file__).resolve().parent
SETS = {
    "eval": HERE.parent / "eval" / "sets" / "replies-ru-en.v1.jsonl",
    "heldout": HERE / "data" / "heldout.jsonl",
    "heldout2": HERE / "data" / "heldout2.jsonl",
}
CODES = [code for code in registry() if code != "C001"]  # C001 is empty until a team configures it


def _rows(name):
    rows = [json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{**row, "draft": row.get("draft", row.get("text"))} for row in rows]


ROWS = {name: _rows(name) for name in SETS}


def _scores(rows):
    tp, fp, fn, misses = Counter(), Counter(), Counter(), []
    for row in rows:
        found = {f.code for f in check(row["draft"], lang=row["lang"]).findings}
        expected = set(row["expected"])
        for code in CODES:
            key = (code, row["lang"])
            if code in found and code in expected:
                tp[key] += 1
            elif code in found:
                fp[key] += 1
                misses.append(f"false alarm {code} on {row['id']}")
            elif code in expected:
                fn[key] += 1
                misses.append(f"missed {code} on {row['id']}")
    return tp, fp, fn, misses


SCORES = {name: _scores(rows) for name, rows in ROWS.items()}


def test_dev_set_is_large_and_bilingual():
    rows = ROWS["eval"]
    langs = Counter(row["lang"] for row in rows)
    assert len(rows) >= 120 and langs["en"] >= 50 and langs["ru"] >= 50


@pytest.mark.parametrize("name", sorted(SETS))
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("code", CODES)
def test_rule_precision_and_recall(name, code, lang):
    tp, fp, fn, misses = SCORES[name]
    key = (code, lang)
    assert tp[key] >= 4, f"{code} {lang}: too few labelled positives to measure"
    precision = tp[key] / (tp[key] + fp[key])
    recall = tp[key] / (tp[key] + fn[key])
    detail = [m for m in misses if f" {code} on " in m and lang in m.split(" on ")[1]]
    assert precision >= 0.9 and recall >= 0.9, f"{code} {lang}: P={precision:.2f} R={recall:.2f}; {detail}"


def test_reference_rewrites_are_clean_but_for_slots():
    """The human reference rewrites follow the guidance: only S005 slots may remain."""
    dirty = []
    for row in ROWS["eval"]:
        for ref in row.get("references") or []:
            codes = {f.code for f in check(ref, lang=row["lang"]).findings} - {"S005"}
            if codes:
                dirty.append((row["id"], sorted(codes)))
    assert len(dirty) <= 0.05 * len(ROWS["eval"]), dirty
