"""A creator builds one question of each kind in the question dialog, as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt

from app.gui.editor.questions import QuestionDialog, QuestionForm
from authoring.kinds import QuestionKind
from authoring.questions import QuestionDraft, TrueFalseData

LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return


def tick(qtbot, button) -> None:
    """Click a checkbox or radio button on its box, as a person does."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def add_through_dialog(qtbot, monkeypatch, studio, page_id, fill: Callable[[QuestionForm], None]):
    """Let `fill` use the question form in its dialog, press OK, place the question."""
    def fake_exec(dialog: QuestionDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog.form)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(QuestionDialog, "exec", fake_exec)
    draft, accepted = QuestionDialog.ask(None)
    assert accepted and draft is not None
    return studio.do("Add question",
                     lambda: studio.services.questions.add_to_page(page_id, draft)).id


def stored(studio, module, block_id):
    snap = studio.services.modules.snapshot(module)
    block = next(b for p in snap.pages for b in p.blocks if b.id == block_id)
    return snap.question(block.data.question)


def test_creator_adds_a_single_choice_question_with_feedback_per_option(
        qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        assert form.current_kind() is QuestionKind.SINGLE_CHOICE
        assert len(form.choice.rows()) == 2  # a new question starts with two empty options
        qtbot.keyClicks(form.title, "Where a link goes")
        qtbot.keyClicks(form.stem, "What tells you where a link really goes?")
        first, second = form.choice.rows()
        qtbot.keyClicks(first.text, "The text on the button")
        qtbot.keyClick(first.text, ENTER)  # Enter moves on to the next option
        qtbot.keyClicks(second.text, "The address shown on hover")
        qtbot.keyClick(second.text, ENTER)  # Enter in the last option adds one
        assert len(form.choice.rows()) == 3
        qtbot.keyClicks(form.choice.rows()[2].text, "The company logo")
        qtbot.mouseClick(second.radio, LEFT)
        qtbot.mouseClick(first.feedback.button, LEFT)
        assert first.feedback.isVisible()
        qtbot.keyClicks(first.feedback.edit, "Anyone can write that text.")
        qtbot.keyClicks(form.feedback_correct, "Right.")
        qtbot.keyClicks(form.feedback_incorrect, "Rest the pointer on the link.")
        form.points.setValue(2)
        qtbot.keyClicks(form.tags, "links, hover")
        assert form.problems() == []

    block = add_through_dialog(qtbot, monkeypatch, studio, page_id, fill)
    question = stored(studio, module, block)
    assert question.kind is QuestionKind.SINGLE_CHOICE
    assert question.title == "Where a link goes"
    assert question.stem == "What tells you where a link really goes?"
    assert [(c.id, c.text, c.correct) for c in question.data.choices] == [
        ("a", "The text on the button", False), ("b", "The address shown on hover", True),
        ("c", "The company logo", False)]
    assert question.data.choices[0].feedback == "Anyone can write that text."
    assert (question.feedback_correct, question.feedback_incorrect) == (
        "Right.", "Rest the pointer on the link.")
    assert question.points == 2 and question.tags == ("links", "hover")
    assert studio.undo_stack.undoText() == "Add question"


def test_multiple_response_spreads_the_weights_it_shows_and_stores(
        qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(1)
        assert form.current_kind() is QuestionKind.MULTIPLE_RESPONSE
        qtbot.keyClicks(form.stem, "Which two details are warning signs?")
        rows = form.choice.rows()
        qtbot.keyClicks(rows[0].text, "The sender address is not ours")
        qtbot.keyClick(rows[0].text, ENTER)
        qtbot.keyClicks(rows[1].text, "It wants bank details within 2 hours")
        qtbot.keyClick(rows[1].text, ENTER)
        qtbot.keyClicks(form.choice.rows()[2].text, "It greets you by name")
        qtbot.keyClick(form.choice.rows()[2].text, ENTER)
        qtbot.keyClicks(form.choice.rows()[3].text, "It is signed with our name")
        rows = form.choice.rows()
        qtbot.mouseClick(rows[0].check, LEFT)
        qtbot.mouseClick(rows[1].check, LEFT)
        assert [r.weight.placeholderText() for r in rows] == ["50", "50", "-50", "-50"]
        assert all(r.weight.isVisible() for r in rows)
        qtbot.keyClicks(rows[0].weight, "60")  # one typed by hand: the other right one gets 40
        assert rows[1].weight.placeholderText() == "40"
        rows[0].weight.clear()

    block = add_through_dialog(qtbot, monkeypatch, studio, page_id, fill)
    question = stored(studio, module, block)
    assert question.kind is QuestionKind.MULTIPLE_RESPONSE
    assert [(c.correct, c.weight) for c in question.data.choices] == [
        (True, 50.0), (True, 50.0), (False, -50.0), (False, -50.0)]


def test_creator_adds_a_true_or_false_question(qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(2)
        qtbot.keyClicks(form.stem, "Only report an email when you are sure it is phishing.")
        editor = form.editor()
        tick(qtbot, editor.false)
        assert not hasattr(editor, "feedback_true")  # one set of feedback fields, not two
        qtbot.keyClicks(form.feedback_correct, "Right.")
        qtbot.keyClicks(form.feedback_incorrect, "Not so: report anything that feels off.")

    question = stored(studio, module, add_through_dialog(qtbot, monkeypatch, studio, page_id,
                                                         fill))
    assert question.kind is QuestionKind.TRUE_FALSE
    assert question.data.answer is False
    assert (question.feedback_correct, question.feedback_incorrect) == (
        "Right.", "Not so: report anything that feels off.")


def test_a_true_or_false_question_from_gift_shows_its_feedback_as_right_and_wrong(qtbot):
    form = QuestionForm()
    qtbot.addWidget(form)
    form.set_draft(QuestionDraft(QuestionKind.TRUE_FALSE, "Padlocks prove honesty.",
                                 TrueFalseData(False, feedback_true="No: anyone can get one.",
                                               feedback_false="Indeed."),
                                 feedback_correct="Well done."))
    draft = form.draft()
    assert (draft.feedback_correct, draft.feedback_incorrect) == (
        "Well done. Indeed.", "No: anyone can get one.")
    assert draft.data == TrueFalseData(False)


def test_creator_adds_a_fill_in_question_with_two_accepted_answers(
        qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(3)
        qtbot.keyClicks(form.stem, "Which domain owns https://example.com.evil.example.net?")
        editor = form.editor()
        qtbot.keyClicks(editor.rows()[0].text, "example.net")
        qtbot.keyClick(editor.rows()[0].text, ENTER)
        qtbot.keyClicks(editor.rows()[1].text, "www.example.net")
        tick(qtbot, editor.case_sensitive)

    question = stored(studio, module, add_through_dialog(qtbot, monkeypatch, studio, page_id,
                                                         fill))
    assert question.kind is QuestionKind.FILL_IN
    assert [a.text for a in question.data.answers] == ["example.net", "www.example.net"]
    assert question.data.case_sensitive is True


def test_creator_adds_a_matching_question_with_an_extra_match(qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(4)
        qtbot.keyClicks(form.stem, "Match each situation with what to do.")
        editor = form.editor()
        first = editor.pair_rows()[0]
        qtbot.keyClicks(first.left, "Suspicious email")
        qtbot.keyClick(first.left, ENTER)  # Enter goes from the item to its match
        qtbot.keyClicks(first.right, "Report it")
        second = editor.pair_rows()[1]
        qtbot.keyClicks(second.left, "Typed your password")
        qtbot.keyClicks(second.right, "Call the service desk")
        qtbot.mouseClick(editor.extras.add_button, LEFT)
        qtbot.keyClicks(editor.extra_rows()[0].text, "Delete your account")

    question = stored(studio, module, add_through_dialog(qtbot, monkeypatch, studio, page_id,
                                                         fill))
    assert question.kind is QuestionKind.MATCHING
    assert [(p.id, p.left, p.right) for p in question.data.pairs] == [
        ("a", "Suspicious email", "Report it"), ("b", "Typed your password",
                                                 "Call the service desk")]
    assert question.data.distractors == ("Delete your account",)


def test_creator_adds_an_ordering_question_and_moves_an_item_up(qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(5)
        qtbot.keyClicks(form.stem, "Put the steps in order.")
        rows = form.editor().rows()
        for row, text in zip(rows, ["Stop", "Report", "Check the address"], strict=True):
            qtbot.keyClicks(row.text, text)
        assert rows[0].number.text() == "1."
        qtbot.mouseClick(rows[2].up, LEFT)  # "Check the address" before "Report"
        moved = form.editor().rows()[1]
        moved.up.setFocus()
        qtbot.keyClick(moved.up, Qt.Key.Key_Space)  # by keyboard, to the top: Up turns off
        assert form.editor().rows()[0] is moved
        assert moved.window().focusWidget() is moved.down  # with the item, not the old place
        qtbot.keyClick(moved.down, Qt.Key.Key_Space)  # and it goes back down at once

    question = stored(studio, module, add_through_dialog(qtbot, monkeypatch, studio, page_id,
                                                         fill))
    assert question.kind is QuestionKind.ORDERING
    assert [i.text for i in question.data.items] == ["Stop", "Check the address", "Report"]
    assert [i.id for i in question.data.items] == ["a", "c", "b"]  # ids go with their text


def test_creator_adds_a_number_question_with_a_margin_and_partial_credit(
        qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fill(form: QuestionForm) -> None:
        form.kind.setCurrentIndex(6)
        qtbot.keyClicks(form.stem, "Within how many minutes do you call the service desk?")
        editor = form.editor()
        first = editor.rows()[0]
        qtbot.keyClicks(first.value, "15")
        qtbot.keyClick(first.value, ENTER)
        qtbot.keyClicks(first.tolerance, "0,5")
        qtbot.keyClick(first.tolerance, ENTER)  # the last field of the last row adds a row
        second = editor.rows()[1]
        qtbot.keyClicks(second.value, "30")
        second.weight.setValue(50)

    question = stored(studio, module, add_through_dialog(qtbot, monkeypatch, studio, page_id,
                                                         fill))
    assert question.kind is QuestionKind.NUMERIC
    assert [(a.value, a.tolerance, a.weight) for a in question.data.answers] == [
        (15.0, 0.5, 100.0), (30.0, 0.0, 50.0)]


def test_cancel_adds_nothing(qtbot, monkeypatch, studio, page):
    module, page_id = page

    def fake_exec(dialog: QuestionDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.form.stem, "Never mind")
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QuestionDialog, "exec", fake_exec)
    assert QuestionDialog.ask(None) == (None, False)
    assert studio.services.modules.snapshot(module).pages[0].blocks == ()
    assert studio.undo_stack.count() == 0


def test_enter_stays_in_the_form_and_ctrl_enter_adds_the_question(qtbot, monkeypatch, studio,
                                                                  page):
    module, page_id = page

    def fake_exec(dialog: QuestionDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.form
        form.kind.setCurrentIndex(2)
        qtbot.keyClicks(form.stem, "Phishing mails can look perfect.")
        qtbot.keyClick(form.title, ENTER)
        assert dialog.isVisible()  # Enter in a field does not close the dialog
        qtbot.keyClick(form.title, ENTER, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(QuestionDialog, "exec", fake_exec)
    draft, accepted = QuestionDialog.ask(None)
    assert accepted and draft.stem == "Phishing mails can look perfect."
