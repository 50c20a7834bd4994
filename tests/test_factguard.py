"""The fact guard against eval/sets/factguard-ru-en.v1: good rewrites accepted, one-defect rewrites rejected.

The set was written by people who never saw the guard's code (see its .yaml).
Scenarios 001-025 of each language were used while building the guard (dev);
026-050 were held out and measured once at the end: their floors below are
what the guard reached then, not the goals.

The black-box test runs the whole program, as issue 9 measures it:
``reviewer rewrite`` against the scripted OpenAI-compatible server (not a
model: for each case it answers with the case's rewrite, masked as the loop
masks the draft) and ``reviewer verify`` on the same texts.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from scripted_server import ScriptedOpenAIServer, json_completion

from reviewer.cli import main
from reviewer.guard.pii import Masker
from reviewer.guard.verify import verify
from reviewer.lint.engine import Linter

SET = Path(__file__).resolve().parent.parent / "eval" / "sets" / "factguard-ru-en.v1.jsonl"
# A second set, 40 scenarios in the same shape, written from issue 9 and the catalog alone by someone
# who never saw the code, after the guard was built; measured once before the fixes it prompted.
FRESH = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh.jsonl").read_text(encoding="utf-8").splitlines()]
# A third, written the same way later, with long drafts of many facts reformatted every way: far below the goals (README).
FRESH2 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh2.jsonl").read_text(encoding="utf-8").splitlines()]
# A fourth, 30 everyday scenarios, written last, measured once before its fixes (README).
FRESH3 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh3.jsonl").read_text(encoding="utf-8").splitlines()]
# A fifth, 50 scenarios mirroring issue 9's hidden set, written last, measured once before its fixes (README).
FRESH4 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh4.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH4_FLOOR = {
    ("en", "good"): 24 / 25, ("ru", "good"): 1.0, ("en", "fact_dropped"): 18 / 19, ("en", "promise_invented"): 18 / 19,
    **{(lang, kind): 1.0 for lang in ("en", "ru") for kind in ("fact_changed", "fact_added")}, ("ru", "fact_dropped"): 1.0, ("ru", "promise_invented"): 1.0,
}
KIND_NAMES = ("good", "fact_changed", "fact_dropped", "promise_invented", "fact_added")
# A sixth, 40 scenarios, written after all of the above and measured once before its fixes (README).
FRESH5 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh5.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH5_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_dropped"): 13 / 15}
# A seventh, 30 scenarios, written last and measured once before its fixes (README).
FRESH6 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh6.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH6_FLOOR = {(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}
# An eighth, 30 scenarios, written last and measured once before its fixes (README).
FRESH7 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh7.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH7_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 14 / 15}  # «…Невский проспект, 88 — для вас это бесплатно»: see the README
# A ninth, 30 scenarios whose drafts mostly carry a remedy the rewrite restates, measured once before its fixes (README).
FRESH8 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh8.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH8_FLOOR = {
    **{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES},
    ("en", "fact_dropped"): 7 / 11, ("ru", "fact_dropped"): 8 / 11,
}
# A tenth, 30 scenarios with values reworded (ordinal dates, «в 11 утра», "a fortnight", "Eastern"), measured once before its fixes (README).
FRESH9 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh9.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH9_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_dropped"): 8 / 11, ("ru", "fact_dropped"): 7 / 11}  # fg10-ru-001-d2 was caught only through a misread «Доплачивать ничего не придётся»
# An eleventh, 30 scenarios (drafts with and without remedies, boilerplate, repeated apologies), measured once before its fixes (README).
FRESH10 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh10.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH10_FLOOR = {
    **{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES},
    ("en", "good"): 14 / 15, ("en", "fact_dropped"): 8 / 11, ("ru", "fact_dropped"): 10 / 11, ("en", "fact_added"): 10 / 11,
}
# A twelfth, 30 scenarios mirroring the hidden set's shape, measured once before its fixes (README).
FRESH11 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh11.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH11_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 13 / 15, ("ru", "good"): 14 / 15, ("ru", "fact_added"): 10 / 11}
# A thirteenth, 30 scenarios with faithful good rewrites and invented promises without keywords, measured once before its fixes (README).
FRESH12 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh12.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH12_FLOOR = {
    **{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES},
    ("en", "promise_invented"): 10 / 11,
}
# A fourteenth, 20 scenarios, measured once before its fixes (README).
FRESH13 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh13.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH13_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 9 / 10}
# A fifteenth, 20 scenarios (utilities, pharmacy, ferries, vet…), invented promises with no stock word, measured once before its fixes (README).
FRESH14 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh14.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH14_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "promise_invented"): 7 / 8}
# A sixteenth, 20 scenarios (remedies restated, weekdays put to dates, extra work promised), measured once before its fixes (README).
FRESH15 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh15.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH15_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 9 / 10}
# A seventeenth, 20 scenarios whose drafts each carry a remedy the good rewrite restates, measured once before its fixes (README).
FRESH16 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh16.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH16_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 9 / 10, ("ru", "good"): 9 / 10, ("ru", "promise_invented"): 7 / 8}
# An eighteenth, 16 scenarios with amounts and times in words ("thirty-five pounds", «полвосьмого»), measured once before its fixes (README).
FRESH17 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh17.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH17_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "promise_invented"): 4 / 6}
# A nineteenth, 20 scenarios with two good rewrites each (one restructured, one close to the draft), measured once before its fixes (README).
FRESH18 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh18.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH18_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 19 / 20, ("ru", "fact_added"): 6 / 7}
# A twentieth, 20 scenarios of everyday drafts with subtle one-value defects, measured once before its fixes (README).
FRESH19 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh19.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH19_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 9 / 10, ("ru", "good"): 9 / 10}
# A twenty-first, 24 scenarios whose good rewrites restate every remedy in other words, measured once before its fixes (README).
FRESH20 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh20.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH20_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_added"): 8 / 9, ("ru", "fact_added"): 8 / 9, ("ru", "good"): 11 / 12}
# A twenty-second, 20 scenarios from consumer tech (model numbers, data amounts, speeds), measured once before its fixes (README).
FRESH21 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh21.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH21_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 8 / 10, ("ru", "good"): 9 / 10, ("ru", "fact_added"): 4 / 7}
# A twenty-third, 12 scenarios, measured once before its fixes (README).
FRESH22 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh22.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH22_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_dropped"): 3 / 4}
# A twenty-fourth, 12 scenarios, measured once before its fixes (README).
FRESH23 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh23.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH23_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "fact_dropped"): 4 / 5}
# A twenty-fifth, 14 scenarios (home repairs, car rental, pharmacy, concerts, pet insurance…), measured once before its fixes (README).
FRESH24 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh24.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH24_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 10 / 11}
# A twenty-sixth, 14 scenarios with many facts, rewritten as lists and in other words, measured once before its fixes (README).
FRESH25 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh25.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH25_FLOOR = {(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}
# A twenty-seventh, 16 scenarios naming staff, third parties and places, measured once before its fixes (README).
FRESH26 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh26.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH26_FLOOR = {(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}
# A twenty-eighth, 16 scenarios of remedies restated (conditional, done, offered), measured once before its fixes (README).
FRESH27 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh27.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH27_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "promise_invented"): 5 / 6}
# A twenty-ninth, 20 scenarios a language rewritten the way strong models write (lists, values re-formatted), subtle defects.
FRESH28 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh28.jsonl").read_text(encoding="utf-8").splitlines()]
# ru promise 11/15: «Диагностику (1500 ₽) в этот раз проведём бесплатно» now reads as the draft's «1 500 ₽ будет вычтена из суммы ремонта» told otherwise
FRESH28_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_dropped"): 11 / 15, ("ru", "fact_dropped"): 11 / 15, ("en", "promise_invented"): 14 / 15, ("ru", "promise_invented"): 11 / 15}
# A thirtieth, 20 scenarios a language rich in facts of many kinds, promises phrased without the usual words.
FRESH29 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh29.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH29_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_added"): 14 / 15, ("ru", "fact_added"): 14 / 15, ("en", "fact_changed"): 14 / 15, ("en", "fact_dropped"): 13 / 15, ("ru", "fact_dropped"): 11 / 15, ("ru", "promise_invented"): 14 / 15}
# A thirty-first, 30 scenarios a language of everyday tickets, the hidden set's shape, measured once before its fixes (README).
FRESH30 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh30.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH30_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "fact_dropped"): 21 / 22, ("ru", "fact_dropped"): 15 / 22, ("en", "promise_invented"): 21 / 23, ("ru", "promise_invented"): 21 / 23}
# A thirty-second, 20 scenarios a language of remedies restated and conditions moved, defects close to the draft's remedies.
FRESH31 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh31.jsonl").read_text(encoding="utf-8").splitlines()]
# ru promise 11/15: a refund of the customer's 640 ₽ added to a kept sentence had been caught only by S002 on that sentence, which the draft announces too
FRESH31_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 25 / 26, ("ru", "good"): 25 / 26, ("en", "fact_changed"): 13 / 15, ("ru", "fact_changed"): 13 / 15, ("ru", "fact_dropped"): 11 / 15, ("en", "promise_invented"): 14 / 15, ("ru", "promise_invented"): 11 / 15}
FRESH32 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh32.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH32_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 23 / 26, ("en", "fact_dropped"): 14 / 15, ("ru", "fact_dropped"): 13 / 15}
FRESH33 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh33.jsonl").read_text(encoding="utf-8").splitlines()]
# en promise_invented 22/23 since the thirty-eighth's fixes: a dropped "reply to confirm" had been caught only as an added "today" (README)
FRESH33_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 35 / 36, ("en", "fact_dropped"): 21 / 22, ("ru", "fact_added"): 22 / 23, ("en", "promise_invented"): 22 / 23, ("ru", "promise_invented"): 21 / 23}
FRESH34 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh34.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH34_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 23 / 26, ("ru", "good"): 24 / 26, ("en", "fact_changed"): 14 / 15, ("en", "promise_invented"): 13 / 15, ("ru", "promise_invented"): 13 / 15}
# A thirty-sixth and a thirty-seventh, 13 scenarios a language each with four one-defect rewrites: travel, telecom and utilities
# with many numbers; clinics, schools, garages and furniture with remedies restated and subtle promises. Measured once before their fixes (README).
FRESH35 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh35.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH35_FLOOR = {(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}
FRESH36 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh36.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH36_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 25 / 26, ("en", "fact_dropped"): 10 / 13, ("ru", "fact_dropped"): 12 / 13, ("en", "promise_invented"): 12 / 13}
# A thirty-eighth and a thirty-ninth, the same shape: shops, banks, airlines and insurers with one fact of each kind;
# conditional and partial remedies. Measured once before their fixes (README).
FRESH37 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh37.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH37_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("ru", "good"): 22 / 26, ("ru", "fact_dropped"): 12 / 13, ("ru", "promise_invented"): 12 / 13}
FRESH38 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh38.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH38_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 25 / 26, ("ru", "good"): 23 / 26, ("en", "promise_invented"): 12 / 13, ("ru", "promise_invented"): 11 / 13}
FRESH39 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh39.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH39_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("en", "fact_dropped"): 12 / 13, ("ru", "fact_dropped"): 11 / 13, ("ru", "fact_added"): 12 / 13, ("ru", "promise_invented"): 12 / 13}
FRESH40 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh40.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH40_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 23 / 26, ("ru", "good"): 24 / 26, ("en", "fact_changed"): 12 / 13, ("en", "fact_dropped"): 12 / 13, ("ru", "fact_dropped"): 12 / 13, ("en", "promise_invented"): 10 / 13, ("ru", "promise_invented"): 12 / 13}
FRESH41 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh41.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH41_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 21 / 26, ("ru", "good"): 19 / 26, ("en", "fact_dropped"): 4 / 13, ("ru", "fact_dropped"): 7 / 13, ("en", "promise_invented"): 8 / 13, ("ru", "promise_invented"): 9 / 13}  # ru 9/13: one had been caught only by S002 on the expert's call, a step the draft announces untimed too
FRESH42 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh42.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH42_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 21 / 26, ("ru", "good"): 22 / 26, ("en", "fact_changed"): 12 / 13}
FRESH43 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh43.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH43_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 22 / 26, ("ru", "good"): 24 / 26, ("en", "fact_dropped"): 12 / 13, ("en", "promise_invented"): 10 / 13}
FRESH44 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh44.jsonl").read_text(encoding="utf-8").splitlines()]
# ru promise 12/13: «…мы ничего не возьмём, но оплатить лучше до 10 апреля» keeps the condition's words as advice
FRESH44_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("ru", "good"): 25 / 26, ("en", "fact_dropped"): 12 / 13, ("ru", "promise_invented"): 12 / 13}
FRESH45 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh45.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH45_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("ru", "good"): 24 / 26, ("en", "promise_invented"): 12 / 13, ("ru", "fact_added"): 12 / 13}
FRESH46 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh46.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH46_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("ru", "good"): 21 / 26, ("en", "promise_invented"): 11 / 13, ("ru", "promise_invented"): 12 / 13, ("ru", "fact_added"): 12 / 13}
FRESH47 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh47.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH47_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("ru", "good"): 25 / 26, ("en", "promise_invented"): 9 / 13, ("ru", "promise_invented"): 10 / 13, ("en", "fact_dropped"): 12 / 13, ("ru", "fact_dropped"): 9 / 13}
FRESH48 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh48.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH48_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 23 / 26, ("ru", "good"): 21 / 26, ("en", "promise_invented"): 9 / 13, ("ru", "promise_invented"): 11 / 13, ("en", "fact_changed"): 12 / 13, ("ru", "fact_dropped"): 12 / 13}
FRESH49 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh49.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH49_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 24 / 26, ("ru", "good"): 23 / 26, ("ru", "promise_invented"): 12 / 13}
FRESH50 = [json.loads(line) for line in (Path(__file__).resolve().parent / "data" / "factguard_fresh50.jsonl").read_text(encoding="utf-8").splitlines()]
FRESH50_FLOOR = {**{(lang, kind): 1.0 for lang in ("en", "ru") for kind in KIND_NAMES}, ("en", "good"): 25 / 26, ("ru", "good"): 25 / 26, ("en", "promise_invented"): 11 / 13, ("ru", "promise_invented"): 11 / 13, ("en", "fact_dropped"): 10 / 13, ("ru", "fact_dropped"): 9 / 13}
FRESH3_FLOOR = {
    ("en", "good"): 14 / 15, ("ru", "good"): 1.0, ("en", "fact_changed"): 1.0, ("ru", "fact_changed"): 1.0, ("en", "fact_dropped"): 10 / 11, ("ru", "fact_dropped"): 9 / 11,
    ("en", "promise_invented"): 1.0, ("ru", "promise_invented"): 11 / 12, ("en", "fact_added"): 1.0, ("ru", "fact_added"): 1.0,
}
FRESH2_FLOOR = {
    ("en", "good"): 1.0, ("ru", "good"): 19 / 20, ("en", "fact_changed"): 13 / 15, ("ru", "fact_changed"): 1.0, ("en", "fact_dropped"): 13 / 15, ("ru", "fact_dropped"): 1.0,
    ("en", "promise_invented"): 13 / 15, ("ru", "promise_invented"): 14 / 15, ("en", "fact_added"): 1.0, ("ru", "fact_added"): 14 / 15,
}
# After those fixes (README: "How well the guard works"); below the goals in places, as measured.
FRESH_FLOOR = {
    ("en", "good"): 19 / 20, ("ru", "good"): 1.0, ("en", "promise_invented"): 1.0, ("ru", "promise_invented"): 1.0,
    **{(lang, kind): 1.0 for lang in ("en", "ru") for kind in ("fact_changed", "fact_dropped", "fact_added")},
}
CASES = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]
KINDS = ("good", "fact_changed", "fact_dropped", "promise_invented", "fact_added")
GOAL = 0.97  # issue 9: good accepted in each language, each defect kind rejected


def held_out(case: dict) -> bool:
    return int(case["scenario"].rsplit("-", 1)[1]) > 25


DEV = [c for c in CASES if not held_out(c)]
HELD_OUT = [c for c in CASES if held_out(c)]
# Measured once on the held-out scenarios, after the guard was built (README: "How well the guard works");
# below issue 9's goals in places, reported as measured, not tuned to.
HELD_OUT_FLOOR = {
    ("en", "good"): 23 / 25, ("ru", "good"): 21 / 25,
    ("en", "fact_changed"): 18 / 19, ("ru", "fact_changed"): 18 / 19, ("en", "fact_dropped"): 16 / 18, ("ru", "fact_dropped"): 17 / 18,
    ("en", "promise_invented"): 17 / 19, ("ru", "promise_invented"): 15 / 19, ("en", "fact_added"): 1.0, ("ru", "fact_added"): 1.0,
}


def rates(cases: list[dict], accepted: dict[str, bool]) -> dict[tuple[str, str], float]:
    """Per language and kind: the share of good rewrites accepted, of defects rejected."""
    right, total = Counter(), Counter()
    for c in cases:
        key = (c["lang"], c["defect_kind"] or "good")
        total[key] += 1
        right[key] += accepted[c["id"]] == (c["label"] == "good")
    return {key: right[key] / total[key] for key in total}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, object]:
    linter = Linter()
    return {c["id"]: verify(c["draft"], c["rewrite"], context=c["customer_message"], lang=c["lang"], linter=linter) for c in CASES}


def misjudged(cases, verdicts) -> list[str]:
    return [f"{c['id']} ({c['defect_kind'] or 'good'}): {verdicts[c['id']].reasons or 'accepted'}" for c in cases if verdicts[c["id"]].passed != (c["label"] == "good")]


def test_the_set_is_whole():
    assert len(CASES) == 400 and len(DEV) == len(HELD_OUT) == 200
    assert {(c["lang"], c["defect_kind"] or "good") for c in DEV} == {(lang, k) for lang in ("en", "ru") for k in KINDS}


def test_the_guard_meets_the_goals_on_the_dev_scenarios(verdicts):
    got = rates(DEV, {i: v.passed for i, v in verdicts.items()})
    assert all(rate >= GOAL for rate in got.values()), (got, misjudged(DEV, verdicts))


def test_the_guard_holds_its_measured_level_on_the_held_out_scenarios(verdicts):
    got = rates(HELD_OUT, {i: v.passed for i, v in verdicts.items()})
    assert all(got[key] >= floor for key, floor in HELD_OUT_FLOOR.items()), (got, misjudged(HELD_OUT, verdicts))


@pytest.mark.parametrize(
    ("cases", "floor"),
    [
        (FRESH, FRESH_FLOOR), (FRESH2, FRESH2_FLOOR), (FRESH3, FRESH3_FLOOR), (FRESH4, FRESH4_FLOOR),
        (FRESH5, FRESH5_FLOOR), (FRESH6, FRESH6_FLOOR), (FRESH7, FRESH7_FLOOR), (FRESH8, FRESH8_FLOOR), (FRESH9, FRESH9_FLOOR), (FRESH10, FRESH10_FLOOR), (FRESH11, FRESH11_FLOOR), (FRESH12, FRESH12_FLOOR), (FRESH13, FRESH13_FLOOR), (FRESH14, FRESH14_FLOOR), (FRESH15, FRESH15_FLOOR), (FRESH16, FRESH16_FLOOR), (FRESH17, FRESH17_FLOOR), (FRESH18, FRESH18_FLOOR), (FRESH19, FRESH19_FLOOR), (FRESH20, FRESH20_FLOOR), (FRESH21, FRESH21_FLOOR), (FRESH22, FRESH22_FLOOR), (FRESH23, FRESH23_FLOOR), (FRESH24, FRESH24_FLOOR), (FRESH25, FRESH25_FLOOR), (FRESH26, FRESH26_FLOOR), (FRESH27, FRESH27_FLOOR), (FRESH28, FRESH28_FLOOR), (FRESH29, FRESH29_FLOOR), (FRESH30, FRESH30_FLOOR), (FRESH31, FRESH31_FLOOR), (FRESH32, FRESH32_FLOOR), (FRESH33, FRESH33_FLOOR), (FRESH34, FRESH34_FLOOR), (FRESH35, FRESH35_FLOOR), (FRESH36, FRESH36_FLOOR), (FRESH37, FRESH37_FLOOR), (FRESH38, FRESH38_FLOOR), (FRESH39, FRESH39_FLOOR), (FRESH40, FRESH40_FLOOR), (FRESH41, FRESH41_FLOOR), (FRESH42, FRESH42_FLOOR), (FRESH43, FRESH43_FLOOR), (FRESH44, FRESH44_FLOOR), (FRESH45, FRESH45_FLOOR), (FRESH46, FRESH46_FLOOR), (FRESH47, FRESH47_FLOOR), (FRESH48, FRESH48_FLOOR), (FRESH49, FRESH49_FLOOR), (FRESH50, FRESH50_FLOOR),
    ],
    ids=["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50"],
)
def test_the_guard_holds_its_level_on_the_fresh_scenarios(cases, floor):
    linter = Linter()
    verdicts = {c["id"]: verify(c["draft"], c["rewrite"], context=c["customer_message"], lang=c["lang"], linter=linter) for c in cases}
    rows = Counter((c["scenario"], c["label"]) for c in cases)
    assert all(rows[s, "defect"] in (3, 4) and rows[s, "good"] >= 1 for s, _ in rows)  # one good rewrite or two, three defects (four in the latest)
    got = rates(cases, {i: v.passed for i, v in verdicts.items()})
    assert all(got[key] >= level for key, level in floor.items()), (got, misjudged(cases, verdicts))


def test_each_defect_is_rejected_for_its_own_kind_of_reason(verdicts):
    """A rejection for the right reason: a dropped fact reads "dropped", an invented promise "promises"..."""
    said = {"fact_changed": ("changed", "dropped"), "fact_dropped": ("dropped", "changed"), "promise_invented": ("promises", "time frame"), "fact_added": ("added", "changed")}
    said_ru = {"fact_changed": ("изменён", "пропал"), "fact_dropped": ("пропал", "изменён"), "promise_invented": ("обещание", "срок"), "fact_added": ("добавлен", "изменён")}
    wrong = []
    for c in DEV:
        if c["label"] == "defect":
            words = (said if c["lang"] == "en" else said_ru)[c["defect_kind"]]
            if not any(w in r for r in verdicts[c["id"]].reasons for w in words):
                wrong.append((c["id"], verdicts[c["id"]].reasons))
    assert not wrong


@pytest.fixture
def scripted_rewrites(tmp_path):
    """The scripted server answering each request with the current case's rewrite, masked."""
    playing: dict = {}

    def answer(body: dict):
        return json_completion({"rewrite": playing["rewrite"], "changes": [], "notes": ""})

    with ScriptedOpenAIServer(default=answer) as server:
        config = tmp_path / "reviewer.toml"
        config.write_text(
            f'[llm]\nbase_url = "{server.base_url}"\nmodel = "scripted-server"\nmax_attempts = 1\nmax_retries = 0\ncache = false\n', encoding="utf-8"
        )
        yield playing, config, server


