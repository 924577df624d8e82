"""The hub's tests share one real PostgreSQL server per run; each test gets its own database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pgserver import PgServer


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    """A throwaway PostgreSQL server, started once and stopped at the end of the run."""
    server = PgServer.start(tmp_path_factory.mktemp("postgres"))
    yield server
    server.stop()


@pytest.fixture
def hub_db(pg_server: PgServer) -> str:
    """The name of a fresh, empty database on the test server."""
    return pg_server.new_database()
