"""Hub passwords are kept in the OS keyring where there is one, else in a file only I read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from review.hub.connection import keep_password, kept_password

URL = "postgresql://kiem_p_ann_1a2b3c@db.example.org:5432/kiem"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a keyring (a server, a bare container): keyring's fail backend."""
    from keyring.backends import fail  # noqa: PLC0415

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_without_a_keyring_the_password_goes_to_a_file_only_i_can_read(no_keyring) -> None:
    where = keep_password(URL, "ann-secret-1")
    path = Path(where)
    assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
    assert kept_password(URL) == "ann-secret-1"
    assert kept_password(URL.replace("ann", "ben")) is None
    keep_password(URL, "ann-secret-2")  # a new password replaces the old one
    assert kept_password(URL) == "ann-secret-2"


def test_with_a_keyring_the_password_goes_there_and_not_to_the_file(no_keyring, tmp_path,
                                                                    ) -> None:
    first = Path(keep_password(URL, "old-in-file"))  # kept before there was a keyring
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "ring.cfg")  # type: ignore[misc]
    keyring.set_keyring(ring)
    assert keep_password(URL, "ann-secret-3") == "the system keyring"
    assert kept_password(URL) == "ann-secret-3"
    assert "old-in-file" not in first.read_text() and "ann-secret-3" not in first.read_text()
