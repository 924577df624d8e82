"""Keep None alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 hands back None without taking a reference to it (harmless from Python 3.12 on,
where None is immortal). On 3.11 every such call costs None one reference, and after some
tens of thousands of calls (a few seconds of repainting a list) Python aborts with
"deallocating None". Giving None a vast reference count once makes it as immortal as 3.12
does; None is never freed in any case, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # more returns than a session could make in centuries


def keep_none_alive() -> None:
    """Raise None's reference count by HEADROOM on Pythons where None is not immortal."""
    if sys.version_info >= (3, 12):
        return  # immortal already
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
