"""`check` on content: blocks, scenarios, questions and random draws from banks."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from authoring.blocks import (
    Card,
    FlashcardsData,
    ImageData,
    MediaData,
    QuestionDrawData,
    QuestionRef,
    ReflectionData,
    ScenarioChoice,
    ScenarioData,
    Section,
    SectionsData,
    TextData,
)
from authoring.check import Finding, check
from authoring.estimate import estimated_minutes
from authoring.kinds import BlockKind, QuestionKind, Severity
from authoring.questions import (
    AcceptedAnswer,
    Choice,
    ChoiceData,
    FillInData,
    MatchingData,
    MatchPair,
    NumericAnswer,
    NumericData,
    OrderingData,
    OrderItem,
    QuestionData,
    QuestionDraft,
    TrueFalseData,
)
from authoring.services import Services
from authoring.settings import Completion, CompletionKind
from authoring.snapshot import BlockSnap

from .checking import (
    ERROR,
    SAMPLE_IMAGE,
    WARNING,
    add_block,
    add_page,
    add_question,
    choices,
    findings_of,
    first_page,
    good_single_choice,
    new_module,
    only,
    question_id_of,
    words,
)

# --- blocks -----------------------------------------------------------------------------------


def block_finding(services: Services, module_id: uuid.UUID, code: str, page_id: uuid.UUID,
                  block_id: uuid.UUID, severity: Severity) -> Finding:
    finding = only(findings_of(services, module_id), code)
    assert finding.severity is severity
    assert finding.page == page_id
    assert finding.block == block_id
    return finding


def test_image_without_alt_text_is_an_error(services, module_id):
    services.assets.import_file(module_id, SAMPLE_IMAGE)
    sha = services.modules.snapshot(module_id).assets[0].sha256
    page_id = add_page(services, module_id, "Look closely")
    block_id = add_block(services, page_id, BlockKind.IMAGE, ImageData(asset=sha, alt=" "))

    finding = block_finding(services, module_id, "image.no_alt", page_id, block_id, ERROR)

    assert "Page 2 (Look closely)" in finding.message


def test_decorative_image_needs_no_alt_text(services, module_id):
    services.assets.import_file(module_id, SAMPLE_IMAGE)
    sha = services.modules.snapshot(module_id).assets[0].sha256
    add_block(services, first_page(services, module_id), BlockKind.IMAGE,
              ImageData(asset=sha, decorative=True))

    assert findings_of(services, module_id) == []


def test_image_with_no_file_chosen_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.IMAGE, ImageData(alt="A login form"))

    block_finding(services, module_id, "asset.none", page_id, block_id, ERROR)


def test_image_whose_file_is_not_in_the_module_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.IMAGE,
                         ImageData(asset="0" * 64, alt="A login form"))

    block_finding(services, module_id, "asset.missing", page_id, block_id, ERROR)


def test_markdown_referencing_a_missing_file_is_an_error(services, module_id):
    page_id = add_page(services, module_id, "Checklist")
    block_id = add_block(services, page_id, BlockKind.TEXT,
                         TextData("See ![the form](images/form.png) and [rules](https://x.org)."))

    finding = block_finding(services, module_id, "asset.missing_reference", page_id, block_id,
                            ERROR)

    assert "images/form.png" in finding.message


def test_markdown_in_a_callout_accordion_or_flashcard_is_checked_for_files_too(services,
                                                                              module_id):
    page_id = first_page(services, module_id)
    tabs = add_block(services, page_id, BlockKind.TABS,
                     SectionsData((Section("Office", "![desk](desk.png)"),)))
    cards = add_block(services, page_id, BlockKind.FLASHCARDS,
                      FlashcardsData((Card("Front", "[form](form.pdf)"),)))

    missing = [f for f in findings_of(services, module_id)
               if f.code == "asset.missing_reference"]

    assert [(f.block, f.severity) for f in missing] == [(tabs, ERROR), (cards, ERROR)]


def test_video_without_transcript_is_a_warning(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.VIDEO,
                         MediaData(asset="", title="Hovering over a link"))

    block_finding(services, module_id, "media.no_transcript", page_id, block_id, WARNING)


def test_empty_text_block_is_a_warning(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.TEXT, TextData("\n  \n"))

    block_finding(services, module_id, "text.empty", page_id, block_id, WARNING)


@pytest.mark.parametrize("kind", [BlockKind.ACCORDION, BlockKind.TABS])
def test_accordion_or_tabs_without_sections_is_a_warning(services, module_id, kind):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, kind, SectionsData())

    finding = block_finding(services, module_id, "sections.empty", page_id, block_id, WARNING)

    assert kind.value in finding.message


def test_flashcards_without_cards_is_a_warning(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.FLASHCARDS, FlashcardsData())

    block_finding(services, module_id, "flashcards.empty", page_id, block_id, WARNING)


def test_reflection_without_a_prompt_is_a_warning(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.REFLECTION, ReflectionData(title="Think"))

    block_finding(services, module_id, "reflection.empty", page_id, block_id, WARNING)


# --- scenarios --------------------------------------------------------------------------------


def test_scenario_choice_without_a_target_page_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    other = add_page(services, module_id, "Good call")
    add_block(services, other, BlockKind.TEXT, TextData("Well done."))
    block_id = add_block(services, page_id, BlockKind.SCENARIO, ScenarioData(
        "Your boss emails you a link.",
        (ScenarioChoice("a", "Click it", ""), ScenarioChoice("b", "Call her", str(other)))))

    finding = block_finding(services, module_id, "scenario.no_target", page_id, block_id, ERROR)

    assert "Click it" in finding.message


def test_scenario_choice_to_a_missing_page_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.SCENARIO, ScenarioData(
        "Your boss emails you a link.",
        (ScenarioChoice("a", "Click it", str(uuid.uuid4())),
         ScenarioChoice("b", "Call her", str(page_id)))))

    finding = block_finding(services, module_id, "scenario.missing_target", page_id, block_id,
                            ERROR)

    assert "Click it" in finding.message


def test_scenario_with_one_choice_is_a_warning(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.SCENARIO, ScenarioData(
        "Your boss emails you a link.", (ScenarioChoice("a", "Call her", str(page_id)),)))

    block_finding(services, module_id, "scenario.few_choices", page_id, block_id, WARNING)


# --- questions --------------------------------------------------------------------------------


def question_finding(services: Services, module_id: uuid.UUID, draft: QuestionDraft,
                     code: str, severity: Severity = ERROR) -> Finding:
    page_id = add_page(services, module_id, "Quiz")
    block_id = add_question(services, page_id, draft)
    finding = block_finding(services, module_id, code, page_id, block_id, severity)
    assert finding.question == question_id_of(services, module_id, block_id)
    assert "Page 2 (Quiz)" in finding.message
    return finding


@pytest.mark.parametrize(("kind", "data"), [
    (QuestionKind.SINGLE_CHOICE, choices(False, False, False)),
    (QuestionKind.MULTIPLE_RESPONSE, choices(False, False)),
    (QuestionKind.FILL_IN, FillInData(answers=(AcceptedAnswer("  "),))),
    (QuestionKind.FILL_IN, FillInData()),
    (QuestionKind.NUMERIC, NumericData(answers=(NumericAnswer(42, weight=0),))),
])
def test_question_without_a_correct_answer_is_an_error(services, module_id, kind,
                                                       data: QuestionData):
    draft = QuestionDraft(kind, "What is the answer?", data, title="The answer")

    finding = question_finding(services, module_id, draft, "question.no_correct")

    assert "The answer" in finding.message


def test_single_choice_with_two_correct_answers_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Pick one", choices(True, True, False))

    finding = question_finding(services, module_id, draft, "question.many_correct")

    assert "2 correct answers" in finding.message


def test_multiple_response_with_two_correct_answers_is_fine(services, module_id):
    add_question(services, first_page(services, module_id), QuestionDraft(
        QuestionKind.MULTIPLE_RESPONSE, "Pick two", choices(True, True, False)))

    assert findings_of(services, module_id) == []


def test_choice_question_with_one_option_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Only one?", choices(True))

    question_finding(services, module_id, draft, "question.few_options")


def test_choice_question_with_a_blank_option_is_an_error(services, module_id):
    data = ChoiceData((Choice("a", "Yes", True), Choice("b", " ")))
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Sure?", data)

    question_finding(services, module_id, draft, "question.empty_option")


def test_choice_question_repeating_an_option_id_is_an_error(services, module_id):
    data = ChoiceData((Choice("a", "Yes", True), Choice("a", "No")))
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Sure?", data)

    question_finding(services, module_id, draft, "question.duplicate_option")


def test_question_without_text_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.TRUE_FALSE, "   ", TrueFalseData())

    question_finding(services, module_id, draft, "question.no_stem")


def test_matching_question_with_one_pair_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.MATCHING, "Match them",
                          MatchingData((MatchPair("a", "Phish", "Report"),)))

    question_finding(services, module_id, draft, "question.few_pairs")


def test_matching_question_with_a_half_pair_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.MATCHING, "Match them", MatchingData((
        MatchPair("a", "Phish", "Report"), MatchPair("b", "Clicked", " "))))

    question_finding(services, module_id, draft, "question.empty_pair")


def test_ordering_question_with_one_item_is_an_error(services, module_id):
    draft = QuestionDraft(QuestionKind.ORDERING, "Put in order",
                          OrderingData((OrderItem("a", "Stop"),)))

    question_finding(services, module_id, draft, "question.few_items")


def test_question_worth_no_points_is_a_warning(services, module_id):
    draft = replace(good_single_choice(), points=0)

    question_finding(services, module_id, draft, "question.no_points", WARNING)


def test_question_block_pointing_at_no_question_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    block_id = add_question(services, page_id, good_single_choice())
    snap = services.modules.snapshot(module_id)
    page = snap.pages[0]
    orphan = BlockSnap(block_id, BlockKind.QUESTION, page.blocks[1].tracking_id,
                       QuestionRef(question=str(uuid.uuid4())))
    snap = replace(snap, pages=(replace(page, blocks=(page.blocks[0], orphan)),))

    finding = only(check(snap), "question.missing")

    assert finding.severity is ERROR
    assert (finding.page, finding.block) == (page_id, block_id)


# --- random draws from banks ------------------------------------------------------------------


def tagged(stem: str, *tags: str) -> QuestionDraft:
    return replace(good_single_choice(stem), tags=tags)


@pytest.fixture
def bank_id(services: Services) -> uuid.UUID:
    """A bank of three questions: two tagged "links", one tagged "passwords"."""
    bank_id = services.questions.create_bank("Security basics").id
    assert bank_id is not None
    services.questions.add_to_bank(bank_id, [
        tagged("Where does a link go?", "links"),
        tagged("Is https enough?", "links"),
        tagged("How long should a password be?", "passwords"),
    ])
    return bank_id


def test_draw_wanting_more_tagged_questions_than_the_bank_has_is_an_error(services, module_id,
                                                                         bank_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.QUESTION_DRAW,
                         QuestionDrawData(bank=str(bank_id), count=3, tags=("links",)))

    finding = block_finding(services, module_id, "draw.too_few", page_id, block_id, ERROR)

    assert "wants 3" in finding.message
    assert "Security basics" in finding.message
    assert "has 2" in finding.message


def test_draw_with_enough_matching_questions_is_fine(services, module_id, bank_id):
    page_id = first_page(services, module_id)
    add_block(services, page_id, BlockKind.QUESTION_DRAW,
              QuestionDrawData(bank=str(bank_id), count=2, tags=("links",)))
    add_block(services, page_id, BlockKind.QUESTION_DRAW,
              QuestionDrawData(bank=str(bank_id), count=3))

    assert findings_of(services, module_id) == []


def test_draw_from_a_deleted_bank_is_an_error(services, module_id, bank_id):
    page_id = first_page(services, module_id)
    block_id = add_block(services, page_id, BlockKind.QUESTION_DRAW,
                         QuestionDrawData(bank=str(bank_id), count=1))
    services.questions.delete_bank(bank_id)

    block_finding(services, module_id, "draw.missing_bank", page_id, block_id, ERROR)


# --- estimate ---------------------------------------------------------------------------------


def test_estimate_counts_reading_time_and_thirty_seconds_per_question(services):
    module_id = new_module(services)
    page_id = add_page(services, module_id, "Read and answer")
    add_block(services, page_id, BlockKind.TEXT, TextData(words(400)))
    add_question(services, page_id, good_single_choice("A stem whose words are not counted"))

    # 400 words at 200 a minute (120 s) + 30 s for the question = 150 s → 3 whole minutes
    assert estimated_minutes(services.modules.snapshot(module_id)) == 3


def test_estimate_of_an_empty_module_is_one_minute(services):
    module_id = new_module(services)

    assert estimated_minutes(services.modules.snapshot(module_id)) == 1


def test_findings_come_module_first_then_in_page_order(services, module_id):
    services.modules.update(module_id, completion=Completion(CompletionKind.PASSED))
    second = add_page(services, module_id, "Second")
    third = add_page(services, module_id, "Third")
    add_block(services, third, BlockKind.IMAGE, ImageData(alt="x"))
    add_block(services, second, BlockKind.TEXT, TextData(""))

    findings = findings_of(services, module_id)

    assert [(f.code, f.page) for f in findings] == [
        ("module.nothing_to_pass", None),
        ("text.empty", second),
        ("asset.none", third),
    ]
