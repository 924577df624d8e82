"""Export the approved version of a module (exactly what reviewers approved), then publish it.

The studio's export dialog, given the frozen version from the review service instead of the
workspace's draft. Once written, "Mark as published" records that the version went to the
LMS (admins only; the service says so to anyone else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from app.gui.export_dialog import ExportDialog, ExportSource
from app.gui.library_model import styled
from app.gui.refusal import tell
from authoring.errors import KiemError

if TYPE_CHECKING:
    from authoring.snapshot import ModuleSnap
    from review.service import ReviewService
    from review.state import Request


class ApprovedExportDialog(ExportDialog):
    """Format and destination for one approved version; progress; then "Mark as published"."""

    published = Signal()

    def __init__(self, review: ReviewService, request: Request, snap: ModuleSnap,
                 blobs: dict[str, bytes], parent: QWidget | None = None) -> None:
        super().__init__(None, [], parent, sources=[ExportSource(snap, lambda: blobs)])
        self.review = review
        self.request = request
        self.last_message: QMessageBox | None = None  # the newest message box (for tests)
        self.setWindowTitle(self.tr("Export approved version"))
        self.heading.setText(self.tr("Export “%1”, version %2").replace("%1", snap.title)
                             .replace("%2", str(request.version)))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a title, not markup
        styled(self.heading, 1.3, bold=True)
        about = styled(QLabel(self.tr("This is the version the reviewers approved, exactly as "
                                      "they saw it; later drafts are not part of it.")),
                       muted=True)
        about.setWordWrap(True)
        self.layout().insertWidget(1, about)
        self.publish_button = self.buttons.addButton(self.tr("Mark as published"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.hide()
        self.publish_button.clicked.connect(self.publish)

    def _finished(self, reports: list[str]) -> None:
        super()._finished(reports)
        self.status.setText(self.tr("Exported to %1. Upload it to your LMS, then mark this "
                                    "version published.").replace("%1", self.destination.text()))
        self.publish_button.show()
        self.publish_button.setDefault(True)

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
