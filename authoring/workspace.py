"""Open a workspace: check the file, back it up and migrate it when older, refuse it if not ours.

A workspace is one SQLite file (WAL) by default. Reads run in deferred transactions and writes
in `BEGIN IMMEDIATE` ones, so two processes on one file wait for each other instead of failing
half-way or corrupting it. Nothing here is SQLite-only SQL: the same models run on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from authoring.errors import SchemaTooNewError, WorkspaceBusy, WorkspaceError
from authoring.journal import install_journal
from authoring.location import HEAD_REVISION, default_path
from authoring.models import Base
from authoring.staging import clear_leftovers, staging_path
from authoring.storage import explain_database, explain_os_error

APPLICATION_ID = 0x4B49454D  # "KIEM": marks a SQLite file as a Kiem workspace
BUSY_TIMEOUT_MS = 60_000  # how long a command waits for another process's write to end
_LOCK_TRY_MS = 500  # one try at the write lock; between tries Kiem can say that it waits
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATIONS = Path(__file__).with_name("migrations")


def is_database_file(path: Path) -> bool:
    """True when `path` is an SQLite file (a workspace, or any database): never overwritten."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


@dataclass(frozen=True)
class OpenReport:
    """What opening did: whether it created or migrated the file, and where the backup went."""

    created: bool
    migrated_from: str | None
    backup: Path | None


class Workspace:
    """An open workspace: its engine and the read/write sessions services use.

    `write_wait_s` is how long a write waits for another process's write lock (a command
    waits long, the studio briefly and keeps the edit for later); `on_wait` is called the
    first time a write has to wait, so a command can say why nothing happens.
    """

    def __init__(self, engine: Engine, path: Path | None, report: OpenReport) -> None:
        self.engine = engine
        self.path = path
        self.report = report
        self.write_wait_s = BUSY_TIMEOUT_MS / 1000
        self.on_wait: Callable[[], None] | None = None
        self._patience = threading.local()  # a shorter wait for this thread's writes
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        install_journal(self._sessions)
        self._writer = engine.execution_options(kiem_write=True)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False, autoflush=True)
        install_journal(self._write_sessions)

    @classmethod
    def open(cls, path: Path | str | None = None, *, create: bool = True) -> Workspace:
        """Open (or create) the workspace file at `path`, migrating it when it is older."""
        # Absolute: relative paths have no file URI, and the cwd may change while open.
        target = (Path(path).expanduser() if path is not None else default_path()).absolute()
        exists = target.exists() and target.stat().st_size > 0
        if target.is_dir():
            raise WorkspaceError(f"{target} is a folder; give the path of a workspace file")
        if not exists and not create:
            raise WorkspaceError(f"{target}: no workspace here; create one with `kiem init`")
        if exists:
            _check_file(target)
        else:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise explain_os_error(exc) from None
        engine = sqlite_engine(target)
        try:
            report = migrate(engine, target)
        except DBAPIError as exc:
            engine.dispose()
            raise _plain(exc, target) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, target, report)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """Open a read-only session (a deferred transaction, rolled back at the end)."""
        try:
            with self._sessions() as session:
                yield session  # closing the session rolls the read transaction back
        except DBAPIError as exc:
            raise _plain(exc, self.path) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """Open a session whose work is one transaction, committed at the end or rolled back.

        The write lock is taken first, waiting up to `write_wait_s` for another process;
        a busy, read-only or full workspace raises a plain `WorkspaceError`.
        """
        session, transaction = self._locked()
        try:
            with session, transaction:
                yield session
        except DBAPIError as exc:
            raise _plain(exc, self.path, self.write_wait_s) from exc

    @contextlib.contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Let this thread's writes wait at most `seconds` for the lock (the studio's typing)."""
        before = getattr(self._patience, "seconds", None)
        self._patience.seconds = seconds
        try:
            yield
        finally:
            self._patience.seconds = before

    def _locked(self) -> tuple[Session, SessionTransaction]:
        """Return a session holding the write lock, trying again until `write_wait_s`."""
        wait_s = getattr(self._patience, "seconds", None)
        wait_s = self.write_wait_s if wait_s is None else wait_s
        deadline = time.monotonic() + wait_s
        while True:
            try_ms = max(1, min(_LOCK_TRY_MS, int((deadline - time.monotonic()) * 1000)))
            session = self._write_sessions()
            try:
                transaction = session.begin()
                session.connection(execution_options={"kiem_busy_ms": try_ms})
            except DBAPIError as exc:
                session.close()
                plain = _plain(exc, self.path, wait_s)  # a bug is raised as it is
                if not isinstance(plain, WorkspaceBusy) or time.monotonic() >= deadline:
                    raise plain from exc
                if self.on_wait is not None:
                    self.on_wait()
                    self.on_wait = None  # said once: a command's many brief writes wait alike
                continue
            return session, transaction

    def close(self) -> None:
        """Release every connection (and the WAL files once no one else holds them)."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sqlite_engine(path: Path) -> Engine:
    """Return an engine for a SQLite file with the pragmas and transaction control Kiem needs."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front: a writer waits (busy timeout) instead of
        # failing when it would upgrade a read lock while another process writes.
        options = conn.get_execution_options()
        if options.get("kiem_write", False):
            conn.exec_driver_sql(f"PRAGMA busy_timeout = "
                                 f"{int(options.get('kiem_busy_ms', BUSY_TIMEOUT_MS))}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _check_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, is corrupt, or is another program's."""
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror})") from None
    if magic != _SQLITE_MAGIC:
        raise WorkspaceError(f"{path} is not a Kiem workspace (it is not a database file)")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            problems = _quick_check(conn, tables)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _plain(exc, path) from None
    if problems != ["ok"]:
        raise WorkspaceError(
            f"{path} is damaged ({problems[0]}); it was left untouched; restore a backup"
        )
    if app_id != APPLICATION_ID and tables:
        raise WorkspaceError(f"{path} is a database of another program, not a Kiem workspace")


