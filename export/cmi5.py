"""cmi5 course packages: the learner files and `cmi5.xml`, one AU per module.

The AU's moveOn and masteryScore come from the module's completion rule and pass mark, as the
SCORM manifests' mastery does; the player's cmi5 adapter does the runtime part (launch
parameters, auth token, LMS.LaunchData, statements, state).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from authoring.settings import CompletionKind
from export.document import ExportDocument, PackageFile, Progress
from export.manifest import decimal, mastery
from export.package import build_package, learner_files
from export.result import ExportResult

NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
MOVE_ON = {CompletionKind.VIEWED_ALL: "Completed", CompletionKind.PASSED: "Passed",
           CompletionKind.VIEWED_ALL_AND_PASSED: "CompletedAndPassed"}


def au_id(doc: ExportDocument) -> str:
    """Return the AU's publisher id: stable across versions, so an LMS updates, not duplicates."""
    return f"urn:kiem:{doc.module.id}"


def has_quiz(doc: ExportDocument) -> bool:
    """True when the module has questions that count for its score."""
    return any(block.view.get("scored") and block.kind.value in ("question", "question_draw")
               for page in doc.pages for block in page.blocks)


def move_on(doc: ExportDocument) -> str:
    """Return the AU's moveOn: what the module's completion rule asks, Completed without a quiz."""
    if not has_quiz(doc):
        return "Completed"
    return MOVE_ON[doc.module.completion.kind]


def build_course_structure(doc: ExportDocument) -> bytes:
    """Return cmi5.xml: the course and its one AU launching index.html."""
    ET.register_namespace("", NS)
    module = doc.module

    def el(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{NS}}}{tag}", attrs)

    def text(parent: ET.Element, tag: str, value: str) -> None:
        holder = el(parent, tag)
        el(holder, "langstring", lang=doc.language).text = value

    root = ET.Element(f"{{{NS}}}courseStructure")
    course = el(root, "course", id=f"urn:kiem:{module.id}:course")
    text(course, "title", module.title)
    text(course, "description", module.description or module.title)
    attrs = {"id": au_id(doc), "moveOn": move_on(doc), "launchMethod": "AnyWindow"}
    score = mastery(doc)
    if score is not None and has_quiz(doc):
        attrs["masteryScore"] = decimal(score / 100)
    au = el(root, "au", **attrs)
    text(au, "title", module.title)
    text(au, "description", module.description or module.title)
    el(au, "url").text = "index.html"
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write a cmi5 course package (a zip with cmi5.xml at its root) to `out_path`."""
    files = learner_files(doc, "cmi5")
    files.append(PackageFile("cmi5.xml", build_course_structure(doc), "application/xml"))
    return build_package(files, out_path, "cmi5", progress)
