"""GIFT as Moodle writes and reads it: each case of issue #15, with Moodle's own spelling.

The samples are in tests/fixtures/moodle/questions.gift; each comes from Moodle's tests
(question/format/gift/tests/giftformat_test.php) unless its comment there says otherwise.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings

from authoring.gift import read_gift
from authoring.gift_writer import write_gift, write_question
from authoring.kinds import QuestionKind
from authoring.questions import (
    AcceptedAnswer,
    Choice,
    MatchPair,
    NumericAnswer,
    QuestionDraft,
)
from tests.authoring.interchange_strategies import drafts

SAMPLE = Path(__file__).parents[1] / "fixtures" / "moodle" / "questions.gift"


@pytest.fixture(scope="module")
def sample():
    return read_gift(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name)


def by_title(result, title):
    return next(i for i in result.items if i.name == title)


def test_markers_are_read_in_options_feedback_and_matching_items(sample):
    """test_import_match and test_import_multichoice: [html]/[moodle]/[plain]/[markdown]."""
    match = by_title(sample, "Moodle activities").question
    assert match.stem == "Match the **activity** to the description."
    assert [p.left for p in match.data.pairs] == [
        "An activity supporting asynchronous discussions.",
        "A teacher asks a question and specifies a choice of multiple responses.",
        "A bank of record entries which participants can add to.",
        "A collection of web pages that anyone can add to or edit.",
    ]
    assert match.data.distractors == ("Chat",)
    choice = by_title(sample, "Q2").question
    assert [(c.text, c.feedback) for c in choice.data.choices] == [
        ("yellow", "right; good!"), ("red", "wrong, it's yellow"),
        ("blue", "wrong, it's yellow")]


def test_id_and_tag_comments_become_tags(sample):
    """test_export_question_with_tags_and_idnumber: `// [id:myid] [tag:tag1] [tag:tag2]`."""
    assert by_title(sample, "True/false question").question.tags == ("id:myid", "tag1", "tag2")
    assert by_title(sample, "Moodle activities").question.tags == (
        "id:activities", "matching", "moodle")


def test_numeric_catch_all_as_moodle_exports_it(sample):
    """test_import_numerical: `{#3:2~#Completely wrong}`."""
    question = by_title(sample, "Q5").question
    assert question.data.answers == (NumericAnswer(3.0, 2.0, 100.0, ""),)
    assert question.feedback_incorrect == "Completely wrong"


def test_wildcard_short_answer_is_a_catch_all_not_a_literal_star(sample):
    """test_import_shortanswer_with_general_feedback: `=%0%*#Completely wrong`."""
    question = by_title(sample, "Shortanswer").question
    assert question.data.answers == (
        AcceptedAnswer("Frog", "Good!", 100.0),
        AcceptedAnswer("Cat", "What is it with Moodlers and cats?", 50.0))
    assert question.feedback_correct == "Here is some general feedback!"
    assert question.feedback_incorrect == "Here is some general feedback!\n\nCompletely wrong"


def test_true_false_feedback_wrong_first_then_right(sample):
    """test_import_truefalse."""
    data = by_title(sample, "Q1").question.data
    assert (data.answer, data.feedback_true, data.feedback_false) == (
        False, "42 is the Ultimate Answer.", "You gave the right answer.")


def test_menu_path_in_a_choice_stays_an_option(sample):
    """Moodle's readquestion looks for '~' before '->' (Kiem's own sample)."""
    question = by_title(sample, "Menus").question
    assert question.kind is QuestionKind.SINGLE_CHOICE
    assert [c.text for c in question.data.choices] == ["File -> Save", "Edit -> Undo"]


def test_several_equals_give_full_marks_and_the_report_says_so(sample):
    """Moodle's multichoice: every '=' answer has fraction 1 (Kiem's own sample)."""
    item = by_title(sample, "Animals")
    assert item.question.data.choices == (
        Choice("a", "Dog", True, 100.0), Choice("b", "Whale", False, 100.0),
        Choice("c", "Trout", False, 0.0))
    assert any("'Whale' also earn full marks" in n for n in item.notes)


def test_short_answer_without_equals(sample):
    """Moodle's shortanswer branch keeps a first answer without '=' (`{One}`)."""
    question = by_title(sample, "Count").question
    assert question.kind is QuestionKind.FILL_IN
    assert question.data.answers == (AcceptedAnswer("One", "", 100.0),)


