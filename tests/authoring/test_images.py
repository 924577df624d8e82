"""Tests of asset inspection and thumbnails on real files written with Pillow."""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from authoring import images
from authoring.errors import AssetError
from authoring.images import AssetInfo, inspect_asset, make_thumbnail, sha256_hex

# --- helpers -------------------------------------------------------------------------------


def write_image(tmp_path: Path, name: str, img: Image.Image, **options: object) -> bytes:
    """Save `img` to a real file under tmp_path and return the bytes read back."""
    path = tmp_path / name
    img.save(path, **options)
    return path.read_bytes()


def gradient(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """A non-flat picture, so encoders produce realistic data that truncation can damage."""
    width, height = size
    img = Image.new("RGB", size)
    img.putdata(
        [
            ((x * 255) // width, (y * 255) // height, (x * y) % 256)
            for y in range(height)
            for x in range(width)
        ]
    )
    return img.convert(mode)


def translucent(size: tuple[int, int]) -> Image.Image:
    """An RGBA picture with real transparency, which WebP stores in an extended (VP8X) file."""
    img = gradient(size, "RGBA")
    img.putalpha(128)
    return img


def refused(data: bytes, name: str) -> str:
    """Inspect and return the AssetError message, which must always name the file."""
    with pytest.raises(AssetError) as caught:
        inspect_asset(data, name)
    message = str(caught.value)
    assert name in message
    return message


def open_png(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    assert img.format == "PNG"
    img.load()
    return img


def patch_png_size(data: bytes, width: int, height: int) -> bytes:
    """Rewrite the IHDR width and height of a PNG and fix the chunk's CRC."""
    assert data[12:16] == b"IHDR"
    ihdr = bytearray(data[16:29])
    ihdr[0:8] = struct.pack(">II", width, height)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)))
    return data[:16] + bytes(ihdr) + crc + data[33:]


# --- images that are accepted --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "options", "media_type", "extension"),
    [
        ("picture.png", {}, "image/png", "png"),
        ("photo.jpeg", {"quality": 90}, "image/jpeg", "jpg"),
        ("anim.gif", {}, "image/gif", "gif"),
        ("lossy.webp", {"quality": 80}, "image/webp", "webp"),
        ("lossless.webp", {"lossless": True}, "image/webp", "webp"),
    ],
)
def test_author_adds_each_supported_image_format(tmp_path, name, options, media_type, extension):
    data = write_image(tmp_path, name, gradient((120, 80)), **options)

    info = inspect_asset(data, name)

    assert info == AssetInfo(media_type, extension, width=120, height=80, is_image=True)


def test_webp_with_alpha_reports_canvas_size(tmp_path):
    data = write_image(tmp_path, "alpha.webp", translucent((90, 70)), quality=80)
    assert data[12:16] == b"VP8X"

    info = inspect_asset(data, "alpha.webp")

    assert (info.width, info.height, info.media_type) == (90, 70, "image/webp")


def test_type_comes_from_the_bytes_not_the_name(tmp_path):
    data = write_image(tmp_path, "real.png", gradient((20, 10)))

    info = inspect_asset(data, "misnamed.jpg")

    assert (info.media_type, info.extension) == ("image/png", "png")


def test_animated_gif_is_accepted_and_thumbnail_shows_first_frame(tmp_path):
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
    frames = [Image.new("RGB", (60, 40), colour) for colour in colours]
    data = write_image(
        tmp_path, "anim.gif", frames[0], save_all=True, append_images=frames[1:], duration=100
    )

    info = inspect_asset(data, "anim.gif")
    thumb = open_png(make_thumbnail(data, max_side=30))

    assert (info.media_type, info.width, info.height) == ("image/gif", 60, 40)
    assert thumb.size == (30, 20)
    assert thumb.convert("RGB").getpixel((15, 10)) == (255, 0, 0)


