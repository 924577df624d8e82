"""Bundle files for the tests: read, write and change their members; expect refusals."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from authoring.errors import ImportFailed
from authoring.models import Asset, Bank, Block, Module, ModuleAsset, Page, Question
from authoring.services import Services

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
TABLES = (Module, Page, Block, Question, Bank, Asset, ModuleAsset)


def members_of(bundle: Path) -> dict[str, bytes]:
    """Every member of a zip, by name, in archive order."""
    with zipfile.ZipFile(bundle) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    """Write a zip with exactly these member names (no clean-up of odd names)."""
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data,
                        compress_type=zipfile.ZIP_DEFLATED)
    return path


def document_of(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members["module.json"])


def with_document(members: dict[str, bytes], change: Callable[[dict[str, Any]], Any]
                  ) -> dict[str, bytes]:
    """The members with module.json changed in place by `change`."""
    doc = document_of(members)
    change(doc)
    return {**members, "module.json": json.dumps(doc).encode()}


def asset_members(members: dict[str, bytes]) -> list[str]:
    return [name for name in members if name.startswith("assets/")]


def row_counts(services: Services) -> dict[str, int]:
    with services.workspace.read() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
                for t in TABLES}


def refusal(services: Services, path: Path) -> str:
    """Import `path`, expect ImportFailed, check no row was added; return the message."""
    before = row_counts(services)
    with pytest.raises(ImportFailed) as caught:
        services.transfer.import_bundle(path)
    assert row_counts(services) == before
    return str(caught.value)
