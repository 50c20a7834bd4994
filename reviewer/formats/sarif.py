"""SARIF 2.1.0: one run, every rule with its documentation, one result per finding.

Regions carry lines and columns (``endColumn`` is the column after the span,
as SARIF defines it) and, for whole-file drafts, ``charOffset``/``charLength``
in Unicode code points. A JSONL/CSV draft's results point at the row's line
and name the row as a logical location; its offsets inside the draft are in
the result's ``properties``. Inputs that could not be read are tool execution
notifications (warnings such as a duplicate id too, at level "warning").
The log is written as it comes: its results one by one, the notifications
(known only at the end) after them.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from .. import __version__, i18n
from ..inputs import InputError, InputWarning
from ..lint.registry import registry
from ..model import Finding
from . import HOLE, Checked, JsonArray, around, end_position
from . import Writer as Base

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


class Writer(Base):
    """Results are written as they come; the notifications (few) go after them, at the end."""

    def __init__(self, out, *, show_suppressed: bool = False, **_):
        super().__init__(out)
        self.show_suppressed = show_suppressed  # suppressed findings as results with an in-source suppression
        self.rules = list(registry().values())
        self.index = {rule.code: i for i, rule in enumerate(self.rules)}
        self.results: JsonArray | None = None  # opened with the first result
        self.notifications: list[dict] = []
        self.failed = False

    def draft(self, item: Checked) -> None:
        for f in item.report.findings:
            self._results().add(_result(item, f, self.index))
        for s in item.report.suppressed if self.show_suppressed else ():
            suppression = {"kind": "inSource", **({"justification": s.reason} if s.reason else {})}
            self._results().add({**_result(item, s.finding, self.index), "suppressions": [suppression]})

    def error(self, error: InputError) -> None:
        self.notifications.append(_notification(error))
        self.failed |= not isinstance(error, InputWarning)

    def close(self) -> None:
        self._results().close()
        self.out.write(around(self._log())[1] + "\n")

    def _results(self) -> JsonArray:
        if self.results is None:
            self.out.write(around(self._log())[0])
            self.results = JsonArray(self.out, 4)
        return self.results

    def _log(self) -> dict:
        run = {
            "tool": {
                "driver": {
                    "name": "reviewer",
                    "fullName": "reply-reviewer",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": [_rule(rule) for rule in self.rules],
                }
            },
            "columnKind": "unicodeCodePoints",
            "language": i18n.current(),
            "results": HOLE,
            "invocations": [{"executionSuccessful": not self.failed, "toolExecutionNotifications": self.notifications}],
        }
        return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _rule(rule) -> dict:
    """The rule's documentation in the run's locale (findings carry their draft's language)."""
    lang = i18n.current()
    text = rule.text(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": text.summary},
        "fullDescription": {"text": rule.sections(lang)["What it does"]},
        "help": {"text": _plain(text.doc), "markdown": text.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"languages": sorted(rule.langs)},
    }


def _plain(doc: str) -> str:
    return "\n".join(line.removeprefix("## ") for line in doc.splitlines() if not line.startswith("```"))


def _result(item: Checked, f: Finding, index: dict[str, int]) -> dict:
    draft = item.draft
    result = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVELS[f.severity],
        "message": {"text": f"{f.message} {f.suggestion}"},
    }
    artifact = {"uri": uri(draft.source)}
    if draft.line is not None:  # a JSONL/CSV row
        row = str(draft.id) if draft.id is not None else f"line {draft.line}"
        result["locations"] = [
            {
                "physicalLocation": {"artifactLocation": artifact, "region": {"startLine": draft.line}},
                "logicalLocations": [{"name": row, "kind": "object"}],
            }
        ]
        result["properties"] = {"id": draft.id, "start": f.start, "end": f.end, "line": f.line, "column": f.column}
        if item.report.fields is not None:
            result["properties"]["fields"] = item.report.fields
        return result
    end_line, end_column = end_position(item.report, f)
    region = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": end_line,
        "endColumn": end_column + 1,
        "charOffset": f.start,
        "charLength": f.end - f.start,
    }
    result["locations"] = [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]
    if f.fix:
        result["fixes"] = [
            {
                "description": {"text": f.fix.title or f.suggestion},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [
                            {
                                "deletedRegion": {"charOffset": f.fix.start, "charLength": f.fix.end - f.fix.start},
                                "insertedContent": {"text": f.fix.replacement},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def _notification(error: InputError) -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": uri(error.source)}}}
    if error.line is not None:
        location["physicalLocation"]["region"] = {"startLine": error.line}
    level = "warning" if isinstance(error, InputWarning) else "error"
    return {"level": level, "message": {"text": error.message}, "locations": [location]}


def uri(source: str) -> str:
    """A URI reference for a path as given: relative stays relative."""
    path = Path(source)
    # a name that is not UTF-8 holds its bytes as lone surrogates (surrogateescape): quote those bytes
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), errors="surrogateescape")
