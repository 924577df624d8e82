"""What the studio says around an import of a question file, wherever the questions go.

The bank dialog and the outline's quiz page import ask the same question before writing (what
will be added, then each skipped item and note in the details) and word a failure the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from authoring.errors import KiemError
from authoring.services.question_files import QuestionImport


def ask_to_import(parent: QWidget, title: str, text: str, go: str,
                  plan: QuestionImport) -> QMessageBox:
    """The question before an import: `text` says what it adds; the details list the rest."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(go)
    if plan.skipped or plan.notes:
        box.setInformativeText(QCoreApplication.translate(
            "ImportReport", "%1 item(s) will be skipped, %2 note(s): see the details.")
            .replace("%1", str(len(plan.skipped))).replace("%2", str(len(plan.notes))))
        box.setDetailedText("\n".join(plan.report()[1:]))
    return box


def failure_text(exc: BaseException, details: str) -> str:
    """An import that failed, in a line: the reason when Kiem knows it, else the last line."""
    if isinstance(exc, KiemError | OSError):
        return QCoreApplication.translate("ImportReport", "Not imported: %1").replace(
            "%1", str(exc))
    return QCoreApplication.translate(
        "ImportReport", "Not imported: something unexpected went wrong.\n%1").replace(
        "%1", details.strip().splitlines()[-1])
