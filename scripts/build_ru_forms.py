"""Regenerate reviewer/lint/data/ru_forms.json from the rules' Russian words.

Run after adding a Russian word, a <лемма> macro or a word to a [ru.lists] list:
    python scripts/build_ru_forms.py
"""

from reviewer.lint.registry import ru_lemmas
from reviewer.text.forms import FORMS_FILE, forms_of
import json

table = {key: forms_of(key) for key in sorted(ru_lemmas())}
FORMS_FILE.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(f"{len(table)} lemmas, {sum(map(len, table.values()))} forms -> {FORMS_FILE}")
