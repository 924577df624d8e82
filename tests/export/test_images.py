"""Images at export: upright, resized, stripped of metadata, re-encoded, cached by content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from authoring.images import sha256_hex
from export import images


def _photo(width: int = 4000, height: int = 3000, orientation: int | None = None) -> bytes:
    img = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    img = Image.merge("RGB", (img.getchannel(0), img.getchannel(0).rotate(90, expand=False),
                              Image.effect_noise((width, height), 60)))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {2: (52.0, 22.0, 1.0), 4: (4.0, 53.0, 0.0)}  # GPS position
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, quality=90)
    return out.getvalue()


def _screenshot() -> bytes:
    img = Image.new("RGB", (2400, 1400), "white")
    img.paste((30, 80, 160), (100, 100, 900, 300))
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=_text_chunk())
    return out.getvalue()


def _text_chunk() -> object:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Someone Private")
    return info


def test_a_phone_photo_is_resized_stripped_of_exif_and_gps_and_stays_jpeg(tmp_path: Path) -> None:
    data = _photo()
    done = images.process(sha256_hex(data), data, "jpg", tmp_path)
    assert done.extension == "jpg"
    assert (done.width, done.height) == (1600, 1200)
    with Image.open(io.BytesIO(done.data)) as img:
        assert img.getexif() == {} and "exif" not in img.info
    assert len(done.data) < len(data) / 3


def test_a_photo_taken_sideways_is_turned_upright(tmp_path: Path) -> None:
    data = _photo(800, 600, orientation=6)
    done = images.process(sha256_hex(data), data, "jpg", tmp_path)
    assert (done.width, done.height) == (600, 800)


def test_a_screenshot_stays_png_and_loses_its_text_metadata(tmp_path: Path) -> None:
    data = _screenshot()
    done = images.process(sha256_hex(data), data, "png", tmp_path)
    assert done.extension == "png" and (done.width, done.height) == (1600, 933)
    with Image.open(io.BytesIO(done.data)) as img:
        assert "Author" not in img.info


def test_a_photo_saved_as_png_becomes_jpeg(tmp_path: Path) -> None:
    out = io.BytesIO()
    noise = [Image.effect_noise((800, 600), 80) for _ in range(3)]
    Image.merge("RGB", noise).save(out, "PNG")
    data = out.getvalue()
    assert images.process(sha256_hex(data), data, "png", tmp_path).extension == "jpg"


def test_transparency_keeps_png(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.effect_noise((800, 600), 80).convert("RGBA").save(out, "PNG")
    data = out.getvalue()
    assert images.process(sha256_hex(data), data, "png", tmp_path).extension == "png"


def test_a_second_export_takes_the_image_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _photo(2000, 1500)
    first = images.process(sha256_hex(data), data, "jpg", tmp_path)

    def _fail(*_args: object) -> None:
        raise AssertionError("converted again instead of using the cache")

    monkeypatch.setattr(images, "_convert", _fail)
    again = images.process(sha256_hex(data), data, "jpg", tmp_path)
    assert again == first
    assert [p.suffix for p in tmp_path.iterdir()] == [".jpg"]


def test_processing_is_deterministic(tmp_path: Path) -> None:
    data = _photo(1800, 1200)
    one = images.process(sha256_hex(data), data, "jpg", tmp_path / "a")
    two = images.process(sha256_hex(data), data, "jpg", tmp_path / "b")
    assert one.data == two.data


def test_what_a_killed_export_left_in_the_cache_goes_with_the_next_one(tmp_path: Path) -> None:
    data = _photo(1200, 900)
    sha = sha256_hex(data)
    gone = 2**22 + 12345  # beyond Linux's default pid_max: no process has it
    leftover = tmp_path / f".{sha}-{images.SETTINGS}.jpg.{gone}.kiem-tmp"
    leftover.write_bytes(b"half an image")
    images.process(sha, data, "jpg", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [f"{sha}-{images.SETTINGS}.jpg"]


def _ssim(a: Image.Image, b: Image.Image) -> float:
    """Structural similarity of two images (grey, over 8×8 blocks): 1.0 means the same."""
    from PIL import ImageMath  # noqa: PLC0415

    x, y = (im.convert("L").convert("F") for im in (a, b))
    size = (x.width // 8, x.height // 8)

    def box(im: Image.Image) -> Image.Image:
        return im.resize(size, Image.Resampling.BOX)

    def times(p: Image.Image, q: Image.Image) -> Image.Image:
        return ImageMath.lambda_eval(lambda v: v["p"] * v["q"], p=p, q=q)

    mx, my, sxx, syy, sxy = box(x), box(y), box(times(x, x)), box(times(y, y)), box(times(x, y))
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    ssim = ImageMath.lambda_eval(
        lambda v: ((v["mx"] * v["my"] * 2 + c1) * ((v["sxy"] - v["mx"] * v["my"]) * 2 + c2))
        / ((v["mx"] * v["mx"] + v["my"] * v["my"] + c1)
           * (v["sxx"] - v["mx"] * v["mx"] + v["syy"] - v["my"] * v["my"] + c2)),
        mx=mx, my=my, sxx=sxx, syy=syy, sxy=sxy)
    values = list(ssim.get_flattened_data())  # ImageStat bins an "F" image: mean it here
    return sum(values) / len(values)


@pytest.mark.parametrize("orientation", [None, 6])
def test_a_photo_looks_as_good_as_when_decoded_in_full(tmp_path: Path, orientation) -> None:
    from PIL import ImageDraw, ImageOps  # noqa: PLC0415

    source = Image.open(io.BytesIO(_photo(4000, 3000, orientation)))
    drawn = ImageDraw.Draw(source)  # fine lines and edges, where a poor resize shows
    for x in range(0, 4000, 37):
        drawn.line([(x, 0), (x + 300, 3000)], fill=(20, 20, 20), width=3)
    out = io.BytesIO()
    source.save(out, "JPEG", quality=92, exif=source.getexif())
    data = out.getvalue()
    made = images.process(sha256_hex(data), data, "jpg", tmp_path)
    # The reference: the whole photo decoded, turned upright and resized with LANCZOS; "now"
    # is that reference saved as the export saved it before decoding at a reduced scale.
    full = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    full.thumbnail((images.MAX_SIDE, images.MAX_SIDE), Image.Resampling.LANCZOS)
    before = io.BytesIO()
    full.convert("RGB").save(before, "JPEG", quality=images.JPEG_QUALITY, optimize=True,
                             progressive=True)
    got = Image.open(io.BytesIO(made.data))
    assert got.size == full.size
    assert _ssim(got, full) >= _ssim(Image.open(before), full) - 0.01  # as good as before
    assert len(made.data) <= len(before.getvalue()) * 1.05  # and no heavier
