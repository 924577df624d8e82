"""Question banks, driven as a creator uses them: make, fill, filter, import, rename, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.gui.editor.questions import BankDialog, QuestionDialog
from authoring.kinds import QuestionKind

LEFT = Qt.MouseButton.LeftButton
SAMPLE_GIFT = Path(__file__).resolve().parents[3] / "resources" / "samples" / "phishing" / \
    "quiz.gift"


@pytest.fixture
def dialog(qtbot, studio) -> BankDialog:
    widget = BankDialog(studio)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer_name(monkeypatch, name: str) -> None:
    def fake_exec(box: QInputDialog) -> int:
        box.setTextValue(name)
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", fake_exec)


def write_question(qtbot, monkeypatch, stem: str, tags: str) -> None:
    def fake_exec(box: QuestionDialog) -> int:
        qtbot.addWidget(box)
        form = box.form
        form.kind.setCurrentIndex(2)  # True or false
        qtbot.keyClicks(form.stem, stem)
        qtbot.keyClicks(form.tags, tags)
        qtbot.mouseClick(box.ok_button, LEFT)
        return box.result()

    monkeypatch.setattr(QuestionDialog, "exec", fake_exec)


def test_creator_makes_a_bank_adds_questions_and_filters_them_by_tag(
        qtbot, monkeypatch, studio, dialog):
    assert dialog.banks.count() == 0 and "Make a bank" in dialog.list.empty.text()
    answer_name(monkeypatch, "Phishing certification")
    qtbot.mouseClick(dialog.new_bank_button, LEFT)
    assert [b.title for b in studio.services.questions.banks()] == ["Phishing certification"]
    assert dialog.banks.currentItem().text() == "Phishing certification"

    write_question(qtbot, monkeypatch, "A padlock proves a site is safe.", "links")
    qtbot.mouseClick(dialog.add_button, LEFT)
    write_question(qtbot, monkeypatch, "Report an email even when unsure.", "reporting")
    qtbot.mouseClick(dialog.add_button, LEFT)
    bank = studio.services.questions.bank(dialog.bank_id())
    assert [(q.kind, q.tags) for q in bank.questions] == [
        (QuestionKind.TRUE_FALSE, ("links",)), (QuestionKind.TRUE_FALSE, ("reporting",))]
    assert dialog.list.count.text() == "2 questions"

    dialog.list.tag_filter.setCurrentIndex(dialog.list.tag_filter.findData("reporting"))
    assert dialog.visible_questions() == ["Report an email even when unsure."]
    assert dialog.list.count.text() == "1 of 2 questions"
    dialog.list.set_tag("")
    qtbot.keyClicks(dialog.list.search, "padlock")
    assert dialog.visible_questions() == ["A padlock proves a site is safe."]


def test_creator_edits_a_bank_question_and_undoes_it(qtbot, monkeypatch, studio, dialog):
    answer_name(monkeypatch, "Passwords")
    qtbot.mouseClick(dialog.new_bank_button, LEFT)
    write_question(qtbot, monkeypatch, "Long beats complex.", "length")
    qtbot.mouseClick(dialog.add_button, LEFT)
    dialog.list.tree.topLevelItem(0).setSelected(True)
    assert dialog.edit_button.isEnabled()

    def retitle(box: QuestionDialog) -> int:
        qtbot.addWidget(box)
        assert box.form.current_kind() is QuestionKind.TRUE_FALSE
        qtbot.keyClicks(box.form.title, "Length")
        qtbot.mouseClick(box.ok_button, LEFT)
        return box.result()

    monkeypatch.setattr(QuestionDialog, "exec", retitle)
    qtbot.mouseClick(dialog.edit_button, LEFT)
    assert dialog.visible_questions() == ["Length"]
    assert dialog.undo_action.isEnabled()
    dialog.undo_action.trigger()
    assert dialog.visible_questions() == ["Long beats complex."]


def test_creator_imports_the_sample_gift_file_into_a_new_bank(qtbot, monkeypatch, studio,
                                                              dialog):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(SAMPLE_GIFT), "")))
    shown_first = []

    def answer(box):  # the dry-run report comes first; the creator presses Import
        shown_first.append((box.text(), box.detailedText()))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.busy()
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.banks.count(), timeout=60_000)
    ((question, details),) = shown_first
    assert question == "Add 7 questions to the bank “quiz”?"
    assert "skipped line 44:" in details
    assert dialog.banks.currentItem().text() == "quiz"  # a bank named after the file
    shown = dialog.visible_questions()
    assert len(shown) == 7 and shown[0] == "Where a link goes"
    assert "Added 7 questions from quiz.gift." in dialog.status.text()
    assert "line 44" in dialog.status.text()  # the essay cannot go in a bank, and says so
    assert studio.undo_stack.undoText() == "Import questions from quiz.gift"
    studio.undo()
    assert dialog.banks.count() == 0


def test_a_broken_gift_file_is_reported_with_its_name_and_line(qtbot, studio, dialog,
                                                               tmp_path: Path):
    broken = tmp_path / "broken.gift"
    broken.write_text("// a comment\n\n::Q:: Pick one {\n=right\n~wrong\n", encoding="utf-8")
    dialog.import_gift(broken)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert dialog.status.text().startswith("Not imported: broken.gift, line 3:")
    assert studio.services.questions.banks() == [] and studio.undo_stack.count() == 0


def test_renaming_and_deleting_a_bank_asks_first(qtbot, monkeypatch, studio, dialog):
    answer_name(monkeypatch, "Old name")
    qtbot.mouseClick(dialog.new_bank_button, LEFT)
    answer_name(monkeypatch, "New name")
    qtbot.mouseClick(dialog.rename_button, LEFT)
    assert dialog.banks.currentItem().text() == "New name"

    asked = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    qtbot.mouseClick(dialog.delete_bank_button, LEFT)
    assert "New name" in asked[0] and dialog.banks.count() == 1

    def confirm(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Delete").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    qtbot.mouseClick(dialog.delete_bank_button, LEFT)
    assert dialog.banks.count() == 0 and studio.services.questions.banks() == []


def test_creator_exports_a_bank_as_moodle_xml(qtbot, monkeypatch, studio, dialog, tmp_path):
    studio.services.question_files.import_file(SAMPLE_GIFT, None, "Phishing")
    dialog.refresh()
    target = tmp_path / "phishing.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert dialog.status.text().startswith("Wrote 7 question(s) to phishing.xml.")
    assert target.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
