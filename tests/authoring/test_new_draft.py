"""Editing an approved or published module starts its next version as a draft."""

from __future__ import annotations

import pytest

from authoring import blocks as b
from authoring.kinds import BlockKind, ModuleStatus
from authoring.services import Services


def _state(services: Services, module_id) -> tuple[ModuleStatus, int]:
    snap = services.modules.snapshot(module_id)
    return snap.status, snap.version


@pytest.mark.parametrize("status", [ModuleStatus.APPROVED, ModuleStatus.PUBLISHED])
def test_an_edit_after_approval_makes_version_n_plus_1_a_draft(services: Services,
                                                               status: ModuleStatus) -> None:
    module_id = services.modules.create("Badges").id
    page = services.pages.add(module_id, "Start").id
    block = services.blocks.add(page, BlockKind.TEXT, b.TextData("Wear it.")).id
    services.modules.set_review_state(module_id, status, 2)
    assert _state(services, module_id) == (status, 2)

    services.blocks.edit(block, b.TextData("Wear it visibly."))
    assert _state(services, module_id) == (ModuleStatus.DRAFT, 3)
    services.blocks.edit(block, b.TextData("Wear it visibly, always."))
    assert _state(services, module_id) == (ModuleStatus.DRAFT, 3), "only the first edit bumps"


def test_undoing_the_first_edit_restores_the_approved_state(services: Services) -> None:
    module_id = services.modules.create("Badges").id
    page = services.pages.add(module_id, "Start").id
    services.modules.set_review_state(module_id, ModuleStatus.APPROVED, 1)
    changes = services.pages.rename(page, "Begin")
    assert _state(services, module_id) == (ModuleStatus.DRAFT, 2)
    services.history.revert(changes.journal)
    assert _state(services, module_id) == (ModuleStatus.APPROVED, 1)


def test_drafts_and_modules_in_review_keep_their_version(services: Services) -> None:
    module_id = services.modules.create("Badges").id
    services.pages.add(module_id, "Start")
    assert _state(services, module_id) == (ModuleStatus.DRAFT, 1)
    services.modules.set_review_state(module_id, ModuleStatus.IN_REVIEW, 1)
    services.modules.update(module_id, title="Badges at work")
    assert _state(services, module_id) == (ModuleStatus.IN_REVIEW, 1)
