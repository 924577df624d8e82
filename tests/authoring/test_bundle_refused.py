"""Bundles that must be refused, with the file named and nothing written: broken, hostile or odd."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

import authoring.bundle

from .bundle_files import (
    SAMPLE,
    asset_members,
    document_of,
    refusal,
    with_document,
    write_zip,
)

# --- refused bundles --------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "../evil.txt",
    "assets/../../evil.txt",
    "/etc/x",
    "C:/x",
    "c:evil.txt",
    "..\\evil.txt",
])
def test_bundle_writing_outside_its_folder_is_refused(services, members, tmp_path, name):
    path = write_zip(tmp_path / "evil.kiem", [*members.items(), (name, b"gotcha")])
    message = refusal(services, path)
    assert "evil.kiem" in message
    assert "outside the bundle" in message


@pytest.mark.parametrize("name", ["notes.txt", "assets/readme.md", "module.json.bak",
                                  "assets/ABC.png"])
def test_bundle_with_an_unexpected_file_is_refused(services, members, tmp_path, name):
    path = write_zip(tmp_path / "odd.kiem", [*members.items(), (name, b"hello")])
    message = refusal(services, path)
    assert f"unexpected file “{name}”" in message


def test_bundle_with_an_asset_that_does_not_match_its_checksum_is_refused(
        services, members, tmp_path):
    name = asset_members(members)[0]
    damaged = bytearray(members[name])
    damaged[-20] ^= 0xFF
    path = write_zip(tmp_path / "damaged.kiem", {**members, name: bytes(damaged)})
    message = refusal(services, path)
    assert name in message
    assert "damaged" in message


def test_bundle_with_an_oversized_asset_is_refused(services, bundle, monkeypatch):
    monkeypatch.setattr(authoring.bundle, "MAX_ASSET_BYTES", 20_000)  # the largest is 44 KB
    message = refusal(services, bundle)
    assert "“assets/" in message
    assert "too large" in message


def test_bundle_with_an_oversized_document_is_refused(services, bundle, monkeypatch):
    monkeypatch.setattr(authoring.bundle, "MAX_DOCUMENT_BYTES", 1000)
    message = refusal(services, bundle)
    assert "module.json" in message
    assert "too large" in message


def lie_about_size(path: Path, name: str, claimed: int) -> None:
    """Patch the zip so that member `name` claims to unpack to `claimed` bytes."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        local = zf.getinfo(name).header_offset
    assert raw[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", raw, local + 22, claimed)  # local header: uncompressed size
    end = raw.rindex(b"PK\x05\x06")
    record = struct.unpack_from("<I", raw, end + 16)[0]  # where the central directory starts
    while True:
        assert raw[record:record + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", raw, record + 28)
        if raw[record + 46:record + 46 + name_len] == name.encode():
            struct.pack_into("<I", raw, record + 24, claimed)  # central: uncompressed size
            break
        record += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(raw))


def test_bundle_whose_document_is_larger_than_its_header_claims_is_refused(
        services, members, tmp_path):
    path = write_zip(tmp_path / "liar.kiem", members)
    lie_about_size(path, "module.json", 100)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("module.json").file_size == 100
    message = refusal(services, path)
    assert "“module.json” is damaged" in message


def test_bundle_with_a_damaged_document_is_refused(services, members, tmp_path):
    path = write_zip(tmp_path / "flipped.kiem", members)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("module.json")
    start = info.header_offset + 30 + len(info.filename)  # compressed data after the header
    for offset in range(start + 100, start + 140):
        raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))
    message = refusal(services, path)
    assert "“module.json” is damaged" in message


@pytest.mark.parametrize("version", [2, 99])
def test_bundle_from_a_newer_kiem_asks_to_update(services, members, tmp_path, version):
    path = write_zip(tmp_path / "newer.kiem",
                     with_document(members, lambda d: d.update(version=version)))
    message = refusal(services, path)
    assert f"version {version}" in message
    assert "update Kiem" in message


def test_bundle_with_another_format_is_refused(services, members, tmp_path):
    path = write_zip(tmp_path / "other.kiem",
                     with_document(members, lambda d: d.update(format="scorm")))
    message = refusal(services, path)
    assert "not a Kiem bundle" in message


def test_bundle_whose_document_is_not_json_is_refused(services, members, tmp_path):
    path = write_zip(tmp_path / "broken.kiem", {**members, "module.json": b"{not json"})
    message = refusal(services, path)
    assert "module.json is not valid JSON" in message


def test_bundle_that_breaks_the_schema_names_the_field(services, members, tmp_path):
    def untitle(doc: dict[str, Any]) -> None:
        doc["module"]["pages"][2]["title"] = 42

    path = write_zip(tmp_path / "schema.kiem", with_document(members, untitle))
    message = refusal(services, path)
    assert "module/pages/2/title" in message


