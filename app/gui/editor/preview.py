"""Live preview: the current page through the learner's own player (QtWebEngine).

The module is written once to a private folder exactly as the HTML export writes it, and
shown page by page. While the author types, only the edited block's markup is rendered and
swapped in (no reload); anything else reloads after a pause, one render at a time.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.gui import i18n, web_engine
from authoring.blocks import BlockData
from authoring.errors import KiemError
from authoring.kinds import BlockKind
from authoring.services import Services
from authoring.snapshot import ModuleSnap, PageSnap
from export.document import build_block, build_document, strings_for
from export.package import learner_files, write_folder
from export.player import render_block

# Kinds whose markup needs no player wiring: their new HTML can replace the old in place.
STATIC = {BlockKind.TEXT, BlockKind.CALLOUT, BlockKind.IMAGE, BlockKind.REFLECTION}
RELOAD_DELAY_MS = 300


class _LazyBlobs(Mapping[str, bytes]):
    """Asset bytes read from the workspace only when a processed copy is not cached yet."""

    def __init__(self, services: Services, shas: list[str]) -> None:
        self._services = services
        self._shas = shas

    def __getitem__(self, sha: str) -> bytes:
        return self._services.assets.data(sha)

    def __iter__(self) -> Iterator[str]:
        return iter(self._shas)

    def __len__(self) -> int:
        return len(self._shas)


class PreviewPane(QWidget):
    """Shows one page of a module as learners get it; `updated(ms)` reports each update."""

    updated = Signal(float)  # milliseconds from request to the page showing it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._folder = tempfile.TemporaryDirectory(prefix="kiem-preview-")
        self._view: QWidget | None = None
        self._module: ModuleSnap | None = None
        self._page = 0
        self._loaded = False
        self._busy = False
        self._pending: Callable[[], None] | None = None
        self._shown = -1  # the page index the loaded view shows
        self._scroll = 0  # where to scroll once the reloaded page shows
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload.timeout.connect(self._rebuild)
        self.failure = ""  # why the preview engine is not showing pages ("" while it is)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self.tr("The preview shows the page as learners will see it."))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.language_note = QLabel()  # when learners read another language than the studio
        self.language_note.setObjectName("paneHint")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        layout.addWidget(self.language_note)
        self.retry = QPushButton(self.tr("Restart the preview"))
        self.retry.clicked.connect(self._restart)
        self.retry.hide()
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)

    def view(self) -> QWidget:
        """Return the web view, made on first use (QtWebEngine is slow to start).

        Raises EngineUnavailable when QtWebEngine cannot load here.
        """
        if self._view is None:
            view = web_engine.widgets().QWebEngineView(self)
            view.loadFinished.connect(self._load_finished)
            view.renderProcessTerminated.connect(self._engine_stopped)
            self.layout().addWidget(view, 1)
            self._view = view
        return self._view

    def _say_language(self, language: str) -> None:
        """Say once, above the page, why its buttons speak another language than Kiem."""
        base = language.split("-")[0].lower()
        if base == i18n.chosen_language():
            self.language_note.hide()
            return
        names = {"en": self.tr("English"), "nl": self.tr("Dutch"), "fr": self.tr("French"),
                 "de": self.tr("German")}
        name = names.get(base) or QLocale(base).nativeLanguageName() or language
        self.language_note.setText(self.tr("Learners see this module in %1 — change it in "
                                           "Module › Settings.").replace("%1", name))
        self.language_note.show()

    def _fail(self, text: str) -> None:
        """Say in the pane why there is no preview and what to do; the editor goes on."""
        self.failure = text
        self._loaded = self._busy = False
        self._pending = None
        self.message.setText(text)
        self.message.setVisible(True)
        if self._view is not None:
            self._view.hide()

    def _engine_stopped(self, status: object, code: int) -> None:
        status_enum = type(status)
        if status == getattr(status_enum, "NormalTerminationStatus", None):
            return  # the page closed as it should (the view is going away)
        how = {"AbnormalTerminationStatus": self.tr("stopped unexpectedly"),
               "CrashedTerminationStatus": self.tr("crashed"),
               "KilledTerminationStatus": self.tr("was stopped by the system (out of memory?)"),
               }.get(getattr(status, "name", ""), self.tr("stopped"))
        self._fail(self.tr("The preview %1 (exit code %2). Your work is safe and the editor "
                           "keeps working. Restart the preview, or export as HTML to see the "
                           "module in a browser.").replace("%1", how).replace("%2", str(code)))
        self.retry.show()

    def _restart(self) -> None:
        self.failure = ""
        self.retry.hide()
        if self._view is not None:
            self._view.show()
        self._rebuild()

    def show_page(self, module: ModuleSnap, page: int) -> None:
        """Show `page` of `module`; reload (after a pause) if the module changed."""
        self._say_language(module.language)
        same = self._module is not None and self._module == module
        self._module, self._page = module, page
        if same and self._loaded:
            started = time.perf_counter()
            self._shown = page
            self._run(_show_script(page),
                      lambda _r: self.updated.emit((time.perf_counter() - started) * 1000))
            return
        self._reload.start()

    def edit_block(self, module: ModuleSnap, tracking_id: str, data: BlockData) -> None:
        """Show a block's new content at once (typing); other kinds reload after a pause."""
        edited = _with_block(module, tracking_id, data)
        self._module = edited
        block = next((b for p in edited.pages for b in p.blocks
                      if b.tracking_id == tracking_id), None)
        if block is None or block.kind not in STATIC or not self._loaded:
            self._reload.start()
            return
        self._queue(lambda: self._swap(edited, block))

    # -- rendering ----------------------------------------------------------------------------
    def _queue(self, job: Callable[[], None]) -> None:
        # One render in flight; while it runs, only the newest request waits.
        if self._busy:
            self._pending = job
            return
        job()

    def _done(self) -> None:
        self._busy = False
        job, self._pending = self._pending, None
        if job is not None:
            job()

    def _swap(self, module: ModuleSnap, block: object) -> None:
        started = time.perf_counter()
        self._busy = True
        try:
            shas = [a.sha256 for a in module.assets]
            doc_block = build_block(module, block, _LazyBlobs(self._services, shas))  # type: ignore[arg-type]
            html = render_block(doc_block, strings_for(module.language))
        except KiemError:
            self._done()
            self._reload.start()
            return
        target = json.dumps(f"kiem-b-{doc_block.tracking_id}")
        script = (f"(function(){{var el=document.getElementById({target});"
                  f"if(el){{el.outerHTML={json.dumps(html)};}}return !!el;}})()")
        self._run(script, lambda _ok: self._finished(started))

    def _rebuild(self) -> None:
        if self._module is None or self.failure:
            return  # nothing to show, or stopped: it waits for "Restart the preview"
        started = time.perf_counter()
        module = self._module
        try:
            shas = [a.sha256 for a in module.assets]
            doc = build_document(module, _LazyBlobs(self._services, shas))
            target = Path(self._folder.name) / "module"
            write_folder(learner_files(doc, "none"), target)
        except KiemError as exc:
            self.message.setText(self.tr("The preview cannot show this page yet: %1")
                                 .replace("%1", str(exc)))
            return
        try:
            view = self.view()
        except web_engine.EngineUnavailable as exc:
            self._fail(self.tr("The preview cannot start on this computer: %1. Your work is "
                               "safe and the editor keeps working; export as HTML to see the "
                               "module in a browser.").replace("%1", str(exc)))
            return
        self.message.setVisible(False)
        url = QUrl.fromLocalFile(str(target / "index.html"))
        if self._loaded and self._shown == self._page:
            # The same page again (an undo, a change elsewhere): keep the reader's place.
            self._run(_SCROLL_SCRIPT, lambda y: self._load(view, url, started, y))
        else:
            self._load(view, url, started, 0)

    def _load(self, view: QWidget, url: QUrl, started: float, scroll: object) -> None:
        self._loaded = False
        self._started = started
        self._scroll = int(scroll) if isinstance(scroll, int | float) else 0
        view.load(url)  # type: ignore[attr-defined]

    def _load_finished(self, ok: bool) -> None:
        self._loaded = ok
        if ok:
            self._shown = self._page
            script = _show_script(self._page)
            if self._scroll:
                script += f";window.scrollTo(0,{self._scroll}),true"
            self._run(script, lambda _r: self._finished(self._started))

    def _finished(self, started: float) -> None:
        self.updated.emit((time.perf_counter() - started) * 1000)
        self._done()

    def _run(self, script: str, callback: Callable[[object], None] | None = None) -> None:
        page = self.view().page()  # type: ignore[attr-defined]
        if callback is None:
            page.runJavaScript(script)
        else:
            page.runJavaScript(script, 0, callback)

    def text(self, callback: Callable[[str], None]) -> None:
        """Pass the visible page's text to `callback` (for tests and accessibility checks)."""
        self._run("(function(){var s=document.querySelector('.k-page:not([hidden])');"
                  "return s?s.innerText:document.body.innerText;})()",
                  lambda value: callback(str(value or "")))


def _with_block(module: ModuleSnap, tracking_id: str, data: BlockData) -> ModuleSnap:
    pages: list[PageSnap] = []
    for page in module.pages:
        blocks = tuple(replace(b, data=data) if b.tracking_id == tracking_id else b
                       for b in page.blocks)
        pages.append(replace(page, blocks=blocks) if blocks != page.blocks else page)
    return replace(module, pages=tuple(pages))


_SCROLL_SCRIPT = "Math.round((document.scrollingElement || document.body).scrollTop)"


def _show_script(page: int) -> str:
    # Always return a value: a callback handed JavaScript's `undefined` arrives as None, and
    # PySide 6.12 then releases None once too often; after enough calls the process aborts.
    return f"(window.Kiem && Kiem.nav && Kiem.nav.show({int(page)}, false), true)"
