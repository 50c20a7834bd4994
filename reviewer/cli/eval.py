"""`reviewer eval`: score the linter, a rewriter or the judge on labelled sets; compare runs.

Thin: options → ``reviewer.evals`` → printed tables, a run folder, an exit code.
Heavy imports (numpy, pydantic, openai, matplotlib, rich) happen inside the commands.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..i18n import N_, _, ngettext
from . import UsageError, input_options, jobs_count

EPILOG = N_("""\
examples:
  reviewer eval lint                                   the linter on the shipped set
  reviewer eval rewrite --rewriter offline             safe fixes only: the baseline
  reviewer eval rewrite --rewriter llm --model gpt-4o-mini --out runs/mini
  reviewer eval rewrite --rewriter llm --prompt rewrite@v2 --dry-run
  reviewer eval rewrite --rewriter candidates:human.jsonl
  reviewer eval judge                                  the judge vs the human labels
  reviewer eval compare runs/base runs/new --max-regression judge_score=0.1 --fail-under lint_clean=0.9
  reviewer eval compare runs/base runs/new --html compare.html

exit codes:
  0  done (compare: every gate passed)
  1  compare: a gate failed; a run: stopped at --max-cost (rerun with the same --out to go on)
  2  usage, configuration or input error
  3  the LLM endpoint could not be used (finished items are kept: rerun to resume)
  130  interrupted (finished items are kept: rerun with the same --out to resume)
