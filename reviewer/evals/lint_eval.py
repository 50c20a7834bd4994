"""``eval lint``: does the linter flag what the labellers expect, and only that?

Per draft and rule code: the rule fired at least once (predicted) vs the code
is in ``expected`` (gold). Rules the config does not select are left out of
both sides.
"""

from __future__ import annotations

from ..lint.engine import Linter
from ..model import Report
from .datasets import EvalItem


def lint_record(item: EvalItem, linter: Linter, report: Report | None = None) -> dict:
    """The record of one item; ``report``: the draft's, when it was checked already (``eval lint --jobs``)."""
    report = report or linter.check(item.draft, lang=item.lang)
    found = sorted({f.code for f in report.findings})
    expected = sorted(c for c in item.expected if linter.config.selects(c))
    misses = sorted(set(expected) - set(found))
    false_alarms = sorted(set(found) - set(expected))
    return {
        "id": item.id,
        "lang": item.lang,
        "tags": item.tags,
        "expected": expected,
        "found": found,
        "misses": misses,
        "false_alarms": false_alarms,
        "metrics": {"misses": len(misses), "false_alarms": len(false_alarms)},
    }

