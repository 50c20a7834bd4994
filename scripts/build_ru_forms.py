"""Regenerate the tables of Russian word forms: reviewer/lint/data/ru_forms.json from the
rules' words, reviewer/guard/data/ru_forms.json from the promise checks' words.

Run after adding a Russian word, a <лемма> macro or a word to a [ru.lists] list, or a
<лемма> to reviewer/guard/promises.py:
    python scripts/build_ru_forms.py
"""

from reviewer.guard.promises import FORMS_FILE as PROMISE_FORMS_FILE
from reviewer.guard.promises import lemmas as promise_lemmas
from reviewer.lint.registry import ru_lemmas
from reviewer.text.forms import FORMS_FILE, forms_of
import json

for lemmas, path in ((ru_lemmas(), FORMS_FILE), (promise_lemmas(), PROMISE_FORMS_FILE)):
    table = {key: forms_of(key) for key in sorted(lemmas)}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table)} lemmas, {sum(map(len, table.values()))} forms -> {path}")
