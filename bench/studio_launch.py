"""The studio as a user starts it, timed from the exec to its window on the screen.

`kiem --workspace WS` runs with KIEM_STARTUP_MARK naming a file, into which the studio writes
when its window first showed and when the library was painted in it (app/gui/startup.py);
the reference is a bare PySide6 QMainWindow process that marks its first paint the same way.
Each process is ended once it has marked what is timed. A checkout from before the mark
existed is started through `OLD_STUDIO`, which marks the main window's first paint (there the
window showed with its library in it). `FIRST_OPEN` starts the studio, waits until the library
is painted and a person would have found a module (`SETTLE_MS`), then opens the module and
prints how long until the editor was painted, and until the preview showed the page.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SETTLE_MS = 1500  # from the library on the screen to the person's double-click

_PAINT_MARKER = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer

def _mark(moment):
    with open(os.environ["KIEM_STARTUP_MARK"], "a") as fh:
        fh.write(f"{moment} {time.time():.6f}\\n")

class _FirstPaint(QObject):
    def __init__(self, widget, moments):
        super().__init__(widget)
        self.moments = moments
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.moments:
            moments, self.moments = self.moments, ()
            QTimer.singleShot(0, lambda: [_mark(m) for m in moments])
        return False
"""

BARE_WINDOW = _PAINT_MARKER + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
_FirstPaint(window, ("shown",))
window.show()
app.exec()
"""

OLD_STUDIO = _PAINT_MARKER + """
import sys
from app.gui import main_window

class Marked(main_window.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._first_paint = _FirstPaint(self, ("shown", "ready"))

main_window.MainWindow = Marked
from app.cli import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""

FIRST_OPEN = """
import sys, time, uuid
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    # Calls `then` once, after the first paint of `widget` or of a widget inside it.

    def __init__(self, widget, then):
        super().__init__(widget)
        self.widget, self.then = widget, then
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and self.then
                and (watched is self.widget or self.widget.isAncestorOf(watched))):
            then, self.then = self.then, None
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False

def open_module():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "open_module"))
    begin = time.perf_counter()
    times = {}

    def done(what):
        times.setdefault(what, time.perf_counter() - begin)
        if len(times) == 2:
            print(times["editor"], times["preview"], flush=True)
            QApplication.exit(0)

    window.open_module(uuid.UUID(sys.argv[2]))
    window.preview.updated.connect(lambda *_: done("preview"))
    Painted(window.editor, lambda: done("editor"))

def when_ready():
    QTimer.singleShot(int(sys.argv[3]), open_module)

try:
    from app.gui import startup
except ImportError:  # a checkout from before startup.py: the window showed with its library
    from app.gui import main_window

    class Marked(main_window.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._first_paint = Painted(self, when_ready)

    main_window.MainWindow = Marked
else:
    mark = startup.mark

    def watched(moment):
        mark(moment)
        if moment == "ready":
            when_ready()

    startup.mark = watched
from app.cli import main
main(["--workspace", sys.argv[1]])
"""


def launch(python: str, tree: Path | None, args: list[str], env: dict[str, str],
           moment: str, timeout: float = 60) -> float | None:
    """Seconds from exec to `moment` in the mark file; `tree` None: the bare window."""
    with tempfile.TemporaryDirectory(prefix="kiem-mark-") as folder:
        marks = Path(folder) / "marks.txt"
        run_env = {**env, "KIEM_STARTUP_MARK": str(marks)}
        if tree is None:
            command = [python, "-c", BARE_WINDOW]
        elif (tree / "app/gui/startup.py").exists():
            command = [python, "-m", "app.cli", "--workspace", *args]
        else:
            command = [python, "-c", OLD_STUDIO, *args]
        if tree is not None:
            run_env["PYTHONPATH"] = str(tree)
        start = time.time()
        child = subprocess.Popen(command, cwd=tree or Path.cwd(), env=run_env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            return _wait_for(marks, moment, child, timeout) - start
        except TimeoutError:
            return None
        finally:
            _end(child)


def _wait_for(marks: Path, moment: str, child: subprocess.Popen[bytes],
              timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            for line in marks.read_text(encoding="utf-8").splitlines():
                name, at = line.split()
                if name == moment:
                    return float(at)
        if child.poll() is not None:
            break
        time.sleep(0.005)
    raise TimeoutError(moment)


def _end(child: subprocess.Popen[bytes]) -> None:
    """End the studio this bench started (by its own handle), waiting for it to go."""
    if child.poll() is None:
        child.terminate()
    try:
        child.wait(timeout=20)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def first_open(python: str, tree: Path, workspace: Path, module_id: str,
               env: dict[str, str]) -> tuple[float, float] | None:
    """Seconds from asking to open a module to the editor painted, and to its preview shown."""
    run_env = {**env, "PYTHONPATH": str(tree), "KIEM_STARTUP_MARK": os.devnull}
    done = subprocess.run([python, "-c", FIRST_OPEN, str(workspace), module_id,
                           str(SETTLE_MS)], cwd=tree, env=run_env, capture_output=True,
                          text=True, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    editor, preview = map(float, lines[-1].split()[:2])
    return editor, preview
