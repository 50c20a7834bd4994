// The paste-a-draft page: checks the draft as you type (debounced) and paints the
// findings on a backdrop behind the textarea. Vanilla JS, no dependencies.
"use strict";

const DEBOUNCE_MS = 300;
const TOKEN_KEY = "reviewer-token";
const LOCALE_KEY = "reviewer-locale"; // the page's language only: nothing of the draft is stored
const LANG_NAMES = { en: () => t("English"), ru: () => t("Russian") };

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const context = $("context");
const backdrop = $("backdrop");
const fixButton = $("fix");
const rewriteButton = $("rewrite");
const statusLine = $("status");

let report = null; // the last /v1/check answer that matches the draft, offsets in UTF-16 units
let llmReady = false; // /healthz: whether the server has an LLM for Rewrite
const dismissed = new Set(); // "code|flagged words" the agent dismissed; kept in memory only, never in storage
let timer = null;
let latest = 0; // sequence number of the newest check request
const whyCache = new Map(); // "code lang" -> Promise of the rule's "Why is this bad?" text

// ---- the page's own words ------------------------------------------------------
// English is written in the code; other languages come from the server's gettext
// catalogue (/i18n/ru.json), with plural forms picked by Intl.PluralRules.

let locale = "en";
let catalogue = { messages: {}, plurals: {} };
const PLURAL_INDEX = { one: 0, two: 1, few: 1, many: 2, other: 1 }; // gettext order of ru forms: one, few, many

function t(message) {
  return catalogue.messages[message] || message;
}

function tn(singular, plural, n) {
  const forms = catalogue.plurals[singular];
  const index = locale === "en" ? (n === 1 ? 0 : 1) : PLURAL_INDEX[new Intl.PluralRules(locale).select(n)];
  const text = forms ? forms[Math.min(index, forms.length - 1)] : n === 1 ? singular : plural;
  return text.replaceAll("{n}", String(n));
}

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

function preferredLocale() {
  const stored = localStorage.getItem(LOCALE_KEY);
  if (stored === "en" || stored === "ru") return stored;
  const wanted = (navigator.languages || [navigator.language || "en"]).map((l) => l.toLowerCase().slice(0, 2));
  return wanted.find((l) => l === "en" || l === "ru") || "en";
}

async function setLocale(next, remember = false) {
  if (remember) localStorage.setItem(LOCALE_KEY, next);
  try {
    catalogue = next === "en" ? { messages: {}, plurals: {} } : await (await fetch(`i18n/${next}.json`)).json();
    locale = next;
  } catch {
    catalogue = { messages: {}, plurals: {} };
    locale = "en";
  }
  document.documentElement.lang = locale;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll("[data-locale]").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.locale === locale)));
  showReport(report);
}

const API_ERRORS = {
  too_large: () => t("The text is too long to check here."),
  unauthorized: () => t("This server needs a token: ask your administrator for it."),
  invalid_request: () => t("The server could not read this text."),
  llm_unavailable: () => t("The LLM is unavailable."),
  too_many_connections: () => t("The server is busy: try again in a moment."),
  request_timeout: () => t("The request took too long to arrive: try again in a moment."),
  internal_error: () => t("Something went wrong on the server; its log has the details."),
};

class ApiError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details || [];
  }
}

async function api(path, body) {
  const headers = { Accept: "application/json" };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const init = { headers };
  if (body !== undefined) {
    Object.assign(init, { method: "POST", body: JSON.stringify(body) });
    headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, t("Cannot reach the reviewer server."));
  }
  const data = await response.json().catch(() => null);
  if (response.status === 401) $("token-form").hidden = false;
  if (!response.ok) {
    // The API's messages are for developers, in English: the agent reads the page's own words; the details keep the API's.
    const said = data && API_ERRORS[data.error];
    const message = said ? said() : (data && data.message) || fill(t("The server answered {status}."), { status: response.status });
    const details = data && data.details && data.details.length ? data.details : said ? [data.message] : [];
    throw new ApiError(response.status, message, details);
  }
  return data;
}

