"""The Qt studio: start-up (language, theme, error hook) and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from app.gui import web_engine
from app.gui.singletons import keep_singletons_alive

keep_singletons_alive()  # before any Qt call: see singletons.py
web_engine.prepare()  # before QtWebEngine loads, or as root it ends the process


def run(workspace: Path | None) -> int:
    """Show the studio window, open the workspace into it; return the exit status."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui import crash, i18n, theme
    from app.gui.startup import open_studio

    QCoreApplication.setOrganizationName("Kiem")
    QCoreApplication.setApplicationName("Kiem")
    app = QApplication.instance() or QApplication(sys.argv)
    settings = QSettings()
    translators = i18n.install(app, i18n.chosen_language(settings))
    theme.apply(app, theme.chosen_theme(settings))
    theme.follow_system(app, settings)
    crash.install()
    opening = open_studio(workspace, settings)  # the window shows; the workspace opens after
    status = app.exec()
    opening.window.deleteLater()  # with its web pages, while Qt runs: QtWebEngine crashes otherwise
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del translators
    if opening.services is not None:
        opening.services.workspace.close()
    return status if opening.failed_status is None else opening.failed_status
