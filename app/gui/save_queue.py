"""Typing the workspace cannot take yet waits here, in order, and is written when it frees.

Another process may hold the workspace's write lock for a while (a command importing big
videos, a sync); the disk may be full or the file read-only. The studio never loses typing
to that and never says "saved" when it is not: the edit is kept in memory and in a
crash-safe journal (`authoring.unsaved`), the status bar says why it waits, and a timer tries
again, backing off, until every kept edit is written, in the order typed, each as its own
undoable step. What the editor reads meanwhile is the workspace with the kept edits over it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from authoring.blocks import DATA_TYPES
from authoring.errors import KiemError, StorageError, WorkspaceBusy
from authoring.jsondata import dump, load
from authoring.services import Changes, Services
from authoring.snapshot import ModuleSnap
from authoring.unsaved import UnsavedEdit, UnsavedJournal, left_behind

FIRST_WAIT_S = 0.25  # how long typing waits for the lock before it is kept for later
RETRY_WAIT_S = 0.05  # each later try: the GUI must not freeze while another process writes
RETRY_MS = (500, 1000, 2000, 4000)  # back-off between tries


Attempt = Callable[[str, Callable[[], Changes]], Changes]  # run as an undoable step, or raise


class SaveQueue(QObject):
    """The studio's edits that wait for the workspace, and the timer that writes them.

    The studio gives it the services, how to run an edit as an undoable step (`attempt`,
    raising the workspace's error) and where to say that an edit was refused (`failed`).
    """

    state_changed = Signal()  # something was kept, or written, or the reason changed
    restored = Signal(int)  # how many edits from an earlier run were found in the journal

    def __init__(self, services: Services, attempt: Attempt, failed: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._attempt = attempt
        self._failed = failed
        path = services.workspace.path
        self._journal = UnsavedJournal(path) if path is not None else None
        self._edits: list[UnsavedEdit] = []
        self.reason = ""  # why edits wait, in the words of the workspace's error
        self._tries = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)

    @property
    def waiting(self) -> int:
        """How many edits wait to be written."""
        return len(self._edits)

    def edit_block(self, block_id: uuid.UUID, data: Any, text: str) -> bool:
        """Write a block's new data now, or keep it for later; False when it was refused."""
        edit = UnsavedEdit(block_id, dump(data), text)
        if not self._edits:
            outcome = self._write(edit, FIRST_WAIT_S)
            if outcome is not None:
                return outcome
        return self._keep(edit)

    def flush(self, wait_s: float = RETRY_WAIT_S) -> bool:
        """Write every kept edit that the workspace takes now; True when none waits."""
        self._timer.stop()
        written = 0
        while self._edits and self._write(self._edits[0], wait_s) is not None:
            self._edits.pop(0)  # written, or refused for good (and said)
            written += 1
        if written or not self._edits:
            self._save_journal()
        if self._edits:
            self._tries += 1
            self._timer.start(RETRY_MS[min(self._tries, len(RETRY_MS)) - 1])
        else:
            self._tries, self.reason = 0, ""
        self.state_changed.emit()
        return not self._edits

    def restore(self) -> int:
        """Take up the edits an earlier run kept (it crashed or closed while they waited).

        They are written now if the workspace takes them; return how many were found.
        """
        if self._journal is None:
            return 0
        orphans = left_behind(self._journal.workspace)
        for path in orphans:
            self._edits += UnsavedJournal(self._journal.workspace, path).edits()
        found = len(self._edits)
        if orphans:
            self._save_journal()  # mine now: kept in my own journal before theirs go
            for path in orphans:
                path.unlink(missing_ok=True)
        if found:
            self.restored.emit(found)
            self.flush()
        return found

    def overlay(self, snap: ModuleSnap) -> ModuleSnap:
        """Return `snap` with the kept edits applied: what the person sees and typed over."""
        if not self._edits:
            return snap
        latest = {e.block_id: e.data for e in self._edits}
        pages = []
        for page in snap.pages:
            blocks = tuple(
                dataclasses.replace(b, data=load(DATA_TYPES[b.kind], latest[b.id]))
                if b.id in latest else b for b in page.blocks)
            pages.append(dataclasses.replace(page, blocks=blocks))
        return dataclasses.replace(snap, pages=tuple(pages))

    # -- inside ---------------------------------------------------------------------------
    def _write(self, edit: UnsavedEdit, wait_s: float) -> bool | None:
        """Try one edit: True written, False refused (said on `failed`), None it must wait."""
        services = self._services

        def call() -> Changes:
            return services.blocks.edit(edit.block_id, edit.data)

        try:
            with services.workspace.waiting_at_most(wait_s):
                self._attempt(edit.text, call)
        except WorkspaceBusy:
            self.reason = self.tr("%1 is busy: another Kiem (a command, or the studio in "
                                  "another window) is writing to it.").replace(
                "%1", str(services.workspace.path or ""))
            return None
        except StorageError as exc:  # read-only, disk full: its own words say what to do
            self.reason = str(exc)
            return None
        except KiemError as exc:  # the block is gone, or the data no longer fits: say so
            self._failed(str(exc))
            return False
        return True

    def _keep(self, edit: UnsavedEdit) -> bool:
        if self._edits and self._edits[-1].block_id == edit.block_id:
            self._edits[-1] = edit  # the newer text of the same block replaces the older
            self._save_journal()
        else:
            self._edits.append(edit)
            self._append_journal(edit)
        if not self._timer.isActive():
            self._timer.start(RETRY_MS[0])
        self.state_changed.emit()
        return True

    def _append_journal(self, edit: UnsavedEdit) -> None:
        if self._journal is None:
            return
        try:
            self._journal.append(edit)
        except OSError as exc:  # the memory copy still waits; say that a crash would lose it
            self.reason = self.tr("%1 (and the safety copy cannot be written: %2)").replace(
                "%1", self.reason).replace("%2", exc.strerror or str(exc))

    def _save_journal(self) -> None:
        if self._journal is None:
            return
        try:
            self._journal.keep_only(self._edits)
        except OSError as exc:
            self.reason = self.tr("%1 (and the safety copy cannot be written: %2)").replace(
                "%1", self.reason).replace("%2", exc.strerror or str(exc))
