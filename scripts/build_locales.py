"""Keep the message catalogues in step with the code (Babel).

    python scripts/build_locales.py          extract, update the .po files, compile the .mo files
    python scripts/build_locales.py --check  exit 1 if a catalogue is stale or has untranslated messages

Extraction reads ``_()``, ``ngettext()`` and ``N_()`` in the Python code,
``t()`` / ``tn()`` in the page's JavaScript, ``data-i18n`` in its HTML, and
``_()`` / ``ngettext()`` in the report pages' Jinja2 templates. A new message arrives in each
.po file untranslated; translate it there and run the script again.
"""

from __future__ import annotations

import argparse
import html
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "reviewer"
LOCALE_DIR = PACKAGE / "locale"
DOMAIN = "reviewer"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "t": None, "tn": (1, 2)}
_DATA_I18N = re.compile(r'data-i18n="([^"]+)"')


def extract_html(fileobj, keywords, comment_tags, options):
    """The page's static words: every data-i18n="..." attribute."""
    for lineno, line in enumerate(fileobj.read().decode("utf-8").splitlines(), 1):
        for m in _DATA_I18N.finditer(line):
            yield lineno, None, html.unescape(m.group(1)), []


# Jinja2's own extractor for the report pages' templates (they call _() and ngettext())
METHODS = [("**.py", "python"), ("server/static/**.js", "javascript"), ("server/static/**.html", extract_html), ("**/templates/**.j2", "jinja2.ext:babel_extract")]


def template() -> Catalog:
    catalog = Catalog(project="reply-reviewer", domain=DOMAIN)
    for filename, lineno, message, comments, context in extract_from_dir(PACKAGE, METHODS, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
        catalog.add(message, locations=[(f"reviewer/{filename}", lineno)], auto_comments=comments, context=context)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is stale or untranslated")
    args = parser.parse_args()
    pot = template()
    problems: list[str] = []
    for po_path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        locale = po_path.parent.parent.name
        with po_path.open("rb") as f:
            catalog = read_po(f, locale=locale, domain=DOMAIN)
        created = catalog.creation_date
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.creation_date = created  # update() takes the template's: a date in the file would change every run
        catalog.obsolete.clear()
        po, mo = _po_bytes(catalog), _mo_bytes(catalog)
        mo_path = po_path.with_suffix(".mo")
        missing = [m.id for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)) or m.fuzzy)]
        problems += [f"{po_path.relative_to(ROOT)}: untranslated: {m!r}" for m in missing]
        if args.check:
            if po != po_path.read_bytes():
                problems.append(f"{po_path.relative_to(ROOT)}: stale; run python scripts/build_locales.py")
            if not mo_path.exists() or mo != mo_path.read_bytes():
                problems.append(f"{mo_path.relative_to(ROOT)}: stale; run python scripts/build_locales.py")
        else:
            po_path.write_bytes(po)
            mo_path.write_bytes(mo)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
