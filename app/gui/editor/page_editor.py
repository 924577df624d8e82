"""The page being edited: its title and topics, then its blocks as cards, then "Add block".

Only what changed is rebuilt: frames are kept per block id, reordered in place and updated
from the workspace unless typing in them waits to be saved. Leaving a field, a block or the
page saves what is pending.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.actions import EditorActions
from app.gui.editor.block_drag import PageDropArea
from app.gui.editor.block_frame import DEBOUNCE_MS, BlockFrame
from app.gui.editor.findings import Findings
from app.gui.editor.forms import FormContext
from app.gui.editor.kinds import starting_data
from app.gui.editor.page_states import EmptyPage, NoPages
from app.gui.editor.palette import PalettePopup
from app.gui.editor.question_bridge import add_blank_question, new_question_available
from app.gui.editor.tinted import tint
from app.gui.editor.topics_field import TopicsField
from app.gui.icons import IconName
from authoring import blocks as b
from authoring.kinds import BlockKind
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap

COLUMN_WIDTH = 780


def _shape(module: ModuleSnap) -> tuple[object, ...]:
    """What forms follow besides their own block: pages, files, questions, banks."""
    return (tuple((p.id, p.title) for p in module.pages), module.assets, module.questions,
            module.banks)


class PageEditor(QWidget):
    """Edits one page; `typed(tracking id, data)` on every edit of a block, before it is saved."""

    typed = Signal(str, object)
    add_page_requested = Signal()
    comments_requested = Signal(object)  # block id: its marker of open review threads clicked

    def __init__(self, actions: EditorActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._module: ModuleSnap | None = None
        self._page_id: uuid.UUID | None = None
        self._shape: tuple[object, ...] = ()
        self._current: uuid.UUID | None = None
        self.palette_popup: PalettePopup | None = None  # the last one opened
        self.frames: dict[uuid.UUID, BlockFrame] = {}
        self.open_threads: dict[str, int] = {}  # block tracking id → reviewers' open threads
        self._context = FormContext(actions, lambda: self._module)
        self._title_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._title_timer.timeout.connect(self._save_title)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.nothing = QLabel(self.tr("Open a module to edit its pages."), self)
        self.nothing.setObjectName("emptyHint")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_pages = NoPages(self)
        self.no_pages.add_button.clicked.connect(self.add_page_requested)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        for widget in (self.nothing, self.no_pages, self.scroll):
            self.stack.addWidget(widget)
        self.scroll.setWidget(self._page_column())
        self.drop_area = PageDropArea(self.scroll.widget(), self._ordered_frames)
        self.drop_area.block_dropped.connect(self._block_dropped)
        self.drop_area.files_dropped.connect(self._images_dropped)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _page_column(self) -> QWidget:
        canvas = QWidget(self)
        canvas.setObjectName("pageCanvas")
        outer = QVBoxLayout(canvas)
        outer.setContentsMargins(24, 20, 24, 40)
        centre = QHBoxLayout()
        outer.addLayout(centre)
        outer.addStretch(1)
        column = QWidget(canvas)
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setMinimumWidth(400)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.position = QLabel(column)
        self.position.setObjectName("pagePosition")
        self.title = QLineEdit(column)
        self.title.setObjectName("pageTitle")
        self.title.setPlaceholderText(self.tr("Page title"))
        self.title.setAccessibleName(self.tr("Page title"))
        self.title.textEdited.connect(lambda: self._title_timer.start())
        self.title.editingFinished.connect(self._save_title)
        self.topics = TopicsField(column)
        self.topics.committed.connect(self._save_topics)
        self.blocks = QVBoxLayout()
        self.blocks.setSpacing(14)
        self.empty = EmptyPage(self._palette_kinds(), column)
        self.empty.palette_widget.chosen.connect(self.add_block)
        self.add_button = QPushButton(self.tr("Add block"), column)
        tint(self.add_button, IconName.ADD)
        self.add_button.setObjectName("addBlock")
        self.add_button.setToolTip(self.tr("Add a block after the selected one"))
        self.add_button.clicked.connect(lambda: self.open_palette(self.add_button))
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.topics)
        layout.addLayout(self.blocks)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button)
        return canvas

    @staticmethod
    def _palette_kinds() -> list[BlockKind]:
        return [k for k in BlockKind if k is not BlockKind.QUESTION or new_question_available()]

    # Showing -------------------------------------------------------------------------------
    @property
    def page_id(self) -> uuid.UUID | None:
        """The page shown."""
        return self._page_id

    def page(self) -> PageSnap | None:
        """Return the page shown, as last read."""
        if self._module is None or self._page_id is None:
            return None
        return self._module.page(self._page_id)

    def show_page(self, module: ModuleSnap | None, page_id: uuid.UUID | None,
                  findings: Findings | None = None,
                  changed_blocks: frozenset[uuid.UUID] | None = None) -> None:
        """Show `page_id` of `module`; for the page already shown, update only what changed."""
        if page_id != self._page_id:
            self.flush()
            self._clear()
            self._page_id, self._current, changed_blocks = page_id, None, None
        self._module = module
        findings = findings or Findings(None)
        page = module.page(page_id) if module is not None and page_id is not None else None
        if module is None:
            self.stack.setCurrentWidget(self.nothing)
            return
        if page is None:
            self._clear()
            self.stack.setCurrentWidget(self.no_pages if not module.pages else self.nothing)
            return
        self.stack.setCurrentWidget(self.scroll)
        number = next(i for i, p in enumerate(module.pages, start=1) if p.id == page.id)
        self.position.setText(self.tr("Page {n} of {count}").format(n=number,
                                                                   count=len(module.pages)))
        if not self._title_timer.isActive() and self.title.text() != page.title:
            self.title.setText(page.title)
        self.topics.show_topics(page, module)
        shape = _shape(module)
        shape_changed, self._shape = shape != self._shape, shape
        self._sync_blocks(page, findings, changed_blocks, shape_changed)

    def _sync_blocks(self, page: PageSnap, findings: Findings,
                     changed: frozenset[uuid.UUID] | None, shape_changed: bool) -> None:
        wanted = [block.id for block in page.blocks]
        for block_id in [i for i in self.frames if i not in wanted]:
            self._remove(block_id)
        count = len(page.blocks)
        for index, block in enumerate(page.blocks):
            frame = self.frames.get(block.id)
            if frame is None:
                frame = self._make_frame(block)
            else:
                if shape_changed:
                    frame.form.set_module(self._module)
                if changed is None or block.id in changed:
                    frame.update_block(block)
            if self.blocks.indexOf(frame) != index:
                self.blocks.removeWidget(frame)
                self.blocks.insertWidget(index, frame)
                frame.show()  # now, not from the event loop: focus and shortcuts need it
            frame.set_position(index, count)
            frame.set_findings(findings.by_block.get(block.id, []))
            frame.set_open_threads(self.open_threads.get(block.tracking_id, 0))
        self.empty.setVisible(count == 0)
        self.add_button.setVisible(count > 0)
        if self._current not in self.frames:
            self._current = None

    def _make_frame(self, block: BlockSnap) -> BlockFrame:
        frame = BlockFrame(self._actions, self._context, block, self)
        frame.form.set_module(self._module)
        frame.typed.connect(self.typed)
        frame.move_requested.connect(self._move_block)
        frame.duplicate_requested.connect(self._duplicate_block)
        frame.delete_requested.connect(self._delete_block)
        frame.add_below_requested.connect(self._add_below)
        frame.comments_requested.connect(self._comments_requested)
        self.frames[block.id] = frame
        return frame

    def show_open_threads(self, markers: dict[str, int]) -> None:
        """Mark each block with its reviewers' open threads (block tracking id → count)."""
        self.open_threads = dict(markers)
        for frame in self.frames.values():
            frame.set_open_threads(self.open_threads.get(frame.block.tracking_id, 0))

    def _comments_requested(self, block_id: uuid.UUID) -> None:
        self.set_current(block_id)
        self.comments_requested.emit(block_id)

    def _remove(self, block_id: uuid.UUID) -> None:
        frame = self.frames.pop(block_id)
        frame.saver.discard()
        self.blocks.removeWidget(frame)
        frame.hide()
        frame.deleteLater()

    def _clear(self) -> None:
        for block_id in list(self.frames):
            self._remove(block_id)

    # Selection and focus -------------------------------------------------------------------
    def current_block(self) -> uuid.UUID | None:
        """Return the selected block (new blocks go after it)."""
        return self._current

    def set_current(self, block_id: uuid.UUID | None) -> None:
        """Select a block."""
        self._current = block_id if block_id in self.frames else None
        for frame_id, frame in self.frames.items():
            frame.set_current(frame_id == self._current)

    def focus_block(self, block_id: uuid.UUID | None) -> None:
        """Select a block, scroll to it and put the cursor in its form."""
        frame = self.frames.get(block_id) if block_id is not None else None
        if frame is None:
            return
        self.set_current(block_id)
        frame.form.focus_first()
        QTimer.singleShot(0, lambda: self._reveal(block_id))
        self._reveal(block_id)

    def _reveal(self, block_id: uuid.UUID) -> None:
        frame = self.frames.get(block_id)
        if frame is not None:
            self.scroll.ensureWidgetVisible(frame, 0, 24)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for block_id, frame in list(self.frames.items()):
            inside = new is not None and (new is frame or frame.isAncestorOf(new))
            if inside and self._current != block_id:
                self.set_current(block_id)
            elif not inside and frame.pending and old is not None and frame.isAncestorOf(old):
                frame.flush()
        if self._title_timer.isActive() and new is not self.title:
            self._save_title()

    # Saving --------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save everything pending on this page now."""
        if self._title_timer.isActive():
            self._save_title()
        self.topics.commit()
        for frame in list(self.frames.values()):
            frame.flush()

    def _save_title(self) -> None:
        self._title_timer.stop()
        page = self.page()
        title = self.title.text().strip()
        if page is not None and title != page.title:
            self._actions.rename_page(page.id, title)

    def _save_topics(self, topics: tuple[str, ...]) -> None:
        page = self.page()
        if page is not None and topics != page.topics:
            self._actions.set_page_topics(page.id, topics)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """Save pending edits when the editor goes out of sight."""
        self.flush()
        super().hideEvent(event)

    # Block actions -------------------------------------------------------------------------
    def _index_after(self, block_id: uuid.UUID | None) -> int | None:
        page = self.page()
        if page is None or block_id is None:
            return None
        ids = [block.id for block in page.blocks]
        return ids.index(block_id) + 1 if block_id in ids else None

    def open_palette(self, under: QWidget, after: uuid.UUID | None = None) -> PalettePopup:
        """Show the block palette under `under`; the chosen kind goes after `after`."""
        self.flush()
        popup = PalettePopup(self._palette_kinds(), self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.palette_popup = popup
        target = after if after is not None else self._current
        popup.chosen.connect(lambda kind: self.add_block(kind, target))
        popup.popup(under.mapToGlobal(QPoint(0, under.height() + 4)))
        return popup

    def _add_below(self, block_id: uuid.UUID) -> None:
        self.set_current(block_id)
        self.open_palette(self.frames[block_id].add_button, block_id)

    def add_block(self, kind: BlockKind, after: uuid.UUID | None = None) -> uuid.UUID | None:
        """Add a block of `kind` after `after` (the selected block, or at the end)."""
        page = self.page()
        if page is None:
            return None
        self.flush()
        after = after if after is not None else self._current
        index = self._index_after(after)
        if kind is BlockKind.QUESTION:
            created = add_blank_question(self._actions, page.id, index)
        else:
            data = starting_data(kind)
            if isinstance(data, b.QuestionDrawData):
                banks = self._actions.banks()
                data = b.QuestionDrawData(bank=str(banks[0].id)) if banks else data
            created = self._actions.add_block(page.id, kind, data, index)
        if created is not None:
            self.focus_block(created)
        return created

    def _move_block(self, block_id: uuid.UUID, delta: int) -> None:
        page = self.page()
        ids = [block.id for block in page.blocks] if page else []
        if block_id not in ids or not 0 <= ids.index(block_id) + delta < len(ids):
            return
        self._actions.move_block(block_id, page.id, ids.index(block_id) + delta)
        self.set_current(block_id)
        QTimer.singleShot(0, lambda: self._reveal(block_id))

    def _duplicate_block(self, block_id: uuid.UUID) -> None:
        copy = self._actions.duplicate_block(block_id)
        if copy is not None:
            self.focus_block(copy)

    def _ordered_frames(self) -> list[QWidget]:
        page = self.page()
        return [self.frames[b.id] for b in page.blocks if b.id in self.frames] if page else []

    def _block_dropped(self, block_id: uuid.UUID, index: int) -> None:
        page = self.page()
        ids = [block.id for block in page.blocks] if page else []
        if block_id not in ids:
            return
        target = index - 1 if index > ids.index(block_id) else index  # indices after removal
        if target != ids.index(block_id):
            self.flush()
            self._actions.move_block(block_id, page.id, target)
            self.set_current(block_id)

    def _images_dropped(self, paths: list[Path], index: int) -> None:
        """Add an image block per dropped file, where they were dropped."""
        page = self.page()
        if page is None:
            return
        self.flush()
        for offset, path in enumerate(paths):
            block = self._actions.add_block(page.id, BlockKind.IMAGE, b.ImageData(),
                                            index + offset)
            if block is not None and block in self.frames:
                self.frames[block].form.choose_file(path)
                self.focus_block(block)

    def _delete_block(self, block_id: uuid.UUID) -> None:
        page = self.page()
        ids = [block.id for block in page.blocks] if page else []
        self._actions.delete_block(block_id)
        rest = [i for i in ids if i != block_id and i in self.frames]
        if rest:
            at = min(ids.index(block_id), len(rest) - 1) if block_id in ids else 0
            self.set_current(rest[at])
