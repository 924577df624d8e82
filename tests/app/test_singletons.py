"""A long studio session must not abort Python (PySide6 6.12 on 3.11 leaks None and True).

Calls that return nothing used to abort Python after about 46,000 of them; `Signal.emit`
after a few hundred (it returns True without a reference).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SESSION = """
import app.gui  # the studio's package: keeps None, True and False alive
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
class Source(QObject):
    fired = Signal(bool)
app = QApplication([])
label = QLabel()
source = Source()
source.fired.connect(label.setVisible)
for i in range(200_000):
    {call}
app.processEvents()
print("survived")
"""


@pytest.mark.parametrize("call", ['label.setText("x")  # returns None',
                                  "source.fired.emit(False)  # returns True"])
def test_a_long_session_of_qt_calls_does_not_abort_python(call: str):
    result = subprocess.run([sys.executable, "-c", SESSION.format(call=call)], cwd=REPO,
                            capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
