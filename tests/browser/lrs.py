"""A real Learning Record Store for the browser tests: Ralph (ralph-malph 5.1.0) with its file
backend, started on a free port in a folder of its own (../shared/LRS-NOTES.md), through
ralph_server.py (which says why not through `ralph runserver`).

`bash scripts/setup.sh --tests` installs it into a virtualenv in the user's cache; this file
looks in the same place.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USER, PASSWORD = "kiem", "secret"


def _tools_dir() -> Path:
    if os.environ.get("KIEM_TEST_TOOLS"):
        return Path(os.environ["KIEM_TEST_TOOLS"])
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "kiem" / "test-tools"


# Where setup.sh --tests puts the test tools (Ralph, the xAPI validator); read once, on import,
# before the tests point the home and cache folders into their temporary folders.
TOOLS = _tools_dir()


def ralph_command() -> Path:
    return TOOLS / "ralph-5.1.0" / "bin" / "ralph"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Ralph:
    """A running Ralph: its xAPI base URL and the HTTP Basic credentials it accepts."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def authorization(self) -> str:
        return "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    def request(self, method: str, path: str, body: Any = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """Send one xAPI request to Ralph as the LMS; return its status and body."""
        data = None if body is None else (body if isinstance(body, bytes)
                                          else json.dumps(body).encode())
        req = urllib.request.Request(f"{self.url}/{path}", data=data, method=method, headers={
            "Authorization": self.authorization, "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def statements(self) -> list[dict[str, Any]]:
        """Every statement Ralph holds, read back page by page through GET /xAPI/statements."""
        out: list[dict[str, Any]] = []
        path = "statements?limit=100"
        for _ in range(1000):
            status, body = self.request("GET", path)
            assert status == 200, body[:300]
            page = json.loads(body)
            out.extend(page["statements"])
            more = page.get("more")
            if not more or not page["statements"]:
                return out
            path = more.split("/xAPI/", 1)[1]
        raise AssertionError("Ralph pages forever")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start(folder: Path) -> Ralph:
    """Start Ralph with its file backend in `folder`; wait until it answers."""
    ralph = ralph_command()
    env = {**os.environ, "RALPH_APP_DIR": str(folder / ".ralph"), "RALPH_RUNSERVER_BACKEND": "fs"}
    subprocess.run([str(ralph), "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
                    "-M", "mailto:admin@example.com", "-w"], env=env, check=True,
                   capture_output=True, timeout=120)
    port = free_port()
    log = folder / "ralph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(ralph.parent / "python"), str(Path(__file__).with_name("ralph_server.py")),
             "127.0.0.1", str(port), str(folder / "data")],
            env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Ralph(f"http://127.0.0.1:{port}/xAPI", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Ralph stopped: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError):  # not listening yet
            if server.request("GET", "statements?limit=1")[0] == 200:
                return server
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"Ralph did not answer in 60 s: {log.read_text(errors='replace')[-2000:]}")
