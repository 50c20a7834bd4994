"""--dry-run needs no endpoint and no key: it counts with tiktoken and prices with the configured
or named model; nothing is sent (there is nowhere to send it)."""

from __future__ import annotations

import re

from test_eval_llm import SET, here, run  # noqa: F401  (here: a clean working folder, no OPENAI_ variables)


def test_dry_run_without_endpoint_or_key_prices_the_named_models(capsys, tmp_path):
    (tmp_path / "reviewer.toml").write_text("[llm]\nprompt_price_per_1k = 1.0\ncompletion_price_per_1k = 2.0\n", encoding="utf-8")
    code, out, err = run(capsys, "eval", "rewrite", "--rewriter", "llm", "--dry-run", "--set", str(SET), "--model", "gpt-4o", "--judge-model", "gpt-4o-mini")
    assert code == 0, err
    rewrite = re.search(r"rewrite +gpt-4o: 5 calls \(up to 3 attempts each\), (\d+) prompt tokens \(o200k_base\), completions up to (\d+) tokens; \$([\d.]+) for the prompts", out)
    judge = re.search(r"judge +gpt-4o-mini: 5 calls \(one each\), (\d+) prompt tokens \(o200k_base\)", out)
    assert rewrite and judge, out
    assert float(rewrite[3]) == round(int(rewrite[1]) / 1000 * 1.0, 4)  # the configured price per 1k prompt tokens
    assert not (tmp_path / "runs").exists()  # nothing written


def test_judge_dry_run_without_endpoint(capsys, tmp_path):
    code, out, err = run(capsys, "eval", "judge", "--dry-run")
    assert code == 0, err
    assert re.match(r"dry run: 48 judge calls to gpt-4o-mini, nothing sent: \d+ prompt tokens \(o200k_base\)", out)


def test_a_real_run_still_needs_an_endpoint(capsys, tmp_path):
    code, _, err = run(capsys, "eval", "rewrite", "--rewriter", "llm", "--set", str(SET))
    assert code == 2 and "--rewriter llm needs an LLM endpoint" in err
