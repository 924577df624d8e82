"""Images are made ready for export as they enter a module, in the background.

When a change adds files to a module (an import, a dropped or pasted image), the photos among
them are decoded, resized and re-encoded for export at once, on every core, off the GUI
thread, on a connection of their own to the workspace: the first export is then usually warm.
Nothing here can fail a change: a file that cannot be processed now is processed at export.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from app.gui.studio import Studio
    from app.gui.worker import Job
    from authoring.services import Changes

log = logging.getLogger(__name__)
PAUSE_MS = 1_500  # after the last new file: the person may be dropping several


class ImageWarmup(QObject):
    """Watches the studio's changes for new files and processes their images in the background."""

    done = Signal(int)  # how many images a round made ready

    def __init__(self, studio: Studio, cache: Path | None = None) -> None:
        super().__init__(studio)
        self._path = studio.services.workspace.path
        self._cache = cache
        self._waiting: set[uuid.UUID] = set()
        self.job: Job | None = None
        self._soon = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._soon.timeout.connect(self._start)
        studio.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        modules = {img.values.get("module_id") for img in changes.journal.after
                   if img.table == "module_assets" and img.values}
        self._waiting |= {m for m in modules if isinstance(m, uuid.UUID)}
        if self._waiting:
            self._soon.start()  # a burst of drops or an undo and redo make one round

    def _start(self) -> None:
        if self.job is not None or not self._waiting or self._path is None:
            return
        from app.gui.worker import Job  # noqa: PLC0415 - after start-up

        modules, self._waiting = set(self._waiting), set()
        path, cache = self._path, self._cache
        job = Job(lambda progress: _warm(path, modules, cache, progress), self)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.job = job
        job.start()

    def stop(self) -> None:
        """Stop a round under way (the window closes): photos not started are left for export."""
        self._soon.stop()
        job = self.job
        if job is not None:
            job.cancel()
            job.done.wait(30)

    def _finished(self, made: object) -> None:
        self.job = None
        self.done.emit(int(made))  # type: ignore[arg-type]
        self._start()  # what came in meanwhile

    def _failed(self, exc: BaseException, _trace: str) -> None:
        from export.errors import Cancelled  # noqa: PLC0415

        self.job = None
        if not isinstance(exc, Cancelled):
            log.info("images left for the export to process: %s", exc)
        self._start()


def _warm(path: Path, modules: set[uuid.UUID], cache: Path | None,
          progress: Any = None) -> int:  # noqa: ANN401 - the job's progress callback
    """Process the images of these modules that are not cached yet; return how many."""
    import functools  # noqa: PLC0415

    from authoring.errors import KiemError  # noqa: PLC0415
    from authoring.services import Services  # noqa: PLC0415
    from authoring.workspace import Workspace  # noqa: PLC0415
    from export import images  # noqa: PLC0415

    todo: dict[str, Any] = {}
    with Workspace.open(path, create=False) as workspace:
        services = Services(workspace)
        for module in modules:
            try:
                snap = services.modules.snapshot(module)
            except KiemError:
                continue  # deleted meanwhile
            for asset in snap.assets:
                if (asset.media_type.startswith("image/") and asset.sha256 not in todo
                        and images.cached(asset.sha256, cache) is None):
                    todo[asset.sha256] = (asset.sha256, functools.partial(
                        services.assets.data, asset.sha256), asset.extension)
        return len(images.process_many(list(todo.values()), cache, progress))
