"""A real, throwaway PostgreSQL server for the hub's tests: initdb + pg_ctl in a temporary folder.

Debian's `postgresql` package (installed by `scripts/setup.sh --tests`) provides the binaries
under /usr/lib/postgresql/VERSION/bin. initdb refuses to run as root, so as root the server
runs as the `postgres` user the package made (see ../shared/STACK-NOTES.md).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "kiemsuper"


def _bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running server: its port and the superuser's password (for `kiem hub init`)."""

    folder: Path
    port: int
    password: str
    _as_user: list[str]
    _bin: Path

    @classmethod
    def start(cls, folder: Path, tls: tuple[bytes, bytes] | None = None) -> PgServer:
        """Make a cluster in `folder` and start it on a free port of 127.0.0.1.

        `tls`: the server's certificate and key (PEM); the server then offers TLS.
        """
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed: run `bash scripts/setup.sh --tests`")
        as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if as_user:  # pytest's folders are root's alone (0700): the server needs its own
            folder = Path(tempfile.mkdtemp(prefix="kiem-pg-"))
        folder.mkdir(parents=True, exist_ok=True)
        password = secrets.token_hex(12)
        (folder / "pw").write_text(password)
        if as_user:
            shutil.chown(folder, "postgres")
            shutil.chown(folder / "pw", "postgres")
        subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(folder / "data"),
                        "-A", "scram-sha-256", f"--pwfile={folder / 'pw'}", "-U", SUPERUSER,
                        "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True, text=True)
        server = cls(folder, _free_port(), password, as_user, bin_dir)
        options = (f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c max_connections=200")
        if tls is not None:
            for name, pem in zip(("server.crt", "server.key"), tls, strict=True):
                (folder / name).write_bytes(pem)
                (folder / name).chmod(0o600)
                if as_user:
                    shutil.chown(folder / name, "postgres")
            options += (f" -c ssl=on -c ssl_cert_file={folder / 'server.crt'}"
                        f" -c ssl_key_file={folder / 'server.key'}")
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-o",
                        options, "-l", str(folder / "log"), "-w", "start"],
                       check=True, capture_output=True)
        return server

    def stop(self) -> None:
        """Stop the server at once (its folder goes with the test run's temporary files)."""
        subprocess.run([*self._as_user, str(self._bin / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "immediate", "stop"],
                       check=False, capture_output=True)
        if self._as_user:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, user: str = SUPERUSER, password: str | None = None,
            database: str = "postgres") -> str:
        """A connection URL, the password in it (as a script would pass it)."""
        secret = self.password if password is None and user == SUPERUSER else password or ""
        return f"postgresql://{quote(user)}:{quote(secret)}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database with a fresh name (one per test) and return its name."""
        import psycopg  # noqa: PLC0415 - only hub tests need it

        name = f"hub_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name
