"""The module editor's controller: every change it makes is one undoable step of the studio.

Views call these methods; only this class names services, and it writes through
`Studio.do` alone. Reads return frozen snapshots (or None when the row is gone).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QObject

from app.gui.studio import Studio
from authoring.blocks import BlockData
from authoring.errors import KiemError
from authoring.images import MAX_ASSET_BYTES, inspect_asset
from authoring.kinds import BlockKind
from authoring.questions import QuestionDraft
from authoring.services.questions import BankSummary
from authoring.snapshot import BankSnap, ModuleSnap


class EditorActions(QObject):
    """Reads snapshots for the editor and runs its edits as undoable studio steps."""

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self._services = studio.services

    # Reading -------------------------------------------------------------------------------
    def snapshot(self, module_id: uuid.UUID) -> ModuleSnap | None:
        """Return the module as it is now (typing that waits included), or None when gone."""
        try:
            return self.studio.saves.overlay(self._services.modules.snapshot(module_id))
        except KiemError:
            return None

    def thumbnail(self, sha256: str) -> bytes | None:
        """Return an image asset's PNG thumbnail, or None."""
        try:
            return self._services.assets.thumbnail(sha256)
        except KiemError:
            return None

    def banks(self) -> list[BankSummary]:
        """Return every question bank of the workspace."""
        return self._services.questions.banks()

    def bank(self, bank_id: str) -> BankSnap | None:
        """Return a bank with its questions, or None."""
        try:
            return self._services.questions.bank(uuid.UUID(bank_id))
        except (KiemError, ValueError):
            return None

    # Pages ---------------------------------------------------------------------------------
    def add_page(self, module_id: uuid.UUID, title: str, index: int | None) -> uuid.UUID | None:
        """Add a page at `index`; return its id."""
        changes = self.studio.do(self.tr("Add page"),
                                 lambda: self._services.pages.add(module_id, title, index))
        return changes.id if changes else None

    def rename_page(self, page_id: uuid.UUID, title: str) -> None:
        """Give a page a new title."""
        self.studio.do(self.tr("Rename page"), lambda: self._services.pages.rename(page_id, title))

    def set_page_topics(self, page_id: uuid.UUID, topics: Sequence[str]) -> None:
        """Tag a page with topics (remediation sends learners back to matching pages)."""
        self.studio.do(self.tr("Edit page topics"),
                       lambda: self._services.pages.set_topics(page_id, topics))

    def move_page(self, page_id: uuid.UUID, index: int) -> None:
        """Move a page to position `index`."""
        self.studio.do(self.tr("Move page"), lambda: self._services.pages.move(page_id, index))

    def duplicate_page(self, page_id: uuid.UUID) -> uuid.UUID | None:
        """Copy a page right after itself; return the copy's id."""
        changes = self.studio.do(self.tr("Duplicate page"),
                                 lambda: self._services.pages.duplicate(page_id))
        return changes.id if changes else None

    def delete_page(self, page_id: uuid.UUID) -> None:
        """Delete a page with its blocks."""
        self.studio.do(self.tr("Delete page"), lambda: self._services.pages.delete(page_id))

    # Blocks --------------------------------------------------------------------------------
    def add_block(self, page_id: uuid.UUID, kind: BlockKind, data: BlockData,
                  index: int | None) -> uuid.UUID | None:
        """Add a block of `kind` at `index` on a page; return its id."""
        changes = self.studio.do(self.tr("Add block"),
                                 lambda: self._services.blocks.add(page_id, kind, data, index))
        return changes.id if changes else None

    def add_question(self, page_id: uuid.UUID, draft: QuestionDraft,
                     index: int | None) -> uuid.UUID | None:
        """Put a new question on a page at `index`; return its block's id."""
        changes = self.studio.do(self.tr("Add question"), lambda: self._services.questions
                                 .add_to_page(page_id, draft, index))
        return changes.id if changes else None

    def edit_block(self, block_id: uuid.UUID, data: BlockData, typing: bool) -> bool:
        """Save a block's data (or keep it until the workspace takes it); False if refused.

        Typing is named "Edit text" in the undo history.
        """
        text = self.tr("Edit text") if typing else self.tr("Edit block")
        return self.studio.saves.edit_block(block_id, data, text)

    def move_block(self, block_id: uuid.UUID, page_id: uuid.UUID, index: int) -> None:
        """Move a block to position `index` on a page."""
        self.studio.do(self.tr("Move block"),
                       lambda: self._services.blocks.move(block_id, page_id, index))

    def duplicate_block(self, block_id: uuid.UUID) -> uuid.UUID | None:
        """Copy a block right below itself; return the copy's id."""
        changes = self.studio.do(self.tr("Duplicate block"),
                                 lambda: self._services.blocks.duplicate(block_id))
        return changes.id if changes else None

    def delete_block(self, block_id: uuid.UUID) -> None:
        """Delete a block."""
        self.studio.do(self.tr("Delete block"), lambda: self._services.blocks.delete(block_id))

    # Files ---------------------------------------------------------------------------------
    def use_file(self, module: ModuleSnap, path: Path, folder: str, text: str,
                 apply: Callable[[str], None]) -> str | None:
        """Add a file to the module's files and `apply(sha256)` it, as one undoable step.

        A file the module already has is not imported again; a new file gets a name not yet
        taken in `folder`, so no other block's file is ever replaced. Returns the sha256, or
        None when the file was refused (reported on `Studio.failed`).
        """
        data = self._readable(path)
        if data is None:
            return None
        sha = hashlib.sha256(data).hexdigest()
        if any(a.sha256 == sha for a in module.assets):
            apply(sha)
            return sha
        name = _free_name(folder, path.name, set(module.asset_by_name()))
        stack = self.studio.undo_stack
        stack.beginMacro(text)
        try:
            changes = self.studio.do(text, lambda: self._services.assets.import_file(
                module.id, path, name))
            if changes is not None:
                apply(sha)
        finally:
            stack.endMacro()
        return sha if changes is not None else None

    def _readable(self, path: Path) -> bytes | None:
        """Return the file's bytes when Kiem can use it; otherwise say why and return None."""
        try:
            if path.stat().st_size > MAX_ASSET_BYTES:
                raise KiemError(self.tr("{name} is too large for a module (200 MB at most).")
                                .format(name=path.name))
            data = path.read_bytes()
            inspect_asset(data, path.name)
        except KiemError as exc:
            self.studio.failed.emit(str(exc))
            return None
        except OSError as exc:
            self.studio.failed.emit(self.tr("{name} cannot be read: {why}")
                                    .format(name=path.name, why=exc.strerror or exc))
            return None
        return data


def _free_name(folder: str, filename: str, taken: set[str]) -> str:
    """Return `folder/filename`, numbered (`photo-2.png`) when the module already uses it."""
    clean = "-".join(filename.split()) or "file"
    stem, suffix = PurePosixPath(clean).stem, PurePosixPath(clean).suffix
    name, n = f"{folder}/{clean}", 2
    while name in taken:
        name, n = f"{folder}/{stem}-{n}{suffix}", n + 1
    return name
