"""The lint engine: offsets, text preparation, score, fixes, config-driven rules, caches."""

import json
import os
import re
import time
from pathlib import Path

import pytest

from reviewer import Config, EmptyDraftError, Linter, apply_fixes, check, diskcache
from reviewer.config import BannedPhrase, WordList
from reviewer.lint.registry import DOC_SECTIONS, registry, ru_lemmas
from reviewer.model import PENALTY, score
from reviewer.text.forms import FORMS_FILE, expand
from reviewer.text.lang import detect_language


def codes(text, **kw):
    return [f.code for f in check(text, **kw).findings]


def test_offsets_lines_and_columns_point_into_the_original():
    text = "Hi Anna,\n\nThis is a terrible mix-up. We shipped it today."
    (finding,) = [f for f in check(text).findings if f.code == "W002"]
    assert text[finding.start : finding.end] == "terrible"
    assert (finding.line, finding.column) == (3, 11)


def test_a_sentence_finding_covers_its_own_sentence_not_the_paragraph_before():
    text = "Выпуск будет бесплатным.\n\nЗаявка уже оформлена, её номер ЗС-775102."
    (finding,) = [f for f in check(text, lang="ru").findings if f.code == "S001"]
    assert text[finding.start : finding.end] == "Заявка уже оформлена, её номер ЗС-775102."


def test_placeholders_keep_offsets_and_count_as_a_name():
    text = "Dear {{ticket.requester.name}}, sorry for the problem. It ships today."
    report = check(text)
    assert "W005" not in codes(text)
    (w001,) = [f for f in report.findings if f.code == "W001"]
    assert text[w001.start : w001.end] == "problem"


@pytest.mark.parametrize(
    "placeholder, kind",
    [("{{ship_date}}", "time"), ("{{дата_поступления}}", "time"), ("{{срок_возврата}}", "time"), ("{{ticket.id}}", "number"),
     ("{{номер_заказа}}", "number"), ("{{email}}", "address"), ("{{customer.email}}", "address"), ("{{first_name}}", "name"), ("{{имя}}", "name")],
)
def test_a_placeholder_stands_for_what_its_name_says(placeholder, kind):
    from reviewer.text.prepared import placeholder_kind

    assert placeholder_kind(placeholder) == kind


def test_a_quoted_title_is_a_name_to_the_word_rules():
    assert codes("Both 'The Terrible Twos' and 'Nightmare Alley' are now in the catalogue.") == []
    assert "W002" in codes("Both seasons are now in the catalogue. The delay was terrible.")


def test_yo_is_folded_and_russian_forms_match():
    text = "Простите, что было столько неудобств. Деньги вернули."
    assert "W001" in codes(text)
    assert "W001" in codes("Столкнулись с проблемами при оплате? Исправили сегодня.")


@pytest.mark.parametrize(
    "text,lang",
    [("Your order ships today.", "en"), ("Ваш заказ Order-48213 отправлен сегодня через DHL.", "ru"), ("Sorry!!", "en")],
)
def test_language_is_detected_per_draft(text, lang):
    assert detect_language(text) == lang
    assert check(text).lang == lang


def test_lang_can_be_forced():
    assert check("Sorry for the problem.", lang="ru").lang == "ru"


def test_empty_draft_is_a_clear_error():
    for text in ("", "   \n\t"):
        with pytest.raises(EmptyDraftError, match="empty"):
            check(text)


def test_score_formula():
    clean = check("Your order ships today.")
    assert clean.findings == [] and clean.score == 10.0
    report = check("Sorry if you were upset!! We'll fix it soon.")
    expected = max(0.0, 10 - sum(PENALTY[f.severity] for f in report.findings))
    assert report.score == round(expected, 1) < 10
    assert score([]) == 10.0


def test_safe_fixes_only_unless_asked():
    text = "Sorry for the wait!! Your refund went out today."
    report = check(text)
    fixed = apply_fixes(text, report.findings)
    assert fixed == "Thank you for your patience! Your refund went out today."
    assert codes(fixed) == []


def test_unsafe_fix_deletes_ticket_boilerplate_only_when_asked():
    text = "Your request has been registered under number 1749026496036. The courier comes tomorrow."
    report = check(text)
    assert apply_fixes(text, report.findings) == text
    assert apply_fixes(text, report.findings, unsafe=True) == "The courier comes tomorrow."


