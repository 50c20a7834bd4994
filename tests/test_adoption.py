"""The linter adopted by a team, black-box: a git repository of macros with its pyproject config,
suppressions in every syntax, excludes, .gitignore, a baseline, pre-commit with --fix, CI's
GitHub Action script, and the output options — each run as the `reviewer` command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent

PYPROJECT = """\
[project]
name = "support-macros"

[tool.reviewer]
extend-exclude = ["drafts/archive/"]
per-file-ignores = { "macros/social/*" = ["W005"] }

[[tool.reviewer.banned]]
phrase = "per our policy"
suggestion = "Explain the reason in plain words."
"""

FILES = {
    "pyproject.toml": PYPROJECT,
    ".gitignore": "build-output/\n*.tmp.md\n",
    ".github/workflows/ci.yml": "name: ci  # Sorry if you were upset!!\n",
    "README.md": "# Macros\nSorry if you were upset!! Per our policy we store macros here.\n",
    "macros/refund.md": (
        "---\ntitle: Refund\n---\n"
        "<!-- reviewer: ignore A001 -- we quote the customer's own words here -->\n"
        "Hi {{first_name}}, sorry if you were upset, you wrote. Your refund went out today.\n"
    ),
    "macros/delay.html": (
        "<p>Hi {{first_name}},</p>\n"
        "<!-- reviewer: disable S002 -- the ETA is in the macro's other half -->\n"
        "<p>We are looking into the delay.</p>\n"
        "<!-- reviewer: enable -->\n"
        "<p>Thanks for waiting!!</p>\n"
    ),
    "macros/welcome.html.j2": "{# reviewer: ignore-file W003 -- legal asked for this wording #}\n<p>Hi {{ name }}, we value your feedback.</p>\n",
    "macros/cancel.liquid": "{% comment %} reviewer: ignore W001 -- the product is called Problem Solver {% endcomment %}\nHi {{ customer.first_name }}, Problem Solver is cancelled today.\n",
    "macros/promo.hbs": "{{!-- reviewer: ignore W002 --}}\nHi {{name}}, our awful-sale ends today.\n",
    "macros/social/dm.txt": "reviewer: ignore S004 -- the brand voice uses two\nDear customer, your refund went out today!!\n",
    "macros/replies.csv": "id,text\nr1,\"Hi Anna, the refund went out today.\"\nr2,\"Dear customer, we refunded it today.\"\n",
    "drafts/archive/old.md": "Sorry if you were upset!!\n",
    "build-output/gen.md": "Sorry if you were upset!!\n",
    "notes.tmp.md": "Sorry if you were upset!!\n",
}


def run(repo: Path, *args: str, stdin: str | None = None, env: dict | None = None, command=("reviewer",)) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("REVIEWER_DEBUG", None)
    return subprocess.run([*command, *args], cwd=repo, input=stdin, capture_output=True, text=True, env=full_env, timeout=120)


REVIEWER = (sys.executable, "-m", "reviewer")


def reviewer(repo: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return run(repo, *args, command=REVIEWER, **kwargs)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True,
                          env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"})
    return done.stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "macros")
    return tmp_path


def sources(out: str) -> set[str]:
    return {report["source"] for report in json.loads(out)}


def test_a_walk_checks_the_macros_and_nothing_else(repo):
    done = reviewer(repo, "check", ".", "--format", "json", "--show-suppressed")
    assert done.returncode == 1, done.stderr
    assert sources(done.stdout) == {
        "macros/cancel.liquid", "macros/delay.html", "macros/promo.hbs", "macros/refund.md",
        "macros/replies.csv", "macros/social/dm.txt", "macros/welcome.html.j2",
    }  # not pyproject.toml, README.md, CI YAML, the excluded folder, nor what .gitignore names
    reports = {(r["source"], r["id"]): r for r in json.loads(done.stdout)}
    suppressed = {(src, s["code"], s["reason"]) for (src, _), r in reports.items() for s in r["suppressed"]}
    assert suppressed == {
        ("macros/refund.md", "A001", "we quote the customer's own words here"),
        ("macros/delay.html", "S002", "the ETA is in the macro's other half"),
        ("macros/welcome.html.j2", "W003", "legal asked for this wording"),
        ("macros/cancel.liquid", "W001", "the product is called Problem Solver"),
        ("macros/promo.hbs", "W002", None),
        ("macros/social/dm.txt", "S004", "the brand voice uses two"),
    }
    found = {(src, f["code"]) for (src, _), r in reports.items() for f in r["findings"]}
    assert ("macros/promo.hbs", "R001") in found  # no reason given
    assert ("macros/delay.html", "S004") in found and ("macros/replies.csv", "W005") in found
    assert not any(src == "macros/social/dm.txt" and code == "W005" for src, code in found)  # per-file-ignores
    # a file named on the command line is always checked, unless --force-exclude
    assert reviewer(repo, "check", "README.md").returncode == 1
    named = reviewer(repo, "check", "--force-exclude", "README.md", "pyproject.toml", "drafts/archive/old.md", "build-output/gen.md", "macros/refund.md")
    assert {line.split(":")[0] for line in named.stdout.splitlines() if ": " in line and line[0] != " "} == {"macros/refund.md"}
    assert named.stdout.rstrip().endswith("in 1 draft.")


def test_baseline_reports_only_new_findings_and_counts_the_gone(repo):
    assert reviewer(repo, "check", ".").returncode == 1
    wrote = reviewer(repo, "check", ".", "--write-baseline", "baseline.json")
    assert wrote.returncode == 0 and "to the baseline baseline.json" in wrote.stderr
    assert reviewer(repo, "check", ".", "--baseline", "baseline.json").returncode == 0
    delay = repo / "macros/delay.html"
    delay.write_text("<p>A new first line.</p>\n\n" + delay.read_text())  # an edit elsewhere in the file
    again = reviewer(repo, "check", ".", "--baseline", "baseline.json")
    assert again.returncode == 0 and "No findings" in again.stdout
    delay.write_text(delay.read_text().replace("Thanks for waiting!!", "Thanks for waiting! Truly terrible.") )
    new = reviewer(repo, "check", ".", "--baseline", "baseline.json", "--format", "concise")
    assert new.returncode == 1
    assert [line.split(" ")[1] for line in new.stdout.splitlines() if line.startswith("macros/")] == ["W002"]
    assert "1 baseline entry is gone (fixed or changed)" in new.stderr


def test_pre_commit_hook_with_fix(repo):
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert hook["types"] == ["text"] and "files" not in hook
    staged = git(repo, "ls-files").split()
    text_files = [name for name in staged if "\0" not in (repo / name).read_text(errors="replace")]
    entry = hook["entry"].split()[1:]  # `reviewer check --force-exclude`, as pre-commit runs it with the files
    before_csv = (repo / "macros/replies.csv").read_text()
    done = reviewer(repo, *entry, "--fix", *text_files)
    assert "--fix cannot rewrite CSV input: checked, not fixed" in done.stderr
    assert (repo / "macros/replies.csv").read_text() == before_csv
    assert "<p>Thanks for waiting!</p>" in (repo / "macros/delay.html").read_text()  # HTML fixed in place
    assert (repo / "README.md").read_text() == FILES["README.md"]  # out of scope: not touched
    assert "pyproject.toml" not in done.stdout and "README.md" not in done.stdout
    assert done.returncode == 1 and "W005" in done.stdout  # what is left is reported


def test_output_options(repo):
    stats = reviewer(repo, "check", "macros", "--statistics")
    assert stats.returncode == 1 and [line.split()[1] for line in stats.stdout.splitlines()] == sorted(
        [line.split()[1] for line in stats.stdout.splitlines()], key=lambda code: -int(next(l.split()[0] for l in stats.stdout.splitlines() if l.split()[1] == code))
    )
    assert any(line.split()[1:3] == ["S004", "[*]"] for line in stats.stdout.splitlines())
    pairs = reviewer(repo, "check", "macros", "--format", "sarif", "--output-file", "r.sarif", "--format", "json", "--output-file", "r.json")
    assert pairs.stdout.rstrip().splitlines()[-1].startswith("Found ")  # the terminal still gets text
    sarif, report = json.loads((repo / "r.sarif").read_text()), json.loads((repo / "r.json").read_text())
    assert len(sarif["runs"][0]["results"]) == sum(len(r["findings"]) for r in report)
    annotated = reviewer(repo, "check", "macros", "--format", "sarif", "--output-file", "s.sarif", "--format", "github")
    assert annotated.stdout.startswith("::") and json.loads((repo / "s.sarif").read_text())["version"] == "2.1.0"
    assert reviewer(repo, "check", "macros", "--exit-zero").returncode == 0
    assert reviewer(repo, "check", "missing.md", "--exit-zero").returncode == 2
    concise = reviewer(repo, "check", "macros/delay.html", "--format", "concise").stdout.splitlines()
    assert concise[0].startswith("macros/delay.html:5:22: S004 [warning] ") and concise[-1].startswith("Found 1 finding")
    quiet = reviewer(repo, "check", "macros/delay.html", "--quiet").stdout
    assert "S004" in quiet and "Found" not in quiet and "score" not in quiet
    full = reviewer(repo, "check", "macros/delay.html").stdout
    assert "macros/delay.html: score 8.5/10" in full
    piped = reviewer(repo, "check", "--stdin-filename", "macros/social/new.html", stdin="<p>Dear customer, done today!!</p>")
    assert "macros/social/new.html:1:29: S004" in piped.stdout and "W005" not in piped.stdout  # HTML columns, per-file-ignores


def test_config_in_any_file_and_hints_name_the_right_table(repo, tmp_path):
    (repo / "team.toml").write_text('[tool.reviewer]\nignore = ["S004"]\n')
    assert "S004" not in reviewer(repo, "check", "macros/delay.html", "--config", "team.toml").stdout
    (repo / "reviewer.toml").write_text('ignore = ["S004"]\n')
    assert "S004" not in reviewer(repo, "check", "macros/delay.html", "--config", "reviewer.toml").stdout
    (repo / "other.toml").write_text('[tool.black]\nline-length = 99\n')
    bad = reviewer(repo, "check", "macros/delay.html", "--config", "other.toml")
    assert bad.returncode == 2 and "no [tool.reviewer] table" in bad.stderr
    (repo / "draft.txt").write_text("Sorry if you were upset!!\n")
    hint = reviewer(repo, "rewrite", "draft.txt", env={"OPENAI_BASE_URL": "", "OPENAI_API_KEY": ""}).stdout
    assert "under [tool.reviewer.llm] in pyproject.toml, or under [llm] in reviewer.toml" in hint


def test_record_stores_reasoned_suppressions_once(repo, tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    for _ in range(2):  # CI runs every push: a suppression is one dismissal, however often it is met
        assert reviewer(repo, "check", ".", "--record", env=env).returncode == 1
    out = tmp_path / "cases.jsonl"
    assert reviewer(repo, "feedback", "export", "--out", str(out), env=env).returncode == 0
    cases = {c["tags"]["dismissed"]: c for c in map(json.loads, out.read_text().splitlines())}
    assert set(cases) == {"A001", "S002", "W003", "W001", "S004"}  # not W002: its suppression gives no reason
    assert cases["S002"]["draft"] == "We are looking into the delay."  # the visible text of the HTML, not markup
    assert cases["S004"]["tags"]["reasons"] == "S004: the brand voice uses two" and cases["S004"]["tags"]["dismissals"] == "1"
    rates = json.loads(reviewer(repo, "feedback", "stats", "--format", "json", env=env).stdout)
    s004 = next(r for r in rates if r["rule"] == "S004")
    assert s004["dismissed"] == 1 and s004["shown"] == 2  # dm.txt's (suppressed) and delay.html's
    lint = reviewer(repo, "eval", "lint", "--set", str(out), "--out", str(tmp_path / "run"), env=env)
    assert lint.returncode == 0, lint.stderr
    assert "false alarms (fired, not expected):" in lint.stdout and "S002" in lint.stdout


def test_github_action_checks_the_changed_macros(repo, tmp_path):
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    steps = action["runs"]["steps"]
    assert action["runs"]["using"] == "composite"
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    base = git(repo, "rev-parse", "HEAD").strip()
    (repo / "macros/new.md").write_text("Hi Anna, sorry if you were upset!!\n")
    (repo / "notes.txt.bak").write_text("Sorry if you were upset!!\n")
    (repo / "pyproject.toml").write_text(PYPROJECT + "# touched\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a new macro")
    outputs = tmp_path / "outputs"
    env = {"BASE_SHA": base, "SARIF_FILE": "reviewer.sarif", "GITHUB_OUTPUT": str(outputs), "INPUT_PATHS": "", "INPUT_ARGS": "",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = run(repo, str(ROOT / "scripts" / "github-check.sh"), command=("bash",), env=env)
    assert done.returncode == 0 and outputs.read_text() == "exit-code=1\n", done.stderr
    files = {line.split("file=")[1].split(",")[0] for line in done.stdout.splitlines() if line.startswith("::")}
    assert files == {"macros/new.md"}  # only the changed macro: not the touched pyproject.toml
    results = json.loads((repo / "reviewer.sarif").read_text())["runs"][0]["results"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {"macros/new.md"}
