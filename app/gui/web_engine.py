"""QtWebEngine (the live preview and review mode), started so it runs for root and for users.

Chromium refuses to start as root with its sandbox, and without unprivileged user namespaces
its sandbox cannot start at all; either way QtWebEngine ends the whole process with one line on
stderr. Kiem turns the sandbox off in just those cases, before the engine is loaded. The
engine only ever shows Kiem's own player and pages exported from the workspace (raw HTML is
never rendered), from local files, with no network.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

SANDBOX_VARIABLE = "QTWEBENGINE_DISABLE_SANDBOX"
# Kernel switches under which unprivileged user namespaces (the sandbox's basis) are off.
_NAMESPACES_OFF = (
    ("/proc/sys/kernel/unprivileged_userns_clone", "0"),  # Debian's switch
    ("/proc/sys/user/max_user_namespaces", "0"),
    ("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1"),  # Ubuntu 24.04 and on
)


class EngineUnavailable(Exception):
    """QtWebEngine cannot be loaded here; the message says why, for the user."""


def sandbox_blocker() -> str:
    """Why Chromium's sandbox cannot run for this process, or "" when it can."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return "Kiem runs as root"
    for path, off in _NAMESPACES_OFF:
        try:
            if Path(path).read_text(encoding="ascii").strip() == off:
                return f"user namespaces are off ({path} is {off})"
        except (OSError, UnicodeDecodeError):
            continue
    return ""


def prepare() -> None:
    """Turn Chromium's sandbox off where it cannot start; call before QtWebEngine loads.

    A value the user set for the variable is kept.
    """
    if SANDBOX_VARIABLE not in os.environ and sandbox_blocker():
        os.environ[SANDBOX_VARIABLE] = "1"


def widgets() -> ModuleType:
    """Return PySide6.QtWebEngineWidgets, loaded after prepare(); raise EngineUnavailable."""
    prepare()
    try:
        return importlib.import_module("PySide6.QtWebEngineWidgets")  # slow: when first needed
    except ImportError as exc:  # a missing system library, or a PySide6 without the engine
        raise EngineUnavailable(str(exc)) from exc
