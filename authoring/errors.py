"""Typed errors of the domain, each with a message written for the person who sees it."""

from __future__ import annotations


class KiemError(Exception):
    """Root of every error Kiem expects; its message says what, where and what to do."""

    exit_status = 1  # what `kiem` exits with: 1 refused (see README, "Exit status")


class WorkspaceError(KiemError):
    """The workspace file cannot be used (not a workspace, corrupt, locked)."""


class WorkspaceBusy(WorkspaceError):
    """Another process held the workspace's write lock for longer than Kiem waits."""

    exit_status = 75  # EX_TEMPFAIL: try again later


class StorageError(WorkspaceError):
    """The disk said no: read-only file or folder, disk full, permission denied, I/O error."""

    exit_status = 74  # EX_IOERR


class SchemaTooNewError(WorkspaceError):
    """The workspace was written by a newer Kiem."""


class NotFound(KiemError):
    """A module, page, block, question, bank or asset that does not exist."""


class InvalidData(KiemError):
    """Content that does not fit the model; the message names the field."""


class AssetError(KiemError):
    """A file that cannot be used as an asset (not an image, truncated, too large)."""


class ImportFailed(KiemError):
    """An import (folder, GIFT, bundle) that was refused; the message names file and line."""


class UndoConflict(KiemError):
    """An undo or redo whose rows were changed by something else in the meantime."""
