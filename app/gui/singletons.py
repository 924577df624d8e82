"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 hands back None (from calls that return nothing) and True (from `Signal.emit`)
without taking a reference to it; harmless from Python 3.12 on, where these objects are
immortal. On 3.11 every such call costs the object one reference: True has only a few hundred
to spare, so a few hundred emitted signals later (or at exit) Python aborts with "deallocating
True or False"; None lasts some tens of thousands of calls. Giving each a vast reference count
once makes them as immortal as 3.12 does; they are never freed in any case, so nothing else
changes.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # more returns than a session could make in centuries


def keep_singletons_alive() -> None:
    """Raise the reference counts of None, True and False by HEADROOM (Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return  # immortal already
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # PyObject's first field
        if refcount.value < HEADROOM:
            refcount.value += HEADROOM
