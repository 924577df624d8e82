"""The portable bundle: one zip holding a versioned JSON document and the module's files.

Writing is deterministic (same module, same bytes) and goes through a temporary file. Reading
trusts nothing: member names, sizes and the document (against its JSON Schema) are checked
before anything is written to the workspace, and each file, read one at a time as it is
stored, against its checksum.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from functools import cache, partial
from pathlib import Path
from typing import Any

from authoring.check import check
from authoring.errors import ImportFailed, InvalidData
from authoring.images import MAX_ASSET_BYTES, sha256_hex
from authoring.lazy_files import LazyFiles
from authoring.snapshot import ModuleSnap, from_dict, to_dict
from authoring.staging import clear_leftovers, staging_path

FORMAT = "kiem-bundle"
VERSION = 1
DOCUMENT = "module.json"
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "resources" / "bundle.schema.json"
_ASSET_MEMBER = re.compile(r"^assets/([0-9a-f]{64})\.([a-z0-9]{1,8})$")
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)
# Media that is already compressed gains nothing from deflate and costs time.
_STORED = {"jpg", "png", "gif", "webp", "mp3", "mp4", "m4a", "webm", "ogg", "docx", "xlsx",
           "pptx", "pdf"}


@cache
def schema() -> dict[str, Any]:
    """Return the published JSON Schema of the bundle document."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def document(snap: ModuleSnap) -> dict[str, Any]:
    """Return the bundle document of a module snapshot."""
    return {"format": FORMAT, "version": VERSION, "module": to_dict(snap)}


