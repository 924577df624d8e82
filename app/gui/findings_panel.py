"""The findings of the open module in a list (for a dock): what to fix before export, and where.

Clicking a finding, or pressing Enter on it, emits `jump(page_id, block_id)` so the editor can
go there; the list follows every change to the module.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.gui.icons import IconName, icon
from authoring.errors import KiemError
from authoring.kinds import Severity

if TYPE_CHECKING:
    from app.gui.studio import Studio
    from authoring.check import Finding
    from authoring.services import Changes
    from authoring.snapshot import ModuleSnap

WHERE_ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    """A summary line over the list of findings, errors first."""

    jump = Signal(object, object)  # page id, block id (None: the page itself)

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.module_id: uuid.UUID | None = None
        self.findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Problems in the module"))
        self.list.itemClicked.connect(self._go)
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        studio.changed.connect(self._workspace_changed)
        self.show_module(None)

    def show_module(self, module: ModuleSnap | None) -> None:
        """Check `module` (None: no module open) and list what it finds."""
        self.module_id = module.id if module is not None else None
        found: list[Finding] = []
        if module is not None:  # the check (and Markdown) load with the first module opened
            from authoring.check import check  # noqa: PLC0415 - start-up time

            found = check(module)
        # errors first, then warnings; check's page order is kept within each
        self.findings = sorted(found, key=lambda f: f.severity is not Severity.ERROR)
        self.list.clear()
        if self.findings:
            self._list_findings()
        self.summary.setText(self._summary(module))

    def _list_findings(self) -> None:
        from app.gui.editor.findings import finding_text  # noqa: PLC0415 - start-up time

        for finding in self.findings:
            error = finding.severity is Severity.ERROR
            item = QListWidgetItem(icon(IconName.ERROR if error else IconName.WARNING),
                                   finding_text(finding))
            item.setToolTip(self.tr("Error: export refuses to start until it is fixed") if error
                            else self.tr("Warning: advice for a better module"))
            item.setData(WHERE_ROLE, (finding.page, finding.block))
            self.list.addItem(item)

    def wanted_height(self, most_rows: int = 8) -> int:
        """The height that shows the summary and the findings (up to `most_rows` of them)."""
        rows = sum(self.list.sizeHintForRow(i) for i in range(min(self.list.count(), most_rows)))
        margins = self.layout().contentsMargins()
        return (self.summary.sizeHint().height() + self.layout().spacing() + max(rows, 0)
                + 2 * self.list.frameWidth() + margins.top() + margins.bottom() + 4)

    def _summary(self, module: ModuleSnap | None) -> str:
        if module is None:
            return self.tr("No module open.")
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = len(self.findings) - errors
        if not self.findings:
            return self.tr("No problems found: ready to export")
        parts = []
        if errors:
            parts.append(self.tr("1 error") if errors == 1 else self.tr("%n errors", "", errors))
        if warnings:
            parts.append(self.tr("1 warning") if warnings == 1
                         else self.tr("%n warnings", "", warnings))
        return self.tr(", ").join(parts)

    def _go(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        page_id, block_id = item.data(WHERE_ROLE)
        if page_id is not None:  # module-wide findings have nowhere to go
            self.jump.emit(page_id, block_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Enter or Return on a finding goes there, like a click."""
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._go(self.list.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _workspace_changed(self, changes: Changes) -> None:
        if self.module_id is None:
            return
        if self.module_id not in changes.modules and not changes.banks:
            return
        try:
            module = self.studio.services.modules.snapshot(self.module_id)
        except KiemError:  # deleted, or its creation undone
            module = None
        self.show_module(module)
