"""The Qt studio: start-up (language, theme, error hook) and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from app.gui import web_engine
from app.gui.singletons import keep_singletons_alive

keep_singletons_alive()  # before any Qt call: see singletons.py
web_engine.prepare()  # before QtWebEngine loads, or as root it ends the process


def run(workspace: Path | None) -> int:
    """Open the workspace and show the studio window; return the exit status."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.gui import crash, i18n, theme
    from app.gui.main_window import MainWindow
    from authoring.errors import KiemError
    from authoring.services import Services
    from authoring.workspace import Workspace

    QCoreApplication.setOrganizationName("Kiem")
    QCoreApplication.setApplicationName("Kiem")
    app = QApplication.instance() or QApplication(sys.argv)
    settings = QSettings()
    translators = i18n.install(app, i18n.chosen_language(settings))
    theme.apply(app, theme.chosen_theme(settings))
    theme.follow_system(app, settings)
    crash.install()
    try:
        services = Services(Workspace.open(workspace))
    except KiemError as exc:  # said in a window: the studio is often started without a terminal
        title = QApplication.translate("Studio", "Kiem cannot open the workspace")
        QMessageBox.critical(None, title, str(exc))
        return exc.exit_status
    window = MainWindow(services)
    window.show()
    status = app.exec()
    window.deleteLater()  # with its web pages, while Qt runs: QtWebEngine crashes otherwise
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del translators
    services.workspace.close()
    return status
