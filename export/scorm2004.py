"""SCORM 2004 4th edition packages: the shared writer, the 2004 manifest, `API_1484_11`."""

from __future__ import annotations

from pathlib import Path

from export.document import ExportDocument, Progress
from export.manifest import SCORM2004
from export.result import ExportResult
from export.scorm import build_scorm


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write a SCORM 2004 4th edition zip to `out_path`."""
    return build_scorm(doc, out_path, SCORM2004, "scorm2004", progress)
