"""Tests for `check`: each finding an author can run into, and where it points them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from pathlib import Path

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
from authoring.check import MAX_PAGE_WORDS, Finding, check, has_errors
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
from authoring.settings import BranchRule, Completion, CompletionKind, Navigation, Outcome
from authoring.snapshot import BlockSnap

SAMPLE_IMAGE = (Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
                / "images" / "hover-link.png")
ERROR, WARNING = Severity.ERROR, Severity.WARNING


# --- building modules the way the studio does -------------------------------------------------


def new_module(services: Services, title: str = "Strong passwords") -> uuid.UUID:
    module_id = services.modules.create(title).id
    assert module_id is not None
    return module_id


def add_page(services: Services, module_id: uuid.UUID, title: str = "Why it matters") -> uuid.UUID:
    page_id = services.pages.add(module_id, title).id
    assert page_id is not None
    return page_id


def add_block(services: Services, page_id: uuid.UUID, kind: BlockKind, data: object) -> uuid.UUID:
    block_id = services.blocks.add(page_id, kind, data).id
    assert block_id is not None
    return block_id


def add_question(services: Services, page_id: uuid.UUID, draft: QuestionDraft,
                 *, scored: bool = True) -> uuid.UUID:
    block_id = services.questions.add_to_page(page_id, draft, scored=scored).id
    assert block_id is not None
    return block_id


def words(n: int) -> str:
    return " ".join(f"word{i}" for i in range(n))


def choices(*correct: bool) -> ChoiceData:
    return ChoiceData(choices=tuple(
        Choice(letter, f"Option {letter}", ok)
        for letter, ok in zip("abcdefgh", correct, strict=False)
    ))


def good_single_choice(stem: str = "Which password is strongest?") -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, stem, choices(False, True, False))


def question_id_of(services: Services, module_id: uuid.UUID, block_id: uuid.UUID) -> uuid.UUID:
    snap = services.modules.snapshot(module_id)
    block = next(bl for p in snap.pages for bl in p.blocks if bl.id == block_id)
    assert isinstance(block.data, QuestionRef)
    return uuid.UUID(block.data.question)


def findings_of(services: Services, module_id: uuid.UUID,
                today: dt.date | None = None) -> list[Finding]:
    return check(services.modules.snapshot(module_id), today=today)


def only(findings: list[Finding], code: str) -> Finding:
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, f"expected one {code}, got {findings}"
    return matching[0]


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


@pytest.fixture
def module_id(services: Services) -> uuid.UUID:
    """A module with one page of text: clean, so each test adds exactly one problem."""
    module_id = new_module(services)
    page_id = add_page(services, module_id)
    add_block(services, page_id, BlockKind.TEXT, TextData("Use a long passphrase."))
    return module_id


def first_page(services: Services, module_id: uuid.UUID) -> uuid.UUID:
    return services.modules.snapshot(module_id).pages[0].id


# --- a clean module ---------------------------------------------------------------------------


def test_author_checks_a_well_formed_module_and_gets_no_findings(services):
    module_id = new_module(services)
    intro = add_page(services, module_id, "Why passwords matter")
    add_block(services, intro, BlockKind.TEXT, TextData("Long passphrases beat **tricks**."))
    services.assets.import_file(module_id, SAMPLE_IMAGE, "images/hover-link.png")
    sha = services.modules.snapshot(module_id).assets[0].sha256
    add_block(services, intro, BlockKind.IMAGE,
              ImageData(asset=sha, alt="A pointer resting on a link"))
    add_block(services, intro, BlockKind.TEXT, TextData("![Hover](images/hover-link.png)"))
    quiz = add_page(services, module_id, "Quiz")
    add_question(services, quiz, good_single_choice())
    add_question(services, quiz, QuestionDraft(QuestionKind.TRUE_FALSE, "Length beats tricks.",
                                               TrueFalseData(answer=True)))
    services.modules.update(module_id, completion=Completion(CompletionKind.PASSED),
                            review_by=dt.date(2030, 1, 1))

    findings = findings_of(services, module_id, today=dt.date(2029, 12, 31))

    assert findings == []
    assert not has_errors(findings)


def test_has_errors_is_true_only_when_a_finding_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    add_block(services, page_id, BlockKind.TEXT, TextData("   "))
    warnings_only = findings_of(services, module_id)
    assert codes(warnings_only) == {"text.empty"}
    assert not has_errors(warnings_only)

    add_block(services, page_id, BlockKind.IMAGE, ImageData())
    with_error = findings_of(services, module_id)
    assert has_errors(with_error)
    assert not has_errors([])


# --- module-wide findings ---------------------------------------------------------------------


def test_module_without_pages_is_an_error(services):
    module_id = new_module(services)

    finding = only(findings_of(services, module_id), "module.no_pages")

    assert finding.severity is ERROR
    assert finding.page is None and finding.block is None


def test_module_with_a_blank_title_is_an_error(services, module_id):
    # Services refuse a blank title; a bundle made elsewhere could still carry one.
    snap = replace(services.modules.snapshot(module_id), title="  ")

    finding = only(check(snap), "module.no_title")

    assert finding.severity is ERROR


def test_module_over_fifteen_minutes_gets_a_split_warning(services):
    module_id = new_module(services)
    for n in range(10):  # 10 × 350 words at 200 a minute: about 18 minutes
        page_id = add_page(services, module_id, f"Part {n + 1}")
        add_block(services, page_id, BlockKind.TEXT, TextData(words(350)))
    snap = services.modules.snapshot(module_id)

    finding = only(check(snap), "module.too_long")

    assert estimated_minutes(snap) == 18
    assert finding.severity is WARNING
    assert "18 minutes" in finding.message
    assert finding.page is None
    assert "page.too_long" not in codes(check(snap))


def test_module_of_fifteen_minutes_is_not_too_long(services):
    module_id = new_module(services)
    for n in range(3):  # 3 × 1000 words: exactly 15 minutes
        page_id = add_page(services, module_id, f"Part {n + 1}")
        add_block(services, page_id, BlockKind.TEXT, TextData(words(1000)))

    findings = findings_of(services, module_id)

    assert estimated_minutes(services.modules.snapshot(module_id)) == 15
    assert "module.too_long" not in codes(findings)


def test_review_by_date_in_the_past_warns_that_the_module_is_stale(services, module_id):
    services.modules.update(module_id, review_by=dt.date(2024, 3, 1))

    stale = only(findings_of(services, module_id, today=dt.date(2024, 3, 2)), "module.stale")
    on_the_day = findings_of(services, module_id, today=dt.date(2024, 3, 1))

    assert stale.severity is WARNING
    assert "2024-03-01" in stale.message
    assert on_the_day == []


def test_blocks_sharing_a_tracking_id_are_an_error(services, module_id):
    page_id = first_page(services, module_id)
    add_block(services, page_id, BlockKind.TEXT, TextData("Second paragraph."))
    snap = services.modules.snapshot(module_id)
    page = snap.pages[0]
    first, second = page.blocks
    clash = replace(second, tracking_id=first.tracking_id)
    snap = replace(snap, pages=(replace(page, blocks=(first, clash)),))

    finding = only(check(snap), "block.duplicate_id")

    assert finding.severity is ERROR
    assert first.tracking_id in finding.message
    assert "2 blocks" in finding.message


def test_completion_on_passing_without_scored_questions_is_an_error(services, module_id):
    page_id = first_page(services, module_id)
    add_question(services, page_id, good_single_choice(), scored=False)
    services.modules.update(module_id, completion=Completion(CompletionKind.PASSED))

    finding = only(findings_of(services, module_id), "module.nothing_to_pass")

    assert finding.severity is ERROR
    assert finding.page is None


def test_viewed_all_and_passed_needs_a_scored_question_too(services, module_id):
    services.modules.update(module_id,
                            completion=Completion(CompletionKind.VIEWED_ALL_AND_PASSED))
    assert "module.nothing_to_pass" in codes(findings_of(services, module_id))

    add_question(services, first_page(services, module_id), good_single_choice())

    assert findings_of(services, module_id) == []


def test_completion_on_passing_is_met_by_a_scored_random_draw(services, module_id):
    bank_id = services.questions.create_bank("Password basics").id
    services.questions.add_to_bank(bank_id, [good_single_choice()])
    add_block(services, first_page(services, module_id), BlockKind.QUESTION_DRAW,
              QuestionDrawData(bank=str(bank_id), count=1))
    services.modules.update(module_id, completion=Completion(CompletionKind.PASSED))

    assert findings_of(services, module_id) == []


# --- branching --------------------------------------------------------------------------------


@pytest.fixture
def branching(services: Services) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A module with a question page and a remedial page: (module, from, target, question)."""
    module_id = new_module(services)
    quiz = add_page(services, module_id, "Quiz")
    block_id = add_question(services, quiz, good_single_choice())
    remedial = add_page(services, module_id, "Try again")
    add_block(services, remedial, BlockKind.TEXT, TextData("Length matters most."))
    return module_id, quiz, remedial, question_id_of(services, module_id, block_id)


