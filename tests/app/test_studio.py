"""The studio controller: every edit is one undoable step, and every change is announced."""

from __future__ import annotations

from app.gui.studio import Studio
from authoring.blocks import TextData
from authoring.kinds import BlockKind


def _titles(studio: Studio, module_id) -> list[str]:
    return [p.title for p in studio.services.modules.snapshot(module_id).pages]


def test_edits_are_undone_and_redone_in_order_and_each_is_announced(qtbot, services):
    studio = Studio(services)
    seen = []
    studio.changed.connect(seen.append)
    module = studio.do("New module", lambda: services.modules.create("Passwords")).id
    first = studio.do("Add page", lambda: services.pages.add(module, "Length")).id
    studio.do("Add page", lambda: services.pages.add(module, "Reuse"))
    studio.do("Rename page", lambda: services.pages.rename(first, "Length beats symbols"))
    assert _titles(studio, module) == ["Length beats symbols", "Reuse"]
    assert studio.undo_stack.undoText() == "Rename page"
    studio.undo()
    studio.undo()
    assert _titles(studio, module) == ["Length"]
    studio.redo()
    assert _titles(studio, module) == ["Length", "Reuse"]
    assert len(seen) == 7 and all(module in c.modules for c in seen)


def test_a_refused_edit_is_reported_and_leaves_no_undo_step(qtbot, services):
    studio = Studio(services)
    messages = []
    studio.failed.connect(messages.append)
    module = studio.do("New module", lambda: services.modules.create("Passwords")).id
    page = studio.do("Add page", lambda: services.pages.add(module, "P")).id
    count = studio.undo_stack.count()
    assert studio.do("Add block", lambda: services.blocks.add(page, BlockKind.CALLOUT,
                                                              {"style": "pink"})) is None
    assert messages and "callout block.style" in messages[0]
    assert studio.undo_stack.count() == count


def test_undo_after_an_edit_elsewhere_reports_instead_of_crashing(qtbot, services):
    studio = Studio(services)
    messages = []
    studio.failed.connect(messages.append)
    module = studio.do("New module", lambda: services.modules.create("Passwords")).id
    page = studio.do("Add page", lambda: services.pages.add(module, "P")).id
    block = studio.do("Add text", lambda: services.blocks.add(page, BlockKind.TEXT,
                                                              TextData("one"))).id
    studio.do("Edit text", lambda: services.blocks.edit(block, TextData("two")))
    services.blocks.edit(block, TextData("changed by another window"))  # outside the stack
    studio.undo()
    assert messages and "cannot be undone" in messages[0]
    assert studio.undo_stack.count() == 0
    text = services.modules.snapshot(module).pages[0].blocks[0].data.markdown
    assert text == "changed by another window"
