"""PDF handouts and trainer copies: real PDFs, read back with pdftotext, offline, deterministic."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from export.document import build_document
from export.exporter import export_module
from export.pdf import PackageFetcher

from .conftest import Sample

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_handout_has_the_content_and_questions_but_no_answers(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    out = tmp_path / "handout.pdf"
    result = export_module(sample.snap, sample.blobs, "pdf", out, image_cache=image_cache)
    assert result.path == out and out.read_bytes().startswith(b"%PDF")
    text = _text(out)
    assert "Spot and report a phishing email" in text
    assert "LEARNERHANDOUT" in text.replace(" ", "")  # shown in capitals on the cover
    for page in sample.snap.pages:
        assert page.title in text
    assert "Which two details are warning signs?" in text
    assert "Feedback" not in text and "Accepted answers" not in text
    assert "Contents" in text and "Quiz" in text


def test_the_trainer_copy_shows_answers_and_feedback(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    out = tmp_path / "trainer.pdf"
    export_module(sample.snap, sample.blobs, "pdf", out, pdf_variant="trainer",
                  image_cache=image_cache)
    text = " ".join(_text(out).split())
    assert "TRAINERCOPY,WITHANSWERS" in text.replace(" ", "")
    assert "Accepted answers: example.net" in text
    assert "Feedback: Right. The address shown on hover is where the link goes" in text
    assert "Answer: 15" in text


def test_page_numbers_and_contents_point_at_real_pages(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    out = tmp_path / "handout.pdf"
    export_module(sample.snap, sample.blobs, "pdf", out, image_cache=image_cache)
    pages = _text(out).split("\f")
    assert pages[1].strip().startswith("Contents")
    assert f"2 / {len([p for p in pages if p.strip()])}" in pages[1]


def test_the_same_module_gives_the_same_pdf_bytes(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_module(sample.snap, sample.blobs, "pdf", a, image_cache=image_cache)
    export_module(sample.snap, sample.blobs, "pdf", b, image_cache=image_cache)
    assert a.read_bytes() == b.read_bytes()


def test_the_pdf_fetches_nothing_outside_the_package(sample: Sample, image_cache: Path) -> None:
    doc = build_document(sample.snap, sample.blobs, image_cache=image_cache)
    fetcher = PackageFetcher(doc)
    inside = doc.files[0].path
    assert fetcher.fetch(f"file:///kiem-package/{inside}").read() == doc.files[0].data
    for url in ("https://example.com/tracker.png", "file:///etc/passwd",
                "file:///kiem-package/../etc/passwd"):
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)
