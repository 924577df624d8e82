"""Fixtures for the results tests: a quiz module, and a real LRS (Ralph) on a free port.

Ralph 5.1.0's file backend takes one write per file: a second POST answers 500 ("already
exists and overwrite is not allowed with operation_type create or index"). So each test gets
its own Ralph, posts its statements in one request, and what an LMS sends later is added to
Ralph's file the way Ralph stores it (`store_later`); reading goes through Ralph's API.

Ralph runs from its own virtualenv (its pins differ from Kiem's), where `scripts/setup.sh
--tests` installs it (tests/browser/lrs.py names the place); `KIEM_RALPH` may name another
`ralph` program or virtualenv. Without one, the tests that need an LRS are skipped and say how
to install it (see ../shared/LRS-NOTES.md).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from authoring.services import Services
from tests.browser.lrs import ralph_command

from .quiz import Quiz, make_quiz

REPO = Path(__file__).resolve().parents[2]
USER, PASSWORD = "kiem", "secret-lrs-pw"


def _ralph() -> Path | None:
    given = os.environ.get("KIEM_RALPH")
    candidates = [Path(given), Path(given) / "bin" / "ralph"] if given else []
    candidates += [ralph_command(), REPO / ".venv-ralph" / "bin" / "ralph"]
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


@dataclass
class Lrs:
    """A running Ralph: its xAPI endpoint and a way to post statements to it."""

    endpoint: str
    data: Path

    def post(self, statements: list[dict[str, Any]]) -> None:
        """Store statements through Ralph's API, as an LMS would (once per Ralph: see above)."""
        body = json.dumps(statements).encode()
        request = urllib.request.Request(self.endpoint + "statements", data=body, headers={
            "X-Experience-API-Version": "1.0.3", "Content-Type": "application/json",
            "Authorization": "Basic " + base64.b64encode(
                f"{USER}:{PASSWORD}".encode()).decode()}, method="POST")
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200

    def store_later(self, statements: list[dict[str, Any]]) -> None:
        """Add statements stored now to Ralph's file, as Ralph writes them (id, stored…)."""
        stored = dt.datetime.now(dt.UTC).isoformat()
        with (self.data / "fs_lrs.jsonl").open("a", encoding="utf-8") as fh:
            for st in statements:
                fh.write(json.dumps({**st, "stored": stored, "authority": {
                    "mbox": "mailto:admin@example.com", "objectType": "Agent"}}) + "\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lrs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lrs]:
    """Ralph with its file backend, for one test."""
    ralph = _ralph()
    if ralph is None:
        pytest.skip(f"Ralph (an LRS) is not installed at {ralph_command()}: "
                    "bash scripts/setup.sh --tests installs it (or set KIEM_RALPH to its "
                    "ralph program)")
    home = tmp_path_factory.mktemp("ralph")
    env = {**os.environ, "RALPH_APP_DIR": str(home / ".ralph"), "RALPH_RUNSERVER_BACKEND": "fs"}
    subprocess.run([str(ralph), "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-M",
                    "mailto:admin@example.com", "-w"], env=env, check=True,
                   capture_output=True)
    port = _free_port()
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(  # its own process group: the reloader and the server go together
        [str(ralph), "runserver", "-b", "fs", "--fs-default-directory-path", str(home / "data"),
         "-h", "127.0.0.1", "-p", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True, cwd=home)  # its reloader watches the folder it starts in
    endpoint = f"http://127.0.0.1:{port}/xAPI/"
    try:
        _wait_until_up(endpoint, server)
        yield Lrs(endpoint, home / "data")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
        log.close()


def _wait_until_up(endpoint: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("Ralph stopped while starting; see its server.log")
        try:
            urllib.request.urlopen(endpoint.replace("/xAPI/", "/whoami"), timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers (401 without credentials): it is up
        except OSError:
            time.sleep(0.3)
    pytest.fail("Ralph did not start within 60 s")


@pytest.fixture
def quiz(services: Services) -> Quiz:
    """The 10-question quiz of `quiz.py` in the test's workspace."""
    return make_quiz(services)


@pytest.fixture(autouse=True)
def _jobs_end_with_the_test() -> Iterator[None]:
    """Results read in the background are done before the widgets that asked go."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool  # noqa: PLC0415 - only when Qt ran

        assert QThreadPool.globalInstance().waitForDone(60_000)
