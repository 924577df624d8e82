"""Tests for the portable bundle: exact round trips, determinism, copies, and refused bundles."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import struct
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

import authoring.bundle
from authoring import blocks as b
from authoring import questions as q
from authoring.bundle import read_bundle, write_bundle
from authoring.check import check, has_errors
from authoring.errors import ImportFailed
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind
from authoring.models import Asset, Bank, Block, Module, ModuleAsset, Page, Question
from authoring.services import Services
from authoring.services.inserting import insert_snapshot
from authoring.settings import (
    Assessment,
    BranchRule,
    Completion,
    CompletionKind,
    FeedbackTiming,
    Navigation,
    NavigationMode,
    Outcome,
)
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap, QuestionSnap
from authoring.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "bundle.schema.json"
TABLES = (Module, Page, Block, Question, Bank, Asset, ModuleAsset)


# --- helpers ----------------------------------------------------------------------------------


def members_of(bundle: Path) -> dict[str, bytes]:
    """Every member of a zip, by name, in archive order."""
    with zipfile.ZipFile(bundle) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    """Write a zip with exactly these member names (no clean-up of odd names)."""
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data,
                        compress_type=zipfile.ZIP_DEFLATED)
    return path


def document_of(members: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(members["module.json"])


def with_document(members: dict[str, bytes], change: Callable[[dict[str, Any]], Any]
                  ) -> dict[str, bytes]:
    """The members with module.json changed in place by `change`."""
    doc = document_of(members)
    change(doc)
    return {**members, "module.json": json.dumps(doc).encode()}


def asset_members(members: dict[str, bytes]) -> list[str]:
    return [name for name in members if name.startswith("assets/")]


def row_counts(services: Services) -> dict[str, int]:
    with services.workspace.read() as session:
        return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
                for t in TABLES}


def refusal(services: Services, path: Path) -> str:
    """Import `path`, expect ImportFailed, check no row was added; return the message."""
    before = row_counts(services)
    with pytest.raises(ImportFailed) as caught:
        services.transfer.import_bundle(path)
    assert row_counts(services) == before
    return str(caught.value)


@pytest.fixture
def sample_id(services: Services) -> uuid.UUID:
    changes = services.transfer.import_folder(SAMPLE)
    assert changes.id is not None
    return changes.id


@pytest.fixture
def bundle(services: Services, sample_id: uuid.UUID, tmp_path: Path) -> Path:
    return services.transfer.export_bundle(sample_id, tmp_path / "sample.kiem")


@pytest.fixture
def members(bundle: Path) -> dict[str, bytes]:
    return members_of(bundle)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second, fresh workspace, as on a colleague's computer."""
    ws = Workspace.open(tmp_path / "other.kiemdb")
    yield Services(ws)
    ws.close()


# --- round trips ------------------------------------------------------------------------------


def test_creator_moves_the_sample_to_another_workspace_and_nothing_changes(
        services, sample_id, bundle, other):
    original = services.modules.snapshot(sample_id)
    changes = other.transfer.import_bundle(bundle)
    assert changes.id == sample_id  # same ids: it is the same module, not a copy
    assert other.modules.snapshot(sample_id) == original
    assert len(original.assets) == 3
    for asset in original.assets:
        assert other.assets.data(asset.sha256) == services.assets.data(asset.sha256)
        assert other.assets.data(asset.sha256) == (SAMPLE / asset.name).read_bytes()


def test_moved_module_exports_to_the_same_bytes_again(bundle, other, tmp_path):
    module_id = other.transfer.import_bundle(bundle).id
    again = other.transfer.export_bundle(module_id, tmp_path / "again.kiem")
    assert again.read_bytes() == bundle.read_bytes()


def test_exporting_twice_gives_identical_bytes(services, sample_id, bundle, tmp_path):
    second = services.transfer.export_bundle(sample_id, tmp_path / "second.kiem")
    assert second.read_bytes() == bundle.read_bytes()
    assert not list(tmp_path.glob(".*.kiem-*"))  # no temporary file left beside it


def test_bundle_holds_the_document_and_one_file_per_asset(services, sample_id, members):
    snap = services.modules.snapshot(sample_id)
    expected = {"module.json"} | {f"assets/{a.sha256}.{a.extension}" for a in snap.assets}
    assert set(members) == expected
    assert list(members)[0] == "module.json"
    for asset in snap.assets:
        assert members[f"assets/{asset.sha256}.png"] == services.assets.data(asset.sha256)


def test_bundle_document_validates_against_the_published_schema(members):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = document_of(members)
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(doc)
    assert (doc["format"], doc["version"]) == ("kiem-bundle", 1)


