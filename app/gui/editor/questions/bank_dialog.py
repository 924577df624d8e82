"""Question banks: make, rename and delete banks; add, edit, filter and import their questions.

Quizzes draw random questions from a bank by tag (certification tests), so the list shows each
question's tags and filters by one. GIFT files import off the GUI thread; the import is one
undoable step, and a file that cannot be read is reported with its file name and line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.import_report import ask_to_import, failure_text
from app.gui.editor.questions.bank_questions import BankQuestions, heading
from app.gui.editor.questions.block_form import draft_of
from app.gui.editor.questions.question_dialog import QuestionDialog
from app.gui.icons import IconName, icon
from app.gui.studio import Studio
from app.gui.worker import Job, Progress
from authoring.services import Changes
from authoring.services.question_files import QuestionExport, QuestionImport
from authoring.snapshot import BankSnap

ID_ROLE = Qt.ItemDataRole.UserRole


class BankDialog(QDialog):
    """Manages the workspace's question banks and the questions in them."""

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._studio = studio
        self._services = studio.services
        self._bank: BankSnap | None = None
        self._job: Job | None = None
        self._import_path = Path()
        self.setWindowTitle(self.tr("Question banks"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 6, 0)
        side.addWidget(heading(self.tr("Banks"), left))
        self.banks = QListWidget(left)
        self.banks.setAccessibleName(self.tr("Question banks"))
        self.banks.currentItemChanged.connect(lambda *_: self._show_bank())
        self.banks.itemDoubleClicked.connect(lambda _item: self.rename_bank())
        side.addWidget(self.banks, 1)
        bank_buttons = QHBoxLayout()
        self.new_bank_button = QPushButton(icon(IconName.ADD, 16), self.tr("New bank…"), left)
        self.rename_button = QPushButton(self.tr("Rename…"), left)
        self.delete_bank_button = QPushButton(icon(IconName.DELETE, 16), self.tr("Delete"), left)
        self.new_bank_button.clicked.connect(self.new_bank)
        self.rename_button.clicked.connect(self.rename_bank)
        self.delete_bank_button.clicked.connect(self.delete_bank)
        for button in (self.new_bank_button, self.rename_button, self.delete_bank_button):
            bank_buttons.addWidget(button)
        side.addLayout(bank_buttons)

        right = QWidget(splitter)
        main = QVBoxLayout(right)
        main.setContentsMargins(6, 0, 0, 0)
        self.list = BankQuestions(right)
        self.list.activated.connect(self.edit_question)
        self.list.selection_changed.connect(self._update_buttons)
        main.addWidget(self.list, 1)
        actions = QHBoxLayout()
        self.add_button = QPushButton(icon(IconName.ADD, 16), self.tr("Add question…"), right)
        self.edit_button = QPushButton(self.tr("Edit…"), right)
        self.delete_button = QPushButton(icon(IconName.DELETE, 16), self.tr("Delete"), right)
        self.import_button = QPushButton(icon(IconName.IMPORT, 16),
                                         self.tr("Import questions…"), right)
        self.import_button.setToolTip(self.tr("Add the questions of a GIFT or Moodle XML file "
                                              "to this bank (or to a new bank named after the "
                                              "file); you see what it will do first"))
        self.export_button = QPushButton(self.tr("Export…"), right)
        self.export_button.setToolTip(self.tr("Write this bank's questions to a GIFT or Moodle "
                                              "XML file"))
        self.export_button.clicked.connect(self._choose_export)
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.delete_button.clicked.connect(self.delete_question)
        self.import_button.clicked.connect(self._choose_gift)
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        main.addLayout(actions)
        self.status = QLabel(right)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        main.addWidget(self.status)
        splitter.setSizes([260, 720])
        splitter.setStretchFactor(1, 1)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the search must not make a bank
        bottom = QHBoxLayout()
        self.undo_action = QAction(icon(IconName.UNDO, 16), self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(studio.undo)
        self.addAction(self.undo_action)
        undo = QToolButton(self)
        undo.setDefaultAction(self.undo_action)
        undo.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        self.banks.setStyleSheet("QListView::item { padding: 3px 2px; }")
        close.clicked.connect(self.reject)
        bottom.addWidget(undo)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        studio.changed.connect(self._workspace_changed)
        stack = studio.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self._undo_text(stack.undoText())
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def bank_id(self) -> uuid.UUID | None:
        """Return the id of the bank selected in the list."""
        item = self.banks.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Re-read the banks, keeping (or moving to) the selected one."""
        wanted = select or self.bank_id()
        self.banks.blockSignals(True)
        self.banks.clear()
        for summary in self._services.questions.banks():
            item = QListWidgetItem(icon(IconName.BANK, 16), summary.title, self.banks)
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(self.tr("1 question") if summary.questions == 1 else
                            self.tr("%n questions", "", summary.questions))
            if summary.id == wanted:
                self.banks.setCurrentItem(item)
        if self.banks.currentItem() is None and self.banks.count():
            self.banks.setCurrentRow(0)
        self.banks.blockSignals(False)
        self._show_bank()

    def _show_bank(self) -> None:
        bank_id = self.bank_id()
        self._bank = self._services.questions.bank(bank_id) if bank_id else None
        self.list.show_bank(self._bank)
        self._update_buttons()

    def visible_questions(self) -> list[str]:
        """Return the labels of the questions the filter lets through, in order."""
        return self.list.visible()

    def _update_buttons(self) -> None:
        has_bank = self._bank is not None
        has_question = self.list.selected() is not None
        for widget in (self.rename_button, self.delete_bank_button, self.add_button,
                       self.export_button):
            widget.setEnabled(has_bank)
        self.edit_button.setEnabled(has_question)
        self.delete_button.setEnabled(has_question)
        self.import_button.setEnabled(self._job is None)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setToolTip(self.tr("Undo %1").replace("%1", text) if text
                                    else self.tr("Nothing to undo"))

    def _workspace_changed(self, changes: Changes) -> None:
        if changes.banks or changes.questions:
            self.refresh()

    # -- banks --------------------------------------------------------------------------------
    def _ask_name(self, title: str, text: str = "") -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the bank:"))
        dialog.setTextValue(text)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        name = dialog.textValue().strip()
        dialog.deleteLater()
        return name if accepted and name else None

    def new_bank(self) -> None:
        """Ask for a name and make an empty bank."""
        name = self._ask_name(self.tr("New question bank"))
        if name is None:
            return
        questions = self._services.questions
        changes = self._studio.do(self.tr("New question bank"),
                                  lambda: questions.create_bank(name))
        if changes is not None:
            self.refresh(select=changes.id)

    def rename_bank(self) -> None:
        """Ask for a new name for the selected bank."""
        bank = self._bank
        if bank is None:
            return
        name = self._ask_name(self.tr("Rename question bank"), bank.title)
        if name is None or name == bank.title:
            return
        questions = self._services.questions
        self._studio.do(self.tr("Rename question bank"),
                        lambda: questions.rename_bank(bank.id, name))

    def delete_bank(self) -> None:
        """Delete the selected bank and its questions, after asking."""
        bank = self._bank
        if bank is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete question bank"),
                          self.tr("Delete the bank “%1” and its %2 questions? Quizzes that "
                                  "draw from it will have nothing to draw.")
                          .replace("%1", bank.title).replace("%2", str(len(bank.questions))),
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is delete
        box.deleteLater()
        if chosen:
            questions = self._services.questions
            self._studio.do(self.tr("Delete question bank"),
                            lambda: questions.delete_bank(bank.id))

    # -- questions ----------------------------------------------------------------------------
    def add_question(self) -> None:
        """Write a new question into the selected bank."""
        bank = self._bank
        if bank is None:
            return
        draft, accepted = QuestionDialog.ask(self)
        if accepted and draft is not None:
            questions = self._services.questions
            self._studio.do(self.tr("Add question to bank"),
                            lambda: questions.add_to_bank(bank.id, [draft]))

    def edit_question(self) -> None:
        """Edit the selected question in the question form."""
        question = self.list.selected()
        if question is None:
            return
        draft, accepted = QuestionDialog.ask(self, draft_of(question), editing=True)
        if accepted and draft is not None and draft != draft_of(question):
            questions = self._services.questions
            self._studio.do(self.tr("Edit question"), lambda: questions.edit(question.id, draft))

    def delete_question(self) -> None:
        """Delete the selected question (Undo brings it back)."""
        question = self.list.selected()
        if question is not None:
            questions = self._services.questions
            self._studio.do(self.tr("Delete question"),
                            lambda: questions.delete_from_bank(question.id))

    # -- question files -----------------------------------------------------------------------
    def _choose_gift(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import questions"), str(Path.home()),
            self.tr("Question files (*.gift *.txt *.xml);;All files (*)"))
        if path:
            self.import_gift(Path(path))

    def import_gift(self, path: Path) -> None:
        """Read a GIFT or Moodle XML file off the GUI thread, show what it holds, then import."""
        title = self._bank.title if self._bank else None
        files = self._services.question_files
        self._import_path = path
        self._run(lambda _progress: files.preview(path, None, title), self._previewed,
                  self.tr("Reading %1…").replace("%1", path.name))

    def _run(self, work: Callable[[Progress], object], done: Callable[..., None],
             status: str) -> None:
        self._job = Job(work, self)
        self._job.finished.connect(done)
        self._job.failed.connect(self._import_failed)
        self.status.setText(status)
        self._update_buttons()
        self._job.start()

    def _previewed(self, plan: QuestionImport) -> None:
        self._job = None
        self._update_buttons()
        if not plan.drafts:
            first = f"{plan.source}, {plan.skipped[0]}" if plan.skipped else plan.source
            self.status.setText(self.tr("Not imported: %1").replace("%1", first))
            return
        if not self.confirm_import(plan):
            self.status.setText(self.tr("Import cancelled."))
            return
        files, path = self._services.question_files, self._import_path
        self._run(lambda _progress: files.import_file(path, plan.file_format, plan.bank_title),
                  self._imported, self.tr("Importing %1…").replace("%1", path.name))

    def confirm_import(self, plan: QuestionImport) -> bool:
        """Show what the import will add, skip and change; True when the creator goes ahead."""
        text = (self.tr("Add 1 question to the bank “%2”?") if plan.added == 1 else
                self.tr("Add %n questions to the bank “%2”?", "", plan.added)).replace(
            "%2", plan.bank_title)
        box = ask_to_import(self, self.tr("Import questions"), text, self.tr("Import"), plan)
        accepted = box.exec() == QMessageBox.StandardButton.Ok.value
        box.deleteLater()
        return accepted

    def busy(self) -> bool:
        """True while an import or export runs."""
        return self._job is not None

    def _imported(self, result: QuestionImport) -> None:
        self._job = None
        path = self._import_path
        assert result.changes is not None
        # The import already ran in one transaction; this makes it one undoable step.
        self._studio.record(self.tr("Import questions from %1").replace("%1", path.name),
                            result.changes)
        message = (self.tr("Added 1 question from %1.") if result.added == 1 else
                   self.tr("Added %n questions from %1.", "", result.added)).replace(
            "%1", path.name)
        if result.skipped:
            message += " " + self.tr("Skipped: %1.").replace(
                "%1", "; ".join(str(s) for s in result.skipped))
        self.status.setText(message)
        self.refresh(select=result.changes.id)

    def _choose_export(self) -> None:
        bank = self._bank
        if bank is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export questions"), str(Path.home() / f"{bank.title}.xml"),
            self.tr("Moodle XML (*.xml);;GIFT (*.gift)"))
        if path:
            self.export_bank(Path(path))

    def export_bank(self, path: Path) -> None:
        """Write the selected bank's questions to `path` (format by suffix), off the GUI thread."""
        bank, files = self._bank, self._services.question_files
        if bank is None:
            return
        self._run(lambda _progress: files.export_bank(bank.id, path), self._exported,
                  self.tr("Writing %1…").replace("%1", path.name))

    def _exported(self, result: QuestionExport) -> None:
        self._job = None
        self._update_buttons()
        message = self.tr("Wrote %1 question(s) to %2.").replace(
            "%1", str(result.written)).replace("%2", result.path.name)
        if result.notes:
            message += " " + self.tr("Not carried: %1").replace(
                "%1", "; ".join(str(n) for n in result.notes))
        self.status.setText(message)

    def _import_failed(self, exc: BaseException, details: str) -> None:
        self._job = None
        self.status.setText(failure_text(exc, details))
        self._update_buttons()

    def reject(self) -> None:
        """Close, unless an import is still running."""
        if self._job is not None:
            self.status.setText(self.tr("Wait for the import to finish."))
            return
        super().reject()
