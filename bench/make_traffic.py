"""Synthetic helpdesk traffic for `reviewer report`'s benchmark and screenshots.

    python bench/make_traffic.py 100000 > traffic.jsonl

Each row is ``{"id", "text", "agent", "team", "created_at"}``: the text is a
real support reply (shared/data/twcs_replies_en.jsonl, when it is there) or a
draft of the shipped eval set (EN and RU, most with findings); twelve agents
over six months of 2024, each agent a little better month by month, so the
trend chart has something to show. Seeded: the same N gives the same file.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AGENTS = {"Anna": "billing", "Boris": "billing", "Chloe": "billing", "Dmitry": "tech", "Elena": "tech", "Farid": "tech",
          "Grace": "delivery", "Hiro": "delivery", "Irina": "delivery", "James": "sales", "Kira": "sales", "Lev": "sales"}


def texts() -> tuple[list[str], list[str]]:
    """Real replies (fewer findings) and the eval set's drafts (written to have them)."""
    drafts = [json.loads(line)["draft"] for line in (ROOT / "eval/sets/replies-ru-en.v2.jsonl").open(encoding="utf-8")]
    shared = ROOT.parent / "shared/data/twcs_replies_en.jsonl"
    if not shared.exists():
        shared = Path("/work/shared/data/twcs_replies_en.jsonl")
    replies = [json.loads(line)["text"] for line in shared.open(encoding="utf-8")] if shared.exists() else drafts
    return replies, drafts


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(11)
    replies, drafts = texts()
    names = list(AGENTS)
    skill = {name: rng.uniform(0.2, 0.8) for name in names}
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    out = sys.stdout
    for n in range(count):
        agent = rng.choice(names)
        when = start + timedelta(seconds=rng.uniform(0, 182 * 86400))
        month = (when - start).days / 182
        # a drafty text is likelier for a weaker agent, and less likely as the months go by
        drafty = rng.random() < (1 - skill[agent]) * (1 - 0.6 * month)
        text = rng.choice(drafts if drafty else replies)
        row = {"id": f"r-{n + 1}", "text": text, "agent": agent, "team": AGENTS[agent], "created_at": when.isoformat(timespec="seconds")}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