def test_bundle_with_block_data_that_does_not_fit_its_kind_names_the_field(
        services, members, tmp_path):
    def bad_text(doc: dict[str, Any]) -> None:
        doc["module"]["pages"][0]["blocks"][0]["data"] = {"markdown": 7}

    path = write_zip(tmp_path / "data.kiem", with_document(members, bad_text))
    message = refusal(services, path)
    assert "pages[0].blocks[0].data.markdown" in message


def test_file_that_is_not_a_zip_is_refused(services, tmp_path):
    path = tmp_path / "notes.kiem"
    path.write_text("just some text", encoding="utf-8")
    message = refusal(services, path)
    assert "notes.kiem" in message
    assert "not a Kiem bundle" in message


def test_zip_without_a_document_is_refused(services, members, tmp_path):
    path = write_zip(tmp_path / "nodoc.kiem",
                     {k: v for k, v in members.items() if k != "module.json"})
    assert "module.json is missing" in refusal(services, path)


def test_bundle_missing_an_asset_file_is_refused(services, members, tmp_path):
    dropped = asset_members(members)[1]
    path = write_zip(tmp_path / "missing.kiem",
                     {k: v for k, v in members.items() if k != dropped})
    message = refusal(services, path)
    sha = dropped.removeprefix("assets/")[:12]
    assert f"the file for asset {sha}" in message
    assert "missing" in message


def test_bundle_with_an_extra_asset_it_does_not_list_is_refused(services, members, tmp_path):
    extra = (SAMPLE / "images" / "hover-link.png").read_bytes() + b"\0"
    name = f"assets/{authoring.bundle.sha256_hex(extra)}.png"
    path = write_zip(tmp_path / "extra.kiem", {**members, name: extra})
    message = refusal(services, path)
    assert "does not list" in message


def test_bundle_with_a_file_twice_is_refused(services, members, tmp_path):
    name = asset_members(members)[0]
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = write_zip(tmp_path / "twice.kiem", [*members.items(), (name, members[name])])
    assert "appears twice" in refusal(services, path)


def test_bundle_zipped_again_with_folder_entries_still_imports(members, tmp_path, other):
    path = write_zip(tmp_path / "rezipped.kiem", [("assets/", b""), *members.items()])
    module_id = other.transfer.import_bundle(path).id
    assert other.modules.snapshot(module_id).title == "Spot and report a phishing email"


def test_bundle_naming_an_asset_outside_the_module_is_refused(services, members, tmp_path):
    def escape(doc: dict[str, Any]) -> None:
        doc["module"]["assets"][0]["name"] = "../../outside.png"

    path = write_zip(tmp_path / "names.kiem", with_document(members, escape))
    message = refusal(services, path)
    assert "../../outside.png" in message


@pytest.mark.parametrize(("field", "value", "said"), [
    ("points", "NaN", "not a number Kiem can store"),
    ("points", "Infinity", "not a number Kiem can store"),
    ("version", str(2**63), "module/version"),
    ("points", "1e300", "points"),
])
def test_bundle_numbers_out_of_range_are_refused_naming_them(services, members, tmp_path,
                                                               field, value, said):
    doc = document_of(members)
    if field == "points":
        doc["module"]["questions"][0]["points"] = "@@"
    else:
        doc["module"]["version"] = "@@"
    text = json.dumps(doc).replace('"@@"', value).encode()
    path = write_zip(tmp_path / "numbers.kiem", {**members, "module.json": text})
    assert said in refusal(services, path)


def test_bundle_nested_thousands_deep_is_refused_not_crashed(services, members, tmp_path):
    deep = b'{"format": "kiem-bundle", "version": 1, "module": ' + b"[" * 3000 + b"]" * 3000 + b"}"
    path = write_zip(tmp_path / "deep.kiem", {**members, "module.json": deep})
    message = refusal(services, path)
    assert "module.json is nested too deeply to be a module" in message


def test_a_device_or_pipe_given_as_a_bundle_is_refused_at_once(services, tmp_path):
    assert "not a plain file" in refusal(services, Path("/dev/zero"))
    pipe = tmp_path / "pipe.kiem"
    os.mkfifo(pipe)
    assert "not a plain file" in refusal(services, pipe)


def test_a_bundle_pointing_at_a_question_or_file_it_does_not_hold_is_refused(
        services, members, tmp_path):
    def lose_question(doc: dict[str, Any]) -> None:
        doc["module"]["questions"] = doc["module"]["questions"][1:]

    path = write_zip(tmp_path / "dangling.kiem", with_document(members, lose_question))
    assert "points at no question" in refusal(services, path)
