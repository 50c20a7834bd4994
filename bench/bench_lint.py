"""Linter speed against proselint, both measured in this run on real replies.

    pip install -r bench/requirements.txt      # proselint, in the bench environment only
    python bench/bench_lint.py [--data ../shared/data/twcs_replies_en.jsonl] [--repeat 10]

Reports (1) throughput over the real replies repeated --repeat times, in one
process, for reviewer and for proselint; (2) cold start: the median wall time
and CPU time of `reviewer check FILE` and `proselint check FILE` on a
one-line draft, each a fresh process (with --callgrind also the instructions
executed, which no other load on the machine changes); (3) how check time
grows from a 1 MB to a 10 MB input.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "twcs_replies_en.jsonl"


def load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def throughput_reviewer(texts: list[str]) -> float:
    from reviewer import Linter

    linter = Linter()
    start = time.perf_counter()
    for text in texts:
        linter.check(text)
    return time.perf_counter() - start


def throughput_proselint(texts: list[str]) -> float:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    start = time.perf_counter()
    for text in texts:
        LintFile("-", text).lint(DEFAULT)
    return time.perf_counter() - start


def cold_start(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds per command, runs interleaved so load drift hits both alike.

    One untimed run each first: it fills the OS file cache (and reviewer's rule cache,
    as any user's first run does).
    """
    for command in commands.values():
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in commands}


def instructions(command: list[str]) -> int | None:
    """Instructions executed, counted by callgrind: repeatable whatever the machine's load."""
    if shutil.which("valgrind") is None:
        return None
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True, text=True, check=False,
    ).stderr
    found = re.search(r"Collected : (\d+)", out)
    return int(found.group(1)) if found else None


def scaling(texts: list[str]) -> tuple[float, float]:
    from reviewer import Linter

    linter = Linter()
    corpus = "\n\n".join(texts)
    def timed(size: int) -> float:
        text = (corpus * (size // len(corpus) + 1))[:size]
        start = time.process_time()  # CPU time: other load on the machine does not distort the ratio
        linter.check(text)
        return time.process_time() - start
    return timed(1_000_000), timed(10_000_000)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--callgrind", action="store_true", help="also count cold-start instructions with valgrind")
    args = parser.parse_args()
    if not args.data.exists():
        parser.error(f"no data at {args.data}: pass --data")
    bindir = Path(sys.executable).parent
    proselint_bin = shutil.which("proselint", path=str(bindir)) or shutil.which("proselint")
    if proselint_bin is None:
        parser.error("proselint is not installed here: pip install -r bench/requirements.txt")
    reviewer_bin = shutil.which("reviewer", path=str(bindir)) or shutil.which("reviewer")

    texts = load(args.data) * args.repeat
    chars = sum(map(len, texts))
    print(f"data: {args.data.name}, {len(texts)} replies ({args.repeat}x), {chars / 1e6:.2f} M characters")

    t_rev = throughput_reviewer(texts)
    t_pro = throughput_proselint(texts)
    print(f"throughput  reviewer : {len(texts) / t_rev:10.0f} replies/s  ({t_rev:.2f} s)")
    print(f"throughput  proselint: {len(texts) / t_pro:10.0f} replies/s  ({t_pro:.2f} s)")
    print(f"throughput  ratio    : {t_pro / t_rev:.1f}x proselint")

    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        draft.write_text("Sorry if you were upset!! Your problem is important to us.\n", encoding="utf-8")
        os.chdir(tmp)  # no config file on the way up from a temp dir
        commands = {"reviewer": [reviewer_bin, "check", str(draft)], "proselint": [proselint_bin, "check", str(draft)]}
        cold = cold_start(commands, args.cold_runs)
        counts = {name: instructions(command) for name, command in commands.items()} if args.callgrind else {}
    for name, (wall, cpu) in cold.items():
        print(f"cold start  {name:9}: {wall * 1000:7.0f} ms wall, {cpu * 1000:5.0f} ms CPU (median of {args.cold_runs})")
    print(f"cold start  ratio    : {cold['reviewer'][0] / cold['proselint'][0]:.2f} of proselint's wall time, "
          f"{cold['reviewer'][1] / cold['proselint'][1]:.2f} of its CPU time")
    if counts.get("reviewer") and counts.get("proselint"):
        print(f"cold start  callgrind: reviewer {counts['reviewer'] / 1e6:.0f} M instructions, "
              f"proselint {counts['proselint'] / 1e6:.0f} M: {counts['reviewer'] / counts['proselint']:.2f}")

    one, ten = scaling(load(args.data))
    print(f"scaling     1 MB: {one:.2f} s, 10 MB: {ten:.2f} s ({ten / one:.1f}x for 10x the text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
