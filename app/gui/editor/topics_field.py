"""A page's topics, typed comma-separated under its title.

After a failed test, remediation sends learners to pages whose topics match the tags of the
questions they missed; so the field suggests those tags and says when a topic matches none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from app.gui import i18n
from app.gui.editor.questions.question_form import parse_tags
from authoring.snapshot import ModuleSnap, PageSnap

Role = QPalette.ColorRole


def question_tags(module: ModuleSnap) -> list[str]:
    """Return the tags of the module's questions and of the banks it draws from, once each."""
    banked = (q for bank in module.banks for q in bank.questions)
    return list(dict.fromkeys(t for q in (*module.questions, *banked) for t in q.tags))


class TopicCompleter(QCompleter):
    """Completes the topic after the last comma and keeps the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        """Match only the topic being typed."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        """Put the chosen topic in place of the one being typed."""
        # The prefix, not the field: highlighting a suggestion already rewrote the field.
        typed = self.completionPrefix()
        done = typed.rsplit(",", 1)[0].rstrip() + ", " if "," in typed else ""
        return done + str(index.data())


class TopicsEdit(QLineEdit):
    """The line itself; the Down key lists every suggestion."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Open the suggestions on Down, as a combo box would."""
        completer = self.completer()
        if (event.key() == Qt.Key.Key_Down and completer is not None
                and not completer.popup().isVisible()):
            completer.setCompletionPrefix(self.text())
            completer.complete()
            return
        super().keyPressEvent(event)


class TopicsField(QWidget):
    """The "Topics" label and line; `committed(topics)` when an edit of them is finished."""

    committed = Signal(object)  # tuple[str, ...]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicsField")
        self._pending = False
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        self.label = QLabel(self.tr("Topics"), self)
        self.label.setObjectName("topicsLabel")
        self.edit = TopicsEdit(self)
        self.edit.setObjectName("pageTopics")
        self.label.setBuddy(self.edit)
        self.edit.setPlaceholderText(self.tr("What this page teaches, e.g. passwords, links"))
        self.edit.setAccessibleName(self.tr("Page topics"))
        self.edit.setToolTip(self.tr(
            "Topics of this page, separated by commas. After a failed test, learners are sent "
            "back to pages whose topics match the questions they missed, so use the same words "
            "as the question tags. Press Down to see the tags already in use."))
        self.model = QStringListModel(self)
        self.completer = TopicCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        self.edit.setCompleter(self.completer)
        self.hint = QLabel(self)
        self.hint.setObjectName("topicsHint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.edit, 0, 1)
        layout.addWidget(self.hint, 1, 1)  # under the topics, not under "Topics"
        layout.setColumnStretch(1, 1)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self.commit)
        self._restyle()

    @property
    def pending(self) -> bool:
        """True when typed topics wait to be committed."""
        return self._pending

    def topics(self) -> tuple[str, ...]:
        """Return the topics as typed: trimmed, without repeats."""
        return parse_tags(self.edit.text())

    def commit(self) -> None:
        """Emit `committed` with the typed topics, if they were edited since the last time."""
        if self._pending:
            self._pending = False
            self.committed.emit(self.topics())

    def _edited(self) -> None:
        self._pending = True

    def show_topics(self, page: PageSnap, module: ModuleSnap) -> None:
        """Show the page's topics (unless typing waits), the suggestions and what matches none."""
        shown = ", ".join(page.topics)
        if not self._pending and self.edit.text() != shown:
            self.edit.setText(shown)
        tags = question_tags(module)
        others = (t for p in module.pages if p.id != page.id for t in p.topics)
        suggestions = sorted(dict.fromkeys((*tags, *others)), key=i18n.sort_key())
        if self.model.stringList() != suggestions:
            self.model.setStringList(suggestions)
        missing = [t for t in page.topics if t not in tags]
        if missing:
            names = ", ".join(f"“{t}”" for t in missing)
            self.hint.setText(self.tr("No question is tagged {topics} yet.").format(topics=names))
        self.hint.setVisible(bool(missing))

    def _restyle(self) -> None:
        palette = self.palette()
        muted, line = palette.color(Role.PlaceholderText).name(), palette.color(Role.Mid).name()
        accent = palette.color(Role.Highlight).name()
        sheet = f"""
QLabel#topicsLabel {{ color: {muted}; font-size: 12px; font-weight: 600; }}
QLabel#topicsHint {{ color: {muted}; font-size: 12px; }}
QLineEdit#pageTopics {{
    background: transparent; border: none; border-bottom: 1px solid {line}; padding: 3px 2px;
}}
QLineEdit#pageTopics:focus {{ border-bottom: 1px solid {accent}; }}
"""
        if sheet != self.styleSheet():  # setting it sends events of its own: no loops
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow a switch between the light and the dark theme."""
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
