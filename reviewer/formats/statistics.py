"""``--statistics``: how many findings each rule has, instead of the findings (Ruff's ``--statistics``).

    4  S002  missing-timeline
    2  S004  [*] exclamation-overuse

``[*]``: `--fix` can fix them. As JSON: ``[{"code", "name", "count", "fixable"}]``.
"""

from __future__ import annotations

import json
from collections import Counter

from . import Checked
from . import Writer as Base


class Writer(Base):
    def __init__(self, out, *, as_json: bool = False, **_):
        super().__init__(out)
        self.as_json = as_json
        self.counts: Counter[str] = Counter()
        self.fixable: Counter[str] = Counter()
        self.names: dict[str, str] = {}

    def draft(self, item: Checked) -> None:
        for f in item.report.findings:
            self.counts[f.code] += 1
            self.names[f.code] = f.name
            self.fixable[f.code] += bool(item.draft.fixable and f.fix and f.fix.applicability == "safe")

    def close(self) -> None:
        rows = sorted(self.counts.items(), key=lambda row: (-row[1], row[0]))
        if self.as_json:
            data = [{"code": code, "name": self.names[code], "count": n, "fixable": self.fixable[code]} for code, n in rows]
            self.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        width = len(str(rows[0][1])) if rows else 1
        for code, n in rows:
            self.out.write(f"{n:>{width}}  {code}  {'[*] ' if self.fixable[code] else ''}{self.names[code]}\n")
