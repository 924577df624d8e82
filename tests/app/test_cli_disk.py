"""When the disk says no: a read-only, full, busy or damaged workspace, an unreadable file.

Each case is one plain line naming the file, the cause and what to do, never a SQL statement
or a traceback, with an exit status a script can act on (README, "Exit status"), and the
workspace is left as it was. Permissions are real: as root, the command runs without root's
powers (`setpriv` drops every capability), so a read-only file is read-only for it too.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import event

import authoring.workspace as workspace_module
from app.cli import main
from authoring.errors import StorageError
from authoring.services import Services
from authoring.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "phishing"
# Root reads and writes whatever the mode bits say; without its capabilities it cannot.
POWERLESS = (["setpriv", "--securebits", "+noroot,+noroot_locked", "--bounding-set", "-all",
              "--inh-caps", "-all", "--"] if os.geteuid() == 0 else [])


def kiem(ws: Path, *args: str, prefix: Sequence[str] = POWERLESS,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real `kiem` command on `ws` (as a user without root's powers)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (
        str(REPO), os.environ.get("PYTHONPATH"))))}
    return subprocess.run([*prefix, sys.executable, "-m", "app.cli", "--workspace", str(ws),
                           *args], capture_output=True, text=True, env=env, timeout=timeout,
                          check=False)


def plain_line(err: str) -> str:
    """The error is one line starting "kiem:", without SQL, parameters or a traceback."""
    assert "Traceback" not in err
    assert "[SQL" not in err and "parameters" not in err and "sqlalche" not in err
    lines = [ln for ln in err.strip().splitlines() if not ln.startswith("kiem: waiting")]
    assert len(lines) == 1, err
    assert lines[0].startswith("kiem: ") and "unexpected error" not in lines[0]
    return lines[0]


def digest(path: Path) -> str:
    """The file's sha256: the workspace must be byte for byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A workspace holding one module, in a folder of its own, closed (WAL folded in)."""
    folder = tmp_path / "studio"
    folder.mkdir()
    path = folder / "ws.kiemdb"
    with Workspace.open(path) as workspace:
        Services(workspace).modules.create("Kept as it was")
    return path