# Tables of file contents (images, videos): most of a big workspace's bytes. Checking them
# at every start would make opening as slow as reading the whole file; their damage is found
# when a file is read, and said as plainly.
_BULK_TABLES = frozenset({"assets", "review_blobs"})


def _quick_check(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """SQLite's quick_check of every table but the bulk ones; ["ok"] when sound."""
    for table in tables:
        if table in _BULK_TABLES:
            continue
        quoted = table.replace('"', '""')
        problems = [r[0] for r in conn.execute(f'PRAGMA quick_check("{quoted}")')]
        if problems != ["ok"]:
            return problems
    return ["ok"]


def _plain(exc: BaseException, path: Path | None,
           waited_s: float = BUSY_TIMEOUT_MS / 1000) -> WorkspaceError:
    """The plain `WorkspaceError` for a database failure; re-raise `exc` when it is a bug."""
    plain = explain_database(exc, path, waited_s)
    if plain is None:
        raise exc
    return plain




def _alembic_config(connection: Connection | None) -> Any:  # noqa: ANN401 - alembic Config
    from alembic.config import Config  # noqa: PLC0415 - only when migrating (start-up time)

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """Return the schema revision this Kiem writes."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only when migrating

    script = ScriptDirectory.from_config(_alembic_config(None))
    heads = script.get_heads()
    assert len(heads) == 1, "migrations must form one line"  # noqa: S101 - a packaging error
    return heads[0]


def migrate(engine: Engine, path: Path | None) -> OpenReport:
    """Bring the schema to head under the write lock: create, or back up then upgrade."""
    if _stamped_revision(engine) == HEAD_REVISION:
        return OpenReport(created=False, migrated_from=None, backup=None)
    from alembic import command  # noqa: PLC0415 - only when migrating (start-up time)
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415
    from alembic.script import ScriptDirectory  # noqa: PLC0415
    from alembic.util.exc import CommandError  # noqa: PLC0415

    with engine.connect().execution_options(kiem_write=True) as conn, conn.begin():
        cfg = _alembic_config(conn)
        script = ScriptDirectory.from_config(cfg)
        current = MigrationContext.configure(conn).get_current_revision()
        head = head_revision()
        if current is None:
            if inspect(conn).get_table_names():
                raise WorkspaceError(f"{path}: has tables but no Kiem schema version; not opened")
            Base.metadata.create_all(conn)
            command.stamp(cfg, "head")
            _mark(conn)
            return OpenReport(created=True, migrated_from=None, backup=None)
        try:
            script.get_revision(current)
        except CommandError:
            raise SchemaTooNewError(
                f"{path} was written by a newer Kiem (schema {current}); "
                "update Kiem to open it. The file was left untouched."
            ) from None
        if current == head:
            return OpenReport(created=False, migrated_from=None, backup=None)
        backup = _backup(conn, path) if path is not None else None
        command.upgrade(cfg, "head")
        _mark(conn)
        return OpenReport(created=False, migrated_from=current, backup=backup)


def _stamped_revision(engine: Engine) -> str | None:
    """Read the revision Alembic stamped, without Alembic; None when there is none to read."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        versions = ", ".join(str(r[0]) for r in rows)
        raise WorkspaceError(
            f"{engine.url.database} is damaged: it records {len(rows)} schema versions "
            f"({versions}) where there is one; it was left untouched. Restore a backup, or "
            "ask whoever maintains Kiem to remove the extra row of table alembic_version")
    return rows[0][0] if rows else None


def _mark(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _backup(conn: Connection, path: Path) -> Path:
    """Copy the workspace, consistently, to `NAME.YYYYMMDD-HHMMSS.bak` beside it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    clear_leftovers(path, family=True)  # a backup a killed run never finished
    tmp = staging_path(target)
    # The backup API reads a consistent snapshot, WAL included, while we hold the write lock.
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    return target
