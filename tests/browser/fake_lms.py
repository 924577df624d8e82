"""The LMS side of the browser tests: packages served on 127.0.0.1 and a harness page whose
parent window holds a strict fake LMS (fake_lms.js) with the package in a frame."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        """Say nothing: one line per request would bury the test output."""


@dataclass
class Site:
    """A folder served over HTTP on 127.0.0.1, where tests put packages and harness pages."""

    root: Path
    url: str


def serve(root: Path) -> tuple[Site, Any]:
    """Serve `root` (with the fake LMS harness in it) on 127.0.0.1; return the site and server."""
    shutil.copy(HERE / "fake_lms.js", root / "fake_lms.js")
    (root / "harness.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>LMS</title>"
        "<style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style>"
        "<script src='fake_lms.js'></script></head><body></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Site(root, f"http://127.0.0.1:{server.server_address[1]}"), server


_names = iter(range(1, 1_000_000))


def publish(site: Site, doc: Any, tracking: str) -> str:
    """Write the package of `doc` into the site; return its index.html URL path."""
    from export.package import learner_files, write_folder

    name = f"pkg{next(_names)}-{tracking}"
    write_folder(learner_files(doc, tracking), site.root / name)
    return f"/{name}/index.html"


class LMS:
    """The harness page: a strict fake LMS in the parent window, the package in a frame."""

    def __init__(
        self,
        page: Any,
        site: Site,
        version: str,
        src: str,
        seed: dict[str, str] | None = None,
        wait: bool = True,
        **options: Any,
    ) -> None:
        self.page = page
        page.goto(f"{site.url}/harness.html")
        page.evaluate(
            "cfg => startLMS(cfg)",
            {"version": version, "seed": seed or {}, "src": src, "options": options},
        )
        if wait:
            page.wait_for_function(
                "() => { const f = document.getElementById('sco');"
                " return f && f.contentWindow && f.contentWindow.Kiem"
                " && f.contentWindow.Kiem.state; }"
            )

    @property
    def frame(self) -> Any:
        return self.page.frame(name="sco")

    def calls(self) -> list[dict[str, Any]]:
        return self.page.evaluate("() => LMS.calls")

    def violations(self) -> list[str]:
        return self.page.evaluate("() => LMS.violations")

    def store(self) -> dict[str, str]:
        return self.page.evaluate("() => LMS.store")

    def sets(self) -> dict[str, str]:
        """The last value written to each element."""
        out: dict[str, str] = {}
        for call in self.calls():
            if call["fn"] in ("LMSSetValue", "SetValue"):
                out[call["args"][0]] = call["args"][1]
        return out

    def close(self) -> None:
        """The LMS closes the content: the frame goes away (the page gets pagehide)."""
        self.page.evaluate("() => document.getElementById('sco').remove()")
        self.page.wait_for_timeout(50)
