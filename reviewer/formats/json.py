"""One JSON array, one object per checked draft: ``Report.to_dict()``."""

from __future__ import annotations

import json

from ..inputs import InputError
from . import Checked


def render(checked: list[Checked], errors: list[InputError], **_) -> str:
    return json.dumps([item.report.to_dict() for item in checked], ensure_ascii=False, indent=2) + "\n"
