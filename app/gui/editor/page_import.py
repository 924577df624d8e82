"""A quiz page from a question file: GIFT or Moodle XML onto a new page at the end of a module.

The file is read off the GUI thread; the creator sees what will be added and skipped before
anything is written; the page is written in one transaction off the GUI thread too, then
made one undoable step, and shown.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui.editor.import_report import ask_to_import, failure_text
from app.gui.studio import Studio
from app.gui.worker import Job
from authoring.services.question_files import QuestionImport


class QuizPageImport(QObject):
    """Reads a question file, asks, and puts its questions on a new quiz page."""

    imported = Signal(object)  # the new page's id

    def __init__(self, studio: Studio, parent: QWidget) -> None:
        super().__init__(parent)
        self._studio = studio
        self._parent = parent
        self.job: Job | None = None

    def choose(self, module_id: uuid.UUID) -> None:
        """Ask for a question file, then import it into the module."""
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, self.tr("Quiz page from a question file"), str(Path.home()),
            self.tr("Question files (*.gift *.txt *.xml);;All files (*)"))
        if path:
            self.start(Path(path), module_id)

    def start(self, path: Path, module_id: uuid.UUID) -> None:
        """Read `path` in the background and show what it holds; nothing is written yet."""
        if self.job is not None:
            return
        files = self._studio.services.question_files
        self._run(lambda _progress: files.preview(path), lambda plan: self._previewed(
            plan, path, module_id))

    def _run(self, work: object, done: object) -> None:
        self.job = Job(work, self)  # type: ignore[arg-type]
        self.job.finished.connect(done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _previewed(self, plan: QuestionImport, path: Path, module_id: uuid.UUID) -> None:
        self.job = None
        if not plan.drafts:
            first = f"{plan.source}, {plan.skipped[0]}" if plan.skipped else plan.source
            self._studio.failed.emit(self.tr("Not imported: %1").replace("%1", first))
            return
        if not self.confirm(plan):
            return
        files = self._studio.services.question_files
        self._run(lambda _progress: files.import_to_module(path, module_id, plan.file_format),
                  lambda result: self._imported(result, path))

    def confirm(self, plan: QuestionImport) -> bool:
        """Show what the import adds and skips; True when the creator goes ahead."""
        box = ask_to_import(
            self._parent, self.tr("Quiz page from a question file"),
            self.tr("Put %n question(s) on a new quiz page “%2”?", "", plan.added).replace(
                "%2", plan.bank_title), self.tr("Add the page"), plan)
        accepted = box.exec() == QMessageBox.StandardButton.Ok.value
        box.deleteLater()
        return accepted

    def _imported(self, result: QuestionImport, path: Path) -> None:
        self.job = None
        if result.changes is None:
            return
        # The page was written in one transaction; this makes it one undoable step.
        self._studio.record(self.tr("Quiz page from %1").replace("%1", path.name),
                            result.changes)
        self.imported.emit(result.changes.id)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.job = None
        self._studio.failed.emit(failure_text(exc, details))
