"""The Qt studio. Until the editor lands, a window that shows the workspace's modules."""

from __future__ import annotations

import sys
from pathlib import Path


def run(workspace: Path | None) -> int:
    """Open the workspace and show the studio window; return the exit status."""
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from authoring.services import Services
    from authoring.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kiem")
    services = Services(Workspace.open(workspace))
    window = MainWindow(services)
    window.show()
    return app.exec()
