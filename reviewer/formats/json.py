"""One JSON array, one object per checked draft: ``Report.to_dict()``.

Written as it comes, byte for byte what ``json.dumps(reports, indent=2)``
gives: a draft with a few findings in one piece, a long list of findings (a
long draft may have many) a finding at a time.
"""

from __future__ import annotations

from . import HOLE, Checked, JsonArray, around, dumps, indented
from . import Writer as Base

WHOLE = 100  # findings of a draft written in one piece; past this, one at a time


class Writer(Base):
    def __init__(self, out, **_):
        super().__init__(out)
        self.count = 0

    def draft(self, item: Checked) -> None:
        report = item.report
        self.out.write("[\n  " if not self.count else ",\n  ")
        self.count += 1
        if len(report.findings) <= WHOLE:
            self.out.write(indented(dumps(report.to_dict()), 1))
            return
        # the report's fields as to_dict() gives them, without building a dict per finding
        before, after = around({**report._replace(findings=[]).to_dict(), "findings": HOLE})
        self.out.write(indented(before, 1))
        findings = JsonArray(self.out, 3)
        for finding in report.findings:
            findings.add(finding.to_dict())
        findings.close()
        self.out.write(indented(after, 1))

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
