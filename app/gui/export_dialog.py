"""Export one or more modules: format, destination, options, progress, cancel, report."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.worker import Job, Progress
from authoring.errors import KiemError
from authoring.services import Services
from authoring.snapshot import ModuleSnap
from authoring.storage import explain_os_error
from export.destination import DestinationExists, DestinationRefused, check_destination
from export.errors import Cancelled
from export.exporter import (
    ExportRefused,
    Format,
    PdfVariant,
    batch_name,
    default_name,
    export_module,
)


@dataclass(frozen=True)
class ExportSource:
    """One module to export: its snapshot, and how to read its files (in the background)."""

    snap: ModuleSnap
    blobs: Callable[[], Mapping[str, bytes]]


def workspace_source(services: Services, module_id: uuid.UUID) -> ExportSource:
    """The module as the workspace holds it now."""
    snap = services.modules.snapshot(module_id)
    return ExportSource(snap, lambda: services.assets.files(a.sha256 for a in snap.assets))


class ExportDialog(QDialog):
    """Asks where and how to export, runs the export off the GUI thread, shows the report."""

    def __init__(self, services: Services | None, module_ids: list[uuid.UUID],
                 parent: QWidget | None = None, *,
                 sources: list[ExportSource] | None = None) -> None:
        """Export modules of the workspace, or the given `sources` (frozen versions)."""
        super().__init__(parent)
        if sources is None:
            assert services is not None  # noqa: S101 - one or the other, by the callers
            sources = [workspace_source(services, i) for i in module_ids]
        self._sources = sources
        self._job: Job | None = None
        self.last_question: QMessageBox | None = None  # the newest question asked (for tests)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        what = (sources[0].snap.title if len(sources) == 1
                else self.tr("%n module(s)", "", len(sources)))
        self.heading = QLabel(self.tr("Export <b>%1</b>").replace("%1", _escape(what)))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        formats = QWidget()
        format_box = QVBoxLayout(formats)
        format_box.setContentsMargins(0, 0, 0, 0)
        self.formats = QButtonGroup(self)
        labels = {
            Format.SCORM12: self.tr("SCORM 1.2 — works in almost every LMS"),
            Format.SCORM2004: self.tr("SCORM 2004 (4th edition) — separate completion and "
                                      "success"),
            Format.CMI5: self.tr("cmi5 (xAPI) — newer LMSs and platforms, with a learning record "
                                 "store"),
            Format.XAPI: self.tr("xAPI (Tin Can) — an LMS connected to a learning record store"),
            Format.HTML: self.tr("Web page (HTML, zip) — no LMS needed"),
            Format.PDF: self.tr("PDF — to print or to share"),
        }
        self.format_buttons: dict[Format, QRadioButton] = {}
        for fmt, label in labels.items():
            button = QRadioButton(label)
            self.formats.addButton(button)
            self.format_buttons[fmt] = button
            format_box.addWidget(button)
        self.format_buttons[Format.SCORM12].setChecked(True)
        form.addRow(self.tr("Format:"), formats)

        self.trainer = QCheckBox(self.tr("Trainer copy, with answers and feedback"))
        form.addRow(self.tr("PDF:"), self.trainer)

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

        self.force = QCheckBox(self.tr("Export even if the check finds errors"))
        form.addRow("", self.force)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)
        layout.addWidget(self.buttons)

        self._suggested = ""  # the destination Kiem last proposed (the user may type over it)
        # Once per switch: the group also reports the button that was switched off.
        self.formats.buttonToggled.connect(lambda _b, on: self._format_changed() if on else None)
        self.trainer.toggled.connect(lambda _on: self._format_changed())
        self.destination.textEdited.connect(self._clear_outcome)
        self.force.toggled.connect(self._clear_outcome)
        self._format_changed()

    # -- choices ------------------------------------------------------------------------------
    def chosen_format(self) -> Format:
        """Return the format whose button is checked."""
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def _variant(self) -> PdfVariant:
        return PdfVariant.TRAINER if self.trainer.isChecked() else PdfVariant.HANDOUT

    def _many(self) -> bool:
        return len(self._sources) > 1

    def _suggestion(self) -> Path:
        folder = Path.home()
        current = self.destination.text().strip()
        if current:
            path = Path(current)
            folder = path if self._many() else path.parent
        if self._many():
            return folder
        return folder / default_name(self._sources[0].snap, self.chosen_format(), self._variant())

    def _format_changed(self) -> None:
        self.trainer.setEnabled(self.chosen_format() is Format.PDF)
        current = self.destination.text().strip()
        suggested = self._suggestion()
        if current and current != self._suggested and not self._many():
            # A path the person typed or chose keeps its name; only the ending follows.
            suggested = Path(current).with_suffix(suggested.suffix)
        self._suggested = str(suggested)
        self.destination.setText(self._suggested)
        self._clear_outcome()

    def _clear_outcome(self, *_args: object) -> None:
        """A changed choice makes the last run's report stale: take it away."""
        if self._job is not None:
            return
        self.progress.setValue(0)
        self.status.clear()
        self.report.clear()
        self.report.setVisible(False)

    def _choose(self) -> None:
        if self._many():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                      self.destination.text())
            if folder:
                self.destination.setText(folder)
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                    self.destination.text())
        if path:
            self.destination.setText(path)

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Export in the background; the dialog shows progress and, at the end, the report."""
        target = Path(self.destination.text().strip()).expanduser()
        if not self.destination.text().strip():
            self.status.setText(self.tr("Choose where to save the export."))
            return
        fmt, variant, force = self.chosen_format(), self._variant(), self.force.isChecked()
        sources, many = list(self._sources), self._many()
        replace = False
        if not many:  # what is there is replaced only if it is ours, or the person says so
            try:
                check_destination(target, sources[0].snap.id,
                                  folder=fmt is Format.HTML and target.suffix.lower() != ".zip")
            except DestinationExists:
                replace = self._ask_replace(target)
                if not replace:
                    return
            except DestinationRefused as exc:
                self.status.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
                return

        def work(progress: Progress) -> list[str]:
            reports, used = [], set()
            for n, source in enumerate(sources):
                snap = source.snap
                out = target / batch_name(snap, fmt, variant, used) if many else target

                def step(done: int, total: int, label: str, n: int = n) -> None:
                    share = (n + (done / total if total else 1)) / len(sources)
                    progress(int(share * 1000), 1000, f"{sources[n].snap.title}: {label}")

                step(0, 1, "")
                result = export_module(snap, source.blobs(), fmt, out, force=force,
                                       replace=replace, pdf_variant=variant, progress=step)
                reports.append(result.report())
            return reports

        self._job = Job(work, self)
        self._job.progressed.connect(self._progressed)
        self._job.finished.connect(self._finished)
        self._job.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.report.setVisible(False)
        self.status.setText(self.tr("Exporting…"))
        self._job.start()

    def _ask_replace(self, target: Path) -> bool:
        """Ask before replacing a file that is not an earlier export of this module."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"),
                          self.tr("“%1” already exists and is not an earlier export of this "
                                  "module. Replace it?").replace("%1", target.name),
                          QMessageBox.StandardButton.Cancel, self)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.last_question = box
        box.exec()
        return box.clickedButton() is replace

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)
        self.status.setText(label)

    def _finished(self, reports: list[str]) -> None:
        self._job = None
        self.progress.setValue(100)
        self.status.setText(self.tr("Done. Upload the package to your LMS, or open it to check."))
        self.report.setPlainText("\n\n".join(reports))
        self.report.setVisible(True)
        self._idle()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._job = None
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled. Nothing was written."))
        elif isinstance(exc, ExportRefused):
            self.status.setText(self.tr("Not exported: the module has errors. Fix them, or tick "
                                        "“Export even if the check finds errors”."))
            self.report.setPlainText("\n".join(f"{f.severity.value}: {f.message}"
                                               for f in exc.findings))
            self.report.setVisible(True)
        elif isinstance(exc, KiemError | OSError):
            plain = explain_os_error(exc) if isinstance(exc, OSError) else exc
            self.status.setText(self.tr("Not exported: %1").replace("%1", str(plain)))
        else:
            self.status.setText(self.tr("Not exported: something unexpected went wrong. The "
                                        "details below help whoever maintains Kiem."))
            self.report.setPlainText(details)
            self.report.setVisible(True)
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
        """True while an export runs."""
        return self._job is not None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


