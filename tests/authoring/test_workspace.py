"""Opening workspaces: new, reopened, older (migrated), newer, foreign, corrupt, shared by two."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from authoring.errors import SchemaTooNewError, WorkspaceError
from authoring.migrations_filter import not_search_index
from authoring.models import Base
from authoring.services import Services
from authoring.workspace import (
    APPLICATION_ID,
    HEAD_REVISION,
    Workspace,
    default_path,
    head_revision,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "workspaces"
REPO = Path(__file__).resolve().parents[2]


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_a_new_workspace_is_a_marked_wal_file_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "new.kiemdb"
    with Workspace.open(path) as ws:
        assert ws.report.created
        assert ws.report.backup is None
    assert _pragma(path, "journal_mode") == "wal"
    assert _pragma(path, "application_id") == APPLICATION_ID
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    conn.close()


def test_the_head_revision_known_without_alembic_is_the_migrations_head() -> None:
    assert HEAD_REVISION == head_revision()


def test_an_up_to_date_workspace_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "w.kiemdb"
    Workspace.open(path).close()
    code = ("import sys; from authoring.workspace import Workspace; "
            f"Workspace.open({str(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


def test_reopening_a_workspace_keeps_its_content_and_does_not_back_up(tmp_path: Path) -> None:
    path = tmp_path / "w.kiemdb"
    with Workspace.open(path) as ws:
        module_id = Services(ws).modules.create("Kept").id
    with Workspace.open(path) as ws:
        assert not ws.report.created and ws.report.backup is None
        assert [m.id for m in Services(ws).modules.list()] == [module_id]
    assert list(tmp_path.glob("*.bak")) == []


def test_an_older_workspace_is_backed_up_then_migrated_with_content_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.kiemdb"
    shutil.copyfile(FIXTURES / "0001.kiemdb", path)
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        assert ws.report.migrated_from == "0001"
        backup = ws.report.backup
        services = Services(ws)
        (summary,) = services.modules.list()
        snap = services.modules.snapshot(summary.id)
        assert snap.title == "Booking a meeting room"
        assert snap.assessment.pass_mark == 70
        assert snap.pages[0].blocks[0].data.markdown == "Open the **Rooms** app."
        # the new schema works: assets can be stored after the upgrade
        png = (REPO / "resources/samples/phishing/images/report-steps.png").read_bytes()
        services.assets.import_bytes(summary.id, png, "steps.png")
        assert [a.name for a in services.modules.snapshot(summary.id).assets] == ["steps.png"]
    assert backup is not None and backup.exists()
    assert backup.read_bytes()[:16] == original[:16]
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert conn.execute("SELECT title FROM modules").fetchone()[0] == "Booking a meeting room"
    conn.close()


def test_a_migrated_workspace_has_exactly_the_schema_of_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "old.kiemdb"
    shutil.copyfile(FIXTURES / "0001.kiemdb", path)
    with Workspace.open(path) as ws, ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": not_search_index})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_a_workspace_from_a_newer_kiem_is_refused_and_left_untouched(workspace_path: Path) -> None:
    conn = sqlite3.connect(workspace_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = workspace_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer Kiem"):
        Workspace.open(workspace_path)
    assert workspace_path.read_bytes() == before
    assert list(workspace_path.parent.glob("*.bak")) == []


@pytest.mark.parametrize("content", [b"", b"hello, I am a text file\n", b"\x89PNG\r\n\x1a\n" * 40])
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content or b"x")
    with pytest.raises(WorkspaceError, match="not a Kiem workspace"):
        Workspace.open(path)
    assert path.read_bytes() == (content or b"x")


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('An')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="another program"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_a_corrupt_workspace_is_refused_with_advice_and_left_untouched(
    services: Services, workspace_path: Path
) -> None:
    for i in range(40):
        services.modules.create(f"Module {i}", description="x" * 2000)
    services.workspace.close()
    data = bytearray(workspace_path.read_bytes())
    page = 4096
    data[page * 2: page * 6] = b"\xde\xad\xbe\xef" * page  # smash b-tree pages
    workspace_path.write_bytes(bytes(data))
    before = workspace_path.read_bytes()
    with pytest.raises(WorkspaceError, match="damaged"):
        Workspace.open(workspace_path)
    assert workspace_path.read_bytes() == before


def test_a_folder_or_a_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(tmp_path)
    with pytest.raises(WorkspaceError, match="kiem init"):
        Workspace.open(tmp_path / "absent.kiemdb", create=False)
    assert not (tmp_path / "absent.kiemdb").exists()


def test_the_default_workspace_follows_kiem_workspace_then_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_path().is_relative_to(tmp_path)  # XDG_DATA_HOME points into tmp_path
    assert default_path().name == "workspace.kiemdb"
    monkeypatch.setenv("KIEM_WORKSPACE", str(tmp_path / "elsewhere.kiemdb"))
    assert default_path() == tmp_path / "elsewhere.kiemdb"
    with Workspace.open() as ws:
        assert ws.path == tmp_path / "elsewhere.kiemdb"


def test_timestamps_come_back_timezone_aware_in_utc(services: Services) -> None:
    services.modules.create("Clock")
    (row,) = services.modules.list()
    assert row.updated_at.utcoffset() is not None and row.updated_at.utcoffset().seconds == 0


_WRITER = textwrap.dedent("""
    import sys
    from authoring.services import Services
    from authoring.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    s = Services(ws)
    module = s.modules.resolve(sys.argv[2])
    for i in range(40):
        s.pages.add(module, f"{sys.argv[3]} {i}")
    ws.close()
""")


def test_two_processes_writing_one_workspace_lose_nothing_and_corrupt_nothing(
    services: Services, workspace_path: Path
) -> None:
    module_id = services.modules.create("Shared").id
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(workspace_path), str(module_id), who],
                         cwd=REPO, stderr=subprocess.PIPE, text=True)
        for who in ("left", "right")
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    snap = services.modules.snapshot(module_id)
    titles = [p.title for p in snap.pages]
    assert len(titles) == 80
    assert {t.split()[0] for t in titles} == {"left", "right"}
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_damaged_file_inside_the_workspace_is_found_when_read_not_at_every_start(
    services: Services, workspace_path: Path
) -> None:
    import os  # noqa: PLC0415

    from authoring.images import sha256_hex  # noqa: PLC0415

    module = services.modules.create("Videos").id
    marker = b"KIEM-MARKER-" + os.urandom(8).hex().encode()
    clip = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + marker + os.urandom(300_000)
    services.assets.import_bytes(module, clip, "videos/clip.mp4")
    services.workspace.close()
    data = bytearray(workspace_path.read_bytes())
    at = data.index(marker)
    page = at - at % 4096  # an overflow page of the video: its first 4 bytes chain to the next
    data[page:page + 4] = b"\x7f\xff\xff\xff"
    workspace_path.write_bytes(bytes(data))
    with Workspace.open(workspace_path) as reopened:  # opening does not read every file
        again = Services(reopened)
        assert [m.title for m in again.modules.list()] == ["Videos"]
        with pytest.raises(WorkspaceError, match="is damaged"):
            again.assets.data(sha256_hex(clip))