function chosenLang() {
  const value = document.querySelector("input[name=lang]:checked").value;
  return value === "auto" ? null : value;
}

function say(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle("error", isError);
}

// ---- checking ----------------------------------------------------------------

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(runCheck, DEBOUNCE_MS);
}

async function runCheck() {
  clearTimeout(timer);
  const text = draft.value;
  const seq = ++latest;
  if (!text.trim()) {
    showReport(null);
    return;
  }
  try {
    const answer = await api("v1/check", { text, lang: chosenLang() });
    if (seq !== latest || draft.value !== text) return; // the draft moved on; a newer check is coming
    showReport(toUnits(answer, text));
    if (statusLine.classList.contains("error")) say("");
  } catch (error) {
    if (seq === latest) say(error.message, true);
  }
}

// The API counts characters in Unicode code points; JavaScript strings index UTF-16 units.
function toUnits(answer, text) {
  const unitAt = [];
  let unit = 0;
  for (const ch of text) {
    unitAt.push(unit);
    unit += ch.length;
  }
  unitAt.push(unit);
  const at = (i) => unitAt[Math.min(i, unitAt.length - 1)];
  answer.findings = answer.findings
    .map((f, index) => ({ ...f, index, from: at(f.start), to: at(f.end), fixFrom: f.fix && at(f.fix.start), fixTo: f.fix && at(f.fix.end) }))
    .filter((f) => !dismissed.has(dismissKey(f, text)));
  answer.text = text;
  return answer;
}

function dismissKey(f, text) {
  return `${f.code}|${text.slice(f.from, f.to)}`;
}

function showReport(answer) {
  report = answer;
  paintBackdrop();
  renderFindings();
  const findings = answer ? answer.findings : [];
  fixButton.disabled = !(answer && answer.fixed !== null);
  rewriteButton.disabled = !answer || !llmReady;
  const score = $("score");
  // the summary is a live region: rewrite it only when it changes, or screen readers repeat it
  setText(score, answer ? String(answer.score) : "–");
  score.parentElement.className = "score " + (!answer ? "" : answer.score >= 8 ? "good" : answer.score >= 5 ? "fair" : "poor");
  setText($("counts"), answer ? countsText(findings) : t("Paste a draft to start."));
  $("detected").textContent = answer && chosenLang() === null ? fill(t("(detected: {language})"), { language: LANG_NAMES[answer.lang]() }) : "";
  draft.lang = answer ? answer.lang : ""; // spell-check and screen readers follow the draft's language
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

const SEVERITY_COUNT = {
  error: (n) => tn("{n} error", "{n} errors", n),
  warning: (n) => tn("{n} warning", "{n} warnings", n),
  info: (n) => tn("{n} info", "{n} info", n),
};
const SEVERITY_LABEL = { error: () => t("error"), warning: () => t("warning"), info: () => t("info") };

function countsText(findings) {
  if (!findings.length) return t("No findings: this draft reads well.");
  const by = { error: 0, warning: 0, info: 0 };
  findings.forEach((f) => by[f.severity]++);
  const parts = Object.entries(by).filter(([, n]) => n).map(([sev, n]) => SEVERITY_COUNT[sev](n));
  return fill(t("{findings}: {severities}."), { findings: tn("{n} finding", "{n} findings", findings.length), severities: parts.join(", ") });
}

// While the user types, keep the old highlights where the text did not change,
// shifted by the edit, until the next check answers.
function followEdit() {
  if (!report) return;
  const before = report.text;
  const after = draft.value;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const oldEnd = before.length - tail;
  const delta = after.length - before.length;
  report.findings = report.findings
    .filter((f) => f.to <= start || f.from >= oldEnd)
    .map((f) => (f.from >= oldEnd ? { ...f, from: f.from + delta, to: f.to + delta } : f));
  report.text = after;
  paintBackdrop();
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

function paintBackdrop() {
  const text = draft.value;
  const findings = report ? report.findings.filter((f) => f.to > f.from) : [];
  const cuts = new Set([0, text.length]);
  findings.forEach((f) => { cuts.add(f.from); cuts.add(f.to); });
  const points = [...cuts].filter((p) => p <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = findings.filter((f) => f.from <= a && f.to >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      fragment.append(piece);
      continue;
    }
    const mark = document.createElement("mark");
    const worst = covering.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w.severity] ? f : w));
    mark.className = `sev-${worst.severity}`;
    mark.dataset.findings = covering.map((f) => f.index).join(" ");
    mark.textContent = piece;
    fragment.append(mark);
  }
  fragment.append("\u200b"); // a trailing newline still gets its line, as in the textarea
  backdrop.replaceChildren(fragment);
  fitDraft();
  markCurrent();
}

