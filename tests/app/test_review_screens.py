"""Screenshots of the review screens (inbox, groups, submit, approved and stale), light and dark,
and in French and German, whose longer words must not be cut off.

Set KIEM_SCREENSHOTS to a folder to keep them (they are looked at, not compared).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.gui import theme
from app.gui.main_window import MainWindow
from authoring import blocks as b
from authoring.kinds import BlockKind
from review.state import Role, Verdict
from tests.app.languages import SHOWN_LANGUAGES, cut_short, speaking


def _people():  # imported by path: the tests folder is not a package
    name = "kiem_review_people"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "review" / "people.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


people = _people()


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def restored_theme():
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    yield app
    app.setPalette(palette)
    app.setStyle(style)


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def _save(widget: QWidget, name: str, tmp_path: Path) -> None:
    image = widget.grab().toImage()
    path = tmp_path / f"{name}.png"
    assert image.save(str(path))
    assert _colours(image) > 3, f"{name} looks blank"
    keep = os.environ.get("KIEM_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(keep) / path.name)
    assert not cut_short(widget), f"{name}: " + "; ".join(cut_short(widget))


@pytest.mark.parametrize(("theme_name", "language"), [
    ("light", "en"), ("dark", "en"), *(("light", language) for language in SHOWN_LANGUAGES)])
def test_review_screens(qtbot, tmp_path, _template_workspace, restored_theme, theme_name,
                        language):
    theme.apply(restored_theme, theme_name)
    with speaking(language):
        _review_screens(qtbot, tmp_path, _template_workspace, f"{theme_name}-{language}")


def _review_screens(qtbot, tmp_path, _template_workspace, theme_name: str) -> None:
    folder, (ann, ben, cem, dan) = people.team(tmp_path, _template_workspace,
                                               "Ann", "Ben", "Cem", "Dan")
    windows = []
    try:
        ann.review.set_role("cem@example.com", Role.ADMIN)
        guide = ann.write_module("Check a link before you click")
        ann.review.submit(guide, reviewers=["ben@example.com"], note="First version",
                          due=people.START.date() + dt.timedelta(days=4))
        late = ann.write_module("Lock your screen")
        ann.review.submit(late, reviewers=["ben@example.com"],
                          due=people.START.date() + dt.timedelta(days=1))
        ann.clock.advance(days=3)  # the guide is due tomorrow now, the other one overdue
        old = ann.write_module("Safe browsing")
        request = ann.review.submit(old, reviewers=["cem@example.com"])
        ben.review.sync()
        mine = ben.write_module("Strong passwords")
        mine_request = ben.review.submit(mine, reviewers=["cem@example.com", "dan@example.com"])
        cem.review.sync()
        cem.review.finish(str(mine_request.id), Verdict.APPROVE)
        cem.review.finish(str(request.id), Verdict.APPROVE)
        dan.review.set_away(True)
        eve = people.Person("Eve", "eve@example.com", tmp_path / "eve.kiemdb", ann.clock)
        eve.review.join_group(folder)
        for person in (ann, ben, cem):
            person.review.sync()

        settings = QSettings(str(tmp_path / "kiem.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ben.services, settings, review=ben.review)
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        window.reviews.sync.sync_now()
        window.reviews.show_inbox()
        qtbot.wait(50)
        _save(window, f"inbox-{theme_name}", tmp_path)

        lead = MainWindow(ann.services, settings, review=ann.review)
        windows.append(lead)
        qtbot.addWidget(lead)
        groups = lead.reviews.show_groups()
        qtbot.addWidget(groups)
        qtbot.waitExposed(groups)
        _save(groups, f"groups-{theme_name}", tmp_path)
        groups.reject()

        broken = ann.write_module("Report a phishing mail")
        page = ann.services.modules.snapshot(broken).pages[0].id
        ann.services.blocks.add(page, BlockKind.IMAGE, b.ImageData())
        for module_id, name in ((ann.write_module("Clean desk"), "submit"),
                                (broken, "submit-errors")):
            dialog = lead.reviews.submit_for_review(module_id)
            qtbot.addWidget(dialog)
            qtbot.waitExposed(dialog)
            _save(dialog, f"{name}-{theme_name}", tmp_path)
            dialog.reject()

        admin = MainWindow(cem.services, settings, review=cem.review)
        windows.append(admin)
        qtbot.addWidget(admin)
        admin.resize(1100, 700)
        admin.show()
        qtbot.waitExposed(admin)
        cem.review.publish(str(old))
        cem.clock.advance(days=400)
        admin.reviews.sync.sync_now()
        admin.reviews.show_admin()
        qtbot.wait(50)
        _save(admin, f"admin-{theme_name}", tmp_path)
        eve.close()
    finally:
        for w in windows:
            w.close()
        for person in (ann, ben, cem, dan):
            person.close()
