"""``from reviewer import rewrite`` is the function, whatever was imported before.

The loop lives in the subpackage ``reviewer.rewriting``; were it named ``rewrite``, importing it
(the server and the eval do) would bind the module to ``reviewer.rewrite``. Each case runs in a
fresh interpreter, so the import order is the one the case states.
"""

import subprocess
import sys

import pytest

CHECK = """
import inspect
from reviewer import rewrite
import reviewer
assert inspect.isfunction(rewrite) and rewrite.__name__ == "rewrite", rewrite
assert reviewer.rewrite is rewrite, reviewer.rewrite
"""

BEFORE = {
    "nothing": "",
    "the server": "import reviewer.server.app\nimport reviewer.server.api\n",
    "the eval": "import reviewer.evals.evaluate\nimport reviewer.evals.rewriters\nimport reviewer.cli.rewrite\n",
    "the rewriting subpackage": "import reviewer.rewriting.loop\nfrom reviewer.rewriting import arewrite\n",
}


@pytest.mark.parametrize("imported", BEFORE)
def test_rewrite_is_the_function_before_and_after_other_imports(imported):
    after = "import reviewer.server.app\nimport reviewer.evals.rewriters\nimport reviewer.rewriting\n"
    code = BEFORE[imported] + CHECK + after + CHECK
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr


def test_the_linter_alone_does_not_load_the_llm_stack():
    code = "import sys, reviewer\nreviewer.check('Sorry if you were upset!!')\nprint(sorted(m for m in ('openai', 'reviewer.rewriting') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