function fitDraft() {
  draft.style.height = "auto";
  draft.style.height = `${draft.scrollHeight + 2}px`;
}

// Errors first, then warnings, then hints; each group in the order of the draft.
function renderFindings() {
  const list = $("findings");
  const ordered = report ? [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.from - b.from || a.index - b.index) : [];
  list.replaceChildren(...ordered.map(findingItem));
}

function findingItem(f) {
  const item = el("li", { className: `finding sev-${f.severity}`, id: `finding-${f.index}` });
  const jump = el("button", { type: "button", className: "jump", title: t("Select these words in the draft") },
    el("span", { className: `badge sev-${f.severity}` }, SEVERITY_LABEL[f.severity]()),
    el("code", {}, f.code), el("span", {}, f.name),
    el("span", { className: "quote" }, fill(t("“{text}”"), { text: shorten(report.text.slice(f.from, f.to)) })));
  jump.addEventListener("click", () => selectFinding(f));
  jump.addEventListener("mouseenter", () => markActive(f.index));
  jump.addEventListener("mouseleave", () => markActive(null));
  jump.addEventListener("focus", () => markActive(f.index));
  jump.addEventListener("blur", () => markActive(null));
  const why = el("span", {}, "…");
  ruleWhy(f.code, report.lang).then((text) => { why.textContent = text; });
  item.append(
    jump,
    el("p", {}, f.message),
    el("p", { className: "why" }, el("span", { className: "label" }, t("Why it matters:") + " "), why),
    el("p", {}, el("span", { className: "label" }, t("Suggestion:") + " "), f.suggestion),
  );
  if (f.fix) {
    const change = f.fix.title || (f.fix.replacement ? fill(t("replace with “{text}”"), { text: f.fix.replacement }) : t("delete these words"));
    const how = f.fix.applicability === "safe" ? t("Safe fix (applied by “Apply safe fixes”)") : t("Possible fix (check it yourself, not applied automatically)");
    item.append(el("p", { className: "fixnote" }, `${how}: ${change}.`));
  }
  const buttons = el("div", { className: "finding-actions" });
  if (f.fix) {
    const apply = el("button", { type: "button", className: "secondary" }, t("Apply"));
    apply.addEventListener("click", () => applyFix(f));
    buttons.append(apply);
  }
  const dismiss = el("button", { type: "button", className: "secondary", ariaExpanded: "false" }, t("Dismiss"));
  dismiss.addEventListener("click", () => openDismiss(item, f, dismiss));
  buttons.append(dismiss);
  item.append(buttons);
  return item;
}

// One finding's own fix, as typing would make it (Ctrl+Z undoes it).
function applyFix(f) {
  draft.focus();
  draft.setSelectionRange(f.fixFrom, f.fixTo);
  if (!document.execCommand("insertText", false, f.fix.replacement)) draft.setRangeText(f.fix.replacement, f.fixFrom, f.fixTo, "end");
  followEdit();
  runCheck();
  say(fill(t("Applied the fix for {code}. Ctrl+Z undoes it."), { code: f.code }));
}

