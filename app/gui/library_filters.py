"""The library's search box, status and group filters and sort choice, kept in step.

Typing is debounced (150 ms) before `changed` fires; while a search is typed, "Best match
first" is offered and chosen, and it goes away with the search.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.gui.library_controller import STALE_FILTER
from app.gui.library_model import Column, LibraryModel
from authoring.kinds import ModuleStatus

SORTS = {"best": (-1, Qt.SortOrder.AscendingOrder),
         "changed": (int(Column.CHANGED), Qt.SortOrder.DescendingOrder),
         "title": (int(Column.TITLE), Qt.SortOrder.AscendingOrder)}


class LibraryFilters(QObject):
    """Owns the search box and the three combo boxes; the view places them."""

    changed = Signal()  # the search or a filter changed: re-query
    sort_changed = Signal(int, Qt.SortOrder)  # column (-1: best match first) and order

    def __init__(self, model: LibraryModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._groups: list[str] = []
        self.debounce = QTimer(self, singleShot=True, interval=150)
        self.debounce.timeout.connect(self.changed)
        self.search = QLineEdit(parent)
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumSize(360, 34)
        self.search.setAccessibleName(self.tr("Search modules"))
        self.search.textChanged.connect(self._typed)
        self.status = QComboBox(parent)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in ModuleStatus:
            self.status.addItem(model.status_label(status), status)
        self.status.addItem(model.stale_label(), STALE_FILTER)
        self.group = QComboBox(parent)
        self.group.setAccessibleName(self.tr("Filter by group"))
        self.group.addItem(self.tr("All groups"), None)
        self.group.hide()  # until there are groups
        self.sort = QComboBox(parent)
        self.sort.setAccessibleName(self.tr("Sort by"))
        self.sort.addItem(self.tr("Newest change first"), "changed")
        self.sort.addItem(self.tr("Title A–Z"), "title")
        for combo in self.combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumHeight(30)
        self.status.currentIndexChanged.connect(self.changed)
        self.group.currentIndexChanged.connect(self.changed)
        self.sort.activated.connect(lambda _i: self.set_sort(self.sort.currentData()))

    def combos(self) -> list[QComboBox]:
        """Return the status, group and sort boxes, in the order they are shown."""
        return [self.status, self.group, self.sort]

    def text(self) -> str:
        """Return the search text."""
        return self.search.text()

    def status_choice(self) -> ModuleStatus | str | None:
        """Return the chosen status, "stale" for overdue reviews, or None for all."""
        return self.status.currentData()

    def group_choice(self) -> str | None:
        """Return the chosen group, or None for all."""
        return self.group.currentData()

    def filtered(self) -> bool:
        """True when a search or a filter narrows the list."""
        return bool(self.text().strip()) or self.status.currentIndex() > 0 or (
            self.group.currentIndex() > 0)

    def set_groups(self, groups: list[str]) -> None:
        """Offer these groups (keeping the choice when it still exists)."""
        if groups != self._groups:
            current = self.group.currentData()
            self._groups = groups
            self.group.blockSignals(True)
            while self.group.count() > 1:
                self.group.removeItem(1)
            for name in groups:
                self.group.addItem(name, name)
            self.group.setCurrentIndex(max(0, self.group.findData(current)))
            self.group.blockSignals(False)
        self.group.setVisible(bool(groups))

    def clear(self) -> None:
        """Empty the search and reset the filters; `changed` fires once."""
        for combo in (self.status, self.group):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self.debounce.stop()
        self.changed.emit()

    def set_sort(self, key: str, *, announce: bool = True) -> None:
        """Choose a sort ("best", "changed" or "title") and announce it."""
        self.sort.setCurrentIndex(self.sort.findData(key))
        if announce:
            self.sort_changed.emit(*SORTS[key])

    def sorted_by(self, column: int, order: Qt.SortOrder) -> None:
        """Show the sort chosen elsewhere (a column header); blank when it is none of ours."""
        key = next((k for k, v in SORTS.items() if v == (column, order)), None)
        self.sort.setCurrentIndex(self.sort.findData(key) if key else -1)

    def _typed(self, text: str) -> None:
        has_best = self.sort.itemData(0) == "best"
        if text.strip() and not has_best:
            self.sort.insertItem(0, self.tr("Best match first"), "best")
            self.set_sort("best")
        elif not text.strip() and has_best:
            was_best = self.sort.currentIndex() == 0
            self.sort.removeItem(0)
            if was_best:
                self.set_sort("changed")
        self.debounce.start()
