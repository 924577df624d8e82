"""The team hub in the studio: connect once, then join, found, move or follow its groups.

Everything that talks to the hub runs off the GUI thread (a job on its own connection to the
workspace, as the background sync does): a slow or unreachable server never freezes the
window. The password is kept in a file only this user can read, never shown again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.library_model import styled

if TYPE_CHECKING:
    from app.gui.worker import Job
    from review.service import ReviewService

GROUP_ROLE = Qt.ItemDataRole.UserRole


class HubDialog(QDialog):
    """Connect to a hub and bring its groups into this workspace."""

    changed = Signal()  # groups of the workspace changed: the window re-syncs

    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        from review.hub.connection import default_hub  # noqa: PLC0415 - psycopg when needed

        super().__init__(parent)
        self.review = review
        self.job: Job | None = None
        self.hub_groups: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Team hub"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A team hub keeps your groups on the team's PostgreSQL server. "
                               "Ask your admin for its address; your password is kept on "
                               "this computer, readable by you only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(default_hub() or "")
        self.address.setPlaceholderText(self.tr("postgresql://you@server.example.org/kiem"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only when connecting for the first time"))
        form.addRow(self.tr("Hub address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.connect_hub)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(styled(QLabel(self.tr("Groups on the hub")), bold=True))
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups on the hub"))
        self.groups.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.groups, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Join"))
        self.found_button = QPushButton(self.tr("Found it (you lead it)"))
        self.move_button = QPushButton(self.tr("Move my group here"))
        self.follow_button = QPushButton(self.tr("Follow every group (admins)"))
        for button, action in ((self.join_button, self.join), (self.found_button, self.found),
                               (self.move_button, self.move), (self.follow_button, self.follow)):
            button.clicked.connect(action)
            button.setEnabled(False)
            row.addWidget(button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- talking to the hub, off the GUI thread ------------------------------------------------
    def _start(self, busy: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        from app.gui.worker import Job  # noqa: PLC0415

        self.status.setText(busy)
        for button in (self.connect_button, self.join_button, self.found_button,
                       self.move_button, self.follow_button):
            button.setEnabled(False)
        job = Job(lambda _progress: work(), self)
        job.finished.connect(lambda result: self._finished(done, result))
        job.failed.connect(lambda exc, _trace: self._failed(exc))
        self.job = job
        job.start()

    def _finished(self, done: Callable[[Any], None], result: object) -> None:
        self.job = None
        self.connect_button.setEnabled(True)
        done(result)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.connect_button.setEnabled(True)
        self.status.setText(self.tr("Not done: %1").replace("%1", str(exc)))
        self._update_buttons()

    def _in_workspace(self, work: Callable[[ReviewService], Any]) -> Callable[[], Any]:
        """Run review work on a second connection to the workspace (as the sync does)."""
        path = self.review.services.workspace.path
        clock = self.review.clock

        def run() -> object:
            from authoring.services import Services  # noqa: PLC0415
            from authoring.workspace import Workspace  # noqa: PLC0415
            from review.service import ReviewService  # noqa: PLC0415

            with Workspace.open(path, create=False) as workspace:
                return work(ReviewService(Services(workspace), clock=clock))
        return run

    # -- actions ---------------------------------------------------------------------------------
    def connect_hub(self) -> None:
        """Check the login, keep the password and address, and list the hub's groups."""
        from review.hub.admin import HubAdmin  # noqa: PLC0415
        from review.hub.connection import (  # noqa: PLC0415
            keep_password,
            set_default_hub,
            with_password,
            without_password,
        )

        url = without_password(self.address.text().strip())
        password = self.password.text()

        def work() -> list[dict[str, Any]]:
            groups = HubAdmin(with_password(url, password) if password else url).groups()
            if password:
                keep_password(url, password)
            set_default_hub(url)
            return groups

        self.password.clear()
        self._start(self.tr("Connecting…"), work, self._listed)

    def _listed(self, groups: list[dict[str, Any]]) -> None:
        self.hub_groups = groups
        mine = {g.id: g for g in self.review.groups()}
        self.groups.clear()
        for group in groups:
            gid = uuid.UUID(group["id"])
            here = mine.get(gid)
            where = ("" if here is None else self.tr(" — on this hub") if
                     here.folder.startswith("postgresql") else self.tr(" — in a shared folder"))
            count = len(group["members"])
            label = (self.tr("%1 (1 member)") if count == 1 else self.tr("%1 (%2 members)"))
            item = QListWidgetItem(label.replace("%1", group["name"])
                                   .replace("%2", str(count)) + where)
            item.setData(GROUP_ROLE, gid)
            self.groups.addItem(item)
        self.status.setText(self.tr("Connected: %n group(s) you may see.", "", len(groups)))

    def _selected(self) -> uuid.UUID | None:
        item = self.groups.currentItem()
        return item.data(GROUP_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        gid = self._selected()
        mine = {g.id: g for g in self.review.groups()}
        here = mine.get(gid) if gid else None
        idle = self.job is None
        self.join_button.setEnabled(idle and gid is not None and here is None)
        self.found_button.setEnabled(idle and gid is not None and here is None)
        self.move_button.setEnabled(idle and here is not None
                                    and not here.folder.startswith("postgresql"))
        self.follow_button.setEnabled(idle and bool(self.hub_groups))

    def _url(self) -> str:
        from review.hub.connection import without_password  # noqa: PLC0415

        return without_password(self.address.text().strip())

    def _after(self, text: str) -> Callable[[Any], None]:
        def done(_result: object) -> None:
            self._listed(self.hub_groups)  # what is in this workspace now
            self.status.setText(text)
            self.changed.emit()
        return done

    def join(self) -> None:
        """Join the selected group (a lead confirms me at their next sync)."""
        gid, url = self._selected(), self._url()
        self._start(self.tr("Joining…"), self._in_workspace(
            lambda r: r.join_hub_group(url, gid)),
            self._after(self.tr("Asked to join; a lead of the group confirms you.")))

    def found(self) -> None:
        """Found the selected group (an admin made it for me to lead)."""
        gid, url = self._selected(), self._url()
        name = next(g["name"] for g in self.hub_groups if g["id"] == str(gid))
        self._start(self.tr("Founding…"), self._in_workspace(
            lambda r: r.found_hub_group(url, gid, name)),
            self._after(self.tr("Founded: you lead it. Its members can join now.")))

    def move(self) -> None:
        """Let my folder group live on the hub its history was moved to."""
        gid, url = self._selected(), self._url()
        self._start(self.tr("Moving…"), self._in_workspace(lambda r: r.move_to_hub(url, gid)),
                    self._after(self.tr("Moved: the group syncs through the hub from now on.")))

    def follow(self) -> None:
        """Follow every group I may read (admins: all) without joining each."""
        url = self._url()
        ids = [uuid.UUID(g["id"]) for g in self.hub_groups]
        self._start(self.tr("Following…"), self._in_workspace(lambda r: r.follow_hub(url, ids)),
                    self._after(self.tr("Following every group you may read.")))