def test_description_keeps_its_title_and_html_becomes_markdown(sample):
    item = by_title(sample, "Welcome")
    assert (item.description_title, item.description) == ("Welcome", "Read the *policy* first.")


def test_one_bad_item_is_refused_with_its_line_and_the_rest_is_read(sample):
    assert [(r.line, r.reason) for r in sample.refused] == [(55, "'eight' is not a number")]
    assert len(sample.items) == 10
    assert {i.category for i in sample.items} == {
        "$course$/top/Default for Course/Moodle samples"}


def test_html_is_never_kept_as_tags():
    result = read_gift("::X::[html]<p>Hi <script>alert(1)</script><b>you</b></p>{T}")
    assert result.items[0].question.stem == "Hi **you**"


def test_short_answer_marker_is_removed_before_matching_what_learners_type():
    """test_import_multichoice's `~[plain]blue`, as an answer: `=[markdown]answer2`."""
    result = read_gift("Say {=[markdown]answer2 =[plain]blue}")
    assert [a.text for a in result.items[0].question.data.answers] == ["answer2", "blue"]


def test_writer_lays_out_questions_as_moodle_does():
    """The shape of test_export_multichoice and test_export_numerical, in Markdown."""
    question = QuestionDraft(
        kind=QuestionKind.NUMERIC, stem="What is a number from 1 to 5?",
        data=by_numeric(), title="Q5", feedback_incorrect="Completely wrong")
    text, lost = write_question(question)
    assert text == ("// question: 0  name: Q5\n"
                    "::Q5::[markdown]What is a number from 1 to 5?{\n"
                    "\t#\n\t=%100%3:2#\n\t~#Completely wrong\n}\n")
    assert lost == []


def by_numeric():
    from authoring.questions import NumericData

    return NumericData((NumericAnswer(3.0, 2.0, 100.0, ""),))


def gift_carries(q: QuestionDraft) -> QuestionDraft:
    """What a question is after GIFT: no points, one general feedback (plus a catch-all)."""
    right, wrong = q.feedback_correct, q.feedback_incorrect
    catch_all = q.kind in (QuestionKind.NUMERIC, QuestionKind.FILL_IN)
    if right != wrong and not (catch_all and (not right or wrong.startswith(right + "\n\n"))):
        wrong = right
    data = q.data
    if q.kind is QuestionKind.FILL_IN:
        data = replace(data, case_sensitive=False)
    tags = tuple(t for t in q.tags if not t.endswith("\\"))  # "[tag:x\\]" would not end
    return replace(q, points=1.0, feedback_incorrect=wrong, data=data, tags=tags)


@settings(max_examples=150, deadline=None)
@given(question=drafts(tuple(k for k in QuestionKind if k is not QuestionKind.ORDERING)))
def test_round_trip_keeps_every_field_gift_carries(question):
    text, notes = write_gift([(question, "q")], "Bank")
    result = read_gift(text, "bank.gift")
    assert result.refused == ()
    (item,) = result.items
    assert item.question == gift_carries(question)
    if question.points != 1:
        assert any("points" in n.text for n in notes)


def test_ordering_cannot_be_written_in_gift_and_the_report_says_so():
    from authoring.questions import OrderingData, OrderItem

    question = QuestionDraft(kind=QuestionKind.ORDERING, stem="Order",
                             data=OrderingData((OrderItem("a", "1"), OrderItem("b", "2"))))
    text, notes = write_gift([(question, "Order")])
    assert "Order{" not in text
    assert "GIFT has no ordering questions" in notes[0].text


def test_matching_right_items_are_plain_text():
    result = read_gift("M {=a -> 2*3 =b -> x}")
    assert result.items[0].question.data.pairs[0] == MatchPair("a", "a", r"2\*3")