def test_read_bundle_returns_what_write_bundle_was_given(services, sample_id, tmp_path):
    snap = services.modules.snapshot(sample_id)
    blobs = {a.sha256: services.assets.data(a.sha256) for a in snap.assets}
    path = write_bundle(snap, blobs, tmp_path / "direct.kiem")
    assert read_bundle(path) == (snap, blobs)


def test_importing_into_the_same_workspace_makes_a_copy(services, sample_id, bundle):
    original = services.modules.snapshot(sample_id)
    copy_id = services.transfer.import_bundle(bundle).id
    assert copy_id != sample_id
    assert services.modules.snapshot(sample_id) == original  # untouched
    copy = services.modules.snapshot(copy_id)
    assert copy.title == "Spot and report a phishing email (copy)"
    assert [p.title for p in copy.pages] == [p.title for p in original.pages]
    assert not {p.id for p in copy.pages} & {p.id for p in original.pages}
    assert not {q.id for q in copy.questions} & {q.id for q in original.questions}
    placed = {bl.data.question for p in copy.pages for bl in p.blocks
              if bl.kind is BlockKind.QUESTION}
    assert placed == {str(q.id) for q in copy.questions}
    assert len(placed) == 8
    findings = check(copy)
    assert not has_errors(findings), [f.message for f in findings]
    assert {m.id for m in services.modules.list()} == {sample_id, copy_id}


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


# --- property: any module survives a trip through a bundle ------------------------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
                max_size=30)
_WORD = _TEXT.filter(str.strip)
_NUMBER = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
_TRACKING = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=8, max_size=8)


@st.composite
def question_data(draw: st.DrawFn, kind: QuestionKind) -> q.QuestionData:
    """Valid per-kind data for a question of `kind`."""
    if kind in (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE):
        texts = draw(st.lists(_WORD, min_size=2, max_size=4))
        if kind is QuestionKind.SINGLE_CHOICE:
            right = {draw(st.integers(0, len(texts) - 1))}
        else:
            right = set(draw(st.lists(st.integers(0, len(texts) - 1), min_size=1, unique=True)))
        return q.ChoiceData(tuple(
            q.Choice(q.option_id(i), text, i in right, 100.0 / len(right) if i in right else 0.0,
                     draw(_TEXT))
            for i, text in enumerate(texts)))
    if kind is QuestionKind.TRUE_FALSE:
        return q.TrueFalseData(draw(st.booleans()), draw(_TEXT), draw(_TEXT))
    if kind is QuestionKind.FILL_IN:
        answers = draw(st.lists(st.builds(q.AcceptedAnswer, _WORD, _TEXT), min_size=1, max_size=3))
        return q.FillInData(tuple(answers), draw(st.booleans()))
    if kind is QuestionKind.MATCHING:
        pairs = draw(st.lists(st.tuples(_WORD, _WORD), min_size=2, max_size=4))
        matched = tuple(q.MatchPair(q.option_id(i), left, right)
                        for i, (left, right) in enumerate(pairs))
        return q.MatchingData(matched, tuple(draw(st.lists(_WORD, max_size=2))))
    if kind is QuestionKind.ORDERING:
        items = draw(st.lists(_WORD, min_size=2, max_size=4))
        return q.OrderingData(tuple(q.OrderItem(q.option_id(i), t) for i, t in enumerate(items)))
    answers = draw(st.lists(st.builds(q.NumericAnswer, _NUMBER,
                                      st.floats(0, 1e6, allow_nan=False, allow_infinity=False),
                                      st.sampled_from([100.0, 50.0, 0.0]), _TEXT),
                            min_size=1, max_size=3))
    return q.NumericData(tuple(answers))


