"""Imports and bundle exports for the library and the welcome screen, off the GUI thread.

Each import runs as a `Job`; when it succeeds, its Changes become one undoable step on the
studio's stack. Failures open a dialog that says what happened and what to do next. The
`NoticeBar` shows what is running and short notes of what was done.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.gui.studio import Studio
from app.gui.worker import Job, Progress
from authoring.errors import KiemError
from authoring.services import Changes


class Transfers(QObject):
    """Runs imports and bundle exports in the background and reports how they went."""

    imported = Signal(object)  # the new module's id; None for questions added to a bank
    busy_changed = Signal(str)  # what is running ("Importing …"), or "" when nothing is
    reported = Signal(str)  # a short note of success, for a notice bar

    def __init__(self, studio: Studio, widget: QWidget) -> None:
        super().__init__(widget)
        self._studio = studio
        self._widget = widget
        self._jobs: list[Job] = []
        self.last_message: QMessageBox | None = None  # the newest dialog shown (for tests)

    def busy(self) -> bool:
        """True while an import or export is running."""
        return bool(self._jobs)

    # --- imports ----------------------------------------------------------------------------

    def import_folder(self, folder: Path | None = None) -> Job | None:
        """Import a module folder (asking for it when not given)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._widget, self.tr("Choose a module folder to import"), _documents())
            if not chosen:
                return None
            folder = Path(chosen)
        services = self._studio.services
        return self._run(lambda _p: services.transfer.import_folder(folder),
                         self.tr("Importing “%1”…").replace("%1", folder.name),
                         self.tr("Import module folder"), folder.name)

    def import_bundle(self, path: Path | None = None) -> Job | None:
        """Import a .kiem bundle (asking for it when not given)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._widget, self.tr("Choose a Kiem bundle to import"), _documents(),
                self.tr("Kiem bundles (*.kiem)"))
            if not chosen:
                return None
            path = Path(chosen)
        services = self._studio.services
        return self._run(lambda _p: services.transfer.import_bundle(path),
                         self.tr("Importing “%1”…").replace("%1", path.name),
                         self.tr("Import bundle"), path.name)

    def import_gift(self, path: Path | None = None, bank_title: str | None = None) -> Job | None:
        """Add a GIFT file's questions to a question bank (asking for file and bank if needed)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._widget, self.tr("Choose a GIFT file with questions"), _documents(),
                self.tr("GIFT question files (*.gift *.txt)"))
            if not chosen:
                return None
            path = Path(chosen)
            title, ok = QInputDialog.getText(
                self._widget, self.tr("Question bank"),
                self.tr("Add the questions to the bank named:"), text=path.stem)
            if not ok or not title.strip():
                return None
            bank_title = title.strip()
        services = self._studio.services
        name = path.name
        return self._run(lambda _p: services.transfer.import_gift_to_bank(path, bank_title),
                         self.tr("Adding the questions of “%1”…").replace("%1", name),
                         self.tr("Import questions into a bank"), name)

    def _run(self, work: Callable[[Progress], Any], busy: str, step: str, name: str) -> Job:
        job = Job(work, self)
        job.finished.connect(lambda result: self._imported(job, result, step))
        job.failed.connect(lambda exc, details: self._failed(job, exc, details, name))
        self._start(job, busy)
        return job

    def _imported(self, job: Job, result: Any, step: str) -> None:
        self._finish(job)
        changes: Changes = result if isinstance(result, Changes) else result.changes
        self._studio.record(step, changes)  # already written: this records the undo step
        if isinstance(result, Changes):
            self.reported.emit(self.tr("Imported. Undo with Ctrl+Z if it was not meant."))
            self.imported.emit(changes.id)
            return
        text = (self.tr("Added one question to the question bank.") if result.added == 1
                else self.tr("Added %n questions to the question bank.", "", result.added))
        if result.skipped_lines:
            text += " " + self.tr(
                "Essays and descriptions cannot go into a bank, so these lines were left out: "
                "%1.").replace("%1", ", ".join(str(n) for n in result.skipped_lines))
        self._show(QMessageBox.Icon.Information, self.tr("Questions imported"), text)
        self.imported.emit(None)

    # --- export -----------------------------------------------------------------------------

    def export_bundle(self, module_id: uuid.UUID, title: str,
                      path: Path | None = None) -> Job | None:
        """Save a module as a .kiem bundle (asking where when not given)."""
        if path is None:
            suggested = str(Path(_documents()) / f"{_file_name(title)}.kiem")
            chosen, _ = QFileDialog.getSaveFileName(
                self._widget, self.tr("Save the module as a bundle"), suggested,
                self.tr("Kiem bundles (*.kiem)"))
            if not chosen:
                return None
            path = Path(chosen)
        services = self._studio.services
        job = Job(lambda _p: services.transfer.export_bundle(module_id, path), self)
        job.finished.connect(lambda out: self._exported(job, out))
        job.failed.connect(lambda exc, details: self._failed(job, exc, details, path.name,
                                                             export=True))
        self._start(job, self.tr("Saving “%1”…").replace("%1", path.name))
        return job

    def _exported(self, job: Job, out: Path) -> None:
        self._finish(job)
        self.reported.emit(self.tr("Saved “%1”. Colleagues import it with Import › Kiem "
                                   "bundle.").replace("%1", Path(out).name))

    # --- shared -----------------------------------------------------------------------------

    def _start(self, job: Job, busy: str) -> None:
        self._jobs.append(job)
        self.busy_changed.emit(busy)
        job.start()

    def _finish(self, job: Job) -> None:
        self._jobs.remove(job)
        if not self._jobs:
            self.busy_changed.emit("")

    def _failed(self, job: Job, exc: BaseException, details: str, name: str,
                export: bool = False) -> None:
        self._finish(job)
        if export:
            title = self.tr("Not saved")
            what = self.tr("“%1” was not saved.").replace("%1", name)
            todo = self.tr("Choose another place to save it (one you can write to, with free "
                           "space) and try again.")
        else:
            title = self.tr("Not imported")
            what = self.tr("“%1” was not imported.").replace("%1", name)
            todo = self.tr("Nothing in your workspace was changed. Correct the problem named "
                           "above and import again.")
        if isinstance(exc, KiemError):
            reason = str(exc)
        elif isinstance(exc, OSError):
            reason = self.tr("The file could not be read or written: %1").replace(
                "%1", exc.strerror or str(exc))
        else:
            reason = self.tr("Kiem ran into an unexpected problem. If it happens again, send "
                             "the details below to whoever maintains Kiem.")
            todo = ""
        box = self._show(QMessageBox.Icon.Warning, title, what,
                         f"{reason}\n\n{todo}".strip())
        if not isinstance(exc, KiemError | OSError):
            box.setDetailedText(details)

    def _show(self, kind: QMessageBox.Icon, title: str, text: str,
              info: str = "") -> QMessageBox:
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self._widget)
        box.setInformativeText(info)
        self.last_message = box
        box.open()  # window-modal, without blocking: the jobs keep reporting
        return box


class NoticeBar(QFrame):
    """A quiet line under a view: what is running (with a busy bar), or what was just done."""

    undo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: palette(alternate-base); "
                           "border-radius: 6px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(12)
        self.progress = QProgressBar(maximumWidth=120, maximumHeight=8, textVisible=False)
        self.progress.setRange(0, 0)
        self.text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.hide)
        self.undo_button.clicked.connect(self.undo_clicked)
        row.addWidget(self.progress)
        row.addWidget(self.text)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self._timer = QTimer(self, singleShot=True, interval=10_000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, undo: bool = False) -> None:
        """Show a note (with an Undo button for the last step) for ten seconds."""
        self.text.setText(text)
        self.undo_button.setVisible(undo)
        self.progress.hide()
        self.show()
        self._timer.start()

    def busy(self, text: str) -> None:
        """Show what is running; "" hides it again (unless a note replaced it)."""
        if text:
            self._timer.stop()
            self.text.setText(text)
            self.undo_button.hide()
            self.progress.show()
            self.show()
        elif self.progress.isVisible():
            self.hide()


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _file_name(title: str) -> str:
    """Return a title as a safe file name: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-")[:60] or "module"
