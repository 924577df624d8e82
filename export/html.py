"""Plain HTML: a folder (or, for a path ending in .zip, a zip) that opens from index.html."""

from __future__ import annotations

import time
from pathlib import Path

from export.document import ExportDocument, Progress
from export.package import learner_files, write_folder, write_zip
from export.result import ExportResult


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write the module as a web folder (or a zip when `out_path` ends in .zip)."""
    start = time.perf_counter()
    files = learner_files(doc, "none")
    if progress:
        progress(1, 2, "writing the files")
    if out_path.suffix.lower() == ".zip":
        write_zip(files, out_path)
        size = out_path.stat().st_size
    else:
        write_folder(files, out_path)
        size = sum(len(f.data) for f in files)
    if progress:
        progress(2, 2, "done")
    return ExportResult(path=out_path, format="html", size=size,
                        files=tuple(sorted((f.path, len(f.data)) for f in files)),
                        seconds=time.perf_counter() - start)