def set_rule(services: Services, module_id: uuid.UUID, rule: BranchRule) -> None:
    services.modules.update(module_id, navigation=Navigation(rules=(rule,)))


def test_branch_rule_to_an_existing_page_is_fine(services, branching):
    module_id, quiz, remedial, question = branching
    set_rule(services, module_id, BranchRule(str(quiz), str(question), Outcome.CHOICE,
                                             str(remedial), choice="a"))

    assert findings_of(services, module_id) == []


def test_branch_rule_to_a_missing_page_is_an_error(services, branching):
    module_id, quiz, _remedial, question = branching
    set_rule(services, module_id, BranchRule(str(quiz), str(question), Outcome.INCORRECT,
                                             str(uuid.uuid4())))

    finding = only(findings_of(services, module_id), "branch.missing_target")

    assert finding.severity is ERROR
    assert finding.message.startswith("Branching rule 1")


def test_branch_rule_from_a_deleted_page_is_an_error(services, branching):
    module_id, quiz, remedial, question = branching
    gone = add_page(services, module_id, "Old page")
    set_rule(services, module_id, BranchRule(str(gone), str(question), Outcome.CORRECT,
                                             str(remedial)))
    assert "branch.missing_from" not in codes(findings_of(services, module_id))

    services.pages.delete(gone)
    finding = only(findings_of(services, module_id), "branch.missing_from")

    assert finding.severity is ERROR
    assert finding.message.startswith("Branching rule 1")


