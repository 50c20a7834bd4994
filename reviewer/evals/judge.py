"""The LLM judge: a prompt file with an explicit rubric, a pydantic-validated verdict.

``prompts/judge.vN.toml`` holds the instructions and a ``[rubric]`` table: per
criterion a question and five choices with their scores. The rubric is the
contract: it is rendered into the prompt, and loading fails unless it names
exactly the criteria of ``Verdict`` with scores 1-5.

The judge is itself checked against human labels (``eval/judge/labels.vN.jsonl``,
``reviewer eval judge``): Cohen's kappa per criterion, quadratic weights.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..config import Config
from .datasets import DatasetError, RowError, read_rows, sha256
from .metrics import CRITERIA, SCALE
from .runner import ItemError

Score = Literal[1, 2, 3, 4, 5]
LANG_NAMES = {"en": "English", "ru": "Russian"}
ASKS = 3  # an answer that is not a valid verdict is asked for again, this often in all


class Verdict(BaseModel):
    """The judge's answer. ``reasoning`` comes first so the model explains before it scores."""

    model_config = ConfigDict(extra="forbid")

    reasoning: str = Field(description="one or two sentences naming what decided the scores")
    ownership: Score
    empathy: Score
    next_step: Score
    clarity: Score

    def scores(self) -> dict[str, int]:
        return {c: getattr(self, c) for c in CRITERIA}

    @property
    def score(self) -> float:
        """judge_score: the mean of the four criteria."""
        return round(sum(self.scores().values()) / len(CRITERIA), 4)


class JudgeError(ValueError):
    """The judge prompt file or its rubric is invalid."""


def render_rubric(rubric: dict, path: Path) -> str:
    """The rubric as prompt text; JudgeError unless it is exactly CRITERIA × SCALE."""
    if sorted(rubric) != sorted(CRITERIA):
        raise JudgeError(f"{path}: [rubric] must define exactly {', '.join(CRITERIA)}; it has {', '.join(rubric) or 'none'}")
    blocks = []
    for criterion in CRITERIA:
        entry = rubric[criterion]
        choices = entry.get("choices") if isinstance(entry, dict) else None
        if not isinstance(entry.get("question"), str) or not isinstance(choices, list):
            raise JudgeError(f"{path}: [rubric.{criterion}] needs a question and a list of choices")
        scores = [c.get("score") for c in choices if isinstance(c, dict)]
        if sorted(scores) != list(SCALE) or not all(isinstance(c.get("text"), str) for c in choices):
            raise JudgeError(f"{path}: [rubric.{criterion}] needs one choice (score, text) for each score {SCALE[0]}-{SCALE[-1]}")
        lines = [f"{criterion}: {entry['question']}"]
        lines += [f"  {c['score']} = {c['text']}" for c in sorted(choices, key=lambda c: c["score"])]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _data(text: str) -> str:
    """Keep graded text from closing its own delimiters (<reply>, <customer_message>)."""
    return re.sub(r"<(/?)(reply|customer_message)>", r"< \1\2>", text)


@dataclass
class Judged:
    verdict: Verdict | None
    usage: dict
    error: str | None = None  # the answers could not be used (the item still counts, unjudged)


class Judge:
    def __init__(self, config: Config, model: str | None = None, version: str | None = None, use_cache: bool = True):
        from ..llm import LLM, PromptError, load_prompt

        self.llm = LLM.from_config(config, model=model)
        try:
            self.prompt = load_prompt("judge", version, self.llm.settings.prompts_dir)
        except PromptError as exc:
            raise JudgeError(str(exc)) from None
        try:
            raw = tomllib.loads(self.prompt.path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise JudgeError(f"{self.prompt.path}: {exc}") from None
        self.rubric = render_rubric(raw.get("rubric") or {}, self.prompt.path)
        self.use_cache = use_cache

    @property
    def version(self) -> str:
        return self.prompt.id

    def meta(self) -> dict:
        return {"judge_model": self.llm.model, "judge_prompt": self.prompt.id}

    def messages(self, reply: str, customer_message: str | None, lang: str) -> list[dict]:
        """The judge's prompt; the reply and the customer's message go out with personal data masked."""
        from ..guard.pii import Masker

        masker = Masker().learn(reply, customer_message)
        return self.prompt.render(
            language=LANG_NAMES.get(lang, lang),
            rubric=self.rubric,
            customer_message=_data(masker.mask(customer_message)) if customer_message else "(not given)",
            reply=_data(masker.mask(reply)),
        )

    def estimate(self, reply: str, customer_message: str | None, lang: str):
        return self.llm.estimate(self.messages(reply, customer_message, lang), Verdict)

    async def judge(self, reply: str, customer_message: str | None, lang: str) -> Judged:
        """Score one reply. An unusable answer is asked for again (ASKS in all), then the
        item is left unjudged; an endpoint that cannot be used raises ItemError."""
        from ..llm import LLMError, OutputError, Usage

        messages = self.messages(reply, customer_message, lang)
        spent = Usage()
        error = None
        for _ in range(ASKS):
            try:
                reply_ = await self.llm.acomplete(messages, Verdict, prompt_version=self.prompt.id, use_cache=self.use_cache)
            except OutputError as exc:
                spent += exc.usage
                error = str(exc)
                continue
            except LLMError as exc:  # the endpoint cannot be used: retry the item on the next run
                raise ItemError(f"judge: {exc}") from None
            spent += reply_.usage
            return Judged(reply_.parsed, spent.to_dict())
        return Judged(None, spent.to_dict(), f"judge: no usable verdict in {ASKS} answers (last: {error})")


# --- the human labels ------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledReply:
    id: str
    lang: str
    reply: str
    human: dict[str, int]
    customer_message: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Labels:
    path: Path
    items: list[LabelledReply]
    errors: list[RowError]
    sha256: str

    def meta(self) -> dict:
        return {"labels": str(self.path), "labels_sha256": self.sha256}


def default_labels() -> Path:
    from ..resources import resource_dir

    folder = resource_dir("eval", "judge")
    found = [(int(m[1]), p) for p in folder.glob("labels.v*.jsonl") if (m := re.fullmatch(r"labels\.v(\d+)", p.stem))]
    if not found:
        raise DatasetError(f"no labels.v*.jsonl in {folder}")
    return max(found)[1]


def load_labels(path: Path | None = None) -> Labels:
    path = path or default_labels()
    items, errors = read_rows(path, _labelled)
    return Labels(path, items, errors, sha256(path))


def _labelled(obj) -> LabelledReply:
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    item_id = obj.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        raise ValueError("id: required, a non-empty string")
    reply = obj.get("reply")
    if not isinstance(reply, str) or not reply.strip():
        raise ValueError(f"{item_id}: reply: required, a non-empty string")
    if obj.get("lang") not in LANG_NAMES:
        raise ValueError(f"{item_id}: lang: expected en or ru")
    human = obj.get("human")
    if not isinstance(human, dict) or any(human.get(c) not in SCALE for c in CRITERIA):
        raise ValueError(f"{item_id}: human: expected {', '.join(CRITERIA)}, each an integer 1-5")
    customer = obj.get("customer_message")
    return LabelledReply(item_id, obj["lang"], reply, {c: human[c] for c in CRITERIA}, customer if isinstance(customer, str) else None, str(obj.get("note") or ""))
