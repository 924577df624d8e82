"""Editing a placed question inline: a burst of typing is one undo step; undo shows in the form."""

from __future__ import annotations

from app.gui.editor.questions import QuestionBlockForm
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft


def placed_question(studio, module, page_id):
    draft = QuestionDraft(QuestionKind.SINGLE_CHOICE, "Where does a link go?",
                          ChoiceData((Choice("a", "Hover address", True, 100),
                                      Choice("b", "Button text"))))
    studio.do("Add question", lambda: studio.services.questions.add_to_page(page_id, draft))
    snap = studio.services.modules.snapshot(module)
    return snap.question(snap.pages[0].blocks[0].data.question)


def test_a_burst_of_typing_is_saved_once_as_one_undo_step(qtbot, studio, page):
    module, page_id = page
    question = placed_question(studio, module, page_id)
    form = QuestionBlockForm(studio)
    qtbot.addWidget(form)
    form.show()
    form.set_question(question)
    before = studio.undo_stack.count()

    form.form.stem.moveCursor(form.form.stem.textCursor().MoveOperation.End)
    qtbot.keyClicks(form.form.stem, " Really?")
    qtbot.keyClicks(form.form.tags, "links")
    assert form.pending() and studio.undo_stack.count() == before  # nothing saved mid-burst
    qtbot.waitSignal(form.edited, timeout=3000).wait()  # the debounced save of the burst
    assert studio.undo_stack.count() == before + 1
    assert studio.undo_stack.undoText() == "Edit question"
    stored = studio.services.modules.snapshot(module).question(question.id)
    assert stored.stem == "Where does a link go? Really?"
    assert stored.tags == ("links",)

    studio.undo()  # the whole burst goes at once, and the form shows it
    stored = studio.services.modules.snapshot(module).question(question.id)
    assert stored.stem == "Where does a link go?" and stored.tags == ()
    assert form.form.stem.toPlainText() == "Where does a link go?"
    assert form.form.tags.text() == ""
    assert studio.undo_stack.count() == before + 1  # undone, not gone: redo is possible
    studio.redo()
    assert form.form.stem.toPlainText() == "Where does a link go? Really?"


def test_pending_edits_are_saved_before_another_question_is_shown(qtbot, studio, page):
    module, page_id = page
    first = placed_question(studio, module, page_id)
    second = placed_question(studio, module, page_id)
    form = QuestionBlockForm(studio)
    qtbot.addWidget(form)
    form.set_question(first)
    qtbot.keyClicks(form.form.title, "Links")
    form.set_question(second)
    assert studio.services.modules.snapshot(module).question(first.id).title == "Links"
    assert form.form.title.text() == ""
    assert not form.pending()


def test_showing_a_question_saves_nothing(qtbot, studio, page):
    module, page_id = page
    question = placed_question(studio, module, page_id)
    form = QuestionBlockForm(studio)
    qtbot.addWidget(form)
    count = studio.undo_stack.count()
    form.set_question(question)
    qtbot.wait(500)
    assert studio.undo_stack.count() == count and not form.pending()
