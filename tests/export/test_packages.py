"""SCORM 1.2, SCORM 2004 and HTML packages: valid manifests, every file listed, no surprises."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from authoring.settings import Completion, CompletionKind
from export.exporter import export_module

from .conftest import XSD, Sample

CP12 = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADL12 = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
CP04 = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
ADL04 = "{http://www.adlnet.org/xsd/adlcp_v1p3}"
SS = "{http://www.imsglobal.org/xsd/imsss}"
LOM = "{http://ltsc.ieee.org/xsd/LOM}"
needs_xsd = pytest.mark.skipif(not (XSD / "validate.py").exists(),
                               reason="../shared/scorm-xsd is not beside the repository")


def _export(sample: Sample, fmt: str, out: Path, image_cache: Path) -> zipfile.ZipFile:
    export_module(sample.snap, sample.blobs, fmt, out, image_cache=image_cache)
    return zipfile.ZipFile(out)


def _validate(path: Path, version: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(XSD / "validate.py"), str(path), "--version",
                           version], capture_output=True, text=True, timeout=120)


def _listed(manifest: ET.Element, cp: str) -> list[str]:
    return sorted(f.get("href", "") for f in manifest.iter(f"{cp}file"))


@needs_xsd
@pytest.mark.parametrize(("fmt", "version"), [("scorm12", "1.2"), ("scorm2004", "2004")])
def test_manifests_validate_against_the_official_schemas(sample: Sample, tmp_path: Path,
                                                        image_cache: Path, fmt: str,
                                                        version: str) -> None:
    out = tmp_path / f"{fmt}.zip"
    _export(sample, fmt, out, image_cache)
    result = _validate(out, version)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("fmt", "cp"), [("scorm12", CP12), ("scorm2004", CP04)])
def test_every_file_of_the_package_is_listed_and_launches_from_index(
    sample: Sample, tmp_path: Path, image_cache: Path, fmt: str, cp: str
) -> None:
    with _export(sample, fmt, tmp_path / "p.zip", image_cache) as zf:
        names = sorted(n for n in zf.namelist() if n != "imsmanifest.xml")
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        stored = {i.filename: i.compress_type for i in zf.infolist()}
    assert _listed(manifest, cp) == names
    assert {"index.html", "player/kiem.js", "player/kiem.css"} <= set(names)
    assert len([n for n in names if n.startswith("assets/")]) == 3
    (resource,) = manifest.iter(f"{cp}resource")
    assert resource.get("href") == "index.html"
    assert all(stored[n] == zipfile.ZIP_STORED for n in names if n.endswith((".png", ".jpg")))


def test_scorm12_manifest_carries_identity_mastery_score_and_metadata(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    with _export(sample, "scorm12", tmp_path / "p.zip", image_cache) as zf:
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
    assert manifest.get("identifier") == f"kiem-{sample.snap.id}"
    assert manifest.find(f"{CP12}metadata/{CP12}schemaversion").text == "1.2"
    (resource,) = manifest.iter(f"{CP12}resource")
    assert resource.get(f"{ADL12}scormtype") == "sco"
    assert manifest.find(f".//{CP12}item/{ADL12}masteryscore").text == "80"
    raw = ET.tostring(manifest, encoding="unicode")
    assert "Spot and report a phishing email" in raw and "phishing" in raw


def test_scorm2004_manifest_sets_delivery_controls_objective_and_lom(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    with _export(sample, "scorm2004", tmp_path / "p.zip", image_cache) as zf:
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
    assert manifest.find(f"{CP04}metadata/{CP04}schemaversion").text == "2004 4th Edition"
    (resource,) = manifest.iter(f"{CP04}resource")
    assert resource.get(f"{ADL04}scormType") == "sco"
    controls = manifest.find(f".//{CP04}item/{SS}sequencing/{SS}deliveryControls")
    assert controls.get("completionSetByContent") == "true"
    assert controls.get("objectiveSetByContent") == "true"
    primary = manifest.find(f".//{SS}primaryObjective")
    assert primary.get("satisfiedByMeasure") == "true"
    assert primary.find(f"{SS}minNormalizedMeasure").text == "0.8"
    lom = manifest.find(f"{CP04}metadata/{LOM}lom")
    assert lom.find(f"{LOM}general/{LOM}title/{LOM}string").text == sample.snap.title
    assert lom.find(f"{LOM}general/{LOM}language").text == "en"
    duration = lom.find(f"{LOM}educational/{LOM}typicalLearningTime/{LOM}duration").text
    assert re.fullmatch(r"PT\d+M", duration)


def test_a_module_without_a_test_gets_no_mastery_score(sample: Sample, tmp_path: Path,
                                                       image_cache: Path) -> None:
    import dataclasses

    viewed = dataclasses.replace(sample.snap, completion=Completion(CompletionKind.VIEWED_ALL))
    plain = Sample(viewed, sample.blobs)
    with _export(plain, "scorm12", tmp_path / "a.zip", image_cache) as zf:
        assert b"masteryscore" not in zf.read("imsmanifest.xml")
    with _export(plain, "scorm2004", tmp_path / "b.zip", image_cache) as zf:
        assert b"minNormalizedMeasure" not in zf.read("imsmanifest.xml")


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004", "cmi5", "xapi", "html"])
def test_the_same_module_gives_the_same_package_bytes(sample: Sample, tmp_path: Path,
                                                     image_cache: Path, fmt: str) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    export_module(sample.snap, sample.blobs, fmt, a, image_cache=image_cache)
    export_module(sample.snap, sample.blobs, fmt, b, image_cache=tmp_path / "cold-cache")
    assert a.read_bytes() == b.read_bytes()


def test_html_export_is_a_folder_that_opens_from_index_and_asks_for_nothing_outside(
    sample: Sample, tmp_path: Path, image_cache: Path
) -> None:
    out = tmp_path / "web"
    result = export_module(sample.snap, sample.blobs, "html", out, image_cache=image_cache)
    assert result.path == out and (out / "index.html").is_file()
    html = (out / "index.html").read_text(encoding="utf-8")
    # What the page loads must be in the package; links in the text may point anywhere.
    loaded = re.findall(r'\bsrc="([^"]+)"', html) + re.findall(r'<link[^>]*href="([^"]+)"', html)
    assert loaded
    for ref in loaded:
        if ref.startswith("data:"):
            continue  # the empty icon that stops a favicon request
        assert not re.match(r"^(https?:)?//", ref), ref
        assert (out / ref).exists(), ref
    script = (out / "player" / "kiem.js").read_text(encoding="utf-8")
    assert "http://" not in script.replace("http://www.w3.org", "")
    assert "import " not in script.split("\n", 1)[0]  # a classic script, not a module
    assert '"tracking":"none"' in html


def test_exporting_over_an_older_html_folder_replaces_it_whole(sample: Sample, tmp_path: Path,
                                                              image_cache: Path) -> None:
    out = tmp_path / "web"
    export_module(sample.snap, sample.blobs, "html", out, image_cache=image_cache)
    (out / "stale.txt").write_text("from an older export")
    export_module(sample.snap, sample.blobs, "html", out, image_cache=image_cache)
    assert not (out / "stale.txt").exists() and (out / "index.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
