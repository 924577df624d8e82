"""Passwords Kiem keeps for the servers people connect to (the team hub, an LRS).

In the OS keyring where there is one (Windows, macOS, a desktop's Secret Service); otherwise
in a JSON file in the user's config folder that only they can read (mode 600). Each kind of
server has its own keyring service name and file, so that forgetting one touches no other.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from authoring.staging import staging_path


@dataclass(frozen=True)
class PasswordKeep:
    """Where passwords of one kind of server are kept: a keyring service, else a file."""

    service: str  # the keyring entry's service name; the user name is the login's key
    file_name: str  # the fallback file in the user's config folder

    def path(self) -> Path:
        """The fallback file."""
        return Path(platformdirs.user_config_dir("kiem", appauthor=False)) / self.file_name

    def get(self, key: str) -> str | None:
        """The password kept under `key` (keyring first, then the file), if any."""
        ring = _keyring()
        if ring is not None:
            try:
                found = ring.get_password(self.service, key)
            except Exception:  # noqa: BLE001 - a locked or broken keyring: try the file
                found = None
            if found is not None:
                return str(found)
        value = self._read().get(key)
        return value if isinstance(value, str) else None

    def put(self, key: str, password: str) -> str:
        """Keep a password under `key`; return where, in words."""
        ring = _keyring()
        if ring is not None:
            try:
                ring.set_password(self.service, key, password)
            except Exception:  # noqa: BLE001 - a locked or broken keyring: use the file
                ring = None
            else:
                self._forget_in_file(key)
                return "the system keyring"
        kept = self._read()
        kept[key] = password
        return str(self._write(kept))

    def _forget_in_file(self, key: str) -> None:
        """Drop an older copy from the file once the keyring holds the password."""
        if kept := self._read():
            if kept.pop(key, None) is not None:
                self._write(kept)

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


def _keyring() -> Any:  # noqa: ANN401 - the keyring module, or None
    """The OS keyring, or None where there is none (or it is broken)."""
    try:
        import keyring  # noqa: PLC0415 - only when a password is needed (start-up time)
        from keyring.backends import fail  # noqa: PLC0415
    except ImportError:
        return None
    try:
        usable = not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001 - a broken backend is no keyring
        return None
    return keyring if usable else None
