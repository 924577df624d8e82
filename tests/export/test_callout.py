"""A callout says its kind once: as a small label, or as its title when the title is the kind."""

from __future__ import annotations

import uuid

from authoring import blocks as b
from authoring.kinds import BlockKind
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap
from export.document import build_block, strings_for
from export.player import render_block


def _callout(title: str, language: str = "en") -> str:
    block = BlockSnap(uuid.uuid4(), BlockKind.CALLOUT, "c1",
                      b.CalloutData(b.CalloutStyle.TIP, title, "Hover first."))
    module = ModuleSnap(uuid.uuid4(), "M", language=language,
                        pages=(PageSnap(uuid.uuid4(), "P", (block,)),))
    return render_block(build_block(module, block, {}), strings_for(language))


def test_a_tip_titled_tip_shows_tip_once():
    html = _callout("Tip")
    assert "k-callout__label" not in html and html.count(">Tip<") == 1
    assert 'aria-label="Tip"' in html


def test_a_tip_with_its_own_title_keeps_the_label_above_it():
    html = _callout("Before you click")
    assert '<p class="k-callout__label">Tip</p>' in html
    assert '<h3 class="k-callout__title">Before you click</h3>' in html
    assert 'aria-label="Tip: Before you click"' in html
