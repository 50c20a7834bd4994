"""Check many drafts on every core, with the results in input order as they arrive.

``check_all`` takes any stream of items (drafts, input errors, eval items, a
helpdesk export's rows) and a function that says what to check in each one,
and yields every item with its report, in input order, the way a loop over
``Linter.check`` would. Chunks of drafts go to worker processes and a bounded
number of chunks is in flight, so a run over a 1 GB file holds a few chunks,
not the file. With ``jobs=None`` the first ``AUTO_AFTER`` drafts are checked
in this process and only a longer input is handed to the pool: starting
worker processes costs more than checking a few hundred drafts.

``jobs`` counts this process: N jobs are N - 1 workers and this one, which
reads, writes, and checks a chunk itself whenever the workers have enough in
flight. N + 1 busy processes on N cores would take turns, and every chunk
checked here is one not pickled there and back.

Workers are forked where the system can fork (they inherit the compiled
rules, and this process checks the first chunk before forking them, so they
inherit the rules that chunk compiled, and the trigger gate); elsewhere each
one builds the linter from the config.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ..model import Finding, Report
from .engine import Linter

T = TypeVar("T")
Request = tuple[str, "str | None"]  # the text to check and its language (None: detected)

AUTO_AFTER = 2000  # drafts checked in this process before jobs=None turns to the pool
CHUNK_DRAFTS = 256  # drafts per task: enough to outweigh sending it, few enough to keep every worker busy
CHUNK_CHARS = 1 << 20  # ... or this many characters, whichever comes first
IN_FLIGHT = 3  # chunks per worker sent ahead: bounds memory, keeps the workers fed

_linter: Linter | None = None  # the worker's linter


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_all(linter: Linter, items: Iterable[T], request: Callable[[T], Request | None], jobs: int | None = None) -> Iterator[tuple[T, Report | None]]:
    """Each item with the report of what ``request(item)`` names, or None where it names nothing, in input order.

    ``jobs``: processes that check, this one included (1: no workers; None:
    the cores, for an input of over ``AUTO_AFTER`` drafts). The reports are those
    ``linter.check(text, lang=lang)`` gives, whatever ``jobs`` is.
    """
    items = iter(items)
    workers = cores() if jobs is None else jobs
    if jobs is None or workers <= 1:
        checked = 0
        for item in items:
            wanted = request(item)
            yield item, None if wanted is None else linter.check(wanted[0], lang=wanted[1])
            checked += wanted is not None
            if jobs is None and workers > 1 and checked >= AUTO_AFTER:
                break
        else:
            return
    yield from _pooled(linter, items, request, workers)


def _pooled(linter: Linter, items: Iterator[T], request: Callable[[T], Request | None], workers: int) -> Iterator[tuple[T, Report | None]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _linter
    chunks = _chunks(items, request)
    first, second = next(chunks, None), next(chunks, None)
    if first is not None:  # checked here, before the fork: the workers inherit the rules it compiled
        yield from _results(first, _here(linter, first))
    if second is None:  # one chunk in all: no worker to start
        return
    chunks = itertools.chain([second], chunks)
    if "fork" in multiprocessing.get_all_start_methods():
        _linter = linter  # the forked workers find it here
        pool = ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork"))
    else:
        pool = ProcessPoolExecutor(workers - 1, initializer=_start, initargs=(linter.config,))
    ahead = (workers - 1) * IN_FLIGHT  # chunks the workers hold, queued or being checked
    pending: deque = deque()  # (chunk of (item, request), future of its findings), oldest first
    with pool:
        try:
            for chunk in chunks:
                while pending and pending[0][1].done():  # print what is ready before checking more
                    yield from _results(*pending.popleft())
                if sum(not future.done() for _, future in pending) < ahead:
                    pending.append((chunk, pool.submit(_check, _wanted(chunk))))
                else:  # the workers are busy enough: this process checks the chunk
                    pending.append((chunk, _here(linter, chunk)))
                if len(pending) >= workers * IN_FLIGHT:
                    yield from _results(*pending.popleft())
            while pending:
                yield from _results(*pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()


def _wanted(chunk: list[tuple[T, Request | None]]) -> list[Request]:
    return [wanted for _, wanted in chunk if wanted is not None]


def _here(linter: Linter, chunk: list[tuple[T, Request | None]]):
    """A chunk checked in this process, as a finished future: it keeps its place among the workers' chunks."""
    from concurrent.futures import Future

    done = Future()
    done.set_result(_findings(linter, _wanted(chunk)))
    return done


def _chunks(items: Iterator[T], request: Callable[[T], Request | None]) -> Iterator[list[tuple[T, Request | None]]]:
    chunk: list[tuple[T, Request | None]] = []
    drafts = chars = 0
    for item in items:
        wanted = request(item)
        chunk.append((item, wanted))
        if wanted is not None:
            drafts += 1
            chars += len(wanted[0])
        if drafts >= CHUNK_DRAFTS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, drafts, chars = [], 0, 0
    if chunk:
        yield chunk


def _results(chunk: list[tuple[T, Request | None]], future) -> Iterator[tuple[T, Report | None]]:
    found = iter(future.result())
    for item, wanted in chunk:
        if wanted is None:
            yield item, None
        else:
            lang, findings = next(found)
            yield item, Report(text=wanted[0], lang=lang, findings=findings)


def _start(config) -> None:
    global _linter
    _linter = Linter(config)


def _check(requests: list[Request]) -> list[tuple[str, list[Finding]]]:
    """In a worker: the language and findings of each draft (its text is not sent back)."""
    return _findings(_linter, requests)


def _findings(linter: Linter, requests: list[Request]) -> list[tuple[str, list[Finding]]]:
    reports = (linter.check(text, lang=lang) for text, lang in requests)
    return [(report.lang, report.findings) for report in reports]
