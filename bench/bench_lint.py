"""Linter speed against proselint, both measured in this run on the same real replies.

    pip install . -r bench/requirements.txt      # proselint, in the bench environment only
    python bench/bench_lint.py [--data ../shared/data/twcs_replies_en.jsonl] [--repeat 10] [--big-mb 1024]

Reports, on the replies repeated --repeat times (22,220 drafts by default):

1. in-process: the median time `Linter.check` takes per draft (each draft's
   best of --passes passes, so another process's burst does not count), and
   drafts per second for reviewer and for proselint (`LintFile`), one process each;
2. whole process, the same bytes: `reviewer check --format json replies.jsonl`
   against `proselint check replies.txt` (the same texts as one file, a blank
   line between two), the two run alternately --runs times, best and median;
3. `--jobs` scaling: `--jobs 1` against `--jobs 2` on the same JSONL, alternately,
   and beside them two `--jobs 1` runs at once: how much two processes get
   from the machine at that time, the ceiling for `--jobs 2`;
4. peak memory (largest process's RSS) of `reviewer check --format json` on a
   small and a large JSONL (--big-mb);
5. cold start: `reviewer check FILE` and `proselint check FILE` on a one-line
   draft, fresh processes, interleaved (with --callgrind also instructions);
6. a team pattern `(a+)+$` on a 100 kB line: one whole `reviewer check`.

Other processes on the machine slow whichever tool runs beside them: the
alternation spreads that over both, and the best of the runs shows each
tool's own speed. The load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "twcs_replies_en.jsonl"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_inputs(rows: list[dict], repeat: int, folder: Path) -> tuple[Path, Path]:
    """The replies as JSONL (ids made unique per copy) and their texts as one plain-text file."""
    jsonl, text = folder / "replies.jsonl", folder / "replies.txt"
    with jsonl.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for row in rows:
                out.write(json.dumps({"id": f"{row['id']}-{copy}", "text": row["text"]}, ensure_ascii=False) + "\n")
    text.write_text("\n\n".join(row["text"] for _ in range(repeat) for row in rows) + "\n", encoding="utf-8")
    return jsonl, text


def grow(rows: list[dict], megabytes: int, folder: Path, unique: bool) -> Path:
    """A JSONL of about ``megabytes`` MB: the rows again and again, each copy's ids new (``unique``) or the same."""
    big = folder / f"replies-{megabytes}mb-{'unique' if unique else 'same'}-ids.jsonl"
    with big.open("w", encoding="utf-8") as out:
        copy = 0
        while out.tell() < megabytes * 2**20:
            for row in rows:
                out.write(json.dumps({"id": f"{row['id']}-{copy}" if unique else row["id"], "text": row["text"]}, ensure_ascii=False) + "\n")
            copy += 1
    return big


def in_process(texts: list[str], passes: int) -> tuple[float, float]:
    """Median per-draft seconds (each draft's best of ``passes``), and drafts per second of one plain pass."""
    from reviewer import Linter

    linter = Linter()
    best = [float("inf")] * len(texts)
    clock = time.perf_counter
    for _ in range(passes):
        for i, text in enumerate(texts):
            start = clock()
            linter.check(text)
            best[i] = min(best[i], clock() - start)
    start = clock()
    for text in texts:
        linter.check(text)
    return statistics.median(best), len(texts) / (clock() - start)


def proselint_in_process(texts: list[str]) -> float:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    start = time.perf_counter()
    for text in texts:
        LintFile("-", text).lint(DEFAULT)
    return len(texts) / (time.perf_counter() - start)


def alternate(commands: dict[str, list[str]], runs: int, env: dict) -> dict[str, list[float]]:
    """Wall seconds of each command, run in turn ``runs`` times (after one untimed run each)."""
    for command in commands.values():
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
            times[name].append(time.perf_counter() - start)
    return times


def peak_rss_mib(command: list[str], env: dict) -> float:
    """The largest RSS any process of the command reached (the main one or a worker), in MiB."""
    probe = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True, env=env)
    return int(done.stdout) / 1024


def instructions(command: list[str], env: dict) -> int | None:
    """Instructions executed, counted by callgrind: repeatable whatever the machine's load."""
    if shutil.which("valgrind") is None:
        return None
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command], capture_output=True, text=True, check=False, env=env).stderr
    found = re.search(r"Collected : (\d+)", out)
    return int(found.group(1)) if found else None