@pytest.fixture
def restore_modes(tmp_path: Path) -> list[Path]:
    """Paths whose modes a test takes away; they are given back so tmp_path can be removed."""
    taken: list[Path] = []
    yield taken
    for path in taken:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_workspace_file_is_said_so_and_still_lists(
        ws: Path, restore_modes: list[Path]) -> None:
    before = digest(ws)
    ws.chmod(0o444)
    restore_modes.append(ws)
    done = kiem(ws, "new", "--title", "Never written")
    assert done.returncode == 74, done.stderr
    line = plain_line(done.stderr)
    assert str(ws) in line and "read-only" in line and "damaged" not in line
    listed = kiem(ws, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Kept as it was" in listed.stdout and "Never written" not in listed.stdout
    assert digest(ws) == before


def test_a_read_only_workspace_folder_is_said_so(ws: Path, restore_modes: list[Path]) -> None:
    before = digest(ws)
    ws.parent.chmod(0o555)
    restore_modes.append(ws.parent)
    done = kiem(ws, "new", "--title", "Never written")
    assert done.returncode == 74, done.stderr
    assert "read-only" in plain_line(done.stderr)
    assert digest(ws) == before


def test_an_unreadable_image_names_the_file_and_imports_nothing(
        ws: Path, tmp_path: Path, restore_modes: list[Path]) -> None:
    folder = tmp_path / "phishing"
    shutil.copytree(SAMPLE, folder)
    image = folder / "images" / "hover-link.png"
    image.chmod(0)
    restore_modes.append(image)
    done = kiem(ws, "import", str(folder))
    assert done.returncode == 1, done.stderr
    line = plain_line(done.stderr)
    assert "hover-link.png" in line and "cannot be read" in line and "Permission" in line
    assert "Spot and report" not in kiem(ws, "list").stdout


def test_two_schema_versions_are_damage_named_not_a_migration_error(ws: Path) -> None:
    with sqlite3.connect(ws) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0003')")
    conn.close()
    before = digest(ws)
    done = kiem(ws, "list", prefix=())
    assert done.returncode == 1, done.stderr
    line = plain_line(done.stderr)
    assert "2 schema versions" in line and "alembic_version" in line and "head" not in line
    assert digest(ws) == before


def hold_lock_script(ws: Path, seconds: float) -> str:
    """A Python program that holds the workspace's write lock for `seconds`, then lets go."""
    return textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(ws)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        time.sleep({seconds})
        conn.execute("ROLLBACK")
    """)


def test_a_busy_workspace_is_waited_for_then_written(ws: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", hold_lock_script(ws, 1.5)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        done = kiem(ws, "new", "--title", "Written after the wait", prefix=())
    finally:
        holder.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert "waiting for" in done.stderr and "another Kiem is writing" in done.stderr
    assert "Written after the wait" in kiem(ws, "list", prefix=()).stdout


def test_a_workspace_busy_for_too_long_exits_75_with_one_line(
        ws: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_MS", 700)  # a command's patience
    holder = sqlite3.connect(ws, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        status = main(["--workspace", str(ws), "new", "--title", "Never written"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _out, err = capsys.readouterr()
    assert status == 75
    line = plain_line(err)
    assert "busy" in line and "try again" in line and "locked" not in line
    assert "kiem: waiting for" in err
    with Workspace.open(ws) as workspace:
        titles = [m.title for m in Services(workspace).modules.list()]
    assert titles == ["Kept as it was"]


def test_a_full_disk_is_said_so_and_the_workspace_opens_once_space_is_freed(ws: Path) -> None:
    workspace = Workspace.open(ws)
    pages = workspace.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    workspace.engine.dispose()

    @event.listens_for(workspace.engine, "connect")
    def _no_room(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # SQLite's own "disk full": the file may not grow past what it holds now.
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    services = Services(workspace)
    with pytest.raises(StorageError) as failure:
        services.transfer.import_folder(SAMPLE)
    workspace.close()
    assert failure.value.exit_status == 74
    assert "is full" in str(failure.value) and str(ws) in str(failure.value)
    with Workspace.open(ws) as freed:
        services = Services(freed)
        assert [m.title for m in services.modules.list()] == ["Kept as it was"]
        services.transfer.import_folder(SAMPLE)
        assert len(services.modules.list()) == 2


def _can_mount_in_a_namespace() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"],
                           capture_output=True, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_in_a_namespace(),
                    reason="needs user namespaces to mount a small disk (unshare)")
def test_a_really_full_disk_says_full_never_damaged(ws: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    env_path = os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH"))))
    kiem_cmd = f"PYTHONPATH={env_path} {sys.executable} -m app.cli --workspace {disk}/ws.kiemdb"
    script = textwrap.dedent(f"""
        mount -t tmpfs -o size=2m tmpfs {disk}
        cp {ws} {disk}/ws.kiemdb
        dd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null
        {kiem_cmd} new --title Full; echo "new=$?"
        {kiem_cmd} list; echo "list=$?"
        rm {disk}/filler
        {kiem_cmd} new --title Roomy >/dev/null; echo "freed=$?"
        {kiem_cmd} list
    """)
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                          capture_output=True, text=True, timeout=120, check=False)
    out, err = done.stdout, done.stderr
    assert "new=74" in out, out + err
    assert "damaged" not in err and "[SQL" not in err and "Traceback" not in err
    assert "is full" in err
    assert "list=0" in out or "list=74" in out
    assert "freed=0" in out, out + err
    final = out.split("freed=0", 1)[1]
    assert "Roomy" in final and "Kept as it was" in final and "Full" not in final


def settled_bytes(path: Path) -> bytes:
    """The workspace file's bytes once every change is in it (not waiting in its WAL).

    In-process commands leave their connections to the garbage collector, which folds the
    WAL into the file whenever it runs; done here first, the bytes change only by a write.
    """
    import gc  # noqa: PLC0415
    import sqlite3  # noqa: PLC0415

    gc.collect()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path.read_bytes()


def in_process(capsys: pytest.CaptureFixture[str], ws: Path, *args: str) -> tuple[int, str]:
    """Run `kiem --workspace ws ARGS…` in this process; return its status and stdout.

    Refusals must be one plain line on stderr, as `plain_line` checks.
    """
    status = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    if status != 0:
        plain_line(err)
    return status, out + err


def test_an_export_or_bundle_never_replaces_the_workspace_and_asks_before_another_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = tmp_path / "studio" / "workspace.kiemdb"
    in_process(capsys, ws, "import", str(SAMPLE))
    (row,) = json.loads(in_process(capsys, ws, "list", "--json")[1])
    before = settled_bytes(ws)
    for args in (["export", row["id"], "--format", "scorm12", "--out", str(ws), "--force"],
                 ["bundle", "export", row["id"], str(ws)]):
        status, said = in_process(capsys, ws, *args)
        assert status == 1 and "workspace" in said
    assert settled_bytes(ws) == before
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    status, said = in_process(capsys, ws, "export", row["id"], "--format", "pdf", "--out",
                              str(notes))
    assert status == 1 and "--force" in said
    assert notes.read_text() == "my notes"
    assert in_process(capsys, ws, "export", row["id"], "--format", "pdf", "--out", str(notes),
                      "--force")[0] == 0
    assert notes.read_bytes().startswith(b"%PDF")
