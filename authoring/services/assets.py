"""Import files as assets: checked, stored once by sha256, named per module, with thumbnails."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.errors import AssetError, InvalidData, NotFound
from authoring.images import MAX_ASSET_BYTES, inspect_asset, make_thumbnail, sha256_hex
from authoring.lazy_files import LazyFiles
from authoring.models import Asset, Module, ModuleAsset
from authoring.services.changes import Changes, writing
from authoring.services.rows import live
from authoring.workspace import Workspace


def clean_name(name: str) -> str:
    """Return a module-relative asset name (`images/a.png`), refusing `..` and absolute paths."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts or len(name) > 500:
        raise InvalidData(f"asset name {name!r}: must be a relative path inside the module")
    return str(path)


def read_file(path: Path) -> bytes:
    """Read a file to import, refusing oversized ones before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_ASSET_BYTES:
            raise AssetError(f"{path.name}: {size / 1e6:.0f} MB is too large for an asset")
        return path.read_bytes()
    except OSError as exc:
        raise AssetError(f"{path}: cannot be read ({exc.strerror})") from None


def prepare(data: bytes, name: str, sha256: str) -> Asset:
    """Check `data` and build its (unsaved) asset row: type, size and thumbnail.

    The slow part of storing a file, done before any write lock is taken. `sha256` is
    `sha256_hex(data)`, which the caller has already worked out (hashing is not free either).
    """
    info = inspect_asset(data, PurePosixPath(name).name)
    return Asset(
        sha256=sha256, media_type=info.media_type, extension=info.extension,
        size=len(data), width=info.width, height=info.height, data=data,
        thumbnail=make_thumbnail(data) if info.is_image else None,
    )


def is_stored(session: Session, sha256: str) -> bool:
    """True when the workspace holds the file (its bytes are not loaded to find out)."""
    return session.scalar(select(Asset.sha256).where(Asset.sha256 == sha256)) is not None


def name_asset(session: Session, module_id: uuid.UUID, name: str, sha256: str) -> None:
    """Point the module's `name` at an asset (renaming an existing link when it differs)."""
    current = session.scalars(select(ModuleAsset).where(
        ModuleAsset.module_id == module_id, ModuleAsset.name == name,
        ModuleAsset.deleted_at.is_(None))).first()
    if current is None:
        session.add(ModuleAsset(id=uuid.uuid4(), module_id=module_id, name=name, sha256=sha256))
    elif current.sha256 != sha256:
        current.sha256 = sha256


class AssetService:
    """Assets: the only writer of asset rows."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def import_file(self, module_id: uuid.UUID, path: Path, name: str | None = None) -> Changes:
        """Import a file into a module under `name` (its file name by default)."""
        return self.import_bytes(module_id, read_file(path), name or path.name)

    def import_bytes(self, module_id: uuid.UUID, data: bytes, name: str) -> Changes:
        """Import bytes into a module under `name`; the asset's sha256 is `sha256_hex(data)`.

        The file is checked, hashed and thumbnailed first; the write lock is held only to
        insert it (unless it is there already) and name it.
        """
        clean = clean_name(name)
        asset = prepare(data, clean, sha256_hex(data))
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            if not is_stored(session, asset.sha256):
                session.add(asset)
                session.flush()
            name_asset(session, module.id, clean, asset.sha256)
        return result.changes

    def data(self, sha256: str) -> bytes:
        """Return an asset's original bytes."""
        with self._ws.read() as session:
            data = session.scalar(select(Asset.data).where(Asset.sha256 == sha256))
        if data is None:
            raise NotFound(f"asset {sha256[:12]} is not in this workspace")
        return data

    def files(self, shas: Iterable[str]) -> LazyFiles:
        """These files by sha256, each read from the workspace only when asked for.

        An export whose images are all processed already reads no original photo.
        """
        return LazyFiles({sha: functools.partial(self.data, sha) for sha in shas})

    def thumbnail(self, sha256: str) -> bytes | None:
        """Return an image asset's PNG thumbnail (None for other files)."""
        with self._ws.read() as session:
            row = session.execute(select(Asset.thumbnail).where(Asset.sha256 == sha256)).first()
        if row is None:
            raise NotFound(f"asset {sha256[:12]} is not in this workspace")
        return row[0]
