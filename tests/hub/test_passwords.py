"""Hub passwords are kept in the OS keyring where there is one, else in a file only I read.

No OS keyring answers on a headless test machine (no Secret Service on a session bus), so
`DesktopKeyring` stands in for one: a backend keyring recommends (priority 1), which is what
Windows', macOS' and the Secret Service backends are.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import platformdirs
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend, get_all_keyring
from keyring.backends import fail
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked
from keyrings.alt.file import PlaintextKeyring

from review.hub.connection import keep_password, kept_password

URL = "postgresql://kiem_p_ann_1a2b3c@db.example.org:5432/kiem"
KEY = "kiem_p_ann_1a2b3c@db.example.org:5432/kiem"  # what the password is kept under


class DesktopKeyring(KeyringBackend):
    """An OS keyring on this machine: what it holds outlives the object (as the OS's does).

    Viable only inside these tests: keyring's discovery considers every backend class ever
    defined, and must not pick this one for the rest of the test session.
    """

    held: ClassVar[dict[tuple[str, str], str]] = {}
    locked: ClassVar[bool] = False
    installed: ClassVar[bool] = False

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - keyring's class property
        if not DesktopKeyring.installed:
            raise RuntimeError("a stand-in for these tests only")
        return 1

    def get_password(self, service: str, username: str) -> str | None:
        return self.held.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if DesktopKeyring.locked:
            raise KeyringLocked("the keyring is locked")
        self.held[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.held.pop((service, username), None)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a keyring (a server, a bare container): keyring's fail backend."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    DesktopKeyring.held.clear()
    DesktopKeyring.locked = False
    DesktopKeyring.installed = True
    yield
    DesktopKeyring.installed = False
    keyring.set_keyring(before)


def test_without_a_keyring_the_password_goes_to_a_file_only_i_can_read(no_keyring) -> None:
    where = keep_password(URL, "ann-secret-1")
    path = Path(where)
    assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
    assert kept_password(URL) == "ann-secret-1"
    assert kept_password(URL.replace("ann", "ben")) is None
    keep_password(URL, "ann-secret-2")  # a new password replaces the old one
    assert kept_password(URL) == "ann-secret-2"


def test_with_a_keyring_the_password_goes_there_and_not_to_the_file(no_keyring) -> None:
    first = Path(keep_password(URL, "old-in-file"))  # kept before there was a keyring
    keyring.set_keyring(DesktopKeyring())
    assert keep_password(URL, "ann-secret-3") == "the system keyring"
    assert kept_password(URL) == "ann-secret-3"
    text = first.read_text()
    assert "old-in-file" not in text and "ann-secret-3" not in text
    assert json.loads(text) == {KEY: {"keyring": f"{__name__}.DesktopKeyring"}}


def test_the_keyring_that_holds_a_password_is_read_without_discovering_any(no_keyring) -> None:
    keyring.set_keyring(DesktopKeyring())
    keep_password(URL, "ann-secret-4")
    keyring.set_keyring(fail.Keyring())  # discovery would find nothing now
    assert kept_password(URL) == "ann-secret-4"  # the file names the keyring that holds it


def test_a_plain_text_keyring_is_not_the_system_keyring(no_keyring, tmp_path) -> None:
    ring = PlaintextKeyring()  # keyrings.alt: base64 in a file, priority 0.5
    ring.file_path = str(tmp_path / "ring.cfg")  # type: ignore[misc]
    keyring.set_keyring(ring)
    where = keep_password(URL, "ann-secret-5")
    assert where != "the system keyring" and Path(where).stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "ring.cfg").exists()
    assert kept_password(URL) == "ann-secret-5"


def test_a_password_put_in_the_file_while_the_keyring_was_locked_wins(no_keyring) -> None:
    keyring.set_keyring(DesktopKeyring())
    keep_password(URL, "ann-old")
    DesktopKeyring.locked = True  # the old one stays in the keyring; the new one goes to the file
    assert keep_password(URL, "ann-new") != "the system keyring"
    assert kept_password(URL) == "ann-new"


def test_a_password_an_older_kiem_kept_in_the_keyring_is_still_found(no_keyring) -> None:
    keyring.set_keyring(DesktopKeyring())
    DesktopKeyring.held[("kiem-hub", KEY)] = "ann-6"
    assert kept_password(URL) == "ann-6"


def test_a_password_an_older_kiem_kept_in_a_plain_text_keyring_is_read(no_keyring,
                                                                        tmp_path) -> None:
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "ring.cfg")  # type: ignore[misc]
    ring.set_password("kiem-hub", KEY, "ann-7")
    keyring.set_keyring(ring)
    assert kept_password(URL) == "ann-7"
    keep_password(URL, "ann-8")  # kept again: into our own file now
    assert kept_password(URL) == "ann-8"


def test_a_chain_of_keyrings_keeps_the_password_in_its_real_one(no_keyring) -> None:
    get_all_keyring.reset()  # discovered once per process: now, with the stand-in viable
    keyring.set_keyring(ChainerBackend())  # several backends: the OS's and keyrings.alt's
    assert keep_password(URL, "ann-9") == "the system keyring"
    assert DesktopKeyring.held[("kiem-hub", KEY)] == "ann-9"
    note = json.loads(Path(platformdirs.user_config_dir("kiem", appauthor=False),
                           "hub-passwords.json").read_text())
    assert note == {KEY: {"keyring": f"{__name__}.DesktopKeyring"}}
    DesktopKeyring.installed = False  # a chain of plain-text files only: no keyring
    get_all_keyring.reset()
    keyring.set_keyring(ChainerBackend())
    where = keep_password(URL, "ann-10")
    assert where != "the system keyring" and kept_password(URL) == "ann-10"
