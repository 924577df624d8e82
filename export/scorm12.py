"""SCORM 1.2 packages: the shared writer with the 1.2 manifest and the `API` adapter."""

from __future__ import annotations

from pathlib import Path

from export.document import ExportDocument, Progress
from export.manifest import SCORM12
from export.result import ExportResult
from export.scorm import build_scorm


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write a SCORM 1.2 zip to `out_path`."""
    return build_scorm(doc, out_path, SCORM12, "scorm12", progress)
