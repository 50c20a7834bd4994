"""One JSON array, one object per checked draft: ``Report.to_dict()`` (and ``suppressed`` when asked).

Written as it comes, byte for byte what ``json.dumps(reports, indent=2)``
gives: a draft with a few findings in one piece, a long list of findings (a
long draft may have many) a finding at a time.
"""

from __future__ import annotations

from . import HOLE, Checked, JsonArray, around, dumps, indented
from . import Writer as Base

WHOLE = 100  # findings of a draft written in one piece; past this, one at a time


class Writer(Base):
    """``show_suppressed``: each draft also lists what its suppression comments hid, each finding with the ``reason``."""

    def __init__(self, out, *, show_suppressed: bool = False, **_):
        super().__init__(out)
        self.count = 0
        self.show_suppressed = show_suppressed

    def draft(self, item: Checked) -> None:
        report = item.report
        # the separator goes out with the draft: one write a draft (unbuffered, as under python -u, each is a system call)
        separator = "[\n  " if not self.count else ",\n  "
        self.count += 1
        whole = len(report.findings) <= WHOLE
        # past WHOLE findings, the report's fields as to_dict() gives them, without building a dict per finding
        fields = report.to_dict() if whole else {**report._replace(findings=[]).to_dict(), "score": report.score, "findings": HOLE}
        if self.show_suppressed:
            fields["suppressed"] = [s.to_dict() for s in report.suppressed]
        if whole:
            self.out.write(separator + indented(dumps(fields), 1))
            return
        before, after = around(fields)
        self.out.write(separator + indented(before, 1))
        findings = JsonArray(self.out, 3)
        for finding in report.findings:
            findings.add(finding.to_dict())
        findings.close()
        self.out.write(indented(after, 1))

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
