"""`reviewer rewrite`: an LLM rewrite of one draft, re-linted and fact-checked.

A thin layer over ``reviewer.rewriting.rewrite``; the LLM stack is imported only
when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..i18n import N_, _
from . import UsageError, load_config, read_text

TONES = ("friendly", "formal", "concise", "empathetic")
EPILOG = N_("""\
endpoint (any OpenAI-compatible server):
  OPENAI_BASE_URL / OPENAI_API_KEY, or base_url, model, api_key_env, ... under
  [tool.reviewer.llm] in pyproject.toml or [llm] in reviewer.toml (README: LLM rewrite).
  Without one the command still lints and applies the safe fixes, and says so.

exit codes:
  0  the rewrite has nothing at or above the fail-on level: ready to send
  1  something is left: findings, or slots such as [time frame] to fill
  2  usage, configuration or input error
  3  the LLM endpoint could not be used (auth, bad request, retries exhausted, token budget)

examples:
  reviewer rewrite draft.txt
  reviewer rewrite draft.txt --context customer.txt --tone empathetic
  echo "Sorry if you were upset!!" | reviewer rewrite - --format json
  reviewer rewrite draft.txt --model llama3.1:8b --no-cache
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rewrite",
        help=_("rewrite a draft with an LLM, re-linted and fact-checked"),
        description=_("Rewrite one draft with an LLM; the result is re-linted and checked against the draft's facts."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", nargs="?", default="-", metavar="PATH", help=_("the draft: a text file, or - for standard input (default)"))
    p.add_argument("--context", type=Path, metavar="FILE", help=_("the customer's message, for context"))
    p.add_argument("--tone", choices=TONES, help=_("tone of the rewrite (default: warm and professional)"))
    p.add_argument("--instructions", metavar="TEXT", help=_("extra instructions for the rewrite"))
    p.add_argument("--model", help=_("model name (default: [tool.reviewer.llm] model, or gpt-4o-mini)"))
    p.add_argument("--lang", choices=("en", "ru", "auto"), help=_("language of the draft (default: detected)"))
    p.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    p.add_argument("--no-cache", action="store_true", help=_("ask the endpoint even if the answer is cached"))
    p.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: reviewer.toml, or pyproject.toml with [tool.reviewer], found from here up)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..lint.engine import EmptyDraftError
    from ..llm import PromptError
    from ..rewriting import rewrite

    config = load_config(args)
    draft = read_text(args.path, "draft")
    context = read_text(str(args.context), "context") if args.context else None
    try:
        result = rewrite(
            draft,
            context=context,
            tone=args.tone,
            instructions=args.instructions,
            lang=None if args.lang in (None, "auto") else args.lang,
            config=config,
            model=args.model,
            use_cache=not args.no_cache,
        )
    except EmptyDraftError:
        raise UsageError(f"{'standard input' if args.path == '-' else args.path}: the draft is empty: nothing to rewrite") from None
    except PromptError as exc:
        raise UsageError(str(exc)) from None

    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    if result.status == "error":
        print(_("reviewer: error: LLM endpoint: {reason}").format(reason=result.reasons[0]), file=sys.stderr)
        return 3
    if args.format == "text":
        sys.stdout.write(render_text(result))
    return 1 if any(f.severity in _at_or_above(config.fail_on) for f in result.findings_after) else 0


def render_text(result) -> str:
    """The rewrite, then what changed and why, the slots, and an honest status."""
    lines = [result.rewrite.rstrip(), ""]
    if result.changes:
        lines.append("What changed:")
        for c in result.changes:
            lines.append(f"  {c.code} {c.name}: “{_short(c.draft)}” — {c.why}")
            if c.change:
                lines.append(f"        {c.change}")
    left = [f for f in result.findings_after if f.code != "S005"]
    if left:
        lines.append("Still flagged:")
        lines += [f"  {f.code} {f.name} ({f.severity}): {f.message}" for f in left]
    if result.slots:
        lines.append(f"Fill in before sending: {', '.join(result.slots)}")
    if result.notes:
        lines.append(f"Notes from the model: {result.notes}")
    lines += status_lines(result)
    return "\n".join(lines) + "\n"


def status_lines(result) -> list[str]:
    u = result.usage
    spent = f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens, ${u.cost_usd:.4f}"
    if result.token_count:
        spent += f"; the last prompt counted {result.token_count} before sending"
    if result.status == "ok":
        return [
            (
                f"Status: ok — rewritten by {result.model} (prompt {result.prompt_version}); passed re-lint and fact checks "
                f"on attempt {result.attempts}; {spent}."
            )
        ]
    lines = ["Status: fallback — NOT an LLM rewrite: the text above is the draft with the linter's safe fixes only."]
    if result.reasons:
        lines.append(f"Why: {result.reasons[0]}" + (f" ({spent})" if result.attempts else ""))
        lines += [f"  - {r}" for r in result.reasons[1:]]
    return lines


def _at_or_above(level: str) -> tuple[str, ...]:
    order = ("info", "warning", "error")
    return order[order.index(level) :]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