""")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help=_("score the linter, a rewriter or the judge on labelled eval sets; compare runs"),
        description=_("Evals for QA leads: numbers with confidence intervals, run folders, comparisons and CI gates."),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="eval_command", metavar="EVAL")
    p.set_defaults(func=lambda args: _help(p))

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--out", type=Path, metavar="DIR", help=_("run folder (default: runs/<timestamp>); an existing one is resumed"))
    common.add_argument("--config", type=Path, metavar="PATH", help=_("config file (default: found from here up)"))
    common.add_argument("--format", choices=("text", "json"), default="text", help=_("print a table (text) or summary.json (json)"))

    llm = argparse.ArgumentParser(add_help=False)
    llm.add_argument("--concurrency", type=_positive_int, default=4, metavar="N", help=_("LLM requests in flight at once (default: 4)"))
    llm.add_argument("--max-cost", type=float, metavar="USD", help=_("stop starting items once this much is spent (cached answers are free)"))
    llm.add_argument("--dry-run", action="store_true", help=_("estimate tokens and cost with tiktoken; send nothing"))
    llm.add_argument("--no-cache", action="store_true", help=_("ask the endpoint even where a cached answer exists"))

    batch = argparse.ArgumentParser(add_help=False)
    batch.add_argument("--batch", action="store_true", help=_("send the LLM requests through the Batch API (half the price, results within 24 h); rerun the same --out to resume"))
    batch.add_argument("--batch-failed", choices=("retry", "report"), default="retry", help=_("with --batch: lines the batch did not answer are sent online (retry) or reported as failed items (default: retry)"))

    lint = sub.add_parser("lint", parents=[common], help=_("per-rule precision, recall and F1 of the linter"))
    lint.add_argument("--set", metavar="NAME|PATH", help=_("eval set: a shipped name (replies-ru-en, replies-ru-en.v1) or a .jsonl/.yaml path"))
    input_options.add(lint, exports=False)  # --where lang=ru --where tags.industry=bank; --keep tags.channel
    lint.add_argument("--jobs", "-j", type=jobs_count, metavar="N", help=_("processes that check drafts (default: every core for a set of over 2000 drafts)"))
    lint.set_defaults(func=run_lint)

    rw = sub.add_parser("rewrite", parents=[common, llm, batch], help=_("score rewrites: lint_clean, facts, timeline, chrF, judge"))
    rw.add_argument("--set", metavar="NAME|PATH", help=_("eval set (default: the newest replies-ru-en)"))
    rw.add_argument("--rewriter", required=True, metavar="llm|offline|candidates:FILE", help=_("who rewrites: the LLM loop, the linter's safe fixes, or a JSONL file of {id, rewrite}"))
    rw.add_argument("--model", help=_("model for the rewrite (default: the config's)"))
    rw.add_argument("--prompt", action="append", default=[], metavar="NAME@VERSION", help=_("prompt versions, e.g. rewrite@v2 or judge@v1 (default: the newest)"))
    rw.add_argument("--judge-model", metavar="MODEL", help=_("model for the judge (default: the config's)"))
    rw.add_argument("--no-judge", action="store_true", help=_("skip judge_score (no LLM calls for the judge)"))
    rw.set_defaults(func=run_rewrite)

    jd = sub.add_parser("judge", parents=[common, llm, batch], help=_("the judge's agreement with human labels (Cohen's kappa)"))
    jd.add_argument("--labels", type=Path, metavar="PATH", help=_("labelled replies JSONL (default: the shipped eval/judge/labels.v*.jsonl)"))
    jd.add_argument("--model", help=_("model for the judge (default: the config's)"))
    jd.add_argument("--prompt", action="append", default=[], metavar="judge@VERSION", help=_("judge prompt version (default: the newest)"))
    jd.set_defaults(func=run_judge)

    cmp = sub.add_parser("compare", help=_("run B against run A: deltas with significance, items that got worse, CI gates"))
    cmp.add_argument("run_a", type=Path, metavar="RUN_A", help=_("the baseline run folder"))
    cmp.add_argument("run_b", type=Path, metavar="RUN_B", help=_("the candidate run folder"))
    cmp.add_argument("--fail-under", action="append", default=[], metavar="METRIC=VALUE", help=_("exit 1 if B's METRIC is under VALUE (repeatable)"))
    cmp.add_argument("--max-regression", action="append", default=[], metavar="METRIC=DELTA", help=_("exit 1 if METRIC got worse by more than DELTA (repeatable)"))
    cmp.add_argument("--all", action="store_true", help=_("list every metric, not just the ones that changed"))
    cmp.add_argument("--limit", type=_positive_int, default=10, metavar="N", help=_("items that got worse to list (default: 10)"))
    cmp.add_argument("--format", choices=("text", "json"), default="text")
    cmp.add_argument("--html", type=Path, metavar="FILE", help=_("also write the comparison as one self-contained HTML page"))
    cmp.set_defaults(func=run_compare)


def _help(parser) -> int:
    parser.print_help()
    return 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return value


# --- shared plumbing ---------------------------------------------------------------------


def _config(args):
    from ..config import ConfigError
    from . import load_config

    try:
        return load_config(args)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _load_set(ref: str | None):
    from ..evals.datasets import DatasetError, load_set

    try:
        data = load_set(ref)
    except DatasetError as exc:
        raise UsageError(str(exc)) from None
    _report_row_errors(data.errors)
    return data


def _report_row_errors(errors) -> None:
    for error in errors[:20]:
        print(_("reviewer: warning: skipped {error}").format(error=error), file=sys.stderr)
    if len(errors) > 20:
        more = len(errors) - 20
        print(ngettext("reviewer: warning: … and {n} more malformed row (all listed in summary.json)",
                       "reviewer: warning: … and {n} more malformed rows (all listed in summary.json)", more), file=sys.stderr)


def _prompts(specs: list[str], allowed: tuple[str, ...]) -> dict[str, str]:
    """--prompt rewrite@v2 → {"rewrite": "v2"}."""
    out = {}
    for spec in specs:
        m = re.fullmatch(r"([a-z_]+)@v?(\d+)", spec.strip())
        if not m or m[1] not in allowed:
            raise UsageError(_("--prompt {spec!r}: expected one of {forms}").format(spec=spec, forms=", ".join(f"{a}@vN" for a in allowed)))
        out[m[1]] = f"v{m[2]}"
    return out


def _run(coro_factory, folder, progress_label: str):
    """Run the eval's coroutine under asyncio with a progress display; Ctrl-C keeps what is done."""
    import asyncio

    from ..evals.runner import BatchError, RunError

    display = _ProgressDisplay(progress_label)
    try:
        with display:
            return asyncio.run(coro_factory(display))
    except RunError as exc:
        raise UsageError(str(exc)) from None
    except BatchError as exc:  # the Batch API could not be used: like an endpoint that cannot be
        print(_("reviewer: error: {message}").format(message=exc), file=sys.stderr)
        print(_("reviewer: the batches created so far are kept in {folder}: rerun the same command to resume").format(folder=folder.path), file=sys.stderr)
        raise SystemExit(3) from None
    except KeyboardInterrupt:
        done = len(folder.records())
        print(ngettext("reviewer: interrupted: {n} item is saved in {folder}; rerun the same command to resume",
                       "reviewer: interrupted: {n} items are saved in {folder}; rerun the same command to resume", done).format(folder=folder.path), file=sys.stderr)
        raise SystemExit(130) from None


