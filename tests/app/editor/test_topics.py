"""Page topics: typed under the title, saved as one undoable step, suggested from question tags."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.gui import i18n
from app.gui.editor.actions import EditorActions
from app.gui.editor.topics_field import TopicsField
from authoring import blocks as b
from authoring.kinds import BlockKind, QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft

from .conftest import make_module


def _draft(*tags: str) -> QuestionDraft:
    return QuestionDraft(QuestionKind.SINGLE_CHOICE, "Which link is safe?", ChoiceData((
        Choice("a", "The bank's own address", correct=True), Choice("b", "A short link"))),
        tags=tags)


def _topics(studio, module, page=0):
    return studio.services.modules.snapshot(module).pages[page].topics


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_creator_types_topics_and_undo_restores_them(qtbot, editor, studio):
    module, _ = make_module(studio, "Passwords", "Links")
    editor.open_module(module)
    field = editor.page_editor.topics.edit
    steps = studio.undo_stack.count()
    _focus(qtbot, field)
    qtbot.keyClicks(field, "passwords,  links ,passwords")
    assert _topics(studio, module) == ()  # not per keystroke
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _topics(studio, module) == ("passwords", "links")
    assert studio.undo_stack.count() == steps + 1
    assert studio.undo_stack.undoText() == "Edit page topics"
    assert field.text() == "passwords, links"  # tidied once saved

    qtbot.keyClicks(field, ", phishing")
    _focus(qtbot, editor.page_editor.title)  # leaving the field saves
    assert _topics(studio, module) == ("passwords", "links", "phishing")
    assert studio.undo_stack.count() == steps + 2
    _focus(qtbot, field)
    _focus(qtbot, editor.page_editor.title)  # no edit, no step
    assert studio.undo_stack.count() == steps + 2

    studio.undo()
    assert _topics(studio, module) == ("passwords", "links")
    assert field.text() == "passwords, links"
    studio.undo()
    assert _topics(studio, module) == ()
    assert field.text() == ""
    studio.redo()
    assert _topics(studio, module) == ("passwords", "links")
    assert field.text() == "passwords, links"
    assert studio.messages == []


def test_switching_pages_saves_typed_topics_and_shows_each_pages_own(qtbot, editor, studio):
    module, pages = make_module(studio, "Passwords", "Links")
    studio.do("Topics", lambda: studio.services.pages.set_topics(pages[1], ["links"]))
    editor.open_module(module)
    field = editor.page_editor.topics.edit
    assert field.text() == ""
    _focus(qtbot, field)
    qtbot.keyClicks(field, "passwords")
    editor.select(pages[1])
    assert _topics(studio, module, 0) == ("passwords",)
    assert field.text() == "links"
    editor.select(pages[0])
    assert field.text() == "passwords"
    assert _topics(studio, module, 1) == ("links",)
    assert studio.messages == []


def _module_with_tags(studio):
    """Pages "Quiz" (a question tagged links, reporting; a draw from a bank tagged passwords)
    and "Report it" (topic "phishing")."""
    services = studio.services
    module, pages = make_module(studio, "Quiz", "Report it")
    services.questions.add_to_page(pages[0], _draft("links", "reporting"))
    bank = services.questions.fill_bank("Passwords", [_draft("passwords")]).id
    services.blocks.add(pages[0], BlockKind.QUESTION_DRAW, b.QuestionDrawData(bank=str(bank)))
    services.pages.set_topics(pages[1], ["phishing"])
    return module, pages


def test_the_completer_offers_question_tags_and_other_pages_topics(qtbot, editor, studio):
    module, pages = _module_with_tags(studio)
    editor.open_module(module)
    topics = editor.page_editor.topics
    completer, field = topics.completer, topics.edit
    assert topics.model.stringList() == ["links", "passwords", "phishing", "reporting"]

    _focus(qtbot, field)
    qtbot.keyClicks(field, "phishing, REP")
    qtbot.waitUntil(completer.popup().isVisible)
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "phishing, reporting"  # the earlier ones kept
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert field.text() == "phishing, reporting"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _topics(studio, module) == ("phishing", "reporting")

    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # Down lists every suggestion
    qtbot.waitUntil(completer.popup().isVisible)
    assert completer.completionCount() == 4
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)
    assert studio.messages == []


def test_a_topic_no_question_is_tagged_with_gets_a_quiet_hint(qtbot, editor, studio):
    module, pages = _module_with_tags(studio)
    editor.open_module(module)
    topics = editor.page_editor.topics
    assert topics.hint.isHidden()
    _focus(qtbot, topics.edit)
    qtbot.keyClicks(topics.edit, "links, pasword, phishing")
    qtbot.keyClick(topics.edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not topics.hint.isHidden()
    assert topics.hint.text() == "No question is tagged “pasword”, “phishing” yet."
    topics.edit.selectAll()
    qtbot.keyClicks(topics.edit, "links, passwords")
    qtbot.keyClick(topics.edit, Qt.Key.Key_Return)
    assert topics.hint.isHidden()  # a bank's tag counts too
    assert topics.edit.toolTip().startswith("Topics of this page")
    assert "learners are sent back to pages whose topics match" in topics.edit.toolTip()


def test_the_topics_field_speaks_dutch(qtbot, studio):
    app = QApplication.instance()
    translators = i18n.install(app, "nl")
    try:
        assert translators, "kiem_nl.qm missing: set-up compiles it from the .ts"
        field = TopicsField()
        qtbot.addWidget(field)
        assert field.label.text() == "Onderwerpen"
        assert "teruggestuurd" in field.edit.toolTip()
        assert EditorActions(studio).tr("Edit page topics") == "Paginaonderwerpen bewerken"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
