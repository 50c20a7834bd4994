"""`reviewer report`: a dashboard of real traffic for QA leads.

Replies from any input `reviewer check` reads (helpdesk exports included) are
checked a reply at a time into running counts (``traffic``); at the end the
counts become ``summary.json``, CSV tables for BI tools and one self-contained
HTML page with its charts (``write``).
"""

from __future__ import annotations


def dismissal_rates(config) -> dict[str, float] | None:
    """Per rule, the share of its findings agents dismissed, from the feedback store
    when one is configured; None without one (or in a build without the store)."""
    try:
        from ..feedback import open_store
    except ImportError:
        return None
    store = open_store(config)
    if store is None:
        return None
    return {code: float(rate) for code, rate in store.dismissal_rates().items()}
