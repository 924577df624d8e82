"""Plain words for what the disk or SQLite said: busy, read-only, full, unreadable, damaged.

SQLite's own messages ("attempt to write a readonly database", "disk I/O error") name no
file and no remedy, and SQLAlchemy wraps them with the statement and its parameters. Every
place that touches the workspace file or a file the person gave turns such an error into
one line naming the file, the cause and what to do; anything else is left to the crash
report, as it is a bug.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from authoring.errors import KiemError, StorageError, WorkspaceBusy, WorkspaceError

# SQLite's primary result codes (https://sqlite.org/rescode.html) that are not bugs of ours.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_LOW_SPACE = 1024 * 1024  # below this much free space an I/O error is most likely "disk full"


def _sqlite_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)  # SQLAlchemy's DBAPIError keeps the driver's error
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite
        return _CORRUPT if isinstance(orig, sqlite3.DatabaseError) and \
            "not a database" in str(orig) else None
    return int(code) & 0xFF


def read_only_message(path: Path) -> str:
    """The line for a workspace that cannot be written."""
    return (f"{path} cannot be written (the file or its folder is read-only): nothing was "
            "changed. Make both writable, or copy the workspace to a folder you can write")


def full_message(path: Path) -> str:
    """The line for a disk without room."""
    return (f"the disk holding {path} is full: nothing was changed. "
            "Free some space and try again; the workspace opens as before")


def busy_message(path: Path, waited_s: float) -> str:
    """The line for a write lock held by another process for longer than Kiem waits."""
    return (f"{path} is busy: another Kiem (a command or the studio) kept writing to it for "
            f"more than {waited_s:.0f} s. Nothing was changed; try again when it has finished")


def _on_disk(path: Path) -> str | None:
    """Guess why an I/O error happened from the file system: "full", "read-only" or None."""
    folder = path.parent if path.parent.exists() else Path.cwd()
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_bavail * stats.f_frsize < _LOW_SPACE:
        return "full"
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    return None if writable else "read-only"


def explain_database(exc: BaseException, path: Path | None,
                     waited_s: float = 60.0) -> WorkspaceError | None:
    """Return the plain error for a SQLite failure on the workspace, or None for a bug."""
    code = _sqlite_code(exc)
    if code is None:
        return None
    where = path or Path("the workspace")
    if code in (_BUSY, _LOCKED):
        return WorkspaceBusy(busy_message(where, waited_s))
    if code == _FULL:
        return StorageError(full_message(where))
    if code == _READONLY:
        return StorageError(read_only_message(where))
    if code in (_CORRUPT, _NOTADB):
        return WorkspaceError(f"{where} is damaged ({getattr(exc, 'orig', exc)}); it was left "
                              "untouched. Restore a backup (NAME.DATE.bak beside it) or a bundle")
    if code in (_IOERR, _CANTOPEN):
        cause = _on_disk(where)
        if cause == "full":
            return StorageError(full_message(where))
        if cause == "read-only":
            return StorageError(read_only_message(where))
        return StorageError(f"{where} cannot be read or written (SQLite: "
                            f"{getattr(exc, 'orig', exc)}). Check the disk; nothing was changed")
    return None


_WORDS = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EDQUOT: "your disk quota is used up; free some space and try again",
    errno.EROFS: "it is on a read-only disk",
    errno.EACCES: "permission denied (you may not read or write it)",
    errno.EPERM: "permission denied (you may not read or write it)",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EIO: "the disk reported an input/output error",
}


def explain_os_error(exc: OSError) -> KiemError:
    """Return one line for an OSError: the file it concerns and the cause in plain words."""
    cause = _WORDS.get(exc.errno or 0, exc.strerror or str(exc))
    name = exc.filename if exc.filename is not None else "a file"
    return StorageError(f"{name}: {cause}")
