"""PDF handouts (content and questions, no answers) and trainer copies (answers, feedback).

WeasyPrint lays out the same rendered document the player shows, through a print template.
Its fetcher serves only the package's own files: offline and deterministic.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from functools import cache
from pathlib import Path
from typing import Any

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from export.document import RESOURCES, ExportDocument, Progress
from export.errors import ExportError
from export.package import write_bytes
from export.player import environment
from export.result import ExportResult

BASE = "file:///kiem-package/"
logging.getLogger("weasyprint").setLevel(logging.ERROR)  # its warnings go to the log, not users


@cache
def _print_strings() -> dict[str, dict[str, str]]:
    path = RESOURCES / "templates" / "print" / "strings.json"
    return json.loads(path.read_text(encoding="utf-8"))


def print_strings(language: str) -> dict[str, str]:
    """Return the print template's strings in the module's language (then English)."""
    table = _print_strings()
    return {**table["en"], **table.get(language.split("-")[0].lower(), {})}


class PackageFetcher(URLFetcher):
    """Serves the document's own files; refuses every other URL, local or remote."""

    def __init__(self, doc: ExportDocument) -> None:
        super().__init__(allowed_protocols=("file",))
        self._files = {f.path: f for f in doc.files}

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        """Return a file of the package, or raise for anything else."""
        path = url.removeprefix(BASE) if url.startswith(BASE) else None
        found = self._files.get(path) if path else None
        if found is None:
            raise ValueError(f"refused outside resource: {url}")
        return URLFetcherResponse(url, found.data, {"Content-Type": found.media_type})


def render_html(doc: ExportDocument, trainer: bool) -> str:
    """Return the print HTML of the handout or the trainer copy."""
    template = environment().get_template("print/document.html.j2")
    titles = {str(b.id): b.title for b in doc.module.banks}
    return template.render(doc=doc, trainer=trainer, s=print_strings(doc.language),
                           bank_title=lambda _doc, bank_id: titles.get(bank_id, "?"),
                           style=(RESOURCES / "templates" / "print" / "print.css")
                           .read_text(encoding="utf-8"))


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None, *,
          trainer: bool = False) -> ExportResult:
    """Write the PDF to `out_path` (via a temporary file)."""
    start = time.perf_counter()
    if progress:
        progress(0, 2, "laying out pages")
    html = HTML(string=render_html(doc, trainer), base_url=BASE, url_fetcher=PackageFetcher(doc))
    # A fixed identifier: the same module gives the same bytes.
    identifier = hashlib.sha256(f"{doc.identifier}:{doc.module.version}:{trainer}".encode())
    try:
        data = html.write_pdf(pdf_identifier=identifier.hexdigest()[:32].encode())
    except (OSError, ValueError) as exc:
        raise ExportError(f"the PDF could not be made: {exc}") from None
    if progress:
        progress(1, 2, "writing the PDF")
    write_bytes(data, out_path)
    if progress:
        progress(2, 2, "done")
    return ExportResult(path=out_path, format="pdf", size=len(data),
                        files=((out_path.name, len(data)),), seconds=time.perf_counter() - start)
