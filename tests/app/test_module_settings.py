"""Module settings: details, navigation and branching, completion and quiz, saved as one step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.gui.module_settings import FROM, OPTION, OUTCOME, QUESTION, TARGET, ModuleSettingsDialog
from app.gui.studio import Studio
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft
from authoring.settings import BranchRule, CompletionKind, Outcome

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def studio(qtbot, services) -> Studio:
    studio = Studio(services)
    studio.messages = []
    studio.failed.connect(studio.messages.append)
    return studio


@pytest.fixture
def module(studio: Studio):
    """A module with three pages; the second holds a single-choice question."""
    services = studio.services
    module_id = services.modules.create("Spot a phishing email", language="en").id
    pages = [services.pages.add(module_id, t).id for t in ("Intro", "Check", "Recap")]
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which link is safe?", ChoiceData((
        Choice("a", "The bank's own address", correct=True), Choice("b", "A shortened link"))))
    services.questions.add_to_page(pages[1], draft)
    studio.undo_stack.clear()
    return module_id, pages


def tick(qtbot, button) -> None:
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box by its text, with the keyboard as a person would."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def shown(qtbot, dialog: ModuleSettingsDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def press(qtbot, dialog: ModuleSettingsDialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), LEFT)


def drive(monkeypatch, steps) -> None:
    monkeypatch.setattr(ModuleSettingsDialog, "exec", lambda dialog: steps(dialog) or 0)


def test_creator_changes_every_kind_of_setting_and_one_undo_restores_them(
        qtbot, monkeypatch, studio, module):
    module_id, pages = module
    before = studio.services.modules.snapshot(module_id)

    def steps(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Phishing in five minutes")
        qtbot.keyClicks(dialog.keywords, "email, security ,")
        choose(qtbot, dialog.language, "Français")
        dialog.tabs.setCurrentIndex(1)
        tick(qtbot, dialog.free)
        tick(qtbot, dialog.remediation)
        qtbot.mouseClick(dialog.add_rule, LEFT)
        table = dialog.rules
        choose(qtbot, table.combo(0, FROM), "Check")
        assert table.combo(0, QUESTION).currentText() == "Which link is safe?"
        assert not table.combo(0, OPTION).isEnabled()
        choose(qtbot, table.combo(0, OUTCOME), "chose the option")
        assert table.combo(0, OPTION).isEnabled()
        choose(qtbot, table.combo(0, OPTION), "A shortened link")
        choose(qtbot, table.combo(0, TARGET), "Intro")
        dialog.tabs.setCurrentIndex(2)
        tick(qtbot, dialog.completion[CompletionKind.VIEWED_ALL_AND_PASSED])
        dialog.tabs.setCurrentIndex(3)
        dialog.quiz.pass_mark.selectAll()
        qtbot.keyClicks(dialog.quiz.pass_mark, "60")
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, steps)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is True
    after = studio.services.modules.snapshot(module_id)
    assert after.title == "Phishing in five minutes"
    assert after.language == "fr"
    assert after.keywords == ("email", "security")
    assert after.navigation.mode == "free"
    assert after.navigation.remediation is False
    assert after.navigation.rules == (BranchRule(
        from_page=str(pages[1]), question=str(after.questions[0].id), outcome=Outcome.CHOICE,
        target_page=str(pages[0]), choice="b"),)
    assert after.completion.kind is CompletionKind.VIEWED_ALL_AND_PASSED
    assert after.assessment.pass_mark == 60
    assert studio.undo_stack.count() == 1
    assert studio.undo_stack.undoText() == "Change module settings"

    studio.undo()
    assert studio.services.modules.snapshot(module_id) == before
    studio.redo()
    assert studio.services.modules.snapshot(module_id) == after
    assert studio.messages == []


def test_existing_rules_show_in_the_table_and_can_be_removed(qtbot, monkeypatch, studio,
                                                             module):
    module_id, pages = module
    question = studio.services.modules.snapshot(module_id).questions[0]
    rule = BranchRule(str(pages[1]), str(question.id), Outcome.INCORRECT, str(pages[0]))
    nav = studio.services.modules.snapshot(module_id).navigation
    studio.services.modules.update(module_id, navigation=type(nav)(rules=(rule,)))

    def steps(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        table = dialog.rules
        assert table.rowCount() == 1
        assert table.combo(0, FROM).currentText() == "Check"
        assert table.combo(0, OUTCOME).currentText() == "answered incorrectly"
        assert table.combo(0, TARGET).currentText() == "Intro"
        assert table.rules() == ((rule,), None)
        dialog.tabs.setCurrentIndex(1)
        table.selectRow(0)
        qtbot.mouseClick(dialog.remove_rule, LEFT)
        assert table.rowCount() == 0
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, steps)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is True
    assert studio.services.modules.snapshot(module_id).navigation.rules == ()


def test_creator_sets_and_clears_the_review_date(qtbot, monkeypatch, studio, module):
    module_id, _pages = module

    def set_date(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        assert dialog.no_review.isChecked() and not dialog.review_by.isEnabled()
        tick(qtbot, dialog.no_review)
        assert dialog.review_by.isEnabled()
        dialog.review_by.setDate(QDate(2031, 3, 1))
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, set_date)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is True
    assert studio.services.modules.snapshot(module_id).review_by == dt.date(2031, 3, 1)

    def clear_date(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        assert not dialog.no_review.isChecked()
        assert dialog.review_by.date() == QDate(2031, 3, 1)
        tick(qtbot, dialog.no_review)
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, clear_date)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is True
    assert studio.services.modules.snapshot(module_id).review_by is None
    assert studio.undo_stack.count() == 2


def test_an_empty_title_keeps_the_dialog_open_with_a_message(qtbot, monkeypatch, studio,
                                                             module):
    module_id, _pages = module

    def steps(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        dialog.title.selectAll()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
        press(qtbot, dialog, OK)
        assert dialog.isVisible()
        assert dialog.message.isVisible()
        assert dialog.message.text() == "Give the module a title."
        assert dialog.tabs.currentIndex() == 0
        press(qtbot, dialog, CANCEL)
        return dialog.result()

    drive(monkeypatch, steps)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is False
    assert studio.services.modules.snapshot(module_id).title == "Spot a phishing email"
    assert studio.undo_stack.count() == 0


def test_an_incomplete_rule_is_pointed_out_then_saved_once_finished(qtbot, monkeypatch, studio,
                                                                    module):
    module_id, pages = module

    def steps(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        qtbot.mouseClick(dialog.add_rule, LEFT)  # a new rule goes nowhere yet
        press(qtbot, dialog, OK)
        assert dialog.isVisible() and dialog.message.isVisible()
        assert "Branching rule 1 is incomplete" in dialog.message.text()
        assert dialog.tabs.currentIndex() == 1
        choose(qtbot, dialog.rules.combo(0, TARGET), "Recap")
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, steps)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is True
    (rule,) = studio.services.modules.snapshot(module_id).navigation.rules
    assert (rule.from_page, rule.outcome, rule.target_page) == (
        str(pages[0]), Outcome.CORRECT, str(pages[2]))


def test_pressing_ok_without_changes_saves_nothing(qtbot, monkeypatch, studio, module):
    module_id, _pages = module

    def steps(dialog: ModuleSettingsDialog) -> int:
        shown(qtbot, dialog)
        press(qtbot, dialog, OK)
        return dialog.result()

    drive(monkeypatch, steps)
    assert ModuleSettingsDialog.ask(studio, module_id, None) is False
    assert studio.undo_stack.count() == 0
