"""Typing while another process holds the workspace: kept, never called saved, written in order.

A second, real process takes the workspace's write lock (as a `kiem bundle import` of big
videos or a sync does) and holds it until the test lets go.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.gui.editor.block_frame import DEBOUNCE_MS
from app.gui.save_status import SaveStatus
from app.gui.studio import Studio
from authoring.blocks import TextData
from authoring.kinds import BlockKind
from authoring.services import Services
from authoring.unsaved import journal_path
from authoring.workspace import Workspace

from .conftest import make_module


class LockHolder:
    """Another process holding the workspace's write lock until `release()`."""

    def __init__(self, workspace: Path, release: Path) -> None:
        script = textwrap.dedent(f"""
            import pathlib, sqlite3, time
            conn = sqlite3.connect({str(workspace)!r}, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            while not pathlib.Path({str(release)!r}).exists():
                time.sleep(0.02)
            conn.execute("ROLLBACK")
        """)
        self._release = release
        self._process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                         text=True)
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        """Let go of the lock and wait for the process to end."""
        self._release.touch()
        self._process.wait(timeout=30)


@pytest.fixture
def holder(workspace_path: Path, tmp_path: Path) -> Iterator[callable]:
    """Start a lock holder on the test's workspace; it is released at the end in any case."""
    holders: list[LockHolder] = []

    def start() -> LockHolder:
        holders.append(LockHolder(workspace_path, tmp_path / f"release-{len(holders)}"))
        return holders[-1]

    yield start
    for h in holders:
        h.release()


def stored_text(studio: Studio, module, page: int = 0) -> str:
    """What the workspace holds for the page's first block (read by a fresh read)."""
    return studio.services.modules.snapshot(module).pages[page].blocks[0].data.markdown


def test_typing_waits_for_the_lock_then_lands_in_order(qtbot, editor, studio, holder,
                                                        workspace_path: Path) -> None:
    module, pages = make_module(studio, "Page", "Other")
    editor.open_module(module)
    block = editor.page_editor.add_block(BlockKind.TEXT)
    QApplication.processEvents()
    field = editor.page_editor.frames[block].form.markdown
    status = SaveStatus(studio)
    qtbot.addWidget(status)
    qtbot.keyClicks(field.editor, "Before.")
    qtbot.waitUntil(lambda: stored_text(studio, module) == "Before.", timeout=DEBOUNCE_MS * 10)
    steps = studio.undo_stack.count()

    lock = holder()
    qtbot.keyClicks(field.editor, " During the lock.")
    qtbot.waitUntil(lambda: studio.saves.waiting == 1, timeout=DEBOUNCE_MS * 10)
    assert status.text() != "All changes are saved"
    assert "busy" in status.toolTip() and str(workspace_path) in status.toolTip()
    journal = journal_path(workspace_path)
    assert "During the lock." in journal.read_text(encoding="utf-8")  # safe from a crash
    assert stored_text(studio, module) == "Before."

    editor.select(pages[1])  # leave the page and come back: the kept typing is what shows
    editor.select(pages[0])
    field = editor.page_editor.frames[block].form.markdown
    assert field.text() == "Before. During the lock."
    field.editor.setFocus()
    field.editor.moveCursor(field.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(field.editor, " And after.")
    qtbot.wait(DEBOUNCE_MS * 2)
    assert stored_text(studio, module) == "Before."
    assert status.text() != "All changes are saved"

    lock.release()
    qtbot.waitUntil(lambda: studio.saves.waiting == 0, timeout=15_000)
    assert stored_text(studio, module) == "Before. During the lock. And after."
    assert status.text() == "All changes are saved"
    assert not journal.exists()
    assert studio.undo_stack.count() == steps + 1  # the kept typing became one undoable step
    assert studio.messages == []


def test_a_click_while_typing_waits_is_refused_plainly_and_nothing_is_reordered(
        qtbot, studio, holder) -> None:
    module, _pages = make_module(studio, "Page")
    block = studio.do("Add", lambda: studio.services.blocks.add(
        _first_page(studio, module), BlockKind.TEXT)).id
    lock = holder()
    assert studio.saves.edit_block(block, TextData("kept"), "Edit text")
    assert studio.saves.waiting == 1
    before = studio.undo_stack.count()
    assert studio.do("Rename", lambda: studio.services.modules.update(module, title="New")) is None
    assert studio.messages and "busy" in studio.messages[-1] and "kept" in studio.messages[-1]
    studio.undo()  # refused too, and the history is kept
    assert studio.undo_stack.count() == before
    lock.release()
    assert studio.saves.flush()
    assert stored_text(studio, module) == "kept"
    studio.messages.clear()


CRASHING_STUDIO = """
import os, signal, sqlite3, sys, uuid
from PySide6.QtCore import QCoreApplication
from app.gui.studio import Studio
from authoring.blocks import TextData
from authoring.services import Services
from authoring.workspace import Workspace

app = QCoreApplication([])
path, block = sys.argv[1], uuid.UUID(sys.argv[2])
studio = Studio(Services(Workspace.open(path)))
other = sqlite3.connect(path, isolation_level=None)
other.execute("BEGIN IMMEDIATE")  # another Kiem writes: the typing is kept, not written
studio.saves.edit_block(block, TextData("typed just before the crash"), "Edit text")
assert studio.saves.waiting == 1
print("kept", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the power goes
"""


def test_typing_kept_when_kiem_died_is_saved_at_the_next_start(qtbot, studio,
                                                               workspace_path: Path) -> None:
    import os  # noqa: PLC0415

    from authoring.unsaved import left_behind  # noqa: PLC0415

    module, _pages = make_module(studio, "Page")
    block = studio.do("Add", lambda: studio.services.blocks.add(
        _first_page(studio, module), BlockKind.TEXT)).id
    crashed = subprocess.run([sys.executable, "-c", CRASHING_STUDIO, str(workspace_path),
                              str(block)], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "PYTHONPATH": str(Path.cwd())}, check=False)
    assert crashed.stdout.strip() == "kept" and crashed.returncode == -9, crashed.stderr
    assert len(left_behind(workspace_path)) == 1  # its journal outlived it
    assert stored_text(studio, module) == ""
    with Workspace.open(workspace_path) as workspace:  # the next start
        again = Studio(Services(workspace))
        assert again.saves.restore() == 1
        assert again.saves.waiting == 0  # written at once
        assert stored_text(again, module) == "typed just before the crash"
        assert again.undo_stack.count() == 1  # and undoable, in case it was not wanted
    assert left_behind(workspace_path) == []
    assert not journal_path(workspace_path).exists()


def test_a_second_studio_never_takes_the_typing_another_live_studio_keeps(
        qtbot, studio, holder, workspace_path: Path) -> None:
    module, _pages = make_module(studio, "Page")
    block = studio.do("Add", lambda: studio.services.blocks.add(
        _first_page(studio, module), BlockKind.TEXT)).id
    lock = holder()
    studio.saves.edit_block(block, TextData("mine, still waiting"), "Edit text")
    with Workspace.open(workspace_path) as workspace:  # another window of this process
        assert Studio(Services(workspace)).saves.restore() == 0
    lock.release()
    assert studio.saves.flush()
    assert stored_text(studio, module) == "mine, still waiting"


def _first_page(studio: Studio, module):
    return studio.services.modules.snapshot(module).pages[0].id
