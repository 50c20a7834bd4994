"""The rewrite loop, written once: ``rewrite()`` and ``arewrite()`` drive it.

lint → mask personal data → prompt from prompts/rewrite.v*.toml → ask → restore →
validate (re-lint + facts) → on failure ask again with the failures, at most
``max_attempts`` times → ok, or the honest fallback: the draft with safe fixes.

Every byte of every prompt is built from masked text: the draft, the customer's
message, the agent's instructions, the findings list and the failures fed back.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..lint.engine import Linter
from ..llm import (
    HOW_TO_CONFIGURE,
    LLM,
    EndpointError,
    Estimate,
    LLMError,
    OutputError,
    Prompt,
    Reply,
    adrive,
    drive,
    load_prompt,
)
from ..llm import Usage as CallUsage
from ..model import Report
from ..guard.pii import Masker
from ..guard.verify import LANG_NAMES
from .result import Change, RewriteAnswer, RewriteResult, Usage
from .validate import validate

TONES = ("friendly", "formal", "concise", "empathetic")
TONE_TEXT = {
    None: "warm and professional",
    "friendly": "friendly and warm, plain words",
    "formal": "formal and polite",
    "concise": "concise: as short as the facts allow",
    "empathetic": "empathetic: acknowledge how the customer feels, without exaggerating",
}
TRIMMED = " […the rest of the customer's message was trimmed to fit the token budget]"


@dataclass(frozen=True)
class Call:
    """One request the loop wants sent; a driver runs it sync or async."""

    llm: LLM
    messages: list[dict]
    prompt_version: str
    use_cache: bool

    def run(self) -> Reply[RewriteAnswer]:
        return self.llm.complete(self.messages, RewriteAnswer, prompt_version=self.prompt_version, use_cache=self.use_cache)

    async def arun(self) -> Reply[RewriteAnswer]:
        return await self.llm.acomplete(self.messages, RewriteAnswer, prompt_version=self.prompt_version, use_cache=self.use_cache)


def rewrite(
    text: str,
    *,
    context: str | None = None,
    tone: str | None = None,
    instructions: str | None = None,
    lang: str | None = None,
    config: Config | None = None,
    model: str | None = None,
    use_cache: bool = True,
    prompt_version: str | None = None,
    llm: LLM | None = None,
    linter: Linter | None = None,
) -> RewriteResult:
    """Rewrite a draft with the configured LLM; never returns an unchecked rewrite.

    ``context`` is the customer's message; ``tone`` one of friendly, formal,
    concise, empathetic; ``lang`` "en"/"ru" (detected when omitted); ``config``
    supplies the rules and ``[tool.reviewer.llm]`` (defaults and the
    OPENAI_* variables when None). Raises ``EmptyDraftError`` for a blank
    draft, ``ConfigError`` / ``PromptError`` / ``ValueError`` for bad settings;
    endpoint trouble is a result with status "error", not an exception.

    For many drafts, pass the same ``llm`` (a ``reviewer.llm.LLM``, instead of
    ``model``) and ``linter`` (a ``Linter`` of ``config``) to every call: they
    are built once, and the requests share one connection pool.
    """
    loop = _loop(text, context, tone, instructions, lang, config, model, use_cache, prompt_version, llm, linter)
    return drive(loop, Call.run)


async def arewrite(
    text: str,
    *,
    context: str | None = None,
    tone: str | None = None,
    instructions: str | None = None,
    lang: str | None = None,
    config: Config | None = None,
    model: str | None = None,
    use_cache: bool = True,
    prompt_version: str | None = None,
    llm: LLM | None = None,
    linter: Linter | None = None,
) -> RewriteResult:
    """``rewrite()`` for asyncio: the same loop, driven with the async client."""
    loop = _loop(text, context, tone, instructions, lang, config, model, use_cache, prompt_version, llm, linter)
    return await adrive(loop, Call.arun)


def estimate(
    text: str,
    *,
    context: str | None = None,
    tone: str | None = None,
    instructions: str | None = None,
    lang: str | None = None,
    config: Config | None = None,
    model: str | None = None,
    prompt_version: str | None = None,
    llm: LLM | None = None,
    linter: Linter | None = None,
) -> Estimate | None:
    """What the loop's first request for this draft would cost (tokens, worst-case cost);
    nothing is sent. None when the loop would send nothing (no endpoint, over the token budget)."""
    loop = _loop(text, context, tone, instructions, lang, config, model, False, prompt_version, llm, linter)
    try:
        call = next(loop)
    except StopIteration:
        return None
    finally:
        loop.close()
    return call.llm.estimate(call.messages, RewriteAnswer)


def _loop(text, context, tone, instructions, lang, config, model, use_cache, prompt_version, llm, linter):
    if tone not in TONE_TEXT:
        raise ValueError(f"unknown tone {tone!r}; use one of {', '.join(TONES)}")
    if llm is not None and model is not None:
        raise ValueError("pass either model or llm (an LLM already names its model)")
    config = config or Config()
    linter = linter or Linter(config)
    before = linter.check(text, lang=lang)
    context = context.strip() if context and context.strip() else None
    llm = llm or LLM.from_config(config, model=model)
    base = _Outcome(text, before, linter)
    if not llm.configured:
        return base.fallback([f"no LLM endpoint configured; for an LLM rewrite, {HOW_TO_CONFIGURE}"])
    prompt = load_prompt("rewrite", prompt_version or llm.settings.prompt_version, llm.settings.prompts_dir)
    base.model, base.prompt_version = llm.model, prompt.id

    masker = Masker().learn(text, context, instructions)
    draft = masker.mask(text)
    customer = masker.mask(context) if context else None
    instructions = masker.mask(" ".join(instructions.split())) if instructions else None
    try:
        messages = _fit(llm, prompt, draft, customer, _findings(before, masker), before.lang, tone, instructions)
    except LLMError as exc:
        return base.error(str(exc))

    feedback: list[dict] = []
    for attempt in range(1, llm.settings.max_attempts + 1):
        base.attempts = attempt
        try:
            reply = yield Call(llm, messages + feedback, prompt.id, use_cache)
        except OutputError as exc:
            base.usage += exc.usage
            failures, answer = [str(exc)], exc.text
        except LLMError as exc:  # endpoint unusable: asking again would not help
            return base.error(str(exc))
        else:
            base.usage += reply.usage
            base.model, base.token_count = reply.model, str(reply.prompt_count)
            verdict = validate(reply.parsed.rewrite, draft=before, context=context, masker=masker, linter=linter)
            if verdict.ok:
                return base.ok(verdict.text, verdict.report, verdict.slots, reply.parsed)
            base.rejected.append(verdict.why)
            failures, answer = verdict.failures, reply.text
        base.reasons += [f"attempt {attempt}: {f}" for f in failures]
        # The failures quote the restored text: mask them again, nothing personal goes back out.
        feedback = [{"role": "assistant", "content": answer or "(no answer)"}, prompt.render_feedback([masker.mask_quoted(f) for f in failures])]
        if llm.count(messages + feedback).tokens > llm.settings.max_prompt_tokens:
            feedback = feedback[1:]  # the failures alone still say what to fix
    return base.fallback([f"no LLM rewrite passed the checks in {llm.settings.max_attempts} attempt(s)"])


def _fit(llm: LLM, prompt: Prompt, draft: str, customer: str | None, findings: str, lang: str, tone, instructions) -> list[dict]:
    """The first messages (all of it masked text), with the customer's message trimmed if the
    prompt is over the token budget."""

    def render(customer_text: str | None) -> list[dict]:
        return prompt.render(
            language=LANG_NAMES[lang],
            draft=_data(draft),
            findings=findings or "(none found)",
            customer_message=_data(customer_text) if customer_text else "(not given)",
            tone=TONE_TEXT[tone],
            instructions=instructions or "(none)",
        )


    budget = llm.settings.max_prompt_tokens
    messages = render(customer)
    over = llm.count(messages).tokens - budget
    if over > 0 and customer:
        tokens = llm.tokenizer.encoding.encode(customer, disallowed_special=())
        keep = len(tokens) - over - llm.tokenizer.count_text(TRIMMED).tokens - 8
        messages = render(llm.tokenizer.encoding.decode(tokens[: max(keep, 0)]) + TRIMMED)
    count = llm.count(messages)
    if count.tokens > budget:
        raise EndpointError(f"not sent: the draft alone makes a prompt of {count}, over the budget of {budget} (llm.max_prompt_tokens)")
    return messages


def _data(text: str) -> str:
    """Keep data from closing its own delimiters (<draft>, <customer_message>)."""
    for tag in ("draft", "customer_message"):
        text = text.replace(f"</{tag}>", f"</ {tag}>").replace(f"<{tag}>", f"< {tag}>")
    return text


def _findings(report: Report, masker: Masker) -> str:
    """The draft's findings for the prompt, each quoting its words from the masked draft."""
    lines = []
    for f in report.findings:
        words = " ".join(masker.mask_span(report.text, f.start, f.end).split())[:80]
        lines.append(masker.mask_quoted(f"- {f.code} {f.name} at “{words}”: {f.message} Advice: {f.suggestion}"))
    return "\n".join(lines)