def document_bytes(snap: ModuleSnap) -> bytes:
    """Return the bundle document as canonical JSON bytes (same module, same bytes)."""
    return json.dumps(document(snap), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode()


def parse_document(raw: bytes, where: str) -> ModuleSnap:
    """Read and check a bundle document on its own (a frozen version); raises ImportFailed."""
    return _parse_document(raw, where)


def write_bundle(snap: ModuleSnap, blobs: dict[str, bytes], path: Path) -> Path:
    """Write the bundle to `path` (via a temporary file moved into place)."""
    doc = json.dumps(document(snap), ensure_ascii=False, indent=1, sort_keys=True).encode()
    clear_leftovers(path)
    tmp = staging_path(path)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            _add(zf, DOCUMENT, doc, zipfile.ZIP_DEFLATED)
            for asset in sorted(snap.assets, key=lambda a: a.sha256):
                name = f"assets/{asset.sha256}.{asset.extension}"
                if name in zf.NameToInfo:
                    continue  # one file under two names is stored once
                method = zipfile.ZIP_STORED if asset.extension in _STORED else zipfile.ZIP_DEFLATED
                _add(zf, name, blobs[asset.sha256], method)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _add(zf: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


# Check findings that mean the bundle points at something it does not hold.
_DANGLING = {"asset.missing", "question.missing", "draw.missing_bank", "branch.missing_question"}


@contextlib.contextmanager
def open_bundle(path: Path) -> Iterator[tuple[ModuleSnap, LazyFiles]]:
    """Check a bundle and yield its snapshot and its files; raises ImportFailed.

    Everything but the files' bytes is checked before anything is yielded: member names and
    sizes, the document, which files the module lists and what it points at. The files are
    read one at a time when asked for (while the bundle is open), each bounded and checked
    against its checksum then, so a bundle of gigabytes of video never sits in memory.
    """
    where = path.name
    if path.exists() and not path.is_file():  # /dev/zero would be read for ever, a pipe hang
        raise ImportFailed(f"{path}: not a plain file (a device, a pipe or a folder)")
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailed(f"{where}: not a Kiem bundle (not a readable zip: {exc})") from None
    with zf:
        snap, files = _check_bundle(zf, where)
        readers = {digest: partial(_read_file, zf, infos, where)
                   for digest, infos in files.items()}
        yield snap, LazyFiles(readers)


def _check_bundle(zf: zipfile.ZipFile, where: str
                  ) -> tuple[ModuleSnap, dict[str, list[zipfile.ZipInfo]]]:
    """Check everything but the files' bytes; return the snapshot and the files' members."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportFailed(f"{where}: holds {len(infos)} files, more than a bundle may")
    total = 0
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        _check_member(where, info)
        if info.is_dir():
            continue  # a bundle zipped again by hand may carry folder entries
        total += info.file_size
        if info.filename in members:
            raise ImportFailed(f"{where}: “{info.filename}” appears twice")
        members[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise ImportFailed(f"{where}: unpacks to {total // 10**6} MB, more than a bundle may")
    if DOCUMENT not in members:
        raise ImportFailed(f"{where}: not a Kiem bundle ({DOCUMENT} is missing)")
    raw = _read(zf, members.pop(DOCUMENT), MAX_DOCUMENT_BYTES, where)
    snap = _parse_document(raw, where)
    files: dict[str, list[zipfile.ZipInfo]] = {}
    for name, info in sorted(members.items()):
        digest, _ext = _ASSET_MEMBER.match(name).groups()  # type: ignore[union-attr]
        files.setdefault(digest, []).append(info)
    listed = {a.sha256 for a in snap.assets}
    missing = sorted(listed - set(files))
    if missing:
        raise ImportFailed(f"{where}: the file for asset {missing[0][:12]}… is missing")
    extra = sorted(set(files) - listed)
    if extra:
        raise ImportFailed(f"{where}: holds a file the module does not list ({extra[0][:12]}…)")
    dangling = [f for f in check(snap) if f.code in _DANGLING]
    if dangling:  # caught now, not at export: the bundle is broken, whoever made it
        raise ImportFailed(f"{where}: {dangling[0].message}")
    return snap, files


def _read_file(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], where: str) -> bytes:
    """Read one file of the bundle, bounded, and check it against its name's checksum."""
    data = b""
    for info in infos:  # one content under two extensions, in a bundle zipped by hand
        data = _read(zf, info, MAX_ASSET_BYTES, where)
        digest = _ASSET_MEMBER.match(info.filename).group(1)  # type: ignore[union-attr]
        if sha256_hex(data) != digest:
            raise ImportFailed(f"{where}: “{info.filename}” is damaged (its checksum does not "
                               "match)")
    return data


def _check_member(where: str, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if (name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name
            or ".." in name.split("/")):
        raise ImportFailed(f"{where}: refused, “{name}” would be written outside the bundle")
    if info.flag_bits & 0x1:
        raise ImportFailed(f"{where}: “{name}” is encrypted; bundles are never encrypted")
    if name.endswith("/"):
        return
    if name != DOCUMENT and not _ASSET_MEMBER.match(name):
        raise ImportFailed(f"{where}: unexpected file “{name}” in the bundle")
    limit = MAX_DOCUMENT_BYTES if name == DOCUMENT else MAX_ASSET_BYTES
    if info.file_size > limit:
        raise ImportFailed(f"{where}: “{name}” is too large ({info.file_size // 10**6} MB)")


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where: str) -> bytes:
    # The header's size can lie; stop reading at the limit whatever it says.
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ImportFailed(f"{where}: “{info.filename}” is damaged ({exc})") from None
    if len(data) > limit:
        raise ImportFailed(f"{where}: “{info.filename}” is larger than it claims; refused")
    return data


def schema_problem(doc: dict[str, Any]) -> str:
    """The first place where `doc` breaks the bundle schema ("field: what"), or "".

    Folder import asks too, so that every module Kiem takes in can also travel as a bundle.
    """
    import jsonschema  # noqa: PLC0415 - only when reading or checking (studio start-up time)

    try:
        errors = sorted(jsonschema.Draft202012Validator(schema()).iter_errors(doc),
                        key=lambda e: list(e.absolute_path))
    except RecursionError:
        return "(document): nested too deeply to be a module"
    if not errors:
        return ""
    first = errors[0]
    return f"{'/'.join(str(p) for p in first.absolute_path) or '(document)'}: {first.message}"


def _not_finite(name: str) -> float:
    raise ValueError(f"{name} is not a number Kiem can store")


def _parse_document(raw: bytes, where: str) -> ModuleSnap:
    try:
        doc = json.loads(raw.decode("utf-8"), parse_constant=_not_finite)
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ImportFailed(f"{where}: {DOCUMENT} is not valid JSON ({exc})") from None
    except RecursionError:
        raise ImportFailed(f"{where}: {DOCUMENT} is nested too deeply to be a module") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFailed(f"{where}: not a Kiem bundle (format is not “{FORMAT}”)")
    version = doc.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise ImportFailed(
            f"{where}: bundle version {version!r} is not supported by this Kiem "
            f"(it reads version {VERSION}); update Kiem to import it"
        )
    problem = schema_problem(doc)
    if problem:
        raise ImportFailed(f"{where}: {DOCUMENT} at {problem}")
    try:
        return from_dict(doc["module"])
    except InvalidData as exc:
        raise ImportFailed(f"{where}: {exc}") from None