def test_branch_rule_on_an_unknown_question_is_an_error(services, branching):
    module_id, quiz, remedial, _question = branching
    set_rule(services, module_id, BranchRule(str(quiz), str(uuid.uuid4()), Outcome.CORRECT,
                                             str(remedial)))

    finding = only(findings_of(services, module_id), "branch.missing_question")

    assert finding.severity is ERROR


def test_branch_rule_on_an_unknown_answer_is_an_error(services, branching):
    module_id, quiz, remedial, question = branching
    set_rule(services, module_id, BranchRule(str(quiz), str(question), Outcome.CHOICE,
                                             str(remedial), choice="z"))

    finding = only(findings_of(services, module_id), "branch.missing_choice")

    assert finding.severity is ERROR
    assert "branch.missing_question" not in codes(findings_of(services, module_id))


# --- pages ------------------------------------------------------------------------------------


def test_empty_page_is_a_warning_on_that_page(services, module_id):
    empty = add_page(services, module_id, "Coming soon")

    finding = only(findings_of(services, module_id), "page.empty")

    assert finding.severity is WARNING
    assert finding.page == empty
    assert finding.block is None
    assert "Page 2 (Coming soon)" in finding.message


def test_page_without_title_is_a_warning(services, module_id):
    untitled = add_page(services, module_id, "  ")
    add_block(services, untitled, BlockKind.TEXT, TextData("Some words."))

    finding = only(findings_of(services, module_id), "page.no_title")

    assert finding.severity is WARNING
    assert finding.page == untitled


def test_page_over_four_hundred_words_is_a_warning(services, module_id):
    long_page = add_page(services, module_id, "Everything at once")
    add_block(services, long_page, BlockKind.TEXT, TextData(words(MAX_PAGE_WORDS + 1)))

    finding = only(findings_of(services, module_id), "page.too_long")

    assert finding.severity is WARNING
    assert finding.page == long_page
    assert "401 words" in finding.message


def test_page_of_exactly_four_hundred_words_is_fine(services, module_id):
    page_id = add_page(services, module_id, "Just enough")
    add_block(services, page_id, BlockKind.TEXT, TextData(words(MAX_PAGE_WORDS)))

    assert findings_of(services, module_id) == []


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

