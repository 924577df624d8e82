"""The SCORM package writer both versions share: learner files, manifest, one deterministic zip."""

from __future__ import annotations

from pathlib import Path

from export.document import ExportDocument, PackageFile, Progress
from export.manifest import Flavour, build_manifest
from export.package import build_package, learner_files
from export.result import ExportResult


def build_scorm(doc: ExportDocument, out_path: Path, flavour: Flavour, tracking: str,
                progress: Progress | None = None) -> ExportResult:
    """Write a SCORM zip: one SCO (index.html) with every file listed in the manifest."""
    files = learner_files(doc, tracking)
    manifest = build_manifest(doc, flavour, [f.path for f in files])
    files.append(PackageFile("imsmanifest.xml", manifest, "application/xml"))
    return build_package(files, out_path, tracking, progress)
