"""Is a rewrite safe to offer? Re-lint it and check its facts against the draft.

A rewrite passes when:
- the linter finds no error or warning in it, and nothing the draft did not
  have; slots such as ``[time frame]`` (S005) are the one allowed finding:
  they are listed for the agent to fill;
- it keeps the draft's facts: URLs, emails, phones, card numbers, IBANs,
  placeholders, names, amounts, dates, time frames, order/tracking/invoice
  numbers (a number in ticket boilerplate, S001, may go);
- it invents none: no URL, email, phone, amount, date, number or name that is in
  neither the draft nor the customer's message, and no time frame or remedy
  (refund, credit, discount, replacement...) the agent's draft never gave;
- it is in the draft's language, and its length is within sane bounds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lint.engine import EmptyDraftError, Linter
from ..model import Report
from ..text.lang import detect_language
from .facts import DATE, Fact, extract
from .pii import Masker

KEPT = ("url", "email", "phone", "card", "iban", "placeholder", "name", "amount", "date", "time", "number")
# A helpdesk placeholder ({{first_name}}) is filled by the helpdesk, not invented: W005 advises adding one.
NOT_INVENTED = ("url", "email", "phone", "card", "iban", "name", "amount", "date", "number")
LANG_NAMES = {"en": "English", "ru": "Russian"}
KIND_NAMES = {"url": "URL", "iban": "IBAN", "time": "time frame", "number": "order/reference number", "card": "card number"}
MIN_RATIO, MAX_RATIO, MAX_EXTRA = 0.3, 2.0, 200  # length bounds, relative to the draft


@dataclass
class Verdict:
    text: str  # the rewrite with personal data restored
    failures: list[str] = field(default_factory=list)
    report: Report | None = None  # the re-lint
    slots: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def validate(answer: str, *, draft: Report, context: str | None, masker: Masker, linter: Linter) -> Verdict:
    """Check the model's (masked) answer; ``draft`` is the linter's report on the original draft."""
    failures: list[str] = []
    for placeholder in masker.unknown(answer):
        failures.append(f"uses the placeholder {placeholder}, which stands for nothing in the draft")
    text = masker.restore(answer).strip()
    verdict = Verdict(text, failures)
    if not text:
        failures.append("the rewrite is empty")
        return verdict
    low, high = max(15, int(len(draft.text) * MIN_RATIO)), int(len(draft.text) * MAX_RATIO) + MAX_EXTRA
    if not low <= len(text) <= high:
        failures.append(f"the rewrite is {len(text)} characters long; expected {low}-{high} for a {len(draft.text)}-character draft")
    if detect_language(text) != draft.lang:
        failures.append(f"written in {LANG_NAMES[detect_language(text)]}; answer in {LANG_NAMES[draft.lang]}, the draft's language")
    try:
        verdict.report = linter.check(text, lang=draft.lang)
    except EmptyDraftError:
        failures.append("the rewrite is empty")
        return verdict
    failures += _relint(draft, verdict.report)
    verdict.slots = list(dict.fromkeys(draft_slot.strip() for draft_slot in _slots(verdict.report)))
    failures += _facts(draft, context, text)
    verdict.failures = list(dict.fromkeys(failures))
    return verdict


def _slots(report: Report) -> list[str]:
    return [report.text[f.start : f.end] for f in report.findings if f.code == "S005"]


def _relint(draft: Report, after: Report) -> list[str]:
    before = {f.code for f in draft.findings}
    failures = []
    for f in after.findings:
        if f.code == "S005":
            continue  # a slot left on purpose
        where = after.text[f.start : f.end].strip()
        if f.severity in ("error", "warning"):
            failures.append(f"linter: {f.code} {f.name} at “{_short(where)}”: {f.message}")
        elif f.code not in before:
            failures.append(f"linter: new {f.code} {f.name} at “{_short(where)}”: {f.message}")
    return failures


def _facts(draft: Report, context: str | None, text: str) -> list[str]:
    lang = draft.lang
    mine = extract(draft.text, lang)
    theirs = extract(context, lang) if context else []
    new = extract(text, lang)
    boilerplate = [(f.start, f.end) for f in draft.findings if f.code == "S001"]
    failures = []
    for f in mine:
        if f.kind not in KEPT or (f.kind == "number" and any(s <= f.start < e for s, e in boilerplate)):
            continue
        if not _present(f, new, text):
            failures.append(f"dropped the {_kind(f)} “{f.text}” from the draft; keep it exactly")
    known = mine + theirs
    known_text = draft.text + "\n" + (context or "")
    for f in new:
        if f.kind in NOT_INVENTED and not _present(f, known, known_text):
            failures.append(f"added the {_kind(f)} “{f.text}”, which is in neither the draft nor the customer's message")
        elif f.kind == "time" and not _present(f, mine, draft.text) and not _customer_date(f, context):
            failures.append(f"added the time frame “{f.text}”, which the agent never gave; write [time frame] for the agent to fill")
        elif f.kind == "remedy" and not any(m.kind == "remedy" and m.key == f.key for m in mine):
            failures.append(f"promises a {f.key} (“{f.text}”) that the agent's draft never offered")
    return failures


def _customer_date(fact: Fact, context: str | None) -> bool:
    """A date the customer gave ("I ordered on May 3") may be repeated; a deadline may not."""
    return bool(context and DATE.fullmatch(fact.text) and fact.text.lower() in context.lower())


def _present(fact: Fact, facts: list[Fact], text: str) -> bool:
    return any(f.kind == fact.kind and f.key == fact.key for f in facts) or fact.text.lower() in text.lower()


def _kind(fact: Fact) -> str:
    return KIND_NAMES.get(fact.kind, fact.kind)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
