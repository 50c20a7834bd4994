"""`reviewer check` against unlucky and hostile input: no lost file, no hang, no stop.

Each test reproduces a probe of issue 13 black-box (a subprocess where a hang,
a kill or a resource limit is the point) and is bounded in time.
"""

from __future__ import annotations

import codecs
import ctypes
import errno
import io
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from peak_memory import PRINT_PEAK_KIB

from reviewer.cli import main

ROOT = Path(__file__).parent.parent
BAD = "Sorry if you were upset!!"  # A001 error, S004 with a safe fix
FIXED = "Sorry if you were upset!"


def reviewer(*args, stdin=subprocess.DEVNULL, preexec_fn=None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("REVIEWER_DEBUG", "PYTEST_CURRENT_TEST")}
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *map(str, args)], stdin=stdin, capture_output=True, cwd=ROOT, env=env, timeout=timeout, preexec_fn=preexec_fn
    )


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _without_root_powers() -> None:
    """In the child: as root, give up reading and writing past file permissions, as any user has to."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0):  # PR_CAPBSET_DROP: gone after exec
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def unprivileged():
    """A preexec_fn that makes file permissions apply to the child, or skip where that cannot be had."""
    probe = subprocess.run(["true"], preexec_fn=_without_root_powers, capture_output=True)
    if probe.returncode:
        pytest.skip("cannot drop root's file-permission powers here (no CAP_SETPCAP)")
    return _without_root_powers


# ---------------------------------------------------------------- --fix writes all or nothing


def _set_file_size_limit(limit: int, on_exceed=signal.SIG_IGN):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, on_exceed)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_fix_that_cannot_be_written_leaves_the_file_whole_and_the_run_goes_on(tmp_path):
    """A write cut short by a file-size limit (as a full disk would): the file keeps every byte,
    no temporary file is left, the error names it, and the next file is still fixed."""
    big = tmp_path / "big.txt"
    original = (BAD + "\n" + "We refunded the charge today. " * 2000).encode()  # 60 kB
    big.write_bytes(original)
    small = tmp_path / "small.txt"
    small.write_text(BAD)
    done = reviewer("check", "--fix", big, small, preexec_fn=_set_file_size_limit(16 * 1024), timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert f"reviewer: error: {big}: not fixed: File too large" in err and "Traceback" not in err
    assert big.read_bytes() == original
    assert small.read_text() == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "small.txt"]


def test_fix_killed_mid_write_leaves_the_file_whole(tmp_path):
    """Killed (SIGKILL) with the new text written but not yet in place: the user's file is untouched,
    and what is left behind is a hidden temporary file that a folder walk skips."""
    big = tmp_path / "big.txt"
    original = (BAD + "\n" + "We refunded the charge today. " * 2000).encode()
    big.write_bytes(original)
    code = (
        "import os, signal\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from reviewer.cli import main\n"
        f"main(['check', '--fix', {str(big)!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert big.read_bytes() == original
    (left,) = [p for p in tmp_path.iterdir() if p != big]
    assert left.name.startswith(".big.txt.")
    assert reviewer("check", tmp_path, "--select", "A001").stdout.decode().count("A001") == 1


def test_fix_failing_on_disk_sync_reports_and_cleans_up(capsys, tmp_path, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    path = tmp_path / "draft.txt"
    path.write_text(BAD)
    monkeypatch.setattr(os, "fsync", no_space)
    code, out, err = check(capsys, "--fix", path)
    assert code == 2 and err == f"reviewer: error: {path}: not fixed: No space left on device\n"
    assert path.read_text() == BAD and [p.name for p in tmp_path.iterdir()] == ["draft.txt"]
    assert "S004" in out  # the report describes the file as it still is


def test_fix_keeps_mode_and_a_symbolic_link(capsys, tmp_path):
    target = tmp_path / "macros" / "real.txt"
    target.parent.mkdir()
    target.write_text(BAD)
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, err = check(capsys, "--fix", link)
    assert "Fixed 1 finding in 1 file." in err
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text() == FIXED and target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file another owner needs root")
def test_fix_keeps_the_owner(capsys, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(BAD)
    os.chown(path, 65534, 65534)
    check(capsys, "--fix", path)
    assert path.read_text() == FIXED and (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)


def test_fix_refuses_a_file_with_hard_links(capsys, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(BAD)
    os.link(path, tmp_path / "other-name.txt")
    code, _, err = check(capsys, "--fix", path)
    assert code == 2 and "not fixed: it has other hard links" in err
    assert (tmp_path / "other-name.txt").read_text() == BAD == path.read_text()


def test_fix_writes_utf16_back_as_utf16(capsys, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + BAD.encode("utf-16-be"))
    code, out, _ = check(capsys, "--fix", path)
    assert path.read_bytes() == codecs.BOM_UTF16_BE + FIXED.encode("utf-16-be")


# ---------------------------------------------------------------- one bad path never stops the run


def test_bad_paths_are_reported_and_the_rest_is_checked(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BAD)
    too_long = tmp_path / ("x" * 300 + ".txt")
    code, out, err = check(capsys, too_long, tmp_path / "missing" / "draft.txt", good)
    assert code == 2
    assert f"{too_long}: cannot read: File name too long" in err
    assert "missing/draft.txt: no such file or directory" in err
    assert f"{good}:1:1: A001" in out and "2 inputs could not be checked" in out


def test_permissions_are_reported_per_path(tmp_path, unprivileged):
    """Unreadable files and folders, a path below a folder that cannot be searched, a read-only file
    under --fix: each is one error line, every other input is checked, and the exit code is 2."""
    (tmp_path / "secret.txt").write_text(BAD)
    (tmp_path / "secret.txt").chmod(0)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inner.txt").write_text(BAD)
    tree = tmp_path / "tree"
    (tree / "closed").mkdir(parents=True)
    (tree / "open.txt").write_text(BAD)
    (tree / "closed" / "hidden.txt").write_text(BAD)
    readonly = tmp_path / "readonly.txt"
    readonly.write_text(BAD)
    readonly.chmod(0o444)
    good = tmp_path / "good.txt"
    good.write_text(BAD)
    locked.chmod(0)
    (tree / "closed").chmod(0)
    try:
        done = reviewer("check", tmp_path / "secret.txt", locked / "inner.txt", locked, tree, good, preexec_fn=unprivileged)
        fixing = reviewer("check", "--fix", readonly, good, preexec_fn=unprivileged)
    finally:
        locked.chmod(0o755)
        (tree / "closed").chmod(0o755)
    err = done.stderr.decode()
    assert done.returncode == 2 and "Traceback" not in err and "internal error" not in err
    assert f"{tmp_path / 'secret.txt'}: cannot read: Permission denied" in err
    assert f"{locked / 'inner.txt'}: cannot read: Permission denied" in err
    assert f"{locked}: cannot read the folder: Permission denied" in err
    assert f"{tree / 'closed'}: cannot read the folder: Permission denied" in err
    out = done.stdout.decode()
    assert f"{tree / 'open.txt'}:1:1: A001" in out and f"{good}:1:1: A001" in out
    assert "4 inputs could not be checked" in out
    err = fixing.stderr.decode()
    assert fixing.returncode == 2 and f"{readonly}: not fixed: the file is read-only" in err
    assert readonly.read_text() == BAD and good.read_text() == FIXED


# ---------------------------------------------------------------- FIFOs and devices never hang


def test_fifos_and_devices_never_hang(tmp_path):
    folder = tmp_path / "macros"
    folder.mkdir()
    (folder / "draft.txt").write_text(BAD)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    done = reviewer("check", folder, tmp_path / "named.txt", "/dev/zero", timeout=30)
    err = done.stderr.decode()
    assert done.returncode == 2
    assert f"{tmp_path / 'named.txt'}: not a regular file (a FIFO, device or socket): not read" in err
    assert "/dev/zero: not a regular file" in err
    assert "pipe.txt" not in err + done.stdout.decode()  # skipped in the walk
    assert f"{folder / 'draft.txt'}:1:1: A001" in done.stdout.decode()


def test_endless_standard_input_is_refused_after_the_limit():
    endless = subprocess.Popen(["yes", "Thanks for waiting!!"], stdout=subprocess.PIPE)
    try:
        done = reviewer("check", "-", stdin=endless.stdout, timeout=30)
    finally:
        endless.kill()
        endless.wait()
    assert done.returncode == 2
    assert done.stderr.decode() == "reviewer: error: -: too large: a draft may be at most 1 MiB\n"


def test_a_file_over_the_limit_is_refused(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Thanks!! " * (2**20 // 9 + 1))
    code, _, err = check(capsys, path)
    assert code == 2 and err == f"reviewer: error: {path}: too large: a draft may be at most 1 MiB\n"


# ---------------------------------------------------------------- memory flat in the number of drafts


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_the_biggest_draft_of_findings_stays_bounded(tmp_path, fmt):
    """A draft at the size limit that is all findings ("Hi!! " a megabyte long: about 210,000):
    JSON and SARIF write them one at a time too, so the peak is the linter's list (they built
    the whole document before, and took 1 GB and 3 GB; text and github always wrote as they went)."""
    path = tmp_path / "hi.txt"
    path.write_text("Hi!! " * (2**20 // 5 - 10))
    assert _peak_rss_kib(path, "--format", fmt) < 400 * 1024


def _peak_rss_kib(*args) -> int:
    code = (
        "import os, sys\n"
        "from reviewer.cli import main\n"
        "sys.stdout = open(os.devnull, 'w')\n"
        f"main({['check', *map(str, args)]!r})\n"
    ) + PRINT_PEAK_KIB
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    return int(done.stderr.decode().split()[-1])


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github"])
def test_memory_does_not_grow_with_the_number_of_drafts(tmp_path, fmt):
    """Four times the rows, about the same peak memory: drafts are read, checked and printed one
    at a time (SARIF keeps the results, never the drafts' text). Holding them all, as before,
    took 9 MB more for the 4,500 more rows."""
    text = "Hi Anna, your refund was sent today. " * 10  # no finding
    peaks = []
    for rows in (1_500, 6_000):
        path = tmp_path / f"rows{rows}.jsonl"
        with path.open("w") as f:
            for i in range(rows):
                f.write(json.dumps({"id": i, "text": text + ("Thanks!!" if i % 100 == 0 else "")}) + "\n")
        peaks.append(_peak_rss_kib(path, "--format", fmt, "--jobs", "1"))  # one process both times: past 2,000 rows the default adds workers
    assert peaks[1] - peaks[0] < 3 * 1024, f"peak RSS {peaks[0]} KiB for 1,500 rows, {peaks[1]} KiB for 6,000"


@pytest.mark.parametrize("fmt, first", [("text", "rows.jsonl[first]:"), ("json", '"id": "first"'), ("github", "rows.jsonl[first]:")])
def test_results_are_printed_as_they_arrive(tmp_path, monkeypatch, fmt, first):
    from reviewer.lint.engine import Linter

    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "first", "text": BAD}) + "\n" + json.dumps({"id": "last", "text": BAD + " The last."}) + "\n")
    out = io.StringIO()
    seen_before_last = []
    check_draft = Linter.check

    def spy(self, text, **kwargs):
        if text.endswith("The last."):
            seen_before_last.append(out.getvalue())
        return check_draft(self, text, **kwargs)

    monkeypatch.setattr(Linter, "check", spy)
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["check", str(path), "--format", fmt]) == 1
    assert first in seen_before_last[0] and "last" not in seen_before_last[0]


# ---------------------------------------------------------------- what reaches the terminal


def test_control_characters_are_shown_not_sent_to_the_terminal(capsys, tmp_path):
    path = tmp_path / "evil\x1b]0;owned\x07.txt"
    path.write_text("Sorry if you were upset!! \x1b[2J\x1b]0;pwned\x07 bye")
    code, out, err = check(capsys, path)
    assert code == 1 and "\x1b" not in out and "\x07" not in out
    assert "evil␛]0;owned␇.txt:1:1: A001" in out
    assert "1 | Sorry if you were upset!! ␛[2J␛]0;pwned␇ bye" in out
    code, _, err = check(capsys, tmp_path / "missing\x1b[31m.txt")
    assert "\x1b" not in err and "missing␛[31m.txt: no such file or directory" in err


def test_file_names_that_are_not_utf8_are_printed(tmp_path):
    folder = tmp_path / "macros"
    folder.mkdir()
    name = folder / os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8
    name.write_text(BAD)
    for fmt in ("text", "json", "sarif", "github"):
        done = reviewer("check", folder, "--format", fmt)
        assert done.returncode == 1 and not done.stderr, done.stderr.decode()
    assert json.loads(reviewer("check", folder, "--format", "json").stdout)[0]["source"] == str(name)


# ---------------------------------------------------------------- rows: surrogates, duplicates, no rows


def test_a_lone_surrogate_is_reported_for_its_row_and_the_rest_printed(capsys, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": 1, "text": "Hi \\ud800!!"}\n' + json.dumps({"id": 2, "text": BAD}) + "\n")
    for fmt in ("text", "json", "sarif", "github"):
        code, out, err = check(capsys, path, "--format", fmt)
        assert code == 2 and f"{path}:1: the 'text' field has a lone surrogate (\\ud800), which is not text" in err
        assert "A001" in out


def test_duplicate_ids_are_a_warning_and_both_rows_are_checked(capsys, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"id": "t-1", "text": text}) + "\n" for text in (BAD, "Thanks for waiting!!")))
    code, out, err = check(capsys, path, "--format", "json")
    assert code == 1 and err == f"reviewer: warning: {path}:2: duplicate id 't-1', also on line 1\n"
    assert [r["id"] for r in json.loads(out)] == ["t-1", "t-1"]
    code, out, _ = check(capsys, path, "--format", "sarif")
    (note,) = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "warning" and json.loads(out)["runs"][0]["invocations"][0]["executionSuccessful"]


def test_a_file_of_repeated_ids_shows_twenty_warnings_then_a_count_and_sarif_keeps_every_one(capsys, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps({"id": "same", "text": f"Thanks for waiting, {n}."}) + "\n" for n in range(31)))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    code, out, err = check(capsys, path, bad, "--format", "json")
    lines = err.splitlines()
    assert code == 2 and len(json.loads(out)) == 31
    assert sum("duplicate id 'same'" in line for line in lines) == 20 and lines[19].startswith(f"reviewer: warning: {path}:21: ")
    assert f"reviewer: warning: {path}: … and 10 more warnings" in lines and any(f"{bad}:1:" in line for line in lines)
    code, out, _ = check(capsys, path, "--format", "sarif")
    assert len(json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]) == 30


def test_csv_with_a_header_and_no_rows_says_so(capsys, tmp_path):
    path = tmp_path / "replies.csv"
    path.write_text("id,text\n")
    code, out, err = check(capsys, path)
    assert code == 2 and err == f"reviewer: error: {path}: no rows under the header: nothing to check\n"
    assert "no files found" not in err


# ---------------------------------------------------------------- the --fix hint matches --fix


def test_fixable_hint_counts_only_what_fix_would_write(capsys, tmp_path):
    html = tmp_path / "reply.html"
    html.write_text(f"<p>{BAD}</p>")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": BAD}) + "\n")
    text = tmp_path / "draft.txt"
    text.write_text(BAD)
    _, out, _ = check(capsys, rows)
    assert "fixable" not in out.splitlines()[-1]
    _, out, _ = check(capsys, html, rows, text)
    assert "2 fixable with --fix." in out.splitlines()[-1]  # the HTML file's and the text file's, not the row's
