"""Thread pools for the work behind the API, so the event loop only moves bytes.

Checking a draft is CPU work (a 60 kB draft of "Hi!! " takes about 0.2 s);
on the event loop it would hold up every other request, /healthz included.
Linting runs in a few threads (about one per core: more would only contend
for the GIL, and the event loop with them); requests beyond that wait in the
queue without using the CPU. Rewrites wait mostly on the LLM endpoint, so
they get their own, larger pool: a slow endpoint never holds up /v1/check.
"""

from __future__ import annotations

import asyncio
import functools
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

LINT_THREADS = min(4, os.cpu_count() or 1)
REWRITE_THREADS = 8  # rewrites at a time; the others queue


class Workers:
    """The two pools, started on first use and stopped by ``close()`` (an app may start again)."""

    def __init__(self) -> None:
        self._pools: dict[str, ThreadPoolExecutor] = {}

    async def lint(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        return await self._run("lint", LINT_THREADS, functools.partial(fn, *args, **kwargs))

    async def rewrite(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        return await self._run("rewrite", REWRITE_THREADS, functools.partial(fn, *args, **kwargs))

    async def _run(self, name: str, threads: int, call: Callable[[], Any]) -> Any:
        if name not in self._pools:
            self._pools[name] = ThreadPoolExecutor(threads, thread_name_prefix=f"reviewer-{name}")
        return await asyncio.get_running_loop().run_in_executor(self._pools[name], call)

    def close(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(wait=False, cancel_futures=True)
        self._pools.clear()
