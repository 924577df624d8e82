"""The SCORM package writer both versions share: learner files, manifest, one deterministic zip."""

from __future__ import annotations

import time
from pathlib import Path

from export.document import ExportDocument, PackageFile, Progress
from export.manifest import Flavour, build_manifest
from export.package import learner_files, write_zip
from export.result import ExportResult


def build_scorm(doc: ExportDocument, out_path: Path, flavour: Flavour, tracking: str,
                progress: Progress | None = None) -> ExportResult:
    """Write a SCORM zip: one SCO (index.html) with every file listed in the manifest."""
    start = time.perf_counter()
    files = learner_files(doc, tracking)
    manifest = build_manifest(doc, flavour, [f.path for f in files])
    files.append(PackageFile("imsmanifest.xml", manifest, "application/xml"))
    if progress:
        progress(1, 2, "writing the package")
    write_zip(files, out_path)
    if progress:
        progress(2, 2, "done")
    return ExportResult(
        path=out_path, format=tracking, size=out_path.stat().st_size,
        files=tuple(sorted((f.path, len(f.data)) for f in files)),
        seconds=time.perf_counter() - start,
    )
