"""The studio's controller: services, the undo stack, and one signal for every change.

Widgets never call a mutating service directly: they call `Studio.do(text, call)`, which runs
it as an undoable command. Every change (done, undone, redone) is re-emitted on `changed`
with its `Changes` record; each widget decides whether it needs to refresh.
Each service call is its own committed transaction, so there is nothing to save: the
workspace on disk is always current (autosave by construction). When the workspace cannot
take typing (another process writes, the disk is full), it waits in `saves`, in order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.gui.save_queue import SaveQueue
from authoring.errors import KiemError, WorkspaceError
from authoring.services import Changes, Services

ACTION_WAIT_S = 2.0  # how long a click waits for another process's write before it says so


class ServiceCommand(QUndoCommand):
    """One user action: a service call, undone and redone by reverting its row journal."""

    def __init__(self, studio: Studio, changes: Changes, text: str,
                 follow: tuple[Callable[[], None], Callable[[], None]] | None = None) -> None:
        super().__init__(text)
        self._studio = studio
        self.changes = changes
        self._follow = follow  # (after undo, after redo): what else the step stands for
        self._done = True  # the call already ran when the command is pushed

    def redo(self) -> None:
        """Redo by reverting the undo's journal (QUndoStack.push's first call is a no-op)."""
        if self._done:
            self._done = False
            return
        self._revert()
        if self._follow is not None:
            self._studio.run_reporting(self._follow[1])

    def undo(self) -> None:
        """Revert what the last run did."""
        self._revert()
        if self._follow is not None:
            self._studio.run_reporting(self._follow[0])

    def _revert(self) -> None:
        self.changes = self._studio.services.history.revert(self.changes.journal)
        self._studio.changed.emit(self.changes)


class Studio(QObject):
    """Owns the services and the undo stack of one open workspace."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a message for the person: what happened and what to do

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.saves = SaveQueue(services, self.attempt, self.failed.emit, self)

    def do(self, text: str, call: Callable[[], Changes],
           follow: tuple[Callable[[], None], Callable[[], None]] | None = None,
           ) -> Changes | None:
        """Run `call` as an undoable step named `text`; return its Changes (None on error).

        Domain errors (bad input, a row changed elsewhere) are reported on `failed` and leave
        the workspace as it was; the stack gets no step for them. `follow` is what to do
        after the step is undone and after it is redone (a review event, say).
        """
        try:
            self._typing_first()
            with self.services.workspace.waiting_at_most(ACTION_WAIT_S):
                return self.attempt(text, call, follow)
        except KiemError as exc:
            self.failed.emit(str(exc))
            return None

    def record(self, text: str, changes: Changes) -> None:
        """Make an undoable step of changes already written (by an import in the background)."""
        self.attempt(text, lambda: changes)

    def attempt(self, text: str, call: Callable[[], Changes],
                follow: tuple[Callable[[], None], Callable[[], None]] | None = None,
                ) -> Changes:
        """Run `call` as an undoable step, raising a domain error instead of reporting it."""
        changes = call()
        if not changes.empty:
            self.undo_stack.push(ServiceCommand(self, changes, text, follow))
        self.changed.emit(changes)
        return changes

    def _typing_first(self) -> None:
        """Write kept typing before anything else, so that steps land in the order made."""
        if self.saves.waiting and not self.saves.flush():
            raise WorkspaceError(self.tr(
                "%1\n\nYour typing is kept and will be saved as soon as the workspace "
                "takes it; try this again then.").replace("%1", self.saves.reason))

    def undo(self) -> None:
        """Undo the last step, reporting a conflict instead of raising it."""
        self._guarded(self.undo_stack.undo)

    def redo(self) -> None:
        """Redo the next step, reporting a conflict instead of raising it."""
        self._guarded(self.undo_stack.redo)

    def run_reporting(self, action: Callable[[], None]) -> None:
        """Run `action`, reporting a domain error on `failed` instead of raising it."""
        try:
            action()
        except KiemError as exc:
            self.failed.emit(str(exc))

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            self._typing_first()
        except KiemError as exc:  # nothing was undone: the history still matches
            self.failed.emit(str(exc))
            return
        try:
            with self.services.workspace.waiting_at_most(ACTION_WAIT_S):
                action()
        except KiemError as exc:
            self.undo_stack.clear()  # the history no longer matches the workspace
            self.failed.emit(str(exc))
