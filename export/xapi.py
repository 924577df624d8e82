"""Plain xAPI (TinCan) packages: the learner files and `tincan.xml`.

For LMSs that launch content with an LRS endpoint, credentials and an actor in the query string.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from export.cmi5 import au_id
from export.document import ExportDocument, PackageFile, Progress
from export.package import build_package, learner_files
from export.result import ExportResult

NS = "http://projecttincan.com/tincan.xsd"
COURSE = "http://adlnet.gov/expapi/activities/course"


def build_tincan(doc: ExportDocument) -> bytes:
    """Return tincan.xml: one course activity launching index.html."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}tincan")
    activities = ET.SubElement(root, f"{{{NS}}}activities")
    activity = ET.SubElement(activities, f"{{{NS}}}activity", {"id": au_id(doc), "type": COURSE})
    for tag, value in (("name", doc.module.title),
                       ("description", doc.module.description or doc.module.title),
                       ("launch", "index.html")):
        node = ET.SubElement(activity, f"{{{NS}}}{tag}", {"lang": doc.language})
        node.text = value
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def build(doc: ExportDocument, out_path: Path, progress: Progress | None = None) -> ExportResult:
    """Write a TinCan package (a zip with tincan.xml at its root) to `out_path`."""
    files = learner_files(doc, "xapi")
    files.append(PackageFile("tincan.xml", build_tincan(doc), "application/xml"))
    return build_package(files, out_path, "xapi", progress)
