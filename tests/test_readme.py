"""The README's console examples, run: each ```console block's commands in a fresh folder, their
output (stdout and stderr, as a terminal shows them) compared with what the README says.

A block starts with the files in tests/readme/ and every file an earlier block showed with
`$ cat FILE`; a `$ cat FILE` writes the file it shows before running. A line `...` in the
README's output stands for any lines. A block after `<!-- console: not run: REASON -->` is
skipped (it needs an LLM endpoint or files the README does not show).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "readme"
SHOWN_ROOT = "/home/me/support"  # the README's name for the folder the examples run in
MARK = "@@reviewer-readme-command@@"


def blocks():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    files: dict[str, str] = {}
    i = 0
    while i < len(lines):
        if lines[i] != "```console":
            i += 1
            continue
        before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        end = lines.index("```", i + 1)
        commands = _commands(lines[i + 1 : end])
        skip = re.match(r"<!-- console: not run: (.+) -->", before)
        if not skip:
            yield pytest.param(dict(files), commands, id=f"line-{i + 1}")
        for command, output in commands:
            if re.fullmatch(r"cat [\w./-]+", command):
                files[command[4:]] = "\n".join(output) + "\n"
        i = end + 1


def _commands(body: list[str]) -> list[tuple[str, list[str]]]:
    commands: list[tuple[str, list[str]]] = []
    continued = False  # the command's last line ended with a backslash
    for line in body:
        if continued:
            commands[-1] = (commands[-1][0] + "\n" + line, [])
        elif line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
        continued = line.endswith("\\") and not commands[-1][1]
    return commands


def _matches(expected: list[str], actual: list[str]) -> bool:
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(_matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and _matches(expected[1:], actual[1:])


@pytest.mark.parametrize("files, commands", list(blocks()))
def test_console_example(files, commands, tmp_path):
    shutil.copytree(FIXTURES, tmp_path, dirs_exist_ok=True)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    script = ""
    for command, output in commands:
        if re.fullmatch(r"cat [\w./-]+", command):
            (tmp_path / command[4:]).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / command[4:]).write_text("\n".join(output) + "\n", encoding="utf-8")
        script += f"status=$?; echo {MARK}; (exit $status)\n{command}\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "REVIEWER_", "LC_", "LANG"))}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}", NO_COLOR="1", PYTHONUNBUFFERED="1", LANG="C.UTF-8",
               XDG_DATA_HOME=str(tmp_path / ".data"), XDG_CACHE_HOME=str(tmp_path / ".cache"), HOME=str(tmp_path))
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    shown = done.stdout.replace(str(tmp_path), SHOWN_ROOT).split(MARK + "\n")[1:]
    for (command, expected), actual in zip(commands, shown, strict=True):
        actual_lines = actual.rstrip("\n").split("\n") if actual.strip() else []
        assert _matches(expected, actual_lines), f"$ {command}\n--- README\n" + "\n".join(expected) + "\n--- actual\n" + "\n".join(actual_lines)
