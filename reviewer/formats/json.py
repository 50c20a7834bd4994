"""One JSON array, one object per checked draft: ``Report.to_dict()``.

Written a draft at a time, byte for byte what ``json.dumps(reports, indent=2)`` gives.
"""

from __future__ import annotations

import json

from . import Checked
from . import Writer as Base


class Writer(Base):
    def __init__(self, out, **_):
        super().__init__(out)
        self.count = 0

    def draft(self, item: Checked) -> None:
        report = json.dumps(item.report.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")  # JSON strings hold no raw newline
        self.out.write(("[\n  " if not self.count else ",\n  ") + report)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
