"""The feedback loop: where agents disagree with the rules, stored to improve them.

Each dismissal on the page, and with ``reviewer check --record`` each
reasoned suppression the check meets, is a ``Dismissal``: the rule, the
flagged sentence with its personal data masked (``reviewer.guard.pii``), the
reason, the rule-set version and the time. A store keeps them behind a small
interface — ``add``, ``seen``, ``dismissal_rates``, ``export`` — so a server
database can replace the embedded SQLite file (``reviewer.feedback.sqlite``)
that ``open_store`` opens by default. ``export`` writes the dismissals as
labelled cases in the eval-set format, so ``reviewer eval lint --set FILE``
turns them into precision figures.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Finding

SOURCES = ("page", "check")
MAX_SENTENCE = 400  # characters of a flagged sentence kept: the case, not the whole reply
MAX_REASON = 500


class Dismissal(NamedTuple):
    rule: str
    sentence: str  # the flagged sentence, personal data masked
    reason: str
    lang: str
    ruleset: str  # ruleset_version() when it was dismissed
    source: str  # "page" or "check"
    kept: tuple[str, ...] = ()  # the codes of the sentence's other findings, which the agent let stand
    key: str | None = None  # check: the finding's fingerprint, so a suppression met in every run counts once
    time: str = ""  # ISO 8601, UTC; add() fills it in when empty

    def to_dict(self) -> dict:
        return {**self._asdict(), "kept": list(self.kept)}


class Rate(NamedTuple):
    """One row of ``dismissal_rates()``."""

    rule: str
    ruleset: str
    shown: int | None  # distinct findings of the rule `check --record` met; None: not known (the page does not count)
    dismissed: int


class Store(Protocol):
    def add(self, dismissal: Dismissal) -> Dismissal: ...
    def seen(self, rule: str, ruleset: str, key: str) -> None: ...
    def dismissal_rates(self) -> list[Rate]: ...
    def dismissals(self) -> list[Dismissal]: ...
    def export(self, path: Path) -> int: ...
    def close(self) -> None: ...


def open_store(config: Config) -> Store:
    """The configured store: ``[feedback] path``, else the default file (see ``default_path``)."""
    from .sqlite import SQLiteStore

    return SQLiteStore(config.feedback or default_path())


def default_path() -> Path:
    """``$XDG_DATA_HOME/reply-reviewer/feedback.sqlite3`` (``~/.local/share/…``)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "reply-reviewer" / "feedback.sqlite3"


@cache
def ruleset_version() -> str:
    """The package version and a digest of the shipped rule files: ``0.1.0+3fa2c1d0``."""
    from .. import __version__
    from ..lint.registry import RULES_DIR

    digest = hashlib.sha256()
    for path in sorted([*RULES_DIR.iterdir(), *(RULES_DIR.parent / "data").iterdir()]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:8]}"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dismissal(text: str, finding: Finding, others: list[Finding], reason: str, lang: str, source: str, *, key: str | None = None) -> Dismissal:
    """The record of ``finding`` dismissed in the draft ``text`` (offsets into it): its sentence, masked.

    ``others``: the draft's findings that stand; those starting in the sentence are ``kept``.
    """
    from ..text.prepared import Prepared

    start, end = sentence_span(Prepared(text, lang), finding.start, finding.end)
    kept = sorted({f.code for f in others if start <= f.start < end and f.code != finding.code})
    reason = " ".join(reason.split())[:MAX_REASON]
    return Dismissal(finding.code, masked(text, start, end, lang), reason, lang, ruleset_version(), source, tuple(kept), key)


def masked(text: str, start: int, end: int, lang: str) -> str:
    """``text[start:end]`` with its personal data masked: phones, e-mails, cards… as tokens
    (whole, where the span cuts one: ``reviewer.guard.pii``), names as ``{{name}}``, a
    placeholder the linter reads as a name, so the case still reads as it did."""
    from ..guard.names import names
    from ..guard.pii import Masker, find_pii

    values = [(s, e) for s, e, _ in find_pii(text)]
    for s, e in values:
        if s < end and e > start:
            start, end = min(start, s), max(end, e)
    parts, pos = [], start
    for name in names(text, lang, taken=values):
        if start <= name.start and name.end <= end:
            parts += [text[pos : name.start], "{{name}}"]
            pos = name.end
    parts.append(text[pos:end])
    return Masker().mask("".join(parts)).strip()


def sentence_span(doc, start: int, end: int) -> tuple[int, int]:
    """The sentences the span touches, cut to MAX_SENTENCE characters around its start."""
    touched = [s for s in doc.sentences if s.start < max(end, start + 1) and s.end > start] or [doc.sentence_at(start)]
    first, last = touched[0].start, touched[-1].end
    if last - first > MAX_SENTENCE:
        first = max(first, min(start, last - MAX_SENTENCE))
        last = first + MAX_SENTENCE
    return first, last


def eval_cases(dismissals: list[Dismissal]) -> list[dict]:
    """Labelled cases in the eval-set format, one per distinct sentence (by language).

    A case expects the rules the agents let stand on it and not those they
    dismissed there, so ``reviewer eval lint`` counts a dismissed rule that
    still fires as a false alarm.
    """
    from ..lint.registry import registry

    rules = {code for code, rule in registry().items() if rule.kind != "meta"}
    cases: dict[tuple[str, str], dict] = {}
    for d in dismissals:
        case = cases.setdefault((d.lang, d.sentence), {"dismissed": set(), "kept": set(), "reasons": [], "rulesets": set(), "n": 0})
        case["dismissed"].add(d.rule)
        case["kept"].update(d.kept)
        case["reasons"].append(f"{d.rule}: {d.reason}")
        case["rulesets"].add(d.ruleset)
        case["n"] += 1
    rows = []
    for (lang, sentence), case in sorted(cases.items()):
        rows.append(
            {
                "id": "feedback-" + hashlib.sha256(f"{lang}\0{sentence}".encode()).hexdigest()[:12],
                "lang": lang,
                "draft": sentence,
                "expected": sorted((case["kept"] - case["dismissed"]) & rules),
                "tags": {
                    "source": "feedback",
                    "dismissed": ",".join(sorted(case["dismissed"])),
                    "reasons": "; ".join(dict.fromkeys(case["reasons"])),
                    "ruleset": ",".join(sorted(case["rulesets"])),
                    "dismissals": str(case["n"]),
                },
            }
        )
    return rows
