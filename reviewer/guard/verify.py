"""Is a rewrite safe to send? The one set of checks behind ``reviewer rewrite`` and ``reviewer verify``.

A rewrite passes when:
- the linter finds nothing in it at or above ``fail-on`` (default: warning),
  the level that fails ``reviewer check``; an ``info`` finding is shown with
  the rewrite, not a reason to throw it away. Slots such as ``[time frame]``
  (S005) are always allowed: they are listed for the agent to fill;
- it keeps every fact of the draft with its value (what the linter asks to
  cut may go: ticket boilerplate, S001; a link dump, S003), changes none, and adds none that is in neither
  the draft nor the customer's message (``compare``);
- it makes no promise the draft does not make, and gives no time frame the
  agent never gave;
- it is in the draft's language, and its length is within sane bounds.

Reasons are written in the draft's language, like the linter's findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..i18n import N_, _
from ..lint.engine import EmptyDraftError, Linter
from ..lint.rules import S002_missing_timeline as timeline
from ..model import Report
from ..text.lang import detect_language
from ..text.prepared import Prepared
from . import asked
from .compare import CUT_SOURCE, Comparison, compare, optional, said, step, untold
from .facts import Fact, extract
from .promises import Promise, sentence, sentences, stem, stems

MIN_RATIO, MAX_RATIO, MAX_EXTRA = 0.3, 2.0, 200  # length bounds, relative to the draft
LANG_NAMES = {"en": N_("English"), "ru": N_("Russian")}
KIND_NAMES = {
    "number": N_("number"), "money": N_("amount"), "percent": N_("percentage"), "fraction": N_("fraction"),
    "date": N_("date"), "year": N_("year"), "month": N_("month"), "weekday": N_("weekday"), "day": N_("day"), "time": N_("time"),
    "timezone": N_("time zone"), "duration": N_("duration"), "url": N_("URL"), "email": N_("email"), "phone": N_("phone"),
    "card": N_("card number"), "iban": N_("IBAN"), "ip": N_("IP address"), "passport": N_("passport number"),
    "snils": N_("SNILS"), "inn": N_("INN"), "id": N_("personal id"), "schedule": N_("schedule"), "data": N_("amount of data"), "weight": N_("weight"), "length": N_("length"), "temperature": N_("temperature"), "version": N_("version"), "dimensions": N_("dimensions"), "reference": N_("order/reference number"), "name": N_("name"),
    "placeholder": N_("placeholder"), "token": N_("masked value"), "item": N_("thing the customer is asked for"), "instruction": N_("instruction to the customer"), "path": N_("menu path"),
}
PROMISE_NAMES = {
    "refund": N_("money back"), "credit": N_("a credit"), "discount": N_("a discount"), "compensation": N_("compensation"),
    "cost": N_("a cost covered or not charged"), "upgrade": N_("an upgrade"), "extension": N_("an extension"), "warranty": N_("a warranty"), "replacement": N_("a replacement"),
    "callback": N_("a call to the customer"), "priority": N_("special handling"), "delivery": N_("a trip to or from the customer"),
}


# Why a rewrite fails, as eval reports count it.
WHY = ("empty", "length", "language", "linter", "fact_dropped", "fact_changed", "fact_added", "time_frame_added", "promise_added", "token_invented")


@dataclass
class Verdict:
    text: str  # the rewrite
    failures: list[str] = field(default_factory=list)  # in the draft's language
    why: list[str] = field(default_factory=list)  # a WHY name per failure
    report: Report | None = None  # the re-lint
    slots: list[str] = field(default_factory=list)
    comparison: Comparison | None = None

    @property
    def ok(self) -> bool:
        return not self.failures

    def fail(self, why: str, message: str) -> None:
        if message not in self.failures:
            self.failures.append(message)
            self.why.append(why)


def check_rewrite(text: str, *, draft: Report, context: str | None, linter: Linter) -> Verdict:
    """Every check of a rewrite of ``draft`` (the linter's report on the draft)."""
    lang = draft.lang
    verdict = Verdict(text.strip())
    text = verdict.text
    if not text:
        verdict.fail("empty", _("the rewrite is empty", locale=lang))
        return verdict
    low, high = max(15, int(len(draft.text) * MIN_RATIO)), int(len(draft.text) * MAX_RATIO) + MAX_EXTRA
    if not low <= len(text) <= high:
        message = _("the rewrite is {length} characters long; expected {low}-{high} for a {draft}-character draft", locale=lang)
        verdict.fail("length", message.format(length=len(text), low=low, high=high, draft=len(draft.text)))
    written = detect_language(text)
    if written != lang:
        message = _("written in {language}; answer in {expected}, the draft's language", locale=lang)
        verdict.fail("language", message.format(language=_(LANG_NAMES[written], locale=lang), expected=_(LANG_NAMES[lang], locale=lang)))
    try:
        verdict.report = linter.check(text, lang=lang)
    except EmptyDraftError:
        verdict.fail("empty", _("the rewrite is empty", locale=lang))
        return verdict
    for message in _relint(draft, verdict.report, linter):
        verdict.fail("linter", message)
    verdict.slots = list(dict.fromkeys(text[f.start : f.end].strip() for f in verdict.report.findings if f.code == "S005"))
    cut = optional(draft.findings, draft.text, draft.lang)
    verdict.comparison = compare(draft.text, text, lang, context, cut)
    # what a blaming sentence quotes from the rules the customer must bring is the rule argued, not a step of this case: "as
    # clearly stated in our conditions of travel, you must show a valid railcard when asked" (not «Как мы уже писали, …
    # необходимы направление от врача и копия СНИЛС»: what this claim needs)
    argued = [sentence(draft.text, f.start, f.end) for f in draft.findings if f.code in CUT_SOURCE and _RULES.search(draft.text, f.start, f.end + 40)]
    verdict.comparison.dropped += _steps_dropped(draft, text, linter, cut, verdict.comparison.kept) + asked.dropped(draft.text, text, cut + argued)
    verdict.comparison.added += asked.added(draft.text, text, context)
    verdict.comparison.dropped += _instructions_dropped(draft, text, verdict.comparison.kept, verdict.comparison.dropped + _promised(draft.text, verdict.comparison))
    for why, message in reasons(verdict.comparison, lang):
        verdict.fail(why, message)
    return verdict


def reasons(c: Comparison, lang: str) -> list[tuple[str, str]]:
    """What the comparison found wrong: (why, one sentence in ``lang``) each."""
    out = []
    for f in c.dropped:
        if f.kind == "step":
            message = _("dropped the draft's step “{text}”; keep what the agent says will happen", locale=lang)
            out.append(("fact_dropped", message.format(text=_short(f.text, 80))))
            continue
        if f.kind == "instruction":
            message = _("dropped the draft's instruction “{text}”; keep what the customer is told to do or avoid", locale=lang)
            out.append(("fact_dropped", message.format(text=_short(f.text, 80))))
            continue
        message = _("dropped the {kind} “{text}” from the draft; keep it exactly", locale=lang)
        out.append(("fact_dropped", message.format(kind=_kind(f, lang), text=_short(f.text))))
    for d, r in c.changed:
        message = _("changed the {kind} “{old}” to “{new}”; keep the draft's value", locale=lang)
        out.append(("fact_changed", message.format(kind=_kind(d, lang), old=_short(d.text), new=_short(r.text))))
    for f in c.added:
        message = _("added the {kind} “{text}”, which is in neither the draft nor the customer's message", locale=lang)
        out.append(("fact_added", message.format(kind=_kind(f, lang), text=_short(f.text))))
    for f in c.deadlines:
        message = _("added the time frame “{text}”, which the agent never gave; write [time frame] for the agent to fill", locale=lang)
        out.append(("time_frame_added", message.format(text=_short(f.text))))
    for p in c.promises_added:
        message = _("promises {what} (“{words}”), which the agent's draft never offered", locale=lang)
        out.append(("promise_added", message.format(what=_(PROMISE_NAMES[p.kind], locale=lang), words=_short(p.text, 80))))
    return out


def _relint(draft: Report, after: Report, linter: Linter) -> list[str]:
    """The rewrite's findings at the linter's ``fail_on`` level, but a slot left on purpose, a ticket reference kept for a
    use, a link dump of the draft's own links, and S002 where the draft too left a step untimed, or on a step the draft announces without a time of its own
    ("our team is investigating", timed only by the refund's "within 3-5 working days"): timing it would mean inventing
    a time. A step the draft never announced, or timed in its own words, needs its time. The draft's announcements are
    read only when a rewrite's S002 asks for them."""
    flagged = [f for f in after.at_or_above(linter.config.fail_on) if f.code != "S005" and not _kept_reference(draft, after, f)]
    if any(f.code == "S002" for f in flagged):
        if any(d.code == "S002" for d in draft.findings):
            flagged = [f for f in flagged if f.code != "S002"]
        else:
            announced = _announced(draft, linter)
            flagged = [f for f in flagged if f.code != "S002" or not _said_before(after.text[f.start : f.end], announced)]
    if any(f.code == "S003" for f in flagged) and any(d.code == "S003" for d in draft.findings) and _links(after) <= _links(draft):
        flagged = [f for f in flagged if f.code != "S003"]  # the draft's own links, every one a fact to keep
    message = _("linter: {code} {name} at “{words}”: {message}", locale=draft.lang)
    return [message.format(code=f.code, name=f.name, words=_short(after.text[f.start : f.end].strip()), message=f.message) for f in flagged]


def _links(report: Report) -> set[str]:
    return {f.value for f in extract(report.text, report.lang) if f.kind == "url"}


def _said_before(sentence: str, announced: list[frozenset[str]]) -> bool:
    """Whether a sentence of the rewrite tells a step one of the draft's sentences announces: two words in common."""
    words = stems(sentence)
    return any(len(words & said) >= 2 for said in announced)


def _announced(draft: Report, linter: Linter) -> list[frozenset[str]]:
    """The words of the draft's sentences that announce something pending on our side with no time of their own."""
    return [words for _, words, own_time in _steps(draft, linter) if not own_time]


def _steps(draft: Report, linter: Linter) -> list[tuple[tuple[int, int], frozenset[str], bool]]:
    """The draft's sentences that announce something pending on our side, as S002 reads them: each one's span, words, and
    whether it states its own time."""
    rule = next((c for c in linter.rules if c.rule.code == "S002"), None)
    if rule is None:
        return []
    return [((s.start, s.end), stems(draft.text, (s.start, s.end)), own_time) for s, own_time in timeline.announced(Prepared(draft.text, draft.lang), rule)]


STEP_WORDS = 5  # a step told in fewer words is too short to tell whether a rewrite kept it in other words


def _kept_at(kept: list[tuple[Fact, Fact | None]], start: int, end: int) -> list[int]:
    """Where the rewrite tells the draft's values that stand in ``start:end``: each counts as a word kept ("1–3 рабочих
    дней" told as «за один–три рабочих дня»)."""
    return [r.start for d, r in kept if r is not None and start <= d.start < end]


def _steps_dropped(draft: Report, rewrite: str, linter: Linter, cut: list[tuple[int, int]], kept: list[tuple[Fact, Fact | None]]) -> list[Fact]:
    """The draft's announced steps that no sentence of the rewrite tells (two words or values kept in common, an aside
    counting as said): a step with no value in it ("We'll send you the dispute form by email", «Как только статус перевода
    изменится, мы пришлём вам push-уведомление») is a fact the customer waits for too. Not one the linter asks to cut."""
    told = said(rewrite)
    dropped = []
    for (s, e), words, _ in _steps(draft, linter):
        if len(words) < STEP_WORDS or any(a <= s < b for a, b in cut) or _HOPE.match(draft.text, s):
            continue
        if untold(words, told, _kept_at(kept, s, e)) and not any(words & t & _CHANNELS for _, t in told):
            dropped.append(step(draft.text, s, e))
    return dropped


# a hope, no step the customer waits on: "We hope to have you back online very soon!!!", «Надеемся, что скоро всё заработает»
_HOPE = re.compile(r"\s*(?:(?:we|i)\s+(?:really\s+|do\s+|truly\s+)?hope|hopefully|(?:очень\s+|искренне\s+)?(?:надеюсь|надеемся))\b", re.IGNORECASE)
_RULES = re.compile(r"\b(?:terms|conditions|policy|rules|contract|agreement)\b|(?<!\w)(?:правил|услови|договор|оферт|регламент)\w*", re.IGNORECASE)
# a notice told by its channel: «Когда ремонт закончат, вам придёт SMS» as «О готовности сообщим по SMS»
_CHANNEL_WORDS = "sms смс push пуш whatsapp telegram"
_CHANNELS = stems(_CHANNEL_WORDS)


# An instruction or a condition the draft gives: "Please don't drive the car until then", "If you get a reminder letter, ignore
# it", «До визита не включайте кондиционер», «Если получать будет другой человек — нужна доверенность»
_INSTRUCTION = re.compile(
    r"\b(?:please|don't|do\s+not|make\s+sure|you(?:'ll|\s+will)?\s+need\s+to|you\s+must|remember\s+to|be\s+sure\s+to|if|unless|as\s+long\s+as|until|before\s+you|no\s+need)\b"
    r"|(?<!\w)(?:пожалуйста|нужно|необходимо|если|пока|только|не\s+нужно|не\s+надо|[а-яё]+(?:ите|йте))(?!\w)",
    re.IGNORECASE,
)
# Courtesy, not a step: thanks, apologies, greetings, "if you have any questions, contact us"
_COURTESY = re.compile(
    r"thank|hesitate|feel\s+free|questions|anything\s+else|further|reach\s+us|contact\s+us|look\s+forward|glad|happy\s+to|sorry|apolog|understand|frustrat|appreciate|welcome|hello|dear|regards|please\s+(?:find|see)\s+(?:below|attached|enclosed)\s+(?:the\s+)?(?:information|details|answers?|summary|breakdown)\b"  # "Please find below the information requested": a canned opener, no step
    r"|спасибо|благодар|вопрос|обращайтесь|свяжитесь|звоните|понимаем|понимани|рады|приветств|извин|жаль|сожале|уважени|здравств|добрый",
    re.IGNORECASE,
)


def _promised(draft: str, c: Comparison) -> list[Fact]:
    """The draft's promises a promise of the rewrite tells: compared as promises, not as instructions («Разница в цене
    отсутствует, доплачивать ничего не нужно» told as «Доплачивать не придётся»)."""
    return [step(draft, p.start, p.end) for p in c.promises_kept]


def _instructions_dropped(draft: Report, rewrite: str, kept: list[tuple[Fact, Fact | None]], covered: list[Fact]) -> list[Fact]:
    """The draft's instructions and conditions that no sentence of the rewrite tells ("Please make sure someone is home to
    give access to the basement", «Если получать будет другой человек — нужна доверенность» left out): what the customer
    must do or avoid, though no value changed. Told in fewer than STEP_WORDS words, in a sentence the linter flags (the
    rewrite is to say it anew) or as courtesy, it is not one; nor one in a sentence ``covered`` already (a fact found dropped,
    a promise compared as one)."""
    told = said(rewrite)
    anywhere = stems(rewrite)
    flagged = [(f.start, f.end) for f in draft.findings]
    found = []
    for s, e in sentences(draft.text):
        if not _INSTRUCTION.search(draft.text, s, e) or _COURTESY.search(draft.text, s, e) or any(a < e and s < b for a, b in flagged) or any(s <= f.start < e for f in covered):
            continue
        words, values = stems(draft.text, (s, e)), _kept_at(kept, s, e)
        # (its values all kept in one instruction of the rewrite are it told: «Документы нужно подать до 30 июня» as «До 30.06
        # загрузите в личный кабинет: …»)
        if len(words) >= STEP_WORDS and untold(words - _SCAFFOLD, told, values) and not any(values and all(a <= v < b for v in values) and _INSTRUCTION.search(rewrite, a, b) for (a, b), _ in told):
            found.append(Fact("instruction", draft.text[s:e].strip(), draft.text[s:e], s, e, frozenset()))
            continue
        # a further step joined to the sentence's first ("…and sign the key release form", «и перекройте кран»): what it
        # is done to (two words at least: one is too easily said otherwise), half of it in one sentence of the rewrite or
        # all of it anywhere
        for a, on, b in _joined_steps(draft.text, s, e):
            things = stems(draft.text, (on, b)) - _PLEASE
            verb = stems(draft.text, (a, on)) - _PLEASE  # (its verb and one thing it is done to in a sentence tell it too: «не ремонтируйте технику до осмотра» as «холодильник до осмотра не ремонтируйте»)
            if len(things) >= 2 and not things <= anywhere and untold(things, told, _kept_at(kept, a, b), need=(len(things) + 1) // 2) and not any(verb & t and things & t for _, t in told):
                found.append(Fact("instruction", draft.text[a:b].strip(), draft.text[a:b], a, b, frozenset()))
                break
    return found


# Where a further step joins an instruction: "and attach …", "or don't …", «и перекройте …», ", as long as you keep …"
_JOIN = re.compile(
    r"(?:,\s*|\s+)(?:and|or)\s+(?=(?:please\s+)?(?:don't\b|do\s+not\b|" + asked.ASKING_VERB + "))"
    r"|,\s*(?=(?:as\s+long\s+as|provided|only\s+if)\b)|(?:,\s*|\s+)(?:и|а\s+также)\s+(?=(?:не\s+)?[а-яё]+(?:ите|йте)(?!\w))|,\s*(?=(?:только\s+если|при\s+условии|если\s+только)(?!\w))",
    re.IGNORECASE,
)
# What opens a joined step, before what it is done to: "please", a negation and the verb
_STEP_VERB = re.compile(r"(?:please\s+|пожалуйста,?\s+)?(?:(?:don't|do\s+not|не)\s+)?[^\W\d_]+\s*", re.IGNORECASE)
_PLEASE = frozenset(map(stem, "please пожалуйста".split()))
# the words an instruction is framed in, which any step of the rewrite may share: "Before the works start you will need
# to clear furniture…" is not told by "the contractor will start the works"
_SCAFFOLD = frozenset(map(stem, "before after start begin please make sure must will required remember ensure перед после начала пожалуйста".split()))  # not "need": "no need to send it back" is what it says


def _joined_steps(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The steps after the first in a sentence of instructions: where each starts, where what it is done to starts, and
    where it ends ("attach a second quote" of "Email appeals@… and attach a second quote": "a second quote")."""
    joins = sorted([*_JOIN.finditer(text, start, end), *(m for m in _NEXT_CLAUSE.finditer(text, start, end) if _JOIN.search(text, start, m.start()))], key=lambda m: m.start())
    ends = [m.start() for m in joins[1:]] + [end]
    return [(m.end(), verb.end() if (verb := _STEP_VERB.match(text, m.end())) else m.end(), b) for m, b in zip(joins, ends)]


# after a joined step, a dash or semicolon starts another: «не отдавайте курьеру — утилизируйте их сами», «упакуйте детали в
# плёнку; фурнитуру сложите в отдельный пакет»
_NEXT_CLAUSE = re.compile(r"\s+[—–]\s+|;\s*")


# Registration said again, not only a reference kept: "your request has been registered", «присвоен номер»
_REGISTERED = re.compile(r"regist|logged|created|opened|assigned|зарегистр|присвоен|принят|создан|открыт", re.IGNORECASE)
_NUMBER = re.compile(r"\d{3,}")


def _kept_reference(draft: Report, after: Report, finding) -> bool:
    """An S001 finding on a sentence that keeps the draft's ticket reference for a use ("if you call, quote 100482",
    «Ваша заявка № ТП-2025/0317 ждёт одного документа»), without announcing the registration again: the draft's fact
    kept, not boilerplate added."""
    if finding.code != "S001":
        return False
    words = after.text[finding.start : finding.end]
    quoted = set(_NUMBER.findall(draft.text))
    return bool(quoted & set(_NUMBER.findall(words))) and not _REGISTERED.search(words)


def _kind(fact: Fact, lang: str) -> str:
    return _(KIND_NAMES.get(fact.kind, fact.kind), locale=lang)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- reviewer verify -----------------------------------------------------------------------


@dataclass
class Verification:
    """``verify()``'s answer; ``to_dict()`` is the JSON of ``reviewer verify`` and ``POST /v1/verify``."""

    passed: bool
    verdict: Verdict
    draft: Report

    @property
    def reasons(self) -> list[str]:
        return self.verdict.failures

    def to_dict(self) -> dict:
        c = self.verdict.comparison or Comparison()
        findings = self.verdict.report.findings if self.verdict.report else []
        return {
            "pass": self.passed,
            "facts": {
                "kept": [_pair(d, r) for d, r in c.kept],
                "dropped": [_pair(d, None) for d in c.dropped],
                "changed": [_pair(d, r) for d, r in c.changed],
                "added": [_pair(None, r) for r in c.added],
            },
            "promises_added": [_promise(p) for p in c.promises_added] + [_deadline(f) for f in c.deadlines],
            "findings": [f.to_dict() for f in findings],
            "reasons": list(self.reasons),
        }


def verify(draft: str, rewrite: str, *, context: str | None = None, lang: str | None = None, linter: Linter | None = None) -> Verification:
    """Check a rewrite someone else made (a helpdesk's AI button) with the rewrite loop's own checks.

    ``context`` is the customer's message; ``lang`` the draft's language (detected when
    None). Raises ``EmptyDraftError`` for a blank draft."""
    linter = linter or Linter()
    report = linter.check(draft, lang=lang)
    verdict = check_rewrite(rewrite, draft=report, context=context.strip() if context and context.strip() else None, linter=linter)
    return Verification(verdict.ok, verdict, report)


def _span(f: Fact) -> dict:
    return {"text": f.text, "start": f.start, "end": f.end, "value": f.value}


def _pair(draft: Fact | None, rewrite: Fact | None) -> dict:
    """One fact: its kind and value (the draft's, else the rewrite's) and where each text states it."""
    first = draft or rewrite
    return {"kind": first.kind, "value": first.value, "draft": _span(draft) if draft else None, "rewrite": _span(rewrite) if rewrite else None}


def _promise(p: Promise) -> dict:
    return {"kind": p.kind, "text": p.text, "start": p.start, "end": p.end}


def _deadline(f: Fact) -> dict:
    return {"kind": "deadline", "text": f.text, "start": f.start, "end": f.end}
