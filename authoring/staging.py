"""Files written under a temporary name beside their target, and what killed runs left behind.

Kiem writes `.NAME.PID.kiem-tmp` (a replaced folder waits as `.NAME.PID.kiem-old`) and moves
it into place. When a run is killed half way, the next one that writes the same target removes
the leftovers of processes that are gone, and nothing else: a name Kiem did not make is never
touched.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.kiem-(tmp|old)$")


def staging_path(target: Path, kind: str = "tmp") -> Path:
    """The temporary name this process writes `target` under (`kind`: "tmp" or "old")."""
    return target.with_name(f".{target.name}.{os.getpid()}.kiem-{kind}")


def clear_leftovers(target: Path, *, family: bool = False) -> list[Path]:
    """Remove what killed runs left while writing `target`; return what was removed.

    With `family`, also the leftovers of names that start with `target`'s and a dot (the
    workspace's timestamped backups, `ws.kiemdb.20261207-101500.bak`).
    """
    removed = []
    try:
        siblings = list(target.parent.iterdir())
    except OSError:
        return removed
    for path in siblings:
        match = _LEFTOVER.match(path.name)
        if match is None or alive(int(match["pid"])):
            continue
        name = match["name"]
        if name != target.name and not (family and name.startswith(f"{target.name}.")):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def alive(pid: int) -> bool:
    """True unless the process is surely gone (this one, or one not ours to judge, is alive)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process (or not ours to judge): leave its files
    return True
