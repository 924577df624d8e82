"""The live preview shows pages through the learner's player and follows typing without reloads."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl

from app.gui.editor.preview import RELOAD_DELAY_MS, PreviewPane
from authoring.blocks import ImageData, TextData

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


def _text(qtbot, pane: PreviewPane) -> str:
    got: list[str] = []
    pane.text(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    return got[0]


def _showing(qtbot, services, page: int, size: tuple[int, int] = (800, 600)):
    """A shown preview pane on a page of the sample; returns it, the module and its id."""
    module_id = services.transfer.import_folder(SAMPLE).id
    snap = services.modules.snapshot(module_id)
    pane = PreviewPane(services)
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.show_page(snap, page)
    return pane, snap, module_id


def test_the_preview_shows_the_chosen_page_and_follows_typing(qtbot, services):
    pane, snap, _id = _showing(qtbot, services, 1)
    assert "Look closely at Sanne's email" in _text(qtbot, pane)

    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.show_page(snap, 0)
    assert "Why one email matters" in _text(qtbot, pane)

    block = snap.pages[0].blocks[0]
    loads: list[bool] = []
    pane.view().loadStarted.connect(lambda: loads.append(True))
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.edit_block(snap, block.tracking_id, TextData("Typed **just now** by the author."))
    assert "Typed just now by the author." in _text(qtbot, pane)
    assert loads == []  # swapped in place, no reload


def test_a_script_typed_into_a_page_is_shown_as_text_in_the_preview(qtbot, services):
    module_id = services.transfer.import_folder(SAMPLE).id
    snap = services.modules.snapshot(module_id)
    pane = PreviewPane(services)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.show_page(snap, 0)
    block = snap.pages[0].blocks[0]
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.edit_block(snap, block.tracking_id,
                        TextData("<script>document.title='pwned'</script> safe"))
    assert "<script>document.title='pwned'</script> safe" in _text(qtbot, pane)
    titles: list[str] = []
    pane.view().page().runJavaScript("document.title", 0, titles.append)
    qtbot.waitUntil(lambda: bool(titles), timeout=5_000)
    assert titles[0] != "pwned"


def test_an_image_with_new_alt_text_is_updated_in_place(qtbot, services):
    module_id = services.transfer.import_folder(SAMPLE).id
    snap = services.modules.snapshot(module_id)
    image = next(b for b in snap.pages[1].blocks if isinstance(b.data, ImageData))
    pane = PreviewPane(services)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.show_page(snap, 1)
    data = ImageData(image.data.asset, "A mail window with five warning signs", "New caption")
    with qtbot.waitSignal(pane.updated, timeout=10_000):
        pane.edit_block(snap, image.tracking_id, data)
    alts: list[str] = []
    pane.view().page().runJavaScript(
        f"document.querySelector('#kiem-b-{image.tracking_id} img').alt", 0, alts.append)
    qtbot.waitUntil(lambda: bool(alts), timeout=5_000)
    assert alts[0] == "A mail window with five warning signs"
    assert "New caption" in _text(qtbot, pane)


def test_a_crashed_preview_says_so_keeps_the_page_and_restarts(qtbot, services):
    pane, snap, _id = _showing(qtbot, services, 1)
    view = pane.view()
    with qtbot.waitSignal(view.renderProcessTerminated, timeout=20_000):
        view.load(QUrl("chrome://crash"))  # Chromium's own way to crash a page's process
    qtbot.waitUntil(lambda: pane.message.isVisible())
    assert "The preview crashed" in pane.message.text()
    assert "Your work is safe" in pane.message.text()
    assert pane.retry.isVisible() and not view.isVisible()

    pane.show_page(snap, 0)  # the author goes on editing: nothing is tried while it is down
    qtbot.wait(RELOAD_DELAY_MS + 100)
    assert pane.message.isVisible()

    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.retry.click()
    assert not pane.message.isVisible() and pane.failure == ""
    assert "Why one email matters" in _text(qtbot, pane)


def test_a_preview_engine_that_cannot_load_says_why_in_the_pane(qtbot, services, monkeypatch):
    # What a machine without QtWebEngine's libraries does: the import fails.
    monkeypatch.setitem(sys.modules, "PySide6.QtWebEngineWidgets", None)
    module_id = services.transfer.import_folder(SAMPLE).id
    snap = services.modules.snapshot(module_id)
    pane = PreviewPane(services)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_page(snap, 0)
    qtbot.waitUntil(lambda: bool(pane.failure), timeout=5_000)
    assert pane.message.isVisible()
    assert "The preview cannot start on this computer" in pane.message.text()
    assert "QtWebEngineWidgets" in pane.message.text()
    assert "editor keeps working" in pane.message.text()


def test_the_preview_says_once_which_language_learners_read(qtbot, services):
    pane, _snap, module_id = _showing(qtbot, services, 0)  # English, like the studio here
    assert not pane.language_note.isVisible()
    services.modules.update(module_id, language="nl")
    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.show_page(services.modules.snapshot(module_id), 0)
    assert pane.language_note.isVisible()
    assert pane.language_note.text() == (
        "Learners see this module in Dutch — change it in Module › Settings.")


def _scroll(qtbot, pane: PreviewPane, script: str = "") -> int:
    got: list[object] = []
    pane.view().page().runJavaScript(
        script + "Math.round((document.scrollingElement || document.body).scrollTop)", 0,
        got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    return int(got[0])


def test_a_change_that_reloads_the_preview_keeps_the_readers_place(qtbot, services):
    pane, _snap, module_id = _showing(qtbot, services, 1, (700, 320))
    assert _scroll(qtbot, pane, "window.scrollTo(0, 400);") == 400
    services.modules.update(module_id, title="Spot a phishing email")  # an undo, say
    with qtbot.waitSignal(pane.updated, timeout=30_000):
        pane.show_page(services.modules.snapshot(module_id), 1)
    assert _scroll(qtbot, pane) == 400  # not back at the top
