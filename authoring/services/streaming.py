"""Store an import's files one at a time, each in a brief write of its own; sweep up leftovers.

Reading, hashing, checking and thumbnails happen before the write lock is taken, so another
process (the studio saving what someone types) waits for one file's insert at most, never for
a whole import of gigabytes of video. Files are content-addressed and never change, so storing
one that is already there is skipped, and a file stored by an import that then failed or was
killed is harmless until it is swept up: no module names it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from authoring.errors import ImportFailed, WorkspaceError
from authoring.images import sha256_hex
from authoring.models import Asset, ModuleAsset, utcnow
from authoring.services.assets import is_stored, prepare
from authoring.snapshot import AssetSnap
from authoring.workspace import Workspace

# Files nobody names are swept up only once they are this old: a younger one may belong to an
# import that another process is running right now (between storing files and naming them).
ORPHAN_AGE = dt.timedelta(hours=1)


def store_files(workspace: Workspace, assets: Iterable[AssetSnap],
                files: Mapping[str, bytes]) -> list[str]:
    """Store the files of `assets` the workspace lacks, in their order, one brief write each.

    Every file is read and checked against its sha256, also the ones already stored, so a
    damaged file is refused whatever the workspace holds. Returns the sha256 of the files this
    call added (for `forget`, should the import fail later); if this call fails, it forgets
    them itself.
    """
    names: dict[str, str] = {}
    for asset in assets:
        names.setdefault(asset.sha256, asset.name)  # one file under two names is stored once
    added: list[str] = []
    try:
        for sha, name in names.items():
            if _store_one(workspace, sha, name, files):
                added.append(sha)
    except BaseException:
        forget(workspace, added)
        raise
    return added


def _store_one(workspace: Workspace, sha256: str, name: str, files: Mapping[str, bytes]) -> bool:
    """Read, check and store one file; True if it was added. Only one file is held at a time."""
    data = files[sha256]
    if sha256_hex(data) != sha256:
        raise ImportFailed(f"{name}: its content does not match its checksum (it is damaged or "
                           "changed while being imported); import it again")
    with workspace.read() as session:
        if is_stored(session, sha256):
            return False
    asset = prepare(data, name, sha256)  # the slow part, before the write lock
    with workspace.write() as session:
        if is_stored(session, sha256):  # another process stored it meanwhile
            return False
        session.add(asset)
    return True


def _unnamed() -> sa.ColumnElement[bool]:
    """Files no module names, not even one in the trash or a name an undo could bring back."""
    return Asset.sha256.not_in(sa.select(ModuleAsset.sha256))


def forget(workspace: Workspace, sha256s: Iterable[str]) -> None:
    """Remove the files a failed import added that no module names (as if it never ran).

    Best effort: if the workspace cannot be written now, `collect_orphans` takes them later.
    """
    added = list(sha256s)
    if not added:
        return
    with contextlib.suppress(SQLAlchemyError, WorkspaceError), workspace.write() as session:
        session.execute(sa.delete(Asset).where(Asset.sha256.in_(added), _unnamed())
                        .execution_options(synchronize_session=False))


def collect_orphans(workspace: Workspace, older_than: dt.timedelta = ORPHAN_AGE) -> int:
    """Delete files no module names that were stored more than `older_than` ago; say how many.

    They are what an import killed between storing its files and writing its module leaves.
    The look is a read; the write lock is taken only when there is something to delete.
    """
    old_and_unnamed = sa.and_(Asset.created_at < utcnow() - older_than, _unnamed())
    with workspace.read() as session:
        if session.scalar(sa.select(Asset.sha256).where(old_and_unnamed).limit(1)) is None:
            return 0
    with workspace.write() as session:
        result = session.execute(sa.delete(Asset).where(old_and_unnamed)
                                 .execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]