def test_select_and_ignore_take_prefixes():
    text = "Sorry if you were upset!! This is a terrible problem."
    assert set(codes(text, config=Config(select=("W",)))) == {"W001", "W002"}
    assert not {c for c in codes(text, config=Config(ignore=("A", "W00")))} & {"A001", "W001", "W002"}


def test_severity_override_changes_the_score():
    text = "This is a terrible mix-up. It ships today."
    base = check(text)
    raised = check(text, config=Config(severity={"W002": "error"}))
    assert [f.severity for f in raised.findings] == ["error"]
    assert raised.score == base.score - (PENALTY["error"] - PENALTY["warning"])


def test_word_lists_extend_and_replace_with_russian_forms():
    extended = Config(words={"W001": {"ru": WordList(extend=("косяк",))}})
    assert "W001" in codes("Извините за косяки с доставкой. Исправим завтра.", config=extended)
    replaced = Config(words={"W001": {"en": WordList(replace=("issue",))}})
    assert codes("Sorry for the issues. Fixed today.", config=replaced).count("W001") == 1
    assert "W001" not in codes("Sorry for the problem. Fixed today.", config=replaced)


def test_banned_phrases_carry_the_teams_suggestion():
    banned = (
        BannedPhrase("per my last email", "Restate the answer.", "en", "as I wrote"),
        BannedPhrase("к сожалению", "Скажите, что вы можете сделать."),
    )
    config = Config(banned=banned)
    report = check("Per my last email, the refund went out today.", config=config)
    (hit,) = [f for f in report.findings if f.code == "C001"]
    assert hit.suggestion == "Restate the answer." and hit.fix.applicability == "unsafe"
    assert "C001" in codes("К сожалению, исправим только завтра.", config=config)
    assert "C001" not in codes("Per my last email, the refund went out today.")


def test_every_rule_documents_itself_in_both_languages():
    for code, rule in registry().items():
        for lang in ("en", "ru"):
            sections = rule.sections(lang)
            assert list(sections) == list(DOC_SECTIONS), (code, lang)
            assert all(sections.values()), (code, lang)
            text = rule.text(lang)
            assert text.message and text.suggestion and text.summary, (code, lang)
            if any(ch.isalpha() for ch in text.summary) and lang == "ru":
                assert any("а" <= ch <= "я" for ch in text.summary.lower()), f"{code}: the Russian summary is not Russian"


def test_shipped_russian_forms_are_up_to_date():
    shipped = json.loads(FORMS_FILE.read_text(encoding="utf-8"))
    assert set(shipped) == ru_lemmas(), "run scripts/build_ru_forms.py"
    assert "проблему" in shipped["проблема"] and "хлопотами" in shipped["хлопоты"]
    assert shipped["неудобство"] == expand("неудобство")


def test_rule_cache_round_trip_and_damage(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    pattern = r"(?:sorry|apolog(?:y|ies))\b(?P<tail>\s+if)?"
    first = diskcache.compile(pattern)
    diskcache._save()
    monkeypatch.setattr(diskcache, "_entries", None)
    again = diskcache.compile(pattern)
    text = "so sorry if, apologies"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in first.finditer(text)]
    assert again.groupindex == {"tail": 1}
    diskcache.cache_file().write_bytes(b"\x00garbage")
    monkeypatch.setattr(diskcache, "_entries", None)
    assert diskcache.compile(pattern).search("sorry if").group("tail") == " if"


def test_rule_cache_keeps_the_entries_a_run_did_not_read(tmp_path, monkeypatch):
    """A run reads only the entries it uses from the mapped file; its save keeps the others as they were."""
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    read, unread = r"read-\d+", r"(?:unread|left)\s+alone"
    diskcache.compile(read), diskcache.compile(unread)
    diskcache._save()
    monkeypatch.setattr(diskcache, "_entries", None)
    assert diskcache.compile(read).search("a read-42") and list(diskcache._entries) == [f"0:{read}"]
    diskcache.compile(r"new-\w+")
    diskcache._save()
    monkeypatch.setattr(diskcache, "_entries", None)
    assert not isinstance(diskcache.lazy(unread), re.Pattern)  # still cached: put off until used
    assert diskcache.lazy(unread).search("left  alone").span() == (0, 11)


