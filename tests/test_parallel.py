"""--jobs: drafts checked on several processes give the reports, order, output and exit code of one."""

import json
import sys
from pathlib import Path

import pytest

from reviewer import Config, Linter
from reviewer.cli import main
from reviewer.lint import parallel
from reviewer.lint.parallel import check_all

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "sets" / "replies-ru-en.v2.jsonl"


def drafts() -> list[tuple[str, str | None]]:
    """Real drafts of both languages; every fifth one's language left to detection."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
    return [(row["draft"], None if i % 5 == 0 else row["lang"]) for i, row in enumerate(rows)]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK_DRAFTS", 7)  # many chunks, several in flight


def test_two_processes_give_the_reports_of_one_in_input_order(small_chunks):
    items = [*drafts(), "not a draft", *drafts()[:20]]  # an item with nothing to check passes through in its place
    request = lambda item: item if isinstance(item, tuple) else None  # noqa: E731
    linter = Linter()
    one = list(check_all(linter, items, request, jobs=1))
    two = list(check_all(linter, items, request, jobs=2))
    assert [item for item, _ in two] == items
    assert two == one
    assert two[len(drafts())] == ("not a draft", None)


def test_jobs_counts_this_process(small_chunks, monkeypatch):
    """--jobs 2 is this process and one worker (it checks chunks too); an input of one chunk starts none."""
    import concurrent.futures

    started = []

    class Spy(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, workers, **options):
            started.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    linter, items = Linter(), drafts()
    assert list(check_all(linter, items, lambda item: item, jobs=2)) == list(check_all(linter, items, lambda item: item, jobs=1))
    assert started == [1]
    started.clear()
    list(check_all(linter, items[:7], lambda item: item, jobs=2))
    assert started == []


def test_by_default_a_long_input_turns_to_every_core_midway(small_chunks, monkeypatch):
    monkeypatch.setattr(parallel, "AUTO_AFTER", 30)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    pooled = []
    pool = parallel._pooled

    def spy(linter, rest, request, workers):
        pooled.append(workers)
        yield from pool(linter, rest, request, workers)

    monkeypatch.setattr(parallel, "_pooled", spy)
    linter = Linter()
    items = drafts()
    assert list(check_all(linter, items, lambda item: item)) == list(check_all(linter, items, lambda item: item, jobs=1))
    assert pooled == [2]
    pooled.clear()
    list(check_all(linter, items[:29], lambda item: item))
    assert pooled == []  # a short input stays in this process


def test_workers_that_are_not_forked_build_the_configs_linter(small_chunks, monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    linter = Linter(Config(select=("S",), severity={"S004": "error"}))
    items = drafts()[:40]
    spawned = list(check_all(linter, items, lambda item: item, jobs=2))
    assert spawned == list(check_all(linter, items, lambda item: item, jobs=1))
    assert {f.code[0] for _, report in spawned for f in report.findings} == {"S"}


def test_only_a_few_chunks_are_read_ahead(small_chunks):
    """A long input is not read whole: the reader is at most a few chunks ahead of what was printed."""
    read = 0

    def endless():
        nonlocal read
        while True:
            read += 1
            yield ("Sorry for the wait!!", "en")

    ahead = []
    for n, _ in enumerate(check_all(Linter(), endless(), lambda item: item, jobs=2), start=1):
        ahead.append(read - n)
        if n == 500:
            break
    assert max(ahead) <= 2 * parallel.IN_FLIGHT * 7 + 7


def rows_file(tmp_path) -> Path:
    lines = [json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) for i, (text, _) in enumerate(drafts())]
    lines[10] = '{"id": "broken", "text": '  # an input error keeps its place among the results
    lines[20] = json.dumps({"id": "r19", "text": "Thanks!!"})  # a duplicate id: a warning
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github"])
def test_check_jobs_prints_what_one_process_prints(tmp_path, capsys, small_chunks, fmt):
    path = rows_file(tmp_path)
    runs = []
    for jobs in ("1", "2"):
        code = main(["check", "--format", fmt, "--jobs", jobs, str(path)])
        out, err = capsys.readouterr()
        runs.append((code, out, err))
    assert runs[0] == runs[1]
    assert runs[0][0] == 2 and "rows.jsonl:11: invalid JSON" in runs[0][2]


def test_jobs_is_a_number_of_processes(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", "--jobs", "0", "-"])
    assert stop.value.code == 2 and "expected a number of processes, 1 or more, got '0'" in capsys.readouterr().err


def test_eval_lint_jobs_scores_as_one_process(tmp_path, capsys):
    summaries = []
    for jobs in ("1", "2"):
        assert main(["eval", "lint", "--jobs", jobs, "--out", str(tmp_path / jobs), "--format", "json"]) == 0
        summaries.append(json.loads(capsys.readouterr().out)["metrics"])
    assert summaries[0] == summaries[1]
