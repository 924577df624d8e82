"""The export entry point: refuses modules with errors, writes whole packages or nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from authoring.blocks import ImageData
from authoring.services import Services
from export.errors import Cancelled
from export.exporter import ExportRefused, Format, PdfVariant, default_name, export_module

from .conftest import SAMPLE, Sample, snapshot_with_files


def _without_alt_text(sample: Sample) -> Sample:
    page = sample.snap.pages[1]
    image = next(b for b in page.blocks if isinstance(b.data, ImageData))
    broken = dataclasses.replace(image, data=dataclasses.replace(image.data, alt=""))
    blocks = tuple(broken if b is image else b for b in page.blocks)
    pages = list(sample.snap.pages)
    pages[1] = dataclasses.replace(page, blocks=blocks)
    return Sample(dataclasses.replace(sample.snap, pages=tuple(pages)), sample.blobs)


def test_a_module_with_errors_is_refused_with_its_findings(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    bad = _without_alt_text(sample)
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportRefused, match="alt text") as caught:
        export_module(bad.snap, bad.blobs, "pdf", out, image_cache=image_cache)
    errors = [f.code for f in caught.value.findings if f.severity.value == "error"]
    assert errors == ["image.no_alt"]
    assert not out.exists()
    export_module(bad.snap, bad.blobs, "pdf", out, force=True, image_cache=image_cache)
    assert out.exists()


def test_a_cancelled_export_leaves_no_file_and_no_leftovers(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    out = tmp_path / "out" / "handout.pdf"
    calls: list[str] = []

    def cancel_late(done: int, total: int, label: str) -> None:
        calls.append(label)
        if label == "writing the PDF":
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        export_module(sample.snap, sample.blobs, "pdf", out, progress=cancel_late,
                      image_cache=image_cache)
    assert calls and not out.exists()
    assert list(out.parent.iterdir()) == [] if out.parent.exists() else True


def test_a_failed_write_keeps_the_previous_package(
    sample: Sample, tmp_path: Path, image_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports" / "handout.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF previous good export")

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(OSError):
        export_module(sample.snap, sample.blobs, "pdf", out, image_cache=image_cache,
                      replace=True)
    monkeypatch.undo()
    assert out.read_bytes() == b"%PDF previous good export"
    assert [p.name for p in out.parent.iterdir()] == ["handout.pdf"]


def test_default_names_say_title_version_and_format(sample: Sample) -> None:
    assert default_name(sample.snap, Format.SCORM12, PdfVariant.HANDOUT) == (
        "spot-and-report-a-phishing-email-v1-scorm12.zip")
    assert default_name(sample.snap, Format.PDF, PdfVariant.TRAINER).endswith("-v1-trainer.pdf")


def test_an_export_clears_what_a_killed_export_of_the_same_file_left(
        sample: Sample, tmp_path: Path, image_cache: Path) -> None:
    out = tmp_path / "course.zip"
    leftover = tmp_path / f".course.zip.{2**22 + 7}.kiem-tmp"
    leftover.write_bytes(b"half a package")
    export_module(sample.snap, sample.blobs, "scorm12", out, image_cache=image_cache)
    assert not leftover.exists() and out.is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".course")] == []


def test_the_reported_time_is_the_whole_export_images_included(
        services: Services, tmp_path: Path) -> None:
    import io  # noqa: PLC0415
    import time  # noqa: PLC0415

    from PIL import Image  # noqa: PLC0415

    from authoring.images import sha256_hex  # noqa: PLC0415
    from authoring.kinds import BlockKind  # noqa: PLC0415

    module = services.transfer.import_folder(SAMPLE).id
    page = services.modules.snapshot(module).pages[0].id
    for n in range(3):  # photos as phones take them: decoding and resizing is the slow part
        photo = io.BytesIO()
        Image.effect_noise((4000, 3000), 60 + n).convert("RGB").save(photo, "JPEG", quality=90)
        services.assets.import_bytes(module, photo.getvalue(), f"images/photo{n}.jpg")
        services.blocks.add(page, BlockKind.IMAGE, ImageData(sha256_hex(photo.getvalue()),
                                                             "A photo"))
    sample = snapshot_with_files(services, module)
    begin = time.perf_counter()
    result = export_module(sample.snap, sample.blobs, Format.SCORM12, tmp_path / "p.zip",
                           image_cache=tmp_path / "cache")
    waited = time.perf_counter() - begin
    assert result.seconds >= 0.9 * waited, (result.seconds, waited)
    assert f"{result.seconds:.1f} s" in result.report()


def test_an_export_whose_images_are_processed_already_reads_no_original(
        services: Services, sample: Sample, tmp_path: Path) -> None:
    from functools import partial  # noqa: PLC0415

    from authoring.lazy_files import LazyFiles  # noqa: PLC0415

    cache = tmp_path / "cache"
    files = services.assets.files(a.sha256 for a in sample.snap.assets)  # as kiem export does
    first = export_module(sample.snap, files, Format.SCORM12, tmp_path / "a.zip",
                          image_cache=cache)
    photos = {a.sha256 for a in sample.snap.assets if a.media_type.startswith("image/")}
    assert photos

    def unread(sha: str) -> bytes:
        raise AssertionError(f"the original of {sha[:12]} was read again")

    again = LazyFiles({a.sha256: partial(unread if a.sha256 in photos else services.assets.data,
                                         a.sha256) for a in sample.snap.assets})
    second = export_module(sample.snap, again, Format.SCORM12, tmp_path / "b.zip",
                           image_cache=cache)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert first.files == second.files
