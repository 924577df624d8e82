"""Browser tests of the learner's player: packages served from 127.0.0.1 (and file://),
Debian's Chromium driven by Playwright, and a strict fake LMS in the parent window.

The helpers live next to this file (fake_lms.py, sample_modules.py, learner.py); tests
import them by name.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fake_lms import Site, serve  # noqa: E402
from sample_modules import Module, build, kinds_module  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = HERE.parent.parent / "resources" / "samples" / "phishing"
LAUNCH_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"]
BROWSER_FIXTURES = {"browser", "page", "phone"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Debian's Chromium, skip the tests here that need a browser (and say why)."""
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(
        reason="browser tests need Debian's Chromium at /usr/bin/chromium "
        "(bash scripts/setup.sh installs it)"
    )
    for item in items:
        if HERE in Path(str(item.fspath)).parents and BROWSER_FIXTURES & set(item.fixturenames):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A folder served on 127.0.0.1 with the fake LMS harness; tests publish packages into it."""
    served, server = serve(tmp_path_factory.mktemp("site"))
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def lrs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real LRS: Ralph with its file backend on a free port, for the whole session."""
    import lrs as ralph

    if not ralph.ralph_command().exists():
        pytest.skip(f"Ralph is not installed at {ralph.ralph_command()} "
                    "(bash scripts/setup.sh --tests installs it)")
    server = ralph.start(tmp_path_factory.mktemp("ralph"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def cmi5_lms(lrs: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The LMS's part of cmi5 and TinCan launches, forwarding statements to Ralph."""
    from cmi5_lms import LaunchingLMS

    lms = LaunchingLMS(tmp_path_factory.mktemp("lms"), lrs)
    yield lms
    lms.close()


@pytest.fixture(scope="session")
def image_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("images")


@pytest.fixture(scope="session")
def sample_snap(_template_workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Module:
    """The sample module, imported through the services like a creator would."""
    from authoring.services import Services
    from authoring.workspace import Workspace

    path = tmp_path_factory.mktemp("ws") / "workspace.kiemdb"
    shutil.copyfile(_template_workspace, path)
    ws = Workspace.open(path)
    try:
        services = Services(ws)
        changes = services.transfer.import_folder(SAMPLE)
        snap = services.modules.snapshot(changes.id)
        blobs = {a.sha256: services.assets.data(a.sha256) for a in snap.assets}
    finally:
        ws.close()
    return snap, blobs


@pytest.fixture(scope="session")
def sample_doc(sample_snap: Module, image_cache: Path) -> Any:
    return build(*sample_snap, image_cache)


@pytest.fixture(scope="session")
def kinds_doc(image_cache: Path) -> Any:
    return build(*kinds_module(), image_cache)


@pytest.fixture(scope="session")
def make_doc(image_cache: Path) -> Callable[..., Any]:
    """Build the document of a module given as (snapshot, blobs), or of kinds_module(**options)."""

    def make(module: Module | None = None, **options: Any) -> Any:
        snap, blobs = module or kinds_module(**options)
        return build(snap, blobs, image_cache)

    return make


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Console:
    """What a page printed: console messages and uncaught errors."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    @property
    def errors(self) -> list[str]:
        return [m for m in self.messages if m.startswith(("error", "pageerror", "warning"))]


def new_page(browser: Any, width: int = 1280, height: int = 800) -> Any:
    """A page in its own context (its own storage), with its console recorded."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.console = Console()
    page.on("console", lambda m: page.console.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.console.messages.append(f"pageerror: {e}"))
    return page


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh desktop page, 1280 x 800."""
    pg = new_page(browser)
    yield pg
    pg.context.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """A fresh phone-sized page, 360 x 740."""
    pg = new_page(browser, 360, 740)
    yield pg
    pg.context.close()
