"""What a killed run left beside its target is removed by the next run, and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

from authoring.staging import clear_leftovers, staging_path

GONE = 2**22 + 12345  # beyond Linux's default pid_max: no process has it


def test_leftovers_of_gone_processes_are_removed_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "course.zip"
    dead_file = tmp_path / f".course.zip.{GONE}.kiem-tmp"
    dead_file.write_bytes(b"half a zip")
    dead_folder = tmp_path / f".course.zip.{GONE}.kiem-old"
    (dead_folder / "player").mkdir(parents=True)
    living = tmp_path / ".course.zip.1.kiem-tmp"  # pid 1 runs: another process's work
    living.write_bytes(b"in progress")
    mine = staging_path(target)
    mine.write_bytes(b"this process")
    others = [tmp_path / f".other.zip.{GONE}.kiem-tmp", tmp_path / "course.zip.tmp",
              tmp_path / f".course.zip.{GONE}.tmp"]  # not Kiem's names, or another target
    for path in others:
        path.write_bytes(b"not ours")
    assert sorted(clear_leftovers(target)) == sorted([dead_file, dead_folder])
    assert living.exists() and mine.exists() and all(p.exists() for p in others)
    assert mine.name == f".course.zip.{os.getpid()}.kiem-tmp"


def test_a_workspace_clears_its_unfinished_backups_by_family(tmp_path: Path) -> None:
    workspace = tmp_path / "ws.kiemdb"
    backup = tmp_path / f".ws.kiemdb.20261207-101500.bak.{GONE}.kiem-tmp"
    backup.write_bytes(b"half a backup")
    assert clear_leftovers(workspace) == []  # only with the family
    assert clear_leftovers(workspace, family=True) == [backup]
