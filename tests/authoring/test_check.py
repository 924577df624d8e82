"""Tests for `check`: each finding an author can run into, and where it points them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest

from authoring.blocks import (
    ImageData,
    QuestionDrawData,
    TextData,
)
from authoring.check import MAX_PAGE_WORDS, check, has_errors
from authoring.estimate import estimated_minutes
from authoring.kinds import BlockKind, QuestionKind
from authoring.questions import (
    QuestionDraft,
    TrueFalseData,
)
from authoring.services import Services
from authoring.settings import BranchRule, Completion, CompletionKind, Navigation, Outcome

from .checking import (
    ERROR,
    SAMPLE_IMAGE,
    WARNING,
    add_block,
    add_page,
    add_question,
    codes,
    findings_of,
    first_page,
    good_single_choice,
    new_module,
    only,
    question_id_of,
    words,
)

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
