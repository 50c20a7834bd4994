"""The prepared views of a draft that every rule reads: here, where its sentences end."""

import pytest

from reviewer.text.prepared import Prepared


@pytest.mark.parametrize(
    "text, lang, sentences",
    [
        # an abbreviation that ends a phrase ends the sentence when a capital follows…
        ("Простой за сутки — 7 000 руб. Мы попросили пересчитать.", "ru", ["Простой за сутки — 7 000 руб.", "Мы попросили пересчитать."]),
        ("We sell shoes, bags etc. We ship daily.", "en", ["We sell shoes, bags etc.", "We ship daily."]),
        # …and not before a small letter or a number
        ("Сбор 500 руб. за сутки, и ещё 2 тыс. 300 руб. сверху.", "ru", ["Сбор 500 руб. за сутки, и ещё 2 тыс. 300 руб. сверху."]),
        # one that opens a phrase never ends it
        ("Пункт выдачи на ул. Ленина, д. 5. Ждём вас.", "ru", ["Пункт выдачи на ул. Ленина, д. 5.", "Ждём вас."]),
        ("Good morning, Mr. Reyes. Dr. Patel will call.", "en", ["Good morning, Mr. Reyes.", "Dr. Patel will call."]),
    ],
)
def test_sentences_end_after_a_closing_abbreviation_only_before_a_capital(text, lang, sentences):
    doc = Prepared(text, lang)
    assert [text[s.start : s.end] for s in doc.sentences] == sentences
