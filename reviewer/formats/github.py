"""GitHub Actions workflow commands: each finding becomes an annotation.

    ::error file=draft.txt,line=1,col=1,endLine=1,endColumn=8,title=A001 conditional-apology::Conditional …

Values are escaped as the Actions toolkit does (``%``, CR and LF in the
message; also ``:`` and ``,`` in properties). Columns are given only for a
span on one line (the runner rejects them otherwise); ``endColumn`` is the
span's last character. A JSONL/CSV draft is annotated on its row's line.
"""

from __future__ import annotations

from ..inputs import InputError, InputWarning
from ..model import Finding
from . import Checked, end_position, fields_text
from . import Writer as Base

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


class Writer(Base):
    def draft(self, item: Checked) -> None:
        for f in item.report.findings:
            title = f"{f.code} {f.name}" + (f" ({fields_text(item.report.fields)})" if item.report.fields else "")
            self.out.write(_command(LEVELS[f.severity], _location(item, f) | {"title": title}, _message(item, f)) + "\n")

    def error(self, error: InputError) -> None:
        level, title = ("warning", "reviewer: input warning") if isinstance(error, InputWarning) else ("error", "reviewer: input error")
        self.out.write(_command(level, {"file": error.source, "line": error.line, "title": title}, error.message) + "\n")


def _location(item: Checked, f: Finding) -> dict:
    draft = item.draft
    if draft.line is not None:  # a JSONL/CSV row: the row's line in the file
        return {"file": draft.source, "line": draft.line}
    end_line, end_column = end_position(item.report, f)
    if end_line == f.line:
        return {"file": draft.source, "line": f.line, "col": f.column, "endLine": end_line, "endColumn": end_column}
    return {"file": draft.source, "line": f.line, "endLine": end_line}


def _message(item: Checked, f: Finding) -> str:
    where = f"{item.draft.label}:{f.line}:{f.column}: " if item.draft.line is not None else ""  # the place inside the row
    return f"{where}{f.message}\n{f.suggestion}"


def _command(level: str, properties: dict, message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{level} {props}::{escape_data(message)}"


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
