"""Small helpers the review screens share: flat lists sized to their rows, dates, names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidget, QTreeWidget

from app.gui import i18n
from review.state import GroupState


def tree(*headers: str) -> QTreeWidget:
    """A flat, single-selection list with these column headers, the first one stretching."""
    view = QTreeWidget()
    view.setHeaderLabels(list(headers))
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def fit_rows(view: QTreeWidget | QListWidget, least: int = 2, most: int = 8) -> None:
    """Make a list as tall as its rows (between `least` and `most` of them), no taller."""
    rows = view.topLevelItemCount() if isinstance(view, QTreeWidget) else view.count()
    row = view.sizeHintForRow(0) if rows else view.fontMetrics().height() + 10
    header = (view.header().sizeHint().height()
              if isinstance(view, QTreeWidget) and not view.isHeaderHidden() else 0)
    view.setFixedHeight(header + row * max(least, min(rows, most)) + 2 * view.frameWidth())


def short_date(day: dt.date) -> str:
    """Return a date in the person's short format."""
    # "31 Oct 2026" in the interface's language: unambiguous, unlike the locale's short
    # format (which the C locale renders "31 10 2026").
    return QLocale().toString(QDate(day.year, day.month, day.day), i18n.day_format())


def person(state: GroupState, email: str) -> str:
    """Return a member's name (their email when the roster has no name)."""
    member = state.members.get(email)
    return member.name if member is not None and member.name else email
