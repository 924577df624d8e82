"""Templates: a creator starts a module from a structure that already teaches well."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

import pytest

from authoring import blocks as b
from authoring import questions as q
from authoring.check import check
from authoring.errors import InvalidData
from authoring.estimate import estimated_minutes
from authoring.kinds import BlockKind, QuestionKind, Severity
from authoring.services import Services
from authoring.settings import CompletionKind
from authoring.snapshot import ModuleSnap, PageSnap
from authoring.templates import DRAW_COUNT, TEMPLATES, TEXTS, guidance_in, localized, template


def _create(services: Services, key: str, language: str = "en") -> ModuleSnap:
    module_id = services.library.create_from_template(key, "Booking a room", language,
                                                      owner="Noor", group_name="Facilities").id
    assert module_id is not None
    return services.modules.snapshot(module_id)


def _kinds(page: PageSnap) -> list[BlockKind]:
    return [block.kind for block in page.blocks]


def _written_over(value: Any, count: itertools.count) -> Any:
    """The snapshot with every text that is still template guidance replaced by own words."""
    if isinstance(value, str):
        return f"Own words number {next(count)}." if guidance_in(value) else value
    if isinstance(value, tuple):
        return tuple(_written_over(v, count) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _written_over(getattr(value, f.name), count)
                                             for f in dataclasses.fields(value) if f.init})
    return value


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("key", [t.key for t in TEMPLATES])
def test_a_template_module_fails_check_until_every_guidance_text_is_replaced(
    services: Services, key: str, language: str
) -> None:
    snap = _create(services, key, language)
    errors = [f for f in check(snap) if f.severity is Severity.ERROR]
    assert errors and {f.code for f in errors} == {"template.guidance"}
    assert all(f.block is not None and f.page is not None for f in errors)  # each names its block
    first_block = snap.pages[0].blocks[0]
    assert first_block.id in {f.block for f in errors}

    written = _written_over(snap, itertools.count(1))
    assert [f for f in check(written) if f.severity is Severity.ERROR] == []
    assert 3 <= estimated_minutes(snap) <= 15
    assert (snap.title, snap.language, snap.owner, snap.group_name) == (
        "Booking a room", language, "Noor", "Facilities")
    assert all(p.title and p.blocks for p in snap.pages)
    placeholders = [bl.data.markdown for p in snap.pages for bl in p.blocks
                    if isinstance(bl.data, b.TextData)]
    assert placeholders and all(text.strip() for text in placeholders)


def test_answer_a_recurring_question_goes_from_situation_to_help(services: Services) -> None:
    snap = _create(services, "recurring_question")
    assert [p.title for p in snap.pages] == [
        "The situation", "Why it matters", "Step by step", "Quick check",
        "Summary and where to find help"]
    situation, _why, steps, quick_check, summary = snap.pages
    assert _kinds(situation) == [BlockKind.TEXT, BlockKind.REFLECTION]
    assert "1. " in steps.blocks[0].data.markdown  # a numbered list to fill in
    assert steps.blocks[1].data.style is b.CalloutStyle.TIP
    (block,) = quick_check.blocks
    question = snap.question(block.data.question)
    assert question is not None and question.kind is QuestionKind.SINGLE_CHOICE
    assert [c.correct for c in question.data.choices] == [True, False, False]
    assert question.feedback_correct and question.feedback_incorrect
    assert "help" in summary.blocks[0].data.markdown.lower()


def test_procedure_template_ends_in_a_test_drawn_from_a_bank_made_for_it(
    services: Services,
) -> None:
    snap = _create(services, "procedure_test")
    titles = [p.title for p in snap.pages]
    assert titles == ["Introduction", "Step 1", "Step 2", "Step 3", "Test"]
    for step in snap.pages[1:4]:
        assert _kinds(step) == [BlockKind.TEXT, BlockKind.CALLOUT]  # picture advice, no image
        assert "screenshot" in step.blocks[1].data.markdown
    assert not any(bl.kind is BlockKind.IMAGE for p in snap.pages for bl in p.blocks)
    draw = snap.pages[-1].blocks[-1].data
    assert isinstance(draw, b.QuestionDrawData) and draw.count == DRAW_COUNT and draw.scored
    (bank,) = snap.banks
    assert str(bank.id) == draw.bank and bank.title == "Booking a room: test questions"
    assert 3 <= len(bank.questions) <= 5 and len(bank.questions) > DRAW_COUNT
    assert len({question.kind for question in bank.questions}) == len(bank.questions)
    assert [x.title for x in services.questions.banks()] == [bank.title]
    assert (snap.assessment.pass_mark, snap.assessment.attempts) == (80, 3)
    assert snap.completion.kind is CompletionKind.VIEWED_ALL_AND_PASSED


def test_learn_apply_reflect_branches_to_feedback_and_back(services: Services) -> None:
    snap = _create(services, "learn_apply_reflect")
    pre, learn, apply, *feedback, post = snap.pages
    assert _kinds(pre) == [BlockKind.TEXT, BlockKind.REFLECTION]
    assert _kinds(learn) == [BlockKind.TEXT, BlockKind.CALLOUT, BlockKind.ACCORDION]
    assert learn.blocks[1].data.style is b.CalloutStyle.TIP
    assert len(learn.blocks[2].data.items) == 3
    (scenario,) = apply.blocks
    assert [c.target_page for c in scenario.data.choices] == [str(p.id) for p in feedback]
    assert all(c.label and c.feedback for c in scenario.data.choices)
    for page in feedback:
        again, onwards = page.blocks[-1].data.choices
        assert (again.target_page, onwards.target_page) == (str(apply.id), str(post.id))
    assert _kinds(post) == [BlockKind.REFLECTION, BlockKind.QUESTION]
    check_question = snap.question(post.blocks[1].data.question)
    assert isinstance(check_question.data, q.TrueFalseData)


def test_a_module_gets_placeholders_in_its_language_and_others_fall_back_to_english(
    services: Services,
) -> None:
    dutch = _create(services, "recurring_question", "nl")
    assert [p.title for p in dutch.pages][:2] == ["De situatie", "Waarom dit ertoe doet"]
    assert "Beschrijf" in dutch.pages[0].blocks[0].data.markdown
    flemish = _create(services, "learn_apply_reflect", "nl-BE")
    assert flemish.pages[0].title == "Wat weet je al?"
    french = _create(services, "procedure_test", "fr-BE")
    assert [p.title for p in french.pages][:2] == ["Introduction", "Étape 1"]
    assert french.banks[0].title == "Booking a room\u00a0: questions du test"
    german = _create(services, "recurring_question", "de")
    assert german.pages[0].title == "Die Situation"
    assert "Beschreiben Sie" in german.pages[0].blocks[0].data.markdown
    spanish = _create(services, "procedure_test", "es")
    assert spanish.language == "es" and spanish.pages[1].title == "Step 1"
    assert spanish.banks[0].title == "Booking a room: test questions"


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_placeholder_and_template_name_is_translated(language: str) -> None:
    assert set(TEXTS[language]) == set(TEXTS["en"])
    for key, text in TEXTS["en"].items():  # the same blanks to fill in: {n}, {title}
        assert re.findall(r"\{\w+\}", TEXTS[language][key]) == re.findall(r"\{\w+\}", text)
    for tpl in TEMPLATES:
        assert tpl.title(language) != tpl.title("en") and tpl.description(language)
        assert tpl.title("es") == tpl.title("en")
    assert localized(language, "step", n=2) == {"nl": "Stap 2", "fr": "Étape 2",
                                                "de": "Schritt 2"}[language]


def test_undoing_a_template_removes_the_module_and_its_bank(services: Services) -> None:
    created = services.library.create_from_template("procedure_test", "Lockout procedure")
    assert created.id in created.modules and len(created.banks) == 1
    services.history.revert(created.journal)
    assert services.modules.list() == []
    assert services.questions.banks() == []


def test_a_template_snapshot_is_new_every_time() -> None:
    tpl = template("learn_apply_reflect")
    assert tpl is not None and template("nope") is None
    one, two = tpl.snapshot("A"), tpl.snapshot("A")
    assert one.id != two.id and one.pages[0].id != two.pages[0].id
    tracking = [bl.tracking_id for p in one.pages for bl in p.blocks]
    assert len(set(tracking)) == len(tracking)


@pytest.mark.parametrize(("key", "title", "language"), [
    ("no_such_template", "Title", "en"), ("recurring_question", "   ", "en"),
    ("recurring_question", "Title", "English"),
])
def test_a_bad_template_request_is_refused_and_writes_nothing(
    services: Services, key: str, title: str, language: str
) -> None:
    with pytest.raises(InvalidData):
        services.library.create_from_template(key, title, language)
    assert services.modules.list() == []


def test_check_names_the_answer_feedback_a_learner_would_have_read(services: Services) -> None:
    snap = _create(services, "recurring_question")
    quick_check = snap.pages[3]
    messages = [f.message for f in check(snap) if f.block == quick_check.blocks[0].id]
    assert "Page 4 (Quick check): Option A's feedback in the question block is still the " \
        "template's guidance: “Say why this is right.”. Write your own text there." in messages
    assert any("The feedback on a wrong answer" in m for m in messages)


def test_guidance_is_found_paragraph_by_paragraph_and_own_words_are_not() -> None:
    steps = localized("en", "steps.text")
    assert guidance_in(steps)
    mine = "1. Open the booking tool.\n2. Pick a room.\n\nThree to seven steps is plenty."
    assert guidance_in(mine) == "Three to seven steps is plenty."  # a left-over sentence
    assert guidance_in("1. Open the booking tool.\n2. Pick a room for   ten.") == ""
    assert guidance_in("say WHY this is right.") == "say WHY this is right."  # case and spaces
    assert guidance_in("Tip") == "" and guidance_in(localized("nl", "test.text", n=3)) == ""
