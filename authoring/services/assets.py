"""Import files as assets: checked, stored once by sha256, named per module, with thumbnails."""

from __future__ import annotations

import uuid
from pathlib import Path, PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from authoring.errors import AssetError, InvalidData, NotFound
from authoring.images import MAX_ASSET_BYTES, inspect_asset, make_thumbnail, sha256_hex
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


def store(session: Session, data: bytes, name: str) -> Asset:
    """Check `data` and store it once; return the (new or existing) asset row."""
    info = inspect_asset(data, PurePosixPath(name).name)
    digest = sha256_hex(data)
    existing = session.get(Asset, digest)
    if existing is not None:
        return existing
    asset = Asset(
        sha256=digest, media_type=info.media_type, extension=info.extension, size=len(data),
        width=info.width, height=info.height, data=data,
        thumbnail=make_thumbnail(data) if info.is_image else None,
    )
    session.add(asset)
    return asset


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
        """Import bytes into a module under `name`; the asset's sha256 is `sha256_hex(data)`."""
        clean = clean_name(name)
        with writing(self._ws) as (session, result):
            module = live(session, Module, module_id, "module")
            asset = store(session, data, clean)
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

    def thumbnail(self, sha256: str) -> bytes | None:
        """Return an image asset's PNG thumbnail (None for other files)."""
        with self._ws.read() as session:
            row = session.execute(select(Asset.thumbnail).where(Asset.sha256 == sha256)).first()
        if row is None:
            raise NotFound(f"asset {sha256[:12]} is not in this workspace")
        return row[0]
