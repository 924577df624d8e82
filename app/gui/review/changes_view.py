"""“Changed since your last review”: what differs from the version the reviewer judged.

A collapsible section: one summary line, then (opened) each changed passage word by word,
blocks and pages added, removed or moved, and the reviewer's earlier threads now resolved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from app.gui.review.markup import spans_html, text_html
from app.gui.review.thread_card import kind_name
from authoring.markdown import plain_text
from authoring.snapshot import ModuleSnap
from review.anchors import find_block
from review.diff import BlockRef, ModuleDiff, PassageChange, word_diff
from review.state import Thread

QUOTE_SHOWN = 80


class ChangesSection(QWidget):
    """A toggle with a summary; opened, the word-level changes and the resolved threads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.toggle = QToolButton()
        self.toggle.setObjectName("changesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle)
        self.summary = QLabel()
        self.summary.setObjectName("paneHint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.text = QTextBrowser()
        self.text.setObjectName("changesText")
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(160)
        self.text.setVisible(False)
        layout.addWidget(self.text, 1)
        self.setVisible(False)

    def _toggled(self, opened: bool) -> None:  # noqa: FBT001 (Qt's signal)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.text.setVisible(opened)

    def show_changes(self, diff: ModuleDiff, old: ModuleSnap, new: ModuleSnap,
                     resolved: list[Thread], *, dark: bool = False) -> None:
        """Show what changed from `old` (the version last judged) to `new`."""
        self.toggle.setText(self.tr("Changed since your last review (version %1)")
                            .replace("%1", str(old.version)))
        parts = []
        if diff.is_empty():
            parts.append(self.tr("Nothing changed."))
        else:
            blocks = len(diff.changed_blocks())
            parts.append(self.tr("%n block(s) changed", "", blocks) if blocks
                         else self.tr("Settings or pages changed"))
        if resolved:
            parts.append(self.tr("%n of your threads resolved", "", len(resolved)))
        self.summary.setText(" · ".join(parts))
        self.text.setHtml(self._details(diff, old, new, resolved, dark))
        self.setVisible(True)

    def show_message(self, text: str) -> None:
        """Say why the changes cannot be shown (the earlier version has not arrived)."""
        self.toggle.setText(self.tr("Changed since your last review"))
        self.summary.setText(text)
        self.text.clear()
        self.setVisible(True)

    # -- the details ----------------------------------------------------------------------------
    def _details(self, diff: ModuleDiff, old: ModuleSnap, new: ModuleSnap,
                 resolved: list[Thread], dark: bool) -> str:  # noqa: FBT001
        out: list[str] = []
        for change in diff.passages:
            where = self._where(change, old, new)
            # Reviewers read the text as learners see it, not its Markdown ("## Steps");
            # when only the formatting changed, the Markdown is what shows the change.
            before, after = plain_text(change.old), plain_text(change.new)
            spans = word_diff(before, after) if before != after else change.spans
            out.append(f"<p><b>{text_html(where)}</b><br>"
                       f"{spans_html(spans, dark=dark, limit=60)}</p>")
        rows = ([(self.tr("Added"), r) for r in diff.added_blocks]
                + [(self.tr("Removed"), r) for r in diff.removed_blocks]
                + [(self.tr("Moved"), r) for r in diff.moved_blocks]
                + [(self.tr("Settings changed"), r) for r in diff.edited_blocks])
        for what, ref in rows:
            out.append(f"<p><b>{text_html(what)}:</b> "
                       f"{text_html(self._block(ref, old, new))}</p>")
        # tr() outside f-strings: lupdate cannot see into them.
        pages = ([(self.tr("Page added"), p) for p in diff.added_pages]
                 + [(self.tr("Page removed"), p) for p in diff.removed_pages]
                 + [(self.tr("Page moved"), p) for p in diff.moved_pages])
        for what, page in pages:
            out.append(f"<p><b>{text_html(what)}:</b> {text_html(page.title)}</p>")
        for setting in diff.settings:
            out.append(f"<p><b>{text_html(setting.name)}:</b> {text_html(setting.old)} → "
                       f"{text_html(setting.new)}</p>")
        if resolved:
            heading = self.tr("Your comments resolved since")
            out.append(f"<p><b>{text_html(heading)}</b></p><ul>")
            for thread in resolved:
                out.append(f"<li>{text_html(self._thread_line(thread))}</li>")
            out.append("</ul>")
        nothing = self.tr("Nothing changed.")
        return "".join(out) or f"<p>{text_html(nothing)}</p>"

    def _where(self, change: PassageChange, old: ModuleSnap, new: ModuleSnap) -> str:
        if not change.block:
            page = new.page(change.page_id) or old.page(change.page_id)
            title = page.title if page is not None else ""
            return self.tr("Title of page “%1”").replace("%1", title)
        found = find_block(new, change.block) or find_block(old, change.block)
        if found is None:
            return change.label
        page, block = found
        return self.tr("Page “%1” · %2").replace("%1", page.title).replace(
            "%2", kind_name(block.kind))

    def _block(self, ref: BlockRef, old: ModuleSnap, new: ModuleSnap) -> str:
        found = find_block(new, ref.tracking_id) or find_block(old, ref.tracking_id)
        if found is None:
            return ref.label
        page, block = found
        return self.tr("Page “%1” · %2").replace("%1", page.title).replace(
            "%2", kind_name(block.kind))

    def _thread_line(self, thread: Thread) -> str:
        quote = str((thread.anchor or {}).get("quote", ""))
        if len(quote) > QUOTE_SHOWN:
            quote = quote[:QUOTE_SHOWN - 1] + "…"
        text = thread.comments[0].text.strip().splitlines()[0] if thread.comments[0].text.strip() \
            else ""
        state = {"accepted": self.tr("accepted"), "declined": self.tr("declined")}.get(
            thread.suggestion, self.tr("resolved"))
        if thread.suggestion == "declined" and thread.decline_reason:
            state += ": " + thread.decline_reason
        head = f"“{quote}” " if quote else ""
        return f"{head}{text} — {state}".strip()