@st.composite
def modules(draw: st.DrawFn) -> ModuleSnap:
    """A random module: pages of random blocks, questions placed on them, settings."""
    page_count = draw(st.integers(0, 4))
    kinds_per_page = [draw(st.lists(st.sampled_from([
        BlockKind.TEXT, BlockKind.CALLOUT, BlockKind.ACCORDION, BlockKind.TABS,
        BlockKind.FLASHCARDS, BlockKind.REFLECTION, BlockKind.SCENARIO, BlockKind.QUESTION,
    ]), max_size=5)) for _ in range(page_count)]
    block_count = sum(len(k) for k in kinds_per_page)
    question_count = sum(k.count(BlockKind.QUESTION) for k in kinds_per_page)
    ids = iter(draw(st.lists(st.uuids(version=4), unique=True,
                             min_size=1 + page_count + block_count + question_count,
                             max_size=1 + page_count + block_count + question_count)))
    tracking = iter(draw(st.lists(_TRACKING, unique=True, min_size=block_count,
                                  max_size=block_count)))
    module_id = next(ids)
    page_ids = [next(ids) for _ in range(page_count)]

    questions: list[QuestionSnap] = []

    def data_for(kind: BlockKind) -> b.BlockData:
        if kind is BlockKind.TEXT:
            return b.TextData(draw(_TEXT))
        if kind is BlockKind.CALLOUT:
            return b.CalloutData(draw(st.sampled_from(b.CalloutStyle)), draw(_TEXT), draw(_TEXT))
        if kind in (BlockKind.ACCORDION, BlockKind.TABS):
            return b.SectionsData(tuple(draw(st.lists(st.builds(b.Section, _WORD, _TEXT),
                                                      min_size=1, max_size=3))))
        if kind is BlockKind.FLASHCARDS:
            return b.FlashcardsData(tuple(draw(st.lists(st.builds(b.Card, _WORD, _TEXT),
                                                        min_size=1, max_size=3))))
        if kind is BlockKind.REFLECTION:
            return b.ReflectionData(draw(_WORD), draw(_TEXT))
        if kind is BlockKind.SCENARIO:
            targets = [str(p) for p in page_ids]
            choices = draw(st.lists(st.tuples(_WORD, st.sampled_from(targets), _TEXT),
                                    min_size=1, max_size=3))
            return b.ScenarioData(draw(_WORD), tuple(
                b.ScenarioChoice(q.option_id(i), label, target, feedback)
                for i, (label, target, feedback) in enumerate(choices)))
        question_kind = draw(st.sampled_from(QuestionKind))
        question = QuestionSnap(
            id=next(ids), kind=question_kind, stem=draw(_WORD),
            data=draw(question_data(question_kind)), title=draw(_TEXT),
            feedback_correct=draw(_TEXT), feedback_incorrect=draw(_TEXT),
            points=draw(st.sampled_from([0.0, 0.5, 1.0, 2.0, 10.0])),
            tags=tuple(draw(st.lists(_WORD, max_size=2, unique=True))))
        questions.append(question)
        return b.QuestionRef(str(question.id), draw(st.booleans()))

    pages = tuple(
        PageSnap(id=page_id, title=draw(_TEXT),
                 blocks=tuple(BlockSnap(next(ids), kind, next(tracking), data_for(kind))
                              for kind in kinds),
                 topics=tuple(draw(st.lists(_WORD, max_size=2))))
        for page_id, kinds in zip(page_ids, kinds_per_page, strict=True))
    rules: tuple[BranchRule, ...] = ()
    if page_ids and questions:
        rules = tuple(draw(st.lists(st.builds(
            BranchRule, st.sampled_from([str(p) for p in page_ids]),
            st.sampled_from([str(x.id) for x in questions]),
            st.sampled_from([Outcome.CORRECT, Outcome.INCORRECT]),
            st.sampled_from([str(p) for p in page_ids])), max_size=2)))
    return ModuleSnap(
        id=module_id, title=draw(_TEXT), language=draw(st.sampled_from(["en", "nl", "pt-BR"])),
        description=draw(_TEXT), keywords=tuple(draw(st.lists(_WORD, max_size=3))),
        owner=draw(_TEXT), group_name=draw(_TEXT), status=draw(st.sampled_from(ModuleStatus)),
        version=draw(st.integers(1, 50)),
        review_by=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        navigation=Navigation(draw(st.sampled_from(NavigationMode)), rules, draw(st.booleans())),
        assessment=Assessment(
            pass_mark=draw(st.integers(0, 100)), attempts=draw(st.integers(0, 5)),
            shuffle_questions=draw(st.booleans()), shuffle_options=draw(st.booleans()),
            feedback=draw(st.sampled_from(FeedbackTiming)),
            show_correct_answers=draw(st.booleans())),
        completion=Completion(draw(st.sampled_from(CompletionKind))),
        pages=pages, questions=tuple(questions),
    )


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(snap=modules())
def test_any_module_survives_a_trip_through_a_bundle_unchanged(_template_workspace, snap):
    folder = Path(tempfile.mkdtemp(prefix="kiem-bundle-"))
    try:
        first_path, second_path = folder / "first.kiemdb", folder / "second.kiemdb"
        shutil.copyfile(_template_workspace, first_path)
        shutil.copyfile(_template_workspace, second_path)
        first = Workspace.open(first_path)
        try:
            assert insert_snapshot(first, snap, {}).id == snap.id
            assert Services(first).modules.snapshot(snap.id) == snap
            bundle = Services(first).transfer.export_bundle(snap.id, folder / "m.kiem")
        finally:
            first.close()
        second = Workspace.open(second_path)
        try:
            services = Services(second)
            assert services.transfer.import_bundle(bundle).id == snap.id
            assert services.modules.snapshot(snap.id) == snap
        finally:
            second.close()
    finally:
        shutil.rmtree(folder)


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
