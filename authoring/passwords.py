"""Passwords Kiem keeps for the servers people connect to (the team hub, an LRS).

In the OS keyring where there is one (Windows, macOS, a desktop's Secret Service); otherwise
in a JSON file in the user's config folder that only they can read (mode 600). Each kind of
server has its own keyring service name and file, so that forgetting one touches no other.

Only a keyring the `keyring` library recommends counts (priority 1 or more): the plain-text
files of `keyrings.alt` are no safer than our own file and would be called "the system
keyring". The file also notes which keyring holds a password, so reading it back loads that
one keyring instead of discovering every installed backend (0.1 s of each `kiem sync`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from authoring.staging import staging_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PasswordKeep:
    """Where passwords of one kind of server are kept: a keyring service, else a file."""

    service: str  # the keyring entry's service name; the user name is the login's key
    file_name: str  # the fallback file in the user's config folder

    def path(self) -> Path:
        """The fallback file."""
        return Path(platformdirs.user_config_dir("kiem", appauthor=False)) / self.file_name

    def get(self, key: str) -> str | None:
        """The password kept under `key`, if any.

        The file first: it holds a password only when no keyring could take it, and putting
        one in a keyring replaces the file's copy with a note of which keyring, so the file's
        entry is always the latest. Then the keyring it names, and only then whatever keyring
        there is (a password kept before the file noted where, even in a keyring that is not
        recommended: an older Kiem put it there).
        """
        entry = self._read().get(key)
        if isinstance(entry, str):
            return entry
        named = entry.get("keyring") if isinstance(entry, dict) else None
        places = (lambda: _load(named) if isinstance(named, str) else None,
                  lambda: _keyring(recommended_only=False))
        for place in places:  # in turn: discovering every backend is the slow part
            ring = place()
            if ring is None:
                continue
            try:
                found = ring.get_password(self.service, key)
            except Exception:  # noqa: BLE001 - a locked or broken keyring: try the next
                found = None
            if found is not None:
                return str(found)
        return None

    def put(self, key: str, password: str) -> str:
        """Keep a password under `key`; return where, in words."""
        ring = _keyring()
        if ring is not None:
            try:
                ring.set_password(self.service, key, password)
            except Exception:  # noqa: BLE001 - a locked or broken keyring: use the file
                ring = None
            else:
                kept = self._read()
                kept[key] = {"keyring": f"{type(ring).__module__}.{type(ring).__qualname__}"}
                try:
                    self._write(kept)  # the note, and no older copy beside it
                except OSError:  # the keyring holds it: reading finds it there all the same
                    log.info("could not note in %s which keyring holds the password",
                             self.path())
                return "the system keyring"
        kept = self._read()
        kept[key] = password
        return str(self._write(kept))

    def _read(self) -> dict[str, Any]:
        try:
            kept = json.loads(self.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return kept if isinstance(kept, dict) else {}

    def _write(self, kept: dict[str, Any]) -> Path:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = staging_path(path)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(kept, fh, indent=1)
        os.replace(tmp, path)
        return path


def _keyring(*, recommended_only: bool = True) -> Any:  # noqa: ANN401 - a backend, or None
    """The OS keyring, or None where there is none (or it is broken, or not a real one)."""
    try:
        import keyring  # noqa: PLC0415 - only when a password is needed (start-up time)
        from keyring.backends import fail  # noqa: PLC0415
        from keyring.backends.chainer import ChainerBackend  # noqa: PLC0415
        from keyring.core import recommended  # noqa: PLC0415
    except ImportError:
        return None
    try:
        ring = keyring.get_keyring()
        if recommended_only and isinstance(ring, ChainerBackend):
            # Several backends chained: the first one recommended is where a password goes
            # (a chain of plain-text files only is no keyring).
            return next((r for r in ring.backends if recommended(r)), None)
        usable = recommended(ring) if recommended_only else not isinstance(ring, fail.Keyring)
        return ring if usable else None
    except Exception:  # noqa: BLE001 - a broken backend is no keyring
        return None


def _load(name: str) -> Any:  # noqa: ANN401 - a keyring backend, or None
    """The keyring backend of this class name (where a password was put), or None."""
    try:
        from keyring.core import load_keyring, recommended  # noqa: PLC0415

        ring = load_keyring(name)
        return ring if recommended(ring) else None
    except Exception:  # noqa: BLE001 - gone, not viable here, or broken: discover instead
        return None
