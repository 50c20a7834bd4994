"""`reviewer report`: a dashboard of real traffic for QA leads.

Replies from any input `reviewer check` reads (helpdesk exports included) are
checked a reply at a time into running counts (``traffic``); at the end the
counts become ``summary.json``, CSV tables for BI tools and one self-contained
HTML page with its charts (``write``).
"""

from __future__ import annotations

from collections import Counter


def dismissal_rates(config) -> dict[str, float] | None:
    """Per rule, the share of its findings agents dismissed, from the feedback store
    (``reviewer.feedback``): dismissals over the findings `check --record` saw,
    over every rule-set version. None when there is no store yet; a rule whose
    findings were never counted (dismissed on the page only) has no rate."""
    from ..feedback import default_path, open_store

    if not (config.feedback or default_path()).exists():
        return None  # reading must not create the store
    store = open_store(config)
    try:
        rates = store.dismissal_rates()
    finally:
        store.close()
    shown, dismissed = Counter(), Counter()
    for rate in rates:
        if rate.shown:
            shown[rate.rule] += rate.shown
            dismissed[rate.rule] += rate.dismissed
    return {rule: dismissed[rule] / shown[rule] for rule in sorted(shown)}