// Dismiss: a short reason, sent to the server's feedback store (the flagged sentence is kept there, masked).
function openDismiss(item, f, opener) {
  if (item.querySelector("form")) return item.querySelector("input").focus();
  opener.ariaExpanded = "true";
  const input = el("input", { type: "text", required: true, maxLength: 200, autocomplete: "off", id: `reason-${f.index}` });
  const form = el("form", { className: "dismiss" },
    el("label", { htmlFor: input.id }, t("Why does it not apply here?")), input,
    el("div", { className: "finding-actions" }, el("button", { type: "submit" }, t("Dismiss")), el("button", { type: "button", className: "secondary" }, t("Cancel"))));
  form.querySelector("button[type=button]").addEventListener("click", () => { form.remove(); opener.ariaExpanded = "false"; opener.focus(); });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const reason = input.value.trim();
    if (!reason) return input.focus();
    try {
      await api("v1/feedback", { text: report.text, lang: chosenLang(), code: f.code, start: f.start, end: f.end, reason });
      dismissed.add(dismissKey(f, report.text));
      report.findings = report.findings.filter((g) => g !== f);
      showReport(report);
      draft.focus();
      say(fill(t("Dismissed {code}. Thank you: your reason helps improve the rule."), { code: f.code }));
    } catch (error) {
      say(error.message, true);
    }
  });
  item.append(form);
  input.focus();
}

// The rule's explanation in the draft's language, like the finding's message.
function ruleWhy(code, lang) {
  const key = `${code} ${lang}`;
  if (!whyCache.has(key)) {
    const why = api(`v1/rules/${encodeURIComponent(code)}?lang=${lang}`)
      .then((rule) => (rule.doc["Why is this bad?"] || rule.summary).replace(/\s+/g, " "))
      .catch(() => { whyCache.delete(key); return t("(could not load the rule's explanation)"); });
    whyCache.set(key, why);
  }
  return whyCache.get(key);
}

