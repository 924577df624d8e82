"""Where an export may be written: Kiem replaces only what it made, or what it was told to.

A workspace or a bundle is never replaced by an export. An existing file is replaced when it
is an earlier export of the same module, or when the person said so (a yes in the studio,
`--force` on the command line). A web export goes into a new or empty folder, or over an
earlier web export of the same module; never over a folder of other files.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

from authoring.workspace import is_database_file
from export.errors import ExportError

_KIEM_SUFFIXES = (".kiemdb", ".kiem")
_SNIFFED = 2_000_000  # bytes of an index.html or a manifest read to recognise an export


class DestinationRefused(ExportError):
    """Exporting there would destroy something Kiem did not make; choose another place."""


class DestinationExists(ExportError):
    """The file is there and is not an earlier export of the module: replace only if asked."""


def check_destination(target: Path, module_id: uuid.UUID, *, folder: bool,
                      replace: bool = False) -> None:
    """Refuse `target` unless writing there destroys nothing that is not Kiem's to replace.

    `folder` says the export is a web folder (not a file). Raises DestinationRefused (never
    allowed) or DestinationExists (allowed with `replace`).
    """
    if not target.exists() and not target.is_symlink():
        return
    if target.is_symlink() or not (target.is_file() or target.is_dir()):
        raise DestinationRefused(f"{target} is a link or a special file; choose a plain file "
                                 "or folder name")
    if target.is_file() and _is_kiem_data(target):
        raise DestinationRefused(f"{target} is a Kiem workspace or bundle: an export there "
                                 "would destroy it; choose another name")
    if target.is_dir():
        if not folder:
            raise DestinationRefused(f"{target} is a folder; give a file name for the export")
        if any(target.iterdir()) and not _earlier_export(target / "index.html", module_id):
            raise DestinationRefused(f"the folder {target} holds other files; export into a "
                                     "new or empty folder")
        return
    if _earlier_export(target, module_id) or replace:
        return
    raise DestinationExists(f"{target} already exists and is not an earlier export of this "
                            "module; choose another name, or replace it (--force)")


def is_web_export_of(folder: Path, module_id: uuid.UUID) -> bool:
    """True when `folder` is an earlier web export of the module (its index.html says so)."""
    return folder.is_dir() and _earlier_export(folder / "index.html", module_id)


def _is_kiem_data(path: Path) -> bool:
    return path.suffix.lower() in _KIEM_SUFFIXES or is_database_file(path)


def _earlier_export(path: Path, module_id: uuid.UUID) -> bool:
    """True when `path` (a package, a web folder's index.html) was exported from the module."""
    mark = str(module_id).encode()
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                inside = next((n for n in ("imsmanifest.xml", "index.html") if n in names), "")
                return bool(inside) and mark in z.open(inside).read(_SNIFFED)
        if path.name == "index.html" and path.is_file():
            with path.open("rb") as f:
                return mark in f.read(_SNIFFED)
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    return False
