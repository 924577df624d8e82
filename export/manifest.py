"""imsmanifest.xml for SCORM 1.2 and 2004 4th edition: one builder, two small overlays.

Built as XML trees, never strings. The identifier comes from the module's UUID, so an LMS
recognises a re-export as the same package; every file of the package is listed.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from authoring.settings import CompletionKind
from export.document import ExportDocument

XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass(frozen=True)
class Flavour:
    """What differs between the SCORM versions' manifests."""

    cp: str
    adlcp: str
    schemaversion: str
    scormtype_attr: str
    locations: str
    extra_ns: dict[str, str]


SCORM12 = Flavour(
    cp="http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2",
    schemaversion="1.2",
    scormtype_attr="scormtype",
    locations=("http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
               "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
               "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"),
    extra_ns={"imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"},
)
SCORM2004 = Flavour(
    cp="http://www.imsglobal.org/xsd/imscp_v1p1",
    adlcp="http://www.adlnet.org/xsd/adlcp_v1p3",
    schemaversion="2004 4th Edition",
    scormtype_attr="scormType",
    locations=("http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd "
               "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
               "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd "
               "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd "
               "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd "
               "http://ltsc.ieee.org/xsd/LOM lom.xsd"),
    extra_ns={"imsss": "http://www.imsglobal.org/xsd/imsss",
              "adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
              "adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
              "lom": "http://ltsc.ieee.org/xsd/LOM"},
)


def mastery(doc: ExportDocument) -> int | None:
    """Return the pass mark when passing counts for this module, else None."""
    if doc.module.completion.kind is CompletionKind.VIEWED_ALL:
        return None
    return doc.module.assessment.pass_mark


def build_manifest(doc: ExportDocument, flavour: Flavour, files: Sequence[str]) -> bytes:
    """Return imsmanifest.xml for one SCO launching index.html, listing `files`."""
    cp = flavour.cp
    ET.register_namespace("", cp)
    ET.register_namespace("adlcp", flavour.adlcp)
    ET.register_namespace("xsi", XSI)
    for prefix, uri in flavour.extra_ns.items():
        ET.register_namespace(prefix, uri)

    def el(parent: ET.Element, tag: str, text: str | None = None, ns: str = cp,
           **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    module = doc.module
    root = ET.Element(f"{{{cp}}}manifest", {
        "identifier": doc.identifier, "version": str(module.version),
        f"{{{XSI}}}schemaLocation": flavour.locations,
    })
    metadata = el(root, "metadata")
    el(metadata, "schema", "ADL SCORM")
    el(metadata, "schemaversion", flavour.schemaversion)
    if flavour is SCORM12:
        _lom12(metadata, doc, flavour.extra_ns["imsmd"])
    else:
        _lom2004(metadata, doc, flavour.extra_ns["lom"])

    orgs = el(root, "organizations", default="org-1")
    org = el(orgs, "organization", identifier="org-1")
    el(org, "title", module.title)
    item = el(org, "item", identifier="item-1", identifierref="sco-1")
    el(item, "title", module.title)
    score = mastery(doc)
    if flavour is SCORM12:
        if score is not None:
            el(item, "masteryscore", str(score), ns=flavour.adlcp)
    else:
        _sequencing2004(item, score, flavour.extra_ns["imsss"])

    resources = el(root, "resources")
    resource = el(resources, "resource", identifier="sco-1", type="webcontent",
                  href="index.html", **{f"{{{flavour.adlcp}}}{flavour.scormtype_attr}": "sco"})
    for path in sorted(files):
        el(resource, "file", href=path)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _lom12(metadata: ET.Element, doc: ExportDocument, ns: str) -> None:
    module, lang = doc.module, doc.language

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ns}}}{tag}")
        node.text = text
        return node

    def langstring(parent: ET.Element, tag: str, text: str) -> None:
        holder = sub(parent, tag)
        node = sub(holder, "langstring", text)
        node.set("{http://www.w3.org/XML/1998/namespace}lang", lang)

    lom = sub(metadata, "lom")
    general = sub(lom, "general")
    langstring(general, "title", module.title)
    sub(general, "language", lang)
    if module.description:
        langstring(general, "description", module.description)
    for word in module.keywords:
        langstring(general, "keyword", word)
    life = sub(lom, "lifecycle")
    langstring(life, "version", str(module.version))
    technical = sub(lom, "technical")
    sub(technical, "format", "text/html")
    educational = sub(lom, "educational")
    learning = sub(educational, "typicallearningtime")
    sub(learning, "datetime", f"00:{doc.minutes:02d}:00")


def _lom2004(metadata: ET.Element, doc: ExportDocument, ns: str) -> None:
    module, lang = doc.module, doc.language

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ns}}}{tag}")
        node.text = text
        return node

    def langstring(parent: ET.Element, tag: str, text: str, language: str = lang) -> None:
        holder = sub(parent, tag)
        sub(holder, "string", text).set("language", language)

    lom = sub(metadata, "lom")
    general = sub(lom, "general")
    identifier = sub(general, "identifier")
    sub(identifier, "catalog", "URI")
    sub(identifier, "entry", f"urn:kiem:{module.id}")
    langstring(general, "title", module.title)
    sub(general, "language", lang)
    if module.description:
        langstring(general, "description", module.description)
    for word in module.keywords:
        langstring(general, "keyword", word)
    life = sub(lom, "lifeCycle")
    langstring(life, "version", str(module.version), "x-none")
    technical = sub(lom, "technical")
    sub(technical, "format", "text/html")
    educational = sub(lom, "educational")
    learning = sub(educational, "typicalLearningTime")
    sub(learning, "duration", f"PT{doc.minutes}M")


def _sequencing2004(item: ET.Element, score: int | None, ns: str) -> None:
    sequencing = ET.SubElement(item, f"{{{ns}}}sequencing")
    if score is not None:
        objectives = ET.SubElement(sequencing, f"{{{ns}}}objectives")
        primary = ET.SubElement(objectives, f"{{{ns}}}primaryObjective",
                                {"objectiveID": "passed", "satisfiedByMeasure": "true"})
        measure = ET.SubElement(primary, f"{{{ns}}}minNormalizedMeasure")
        measure.text = decimal(score / 100)
    # The default "false" lets some LMSs (SuccessFactors) complete the SCO on their own.
    ET.SubElement(sequencing, f"{{{ns}}}deliveryControls",
                  {"completionSetByContent": "true", "objectiveSetByContent": "true"})


def decimal(value: float) -> str:
    """Return `value` with at most four decimals and no trailing zeros (0.8, 0.7525)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if not math.isclose(value, 0) else "0"
