"""SARIF 2.1.0: one run, every rule with its documentation, one result per finding.

Regions carry lines and columns (``endColumn`` is the column after the span,
as SARIF defines it) and, for whole-file drafts, ``charOffset``/``charLength``
in Unicode code points. A JSONL/CSV draft's results point at the row's line
and name the row as a logical location; its offsets inside the draft are in
the result's ``properties``. Inputs that could not be read are tool execution
notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__, i18n
from ..inputs import InputError
from ..lint.registry import registry
from ..model import Finding
from . import Checked, end_position

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(checked: list[Checked], errors: list[InputError], **_) -> str:
    rules = list(registry().values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "reviewer",
                "fullName": "reply-reviewer",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [_notification(e) for e in errors],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "language": i18n.current(),
        "results": [_result(item, f, index) for item in checked for f in item.report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


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
    return {"level": "error", "message": {"text": error.message}, "locations": [location]}


def uri(source: str) -> str:
    """A URI reference for a path as given: relative stays relative."""
    path = Path(source)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix())