def test_rule_cache_keeps_expanded_word_forms(tmp_path, monkeypatch):
    """A pattern's <лемма> macros are expanded once per rule-set state: a later run reads the expansion from the cache."""
    from reviewer.lint import registry as rules

    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    pattern = r"(?<!без\s)<проблема>\s+с"
    expanded = rules.expand_macros(pattern, "ru")
    assert "проблемами" in expanded and "<" not in expanded.replace("(?<!", "")
    diskcache._save()
    monkeypatch.setattr(diskcache, "_entries", None)
    monkeypatch.setattr(rules, "ru_forms", lambda key: pytest.fail(f"expanded {key} again"))
    assert rules.expand_macros(pattern, "ru") == expanded


def test_alternatives_share_an_opening_assertion_and_match_as_before(tmp_path, monkeypatch):
    """diskcache compiles ``(?<!x)a|(?<!x)b`` as ``(?<!x)(?:a|b)``: the same matches and groups, in the same order."""
    import random
    import re

    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    patterns = [
        r"www\.\S+|(?<![@\w.-])(?:[a-z-]+\.)+[a-z]{2}/\S*|(?<![@\w.-])(?:[a-z-]+\.)+(?:com|co)(?![\w@-])",
        r"(?<!\w)(fo)o|(?<!\w)fo|(?=x)x1|(?=x)x|(?<!\w)b(?:x|(?<!q)y|(?<!q)z)",
        r"((?<!a)b|(?<!a)c)+d|(?<!a)|(?<!a)b",
    ]
    rng = random.Random(7)
    texts = ["".join(rng.choice("abcdfoqxyz.@ -/mw") for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for pattern in patterns:
        plain, shared = re.compile(pattern), diskcache.compile(pattern)
        assert shared.pattern == pattern and shared.groups == plain.groups
        for text in texts:
            assert [(m.span(), m.groups()) for m in shared.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], (pattern, text)
    tree = diskcache._shared_assertions(re._parser.parse(patterns[0]))
    assert len(tree.data[0][1][1]) == 2  # www. | one assertion, then the two bare-link alternatives


def test_linter_fix_reports_the_fixed_draft():
    linter = Linter()
    report = linter.check("Sorry for the wait!! Your request has been registered under number 12345. It ships today.")
    fixed = linter.fix(report)
    assert fixed.text == "Thank you for your patience! Your request has been registered under number 12345. It ships today."
    assert [f.code for f in fixed.findings] == ["S001"]
    assert linter.fix(report, unsafe=True).text == "Thank you for your patience! It ships today."
    assert linter.fix(fixed) == fixed  # nothing safe left: the same report back


def test_rule_cache_of_an_older_rule_set_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    current = diskcache.cache_file()
    current.parent.mkdir(parents=True)
    stale = current.with_name(current.name.replace(diskcache._rules_fingerprint(), "00000000"))
    stale.write_bytes(b"")
    killed = current.with_suffix(".999999.tmp")  # a run killed while saving left half a file
    killed.write_bytes(b"\xe3" * 16384)
    os.utime(killed, (time.time() - 3600,) * 2)
    saving = current.with_suffix(".999998.tmp")  # another run saving right now
    saving.write_bytes(b"")
    diskcache.compile(r"stale-test-\d+")
    diskcache._save()
    assert current.exists() and not stale.exists()
    assert not killed.exists() and saving.exists()
    assert sorted(p.suffix for p in current.parent.iterdir()) == [".marshal", ".tmp"]  # no .tmp of this run


def test_quoted_customer_lines_are_not_the_agents_words():
    text = (
        "Hi Anna,\n\nYour refund was issued today.\n\n"
        "> On Monday you wrote:\n> This is a terrible service!!! Your problem is outrageous.\n"
    )
    assert codes(text) == []
    assert codes(text.replace("> This", "This")) != []


TWCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "twcs_replies_en.jsonl"


def _labelled_texts():
    """The labelled drafts, and the 2,222 real replies of ../shared when they are there."""
    here = Path(__file__).resolve().parent
    for path in [here.parent / "eval" / "sets" / "replies-ru-en.v2.jsonl", *sorted((here / "data").glob("heldout*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            yield row["draft"], row["lang"]
    if TWCS.exists():
        for line in TWCS.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["text"], None


def test_triggers_are_literals_every_match_holds():
    from reviewer.lint.triggers import triggers

    assert triggers(r"(?:sorry|apolog(?:y|ies))\b") == (frozenset({"sorry", "apology", "apologies"}),)
    assert triggers(r"[!?]*![!?]*") == (frozenset({"!"}),)
    assert triggers(r"\w+") is None and triggers(r"x?y*") is None
    # "we'll … refund": the subject, its auxiliary and the verb as one phrase (the gate sees whitespace as one space)
    requirement = triggers(r"(?:we|i)(?:'ll|\s+will)\s+(?:refund|replace)")
    assert frozenset(f"{s}{aux} {verb}" for s in ("we", "i") for aux in ("'ll", " will") for verb in ("refund", "replace")) in requirement
    assert frozenset({"in case"}) in triggers(r"in\s*\n\s+case")
    # how a repeat ends starts the next literal run: a bare link holds ".com" or ".org", not just "."
    assert frozenset({".com", ".org"}) in triggers(r"(?:[a-z0-9-]+\.)+(?:com|org)\b")
    # what a positive lookbehind sees is in the draft: "ill" (for "I'll") or "'ll" before "fix"
    assert frozenset({"'ll", "ill"}) in triggers(r"(?:we|ill)(?:'ll|(?<=ill))\s+fix")


@pytest.mark.measure  # every pattern over every labelled draft: a minute; the gate test below guards the findings
def test_every_match_of_every_pattern_holds_its_triggers():
    """Soundness: the gate never skips a pattern that would have matched (checked on every labelled draft)."""
    from reviewer.lint.triggers import gate_text
    from reviewer.text.prepared import Prepared

    linter = Linter()
    for text, lang in _labelled_texts():
        lang = lang or detect_language(text)
        doc = Prepared(text, lang)
        seen = gate_text(doc.lower)  # the whole draft: what a lookaround requires may lie outside the match
        for rule in linter.rules:
            for part in rule.parts(lang):
                if part.triggers and any(m.group() for m in part.regex.finditer(doc.lower)):
                    for alternatives in part.triggers:
                        assert any(s in seen for s in alternatives), (rule.rule.code, part.regex.pattern[:60], sorted(alternatives)[:5])


def test_the_gate_changes_no_finding(monkeypatch):
    """The engine's one pass only saves work: every labelled draft gets the findings it gets with every pattern run."""
    from reviewer.lint import engine

    monkeypatch.setattr(engine, "UNGATED_DRAFTS", 0)  # the gate from the first draft on
    linter = Linter()
    drafts = list(_labelled_texts())
    gated = [linter.check(text, lang=lang).findings for text, lang in drafts]
    monkeypatch.setattr(engine._Gate, "scan", lambda self, doc: self.rules)  # doc.parts stays None: everything runs
    assert [linter.check(text, lang=lang).findings for text, lang in drafts] == gated


def test_a_few_drafts_run_without_the_gate():
    """A one-draft check does not pay for the gate; a language's gate is built once it has checked more drafts."""
    from reviewer.lint import engine

    linter = Linter()
    drafts = ["Sorry if you were upset!!", "We will look into it.", "Thanks, Anna.", "The refund is done.", "Any problem?"]
    found = [linter.check(text, lang="en").findings for text in drafts[: engine.UNGATED_DRAFTS]]
    assert linter._gates == {}
    linter.check("Извините за неудобства.", lang="ru")
    assert linter._gates == {}
    found += [linter.check(text, lang="en").findings for text in drafts[engine.UNGATED_DRAFTS :]]
    assert set(linter._gates) == {"en"}
    fresh = Linter()
    fresh._gates = {"en": engine._Gate(fresh.rules, "en")}  # the same drafts, every one through the gate
    assert [fresh.check(text, lang="en").findings for text in drafts] == found


def test_a_cached_pattern_is_compiled_on_first_use(tmp_path, monkeypatch):
    """diskcache.lazy puts off compiling a pattern the cache already has; one it lacks is compiled (and checked) at once."""
    import re

    monkeypatch.setenv("REVIEWER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(diskcache, "_entries", None)
    pattern = r"(?:sorry|apolog(?:y|ies))\b(?P<tail>\s+if)?"
    assert isinstance(diskcache.lazy(pattern), re.Pattern)  # not cached yet: compiled now
    with pytest.raises(re.error):
        diskcache.lazy(r"(unclosed")
    late = diskcache.lazy(pattern)
    assert not isinstance(late, re.Pattern) and late.pattern == pattern
    assert [m.span() for m in late.finditer("so sorry if, apologies")] == [(3, 11), (13, 22)]
    assert late.groupindex == {"tail": 1} and late.search("sorry if").group("tail") == " if"
    assert "finditer" in vars(late)  # after the first use its methods are plain attributes
