"""What schema comparisons leave out: the FTS5 search table and its shadow tables.

SQLite makes `module_search_data`, `_idx`, … for the virtual table; they are not models.
"""

from __future__ import annotations

from typing import Any


def not_search_index(name: str | None, kind: str, _parent: Any) -> bool:
    """Return False for the full-text index's tables, True for everything else."""
    return not (kind == "table" and (name or "").startswith("module_search"))
