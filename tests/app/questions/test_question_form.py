"""The question form: switching kind keeps what it can, weights, the live hint, round trips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.gui.editor.questions import QuestionForm
from app.gui.editor.questions.choice_form import spread
from authoring.kinds import QuestionKind
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
    QuestionDraft,
    TrueFalseData,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def form(qtbot) -> QuestionForm:
    widget = QuestionForm()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_switching_kind_keeps_the_question_text_feedback_and_option_texts(qtbot, form):
    qtbot.keyClicks(form.stem, "Which steps come first?")
    qtbot.keyClicks(form.feedback_incorrect, "Stop first.")
    first, second = form.choice.rows()
    qtbot.keyClicks(first.text, "Stop")
    qtbot.keyClicks(second.text, "Report")
    qtbot.mouseClick(first.radio, LEFT)

    form.kind.setCurrentIndex(3)  # Fill in the blank: the right option becomes the answer
    assert form.current_kind() is QuestionKind.FILL_IN
    assert form.stem.toPlainText() == "Which steps come first?"
    assert [a.text for a in form.draft().data.answers] == ["Stop"]

    form.kind.setCurrentIndex(5)  # Put in order: the options become the items
    assert [i.text for i in form.draft().data.items] == ["Stop"]

    form.kind.setCurrentIndex(1)  # Multiple response: back to the options, still marked
    draft = form.draft()
    assert draft.kind is QuestionKind.MULTIPLE_RESPONSE
    assert [(c.text, c.correct) for c in draft.data.choices] == [("Stop", True),
                                                                ("Report", False)]
    assert draft.stem == "Which steps come first?"
    assert draft.feedback_incorrect == "Stop first."


def test_a_multiple_response_question_keeps_only_one_right_answer_as_single_choice(qtbot, form):
    form.kind.setCurrentIndex(1)
    rows = form.choice.rows()
    for row, text in zip(rows, ["A", "B"], strict=True):
        qtbot.keyClicks(row.text, text)
        qtbot.mouseClick(row.check, LEFT)
    form.kind.setCurrentIndex(0)
    assert [c.correct for c in form.draft().data.choices] == [True, False]


def test_the_hint_asks_for_the_right_answer_until_one_is_marked(qtbot, form):
    qtbot.keyClicks(form.stem, "Where does the link go?")
    first, second = form.choice.rows()
    qtbot.keyClicks(first.text, "Where the hover address says")
    qtbot.keyClicks(second.text, "Where the button text says")
    assert form.hint.isVisible()
    assert form.problems() == ["Mark the right answer."]
    assert "Mark the right answer." in form.hint.label.text()

    qtbot.mouseClick(first.radio, LEFT)
    assert form.problems() == []
    assert not form.hint.isVisible()


def test_the_hint_guides_a_new_question_step_by_step(qtbot, form):
    assert form.problems() == ["Write the question.", "Write at least two answer options.",
                               "Mark the right answer."]
    form.kind.setCurrentIndex(4)
    assert "Add at least two pairs." in form.problems()
    form.points.setValue(0)
    assert form.problems()[-1] == "The question is worth 0 points, so it does not count."


def test_weights_left_empty_share_the_points_and_add_up_exactly():
    assert spread([True, True, False, False], [None] * 4) == [50, 50, -50, -50]
    thirds = spread([True, True, True], [None] * 3)
    assert thirds == [33.34, 33.33, 33.33] and sum(thirds) == pytest.approx(100)
    assert spread([True, True, False], [70.0, None, None]) == [70, 30, -100]
    assert spread([True, True], [120.0, None]) == [120, 0]  # nothing left to share


def test_typed_weights_survive_a_round_trip_and_even_ones_show_as_computed(qtbot, form):
    even = QuestionDraft(QuestionKind.MULTIPLE_RESPONSE, "Pick",
                         ChoiceData((Choice("a", "A", True, 50), Choice("b", "B", True, 50),
                                     Choice("c", "C", False, -100))))
    form.set_draft(even)
    assert [r.weight.text() for r in form.choice.rows()] == ["", "", ""]
    assert [r.weight.placeholderText() for r in form.choice.rows()] == ["50", "50", "-100"]
    assert form.draft() == even

    typed = QuestionDraft(QuestionKind.MULTIPLE_RESPONSE, "Pick",
                          ChoiceData((Choice("a", "A", True, 80), Choice("b", "B", True, 20),
                                      Choice("c", "C", False, 0))))
    form.set_draft(typed)
    assert [r.weight.text() for r in form.choice.rows()] == ["80", "20", "0"]
    assert form.draft() == typed


@pytest.mark.parametrize("draft", [
    QuestionDraft(QuestionKind.SINGLE_CHOICE, "Q", ChoiceData((
        Choice("a", "A", False, 0, "no"), Choice("b", "B", True, 100, "yes"))),
        title="T", feedback_correct="R", feedback_incorrect="W", points=2.5, tags=("x", "y")),
    QuestionDraft(QuestionKind.TRUE_FALSE, "Q", TrueFalseData(False),
                  feedback_correct="f", feedback_incorrect="t"),  # GIFT's per-answer: see kinds
    QuestionDraft(QuestionKind.FILL_IN, "Q", FillInData((AcceptedAnswer("a", "fa"),
                                                         AcceptedAnswer("b")), True)),
    QuestionDraft(QuestionKind.MATCHING, "Q", MatchingData(
        (MatchPair("a", "1", "one"), MatchPair("b", "2", "two")), ("three",))),
    QuestionDraft(QuestionKind.ORDERING, "Q", OrderingData((OrderItem("b", "first"),
                                                           OrderItem("a", "second")))),
    QuestionDraft(QuestionKind.NUMERIC, "Q", NumericData((NumericAnswer(15, 0.5, 100, "ok"),
                                                          NumericAnswer(-2.25, 0, 50)))),
], ids=lambda d: d.kind.value)
def test_a_question_shown_in_the_form_comes_back_unchanged(qtbot, form, draft):
    edited = []
    form.edited.connect(lambda: edited.append(True))
    form.set_draft(draft)
    assert form.draft() == draft
    assert edited == []  # showing a question is not an edit


def test_options_move_remove_and_get_fresh_ids(qtbot, form):
    first, second = form.choice.rows()
    qtbot.keyClicks(first.text, "A")
    qtbot.keyClicks(second.text, "B")
    qtbot.mouseClick(second.remove, LEFT)
    qtbot.mouseClick(form.choice.options.add_button, LEFT)
    third = form.choice.rows()[1]
    qtbot.keyClicks(third.text, "C")
    assert [(c.id, c.text) for c in form.draft().data.choices] == [("a", "A"), ("c", "C")]
    third.text.setFocus()
    qtbot.keyClick(third.text, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.text for c in form.draft().data.choices] == ["C", "A"]
    assert not form.choice.rows()[0].up.isEnabled()


def test_the_form_says_when_it_was_edited(qtbot, form):
    with qtbot.waitSignal(form.edited, timeout=1000):
        qtbot.mouseClick(form.choice.rows()[0].radio, LEFT, pos=QPoint(6, 6))


def test_the_form_keeps_its_height_when_the_hint_comes_and_goes(qtbot, form):
    form.show()
    unfinished = QuestionDraft(QuestionKind.SINGLE_CHOICE, "", ChoiceData((
        Choice("a", "", False), Choice("b", "", False))))
    form.set_draft(unfinished)
    qtbot.waitUntil(form.hint.isVisible)  # no text, no right answer yet
    height = form.sizeHint().height()
    form.set_draft(QuestionDraft(QuestionKind.SINGLE_CHOICE, "Report it?", ChoiceData((
        Choice("a", "Yes", True, 100), Choice("b", "No", False)))))
    qtbot.waitUntil(lambda: not form.hint.isVisible())
    assert form.sizeHint().height() == height  # nothing below moves up, nothing jumps


def test_a_long_answer_shows_its_start_in_a_narrow_form(qtbot, form):
    long = "Forward the email to the service desk and then delete it from your inbox"
    form.set_draft(QuestionDraft(QuestionKind.SINGLE_CHOICE, "What now?", ChoiceData((
        Choice("a", long, True, 100), Choice("b", "Reply", False)))))
    form.resize(420, 600)
    form.show()
    first = form.editor().rows()[0].text
    assert first.text() == long and first.cursorPosition() == 0
