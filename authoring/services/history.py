"""Undo and redo: revert the rows a change touched, as a change of its own."""

from __future__ import annotations

from authoring.journal import Journal, revert
from authoring.services.changes import REVIEW_STATE, Changes, writing
from authoring.workspace import Workspace


class HistoryService:
    """Reverts journals; the GUI's undo stack keeps them."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def revert(self, journal: Journal) -> Changes:
        """Undo the change `journal` describes; the returned journal redoes it.

        Raises UndoConflict (and changes nothing) when a row was edited since.
        """
        with writing(self._ws) as (session, result):
            session.info[REVIEW_STATE] = True  # restores rows as they were: no new draft
            revert(session, journal)
        return result.changes