def line(label: str, times: list[float]) -> str:
    return f"{label}: best {min(times):6.2f} s, median {statistics.median(times):6.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--passes", type=int, default=5, help="in-process passes; each draft's best counts")
    parser.add_argument("--runs", type=int, default=5, help="whole-process runs of each tool, alternating")
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--big-mb", type=int, default=200, help="size of the large JSONL for peak memory (1024: a 1 GB file)")
    parser.add_argument("--callgrind", action="store_true", help="also count cold-start instructions with valgrind")
    args = parser.parse_args()
    if not args.data.exists():
        parser.error(f"no data at {args.data}: pass --data")
    bindir = Path(sys.executable).parent
    proselint_bin = shutil.which("proselint", path=str(bindir)) or shutil.which("proselint")
    reviewer_bin = shutil.which("reviewer", path=str(bindir)) or shutil.which("reviewer")
    if proselint_bin is None:
        parser.error("proselint is not installed here: pip install -r bench/requirements.txt")
    # compiled .pyc files and the rule cache, as any installed reviewer has them after its first run
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    rows = load(args.data)
    texts = [row["text"] for row in rows] * args.repeat
    print(f"data: {args.data.name}, {len(texts)} replies ({args.repeat}x), {sum(map(len, texts)) / 1e6:.2f} M characters; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    median, rate = in_process([row["text"] for row in rows], args.passes)
    pro_rate = proselint_in_process(texts)
    print(f"in-process  reviewer : median {median * 1e6:5.1f} us per draft (best of {args.passes}); {rate:8.0f} drafts/s")
    print(f"in-process  proselint: {pro_rate:8.0f} drafts/s; reviewer {rate / pro_rate:.1f}x")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env["REVIEWER_CACHE_DIR"] = str(folder / "cache")  # this run's own rule cache: another install's runs replace a shared one
        jsonl, text = write_inputs(rows, args.repeat, folder)
        os.chdir(folder)  # no config file on the way up from a temp dir
        whole = alternate({"reviewer": [reviewer_bin, "check", "--format", "json", str(jsonl)], "proselint": [proselint_bin, "check", str(text)]}, args.runs, env)
        print(line(f"whole process, reviewer check --format json {jsonl.name} ({len(texts)} drafts)", whole["reviewer"]))
        print(line(f"whole process, proselint check {text.name} (the same text, one file)  ", whole["proselint"]))
        print(f"whole process: reviewer {min(whole['proselint']) / min(whole['reviewer']):.2f}x proselint's throughput (best), "
              f"{statistics.median(whole['proselint']) / statistics.median(whole['reviewer']):.2f}x (median)")

        one = [reviewer_bin, "check", "--format", "json", "--jobs", "1", str(jsonl)]
        # what two processes get from this machine: two --jobs 1 runs at once (a ceiling for --jobs 2 on two cores)
        pair = [sys.executable, "-c", "import subprocess, sys; [p.wait() for p in [subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL) for _ in range(2)]]", *one]
        jobs = alternate({"1": one, "2": [*one[:-2], "2", str(jsonl)], "pair": pair}, args.runs, env)
        print(line("--jobs 1", jobs["1"]) + "; " + line("--jobs 2", jobs["2"]))
        print(f"--jobs 2: {min(jobs['1']) / min(jobs['2']):.2f}x --jobs 1 (best), {statistics.median(jobs['1']) / statistics.median(jobs['2']):.2f}x (median)")
        print(line("two --jobs 1 runs at once", jobs["pair"]) + f": {2 * min(jobs['1']) / min(jobs['pair']):.2f}x the throughput of one (best), "
              f"{2 * statistics.median(jobs['1']) / statistics.median(jobs['pair']):.2f}x (median)")

        small_rss = peak_rss_mib([reviewer_bin, "check", "--format", "json", str(jsonl)], env)
        print(f"peak memory: {small_rss:.0f} MiB for {jsonl.stat().st_size / 2**20:.1f} MiB of JSONL")
        for unique in (False, True):  # the ids are kept, for the duplicate-id warning: new ids cost memory
            big = grow(rows, args.big_mb, folder, unique)
            start = time.perf_counter()
            big_rss = peak_rss_mib([reviewer_bin, "check", "--format", "json", str(big)], env)
            print(f"peak memory: {big_rss:.0f} MiB for {big.stat().st_size / 2**20:.0f} MiB, {'every id new' if unique else 'the same 2,222 ids'} "
                  f"({time.perf_counter() - start:.0f} s)")
            big.unlink()

        draft = folder / "draft.txt"
        draft.write_text("Sorry if you were upset!! Your problem is important to us.\n", encoding="utf-8")
        cold = alternate({"reviewer": [reviewer_bin, "check", str(draft)], "proselint": [proselint_bin, "check", str(draft)]}, args.cold_runs, env)
        print(f"cold start: reviewer {statistics.median(cold['reviewer']) * 1000:.0f} ms, proselint {statistics.median(cold['proselint']) * 1000:.0f} ms "
              f"(median of {args.cold_runs}): {statistics.median(cold['reviewer']) / statistics.median(cold['proselint']):.2f} of proselint's")
        if args.callgrind:
            counts = {name: instructions(command, env) for name, command in (("reviewer", [reviewer_bin, "check", str(draft)]), ("proselint", [proselint_bin, "check", str(draft)]))}
            if all(counts.values()):
                print(f"cold start, callgrind: reviewer {counts['reviewer'] / 1e6:.0f} M instructions, proselint {counts['proselint'] / 1e6:.0f} M: "
                      f"{counts['reviewer'] / counts['proselint']:.2f}")

        (folder / "reviewer.toml").write_text('[[banned]]\npattern = "(a+)+$"\nsuggestion = "No runs of a."\n', encoding="utf-8")
        long_line = folder / "long.txt"
        long_line.write_text("a" * 100_000, encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run([reviewer_bin, "check", "--format", "json", str(long_line)], capture_output=True, text=True, check=False, env=env)
        found = len(json.loads(done.stdout)[0]["findings"]) if done.stdout else 0
        print(f"pattern (a+)+$ on a 100 kB line: answered in {time.perf_counter() - start:.2f} s, whole process (exit {done.returncode}, {found} finding)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