def test_animated_webp_is_accepted(tmp_path):
    frames = [Image.new("RGB", (50, 30), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    data = write_image(tmp_path, "anim.webp", frames[0], save_all=True, append_images=frames[1:])

    info = inspect_asset(data, "anim.webp")

    assert (info.media_type, info.width, info.height) == ("image/webp", 50, 30)


def test_jpeg_with_exif_orientation_6_is_upright_portrait(tmp_path):
    # Stored landscape with a red mark top-left; orientation 6 means "turn 90 degrees clockwise".
    img = Image.new("RGB", (400, 200), (255, 255, 255))
    img.paste((255, 0, 0), (0, 0, 60, 60))
    exif = Image.Exif()
    exif[0x0112] = 6
    data = write_image(tmp_path, "phone.jpg", img, exif=exif, quality=95)

    info = inspect_asset(data, "phone.jpg")
    thumb = open_png(make_thumbnail(data, max_side=256))

    assert (info.width, info.height) == (200, 400)
    assert thumb.size == (128, 256)
    red, green, blue = thumb.convert("RGB").getpixel((thumb.width - 5, 5))
    assert red > 200 and green < 60 and blue < 60
    assert "exif" not in thumb.info


# --- thumbnails ------------------------------------------------------------------------------


def test_thumbnail_of_rgba_png_keeps_transparency(tmp_path):
    img = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    img.paste((0, 128, 255, 255), (100, 0, 200, 100))
    data = write_image(tmp_path, "logo.png", img)

    thumb = open_png(make_thumbnail(data, max_side=64))

    assert thumb.mode == "RGBA"
    assert thumb.size == (64, 32)
    assert thumb.getpixel((2, 16))[3] == 0
    assert thumb.getpixel((60, 16))[3] == 255


def test_thumbnail_of_palette_png_with_transparency_keeps_it(tmp_path):
    img = Image.new("P", (40, 40), 0)
    img.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    img.paste(1, (20, 0, 40, 40))
    data = write_image(tmp_path, "icon.png", img, transparency=0)

    thumb = open_png(make_thumbnail(data, max_side=20))

    assert thumb.mode == "RGBA"
    assert thumb.getpixel((1, 10))[3] == 0
    assert thumb.getpixel((18, 10)) == (200, 0, 0, 255)


def test_thumbnail_of_16_bit_grey_png_is_not_washed_out(tmp_path):
    img = Image.new("I;16", (32, 32), 0x4000)
    data = write_image(tmp_path, "scan.png", img)

    thumb = open_png(make_thumbnail(data, max_side=16))

    assert thumb.mode == "L"
    assert 60 <= thumb.getpixel((8, 8)) <= 68


@pytest.mark.parametrize(
    ("size", "max_side", "expected"),
    [
        ((1000, 500), 256, (256, 128)),
        ((300, 900), 150, (50, 150)),
        ((50, 40), 256, (50, 40)),
    ],
)
def test_thumbnail_fits_max_side_keeps_aspect_and_never_enlarges(
    tmp_path, size, max_side, expected
):
    data = write_image(tmp_path, "p.jpg", gradient(size), quality=85)

    thumb = open_png(make_thumbnail(data, max_side=max_side))

    assert thumb.size == expected


def test_thumbnail_is_deterministic(tmp_path):
    data = write_image(tmp_path, "p.png", gradient((300, 200), "RGBA"))

    first = make_thumbnail(data)
    second = make_thumbnail(data)

    assert first == second
    assert first.startswith(b"\x89PNG\r\n\x1a\n")


def test_thumbnail_of_a_non_image_is_refused():
    with pytest.raises(AssetError):
        make_thumbnail(b"%PDF-1.4\n%%EOF\n")


# --- images that are refused ---------------------------------------------------------------


def test_png_claiming_a_huge_size_is_refused_without_decoding(tmp_path):
    bomb = patch_png_size(write_image(tmp_path, "small.png", gradient((10, 10))), 20000, 20000)

    start = time.perf_counter()
    message = refused(bomb, "bomb.png")
    with pytest.raises(AssetError):
        make_thumbnail(bomb)

    assert time.perf_counter() - start < 1.0
    assert "pixels" in message


def test_png_just_over_kiem_limit_but_under_pillow_limit_is_refused(tmp_path):
    big = patch_png_size(write_image(tmp_path, "small.png", gradient((10, 10))), 9000, 9000)

    message = refused(big, "big.png")

    assert "9000x9000" in message


def test_pillow_global_limit_is_left_alone(tmp_path):
    before = Image.MAX_IMAGE_PIXELS
    bomb = patch_png_size(write_image(tmp_path, "small.png", gradient((10, 10))), 20000, 20000)

    refused(bomb, "bomb.png")

    assert Image.MAX_IMAGE_PIXELS == before


def test_webp_claiming_a_huge_canvas_is_refused_before_pillow_opens_it(tmp_path):
    data = bytearray(write_image(tmp_path, "a.webp", translucent((10, 10))))
    assert data[12:16] == b"VP8X"
    data[24:30] = (16000 - 1).to_bytes(3, "little") * 2

    message = refused(bytes(data), "huge.webp")

    assert "16000x16000" in message


@pytest.mark.parametrize(("name", "options"), [("cut.png", {}), ("cut.jpg", {"quality": 95})])
def test_truncated_image_is_refused(tmp_path, name, options):
    data = write_image(tmp_path, name, gradient((200, 200)), **options)

    message = refused(data[: len(data) * 2 // 3], name)

    assert "truncated" in message or "damaged" in message


def test_animated_gif_cut_anywhere_is_refused(tmp_path):
    # Includes cuts between two frames, which Pillow alone reads as a shorter animation.
    frames = [gradient((80, 80)).rotate(angle) for angle in (0, 90, 180)]
    data = write_image(tmp_path, "a.gif", frames[0], save_all=True, append_images=frames[1:])

    for cut in range(13, len(data), 97):
        refused(data[:cut], "a.gif")


def test_text_file_named_like_a_png_is_refused():
    message = refused(b"just some notes, not a picture\n", "photo.png")

    assert "not an image" in message


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "d.xml"),
        (b'<?xml version="1.0"?>\n<!-- drawn -->\n<svg xmlns="x"></svg>', "drawing.bin"),
        (b"anything at all", "drawing.svg"),
    ],
)
def test_svg_is_refused_with_advice_to_use_png(data, name):
    message = refused(data, name)

    assert "SVG" in message and "PNG" in message


@pytest.mark.parametrize(("name", "fmt"), [("scan.bmp", "BMP"), ("scan.tiff", "TIFF")])
def test_other_image_formats_are_refused_with_advice(tmp_path, name, fmt):
    data = write_image(tmp_path, name, gradient((20, 20)), format=fmt)

    message = refused(data, name)

    assert "PNG" in message and "JPEG" in message


def test_heic_photo_is_refused():
    data = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"

    message = refused(data, "IMG_0001.HEIC")

    assert "JPEG" in message


def test_empty_file_is_refused():
    assert "empty" in refused(b"", "nothing.png")


def test_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(images, "MAX_ASSET_BYTES", 1024 * 1024)

    message = refused(b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024), "manual.pdf")

    assert "3.0 MB" in message and "1.0 MB" in message


