"""Tracking ids: the short, stable names blocks carry into suspend data and interaction ids."""

from __future__ import annotations

import secrets
from collections.abc import Set

ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0)
LENGTH = 8


def new_tracking_id(used: Set[str]) -> str:
    """Return a random tracking id not in `used` (ids of the module, tombstones included)."""
    while True:
        candidate = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        if candidate not in used:
            return candidate
