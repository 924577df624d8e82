"""Check that a file's bytes can be used as an asset, classify it, and make image thumbnails.

Pure functions over bytes (no database); the type comes from the content, never from the name.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import threading
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageFile

from authoring.errors import AssetError

MAX_ASSET_BYTES = 200 * 1024 * 1024
MAX_IMAGE_PIXELS = 64_000_000
# Every frame of an animation is decoded to find damage; this bounds the work for all of them.
MAX_ANIMATION_PIXELS = 500_000_000

_USE_INSTEAD = "use an image (PNG, JPEG, GIF, WebP), audio, video, PDF or an Office document"

# Pillow format name -> (media type, canonical extension) of the images Kiem accepts.
_IMAGE_FORMATS: dict[str, tuple[str, str]] = {
    "PNG": ("image/png", "png"),
    "JPEG": ("image/jpeg", "jpg"),
    "GIF": ("image/gif", "gif"),
    "WEBP": ("image/webp", "webp"),
}

_OFFICE: dict[str, tuple[str, str]] = {
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    ".pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "PowerPoint",
    ),
}

_TEXT: dict[str, tuple[str, str]] = {".txt": ("text/plain", "txt"), ".csv": ("text/csv", "csv")}

_IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".jpe", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".avif"}
)

# ISO base media brands that hold still images, not video (HEIC from phones, AVIF).
_HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"}
)

_MP3_FRAME_SYNCS = (b"\xff\xfb", b"\xff\xfa", b"\xff\xf3", b"\xff\xf2")

# EXIF orientation -> the transpose that shows the picture upright (as ImageOps does).
_UPRIGHT: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_EXIF_ORIENTATION = 0x0112


@dataclass(frozen=True)
class AssetInfo:
    """What a file is: its media type, canonical extension and, for images, its upright size."""

    media_type: str
    extension: str
    width: int = 0
    height: int = 0
    is_image: bool = False


def sha256_hex(data: bytes) -> str:
    """Return the content address of `data`: its sha256 as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def inspect_asset(data: bytes, name: str) -> AssetInfo:
    """Validate and classify `data`, read from the file `name`; raise AssetError if unusable."""
    if not data:
        raise AssetError(f"{name}: the file is empty; choose the file again or export it again")
    if len(data) > MAX_ASSET_BYTES:
        raise AssetError(
            f"{name}: the file is {_megabytes(len(data))}, more than the "
            f"{_megabytes(MAX_ASSET_BYTES)} an asset may have; make it smaller "
            "(compress the video or audio, scale the image down, or split the document)"
        )
    suffix = os.path.splitext(name)[1].lower()
    if suffix in (".svg", ".svgz") or _looks_like_svg(data):
        raise AssetError(
            f"{name}: SVG images can carry scripts and are not accepted yet; "
            "export the drawing as PNG"
        )
    image_format = _image_format(data)
    if image_format is not None:
        return _inspect_image(data, name, image_format)
    info = _inspect_media(data, name, suffix)
    if info is not None:
        return info
    if suffix in _TEXT:
        return _inspect_text(data, name, suffix)
    other = _other_image_format(data)
    if other is not None:
        raise AssetError(
            f"{name}: {other} images are not accepted; save the image as PNG "
            "(drawings, screenshots) or JPEG (photos) and add it again"
        )
    if suffix in _IMAGE_SUFFIXES:
        raise AssetError(
            f"{name}: the name says image, but the content is not an image Kiem can read "
            "(the file may be damaged, or another kind of file renamed); "
            "export the image again as PNG or JPEG"
        )
    raise AssetError(f"{name}: this kind of file cannot be used; {_USE_INSTEAD}")


