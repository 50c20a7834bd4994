"""Mask personal data before a text leaves the machine; restore it after.

Emails, phone numbers, payment card numbers (Luhn-checked) and IBANs (mod-97
checked) become stable placeholders: ``<EMAIL_1>``, ``<PHONE_1>``, ``<CARD_1>``,
``<IBAN_1>``. One ``Masker`` masks the draft and the customer's message, so the
same address gets the same placeholder in both, and restores the model's answer.

A phone number needs a leading ``+`` or the separators people write phones
with ("(555) 010-4477", "8 800 555-35-35"): a bare run of digits is far more
often an order or tracking number, which is a fact the model must see.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,5}(?:[ .-]\d{1,5}){1,5}(?![\w-])|(?<![\w+])\+\d{8,15}\b")
PLACEHOLDER = re.compile(r"<(EMAIL|PHONE|CARD|IBAN)_(\d+)>")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def is_phone(value: str) -> bool:
    n = len(_digits(value))
    return 9 <= n <= 15 and (value.startswith("+") or bool(re.search(r"[ ().-]", value)))


def find_pii(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each email, IBAN, card and phone, not overlapping."""
    found: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in found)

    for kind, regex, valid in (
        ("EMAIL", EMAIL, lambda v: True),
        ("IBAN", IBAN, iban_ok),
        ("CARD", CARD, lambda v: luhn_ok(_digits(v))),
        ("PHONE", PHONE, is_phone),
    ):
        for m in regex.finditer(text):
            if valid(m.group()) and free(m.start(), m.end()):
                found.append((m.start(), m.end(), kind))
    return sorted(found)


class Masker:
    """Maps each distinct value to one placeholder, for the whole exchange."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}  # placeholder -> original
        self._ids: dict[tuple[str, str], str] = {}

    def mask(self, text: str) -> str:
        parts, pos = [], 0
        for start, end, kind in find_pii(text):
            value = text[start:end]
            key = (kind, _digits(value) if kind in ("PHONE", "CARD") else value.lower().replace(" ", ""))
            if key not in self._ids:
                count = sum(1 for k, _ in self._ids if k == kind) + 1
                self._ids[key] = f"<{kind}_{count}>"
                self.values[self._ids[key]] = value
            parts += [text[pos:start], self._ids[key]]
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def restore(self, text: str) -> str:
        """Put the originals back; a placeholder the masker never made is left as it is."""
        return PLACEHOLDER.sub(lambda m: self.values.get(m.group(), m.group()), text)

    def unknown(self, text: str) -> list[str]:
        """Placeholders in ``text`` that stand for nothing: the model made them up."""
        return [m.group() for m in PLACEHOLDER.finditer(text) if m.group() not in self.values]
