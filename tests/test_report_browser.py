"""The report pages in headless Chromium (marker ``browser``): the dashboard draws its charts,
sorts its tables and fetches nothing. Screenshots go to $REVIEWER_SCREENSHOTS."""

from __future__ import annotations

import pytest
from test_page_browser import browser, shots  # noqa: F401  (fixtures: Debian's Chromium, the screenshot folder)
from test_report import traffic

from reviewer.cli import main

pytestmark = pytest.mark.browser


def open_page(browser, path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(path.as_uri())
    return page


def test_dashboard_draws_its_charts_and_sorts_its_tables(browser, shots, tmp_path, capsys):  # noqa: F811
    rows = traffic(tmp_path / "t.jsonl", 600)
    assert main(["report", str(rows), "--out", str(tmp_path / "dash"), "--by", "agent", "--by", "month"]) == 0
    page = open_page(browser, tmp_path / "dash" / "report.html")
    charts = page.locator("figure.chart svg")
    assert charts.count() == 4  # scores, rules, trends, per agent
    for n in range(charts.count()):
        box = charts.nth(n).bounding_box()
        assert box["width"] > 300 and box["height"] > 100
    page.screenshot(path=shots / "report-dashboard.png", full_page=True)
    findings = page.locator("#table-rules tbody tr td:nth-child(3)")
    counts = [int(t) for t in findings.all_inner_texts()]
    assert counts == sorted(counts, reverse=True)  # most findings first
    page.locator("#table-rules th", has_text="findings").first.click()
    assert [int(t) for t in findings.all_inner_texts()] == sorted(counts)
    assert page.locator(".example mark").count() > 0
    assert all(url.startswith("file://") for url in page.requests)
