"""Run folders and the concurrent item runner.

A run folder holds ``run.json`` (what was run: kind, set, rewriter, model,
prompts), ``results.jsonl`` (one record per item, appended and flushed the
moment the item finishes), and at the end ``summary.json`` and
``report.html``. Rerunning with the same folder resumes: items already in
``results.jsonl`` are skipped, a line cut short by a kill is dropped, and a
folder that holds a different run is refused rather than mixed.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .datasets import EvalItem

RESULTS, SUMMARY, RUN, REPORT = "results.jsonl", "summary.json", "run.json", "report.html"
GIVE_UP_AFTER = 5  # consecutive failed items with nothing done in between: the endpoint is down


class RunError(ValueError):
    """The run folder cannot be used (holds another run, unreadable)."""


class BatchError(Exception):
    """The Batch API could not be used for the run (``--batch``); the batches created so far are kept in its folder."""


class ItemError(Exception):
    """One item could not be scored (e.g. the endpoint failed); it is retried on the next run."""


def default_run_dir(root: Path = Path("runs")) -> Path:
    return root / datetime.now().strftime("%Y%m%d-%H%M%S")


class RunFolder:
    def __init__(self, path: Path):
        self.path = Path(path)

    @property
    def results_path(self) -> Path:
        return self.path / RESULTS

    def open(self, meta: dict) -> dict[str, dict]:
        """Start or resume a run described by ``meta``; the records already done, by id."""
        self.path.mkdir(parents=True, exist_ok=True)
        run_file = self.path / RUN
        if run_file.exists():
            previous = self.read_json(RUN)
            if _identity(previous) != _identity(meta):
                diff = ", ".join(f"{k}: {previous.get(k)!r} → {meta.get(k)!r}" for k in _identity(meta) if previous.get(k) != meta.get(k))
                raise RunError(f"{self.path} holds a different run ({diff}); choose another --out")
        else:
            self.write_json(RUN, meta)
        return {r["id"]: r for r in self.records()}

    def records(self) -> list[dict]:
        """The complete records of results.jsonl; a torn last line (a kill mid-write) is cut off."""
        try:
            data = self.results_path.read_bytes()
        except FileNotFoundError:
            return []
        end = data.rfind(b"\n") + 1
        if end < len(data):
            with self.results_path.open("r+b") as handle:
                handle.truncate(end)
        records = []
        for line in data[:end].splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a damaged line: that item runs again
            if isinstance(record, dict) and "id" in record:
                records.append(record)
        return list({r["id"]: r for r in records}.values())

    def append(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self.results_path.open("a", encoding="utf-8") as handle:
            handle.write(line)  # closed at once: a killed process loses nothing written

    def read_json(self, name: str) -> dict:
        try:
            return json.loads((self.path / name).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RunError(f"{self.path / name}: cannot read: {exc}") from None

    def write_json(self, name: str, data: dict) -> None:
        tmp = self.path / f".{name}.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path / name)

    def write_text(self, name: str, text: str) -> None:
        tmp = self.path / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, self.path / name)


def _identity(meta: dict) -> dict:
    """What must match for two invocations to be one run (not when or how fast)."""
    return {k: v for k, v in meta.items() if k not in ("created", "concurrency", "max_cost", "reviewer_version")}


@dataclass
class Progress:
    """What a progress display needs; the runner updates it after every item."""

    total: int
    done: int = 0  # including items done by an earlier, interrupted run
    resumed: int = 0
    failed: int = 0
    spent_usd: float = 0.0
    started: float = field(default_factory=time.monotonic)

    @property
    def rate(self) -> float:
        """Items per second in this invocation."""
        elapsed = time.monotonic() - self.started
        return (self.done - self.resumed) / elapsed if elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        left = self.total - self.done - self.failed
        return left / self.rate if self.rate > 0 else None


@dataclass
class Outcome:
    records: list[dict]  # every record of the run, earlier ones first
    failures: dict[str, str]  # id → why it could not be scored this time
    skipped: list[str]  # ids not started (the budget ran out, or the endpoint gave up)
    stopped: str | None = None  # why the run stopped early
    spent_usd: float = 0.0


async def run_items(
    items: Sequence[EvalItem],
    score: Callable[[EvalItem], Awaitable[dict]],
    folder: RunFolder,
    done: dict[str, dict],
    *,
    concurrency: int = 4,
    max_cost: float | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> Outcome:
    """Score the items not yet ``done``, at most ``concurrency`` at once, appending each
    record to the folder as soon as it is ready. ``score`` returns the record (with a
    ``cost_usd`` in ``usage`` when it spent money) or raises ItemError."""
    todo = [item for item in items if item.id not in done]
    progress = Progress(total=len(items), done=len(items) - len(todo), resumed=len(items) - len(todo))
    records = list(done.values())
    failures: dict[str, str] = {}
    skipped: list[str] = []
    state = {"stopped": None, "streak": 0}
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(item: EvalItem) -> None:
        async with gate:
            if state["stopped"]:
                skipped.append(item.id)
                return
            if max_cost is not None and progress.spent_usd >= max_cost:
                state["stopped"] = f"the budget of ${max_cost:g} is spent (${progress.spent_usd:.4f})"
                skipped.append(item.id)
                return
            try:
                record = await score(item)
            except ItemError as exc:
                failures[item.id] = str(exc)
                progress.failed += 1
                state["streak"] += 1
                if state["streak"] >= GIVE_UP_AFTER and not state["stopped"]:
                    state["stopped"] = f"{GIVE_UP_AFTER} items failed in a row (last: {exc})"
            else:
                state["streak"] = 0
                folder.append(record)
                records.append(record)
                progress.done += 1
                progress.spent_usd = round(progress.spent_usd + spent(record), 6)
            if on_progress:
                on_progress(progress)

    if on_progress:
        on_progress(progress)
    await asyncio.gather(*(one(item) for item in todo))
    return Outcome(ordered(records, items), failures, skipped, state["stopped"], progress.spent_usd)


def spent(record: dict) -> float:
    """USD a record's item cost in this run (answers from the cache cost nothing)."""
    return sum(part.get("cost_usd", 0.0) for part in (record.get("usage") or {}).values() if isinstance(part, dict))


def ordered(records: Iterable[dict], items: Sequence[EvalItem]) -> list[dict]:
    """Records in the set's order, whatever order they finished in."""
    order = {item.id: n for n, item in enumerate(items)}
    return sorted(records, key=lambda r: order.get(r["id"], len(order)))
