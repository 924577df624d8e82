"""The team hub dialog: connect, found, join, follow; a real server, work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.hub_dialog import HubDialog
from authoring.services import Services
from authoring.workspace import Workspace
from review.service import ReviewService
from tests.hubs import PASSWORDS, Hub


@pytest.fixture
def hub(pg_server, hub_db: str) -> Hub:
    """A fresh hub: Help desk (Ben, lead Cem), Payroll (Dia); Ann is its admin."""
    return Hub(pg_server, hub_db)


def laptop(tmp_path: Path, template: Path, who: str) -> ReviewService:
    """A person's own workspace with their identity set."""
    import shutil  # noqa: PLC0415

    path = tmp_path / f"{who}.kiemdb"
    shutil.copyfile(template, path)
    review = ReviewService(Services(Workspace.open(path)))
    review.set_me(who.title(), f"{who}@example.org")
    return review


def address(hub: Hub, email: str) -> str:
    """A person's hub address, without password."""
    return f"postgresql://{hub.roles.person(email)}@127.0.0.1:{hub.server.port}/{hub.database}"


def connect(qtbot, hub: Hub, review: ReviewService, email: str,
            password: str | None = None) -> HubDialog:
    """Open the dialog, type the address and password, press Connect, wait for the answer."""
    dialog = HubDialog(review)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.address.setText(address(hub, email))
    qtbot.keyClicks(dialog.password, password or PASSWORDS[email])
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.status.text() != "Connecting…",
                    timeout=15_000)
    return dialog


def choose(dialog: HubDialog, name: str) -> None:
    """Select a group of the list by name."""
    for row in range(dialog.groups.count()):
        if dialog.groups.item(row).text().startswith(name):
            dialog.groups.setCurrentRow(row)
            return
    raise AssertionError(f"{name} not listed")


def press(qtbot, dialog: HubDialog, button, words: str) -> None:
    """Click a button and wait until the job says it is done."""
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15_000)
    assert words in dialog.status.text()


def test_a_lead_founds_a_member_joins_an_admin_follows(qtbot, hub: Hub, tmp_path: Path,
                                                      _template_workspace: Path) -> None:
    cem = laptop(tmp_path, _template_workspace, "cem")
    dialog = connect(qtbot, hub, cem, "cem@example.org")
    assert "1 group" in dialog.status.text() and dialog.password.text() == ""
    choose(dialog, "Help desk")
    press(qtbot, dialog, dialog.found_button, "Founded")
    assert [g.name for g in cem.groups()] == ["Help desk"]
    assert not dialog.join_button.isEnabled()  # already in this workspace

    ben = laptop(tmp_path, _template_workspace, "ben")
    dialog = connect(qtbot, hub, ben, "ben@example.org")
    choose(dialog, "Help desk")
    press(qtbot, dialog, dialog.join_button, "Asked to join")
    assert ben.groups()[0].folder == address(hub, "ben@example.org")  # no password in it

    ann = laptop(tmp_path, _template_workspace, "ann")
    dialog = connect(qtbot, hub, ann, "ann@example.org")
    assert dialog.groups.count() == 2  # the admin sees every group
    press(qtbot, dialog, dialog.follow_button, "Following")
    assert [g.name for g in ann.groups()] == ["Help desk"]  # Payroll is not founded yet
    for review in (cem, ben, ann):
        review.services.workspace.close()


def test_a_wrong_password_is_said_and_nothing_is_kept(qtbot, hub: Hub, tmp_path: Path,
                                                     _template_workspace: Path) -> None:
    from review.hub.connection import kept_password  # noqa: PLC0415

    dia = laptop(tmp_path, _template_workspace, "dia")
    dialog = connect(qtbot, hub, dia, "dia@example.org", "not-her-password")
    assert "did not accept the user name or password" in dialog.status.text()
    assert dialog.groups.count() == 0
    assert kept_password(address(hub, "dia@example.org")) is None
    dia.services.workspace.close()