def make_thumbnail(data: bytes, max_side: int = 256, *, name: str = "image") -> bytes:
    """Return PNG bytes of `data` scaled to fit `max_side`, upright, alpha kept, first frame only.

    Never enlarges; the same input always gives the same bytes. `name` only labels errors.
    """
    if max_side < 1:
        raise ValueError(f"max_side must be at least 1, not {max_side}")
    image_format = _image_format(data)
    if image_format is None:
        raise AssetError(
            f"{name}: a thumbnail can only be made of a PNG, JPEG, GIF or WebP image; "
            "add the file as an image of one of those kinds"
        )
    with _decoding(name), _open_checked(data, name, image_format) as img:
        orientation = _orientation(img)
        mode = _thumbnail_mode(img)
        frame: Image.Image = img
        # Palettes resize with nearest-neighbour only, single-colour transparency would blur
        # into the wrong pixels and 16-bit grey clips when converted: convert those first.
        # Other modes are resized as they are, so a JPEG can decode at a reduced scale.
        if img.mode not in ("RGB", "RGBA", "L", "LA", "CMYK") or "transparency" in img.info:
            frame = _to_8bit(img).convert(mode)
        frame.thumbnail((max_side, max_side))
        if orientation in _UPRIGHT:
            frame = frame.transpose(_UPRIGHT[orientation])
        if frame.mode != mode:
            frame = frame.convert(mode)
        # Only the colour profile is written, so nothing of the source (EXIF orientation,
        # text chunks, times) is carried over and the bytes depend on the pixels alone.
        options: dict[str, object] = {"optimize": False, "compress_level": 6}
        if icc_profile := img.info.get("icc_profile"):
            options["icc_profile"] = icc_profile
        frame.info = {}
        out = io.BytesIO()
        frame.save(out, format="PNG", **options)
    return out.getvalue()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _image_format(data: bytes) -> str | None:
    """Return the Pillow format name of an accepted image, judged by its magic number."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def _looks_like_svg(data: bytes) -> bool:
    # Only the start counts, so a text file that mentions "<svg" further down stays text.
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<svg"):
        return True
    return head.startswith((b"<?xml", b"<!doctype", b"<!--")) and b"<svg" in head


def _inspect_image(data: bytes, name: str, image_format: str) -> AssetInfo:
    media_type, extension = _IMAGE_FORMATS[image_format]
    # Pillow reads a GIF cut between two frames as a shorter animation; only the end marker
    # (";", sometimes followed by padding) tells that the rest is missing.
    if image_format == "GIF" and not data.rstrip(b"\x00").endswith(b";"):
        raise AssetError(
            f"{name}: the image is truncated (the file is incomplete); "
            "export it again from its source"
        )
    with _decoding(name), _open_checked(data, name, image_format) as img:
        width, height = img.size
        frames = getattr(img, "n_frames", 1)
        if frames * width * height > MAX_ANIMATION_PIXELS:
            raise AssetError(
                f"{name}: the animation has {frames} frames of {width}x{height} pixels, too "
                "much to show smoothly; shorten it or scale it down, or use a video (MP4)"
            )
        # load() decodes every pixel, which is the only way to notice a cut-off file.
        for index in range(frames):
            img.seek(index)
            img.load()
        img.seek(0)
        if _orientation(img) in (5, 6, 7, 8):
            width, height = height, width
    return AssetInfo(media_type, extension, width=width, height=height, is_image=True)


@contextmanager
def _open_checked(data: bytes, name: str, image_format: str) -> Iterator[Image.Image]:
    """Open the image lazily and refuse it on its header size, before any pixel is decoded."""
    if image_format == "WEBP":
        # Pillow's WebP decoder allocates the whole canvas when opening, so read it first.
        size = _webp_size(data)
        if size is None:
            raise AssetError(
                f"{name}: the WebP image is damaged (its header cannot be read); "
                "export it again from its source"
            )
        _check_pixels(name, *size)
    with Image.open(io.BytesIO(data), formats=[image_format]) as img:
        _check_pixels(name, *img.size)
        yield img


def _check_pixels(name: str, width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise AssetError(
            f"{name}: the image claims a size of {width}x{height} pixels and is damaged; "
            "export it again from its source"
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise AssetError(
            f"{name}: the image is {width}x{height} pixels, more than the "
            f"{MAX_IMAGE_PIXELS // 1_000_000} million pixels Kiem accepts; "
            "scale it down (4000 pixels on the long side is plenty) and add it again"
        )


# Pillow's truncation check is a process-wide switch, and WeasyPrint turns it off for the
# whole process when it is imported (for lenient PDF rendering). Decoding pins it on, under a
# lock, so a PDF export in another thread can neither disable nor race the check.
_STRICT_DECODING = threading.Lock()


@contextmanager
def _decoding(name: str) -> Iterator[None]:
    """Turn Pillow's failures, and its decompression-bomb warning, into AssetError for `name`."""
    with _STRICT_DECODING, warnings.catch_warnings():
        lenient = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            yield
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise AssetError(
                f"{name}: the image has too many pixels to open safely (more than "
                f"{MAX_IMAGE_PIXELS // 1_000_000} million); scale it down and add it again"
            ) from exc
        except (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error) as exc:
            if "truncated" in str(exc).lower() or isinstance(exc, EOFError):
                raise AssetError(
                    f"{name}: the image is truncated (the file is incomplete); "
                    "export it again from its source"
                ) from exc
            # Pillow's own text names internals (file objects, decoders), so it stays in the cause.
            raise AssetError(
                f"{name}: the image is damaged and cannot be read; export it again from its source"
            ) from exc
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = lenient


