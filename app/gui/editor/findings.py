"""`check` findings in the person's language, for markers in the outline and under blocks."""

from __future__ import annotations

import uuid
from collections import defaultdict

from PySide6.QtCore import QCoreApplication

from authoring.check import Finding, check
from authoring.kinds import Severity
from authoring.snapshot import ModuleSnap


def finding_text(finding: Finding) -> str:
    """Return what a finding says, translated where the studio knows its code."""
    known = {
        "image.no_alt": QCoreApplication.translate(
            "Findings", "Add alt text, or mark the image decorative."
        ),
        "asset.none": QCoreApplication.translate("Findings", "No file chosen yet."),
        "asset.missing": QCoreApplication.translate(
            "Findings", "The file is missing; choose it again."
        ),
        "text.empty": QCoreApplication.translate("Findings", "This text is empty."),
        "media.no_transcript": QCoreApplication.translate(
            "Findings", "Add a transcript for people who cannot hear it."
        ),
        "scenario.no_target": QCoreApplication.translate(
            "Findings", "A choice leads nowhere yet: pick a page for it."
        ),
        "scenario.missing_target": QCoreApplication.translate(
            "Findings", "A choice leads to a deleted page."
        ),
        "scenario.few_choices": QCoreApplication.translate(
            "Findings", "Offer at least two choices."
        ),
        "reflection.empty": QCoreApplication.translate("Findings", "The prompt asks nothing yet."),
        "draw.missing_bank": QCoreApplication.translate("Findings", "Choose a question bank."),
    }
    return known.get(finding.code, finding.message[:1].upper() + finding.message[1:])


class Findings:
    """The findings of one module, by page and by block."""

    def __init__(self, module: ModuleSnap | None) -> None:
        self.by_page: dict[uuid.UUID, list[Finding]] = defaultdict(list)
        self.by_block: dict[uuid.UUID, list[Finding]] = defaultdict(list)
        for finding in check(module) if module is not None else []:
            if finding.block is not None:
                self.by_block[finding.block].append(finding)
            if finding.page is not None:
                self.by_page[finding.page].append(finding)

    def worst(self, page_id: uuid.UUID) -> Severity | None:
        """Return the worst severity on a page, if it has findings."""
        found = self.by_page.get(page_id, [])
        if not found:
            return None
        return (
            Severity.ERROR
            if any(f.severity is Severity.ERROR for f in found)
            else (Severity.WARNING)
        )
