"""Forms for blocks that show a file: image (with alt text), audio and video, attachment."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.gui.editor.forms.asset_picker import AssetPicker, FileKind, dropped_file
from app.gui.editor.forms.base import BlockForm, FormContext
from app.gui.editor.forms.text_edit import GrowingTextEdit
from authoring.blocks import AttachmentData, BlockData, ImageData, MediaData
from authoring.kinds import BlockKind
from authoring.snapshot import ModuleSnap


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


class _FileForm(BlockForm):
    """A form whose block holds one file, chosen with a picker or dropped anywhere on it."""

    FILES = FileKind.FILE

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self._asset = ""
        self.setAcceptDrops(True)
        self.picker = AssetPicker(context.actions, self._files(), self)
        self.picker.chosen.connect(self.choose_file)
        self.column.addWidget(self.picker)

    def _files(self) -> FileKind:
        return self.FILES

    def _choose_step(self) -> str:
        return self.tr("Choose file")

    def choose_file(self, path: Path) -> None:
        """Add `path` to the module and show it in this block (one undoable step)."""
        module = self.context.module()
        if module is None:
            return
        self.context.actions.use_file(module, path, self._files().value, self._choose_step(),
                                      lambda sha: self._use(sha, path))

    def _use(self, sha: str, path: Path) -> None:
        self._asset = sha
        self._file_chosen(path)
        self.edited.emit(False)  # saved at once, inside the same undoable step
        self.picker.show_file(sha, self.context.module())

    def _file_chosen(self, path: Path) -> None:
        """Fill fields from the chosen file (a label from its name)."""

    def set_module(self, module: ModuleSnap) -> None:
        """Show the file again: it may just have been added to the module."""
        self.picker.show_file(self._asset, module)

    def _show_asset(self, sha: str) -> None:
        if sha != self._asset:
            self._asset = sha
            self.picker.show_file(sha, self.context.module())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        """Accept a file dropped anywhere on the form."""
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Use the dropped file."""
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.choose_file(path)


class ImageForm(_FileForm):
    """An image with alt text (or marked decorative) and a caption."""

    FILES = FileKind.IMAGE

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.alt = GrowingTextEdit(2, self)
        self.alt.setPlaceholderText(self.tr("e.g. The login page with the address bar circled: "
                                            "the address ends in example.net"))
        self.alt.textChanged.connect(self._typed)
        self.decorative = QCheckBox(self.tr("Decorative image (adds nothing a learner needs)"),
                                    self)
        self.decorative.toggled.connect(self._decorative_toggled)
        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("Optional; shown under the image"))
        self.caption.textEdited.connect(self._typed)
        self.add_field(self.tr("Alt text"), self.alt, self.tr(
            "Describe what matters in the image for someone who cannot see it."))
        self.column.addWidget(self.decorative)
        self.add_field(self.tr("Caption"), self.caption)

    def _choose_step(self) -> str:
        return self.tr("Choose image")

    def _decorative_toggled(self, on: bool) -> None:
        self.alt.setEnabled(not on)
        self._changed()

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, ImageData)
        self._show_asset(data.asset)
        self.alt.set_text(data.alt)
        self.decorative.setChecked(data.decorative)
        self.alt.setEnabled(not data.decorative)
        _set_line(self.caption, data.caption)

    def data(self) -> ImageData:
        """Return the image block's data."""
        return ImageData(asset=self._asset, alt=self.alt.toPlainText(),
                         caption=self.caption.text(), decorative=self.decorative.isChecked())


class MediaForm(_FileForm):
    """Audio or video with a title and a transcript."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What learners will hear or watch"))
        self.title.textEdited.connect(self._typed)
        self.transcript = GrowingTextEdit(3, self)
        self.transcript.setPlaceholderText(self.tr("Paste or type what is said, in order."))
        self.transcript.textChanged.connect(self._typed)
        self.add_field(self.tr("Title"), self.title)
        self.add_field(self.tr("Transcript"), self.transcript, self.tr(
            "A transcript helps people who cannot hear it, or cannot play sound at work."))

    def _files(self) -> FileKind:
        return FileKind.VIDEO if self.kind is BlockKind.VIDEO else FileKind.AUDIO

    def _choose_step(self) -> str:
        return self.tr("Choose video") if self.kind is BlockKind.VIDEO else self.tr(
            "Choose audio")

    def _file_chosen(self, path: Path) -> None:
        if not self.title.text().strip():
            with self.loading():
                self.title.setText(path.stem.replace("-", " ").replace("_", " "))

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, MediaData)
        self._show_asset(data.asset)
        _set_line(self.title, data.title)
        self.transcript.set_text(data.transcript)

    def data(self) -> MediaData:
        """Return the media block's data."""
        return MediaData(asset=self._asset, title=self.title.text(),
                         transcript=self.transcript.toPlainText())


class AttachmentForm(_FileForm):
    """A file to download, with the label of its link."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self._filename = ""
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. Checklist: what to do after a phishing click"))
        self.label.textEdited.connect(self._typed)
        self.add_field(self.tr("Link text"), self.label)

    def _file_chosen(self, path: Path) -> None:
        self._filename = path.name
        if not self.label.text().strip():
            with self.loading():
                self.label.setText(path.stem.replace("-", " ").replace("_", " "))

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, AttachmentData)
        self._show_asset(data.asset)
        self._filename = data.filename
        _set_line(self.label, data.label)

    def data(self) -> AttachmentData:
        """Return the attachment block's data."""
        return replace(AttachmentData(), asset=self._asset, label=self.label.text(),
                       filename=self._filename)
