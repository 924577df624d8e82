"""Forms for written blocks: text and callout."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.gui.editor.forms.base import BlockForm, FormContext
from app.gui.editor.forms.markdown_field import MarkdownField
from authoring.blocks import BlockData, CalloutData, CalloutStyle, TextData
from authoring.kinds import BlockKind


class TextForm(BlockForm):
    """Markdown text."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.markdown = MarkdownField(5, self)
        self.markdown.edited.connect(self._typed)
        self.column.addWidget(self.markdown)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, TextData)
        self.markdown.set_text(data.markdown)

    def data(self) -> TextData:
        """Return the text."""
        return TextData(markdown=self.markdown.text())

    def focus_first(self) -> None:
        """Start typing in the text."""
        self.markdown.editor.setFocus()


class CalloutForm(BlockForm):
    """A highlighted note: its look, a title and Markdown."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.style = QComboBox(self)
        for style, name in ((CalloutStyle.INFO, self.tr("Information")),
                            (CalloutStyle.TIP, self.tr("Tip")),
                            (CalloutStyle.WARNING, self.tr("Warning")),
                            (CalloutStyle.IMPORTANT, self.tr("Important"))):
            self.style.addItem(name, style.value)
        self.style.currentIndexChanged.connect(self._changed)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("A few words, e.g. “Good to know”"))
        self.title.textEdited.connect(self._typed)
        self.markdown = MarkdownField(3, self)
        self.markdown.edited.connect(self._typed)
        self.add_field(self.tr("Kind of callout"), self.style)
        self.add_field(self.tr("Title"), self.title)
        self.add_field(self.tr("Text"), self.markdown)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, CalloutData)
        self.style.setCurrentIndex(max(0, self.style.findData(CalloutStyle(data.style).value)))
        if self.title.text() != data.title:
            self.title.setText(data.title)
        self.markdown.set_text(data.markdown)

    def data(self) -> CalloutData:
        """Return the callout."""
        return CalloutData(style=CalloutStyle(self.style.currentData()),
                           title=self.title.text(), markdown=self.markdown.text())

    def focus_first(self) -> None:
        """Start in the text: the style already has a sensible default."""
        self.markdown.editor.setFocus()
