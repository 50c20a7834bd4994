"""Write the README's rule table from the rule registry.

    python scripts/gen_readme_rules.py          # rewrite the block in README.md
    python scripts/gen_readme_rules.py --check  # exit 1 if README.md is out of date

The table lives between ``<!-- BEGIN rules -->`` and ``<!-- END rules -->``;
run this after adding a rule or changing a rule's name, severity or summary.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- BEGIN rules -->", "<!-- END rules -->"

sys.path.insert(0, str(ROOT))
from reviewer.lint.registry import registry  # noqa: E402  (the checkout's package, not an installed one)


def render() -> str:
    """The block between the markers: a heading, the table and how to read more."""
    rows = [
        "## Rules",
        "",
        "Generated from the rule registry by `scripts/gen_readme_rules.py`. `reviewer rule CODE`",
        "prints a rule's full documentation: what it does, why it matters, an example, what to",
        "write instead, and whether `--fix` can repair it.",
        "",
        "| Code | Name | Severity | What it flags |",
        "| --- | --- | --- | --- |",
    ]
    for rule in registry().values():
        rows.append(f"| {rule.code} | `{rule.name}` | {rule.severity} | {_cell(rule.summary)} |")
    return "\n".join(rows)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rewrite(readme: str) -> str:
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n" + render() + "\n" + readme[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if README.md is out of date")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    updated = rewrite(current)
    if args.check:
        if updated != current:
            print("README.md's rule table is out of date: run python scripts/gen_readme_rules.py", file=sys.stderr)
            return 1
        return 0
    if updated != current:
        README.write_text(updated, encoding="utf-8")
        print("README.md: rule table updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