class _Outcome:
    """Collects what the loop learns and builds the result for each ending."""

    def __init__(self, text: str, before: Report, linter: Linter):
        self.text, self.before, self.linter = text, before, linter
        self.attempts, self.reasons, self.usage, self.rejected = 0, [], CallUsage(), []
        self.model: str | None = None
        self.prompt_version: str | None = None
        self.token_count: str | None = None

    def _result(self, status, rewrite: str, after: Report, **extra) -> RewriteResult:
        return RewriteResult(
            status=status, original=self.text, rewrite=rewrite, findings_before=self.before.findings,
            findings_after=after.findings, attempts=self.attempts, reasons=self.reasons, model=self.model,
            prompt_version=self.prompt_version, usage=Usage(**self.usage.to_dict()), token_count=self.token_count,
            rejected=self.rejected, **extra,
        )

    def ok(self, rewrite: str, after: Report, slots: list[str], answer: RewriteAnswer) -> RewriteResult:
        said = {c.code.strip().upper(): c.change for c in answer.changes}
        return self._result("ok", rewrite, after, slots=slots, changes=self._changes(after, said), notes=answer.notes.strip())

    def fallback(self, reasons: list[str]) -> RewriteResult:
        self.reasons = reasons + self.reasons
        fixed, after = self._safe()
        return self._result("fallback", fixed, after, changes=self._changes(after, {}, safe=True))

    def error(self, reason: str) -> RewriteResult:
        self.reasons = [reason] + self.reasons
        fixed, after = self._safe()
        return self._result("error", fixed, after, changes=self._changes(after, {}, safe=True))

    def _safe(self) -> tuple[str, Report]:
        after = self.linter.fix(self.before)
        return after.text, after

    def _changes(self, after: Report, said: dict[str, str], safe: bool = False) -> list[Change]:
        left = {f.code for f in after.findings}
        changes = []
        for f in self.before.findings:
            if f.code in left or (safe and not (f.fix and f.fix.applicability == "safe")):
                continue
            if safe:
                how = f"safe fix: “{self.text[f.fix.start:f.fix.end]}” → “{f.fix.replacement}”"
            else:
                how = said.get(f.code, "")
            changes.append(Change(code=f.code, name=f.name, draft=self.text[f.start : f.end].strip(), why=f.message, change=how))
        return changes
