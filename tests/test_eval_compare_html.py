"""`reviewer eval compare A B --html`: two LLM runs against the scripted OpenAI-compatible server
(not a model: it answers what each test scripts). Run A echoes the draft; run B's "model" adds a
refund promise and a phone number to every answer, which the guard catches."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from scripted_server import ScriptedOpenAIServer, json_completion
from test_eval_llm import SET, VERDICT, config, here, run  # noqa: F401  (here: a clean working folder, no OPENAI_ variables)

from reviewer.evals.sections import reason_kind, wilson


def echo(body: dict):
    system = body["messages"][0]["content"]
    if "You grade replies" in system:
        return json_completion(VERDICT)
    draft = re.search(r"<draft>\n(.*)\n</draft>", body["messages"][-1]["content"], re.DOTALL)[1]
    return json_completion({"rewrite": draft, "changes": [], "notes": ""})


def inventor(body: dict):
    system = body["messages"][0]["content"]
    if "You grade replies" in system:
        return json_completion({**VERDICT, "empathy": 2})
    draft = re.search(r"<draft>\n(.*)\n</draft>", body["messages"][-1]["content"], re.DOTALL)[1]
    return json_completion({"rewrite": draft + " We will refund you in full. Call us at +1 415 555 0199.", "changes": [], "notes": ""})


class Text(HTMLParser):
    """The page's visible text, and its sections by heading."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "svg", "script")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "svg", "script")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(path) -> str:
    parser = Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split())


def test_compare_html_shows_status_rates_reasons_and_the_items_that_got_worse(capsys, tmp_path):
    for name, script in (("a", echo), ("b", inventor)):
        with ScriptedOpenAIServer(default=script) as server:
            code, _, err = run(capsys, "eval", "rewrite", "--config", str(config(tmp_path, server)), "--set", str(SET), "--rewriter", "llm", "--out", name)
            assert code == 0, err
    b = json.loads((tmp_path / "b" / "summary.json").read_text())
    assert b["status"] == {"fallback": 5}
    assert b["metrics"]["facts_invented_caught"]["value"] == 1.0  # every answer's invention was caught...
    assert b["metrics"]["facts_invented"]["value"] == 0.0  # ...so none reached a result
    code, out, _ = run(capsys, "eval", "compare", "a", "b", "--html", "compare.html")
    assert code == 0 and "facts_invented_caught" in out
    page = (tmp_path / "compare.html").read_text(encoding="utf-8")
    assert "<svg" in page and 'id="chart-status"' in page and 'id="chart-deltas"' in page and 'id="chart-slices"' in page
    text = visible(tmp_path / "compare.html")
    assert "ok 2/5 = 40.0% (11.8–76.9%) —" in text  # A: the two clean drafts pass when echoed; B: none
    assert "fallback 3/5 = 60.0% (23.1–88.2%) 5/5 = 100.0% (56.5–100.0%)" in text
    reasons = text.split("why items fell back A B", 1)[1]
    assert reasons.strip().startswith("added the phone — 3 promises money back — 3")  # ranked; B's English items (the Russian two say it in Russian)
    assert "5 items got worse in B" in text  # the judge marked every B rewrite down on empathy
    worse = text.split("items got worse in B", 1)[1]
    assert "customer" in worse and "draft" in worse and "rewrite A" in worse and "rewrite B" in worse
    assert "+1 415 555 0199" in worse and "guard rejected 1 of 1 answers" in worse
    empathy = re.search(r"empathy (\S+) (\S+) (\S+)", text.split("The judge per criterion", 1)[1])
    assert empathy.groups()[:2] == ("3", "2")
    assert "Every metric by language and tag" in text and "lang=ru" in text and "industry=ecommerce" in text


def test_wilson_interval_and_reason_kinds():
    assert wilson(0, 10) == (0.0, 0.2775) and wilson(10, 10) == (0.7225, 1.0)
    assert reason_kind("attempt 2: dropped the order/reference number “#48213” from the draft; keep it exactly") == "dropped the order/reference number"
    assert reason_kind("attempt 1: the answer was cut off at max_tokens=400 (finish_reason length)") == "the answer was cut off at max_tokens=N"
    assert reason_kind("attempt 3: linter: S002 missing-timeline at “We will…”: No time frame") == "linter: S002 missing-timeline"
