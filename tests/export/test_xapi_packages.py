"""cmi5 and xAPI (TinCan) packages: cmi5.xml valid against the cmi5 course structure schema,
moveOn and masteryScore from the module's settings, tincan.xml, and the questions' xAPI
activities worked out at export."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from authoring.settings import Assessment, Completion, CompletionKind
from export.exporter import export_module

from .conftest import XSD, Sample

CMI5_XSD = XSD.parent / "cmi5-xsd" / "CourseStructure.xsd"
CS = "{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}"
TC = "{http://projecttincan.com/tincan.xsd}"
needs_cmi5_xsd = pytest.mark.skipif(not CMI5_XSD.exists(),
                                    reason="../shared/cmi5-xsd is not beside the repository")


def _export(sample: Sample, fmt: str, out: Path, image_cache: Path) -> zipfile.ZipFile:
    export_module(sample.snap, sample.blobs, fmt, out, image_cache=image_cache)
    return zipfile.ZipFile(out)


def _with(sample: Sample, kind: CompletionKind, pass_mark: int = 80) -> Sample:
    snap = dataclasses.replace(sample.snap, completion=Completion(kind),
                               assessment=dataclasses.replace(sample.snap.assessment,
                                                              pass_mark=pass_mark))
    return Sample(snap, sample.blobs)


def _schema_errors(xml: bytes) -> list[str]:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(CMI5_XSD)))
    ok = schema.validate(etree.fromstring(xml))
    return [] if ok else [f"line {e.line}: {e.message}" for e in schema.error_log]


@needs_cmi5_xsd
@pytest.mark.parametrize(("kind", "move_on", "mastery"), [
    (CompletionKind.VIEWED_ALL, "Completed", None),
    (CompletionKind.PASSED, "Passed", "0.75"),
    (CompletionKind.VIEWED_ALL_AND_PASSED, "CompletedAndPassed", "0.75"),
])
def test_cmi5_xml_is_valid_with_one_au_whose_move_on_and_mastery_follow_the_settings(
    sample: Sample, tmp_path: Path, image_cache: Path, kind: CompletionKind, move_on: str,
    mastery: str | None,
) -> None:
    with _export(_with(sample, kind, 75), "cmi5", tmp_path / "c.zip", image_cache) as zf:
        xml = zf.read("cmi5.xml")
        names = set(zf.namelist())
    assert _schema_errors(xml) == []
    root = ET.fromstring(xml)
    (au,) = root.iter(f"{CS}au")
    assert au.get("id") == f"urn:kiem:{sample.snap.id}"
    assert au.get("moveOn") == move_on
    assert au.get("masteryScore") == mastery
    assert au.find(f"{CS}url").text == "index.html"
    assert au.find(f"{CS}title/{CS}langstring").text == sample.snap.title
    assert root.find(f"{CS}course").get("id") == f"urn:kiem:{sample.snap.id}:course"
    assert {"index.html", "player/kiem.js", "player/kiem.css"} <= names


@needs_cmi5_xsd
def test_a_cmi5_xml_that_breaks_the_schema_is_caught(sample: Sample, tmp_path: Path,
                                                     image_cache: Path) -> None:
    """The schema check has teeth: an AU without its url is refused."""
    with _export(sample, "cmi5", tmp_path / "c.zip", image_cache) as zf:
        xml = zf.read("cmi5.xml")
    broken = re.sub(rb"<url>index.html</url>", b"", xml)
    assert broken != xml
    assert _schema_errors(broken)


def test_a_cmi5_module_without_scored_questions_asks_for_completion_only(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    """Check refuses "passed" without a test; exported anyway, the AU must still be doable."""
    pages = tuple(dataclasses.replace(p, blocks=tuple(b for b in p.blocks
                                                      if b.kind.value != "question"))
                  for p in sample.snap.pages)
    snap = dataclasses.replace(sample.snap, pages=pages,
                               completion=Completion(CompletionKind.PASSED))
    out = tmp_path / "c.zip"
    export_module(snap, sample.blobs, "cmi5", out, force=True, image_cache=image_cache)
    with zipfile.ZipFile(out) as zf:
        au = next(ET.fromstring(zf.read("cmi5.xml")).iter(f"{CS}au"))
    assert au.get("moveOn") == "Completed"
    assert au.get("masteryScore") is None


def test_xapi_package_has_a_tincan_xml_launching_index(sample: Sample, tmp_path: Path,
                                                        image_cache: Path) -> None:
    with _export(sample, "xapi", tmp_path / "x.zip", image_cache) as zf:
        root = ET.fromstring(zf.read("tincan.xml"))
        html = zf.read("index.html").decode()
    (activity,) = root.iter(f"{TC}activity")
    assert activity.get("id") == f"urn:kiem:{sample.snap.id}"
    assert activity.get("type") == "http://adlnet.gov/expapi/activities/course"
    assert activity.find(f"{TC}launch").text == "index.html"
    assert activity.find(f"{TC}name").text == sample.snap.title
    assert '"tracking":"xapi"' in html


@pytest.mark.parametrize("fmt", ["cmi5", "xapi"])
def test_xapi_packages_carry_each_question_as_a_cmi_interaction(
    sample: Sample, tmp_path: Path, image_cache: Path, fmt: str
) -> None:
    with _export(sample, fmt, tmp_path / "p.zip", image_cache) as zf:
        html = zf.read("index.html").decode()
        script = zf.read("player/kiem.js").decode()
    data = json.loads(re.search(r'id="kiem-data">(.*?)</script>', html, re.S)[1])
    questions = data["questions"]
    assert questions
    for key, question in questions.items():
        activity = question["activity"]
        assert activity["id"] == f"urn:kiem:{sample.snap.id}:{key}"
        definition = activity["definition"]
        assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
        assert definition["correctResponsesPattern"]
        if definition["interactionType"] == "choice":
            ids = [c["id"] for c in definition["choices"]]
            assert ids == [c["id"] for c in question["choices"]]
            assert all(c["description"]["en"] for c in definition["choices"])
            assert set(definition["correctResponsesPattern"][0].split("[,]")) <= set(ids)
    assert "API_1484_11" not in script  # no SCORM code in an xAPI package


def test_exporting_a_cmi5_package_again_replaces_the_earlier_one(sample: Sample, tmp_path: Path,
                                                                image_cache: Path) -> None:
    out = tmp_path / "c.zip"
    export_module(sample.snap, sample.blobs, "cmi5", out, image_cache=image_cache)
    changed = dataclasses.replace(sample.snap, assessment=Assessment(pass_mark=60))
    export_module(changed, sample.blobs, "cmi5", out, image_cache=image_cache)
    with zipfile.ZipFile(out) as zf:
        assert b'masteryScore="0.6"' in zf.read("cmi5.xml")
