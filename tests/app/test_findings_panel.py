"""The findings panel: what check finds in the open module, and a jump to where it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.editor.findings import finding_text
from app.gui.findings_panel import WHERE_ROLE, FindingsPanel
from app.gui.studio import Studio
from authoring import blocks as b
from authoring.kinds import BlockKind, QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft

LEFT = Qt.MouseButton.LeftButton


def draft(correct: bool) -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which link is safe?", ChoiceData((
        Choice("a", "The bank's own address", correct=correct), Choice("b", "A short link"))))


@pytest.fixture
def studio(qtbot, services) -> Studio:
    studio = Studio(services)
    studio.messages = []
    studio.failed.connect(studio.messages.append)
    return studio


@pytest.fixture
def module(studio: Studio):
    """A module with an empty page and a page whose question has no correct answer."""
    services = studio.services
    module_id = services.modules.create("Spot a phishing email").id
    empty = services.pages.add(module_id, "Coming soon").id
    quiz = services.pages.add(module_id, "Check").id
    block = services.questions.add_to_page(quiz, draft(correct=False)).id
    return module_id, empty, quiz, block


@pytest.fixture
def panel(qtbot, studio, module) -> FindingsPanel:
    panel = FindingsPanel(studio)
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_module(studio.services.modules.snapshot(module[0]))
    return panel


def rows(panel: FindingsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_the_panel_lists_an_error_for_an_unanswerable_question_and_a_warning_for_an_empty_page(
        panel):
    codes = [(f.severity.value, f.code) for f in panel.findings]
    assert codes == [("error", "question.no_correct"), ("warning", "page.empty")]
    assert rows(panel) == [finding_text(f) for f in panel.findings]
    assert "has no correct answer" in rows(panel)[0]
    assert not panel.list.item(0).icon().isNull()
    assert panel.summary.text() == "1 error, 1 warning"


def test_clicking_a_finding_jumps_to_its_block_and_enter_to_its_page(qtbot, panel, module):
    _module_id, empty, quiz, block = module
    with qtbot.waitSignal(panel.jump) as jumped:
        rect = panel.list.visualItemRect(panel.list.item(0))
        qtbot.mouseClick(panel.list.viewport(), LEFT, pos=rect.center())
    assert jumped.args == [quiz, block]

    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.jump) as jumped:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert jumped.args == [empty, None]


def test_the_panel_follows_the_fixes_and_says_when_the_module_is_ready(studio, panel, module):
    module_id, empty, quiz, block = module
    question = studio.services.modules.snapshot(module_id).questions[0]
    studio.do("Edit question", lambda: studio.services.questions.edit(question.id,
                                                                      draft(correct=True)))
    assert [f.code for f in panel.findings] == ["page.empty"]
    assert panel.summary.text() == "1 warning"

    studio.do("Add text", lambda: studio.services.blocks.add(
        empty, BlockKind.TEXT, b.TextData(markdown="Look at the sender first.")))
    assert panel.list.count() == 0
    assert panel.summary.text() == "No problems found: ready to export"

    studio.undo()
    studio.undo()
    assert panel.summary.text() == "1 error, 1 warning"
    assert tuple(panel.list.item(0).data(WHERE_ROLE)) == (quiz, block)
    assert studio.messages == []


def test_the_panel_ignores_other_modules_and_empties_when_its_module_goes(studio, panel,
                                                                          module):
    module_id = module[0]
    before = panel.findings
    studio.do("New", lambda: studio.services.modules.create("Passwords"))
    assert panel.findings is before  # not even checked again
    studio.do("Delete", lambda: studio.services.modules.delete(module_id))
    assert panel.list.count() == 0
    assert panel.summary.text() == "No module open."
