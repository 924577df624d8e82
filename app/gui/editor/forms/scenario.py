"""Forms for blocks that make learners think or choose: reflection prompt, scenario choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.gui.editor.forms.base import BlockForm, FormContext, hint_label
from app.gui.editor.forms.rich_edit import RichTextEdit
from app.gui.editor.forms.row_list import Row, RowList
from app.gui.editor.kinds import new_choice_id
from authoring.blocks import BlockData, ReflectionData, ScenarioChoice, ScenarioData
from authoring.kinds import BlockKind
from authoring.snapshot import ModuleSnap

Pages = list[tuple[str, str]]  # (page id, "3. Title")


def page_list(module: ModuleSnap | None) -> Pages:
    """Return the module's pages as (id, numbered title) for a combo box."""
    if module is None:
        return []
    return [(str(p.id), f"{i}. {p.title}") for i, p in enumerate(module.pages, start=1)]


class ReflectionForm(BlockForm):
    """A question learners answer for themselves."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Your inbox this month"))
        self.title.textEdited.connect(self._typed)
        self.prompt = RichTextEdit(2, self)
        self.prompt.setPlaceholderText(self.tr(
            "e.g. Think of the last message that made you hesitate. What made you unsure?"))
        self.prompt.textChanged.connect(self._typed)
        self.add_field(self.tr("Title"), self.title)
        self.add_field(self.tr("Prompt"), self.prompt, self.tr(
            "Not scored: learners write for themselves; nothing is sent or graded."))

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, ReflectionData)
        if self.title.text() != data.title:
            self.title.setText(data.title)
        self.prompt.set_markdown(data.prompt)

    def data(self) -> ReflectionData:
        """Return the prompt."""
        return ReflectionData(prompt=self.prompt.markdown(), title=self.title.text())


class ChoiceRow(Row):
    """One way out of a scenario: what learners click, where it leads, what they are told."""

    def __init__(self, pages: Pages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = new_choice_id()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("What the learner does, e.g. “Click the link”"))
        self.label.setAccessibleName(self.tr("Choice"))
        self.label.textEdited.connect(lambda: self.edited.emit(True))
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Leads to page"))
        self.target.setMinimumContentsLength(14)
        self.target.currentIndexChanged.connect(lambda: self.edited.emit(False))
        self.feedback = RichTextEdit(1, self)
        self.feedback.setPlaceholderText(self.tr("Feedback shown after choosing (optional)"))
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.textChanged.connect(lambda: self.edited.emit(True))
        leads = QLabel(self.tr("leads to"), self)
        leads.setObjectName("hint")
        leads.setBuddy(self.target)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(leads, 0, 1)
        grid.addWidget(self.target, 0, 2)
        grid.addWidget(self.feedback, 1, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.set_pages(pages)

    def set_pages(self, pages: Pages) -> None:
        """Offer these pages, keeping the chosen one (even a missing one, marked so)."""
        chosen = self.target.currentData() or ""
        wanted = [("", self.tr("Choose a page…")), *pages]
        if chosen and chosen not in {pid for pid, _ in pages}:
            wanted.append((chosen, self.tr("(a deleted page)")))
        current = [(self.target.itemData(i), self.target.itemText(i))
                   for i in range(self.target.count())]
        if current == wanted:
            return
        blocked = self.target.blockSignals(True)
        self.target.clear()
        for pid, text in wanted:
            self.target.addItem(text, pid)
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self.target.blockSignals(blocked)

    def value(self) -> ScenarioChoice:
        """Return the choice."""
        return ScenarioChoice(id=self._id, label=self.label.text(),
                              target_page=self.target.currentData() or "",
                              feedback=self.feedback.markdown())

    def set_value(self, value: Any) -> None:
        """Show a choice."""
        self._id = value.id
        if self.label.text() != value.label:
            self.label.setText(value.label)
        if value.target_page and self.target.findData(value.target_page) < 0:
            self.target.addItem(self.tr("(a deleted page)"), value.target_page)
        self.target.setCurrentIndex(max(0, self.target.findData(value.target_page)))
        self.feedback.set_markdown(value.feedback)


class ScenarioForm(BlockForm):
    """A situation and the choices that branch to other pages."""

    def __init__(self, context: FormContext, kind: BlockKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, kind, parent)
        self._pages = page_list(context.module())
        self.prompt = RichTextEdit(2, self)
        self.prompt.setPlaceholderText(self.tr(
            "e.g. An email from “IT” asks you to confirm your password today. What do you do?"))
        self.prompt.textChanged.connect(self._typed)
        self.choices = RowList(lambda: ChoiceRow(self._pages, self),
                               lambda: ScenarioChoice(id=new_choice_id(), label=""),
                               self.tr("Add choice"),
                               lambda n: self.tr("Choice {n}").format(n=n), self)
        self.choices.edited.connect(lambda typing: self._typed() if typing else self._changed())
        self.add_field(self.tr("Situation"), self.prompt)
        self.add_field(self.tr("Choices"), self.choices)
        self.column.addWidget(hint_label(self.tr(
            "Each choice leads to a page: make a page per outcome, then come back and pick it."),
            self))

    def set_module(self, module: ModuleSnap) -> None:
        """Offer the module's current pages as targets."""
        self._pages = page_list(module)
        with self.loading():
            for row in self.choices.rows:
                assert isinstance(row, ChoiceRow)
                row.set_pages(self._pages)

    def _load(self, data: BlockData) -> None:
        assert isinstance(data, ScenarioData)
        self.prompt.set_markdown(data.prompt)
        self.choices.set_values(list(data.choices))

    def data(self) -> ScenarioData:
        """Return the scenario."""
        return ScenarioData(prompt=self.prompt.markdown(), choices=tuple(self.choices.values()))
