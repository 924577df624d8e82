"""The status bar's word on saving: "All changes are saved" only when it is true.

When typing waits for the workspace (another process writes, the disk is full or the file
read-only), the label says so, its tooltip says why, and closing the window asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.gui.studio import Studio

CLOSE_WAIT_S = 3.0  # on closing, how long kept typing may wait for the workspace once more


class SaveStatus(QLabel):
    """A label that follows the studio's changes and the edits that wait."""

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self._studio = studio
        studio.changed.connect(lambda _changes: self.refresh())
        studio.saves.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Say whether every change is in the workspace, and if not, why."""
        saves = self._studio.saves
        if not saves.waiting:
            self.setText(self.tr("All changes are saved"))
            self.setToolTip(self.tr("Kiem saves every change the moment you make it."))
            self.setStyleSheet("")
            return
        self.setText(self.tr("Not saved yet: waiting for the workspace"))
        waiting = (self.tr("One edit waits.") if saves.waiting == 1 else
                   self.tr("%1 edits wait.").replace("%1", str(saves.waiting)))
        self.setToolTip(self.tr(
            "%1\n\n%2 Your typing is kept, also on disk in case Kiem closes, and saved in the "
            "order you made it as soon as the workspace takes it.").replace(
            "%1", saves.reason).replace("%2", waiting))
        self.setStyleSheet("QLabel#saveStatus { font-weight: 600; }")


def may_close(parent: QWidget, studio: Studio) -> bool:
    """Try kept typing once more; if it still waits, ask whether to close now."""
    saves = studio.saves
    if not saves.waiting or saves.flush(CLOSE_WAIT_S):
        return True
    text = QCoreApplication.translate(
        "SaveStatus", "%1 edits are not in the workspace yet:\n\n%2\n\nThey are kept on "
        "this computer: if you close now, Kiem saves them the next time it opens this "
        "workspace.").replace("%1", str(saves.waiting)).replace("%2", saves.reason)
    title = QCoreApplication.translate("SaveStatus", "Not saved yet")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    close = box.addButton(QCoreApplication.translate("SaveStatus", "Close now"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("SaveStatus", "Keep waiting"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is close
