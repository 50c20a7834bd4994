"""The page, end to end: `reviewer serve` in a subprocess, driven in Debian's headless Chromium.

Playwright's Python package drives /usr/bin/chromium (Playwright's own browser
download is never used). Without Chromium the tests skip locally and fail on CI
(CI=true), where `.ci/run` installs it. Screenshots go to $REVIEWER_SCREENSHOTS,
or a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from scripted_server import ScriptedOpenAIServer, json_completion

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TOKEN = "page-test-token"
# an emoji first: the API counts code points, the page UTF-16 units
DRAFT_EN = "🙂 Dear customer,\n\nsorry if you were upset!!! We apologize for any inconvenience. Sorry for the wait!"
DRAFT_OK = "Dear customer, sorry if you were upset!! Your order #48213 is delayed. We will look into this problem."
GOOD = "Hi {{first_name}}, your order #48213 is held at our warehouse. We will ship it within [time frame]. Thank you for your patience."
DRAFT_RU = "Уважаемый клиент, извините, если мы вас чем-то обидели!!! Приносим извинения за доставленные неудобства. Спасибо за ожидание."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post(base: str, path: str, body: dict, token: str | None = None) -> dict:
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


class Server:
    """`reviewer serve` on a free loopback port, in a folder of its own (its config, if any)."""

    def __init__(self, folder: Path, *args: str, config: str | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        if config:
            (folder / "reviewer.toml").write_text(config, encoding="utf-8")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_") and k != "REVIEWER_TOKEN"}
        env["XDG_CACHE_HOME"] = str(folder / "cache")
        env["XDG_DATA_HOME"] = self.data = str(folder / "data")  # the feedback store's default place
        self.log = open(folder / "server.log", "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reviewer", "serve", "--port", str(self.port), *args],
            cwd=folder, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    self.log.seek(0)
                    raise RuntimeError(f"reviewer serve did not start:\n{self.log.read()}")
                time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("serve"))  # no config, no OPENAI_*: no LLM
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory):
    # a token, and an LLM endpoint where nothing listens: rewrite must say it is unavailable
    config = f'[llm]\nbase_url = "http://127.0.0.1:{free_port()}/v1"\nmax_retries = 0\ntimeout = 5\ncache = false\n'
    srv = Server(tmp_path_factory.mktemp("serve-guarded"), "--token", TOKEN, config=config)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory):
    # the scripted OpenAI-compatible server (not a model) plays an answer that passes the checks
    answer = {"rewrite": GOOD, "changes": [{"code": "A001", "change": "apologised for the delay itself"}], "notes": ""}
    with ScriptedOpenAIServer(default=json_completion(answer)) as scripted:
        config = f'[llm]\nbase_url = "{scripted.base_url}"\nmax_retries = 0\ncache = false\n'
        srv = Server(tmp_path_factory.mktemp("serve-llm"), config=config)
        yield srv
        srv.stop()


def test_serve_starts_with_a_token_and_checks_it(guarded_server):
    # no browser needed: the real `reviewer serve --token` process, over HTTP
    with urllib.request.urlopen(guarded_server.url + "/healthz", timeout=5) as response:
        assert json.loads(response.read())["llm_configured"] is True
    with pytest.raises(urllib.error.HTTPError) as refused:
        post(guarded_server.url, "/v1/check", {"text": "Hi"})
    assert refused.value.code == 401 and json.loads(refused.value.read())["error"] == "unauthorized"
    assert post(guarded_server.url, "/v1/check", {"text": "Hi!!!"}, token=TOKEN)["fixed"] == "Hi!"


@pytest.fixture(scope="module")
def browser():
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "the playwright package is not installed"
    executable = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if not missing and not executable:
        missing = f"{CHROMIUM} is missing (apt-get install chromium)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test must run on CI: {missing}")
        pytest.skip(missing)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("REVIEWER_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")  # a laptop screen
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def highlighted(page) -> dict[int, str]:
    """Finding index -> the text of the marks painted for it, read from the backdrop."""
    return page.evaluate(
        """() => {
            const spans = {};
            for (const mark of document.querySelectorAll('#backdrop mark'))
                for (const i of mark.dataset.findings.split(' ')) spans[i] = (spans[i] || '') + mark.textContent;
            return spans;
        }"""
    )


@pytest.mark.browser
def test_paste_see_highlights_apply_safe_fixes_and_rewrite(page, server, shots):
    expected = post(server.url, "/v1/check", {"text": DRAFT_EN})
    page.goto(server.url + "/")
    assert page.title() == "Reply reviewer"
    page.get_by_label("Customer's message").fill("Where is my order? I have been waiting for two weeks!")
    draft = page.get_by_label("Your reply draft")
    draft.fill(DRAFT_EN[:30])
    draft.press_sequentially(DRAFT_EN[30:], delay=5)  # as typed: the debounced checks run

    # every finding is listed and painted over exactly the characters the API reported
    page.wait_for_function("n => document.querySelectorAll('#findings > li').length === n", arg=len(expected["findings"]))
    spans = highlighted(page)
    code_points = list(DRAFT_EN)
    for index, finding in enumerate(expected["findings"]):
        assert spans[str(index)] == "".join(code_points[finding["start"] : finding["end"]]), finding["code"]
    assert page.locator("#backdrop mark.sev-error").count() >= 1
    assert page.locator("#backdrop").inner_text().rstrip("\u200b") == DRAFT_EN  # the layers hold the same text
    assert float(page.locator("#score").inner_text()) == expected["score"]
    assert page.locator("#counts").inner_text().startswith(f"{len(expected['findings'])} findings")
    assert "(detected: English)" in page.locator("#detected").inner_text()
    assert draft.get_attribute("lang") == "en"

    a001 = page.locator("#findings > li", has=page.locator("code", has_text="A001"))
    page.wait_for_function("() => ![...document.querySelectorAll('#findings .why')].some(p => p.textContent.endsWith('…'))")
    assert "passive defence" in a001.locator(".why").inner_text()  # from /v1/rules/A001, "Why is this bad?"
    assert "Apologise for the concrete fact" in a001.inner_text()
    page.screenshot(path=shots / "page-en-findings.png")

    # keyboard: F8 selects the first finding in the draft and reads it out
    draft.focus()
    page.keyboard.press("Control+Home")
    page.keyboard.press("F8")
    first = expected["findings"][0]
    units = page.evaluate("() => [document.getElementById('draft').selectionStart, document.getElementById('draft').selectionEnd]")
    assert DRAFT_EN.encode("utf-16-le")[units[0] * 2 : units[1] * 2].decode("utf-16-le") == "".join(code_points[first["start"] : first["end"]])
    assert first["code"] in page.locator("#status").inner_text()

    # rewrite without an LLM: the button is off, and a plain note for the agent says why (no setup details)
    assert page.get_by_role("button", name="Rewrite").is_disabled()
    note = page.locator("#rewrite-off")
    assert note.is_visible() and note.inner_text().startswith("Rewrite is not available here")
    assert "OPENAI" not in page.locator("body").inner_text() and "tool.reviewer" not in page.locator("body").inner_text()
    page.keyboard.press("Control+Enter")
    assert page.locator("#rewrite-panel").is_hidden()

    # apply the safe fixes (keyboard shortcut), undo, and again with the button
    page.keyboard.press("Control+Shift+Enter")
    page.wait_for_function("fixed => document.getElementById('draft').value === fixed", arg=expected["fixed"])
    assert "!!!" not in draft.input_value() and "Thank you for your patience" in draft.input_value()
    page.wait_for_function("() => ![...document.querySelectorAll('#findings code')].some(c => c.textContent === 'S004')")
    assert page.locator("#fix").is_disabled()  # nothing safe is left to fix
    assert "Applied" in page.locator("#status").inner_text()
    page.keyboard.press("Control+z")
    page.wait_for_function("text => document.getElementById('draft').value === text", arg=DRAFT_EN)
    page.get_by_role("button", name="Apply safe fixes").click()
    page.wait_for_function("fixed => document.getElementById('draft').value === fixed", arg=expected["fixed"])
    page.wait_for_function("() => document.getElementById('fix').disabled")
    page.screenshot(path=shots / "page-en-fixed.png")

    assert not page.problems
    assert all(url.startswith(server.url) or url.startswith("data:") for url in page.requests), "the page loads nothing from elsewhere"


@pytest.mark.browser
def test_russian_draft_is_detected_highlighted_and_rendered(page, server, shots):
    expected = post(server.url, "/v1/check", {"text": DRAFT_RU})
    page.goto(server.url + "/")
    page.get_by_label("Your reply draft").fill(DRAFT_RU)
    page.wait_for_function("n => document.querySelectorAll('#findings > li').length === n", arg=len(expected["findings"]))
    assert "(detected: Russian)" in page.locator("#detected").inner_text()
    assert page.get_by_label("Your reply draft").get_attribute("lang") == "ru"
    spans = highlighted(page)
    for index, finding in enumerate(expected["findings"]):
        assert spans[str(index)] == DRAFT_RU[finding["start"] : finding["end"]], finding["code"]
    assert "Уважаемый клиент" in page.locator("#findings").inner_text()
    # the language can be chosen: as English, the Russian rules no longer fire
    page.get_by_label("English").check()
    page.wait_for_function("() => document.getElementById('draft').lang === 'en'")
    page.get_by_label("Auto").check()
    page.wait_for_function("() => document.getElementById('draft').lang === 'ru'")
    page.screenshot(path=shots / "page-ru-findings.png")
    assert not page.problems


@pytest.mark.browser
def test_keyboard_order_and_labels(page, server):
    page.goto(server.url + "/")
    draft = page.get_by_label("Your reply draft")
    assert page.evaluate("() => document.activeElement.id") == "draft"  # ready to paste
    draft.fill("Hi Anna, sorry if that upset you!!")
    page.wait_for_selector("#findings > li")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "fix"  # Rewrite is off here: no LLM
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('#findings') !== null")  # then the findings
    page.keyboard.press("Enter")  # a finding selects its words in the draft
    assert page.evaluate("() => document.activeElement.id") == "draft"
    assert page.evaluate("() => document.getElementById('draft').selectionEnd > document.getElementById('draft').selectionStart")
    summary = page.locator("#summary")
    assert summary.get_attribute("aria-live") == "polite" and summary.get_attribute("role") == "status"
    assert page.get_by_role("list", name="Findings").count() == 1
    assert not page.problems


@pytest.mark.browser
def test_a_token_is_asked_for_and_an_unavailable_llm_is_reported(page, guarded_server, shots):
    page.goto(guarded_server.url + "/")
    page.get_by_label("Your reply draft").fill("Dear customer, sorry if you were upset!!")
    token = page.get_by_label("Access token")
    token.wait_for()  # the API answered 401: the page asks for the token
    token.fill(TOKEN)
    page.get_by_role("button", name="Use token").click()
    page.wait_for_selector("#findings > li")
    assert page.locator("#token-form").is_hidden()

    page.keyboard.press("Control+Enter")
    note = page.locator("#rewrite-note")
    note.wait_for()
    page.wait_for_function("() => document.getElementById('rewrite-note').textContent.includes('unavailable')")
    assert "apply the safe fixes" in note.inner_text()
    assert page.locator("#rewrite-body").is_hidden()
    page.screenshot(path=shots / "page-llm-unavailable.png")
    page.keyboard.press("Escape")
    assert page.locator("#rewrite-panel").is_hidden()
    assert page.evaluate("() => document.activeElement.id") == "draft"
    # the only console errors are the browser's own notes of the 401 and the 503
    assert all("401" in p or "503" in p for p in page.problems), page.problems


@pytest.mark.browser
def test_a_rewrite_is_shown_beside_the_draft_and_can_be_used(page, llm_server, shots):
    page.goto(llm_server.url + "/")
    page.get_by_label("Customer's message").fill("Where is order #48213? It is a week late!")
    page.get_by_label("Your reply draft").fill(DRAFT_OK)
    page.wait_for_selector("#findings > li")
    page.get_by_role("button", name="Rewrite").click()
    page.wait_for_function("() => document.getElementById('rewrite-say').textContent.startsWith('Rewritten')")
    note = page.locator("#rewrite-say").inner_text()
    assert "scripted-server" in note and "Fill in before sending: [time frame]" in note
    assert page.locator("#rw-before").inner_text() == DRAFT_OK
    assert page.locator("#rw-after").inner_text() == GOOD
    # the words changed are marked, the words kept are not
    assert page.locator("#rw-after ins", has_text="{{first_name}},").count() == 1
    assert page.locator("#rw-before del", has_text="Dear").count() == 1
    assert page.locator("#rw-after ins", has_text="#48213").count() == 0 and page.locator("#rw-before del", has_text="#48213").count() == 0
    changes = page.locator("#rw-changes li").all_inner_texts()
    assert any(c.startswith("A001") and "apologised for the delay itself" in c for c in changes), changes
    assert page.locator("#rw-findings-after li").all_inner_texts()[0].startswith("S005")
    page.screenshot(path=shots / "page-rewrite-ok.png", full_page=True)
    page.get_by_role("button", name="Copy").click()
    assert page.evaluate("() => navigator.clipboard.readText()") == GOOD
    page.get_by_role("button", name="Use this version").click()
    page.wait_for_function("text => document.getElementById('draft').value === text", arg=GOOD)
    page.wait_for_function("() => [...document.querySelectorAll('#findings code')].some(c => c.textContent === 'S005')")
    assert not page.problems


@pytest.mark.browser
def test_the_api_docs_render_offline(page, server):
    page.goto(server.url + "/docs")
    page.locator(".opblock-summary-path", has_text="/v1/check").wait_for()  # rendered from /openapi.json
    assert page.locator(".opblock").count() == 7  # check, rewrite, verify, feedback, rules, rule, healthz
    assert all(url.startswith(server.url) or url.startswith("data:") for url in page.requests)
    assert not page.problems


@pytest.mark.browser
def test_the_page_speaks_russian_when_the_browser_prefers_it(browser, server, shots):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="ru-RU")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(server.url + "/")
    page.wait_for_function("() => document.documentElement.lang === 'ru'")
    assert page.locator("h1").inner_text() == "Проверка ответов"
    assert page.get_by_role("button", name="Русский").get_attribute("aria-pressed") == "true"
    draft = page.get_by_label("Черновик ответа")
    # findings come in the draft's language, whatever the page's: an English draft reads English findings
    draft.fill(DRAFT_EN)
    page.wait_for_function("() => document.querySelectorAll('#findings > li').length > 0")
    assert "Apologise for the concrete fact" in page.locator("#findings").inner_text()
    assert page.locator("#counts").inner_text().endswith(".") and "замечани" in page.locator("#counts").inner_text()
    draft.fill(DRAFT_RU)
    page.wait_for_function("() => document.getElementById('draft').lang === 'ru' && document.querySelector('#findings .badge')")
    page.wait_for_function("() => ![...document.querySelectorAll('#findings .why')].some(p => p.textContent.endsWith('…'))")
    findings = page.locator("#findings").inner_text()
    assert "Обратитесь к клиенту по имени" in findings and "Почему это важно:" in findings
    badges = page.evaluate("() => [...document.querySelectorAll('#findings .badge')].map(b => b.textContent)")
    assert {"ошибка", "предупреждение"} <= set(badges)  # the page's own words for the severities
    page.screenshot(path=shots / "page-ru-ui.png")
    # the visible switch turns the page's own words to English and remembers the choice
    page.get_by_role("button", name="English").click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.locator("h1").inner_text() == "Reply reviewer"
    assert "Обратитесь к клиенту по имени" in page.locator("#findings").inner_text()  # the draft is still Russian
    page.reload()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert not problems
    context.close()


@pytest.mark.browser
def test_the_apis_errors_reach_the_agent_in_the_pages_language(browser, server):
    context = browser.new_context(locale="ru-RU")
    page = context.new_page()
    page.goto(server.url + "/")
    page.wait_for_function("() => document.documentElement.lang === 'ru'")
    page.get_by_label("Черновик ответа").fill("Hi!! " * 14000)  # 70 kB: over the server's 64 KiB body limit
    status = page.locator("#status")
    page.wait_for_function("() => document.getElementById('status').classList.contains('error')")
    assert status.inner_text() == "Текст слишком длинный для проверки здесь."  # the page's words, not the API's English
    context.close()


@pytest.mark.browser
def test_verify_a_reply_made_elsewhere(page, server, shots):
    page.goto(server.url + "/")
    page.get_by_label("Your reply draft").fill("Hi Anna, your refund of $42.10 for order #48213 went out today.")
    button = page.get_by_role("button", name="Verify")
    assert button.is_disabled()  # nothing to verify yet
    page.get_by_label("A rewrite made elsewhere").fill("Hi Anna, we refunded $24.10 for order #48213 today, and here is a 10% discount.")
    button.click()
    result = page.locator("#verify-result")
    result.wait_for()
    assert result.get_attribute("class") == "note warn"
    assert page.locator("#verify-say").inner_text().startswith("Fail: do not send it as it is.")
    reasons = page.locator("#verify-reasons li").all_inner_texts()
    assert "changed the amount “$42.10” to “$24.10”; keep the draft's value" in reasons
    assert any(r.startswith("promises a discount") for r in reasons)
    page.screenshot(path=str(shots / "verify.png"), full_page=True)
    assert not page.problems


def reviewer_cli(*args: str, data: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": data}
    return subprocess.run([sys.executable, "-m", "reviewer", *args], capture_output=True, text=True, env=env, timeout=60)


MIXED = "We apologize for the problem!! Sorry if you were upset. Call me on +44 7700 900123 and I will check it now."


@pytest.mark.browser
def test_findings_come_errors_first_then_apply_and_dismiss_one(page, server, tmp_path):
    expected = post(server.url, "/v1/check", {"text": MIXED})
    page.goto(server.url + "/")
    draft = page.get_by_label("Your reply draft")
    draft.fill(MIXED)
    page.wait_for_function("n => document.querySelectorAll('#findings > li').length === n", arg=len(expected["findings"]))
    rank = {"error": 2, "warning": 1, "info": 0}
    by_severity = sorted(expected["findings"], key=lambda f: (-rank[f["severity"]], f["start"]))
    listed = page.locator("#findings > li code").all_inner_texts()
    assert listed == [f["code"] for f in by_severity] and listed[0] == "A001"  # the error above the earlier warnings

    # Apply: that finding's own fix, nothing else
    s004 = page.locator("#findings > li", has=page.locator("code", has_text="S004"))
    s004.get_by_role("button", name="Apply").click()
    page.wait_for_function("() => document.getElementById('draft').value.includes('problem! Sorry')")
    assert draft.input_value() == MIXED.replace("!!", "!")
    page.wait_for_function("() => ![...document.querySelectorAll('#findings code')].some(c => c.textContent === 'S004')")

    # Dismiss with a short reason: gone from the list and the highlights, stored with the sentence masked
    w001 = page.locator("#findings > li", has=page.locator("code", has_text="W001"))
    w001.get_by_role("button", name="Dismiss").click()
    page.get_by_label("Why does it not apply here?").fill("the customer called it a problem first")
    w001.locator("form").get_by_role("button", name="Dismiss").click()
    page.wait_for_function("() => ![...document.querySelectorAll('#findings code')].some(c => c.textContent === 'W001')")
    assert "Dismissed W001" in page.locator("#status").inner_text()
    with page.expect_response("**/v1/check"):  # a new check: the dismissed finding stays dismissed for this draft
        draft.press("Control+End")
        draft.press_sequentially(" Thanks.")
    page.wait_for_timeout(200)
    assert draft.input_value().endswith("Thanks.") and "W001" not in page.locator("#findings").inner_text()
    assert page.locator("#backdrop mark").count() and "problem" not in "".join(page.locator("#backdrop mark").all_inner_texts())

    out = tmp_path / "dismissed.jsonl"
    done = reviewer_cli("feedback", "export", "--out", str(out), data=server.data)
    assert done.returncode == 0, done.stderr
    cases = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(cases) == 1 and cases[0]["tags"]["dismissed"] == "W001"
    assert cases[0]["draft"] == "We apologize for the problem!"  # the flagged sentence, not the draft
    assert "W001" not in cases[0]["expected"] and "the customer called it a problem first" in cases[0]["tags"]["reasons"]
    stats = reviewer_cli("feedback", "stats", "--format", "json", data=server.data)
    assert [(r["rule"], r["dismissed"]) for r in json.loads(stats.stdout)] == [("W001", 1)]
    assert not page.problems


@pytest.mark.browser
def test_a_dismissed_sentence_is_stored_masked(page, server):
    text = "Call me on +44 7700 900123 and I will check it now. Sorry if you were upset."
    page.goto(server.url + "/")
    page.get_by_label("Your reply draft").fill(text)
    a001 = page.locator("#findings > li", has=page.locator("code", has_text="A001"))
    a001.wait_for()
    a001.get_by_role("button", name="Dismiss").click()
    page.get_by_label("Why does it not apply here?").fill("quoting the customer")
    with page.expect_response("**/v1/feedback") as response:
        a001.locator("form").get_by_role("button", name="Dismiss").click()
    stored = response.value.json()
    assert stored["sentence"] == "Sorry if you were upset." and stored["rule"] == "A001" and stored["source"] == "page"
    # a finding spanning the phone's sentence keeps it masked
    record = post(server.url, "/v1/check", {"text": "Hi, call +44 7700 900123 now!! Thanks."})
    s004 = next(f for f in record["findings"] if f["code"] == "S004")
    body = {"text": "Hi, call +44 7700 900123 now!! Thanks.", "code": "S004", "start": s004["start"], "end": s004["end"], "reason": "urgent"}
    assert post(server.url, "/v1/feedback", body)["sentence"] == "Hi, call <PHONE_1> now!!"
    assert not page.problems


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_usable_at_desktop_and_phone_width_without_storing_the_draft(browser, server, shots, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="en-US")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(server.url + "/")
    page.get_by_label("Customer's message").fill("Where is my parcel? Order 48213, phone +44 7700 900123.")
    draft = page.get_by_label("Your reply draft")
    draft.fill(DRAFT_EN)
    page.wait_for_selector("#findings > li")
    page.get_by_role("button", name="Русский").click()
    page.wait_for_function("() => document.documentElement.lang === 'ru'")
    page.get_by_role("button", name="English").click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width  # no horizontal scroll
    for control in ("[data-locale=en]", "[data-locale=ru]", "#fix", "#findings > li .finding-actions button"):
        box = page.locator(control).first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, control
    draft_box, first = draft.bounding_box(), page.locator("#findings > li").first.bounding_box()
    if width == 390:  # one column: the findings follow the draft closely
        assert 0 < first["y"] - (draft_box["y"] + draft_box["height"]) < 320  # the buttons, a note and the score between
    else:  # beside it
        assert first["x"] > draft_box["x"] + draft_box["width"]
    assert page.locator("#rewrite-off").is_visible() and page.get_by_role("button", name="Rewrite").is_disabled()
    page.screenshot(path=shots / f"page-{width}.png", full_page=True)
    # nothing of the draft or the customer's message is kept in the browser
    kept = page.evaluate(
        """async () => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage), document.cookie,
            (await indexedDB.databases()).map(d => d.name), (await caches.keys())])"""
    )
    for words in ("Dear customer", "upset", "parcel", "48213", "7700"):
        assert words not in kept, kept
    assert page.locator("#draft").get_attribute("autocomplete") == "off" and page.locator("#context").get_attribute("autocomplete") == "off"
    assert not problems
    context.close()
