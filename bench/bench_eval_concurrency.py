"""Eval concurrency and cache: `eval rewrite --rewriter llm` against a slow endpoint.

    python bench/bench_eval_concurrency.py [--data ../shared/data/twcs_replies_en.jsonl] [--items 200] [--delay 0.2]

The endpoint is not a model: a small asyncio OpenAI-compatible server in its own
process answers every request --delay seconds after it arrives, with the
scripted responses of tests/scripted_server.py (rewrites echo the draft, the
judge gives a fixed verdict), so the time is the eval's own plumbing plus the
waiting. On real replies it measures, in one run:

1. the baseline: --items drafts at concurrency 1 (rewrite + judge: two requests each);
2. the same at concurrency 16, with a fresh cache, and the speed-up against 1.
   The ideal speed-up is 16; the target is at least 90 % of it;
3. a second run at concurrency 16 on the cache of run 2: it must send no request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scripted_server import json_completion

from reviewer.config import Config
from reviewer.evals.datasets import EvalItem
from reviewer.evals.evaluate import Session, evaluate_rewrites, run_meta
from reviewer.evals.judge import Judge
from reviewer.evals.rewriters import LLMRewriter
from reviewer.evals.runner import RunFolder
from reviewer.lint.engine import Linter
from reviewer.text.lang import detect_language

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "twcs_replies_en.jsonl"
VERDICT = {"reasoning": "scripted", "ownership": 3, "empathy": 3, "next_step": 3, "clarity": 3}
TARGET = 0.9


def answer(body: dict):
    if "You grade replies" in body["messages"][0]["content"]:
        return json_completion(VERDICT)
    user = body["messages"][-1]["content"]
    draft = user.split("<draft>\n", 1)[1].rsplit("\n</draft>", 1)[0]
    return json_completion({"rewrite": draft, "changes": [], "notes": ""})


class Endpoint:
    """The fixed-delay endpoint in a child process; ``request_count`` counts what it received."""

    def __init__(self, base_url: str, counter):
        self.base_url = base_url
        self._counter = counter

    @property
    def request_count(self) -> int:
        return self._counter.value


def _serve(port: int, delay: float, counter) -> None:
    """Answer every POST with ``answer(body)`` (the scripted responses) ``delay`` seconds after it
    arrives. asyncio, not the scripted server's ThreadingHTTPServer: its threads, queueing on
    the GIL, start their delay late, so the endpoint itself would cap the speed-up."""

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                arrived = time.monotonic()
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
                body = json.loads(await reader.readexactly(length))
                with counter.get_lock():
                    counter.value += 1
                response = answer(body)
                await asyncio.sleep(max(0.0, arrived + delay - time.monotonic()))
                data = json.dumps(response.body).encode()
                writer.write(b"HTTP/1.1 %d OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (response.status, len(data)) + data)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=256)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


@contextmanager
def endpoint(delay: float):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    proc = ctx.Process(target=_serve, args=(port, delay, counter), daemon=True)
    proc.start()
    deadline = time.monotonic() + 10
    while True:  # until it listens
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    try:
        yield Endpoint(f"http://127.0.0.1:{port}/v1", counter)
    finally:
        proc.kill()
        proc.join(5)


def load_items(path: Path, n: int) -> list[EvalItem]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row["text"].strip()
            if text:
                items.append(EvalItem(id=str(row["id"]), lang=detect_language(text), draft=text))
            if len(items) == n:
                break
    if len(items) < n:
        raise SystemExit(f"{path}: only {len(items)} replies, {n} wanted")
    return items


def one_run(items, server, cache_dir: Path, concurrency: int) -> tuple[float, float, int]:
    """Wall time and CPU time of the eval, and the requests it sent."""
    config = Config(llm={
        "base_url": server.base_url, "model": "scripted-model", "cache_dir": str(cache_dir),
        "max_attempts": 1, "max_retries": 0, "timeout": 30,
    })
    linter = Linter(config)
    rewriter, judge = LLMRewriter(config), Judge(config)
    with tempfile.TemporaryDirectory() as out:
        session = Session(RunFolder(Path(out)), concurrency=concurrency)
        meta = run_meta("rewrite", set={"name": "bench"}, **rewriter.meta(), **judge.meta())
        sent = server.request_count
        start, cpu = time.perf_counter(), time.process_time()
        outcome = asyncio.run(evaluate_rewrites(items, rewriter, linter, judge, session, meta))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(outcome.records) == len(items) and not outcome.failures, outcome.failures
    return elapsed, cpu, server.request_count - sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL of real replies with a text field")
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds the server takes per request")
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()

    items = load_items(args.data, args.items)
    print(f"{len(items)} drafts from {args.data.name}; server delay {args.delay * 1000:.0f} ms per request; rewrite + judge per draft")
    with endpoint(args.delay) as server, tempfile.TemporaryDirectory() as tmp:
        t1, _, n1 = one_run(items, server, Path(tmp) / "cache-1", 1)
        print(f"concurrency  1: {t1:7.2f} s, {n1} requests, {len(items) / t1:6.2f} drafts/s")
        tn, cpu, nn = one_run(items, server, Path(tmp) / "cache-n", args.concurrency)
        print(f"concurrency {args.concurrency:2d}: {tn:7.2f} s, {nn} requests, {len(items) / tn:6.2f} drafts/s; "
              f"CPU of the eval process {cpu:.2f} s = {cpu / len(items) * 1000:.1f} ms per draft")
        speedup = t1 / tn
        share = speedup / args.concurrency
        print(f"speed-up: {speedup:.2f}x of an ideal {args.concurrency}x = {share:.1%} (target >= {TARGET:.0%})")
        tc, cpu, nc = one_run(items, server, Path(tmp) / "cache-n", args.concurrency)
        print(f"second run from the cache: {tc:7.2f} s, {nc} requests (target 0); CPU {cpu / len(items) * 1000:.1f} ms per draft")
    ok = share >= TARGET and nc == 0
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
