"""Screenshots of the question dialog and the bank dialog in the light and the dark theme.

Set KIEM_SCREENSHOTS=<folder> to keep them and look at them; otherwise they go to tmp.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.gui import theme
from app.gui.editor.questions import BankDialog, QuestionDialog
from app.gui.editor.questions.block_form import draft_of
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft

SAMPLE_GIFT = Path(__file__).resolve().parents[3] / "resources" / "samples" / "phishing" / \
    "quiz.gift"

WARNING_SIGNS = QuestionDraft(
    QuestionKind.MULTIPLE_RESPONSE,
    "An email from “Payroll Team” (payroll@example.net) says your salary payment failed and "
    "asks you to update your bank details within 2 hours. Which two details are warning signs?",
    ChoiceData((
        Choice("a", "The sender address ends in example.net, not example.com", True, 50,
               "Right. A familiar name with an address that is not ours is the first check."),
        Choice("b", "It wants your bank details through a link, within 2 hours", True, 50),
        Choice("c", "It greets you by your first name", False, -50),
        Choice("d", "It is signed with our company name", False, -50),
    )),
    title="Warning signs in one message", feedback_correct="Well spotted.",
    feedback_incorrect="Look at the sender address and at what the email asks you to do.",
    points=2, tags=("warning-signs", "sender"))


@pytest.fixture(params=["light", "dark"])
def themed(request, qtbot):
    theme.apply(QApplication.instance(), request.param)
    yield request.param
    theme.apply(QApplication.instance(), "light")


def test_question_dialog_screenshot(qtbot, themed, shots):
    dialog = QuestionDialog(WARNING_SIGNS, editing=True)
    qtbot.addWidget(dialog)
    dialog.resize(760, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(200)  # let the layouts settle
    rows = dialog.form.choice.rows()
    assert [r.weight.placeholderText() for r in rows] == ["50", "50", "-50", "-50"]
    path = shots / f"question-dialog-{themed}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_bank_dialog_screenshot(qtbot, themed, shots, studio):
    bank = studio.services.transfer.import_gift_to_bank(SAMPLE_GIFT, "Phishing certification")
    studio.services.questions.create_bank("Passwords")
    questions = studio.services.questions
    tags = [("links", "hover"), ("warning-signs",), ("reporting",), ("links", "domains"),
            ("reporting",), ("reporting", "clicked"), ("fraud",)]
    for question, tag in zip(questions.bank(bank.changes.id).questions, tags, strict=True):
        questions.edit(question.id, replace(draft_of(question), tags=tag))
    dialog = BankDialog(studio)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.refresh(select=bank.changes.id)
    dialog.list.tree.topLevelItem(1).setSelected(True)
    qtbot.wait(200)
    path = shots / f"bank-dialog-{themed}.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000
