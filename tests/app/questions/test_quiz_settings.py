"""Quiz settings: pass mark, attempts, shuffling, feedback timing; saved as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.gui.editor.questions import QuizSettingsForm, edit_quiz_settings
from app.gui.editor.questions.quiz_settings import QuizSettingsDialog
from authoring.settings import Assessment, FeedbackTiming

LEFT = Qt.MouseButton.LeftButton


def tick(qtbot, button) -> None:
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def test_zero_attempts_reads_unlimited_and_the_form_round_trips(qtbot):
    form = QuizSettingsForm()
    qtbot.addWidget(form)
    form.set_assessment(Assessment())
    assert form.attempts.text() == "Unlimited"
    custom = Assessment(pass_mark=70, attempts=2, shuffle_questions=True,
                        shuffle_options=False, feedback=FeedbackTiming.NEVER,
                        show_correct_answers=False)
    form.set_assessment(custom)
    assert form.assessment() == custom
    assert not form.show_correct.isEnabled()  # no feedback: nothing to show answers in


def test_creator_changes_the_quiz_settings_and_undoes_the_change(qtbot, monkeypatch, studio,
                                                                 page):
    module, _page = page
    studio.services.modules.update(module, assessment=Assessment(pass_mark=80))

    def fake_exec(dialog: QuizSettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.form
        edits = []
        form.edited.connect(lambda: edits.append(True))
        form.pass_mark.selectAll()
        qtbot.keyClicks(form.pass_mark, "75")
        form.attempts.setFocus()
        qtbot.keyClick(form.attempts, Qt.Key.Key_Up)
        qtbot.keyClick(form.attempts, Qt.Key.Key_Up)
        tick(qtbot, form.shuffle_questions)
        tick(qtbot, form.timing[FeedbackTiming.END])
        assert edits
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
        return dialog.result()

    monkeypatch.setattr(QuizSettingsDialog, "exec", fake_exec)
    assert edit_quiz_settings(studio, module) is True
    assessment = studio.services.modules.snapshot(module).assessment
    assert assessment == Assessment(pass_mark=75, attempts=2, shuffle_questions=True,
                                    shuffle_options=True, feedback=FeedbackTiming.END,
                                    show_correct_answers=True)
    assert studio.undo_stack.undoText() == "Change quiz settings"
    studio.undo()
    assert studio.services.modules.snapshot(module).assessment == Assessment(pass_mark=80)


def test_cancelling_the_quiz_settings_saves_nothing(qtbot, monkeypatch, studio, page):
    module, _page = page

    def fake_exec(dialog: QuizSettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.form.pass_mark.setValue(10)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(QuizSettingsDialog, "exec", fake_exec)
    assert edit_quiz_settings(studio, module) is False
    assert studio.undo_stack.count() == 0
