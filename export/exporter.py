"""The one way to export a module: check it, build its document once, hand it to a writer."""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

from authoring.check import Finding, check, has_errors
from authoring.kinds import Severity
from authoring.snapshot import ModuleSnap
from export.destination import check_destination
from export.document import Progress, build_document
from export.errors import ExportError
from export.result import ExportResult


class Format(StrEnum):
    """The formats Kiem exports to."""

    SCORM12 = "scorm12"
    SCORM2004 = "scorm2004"
    CMI5 = "cmi5"
    XAPI = "xapi"
    HTML = "html"
    PDF = "pdf"


class PdfVariant(StrEnum):
    """Who a PDF is for: learners get no answers, trainers get answers and feedback."""

    HANDOUT = "handout"
    TRAINER = "trainer"


class ExportRefused(ExportError):
    """The module has errors; `findings` lists them. Fix them, or export with force."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        errors = [f for f in findings if f.severity is Severity.ERROR]
        first = "; ".join(f.message for f in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        super().__init__(f"not exported: the module has {len(errors)} error(s): {first}{more}. "
                         "Fix them (`kiem check`), or export anyway with --force")


def default_name(module: ModuleSnap, fmt: Format, variant: PdfVariant) -> str:
    """Return a file name for the package: title, version, format."""
    stem = "".join(c if c.isalnum() else "-" for c in module.title.lower()).strip("-")
    stem = "-".join(filter(None, stem.split("-")))[:60] or "module"
    suffix = {Format.SCORM12: "-scorm12.zip", Format.SCORM2004: "-scorm2004.zip",
              Format.CMI5: "-cmi5.zip", Format.XAPI: "-xapi.zip",
              Format.HTML: "-html.zip", Format.PDF: f"-{variant.value}.pdf"}[fmt]
    return f"{stem}-v{module.version}{suffix}"


def batch_name(module: ModuleSnap, fmt: Format, variant: PdfVariant, used: set[str]) -> str:
    """Return `default_name`, made unique among `used` (which it extends) with the id's start."""
    name = default_name(module, fmt, variant)
    if name in used:
        marker = f"-v{module.version}-"
        head, _, tail = name.partition(marker)
        name = f"{head}{marker}{str(module.id)[:8]}-{tail}"
    used.add(name)
    return name


def export_module(module: ModuleSnap, blobs: Mapping[str, bytes], fmt: Format | str,
                  out_path: Path, *, force: bool = False, replace: bool = False,
                  pdf_variant: PdfVariant | str = PdfVariant.HANDOUT,
                  progress: Progress | None = None, image_cache: Path | None = None,
                  ) -> ExportResult:
    """Export `module` to `out_path`; raise ExportRefused when it has errors and not `force`.

    What is at `out_path` is replaced only when it is an earlier export of the module or
    `replace` says so; a workspace, a bundle or a folder of other files never
    (export.destination).
    """
    start = time.perf_counter()  # the report's figure is what the person waited: all of it
    fmt = Format(fmt)
    variant = PdfVariant(pdf_variant)
    check_destination(out_path, module.id, replace=replace,
                      folder=fmt is Format.HTML and out_path.suffix.lower() != ".zip")
    findings = check(module)
    if has_errors(findings) and not force:
        raise ExportRefused(findings)
    doc = build_document(module, blobs, progress=progress, image_cache=image_cache)
    if fmt is Format.PDF:
        from export import pdf  # WeasyPrint takes a while to import; only PDFs need it

        result = pdf.build(doc, out_path, progress, trainer=variant is PdfVariant.TRAINER)
    else:  # each format's writer is a module of the format's name, loaded when used
        writer = importlib.import_module(f"export.{fmt.value}")
        result = writer.build(doc, out_path, progress)
    return dataclasses.replace(result, seconds=time.perf_counter() - start)
