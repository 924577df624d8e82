"""Where the workspace is and which schema this Kiem writes: known without the database layer.

`authoring.workspace` opens the workspace through SQLAlchemy; these two facts are here so that
a command can find and recognise a workspace without importing it (`authoring.quick_read`).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

# The schema revision this Kiem writes; a test holds it equal to the migrations' head. Knowing
# it without Alembic lets an up-to-date workspace open without importing Alembic (~0.2 s).
HEAD_REVISION = "0007"


def default_path() -> Path:
    """Return where the workspace lives: `KIEM_WORKSPACE`, else the user data folder."""
    env = os.environ.get("KIEM_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("kiem", appauthor=False)) / "workspace.kiemdb"
