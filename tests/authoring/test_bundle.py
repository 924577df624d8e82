"""Tests for the portable bundle: exact round trips, determinism, copies, and refused bundles."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from authoring import blocks as b
from authoring import questions as q
from authoring.bundle import open_bundle, write_bundle
from authoring.check import check, has_errors
from authoring.kinds import BlockKind, ModuleStatus, QuestionKind
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

from .bundle_files import SAMPLE, document_of

SCHEMA = Path(__file__).resolve().parents[2] / "resources" / "bundle.schema.json"


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


def test_open_bundle_gives_what_write_bundle_was_given(services, sample_id, tmp_path):
    snap = services.modules.snapshot(sample_id)
    blobs = {a.sha256: services.assets.data(a.sha256) for a in snap.assets}
    path = write_bundle(snap, blobs, tmp_path / "direct.kiem")
    with open_bundle(path) as (read, files):
        assert read == snap
        assert set(files) == set(blobs)
        assert {sha: files[sha] for sha in files} == blobs


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
