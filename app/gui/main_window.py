"""The studio main window: for now the modules of the workspace, import and export.

The module editor replaces the list's centre when it lands; until then a note says so.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.export_dialog import ExportDialog
from app.gui.worker import Job, Progress
from authoring.kinds import ModuleStatus
from authoring.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Lists the modules of the open workspace; imports folders; exports modules."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._jobs: list[Job] = []
        self.setWindowTitle(self.tr("Kiem"))
        self.resize(900, 560)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.notice = QLabel(self.tr(
            "The module editor is coming. Meanwhile, import module folders and export modules "
            "here, or use the <code>kiem</code> command (<code>kiem --help</code>)."
        ))
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.modules = QTreeWidget(central)
        self.modules.setHeaderLabels([self.tr("Title"), self.tr("Status"), self.tr("Pages"),
                                      self.tr("Questions")])
        self.modules.setRootIsDecorated(False)
        self.modules.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.modules.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.modules)
        self.setCentralWidget(central)

        toolbar = self.addToolBar(self.tr("Modules"))
        toolbar.setObjectName("modules-toolbar")
        self.import_action = QAction(self.tr("Import folder…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_folder)
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_selected)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        self.refresh()

    def _status_label(self, status: ModuleStatus) -> str:
        return {
            ModuleStatus.DRAFT: self.tr("Draft"),
            ModuleStatus.IN_REVIEW: self.tr("In review"),
            ModuleStatus.CHANGES_REQUESTED: self.tr("Changes requested"),
            ModuleStatus.APPROVED: self.tr("Approved"),
            ModuleStatus.PUBLISHED: self.tr("Published"),
            ModuleStatus.ARCHIVED: self.tr("Archived"),
        }[status]

    def refresh(self) -> None:
        """Reload the module list from the workspace."""
        self.modules.clear()
        for row in self._services.modules.list():
            item = QTreeWidgetItem(self.modules, [row.title, self._status_label(row.status),
                                                  str(row.pages), str(row.questions)])
            item.setData(0, ID_ROLE, str(row.id))
        self.modules.resizeColumnToContents(0)
        self._selection_changed()

    def selected_ids(self) -> list[uuid.UUID]:
        """Return the ids of the selected modules, in list order."""
        return [uuid.UUID(item.data(0, ID_ROLE)) for item in self.modules.selectedItems()]

    def _selection_changed(self) -> None:
        self.export_action.setEnabled(bool(self.modules.selectedItems()))

    def export_selected(self) -> ExportDialog | None:
        """Open the export dialog for the selected modules."""
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = ExportDialog(self._services, ids, self)
        dialog.open()
        return dialog

    def import_folder(self, folder: Path | None = None) -> Job | None:
        """Import a module folder (asking for it when not given), in the background."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Import a module folder"))
            if not chosen:
                return None
            folder = Path(chosen)
        services = self._services

        def work(_progress: Progress) -> object:
            return services.transfer.import_folder(folder)

        job = Job(work, self)
        job.finished.connect(lambda _changes: self._imported(job))
        job.failed.connect(lambda exc, _details: self._import_failed(job, exc))
        self._jobs.append(job)
        job.start()
        return job

    def _imported(self, job: Job) -> None:
        self._jobs.remove(job)
        self.refresh()

    def _import_failed(self, job: Job, exc: BaseException) -> None:
        self._jobs.remove(job)
        QMessageBox.warning(self, self.tr("Not imported"),
                            self.tr("The folder was not imported:\n%1\n\nNothing was changed. "
                                    "Correct the file named above and import again.")
                            .replace("%1", str(exc)))
