"""The studio main window: for now the modules of the workspace and a note on the coming editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from authoring.services import Services


class MainWindow(QMainWindow):
    """Lists the modules of the open workspace."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.setWindowTitle(self.tr("Kiem"))
        self.resize(900, 560)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.notice = QLabel(self.tr(
            "The module editor is coming. Meanwhile, import and check modules with the "
            "<code>kiem</code> command (<code>kiem --help</code>)."
        ))
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.modules = QTreeWidget(central)
        self.modules.setHeaderLabels([self.tr("Title"), self.tr("Status"), self.tr("Pages"),
                                      self.tr("Questions")])
        self.modules.setRootIsDecorated(False)
        layout.addWidget(self.modules)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        """Reload the module list from the workspace."""
        self.modules.clear()
        for row in self._services.modules.list():
            QTreeWidgetItem(self.modules, [row.title, row.status.value, str(row.pages),
                                           str(row.questions)])
        self.modules.resizeColumnToContents(0)