class _ProgressDisplay:
    """done/total, rate, ETA and spend on stderr: a live bar on a terminal, a line per 10% in a log."""

    def __init__(self, label: str):
        self.label = label
        self.live = sys.stderr.isatty()
        self._bar = self._task = None
        self._next_line = 0

    def __enter__(self):
        if self.live:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[stats]}"), console=Console(stderr=True), transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None, stats="")
        return self

    def __exit__(self, *exc):
        if self._bar:
            self._bar.stop()

    def update(self, p) -> None:
        stats = _stats(p)
        if self._bar:
            self._bar.update(self._task, total=p.total, completed=p.done + p.failed, stats=stats)
        elif p.done + p.failed >= self._next_line or p.done + p.failed == p.total:
            print(f"{self.label}: {stats}", file=sys.stderr, flush=True)
            self._next_line = p.done + p.failed + max(1, p.total // 10)

    __call__ = update  # the runner's on_progress

    def batch(self, batch_id: str, status: str, done: int, total: int) -> None:
        """A batch polled (``--batch``): the bar shows it on a terminal; a log gets a line when its status changes."""
        line = f"{self.label}: {batch_id} {status} {done}/{total}"
        if self._bar:
            self._bar.update(self._task, total=total, completed=done, stats=f"{batch_id} {status}")
        elif line != getattr(self, "_last_batch_line", None):
            print(line, file=sys.stderr, flush=True)
            self._last_batch_line = line


def _stats(p) -> str:
    eta = "—" if p.eta is None else f"{p.eta:.0f}s"
    failed = " · " + _("{n} failed").format(n=p.failed) if p.failed else ""
    return f"{p.done}/{p.total}{failed} · {p.rate:.1f}/s · " + _("ETA {eta}").format(eta=eta) + f" · ${p.spent_usd:.4f}"


def _finish(args, folder, meta: dict, outcome, total: int, printer, **extra) -> int:
    """Write summary.json and report.html, print, and choose the exit code."""
    from ..evals.evaluate import summary
    from ..evals.report import render_report

    data = summary(meta, outcome, total, **extra)
    folder.write_json("summary.json", data)
    folder.write_text("report.html", render_report(data, outcome.records))
    if args.format == "json":
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        printer(data)
        if "batch" in data:
            _print_batch(data["batch"])
        print("\n" + _("run folder: {folder}  (results.jsonl, summary.json, report.html)").format(folder=folder.path))
    for item_id, why in list(outcome.failures.items())[:5]:
        print(_("reviewer: error: {message}").format(message=f"{item_id}: {why}"), file=sys.stderr)
    if outcome.failures:
        print(ngettext("reviewer: error: {n} item could not be scored; rerun with --out {folder} to retry it",
                       "reviewer: error: {n} items could not be scored; rerun with --out {folder} to retry them", len(outcome.failures)).format(folder=folder.path), file=sys.stderr)
        return 3
    if outcome.stopped:
        print(ngettext("reviewer: stopped early: {why}; {n} item not started; rerun with --out {folder} to continue",
                       "reviewer: stopped early: {why}; {n} items not started; rerun with --out {folder} to continue", len(outcome.skipped)).format(why=outcome.stopped, folder=folder.path), file=sys.stderr)
        return 1
    return 0


def _print_batch(batch: dict) -> None:
    requests = sum(b["requests"] or 0 for b in batch["batches"])
    line = ngettext("batch: {n} request in {batches}", "batch: {n} requests in {batches}", requests).format(
        batches=ngettext("{n} batch", "{n} batches", len(batch["batches"]))
    )
    print(line + _("; spent ${usd:.4f} at batch prices ({prompt} prompt + {completion} completion tokens, half the online price)").format(
        usd=batch["cost_usd"], prompt=batch["prompt_tokens"], completion=batch["completion_tokens"]))
    if batch["failed_lines"]:
        how = _("sent online") if batch["failed_lines_were"] == "retry" else _("reported as failed items")
        print(ngettext("{n} line the batch did not answer was {how}", "{n} lines the batch did not answer were {how}", batch["failed_lines"]).format(how=how))


def _folder(args):
    from ..evals.runner import RunFolder, default_run_dir

    return RunFolder(args.out or default_run_dir())


def _print_metrics(data: dict, names=None) -> None:
    rows = [(n, e) for n, e in data["metrics"].items() if names is None or n in names]
    if not rows:
        return
    metric, value, interval = _("metric"), _("value"), _("95% interval")
    width = max(len(metric), *(len(n) for n, _e in rows))
    print(f"{metric:<{width}}  {value:>8}  {interval:>19}  {'n':>4}")
    for name, e in rows:
        interval = f"{_fmt(e['low'])} – {_fmt(e['high'])}"
        print(f"{name:<{width}}  {_fmt(e['value']):>8}  {interval:>19}  {e['n']:>4}")


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"


# --- eval lint ---------------------------------------------------------------------------


def run_lint(args) -> int:
    from ..evals.evaluate import Session, run_meta
    from ..lint.engine import Linter

    from ..exports import Rows

    config = _config(args)
    data = _load_set(args.set)
    rows = Rows(**input_options.reading(args))
    items = [item for item in data.items if rows.selects(_item_fields(item))]
    if not items:
        raise UsageError(_("no item of {set} has {fields}").format(set=data.label, fields=", ".join(map(str, rows.where))))
    folder = _folder(args)
    linter = Linter(config)
    chosen = {"where": [str(c) for c in rows.where]} if rows.where else {}  # another slice of the set is another run
    meta = run_meta("lint", set=data.meta(), select=list(config.select), ignore=list(config.ignore), **chosen)
    outcome = _run(lambda update: Session(folder, on_progress=update).run(items, _lint_scorer(linter, items, args.jobs, rows.keep), meta), folder, "eval lint")
    return _finish(args, folder, meta, outcome, len(items), _print_lint, row_errors=[str(e) for e in data.errors])


def _item_fields(item) -> dict:
    """An eval item's fields as --where and --keep name them: id, lang, tags.industry…"""
    return {"id": item.id, "lang": item.lang, "customer_message": item.customer_message, **{f"tags.{k}": v for k, v in item.tags.items()}}


def _lint_scorer(linter, items, jobs, keep: tuple[str, ...] = ()):
    from ..evals.lint_eval import lint_record
    from ..lint.parallel import check_all

    reports = {item.id: report for item, report in check_all(linter, items, lambda item: (item.draft, item.lang), jobs)}

    async def score(item):
        record = lint_record(item, linter, reports[item.id])
        if keep:
            record["fields"] = {name: _item_fields(item).get(name) for name in keep}
        return record

    return score


def _print_lint(data: dict) -> None:
    m = data["metrics"]
    codes = sorted({n.split(".")[1] for n in m if n.startswith("f1.")})
    langs = sorted({n.split(".")[1] for n in m if n.startswith("macro_f1.")})

    def cell(name):
        e = m.get(name)
        return "—" if not e or e["value"] is None else f"{e['value']:.2f}"

    rule = _("rule")
    w = max(7, len(rule) + 2)  # the code column
    header = f"{rule:<{w}}{'P':>5} {'R':>5} {'F1':>5} {'n':>4}" + "".join(f"   {lang}: {'P':>4} {'R':>4} {'F1':>4}" for lang in langs)
    print(header)
    for code in codes:
        n = m.get(f"recall.{code}", {}).get("n", 0)
        line = f"{code:<{w}}{cell(f'precision.{code}'):>5} {cell(f'recall.{code}'):>5} {cell(f'f1.{code}'):>5} {n:>4}"
        line += "".join(f"       {cell(f'precision.{code}.{lang}'):>4} {cell(f'recall.{code}.{lang}'):>4} {cell(f'f1.{code}.{lang}'):>4}" for lang in langs)
        print(line)
    print()
    _print_metrics(data, [n for n in m if n.startswith("macro_f1")])
    for key, title in (("misses", _("missed (expected, did not fire)")), ("false_alarms", _("false alarms (fired, not expected)"))):
        if data[key]:
            print(f"\n{title}:")
            for code, ids in data[key].items():
                shown = ", ".join(ids[:8]) + (", … (" + _("{n} in all").format(n=len(ids)) + ")" if len(ids) > 8 else "")
                print(f"  {code}: {shown}")


# --- eval rewrite ------------------------------------------------------------------------


def run_rewrite(args) -> int:
    from ..evals.evaluate import Session, evaluate_rewrites, run_meta
    from ..lint.engine import Linter

    config = _config(args)
    data = _load_set(args.set)
    prompts = _prompts(args.prompt, ("rewrite", "judge"))
    linter = Linter(config)
    rewriter, items, extra = _rewriter(args, config, linter, data, prompts)
    judge = None if args.no_judge else _judge(args, config, prompts, required=False, model=args.judge_model)
    if args.dry_run:
        return _dry_run(items, rewriter, judge)
    folder = _folder(args)
    meta = run_meta("rewrite", set=data.meta(), **rewriter.meta(), **(judge.meta() if judge else {"judge_prompt": None}))
    if judge is None and not args.no_judge:
        print(_("reviewer: note: no LLM endpoint configured, so judge_score is not scored (README: LLM rewrite)"), file=sys.stderr)
    session = Session(folder, concurrency=args.concurrency, max_cost=args.max_cost)

    def start(update):
        session.on_progress = update
        return evaluate_rewrites(items, rewriter, linter, judge, session, meta)

    if args.batch:
        from ..evals.evaluate import rewrite_scorer

        start, extra["batch"] = _batched(args, folder, [getattr(rewriter, "llm", None), judge and judge.llm], items, rewrite_scorer(rewriter, linter, judge), start)
    outcome = _run(start, folder, "eval rewrite")
    if args.batch:
        extra["batch"] = extra["batch"].summary()
    return _finish(args, folder, meta, outcome, len(items), _print_rewrite, row_errors=[str(e) for e in data.errors], **extra)


def _batched(args, folder, llms, items, score, start):
    """``--batch``: the run's start played in passes through the Batch API (reviewer.evals.batch), and its BatchRun."""
    from ..evals.batch import BatchRun

    if not any(llms):
        raise UsageError(_("--batch needs LLM requests to send: this run makes none"))
    batch = BatchRun(folder, llms, failed=args.batch_failed, say=lambda line: print(line, file=sys.stderr))
    return (lambda display: batch.run(items, score, lambda: start(display), on_poll=display.batch)), batch


def _rewriter(args, config, linter, data, prompts):
    """The rewriter, the items it can rewrite, and what to report about the rest."""
    from ..evals.rewriters import CandidatesRewriter, LLMRewriter, OfflineRewriter

    choice = args.rewriter
    if choice == "offline":
        return OfflineRewriter(linter), data.items, {}
    if choice == "llm":
        from ..config import ConfigError
        from ..llm import PromptError

        try:
            rewriter = LLMRewriter(config, model=args.model, prompt_version=prompts.get("rewrite"), use_cache=not args.no_cache)
        except (ConfigError, PromptError) as exc:
            raise UsageError(str(exc)) from None
        if not rewriter.llm.configured and not args.dry_run:  # a dry run sends nothing: it prices with the model's name alone
            from ..llm import HOW_TO_CONFIGURE

            raise UsageError(_("--rewriter llm needs an LLM endpoint: {how}").format(how=_(HOW_TO_CONFIGURE)))
        return rewriter, data.items, {}
    if choice.startswith("candidates:"):
        from ..evals.datasets import DatasetError, load_candidates

        path = Path(choice.removeprefix("candidates:"))
        try:
            candidates = load_candidates(path)
        except DatasetError as exc:
            raise UsageError(str(exc)) from None
        _report_row_errors(candidates.errors)
        rewriter = CandidatesRewriter(candidates)
        known = {item.id for item in data.items}
        items = [item for item in data.items if rewriter.covers(item)]
        missing = [item.id for item in data.items if not rewriter.covers(item)]
        unknown = [i for i in candidates.rewrites if i not in known]
        if missing:
            print(ngettext("reviewer: warning: {n} item of {set} has no rewrite in {path} (not scored): {ids}",
                           "reviewer: warning: {n} items of {set} have no rewrite in {path} (not scored): {ids}", len(missing)).format(set=data.label, path=path, ids=_some(missing)), file=sys.stderr)
        if unknown:
            print(ngettext("reviewer: warning: {n} rewrite in {path} has an id {set} does not have: {ids}",
                           "reviewer: warning: {n} rewrites in {path} have an id {set} does not have: {ids}", len(unknown)).format(set=data.label, path=path, ids=_some(unknown)), file=sys.stderr)
        if not items:
            raise UsageError(_("{path}: no rewrite matches an id of {set}").format(path=path, set=data.label))
        extra = {"missing": missing, "unknown": unknown, "candidate_row_errors": [str(e) for e in candidates.errors]}
        return rewriter, items, extra
    raise UsageError(_("--rewriter {choice!r}: expected llm, offline or candidates:FILE").format(choice=choice))


def _some(ids: list[str]) -> str:
    """The first ten ids of a list, and an ellipsis for the rest."""
    return ", ".join(ids[:10]) + (" …" if len(ids) > 10 else "")


def _judge(args, config, prompts, *, required: bool, model: str | None):
    from ..config import ConfigError
    from ..evals.judge import Judge, JudgeError

    try:
        judge = Judge(config, model=model, version=prompts.get("judge"), use_cache=not args.no_cache)
    except (ConfigError, JudgeError) as exc:
        raise UsageError(str(exc)) from None
    if judge.llm.configured or args.dry_run:
        return judge
    if required:
        from ..llm import HOW_TO_CONFIGURE

        raise UsageError(_("the judge needs an LLM endpoint: {how}").format(how=_(HOW_TO_CONFIGURE)))
    return None


def _dry_run(items, rewriter, judge) -> int:
    """Tokens and cost the run would take, counted with tiktoken; nothing is sent."""
    from ..evals.rewriters import LLMRewriter

    lines = []
    total_low = total_high = 0.0
    parts = []
    if isinstance(rewriter, LLMRewriter):
        parts.append(("rewrite", rewriter.llm, [rewriter.estimate(item) for item in items], rewriter.llm.settings.max_attempts))
    if judge is not None:
        parts.append(("judge", judge.llm, [judge.estimate(item.draft, item.customer_message, item.lang) for item in items], 1))
    if not parts:
        print(ngettext("dry run: {n} item; the {rewriter} rewriter and no judge make no LLM calls: nothing to pay",
                       "dry run: {n} items; the {rewriter} rewriter and no judge make no LLM calls: nothing to pay", len(items)).format(rewriter=rewriter.meta()["rewriter"]))
        return 0
    for name, llm, estimates, attempts in parts:
        prompt_tokens = sum(e.prompt.tokens for e in estimates)
        completion_cap = sum(e.max_completion_tokens for e in estimates)
        low = llm.settings.cost(prompt_tokens, 0)
        high = sum(e.max_cost_usd for e in estimates) * attempts
        total_low, total_high = total_low + low, total_high + high
        encoding = estimates[0].prompt.encoding + ("" if estimates[0].prompt.exact else _(", an estimate"))
        calls = ngettext("{n} call", "{n} calls", len(estimates))
        each = ngettext("up to {n} attempt each", "up to {n} attempts each", attempts) if attempts > 1 else _("one each")
        lines.append(f"{name:<8} {llm.model}: {calls} ({each}), " + _(
            "{prompt} prompt tokens ({encoding}), completions up to {completion} tokens; ${low:.4f} for the prompts, worst case ≈ ${high:.4f}"
        ).format(prompt=prompt_tokens, encoding=encoding, completion=completion_cap, low=low, high=high))
    print(ngettext("dry run: {n} item, nothing sent", "dry run: {n} items, nothing sent", len(items)))
    print("\n".join(lines))
    print(_("total: ${low:.4f} for the first prompts, worst case ≈ ${high:.4f} (every attempt used, every completion at max_tokens)").format(low=total_low, high=total_high))
    if all(llm.settings.prompt_price_per_1k == 0 and llm.settings.completion_price_per_1k == 0 for _name, llm, _estimates, _attempts in parts):
        print(_("note: no prices configured (prompt_price_per_1k, completion_price_per_1k under [tool.reviewer.llm]): costs show as $0"))
    return 0


def _print_rewrite(data: dict) -> None:
    _print_metrics(data, [n for n in data["metrics"] if "." not in n])
    before, after = data["findings_before"], data["findings_after"]
    codes = sorted(set(before) | set(after))
    if codes:
        print("\n" + _("findings per rule, drafts → rewrites:"))
        print("  " + "  ".join(f"{c} {before.get(c, 0)}→{after.get(c, 0)}" for c in codes))
    guard = data.get("guard_rejected")
    if guard:
        why = ", ".join(f"{k} {v}" for k, v in sorted(guard["why"].items(), key=lambda kv: -kv[1]))
        rejected = ngettext("guard rejected {rejected} of {n} model answer", "guard rejected {rejected} of {n} model answers", guard["answers"])
        print("\n" + rejected.format(rejected=guard["rejected"]) + (" (" + _("answers with: {why}").format(why=why) + ")" if why else ""))
    status = ", ".join(f"{k} {v}" for k, v in data["status"].items())
    c = data["cost"]
    print("\n" + _("status: {status}; spent ${usd:.4f} ({prompt} prompt + {completion} completion tokens; cached answers are free)").format(
        status=status, usd=c["usd"], prompt=c["prompt_tokens"], completion=c["completion_tokens"]))


# --- eval judge --------------------------------------------------------------------------


def run_judge(args) -> int:
    from ..evals.datasets import DatasetError
    from ..evals.evaluate import Session, evaluate_judge, run_meta
    from ..evals.judge import load_labels

    config = _config(args)
    prompts = _prompts(args.prompt, ("judge",))
    try:
        labels = load_labels(args.labels)
    except DatasetError as exc:
        raise UsageError(str(exc)) from None
    _report_row_errors(labels.errors)
    judge = _judge(args, config, prompts, required=True, model=args.model)
    if args.dry_run:
        return _dry_run_judge(labels, judge)
    folder = _folder(args)
    meta = run_meta("judge", set=None, **labels.meta(), **judge.meta())
    session = Session(folder, concurrency=args.concurrency, max_cost=args.max_cost)

    def start(update):
        session.on_progress = update
        return evaluate_judge(labels.items, judge, session, meta)

    extra = {}
    if args.batch:
        from ..evals.evaluate import judge_scorer

        start, batch = _batched(args, folder, [judge.llm], labels.items, judge_scorer(judge), start)
    outcome = _run(start, folder, "eval judge")
    if args.batch:
        extra["batch"] = batch.summary()
    return _finish(args, folder, meta, outcome, len(labels.items), _print_judge, row_errors=[str(e) for e in labels.errors], **extra)


def _dry_run_judge(labels, judge) -> int:
    estimates = [judge.estimate(item.reply, item.customer_message, item.lang) for item in labels.items]
    tokens = sum(e.prompt.tokens for e in estimates)
    calls = ngettext("dry run: {n} judge call to {model}, nothing sent", "dry run: {n} judge calls to {model}, nothing sent", len(estimates))
    print(calls.format(model=judge.llm.model) + ": " + _("{prompt} prompt tokens ({encoding}); ${low:.4f} for the prompts, worst case ≈ ${high:.4f}").format(
        prompt=tokens, encoding=estimates[0].prompt.encoding, low=judge.llm.settings.cost(tokens, 0), high=sum(e.max_cost_usd for e in estimates)))
    return 0


def _print_judge(data: dict) -> None:
    _print_metrics(data)
    print("\n" + _("kappa: Cohen's kappa with quadratic weights on the 1-5 scores, judge vs human (1 = perfect, 0 = chance)"))
    if data["unjudged"]:
        unjudged = data["unjudged"]
        print(ngettext("{n} reply got no usable verdict and is left out: {ids}", "{n} replies got no usable verdict and are left out: {ids}", len(unjudged)).format(ids=_some(unjudged)))


# --- eval compare ------------------------------------------------------------------------


def run_compare(args) -> int:
    from ..evals.compare import check_gates, compare, load_run, parse_gate
    from ..evals.runner import RunError

    try:
        gates_under = [parse_gate(g, "--fail-under") for g in args.fail_under]
        gates_regression = [parse_gate(g, "--max-regression") for g in args.max_regression]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        result = compare(load_run(args.run_a), load_run(args.run_b))
    except RunError as exc:
        raise UsageError(str(exc)) from None
    failed = check_gates(result, gates_under, gates_regression)
    if args.html:
        from ..evals.report import render_comparison

        args.html.write_text(render_comparison(result), encoding="utf-8")
    if args.format == "json":
        import json

        print(json.dumps({**result.to_dict(), "gates_failed": failed}, ensure_ascii=False, indent=2))
    else:
        _print_comparison(result, args)
    for message in failed:
        print(_("FAIL {message}").format(message=message), file=sys.stderr)
    if gates_under or gates_regression:
        print((_("gates: failed") if failed else _("gates: passed")), file=sys.stderr)
    return 1 if failed else 0


def _print_comparison(c, args) -> None:
    from ..evals.compare import describe
    from ..evals.metrics import better

    print(f"A: {c.a.path}  ({describe(c.a.meta)})")
    print(f"B: {c.b.path}  ({describe(c.b.meta)})")
    print(ngettext("{n} item in both", "{n} items in both", len(c.common))
          + ("; " + _("only in A: {n}").format(n=len(c.only_a)) if c.only_a else "") + ("; " + _("only in B: {n}").format(n=len(c.only_b)) if c.only_b else ""))
    for note in c.notes:
        print(_("note: {note}").format(note=note))
    rows = [(n, d) for n, d in c.deltas.items() if args.all or "." not in n or (d.delta not in (None, 0))]
    if c.a.kind == "lint" and not args.all:
        rows = [(n, d) for n, d in rows if n.startswith("macro_f1") or (n.startswith("f1.") and n.count(".") == 1)]
    metric, interval = _("metric"), _("95% interval")
    width = max(len(metric), *(len(n) for n, _d in rows))
    print(f"\n{metric:<{width}}  {'A':>8}  {'B':>8}  {'B − A':>8}  {interval:>19}  {'p':>6}")
    for name, d in rows:
        mark = ""
        if d.significant:
            good = (d.delta > 0) == (better(name) == "higher") if better(name) else None
            mark = "  " + (_("better") if good else _("WORSE") if good is False else _("changed"))
        interval = "—" if d.low is None else f"{d.low:+.3f} – {d.high:+.3f}"
        delta = "—" if d.delta is None else f"{d.delta:+.3f}"
        p = "—" if d.p_value is None else f"{d.p_value:.3f}"
        print(f"{name:<{width}}  {_fmt(d.a):>8}  {_fmt(d.b):>8}  {delta:>8}  {interval:>19}  {p:>6}{mark}")
    print("\n" + _("significant: the paired-bootstrap 95% interval of B − A excludes 0"))
    if c.worse:
        worse = ngettext("{n} item got worse in B", "{n} items got worse in B", len(c.worse))
        print("\n" + worse + ("; " + _("the first {n}:").format(n=args.limit) if len(c.worse) > args.limit else ":"))
        for w in c.worse[: args.limit]:
            what = ", ".join(f"{k} {_short(v['a'])}→{_short(v['b'])}" for k, v in w["worse"].items())
            print(f"  {w['id']}: {what}")
    else:
        print("\n" + _("no item got worse in B"))


def _short(value) -> str:
    if isinstance(value, list):
        return "[" + ",".join(value) + "]"
    return _fmt(value) if isinstance(value, int | float) else str(value)
