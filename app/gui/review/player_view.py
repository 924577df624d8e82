"""The version under review through the learner's own player (QtWebEngine), quiz takeable.

The frozen version is exported as plain HTML into a private folder (off the GUI thread) and
shown in an off-the-record web profile, so answers and resume data never outlive the window.
Small scripts read the selection and the current page, mark changed blocks and show a block.
Every script returns a value: a callback handed `undefined` crashes PySide 6.12 eventually.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.gui.worker import Job, Progress
from authoring.snapshot import ModuleSnap
from export.exporter import Format, export_module
from export.result import ExportResult

# Marks drawn over the learner's page; nothing here changes what the player does.
REVIEW_CSS = """
.kiem-review-changed { outline: 2px dashed #a86400; outline-offset: 6px; position: relative; }
.kiem-review-changed::before {
  content: attr(data-kiem-review-badge); position: absolute; top: -6px; right: -6px;
  transform: translateY(-50%); z-index: 5; background: #7a4a00; color: #fff;
  font: 600 11px/1.6 system-ui, sans-serif; padding: 0 7px; border-radius: 4px;
}
.kiem-review-flash { box-shadow: 0 0 0 4px rgba(36, 86, 166, .55); border-radius: 4px;
  transition: box-shadow .25s; }
"""

_STYLE_SCRIPT = """(function (css) {
  var s = document.getElementById('kiem-review-style');
  if (!s) { s = document.createElement('style'); s.id = 'kiem-review-style';
            document.head.appendChild(s); }
  s.textContent = css; return true;
})(%s)"""

_SELECTION_SCRIPT = """(function () {
  var here = (window.Kiem && Kiem.state) ? Kiem.state.page : 0;
  var sel = window.getSelection();
  if (!sel || !sel.rangeCount || sel.isCollapsed || !sel.toString().trim()) {
    return JSON.stringify({ empty: true, page: here });
  }
  var range = sel.getRangeAt(0), text = sel.toString();
  function up(n) { return n && (n.nodeType === 1 ? n : n.parentElement); }
  var start = up(range.startContainer), end = up(range.endContainer);
  var block = start && start.closest('[data-block]');
  var endBlock = end && end.closest('[data-block]');
  var page = start && start.closest('.k-page');
  var title = start && start.closest('.k-page__title');
  var hint = null;
  if (block) {
    var before = document.createRange();
    before.selectNodeContents(block);
    before.setEnd(range.startContainer, range.startOffset);
    hint = before.toString().length + (text.length - text.replace(/^\\s+/, '').length);
  }
  return JSON.stringify({
    empty: false, quote: text.trim(), hint: hint,
    block: block ? block.getAttribute('data-block') : '',
    one_block: !!block && block === endBlock,
    page: page ? parseInt(page.getAttribute('data-page'), 10) : here,
    title: !!title && title.contains(end)
  });
})()"""

_PAGE_SCRIPT = "((window.Kiem && Kiem.state) ? Kiem.state.page : 0)"

_MARK_SCRIPT = """(function (ids, badge) {
  document.querySelectorAll('.kiem-review-changed').forEach(function (el) {
    el.classList.remove('kiem-review-changed'); });
  var marked = 0;
  ids.forEach(function (id) {
    var el = document.querySelector('[data-block="' + CSS.escape(id) + '"]');
    if (el) { el.classList.add('kiem-review-changed');
              el.setAttribute('data-kiem-review-badge', badge); marked++; }
  });
  return marked;
})(%s, %s)"""

_REVEAL_SCRIPT = """(function (page, id) {
  if (page >= 0 && window.Kiem && Kiem.nav && Kiem.state && Kiem.state.page !== page) {
    Kiem.nav.show(page, false);
  }
  var el = id ? document.querySelector('[data-block="' + CSS.escape(id) + '"]')
              : document.getElementById('kiem-p-' + page);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('kiem-review-flash');
  setTimeout(function () { el.classList.remove('kiem-review-flash'); }, 1600);
  return true;
})(%s, %s)"""


class _Page(QWebEnginePage):
    """Stays on the exported version: other files and links out open outside the player."""

    def acceptNavigationRequest(self, url: QUrl | str, kind: QWebEnginePage.NavigationType,  # noqa: N802 (Qt override)
                                main_frame: bool) -> bool:  # noqa: FBT001 (Qt's signature)
        """Load the version's page; hand links to anything else to the system."""
        url = QUrl(url)
        if kind != QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            return url.isLocalFile() or url.scheme() in ("data", "about", "blob")
        here = self.url().adjusted(QUrl.UrlFormattingOption.RemoveFragment)
        if url.adjusted(QUrl.UrlFormattingOption.RemoveFragment) == here:
            return True  # a link within the page
        QDesktopServices.openUrl(url)  # an attachment, or a page on the web
        return False


class ReviewPlayer(QWidget):
    """The exported version in a web view; `loaded(ok)` when the page is ready to script."""

    loaded = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="kiem-review-")
        self._job: Job | None = None
        self._marks: tuple[list[str], str] = ([], "")
        self.ready = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self.tr("Preparing the version…"))
        self.message.setObjectName("paneHint")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.busy = QProgressBar()  # moving while the player starts (a second or two)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        layout.addWidget(self.busy)
        # The view before the profile: children go in creation order, pages before profiles.
        self.view = QWebEngineView(self)
        self._profile = QWebEngineProfile(self)  # no storage name: off the record
        self.view.setPage(_Page(self._profile, self.view))
        self.view.loadFinished.connect(self._load_finished)
        self.view.setAccessibleName(self.tr("The version under review, as learners see it"))
        layout.addWidget(self.view, 1)

    def show_version(self, snap: ModuleSnap, blobs: Mapping[str, bytes]) -> None:
        """Export `snap` into the private folder (off the GUI thread), then show it."""
        out = Path(self._folder.name) / f"version-{snap.version}"
        self.ready = False
        # Say what is coming while the player starts, rather than show an empty pane.
        pages = "\n".join(f"{n}. {p.title}" for n, p in enumerate(snap.pages, 1))
        self.message.setText(self.tr("Opening version %1 of “%2” as learners see it…")
                             .replace("%1", str(snap.version)).replace("%2", snap.title)
                             + (f"\n\n{pages}" if pages else ""))
        self.message.show()
        self.busy.show()

        def work(progress: Progress) -> ExportResult:
            return export_module(snap, dict(blobs), Format.HTML, out, force=True,
                                 progress=progress)

        self._job = Job(work)
        self._job.finished.connect(self._exported)
        self._job.failed.connect(self._export_failed)
        self._job.start()

    def _exported(self, result: ExportResult) -> None:
        self._job = None
        self.view.load(QUrl.fromLocalFile(str(result.path / "index.html")))

    def _export_failed(self, exc: object, _trace: str) -> None:
        self._job = None
        self.busy.hide()
        self.message.setText(self.tr("This version cannot be shown: %1").replace("%1", str(exc)))
        self.message.show()
        self.loaded.emit(False)

    def _load_finished(self, ok: bool) -> None:  # noqa: FBT001 (Qt's signal)
        self.busy.hide()
        if not ok:
            self.message.setText(self.tr("The version did not open in the player."))
            self.message.show()
            self.loaded.emit(False)
            return
        self.message.hide()
        self.run(_STYLE_SCRIPT % json.dumps(REVIEW_CSS), lambda _r: self._styled())

    def _styled(self) -> None:
        self.ready = True
        if self._marks[0]:
            self.mark_changed(*self._marks)
        self.loaded.emit(True)

    # -- scripts --------------------------------------------------------------------------------
    def run(self, script: str, callback: Callable[[object], None]) -> None:
        """Run a script that returns a value; `callback` gets the value."""
        self.view.page().runJavaScript(script, 0, callback)

    def selection(self, callback: Callable[[dict], None]) -> None:
        """Pass what is selected to `callback`: quote, block, hint offset, page, title."""
        def read(value: object) -> None:
            try:
                data = json.loads(str(value))
            except (TypeError, ValueError):
                data = {"empty": True, "page": 0}
            callback(data if isinstance(data, dict) else {"empty": True, "page": 0})
        self.run(_SELECTION_SCRIPT, read)

    def current_page(self, callback: Callable[[int], None]) -> None:
        """Pass the index of the page the player shows to `callback`."""
        self.run(_PAGE_SCRIPT, lambda value: callback(
            int(value) if isinstance(value, int | float) else 0))

    def mark_changed(self, tracking_ids: list[str], badge: str) -> None:
        """Outline these blocks with a small badge (now, or once the page has loaded)."""
        self._marks = (list(tracking_ids), badge)
        if self.ready:
            self.run(_MARK_SCRIPT % (json.dumps(list(tracking_ids)), json.dumps(badge)),
                     lambda _count: None)

    def reveal(self, page_index: int, tracking_id: str = "") -> None:
        """Go to a page and scroll to a block there (the page's top without one), flashing it."""
        if self.ready:
            self.run(_REVEAL_SCRIPT % (int(page_index), json.dumps(tracking_id)),
                     lambda _shown: None)
