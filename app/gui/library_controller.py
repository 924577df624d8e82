"""What the library's actions do to the workspace: queries, copies, the trash; each edit undoable.

The library view only lays out and asks; this controller turns its filters into LibraryService
queries and runs every change through `Studio.do`, so each user action is one undo step.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.gui.studio import Studio
from authoring.journal import Journal
from authoring.kinds import ModuleStatus
from authoring.services import Changes

if TYPE_CHECKING:
    from authoring.services.search_index import LibraryEntry

STALE_FILTER = "stale"  # the status filter that keeps modules whose review-by date has passed


class LibraryController(QObject):
    """Reads the library for the view's filters and runs its edits as undoable steps."""

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio

    def query(self, text: str, status: ModuleStatus | str | None = None,
              group: str | None = None, trash: bool = False) -> list[LibraryEntry]:
        """Return the modules (or the trash) matching a search, a status and a group."""
        library = self.studio.services.library
        stale = status == STALE_FILTER
        wanted = None if stale or status is None else ModuleStatus(status)
        if trash:  # the trash is small: filter it here, by the words of the title
            found = [e for e in library.trash()
                     if (wanted is None or e.status == wanted)
                     and (group is None or e.group_name == group)
                     and all(w in e.title.casefold() for w in re.findall(r"[^\W_]+",
                                                                         text.casefold()))]
        else:
            found = library.entries(text.strip() or None, status=wanted, group=group)
        return [e for e in found if e.stale] if stale else found

    def groups(self) -> list[str]:
        """Return the group names in use."""
        return self.studio.services.library.groups()

    def duplicate(self, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
        """Copy each module as a new draft (one undo step); return the copies' ids."""
        library = self.studio.services.library
        copies: list[uuid.UUID] = []
        with _step(self.studio, self.tr("Duplicate module") if len(ids) == 1
                   else self.tr("Duplicate %n modules", "", len(ids))):
            for module_id in ids:
                changes = self.studio.do(self.tr("Duplicate module"),
                                         lambda m=module_id: library.duplicate(m))
                if changes is not None and changes.id is not None:
                    copies.append(changes.id)
        return copies

    def delete(self, ids: Sequence[uuid.UUID]) -> int:
        """Move modules to the trash (one undo step); return how many went."""
        modules = self.studio.services.modules
        done = 0
        with _step(self.studio, self.tr("Delete module") if len(ids) == 1
                   else self.tr("Delete %n modules", "", len(ids))):
            for module_id in ids:
                done += self.studio.do(self.tr("Delete module"),
                                       lambda m=module_id: modules.delete(m)) is not None
        return done

    def restore(self, ids: Sequence[uuid.UUID]) -> int:
        """Take modules out of the trash (one undo step); return how many came back."""
        library = self.studio.services.library
        done = 0
        with _step(self.studio, self.tr("Restore module") if len(ids) == 1
                   else self.tr("Restore %n modules", "", len(ids))):
            for module_id in ids:
                done += self.studio.do(self.tr("Restore module"),
                                       lambda m=module_id: library.restore(m)) is not None
        return done

    def empty_trash(self) -> int:
        """Delete the trash for good; return how many modules went.

        This cannot be undone, and steps that touched those modules could no longer be
        either, so the undo history is cleared.
        """
        library = self.studio.services.library
        gone = frozenset(e.id for e in library.trash())
        count = library.empty_trash()
        self.studio.undo_stack.clear()
        self.studio.changed.emit(Changes(Journal((), ()), modules=gone))
        return count


class _step:  # noqa: N801 (used like a keyword: `with _step(...)`)
    """Group several `Studio.do` calls into one undo step (a QUndoStack macro)."""

    def __init__(self, studio: Studio, text: str) -> None:
        self._stack = studio.undo_stack
        self._text = text

    def __enter__(self) -> None:
        self._stack.beginMacro(self._text)

    def __exit__(self, *_exc: object) -> None:
        self._stack.endMacro()
        top = self._stack.command(self._stack.index() - 1)
        if top is not None and top.childCount() == 0:  # every call was refused: no step
            top.setObsolete(True)
            self._stack.undo()  # an obsolete command leaves the stack when undone