function el(tag, props, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function shorten(text, limit = 60) {
  text = text.replace(/\s+/g, " ").trim();
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

// ---- moving between findings ------------------------------------------------

function selectFinding(f, announce = false) {
  draft.focus();
  draft.setSelectionRange(f.from, f.to);
  const mark = backdrop.querySelector(`mark[data-findings~="${f.index}"]`);
  if (mark) mark.scrollIntoView({ block: "nearest" });
  markCurrent();
  if (announce) say(`${f.code} ${f.name}: ${f.message} ${t("Suggestion:")} ${f.suggestion}`);
}

function stepFinding(forward) {
  if (!report || !report.findings.length) return say(t("No findings."));
  const caret = forward ? draft.selectionEnd : draft.selectionStart;
  const ordered = [...report.findings].sort((a, b) => a.from - b.from || a.index - b.index);
  const next = forward
    ? ordered.find((f) => f.from >= caret && !(f.from === draft.selectionStart && f.to === draft.selectionEnd)) || ordered[0]
    : [...ordered].reverse().find((f) => f.to <= caret && !(f.from === draft.selectionStart && f.to === draft.selectionEnd)) || ordered[ordered.length - 1];
  selectFinding(next, true);
}

function markActive(index) {
  backdrop.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  if (index !== null) backdrop.querySelectorAll(`mark[data-findings~="${index}"]`).forEach((m) => m.classList.add("active"));
}

// The findings under the caret are marked in the list.
function markCurrent() {
  if (!report) return;
  const [a, b] = [draft.selectionStart, draft.selectionEnd];
  report.findings.forEach((f) => {
    const item = $(`finding-${f.index}`);
    if (item) item.classList.toggle("current", document.activeElement === draft && f.from <= a && b <= f.to && f.to > f.from);
  });
}

// ---- safe fixes ---------------------------------------------------------------

async function applySafeFixes() {
  const text = draft.value;
  if (!text.trim()) return;
  try {
    const answer = await api("v1/check", { text, lang: chosenLang() });
    if (answer.fixed === null) return say(t("No safe fixes to apply."));
    const count = answer.findings.filter((f) => f.fix && f.fix.applicability === "safe").length;
    replaceDraft(answer.fixed);
    say(tn("Applied {n} safe fix. Ctrl+Z undoes.", "Applied {n} safe fixes. Ctrl+Z undoes.", count));
  } catch (error) {
    say(error.message, true);
  }
}

// Replace the draft's text the way typing would, so Ctrl+Z can undo it.
function replaceDraft(text) {
  draft.focus();
  draft.select();
  if (!document.execCommand("insertText", false, text)) draft.value = text;
  followEdit();
  runCheck();
}

// ---- rewrite ------------------------------------------------------------------

async function rewrite() {
  const text = draft.value;
  if (!text.trim() || !llmReady || rewriteButton.hasAttribute("aria-busy")) return;
  rewriteButton.disabled = true;
  rewriteButton.setAttribute("aria-busy", "true");
  say(t("Rewriting… this can take a while."));
  try {
    const result = await api("v1/rewrite", { text, lang: chosenLang(), context: context.value.trim() || null });
    showRewrite(result);
    say("");
  } catch (error) {
    if (error.status === 503) {
      say("");
      showRewriteFailure(error);
    } else say(error.message, true);
  } finally {
    rewriteButton.disabled = !draft.value.trim() || !llmReady;
    rewriteButton.removeAttribute("aria-busy");
  }
}

function showRewrite(result) {
  let say;
  if (result.status === "ok") {
    say = fill(t("Rewritten by {model}, then re-checked and fact-checked."), { model: result.model });
    if (result.slots.length) say += " " + fill(t("Fill in before sending: {slots}."), { slots: result.slots.join(", ") });
  } else {
    say = t("No rewrite passed the checks, so on the right is your draft with the safe fixes applied.");
  }
  setNote(result.status === "ok" ? "note" : "note warn", say, result.reasons.join(" "));
  const [before, after] = wordDiff(result.original, result.rewrite);
  $("rw-before").replaceChildren(...before);
  $("rw-after").replaceChildren(...after);
  $("rw-findings-before").replaceChildren(...miniFindings(result.findings_before));
  $("rw-findings-after").replaceChildren(...miniFindings(result.findings_after));
  $("rw-changes").replaceChildren(...result.changes.map((c) => el("li", {}, el("code", {}, c.code), ` “${shorten(c.draft)}”: ${c.change || c.why}`)));
  $("rw-changes-box").hidden = !result.changes.length;
  $("rw-meta").textContent = result.model
    ? fill(t("Model {model}, prompt {prompt}, {attempts}."), { model: result.model, prompt: result.prompt_version, attempts: tn("{n} attempt", "{n} attempts", result.attempts) })
    : "";
  $("rewrite-body").hidden = false;
  openRewritePanel();
}

function showRewriteFailure(error) {
  setNote("note error", t("The LLM is unavailable, so no rewrite was made. You can still apply the safe fixes (Ctrl+Shift+Enter)."), error.details.join(" "));
  $("rewrite-body").hidden = true;
  $("rw-changes-box").hidden = true;
  $("rw-meta").textContent = "";
  openRewritePanel();
}

function setNote(className, say, details) {
  $("rewrite-note").className = className;
  $("rewrite-say").textContent = say;
  $("rewrite-reasons").textContent = details;
}

function openRewritePanel() {
  const panel = $("rewrite-panel");
  panel.hidden = false;
  $("rewrite-title").focus();
  panel.scrollIntoView({ block: "start" });
}

function miniFindings(findings) {
  if (!findings || !findings.length) return [el("li", {}, t("none"))];
  return findings.map((f) => el("li", {}, el("code", {}, f.code), ` ${f.name}: ${f.message}`));
}

// A word-level diff (longest common subsequence): deletions on the left, insertions on the right.
// Each word carries the spaces after it, so only words are matched, never bare spaces.
function wordDiff(before, after) {
  const split = (text) => text.match(/\s+|\S+\s*/g) || [];
  const a = split(before);
  const b = split(after);
  if (a.length * b.length > 4e6) return [[before], [after]]; // too long to diff in the page
  const same = (x, y) => x.trim() === y.trim();
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const left = [];
  const right = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i], b[j])) {
      left.push(a[i++]);
      right.push(b[j++]);
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      right.push(...marked("ins", b[j++]));
    } else {
      left.push(...marked("del", a[i++]));
    }
  }
  return [left, right];
}