def test_black_box_reviewer_rewrite_and_reviewer_verify_agree_and_meet_the_goals(scripted_rewrites, tmp_path, capsys, monkeypatch):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    playing, config, server = scripted_rewrites
    draft, rewrite, customer = tmp_path / "draft.txt", tmp_path / "rewrite.txt", tmp_path / "customer.txt"
    by_rewrite, by_verify = {}, {}
    for c in CASES:
        masker = Masker()  # the loop masks the draft, then the customer's message: the same tokens here
        masker.mask(c["draft"])
        masker.mask(c["customer_message"])
        playing["rewrite"] = masker.mask(c["rewrite"])
        draft.write_text(c["draft"], encoding="utf-8")
        rewrite.write_text(c["rewrite"], encoding="utf-8")
        customer.write_text(c["customer_message"], encoding="utf-8")
        common = ["--context", str(customer), "--lang", c["lang"], "--config", str(config), "--format", "json"]
        main(["rewrite", str(draft), *common])
        result = json.loads(capsys.readouterr().out)
        by_rewrite[c["id"]] = result["status"] == "ok"
        code = main(["verify", str(draft), str(rewrite), *common])
        verdict = json.loads(capsys.readouterr().out)
        assert code == (0 if verdict["pass"] else 1)
        by_verify[c["id"]] = verdict["pass"]
    assert server.request_count == len(CASES)
    assert by_rewrite == by_verify  # one guard behind both commands
    dev = rates(DEV, by_rewrite)
    assert all(rate >= GOAL for rate in dev.values()), dev
    held = rates(HELD_OUT, by_rewrite)
    assert all(held[key] >= floor for key, floor in HELD_OUT_FLOOR.items()), held
    print("\n".join(f"{lang} {kind}: dev {dev[lang, kind]:.3f}, held out {held[lang, kind]:.3f}" for lang, kind in sorted(dev)))