def _webp_size(data: bytes) -> tuple[int, int] | None:
    """Return the canvas size from a WebP header, or None if the header makes no sense."""
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _orientation(img: Image.Image) -> int:
    # Broken EXIF is common in edited photos; it should not cost the picture, only its rotation.
    try:
        value = img.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) else 1


def _thumbnail_mode(img: Image.Image) -> str:
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info:
        return "RGBA"
    if img.mode in ("L", "1", "I", "I;16", "I;16B", "I;16L"):
        return "L"
    return "RGB"


def _to_8bit(img: Image.Image) -> Image.Image:
    # Pillow clips 16-bit grey to 255 instead of scaling, which would turn it white.
    if img.mode in ("I", "I;16", "I;16B", "I;16L"):
        return img.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    return img


def _inspect_media(data: bytes, name: str, suffix: str) -> AssetInfo | None:
    """Classify the non-image types known by their magic number; None if none matches."""
    if data.startswith(b"%PDF"):
        # A real PDF has a version after the mark and ends with %%EOF (a web page that only
        # starts with "%PDF" is not one, whatever its name says).
        if not re.match(rb"%PDF-[12]\.\d", data[:8]) or b"%%EOF" not in data[-2048:]:
            raise AssetError(f"{name}: the file starts like a PDF but is not one; save the "
                             "document as PDF again")
        return AssetInfo("application/pdf", "pdf")
    if data.startswith(b"ID3") or data.startswith(_MP3_FRAME_SYNCS):
        return AssetInfo("audio/mpeg", "mp3")
    if data[4:8] == b"ftyp" and 8 <= int.from_bytes(data[:4], "big") <= 4096:
        return _inspect_iso_media(data, name)  # an ISO box: its size first, then its type
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        if b"matroska" in data[:64]:
            raise AssetError(
                f"{name}: Matroska (MKV) videos do not play in every browser; "
                "export the video as MP4 or WebM"
            )
        return AssetInfo("video/webm", "webm")
    if data.startswith(b"OggS"):
        return AssetInfo("audio/ogg", "ogg")
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return AssetInfo("audio/wav", "wav")
    if data.startswith(b"PK\x03\x04") and suffix in _OFFICE:
        return _inspect_office(data, name, suffix)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise AssetError(
            f"{name}: this is an old Office format (.doc, .xls, .ppt); "
            "save it as .docx, .xlsx or .pptx and add it again"
        )
    return None


# The major brands of MP4 files browsers play (ISO base media, MPEG-4, Apple's M4V, 3GPP).
_MP4_BRANDS = {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1",
               b"M4V ", b"M4VH", b"M4VP", b"dash", b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"MSNV",
               b"f4v ", b"mmp4"}


def _inspect_iso_media(data: bytes, name: str) -> AssetInfo:
    brand = data[8:12]
    if brand in _HEIF_BRANDS:
        raise AssetError(
            f"{name}: HEIC and AVIF images are not accepted yet; "
            "export the picture as JPEG (photos) or PNG and add it again"
        )
    if brand == b"qt  ":
        raise AssetError(
            f"{name}: QuickTime (MOV) videos do not play in every browser; export the video as MP4"
        )
    if brand == b"M4A ":
        return AssetInfo("audio/mp4", "m4a")
    if brand not in _MP4_BRANDS:
        raise AssetError(f"{name}: not an MP4 video Kiem knows (brand {brand!r}); export the "
                         "video as MP4 (H.264) again")
    return AssetInfo("video/mp4", "mp4")


def _inspect_office(data: bytes, name: str, suffix: str) -> AssetInfo:
    media_type, program = _OFFICE[suffix]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise AssetError(
            f"{name}: the document is damaged (it cannot be opened as a zip archive); "
            f"save it again from {program}"
        ) from exc
    if "[Content_Types].xml" not in names:
        raise AssetError(
            f"{name}: this is a zip archive but not a {program} document "
            f"([Content_Types].xml is missing); save it again from {program}"
        )
    return AssetInfo(media_type, suffix[1:])


def _inspect_text(data: bytes, name: str, suffix: str) -> AssetInfo:
    if b"\x00" in data:
        raise AssetError(
            f"{name}: the file holds binary data or UTF-16 text; save it again as UTF-8 text"
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AssetError(
            f"{name}: the text is not UTF-8 (byte {exc.start} cannot be read); "
            "save it again with the UTF-8 encoding"
        ) from exc
    media_type, extension = _TEXT[suffix]
    return AssetInfo(media_type, extension)


def _other_image_format(data: bytes) -> str | None:
    """Return the format name if Pillow knows the bytes as some other image, else None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                return img.format
        except Exception:
            # Any failure only means Pillow does not know the bytes either.
            return None