function marked(tag, token) {
  const word = token.trimEnd();
  return [el(tag, {}, word), token.slice(word.length)]; // the spaces after a word stay unmarked
}

async function copyRewrite() {
  const text = $("rw-after").textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // no clipboard API outside a secure context (plain http on a LAN address)
    const scratch = el("textarea", { value: text });
    document.body.append(scratch);
    scratch.select();
    document.execCommand("copy");
    scratch.remove();
  }
  say(t("Copied the rewrite."));
}

// ---- wiring -------------------------------------------------------------------

draft.addEventListener("input", () => {
  followEdit();
  fitDraft();
  scheduleCheck();
});
document.querySelectorAll("input[name=lang]").forEach((radio) => radio.addEventListener("change", runCheck));
["keyup", "click", "focus", "blur"].forEach((type) => draft.addEventListener(type, markCurrent));
window.addEventListener("resize", fitDraft);

fixButton.addEventListener("click", applySafeFixes);
rewriteButton.addEventListener("click", rewrite);
$("copy").addEventListener("click", copyRewrite);
$("use").addEventListener("click", () => replaceDraft($("rw-after").textContent));

document.addEventListener("keydown", (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key === "Enter") {
    event.preventDefault();
    if (event.shiftKey) applySafeFixes();
    else rewrite();
  } else if (event.key === "F8" && event.target === draft) {
    event.preventDefault();
    stepFinding(!event.shiftKey);
  } else if (event.key === "Escape" && $("rewrite-panel").contains(event.target)) {
    $("rewrite-panel").hidden = true;
    draft.focus();
  }
});

// ---- verifying a rewrite made elsewhere --------------------------------------

const verifyText = $("verify-text");
const verifyButton = $("verify");

function updateVerifyButton() {
  verifyButton.disabled = !draft.value.trim() || !verifyText.value.trim();
}

async function verifyRewrite() {
  if (verifyButton.disabled) return;
  verifyButton.disabled = true;
  try {
    const result = await api("v1/verify", { draft: draft.value, rewrite: verifyText.value, context: context.value.trim() || null, lang: chosenLang() });
    const facts = result.facts;
    const counts = fill(t("{kept}, {dropped} dropped, {changed} changed, {added} added."), {
      kept: tn("{n} fact kept", "{n} facts kept", facts.kept.length),
      dropped: facts.dropped.length,
      changed: facts.changed.length,
      added: facts.added.length,
    });
    $("verify-say").textContent = (result.pass ? t("Pass: safe to send.") : t("Fail: do not send it as it is.")) + " " + counts;
    $("verify-reasons").replaceChildren(...result.reasons.map((reason) => el("li", {}, reason)));
    $("verify-result").className = result.pass ? "note" : "note warn";
  } catch (error) {
    $("verify-say").textContent = error.message;
    $("verify-reasons").replaceChildren(...error.details.map((detail) => el("li", {}, detail)));
    $("verify-result").className = "note error";
  } finally {
    $("verify-result").hidden = false;
    updateVerifyButton();
  }
}

[draft, verifyText].forEach((field) => field.addEventListener("input", updateVerifyButton));
verifyButton.addEventListener("click", verifyRewrite);

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  $("token-form").hidden = true;
  whyCache.clear();
  runCheck();
});

document.querySelectorAll("[data-locale]").forEach((button) => button.addEventListener("click", () => setLocale(button.dataset.locale, true)));

// Rewrite needs an LLM on the server; without one the button stays off and says so (the setup is in /healthz and the docs).
async function checkLlm() {
  try {
    llmReady = (await (await fetch("healthz")).json()).llm_configured === true;
  } catch {
    llmReady = false;
  }
  $("rewrite-off").hidden = llmReady;
  rewriteButton.disabled = !report || !llmReady;
}

fitDraft();
setLocale(preferredLocale());
checkLlm();
