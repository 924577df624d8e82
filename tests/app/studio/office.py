"""People sharing a group folder, each with a studio window on their own workspace."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from app.gui.main_window import MainWindow


def _people():  # imported by path: the tests folder is not a package
    name = "kiem_review_people"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[2] / "review" / "people.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


people = _people()
TODAY = people.START.date()


class Office:
    """People sharing a group folder, each with a studio window on their own workspace."""

    def __init__(self, qtbot, tmp_path: Path, template: Path, settings: QSettings) -> None:
        self.qtbot, self.tmp_path, self.template, self.settings = (qtbot, tmp_path, template,
                                                                   settings)
        self.windows: list[MainWindow] = []
        self.people: list = []
        self.folder = Path()

    def team(self, *names: str) -> list:
        self.folder, self.people = people.team(self.tmp_path, self.template, *names)
        return self.people

    def window(self, person) -> MainWindow:
        window = MainWindow(person.services, self.settings, review=person.review)
        self.qtbot.addWidget(window)
        self.windows.append(window)
        return window

    def close(self) -> None:
        for window in self.windows:  # before the workspaces close
            window.close()
        for person in self.people:
            person.close()


def select(window: MainWindow, module_id) -> None:
    """Select a module in the library (as a person clicking it)."""
    window.show_home()
    window.library.refresh()
    window.library.select([module_id])
    assert window.library.selected_ids() == [module_id]
