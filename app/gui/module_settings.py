"""A module's settings in one dialog: general details, navigation and branching, completion, quiz.

Whatever the person changes is saved by OK as one `Studio.do` step, so one undo restores it all.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.questions.quiz_settings import QuizSettingsForm
from app.gui.icons import IconName, icon
from app.gui.new_module_dialog import LANGUAGES
from app.gui.studio import Studio
from authoring import blocks as b
from authoring import questions as q
from authoring.settings import (
    BranchRule,
    Completion,
    CompletionKind,
    Navigation,
    NavigationMode,
    Outcome,
)
from authoring.snapshot import ModuleSnap, QuestionSnap

FROM, QUESTION, OUTCOME, OPTION, TARGET = range(5)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))  # -1 (nothing) when the value is gone


class BranchRulesTable(QTableWidget):
    """Branching rules, one per row, each cell a combo box over the module's pages and questions."""

    def __init__(self, module: ModuleSnap, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._module = module
        self.setHorizontalHeaderLabels([self.tr("After page"), self.tr("Question"),
                                        self.tr("Outcome"), self.tr("Option"),
                                        self.tr("Go to page")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._outcomes = {Outcome.CORRECT: self.tr("answered correctly"),
                          Outcome.INCORRECT: self.tr("answered incorrectly"),
                          Outcome.CHOICE: self.tr("chose the option")}
        for rule in module.navigation.rules:
            self.add_rule(rule)

    def combo(self, row: int, column: int) -> QComboBox:
        """The combo box in a cell."""
        return self.cellWidget(row, column)  # type: ignore[return-value]

    def add_rule(self, rule: BranchRule | None = None) -> int:
        """Add a row showing `rule` (or a new rule to fill in); return its row."""
        row = self.rowCount()
        self.insertRow(row)
        combos = [QComboBox(self) for _ in range(5)]
        for column, combo in enumerate(combos):
            self.setCellWidget(row, column, combo)
        for column in (FROM, TARGET):
            for page in self._module.pages:
                combos[column].addItem(page.title or self.tr("(untitled page)"), str(page.id))
        for outcome, label in self._outcomes.items():
            combos[OUTCOME].addItem(label, outcome.value)
        if rule is None:
            combos[FROM].setCurrentIndex(0 if self._module.pages else -1)
            combos[TARGET].setCurrentIndex(-1)  # the person must say where to go
        else:
            _select(combos[FROM], rule.from_page)
            _select(combos[TARGET], rule.target_page)
            _select(combos[OUTCOME], rule.outcome.value)
        self._fill_questions(combos[FROM], rule.question if rule else None)
        self._fill_options(combos[QUESTION], rule.choice if rule else None)
        combos[OPTION].setEnabled(combos[OUTCOME].currentData() == Outcome.CHOICE)
        combos[FROM].currentIndexChanged.connect(lambda _i, c=combos[FROM]: self._fill_questions(c))
        combos[QUESTION].currentIndexChanged.connect(
            lambda _i, c=combos[QUESTION]: self._fill_options(c))
        combos[OUTCOME].currentIndexChanged.connect(
            lambda _i, c=combos: c[OPTION].setEnabled(c[OUTCOME].currentData() == Outcome.CHOICE))
        self.selectRow(row)
        return row

    def remove_selected(self) -> None:
        """Remove the selected rule."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()}, reverse=True)
        for row in rows or ([self.currentRow()] if self.currentRow() >= 0 else []):
            self.removeRow(row)

    def _row_of(self, combo: QComboBox, column: int) -> int:
        return next(r for r in range(self.rowCount()) if self.cellWidget(r, column) is combo)

    def _questions_for(self, page_id: str | None) -> list[QuestionSnap]:
        page = self._module.page(page_id) if page_id else None
        on_page = [self._module.question(bl.data.question) for bl in (page.blocks if page else ())
                   if isinstance(bl.data, b.QuestionRef) and bl.data.question]
        found = [x for x in on_page if x is not None]
        return found or list(self._module.questions)  # no question there: offer them all

    def _fill_questions(self, from_combo: QComboBox, wanted: str | None = None) -> None:
        row = self._row_of(from_combo, FROM)
        combo = self.combo(row, QUESTION)
        wanted = wanted if wanted is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for question in self._questions_for(from_combo.currentData()):
            combo.addItem(question.title or _short(question.stem) or self.tr("(empty question)"),
                          str(question.id))
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if combo.count() else -1)
        combo.blockSignals(False)
        self._fill_options(combo)

    def _fill_options(self, question_combo: QComboBox, wanted: str | None = None) -> None:
        combo = self.combo(self._row_of(question_combo, QUESTION), OPTION)
        wanted = wanted if wanted is not None else combo.currentData()
        combo.clear()
        question = self._module.question(question_combo.currentData() or "")
        if question is not None and isinstance(question.data, q.ChoiceData):
            for choice in question.data.choices:
                combo.addItem(_short(choice.text) or self.tr("(empty option)"), choice.id)
        combo.setCurrentIndex(combo.findData(wanted) if wanted else -1)

    def rules(self) -> tuple[tuple[BranchRule, ...], int | None]:
        """Return the rules as shown and the first incomplete row (None when all are complete)."""
        out = []
        for row in range(self.rowCount()):
            shown = self.combo(row, OUTCOME).currentData()
            outcome = Outcome(shown) if shown else None
            values = [self.combo(row, c).currentData() for c in (FROM, QUESTION, TARGET)]
            choice = self.combo(row, OPTION).currentData() if outcome is Outcome.CHOICE else ""
            if not all(values) or outcome is None or choice is None:
                return tuple(out), row
            out.append(BranchRule(from_page=values[0], question=values[1], outcome=outcome,
                                  target_page=values[2], choice=choice))
        return tuple(out), None


class ModuleSettingsDialog(QDialog):
    """General, Navigation, Completion and Quiz tabs; OK checks, then saves as one step."""

    def __init__(self, studio: Studio, module_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.module_id = module_id
        self.module = studio.services.modules.snapshot(module_id)
        self.saved = False
        self.setWindowTitle(self.tr("Module settings"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._navigation_tab(), self.tr("Navigation"))
        self.tabs.addTab(self._completion_tab(), self.tr("Completion"))
        self.quiz = QuizSettingsForm(self)
        self.quiz.set_assessment(self.module.assessment)
        self.tabs.addTab(self.quiz, self.tr("Quiz"))
        layout.addWidget(self.tabs)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # Layout --------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        m = self.module
        page = QWidget(self)
        form = QFormLayout(page)
        self.title = QLineEdit(m.title, page)
        self.title.textEdited.connect(lambda _t: self.message.hide())
        form.addRow(self.tr("Title:"), self.title)
        self.description = QPlainTextEdit(m.description, page)
        self.description.setMaximumHeight(110)
        form.addRow(self.tr("Description:"), self.description)
        self.keywords = QLineEdit(", ".join(m.keywords), page)
        self.keywords.setPlaceholderText(self.tr("Separate keywords with commas"))
        form.addRow(self.tr("Keywords:"), self.keywords)
        self.language = QComboBox(page)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        if self.language.findData(m.language) < 0:  # a language set elsewhere stays choosable
            self.language.addItem(m.language, m.language)
        _select(self.language, m.language)
        form.addRow(self.tr("Language:"), self.language)
        self.owner = QLineEdit(m.owner, page)
        form.addRow(self.tr("Owner:"), self.owner)
        self.group = QLineEdit(m.group_name, page)
        form.addRow(self.tr("Group:"), self.group)
        self.version = QSpinBox(page)
        self.version.setRange(1, 9999)
        self.version.setValue(m.version)
        form.addRow(self.tr("Version:"), self.version)
        self.review_by = QDateEdit(page)
        self.review_by.setCalendarPopup(True)
        self.review_by.setDisplayFormat("yyyy-MM-dd")
        when = m.review_by or dt.date.today() + dt.timedelta(days=365)
        self.review_by.setDate(QDate(when.year, when.month, when.day))
        self.no_review = QCheckBox(self.tr("No review date"), page)
        self.no_review.toggled.connect(lambda on: self.review_by.setEnabled(not on))
        self.no_review.setChecked(m.review_by is None)
        self.review_by.setEnabled(m.review_by is not None)
        review = QHBoxLayout()
        review.addWidget(self.review_by)
        review.addWidget(self.no_review)
        review.addStretch(1)
        form.addRow(self.tr("Review by:"), review)
        return page

    def _explained(self, layout: QVBoxLayout, button: QRadioButton, text: str) -> None:
        layout.addWidget(button)
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setIndent(24)
        note.setEnabled(False)  # drawn greyed: an explanation, not a control
        layout.addWidget(note)

    def _navigation_tab(self) -> QWidget:
        nav = self.module.navigation
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.mode_group = QButtonGroup(page)
        self.linear = QRadioButton(self.tr("Linear"), page)
        self.free = QRadioButton(self.tr("Free"), page)
        for button in (self.linear, self.free):
            self.mode_group.addButton(button)
        self._explained(layout, self.linear, self.tr(
            "Learners go through the pages in order, or where the branching rules send them."))
        self._explained(layout, self.free, self.tr(
            "Learners may open any page at any time, in any order."))
        (self.free if nav.mode is NavigationMode.FREE else self.linear).setChecked(True)
        self.remediation = QCheckBox(self.tr(
            "Send learners who fail back to the pages on the topics they missed"), page)
        self.remediation.setChecked(nav.remediation)
        layout.addWidget(self.remediation)
        layout.addWidget(QLabel(self.tr("Branching rules:"), page))
        self.rules = BranchRulesTable(self.module, page)
        layout.addWidget(self.rules, 1)
        row = QHBoxLayout()
        self.add_rule = QPushButton(icon(IconName.ADD), self.tr("Add rule"), page)
        self.remove_rule = QPushButton(icon(IconName.DELETE), self.tr("Remove rule"), page)
        self.add_rule.setEnabled(bool(self.module.pages))
        self.add_rule.clicked.connect(lambda: self.rules.add_rule())
        self.remove_rule.clicked.connect(self.rules.remove_selected)
        row.addWidget(self.add_rule)
        row.addWidget(self.remove_rule)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _completion_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The module counts as complete when the learner has:"),
                                page))
        self.completion_group = QButtonGroup(page)
        labels = {CompletionKind.VIEWED_ALL: self.tr("Viewed all pages"),
                  CompletionKind.PASSED: self.tr("Passed the test"),
                  CompletionKind.VIEWED_ALL_AND_PASSED: self.tr(
                      "Viewed all pages and passed the test")}
        self.completion: dict[CompletionKind, QRadioButton] = {}
        for kind, label in labels.items():
            button = QRadioButton(label, page)
            self.completion_group.addButton(button)
            self.completion[kind] = button
            layout.addWidget(button)
        self.completion[self.module.completion.kind].setChecked(True)
        layout.addStretch(1)
        return page

    # Checking and saving -------------------------------------------------------------------
    def _fail(self, tab: QWidget, focus: QWidget, text: str) -> None:
        self.tabs.setCurrentWidget(tab)
        focus.setFocus()
        self.message.setText(text)
        self.message.show()

    def fields(self) -> dict[str, Any] | None:
        """Return the settings as shown, or None after showing what must be fixed first."""
        if not self.title.text().strip():
            self._fail(self.title.parentWidget(), self.title,
                       self.tr("Give the module a title."))
            return None
        rules, incomplete = self.rules.rules()
        if incomplete is not None:
            self.rules.selectRow(incomplete)
            self._fail(self.rules.parentWidget(), self.rules, self.tr(
                "Branching rule %1 is incomplete: choose a page, a question, an option where "
                "needed and the page to go to, or remove the rule.").replace(
                    "%1", str(incomplete + 1)))
            return None
        date = self.review_by.date()
        kind = next(k for k, button in self.completion.items() if button.isChecked())
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText(),
            "keywords": [k.strip() for k in self.keywords.text().split(",") if k.strip()],
            "language": self.language.currentData(),
            "owner": self.owner.text().strip(),
            "group_name": self.group.text().strip(),
            "version": self.version.value(),
            "review_by": None if self.no_review.isChecked() else dt.date(
                date.year(), date.month(), date.day()),
            "navigation": Navigation(
                mode=NavigationMode.FREE if self.free.isChecked() else NavigationMode.LINEAR,
                rules=rules, remediation=self.remediation.isChecked()),
            "completion": Completion(kind=kind),
            "assessment": self.quiz.assessment(),
        }

    def _unchanged(self, fields: dict[str, Any]) -> bool:
        m = self.module
        current = {"title": m.title, "description": m.description, "keywords": list(m.keywords),
                   "language": m.language, "owner": m.owner, "group_name": m.group_name,
                   "version": m.version, "review_by": m.review_by, "navigation": m.navigation,
                   "completion": m.completion, "assessment": m.assessment}
        return current == fields

    def _save(self) -> None:
        fields = self.fields()
        if fields is None:
            return
        if self._unchanged(fields):
            self.accept()
            return
        problems: list[str] = []

        def heard(text: str) -> None:
            problems.append(text)

        self.studio.failed.connect(heard)
        try:
            modules = self.studio.services.modules
            done = self.studio.do(self.tr("Change module settings"),
                                  lambda: modules.update(self.module_id, **fields))
        finally:
            self.studio.failed.disconnect(heard)
        if done is None:
            self._fail(self.tabs.currentWidget(), self.buttons, "\n".join(problems))
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, studio: Studio, module_id: uuid.UUID, parent: QWidget | None = None) -> bool:
        """Show the settings of a module; return whether a change was saved."""
        dialog = cls(studio, module_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved
