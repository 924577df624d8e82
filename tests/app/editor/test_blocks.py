"""Blocks are added from the palette, filled in through their forms, moved and deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.gui.editor.actions import EditorActions
from app.gui.editor.forms import FORMS
from app.gui.editor.forms.asset_picker import LAST_FOLDER_SETTING, AssetPicker, FileKind
from authoring import blocks as b
from authoring.kinds import BlockKind

from .conftest import SAMPLE, make_module


def _blocks(studio, module):
    return studio.services.modules.snapshot(module).pages[0].blocks


def _pick_from_popup(qtbot, editor, kind: BlockKind) -> None:
    page_editor = editor.page_editor
    qtbot.mouseClick(page_editor.add_button, Qt.MouseButton.LeftButton)
    popup = page_editor.palette_popup
    assert popup.isVisible()
    qtbot.mouseClick(popup.palette_widget.tile(kind), Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    QApplication.processEvents()  # lay the new block out, as the event loop would


def test_every_block_kind_has_a_form_and_a_tile_in_the_palette(qtbot, editor, studio):
    module, _ = make_module(studio, "Page")
    editor.open_module(module)
    tiles = editor.page_editor.empty.palette_widget.tiles
    assert set(FORMS) == set(BlockKind)
    assert set(tiles) == set(BlockKind)  # the question editor is installed
    for tile in tiles.values():
        assert tile.info.name and tile.info.hint and tile.accessibleName()


def test_an_empty_page_invites_and_the_first_block_comes_from_its_palette(qtbot, editor, studio):
    module, pages = make_module(studio, "Page")
    editor.open_module(module)
    page_editor = editor.page_editor
    assert page_editor.empty.isVisible() and not page_editor.add_button.isVisible()
    qtbot.mouseClick(page_editor.empty.palette_widget.tile(BlockKind.TEXT),
                     Qt.MouseButton.LeftButton)
    assert [x.kind for x in _blocks(studio, module)] == [BlockKind.TEXT]
    assert not page_editor.empty.isVisible() and page_editor.add_button.isVisible()
    frame = next(iter(page_editor.frames.values()))
    assert frame.isAncestorOf(QApplication.focusWidget())  # ready to type
    assert page_editor.current_block() == frame.block_id


def test_creator_fills_every_kind_of_block_and_it_is_saved(qtbot, editor, studio):
    services = studio.services
    bank = services.transfer.import_gift_to_bank(SAMPLE / "quiz.gift", "Phishing").changes
    module, pages = make_module(studio, "Intro", "Click", "Report")
    editor.open_module(module)
    page_editor = editor.page_editor
    page_editor.add_block(BlockKind.TEXT)
    added = [BlockKind.CALLOUT, BlockKind.ACCORDION, BlockKind.TABS, BlockKind.FLASHCARDS,
             BlockKind.REFLECTION, BlockKind.SCENARIO, BlockKind.QUESTION_DRAW,
             BlockKind.ATTACHMENT, BlockKind.AUDIO, BlockKind.VIDEO, BlockKind.IMAGE]
    for kind in added:
        _pick_from_popup(qtbot, editor, kind)
    snap = _blocks(studio, module)
    assert [x.kind for x in snap] == [BlockKind.TEXT, *added]  # each after the last one added
    forms = {x.kind: page_editor.frames[x.id].form for x in snap}

    field = forms[BlockKind.TEXT].markdown
    qtbot.keyClicks(field.editor, "Passwords ")
    field.actions_by_name["bold"].trigger()  # the toolbar's B: what is typed next is bold
    qtbot.keyClicks(field.editor, "matter")
    field.actions_by_name["bold"].trigger()
    qtbot.keyClicks(field.editor, ".")
    callout = forms[BlockKind.CALLOUT]
    callout.style.setCurrentIndex(callout.style.findData("warning"))
    qtbot.keyClicks(callout.title, "Never share")
    qtbot.keyClicks(callout.markdown.editor, "Not even with IT.")
    for kind in (BlockKind.ACCORDION, BlockKind.TABS):
        rows = forms[kind].items.rows
        qtbot.keyClicks(rows[0].title, "For staff")
        qtbot.keyClicks(rows[0].markdown.editor, "Use the manager.")
        qtbot.mouseClick(rows[1].buttons["delete"], Qt.MouseButton.LeftButton)
    cards = forms[BlockKind.FLASHCARDS].cards
    qtbot.keyClicks(cards.rows[0].front, "Phishing")
    qtbot.keyClicks(cards.rows[0].back, "A lure to steal data")
    qtbot.mouseClick(cards.rows[1].buttons["delete"], Qt.MouseButton.LeftButton)
    reflection = forms[BlockKind.REFLECTION]
    qtbot.keyClicks(reflection.title, "Your inbox")
    qtbot.keyClicks(reflection.prompt, "What made you hesitate?")
    scenario = forms[BlockKind.SCENARIO]
    qtbot.keyClicks(scenario.prompt, "IT asks for your password.")
    first, second = scenario.choices.rows
    qtbot.keyClicks(first.label, "Click the link")
    first.target.setCurrentIndex(first.target.findData(str(pages[1])))
    qtbot.keyClicks(second.label, "Report it")
    second.target.setCurrentIndex(second.target.findData(str(pages[2])))
    qtbot.keyClicks(second.feedback, "Well done.")
    qtbot.mouseClick(scenario.choices.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(scenario.choices.rows[2].label, "Ignore it")
    draw = forms[BlockKind.QUESTION_DRAW]
    assert draw.bank.currentData() == str(next(iter(bank.banks)))
    draw.count.setValue(3)
    qtbot.keyClicks(draw.tags, "links, reporting")
    for kind in (BlockKind.AUDIO, BlockKind.VIDEO):
        qtbot.keyClicks(forms[kind].title, "Interview")
        qtbot.keyClicks(forms[kind].transcript, "Q: What happened?")
    qtbot.keyClicks(forms[BlockKind.ATTACHMENT].label, "Checklist")
    image = forms[BlockKind.IMAGE]
    qtbot.mouseClick(image.decorative, Qt.MouseButton.LeftButton, pos=QPoint(6, 8))
    assert not image.alt.isEnabled()

    editor.flush()
    data = {x.kind: x.data for x in _blocks(studio, module)}
    assert data[BlockKind.TEXT] == b.TextData("Passwords **matter**.")
    assert data[BlockKind.CALLOUT] == b.CalloutData(b.CalloutStyle.WARNING, "Never share",
                                                    "Not even with IT.")
    for kind in (BlockKind.ACCORDION, BlockKind.TABS):
        assert data[kind] == b.SectionsData((b.Section("For staff", "Use the manager."),))
    assert data[BlockKind.FLASHCARDS] == b.FlashcardsData((b.Card("Phishing",
                                                                  "A lure to steal data"),))
    assert data[BlockKind.REFLECTION] == b.ReflectionData("What made you hesitate?",
                                                          "Your inbox")
    choices = data[BlockKind.SCENARIO].choices
    assert data[BlockKind.SCENARIO].prompt == "IT asks for your password."
    assert [(c.label, c.target_page, c.feedback) for c in choices] == [
        ("Click the link", str(pages[1]), ""), ("Report it", str(pages[2]), "Well done."),
        ("Ignore it", "", "")]
    assert len({c.id for c in choices}) == 3
    assert data[BlockKind.QUESTION_DRAW] == b.QuestionDrawData(
        str(next(iter(bank.banks))), 3, ("links", "reporting"))
    assert data[BlockKind.AUDIO] == b.MediaData("", "Interview", "Q: What happened?")
    assert data[BlockKind.VIDEO].title == "Interview"
    assert data[BlockKind.ATTACHMENT].label == "Checklist"
    assert data[BlockKind.IMAGE] == b.ImageData(decorative=True)
    assert studio.messages == []


def test_a_new_question_is_written_in_place_after_the_selected_block(qtbot, editor, studio):
    module, pages = make_module(studio, "Quiz")
    editor.open_module(module)
    page_editor = editor.page_editor
    first = page_editor.add_block(BlockKind.TEXT)
    page_editor.add_block(BlockKind.REFLECTION)
    page_editor.set_current(first)
    steps = studio.undo_stack.count()
    _pick_from_popup(qtbot, editor, BlockKind.QUESTION)  # no dialog: the block itself
    assert QApplication.activeModalWidget() is None
    kinds = [x.kind for x in _blocks(studio, module)]
    assert kinds == [BlockKind.TEXT, BlockKind.QUESTION, BlockKind.REFLECTION]
    assert studio.undo_stack.count() == steps + 1
    assert studio.undo_stack.undoText() == "Add question"
    question_block = _blocks(studio, module)[1]
    form = page_editor.frames[question_block.id].form
    assert form.data().question == question_block.data.question
    stem = form.editor.form.stem
    assert stem.window().focusWidget() is stem  # ready to type the question
    qtbot.keyClicks(stem, "Report when unsure?")
    editor.flush()
    qtbot.waitUntil(lambda: studio.services.modules.snapshot(module).question(
        question_block.data.question).stem == "Report when unsure?", timeout=5_000)
    qtbot.mouseClick(form.scored, Qt.MouseButton.LeftButton, pos=QPoint(6, 8))  # the box
    assert _blocks(studio, module)[1].data.scored is False


def test_blocks_move_duplicate_and_delete_from_their_frame(qtbot, editor, studio):
    module, _ = make_module(studio, "Page")
    editor.open_module(module)
    page_editor = editor.page_editor
    one = page_editor.add_block(BlockKind.TEXT)
    qtbot.keyClicks(page_editor.frames[one].form.markdown.editor, "one")
    two = page_editor.add_block(BlockKind.CALLOUT)
    frame_one = page_editor.frames[one]
    assert not frame_one.up_button.isEnabled() and frame_one.down_button.isEnabled()

    frame_one.form.markdown.editor.setFocus()
    qtbot.keyClick(frame_one.form.markdown.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [x.id for x in _blocks(studio, module)] == [two, one]
    assert page_editor.frames[one] is frame_one  # moved, not rebuilt
    assert page_editor.blocks.indexOf(frame_one) == 1
    assert _blocks(studio, module)[1].data.markdown == "one"  # typing saved before moving

    qtbot.mouseClick(frame_one.up_button, Qt.MouseButton.LeftButton)
    assert [x.id for x in _blocks(studio, module)] == [one, two]
    qtbot.mouseClick(frame_one.duplicate_button, Qt.MouseButton.LeftButton)
    snap = _blocks(studio, module)
    assert [x.kind for x in snap] == [BlockKind.TEXT, BlockKind.TEXT, BlockKind.CALLOUT]
    assert snap[1].data.markdown == "one" and snap[1].tracking_id != snap[0].tracking_id
    assert page_editor.current_block() == snap[1].id

    qtbot.mouseClick(page_editor.frames[two].delete_button, Qt.MouseButton.LeftButton)
    assert [x.kind for x in _blocks(studio, module)] == [BlockKind.TEXT, BlockKind.TEXT]
    assert two not in page_editor.frames
    studio.undo()
    assert [x.kind for x in _blocks(studio, module)][-1] is BlockKind.CALLOUT
    assert two in page_editor.frames


def test_the_page_title_is_edited_above_the_blocks(qtbot, editor, studio):
    module, pages = make_module(studio, "Draft")
    editor.open_module(module)
    title = editor.page_editor.title
    title.selectAll()
    qtbot.keyClicks(title, "Check the sender")
    qtbot.waitUntil(lambda: studio.services.modules.snapshot(module).pages[0].title
                    == "Check the sender", timeout=5000)
    assert editor.outline.model.index(0).data() == "Check the sender"


def test_the_file_dialog_opens_in_the_users_pictures_not_where_kiem_started(
        qtbot, studio, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the studio was started from
    picker = AssetPicker(EditorActions(studio), FileKind.IMAGE)
    qtbot.addWidget(picker)
    assert picker.start_folder() == Path.home()  # no Pictures folder: home
    pictures = Path.home() / "Pictures"
    pictures.mkdir(parents=True)
    assert picker.start_folder() == pictures
    shots = tmp_path / "screenshots"
    shots.mkdir()
    QSettings().setValue(LAST_FOLDER_SETTING, str(shots))  # where the last file came from
    assert picker.start_folder() == shots
    QSettings().remove(LAST_FOLDER_SETTING)