def test_unknown_kind_of_file_is_refused():
    message = refused(b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "program")

    assert "cannot be used" in message and "PNG" in message


# --- other media -----------------------------------------------------------------------------


def office_zip(*members: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member in members:
            archive.writestr(member, "<x/>")
    return out.getvalue()


EBML_WEBM = bytes.fromhex("1a45dfa3 9f 4286 81 01 42f7 81 01 4282 84") + b"webm" + b"\x00" * 16
EBML_MKV = bytes.fromhex("1a45dfa3 a3 4286 81 01 42f7 81 01 4282 88") + b"matroska" + b"\x00" * 16
WAV = (
    b"RIFF"
    + struct.pack("<I", 36)
    + b"WAVEfmt "
    + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
)


@pytest.mark.parametrize(
    ("data", "name", "media_type", "extension"),
    [
        (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "manual.pdf", "application/pdf", "pdf"),
        (
            b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 8,
            "song.mp3",
            "audio/mpeg",
            "mp3",
        ),
        (b"\xff\xfb\x90\x64" + b"\x00" * 40, "raw.mp3", "audio/mpeg", "mp3"),
        (b"\xff\xf3\x48\xc4" + b"\x00" * 40, "low.mp3", "audio/mpeg", "mp3"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", "clip.mp4", "video/mp4", "mp4"),
        (b"\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00M4A isom", "voice.m4a", "audio/mp4", "m4a"),
        (EBML_WEBM, "clip.webm", "video/webm", "webm"),
        (b"OggS\x00\x02" + b"\x00" * 40, "sound.ogg", "audio/ogg", "ogg"),
        (WAV, "beep.wav", "audio/wav", "wav"),
        (
            office_zip("[Content_Types].xml", "word/document.xml"),
            "Handout.DOCX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        (
            office_zip("[Content_Types].xml", "xl/workbook.xml"),
            "scores.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        (
            office_zip("[Content_Types].xml", "ppt/presentation.xml"),
            "slides.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx",
        ),
        ("Notes – déjà vu\n".encode(), "notes.txt", "text/plain", "txt"),
        (b"name,score\nAn,9\n", "scores.csv", "text/csv", "csv"),
    ],
)
def test_author_adds_media_and_documents(tmp_path, data, name, media_type, extension):
    (tmp_path / name).write_bytes(data)

    info = inspect_asset((tmp_path / name).read_bytes(), name)

    assert info == AssetInfo(media_type, extension)
    assert not info.is_image and info.width == 0 and info.height == 0


def test_zip_named_docx_without_content_types_is_refused():
    message = refused(office_zip("word/document.xml"), "report.docx")

    assert "[Content_Types].xml" in message and "Word" in message


def test_damaged_docx_is_refused():
    data = office_zip("[Content_Types].xml", "word/document.xml")

    assert "damaged" in refused(data[: len(data) // 2], "report.docx")


def test_plain_zip_is_refused():
    assert "cannot be used" in refused(office_zip("[Content_Types].xml"), "bundle.zip")


@pytest.mark.parametrize(
    ("data", "name", "hint"),
    [
        (b"Ol\xe9 latin-1\n", "notes.txt", "UTF-8"),
        ("utf-16 text".encode("utf-16"), "notes.csv", "UTF-8"),
        (EBML_MKV, "movie.mkv", "MP4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ", "movie.mov", "MP4"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.doc", ".docx"),
    ],
)
def test_near_misses_are_refused_with_what_to_do(data, name, hint):
    assert hint in refused(data, name)


def test_text_mentioning_svg_later_stays_text():
    data = b"How to draw\nUse an <svg> element in the page.\n"

    assert inspect_asset(data, "howto.txt").media_type == "text/plain"


def test_sha256_hex_is_the_content_address():
    assert sha256_hex(b"abc") == hashlib.sha256(b"abc").hexdigest()
    assert sha256_hex(b"abc").startswith("ba7816bf")


def test_truncated_images_are_refused_even_after_weasyprint_relaxed_pillow(tmp_path):
    """WeasyPrint sets Pillow's LOAD_TRUNCATED_IMAGES for the whole process on import."""
    import weasyprint  # noqa: F401  (the import is the point)
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
    data = write_image(tmp_path, "whole.png", gradient((200, 200)))
    with pytest.raises(AssetError, match="truncated|damaged"):
        inspect_asset(data[: len(data) // 2], "cut.png")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # left as WeasyPrint wants it


@pytest.mark.parametrize(("data", "name", "said"), [
    (b"<!--ftyp--><html><script>alert(1)</script></html>", "clip.mp4", "cannot be used"),
    (b"\x00\x00\x00\x18ftypjunk\x00\x00\x00\x00<html>", "clip.mp4", "not an MP4 video"),
    (b"%PDF<html><script>alert(1)</script></html>", "handout.pdf", "starts like a PDF"),
    (b"%PDF-1.7\n<html>no end", "handout.pdf", "starts like a PDF"),
])
def test_a_file_is_judged_by_what_it_is_not_by_its_name(data, name, said):
    with pytest.raises(AssetError, match=said):
        inspect_asset(data, name)
