"""Export the approved version of a module (exactly what reviewers approved), then publish it.

The version comes frozen from the review service; the export runs off the GUI thread with
progress, like the studio's export dialog. Once written, "Mark as published" records that the
version went to the LMS (admins only; the service says so to anyone else).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.library_model import styled
from app.gui.refusal import tell
from app.gui.worker import Job, Progress
from authoring.errors import KiemError
from export.errors import Cancelled
from export.exporter import Format, PdfVariant, default_name, export_module

if TYPE_CHECKING:
    from authoring.snapshot import ModuleSnap
    from review.service import ReviewService
    from review.state import Request


class ApprovedExportDialog(QDialog):
    """Format and destination for one approved version; progress; then "Mark as published"."""

    published = Signal()

    def __init__(self, review: ReviewService, request: Request, snap: ModuleSnap,
                 blobs: dict[str, bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.request = request
        self._snap, self._blobs = snap, blobs
        self._job: Job | None = None
        self.last_message: QMessageBox | None = None  # the newest message box (for tests)
        self.setWindowTitle(self.tr("Export approved version"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = styled(QLabel(self.tr("Export “%1”, version %2").replace("%1", snap.title)
                                .replace("%2", str(request.version))), 1.3, bold=True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        about = styled(QLabel(self.tr("This is the version the reviewers approved, exactly as "
                                      "they saw it; later drafts are not part of it.")),
                       muted=True)
        about.setWordWrap(True)
        layout.addWidget(about)

        form = QFormLayout()
        formats = QWidget()
        format_box = QVBoxLayout(formats)
        format_box.setContentsMargins(0, 0, 0, 0)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[Format, QRadioButton] = {}
        for fmt, label in ((Format.SCORM12, self.tr("SCORM 1.2 — works in almost every LMS")),
                           (Format.SCORM2004, self.tr("SCORM 2004 (4th edition)")),
                           (Format.HTML, self.tr("Web page (HTML, zip) — no LMS needed")),
                           (Format.PDF, self.tr("PDF — to print or to share"))):
            button = QRadioButton(label)
            self.formats.addButton(button)
            self.format_buttons[fmt] = button
            format_box.addWidget(button)
        self.format_buttons[Format.SCORM12].setChecked(True)
        form.addRow(self.tr("Format:"), formats)
        destination = QWidget()
        row = QHBoxLayout(destination)
        row.setContentsMargins(0, 0, 0, 0)
        self.destination = QLineEdit()
        self.destination.setAccessibleName(self.tr("Destination"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Save to:"), destination)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button = self.buttons.addButton(self.tr("Mark as published"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.publish_button.hide()
        self.export_button.clicked.connect(self.start)
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self._close_or_cancel)
        layout.addWidget(self.buttons)
        self.formats.buttonToggled.connect(self._format_changed)
        self._format_changed()

    def chosen_format(self) -> Format:
        """Return the format whose button is checked."""
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def _format_changed(self, *_args: object) -> None:
        current = self.destination.text().strip()
        folder = Path(current).parent if current else Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.destination.setText(str(folder / default_name(self._snap, self.chosen_format(),
                                                           PdfVariant.HANDOUT)))

    def _choose(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                    self.destination.text())
        if path:
            self.destination.setText(path)

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Export in the background; progress shows here."""
        if not self.destination.text().strip():
            self.status.setText(self.tr("Choose where to save the export."))
            return
        target = Path(self.destination.text().strip()).expanduser()
        snap, blobs, fmt = self._snap, self._blobs, self.chosen_format()

        def work(progress: Progress) -> Path:
            progress(0, 1, "")
            export_module(snap, blobs, fmt, target, progress=progress)
            return target

        self._job = Job(work, self)
        self._job.progressed.connect(self._progressed)
        self._job.finished.connect(self._finished)
        self._job.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.status.setText(self.tr("Exporting…"))
        self._job.start()

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)
        if label:
            self.status.setText(label)

    def _finished(self, out: Path) -> None:
        self._job = None
        self.progress.setValue(100)
        self.status.setText(self.tr("Exported to %1. Upload it to your LMS, then mark this "
                                    "version published.").replace("%1", str(out)))
        self.publish_button.show()
        self.publish_button.setDefault(True)
        self._idle()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._job = None
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled. Nothing was written."))
        elif isinstance(exc, KiemError | OSError):
            self.status.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
        else:
            self.status.setText(self.tr("Not exported: something unexpected went wrong (%1).")
                                .replace("%1", type(exc).__name__))
        self._idle()

    def _idle(self) -> None:
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _close_or_cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def busy(self) -> bool:
        """True while the export runs."""
        return self._job is not None

    # -- publishing ---------------------------------------------------------------------------
    def publish(self) -> bool:
        """Mark the exported version published (admins); say why when refused."""
        try:
            self.review.publish(str(self.request.module), self.request.version)
        except KiemError as exc:
            self.last_message = tell(self, self.tr("Not marked published"), str(exc))
            return False
        self.status.setText(self.tr("Version %1 is marked published.").replace(
            "%1", str(self.request.version)))
        self.publish_button.setEnabled(False)
        self.published.emit()
        return True
