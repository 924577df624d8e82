"""A long studio session must not abort Python (PySide6 6.12 on 3.11 leaks None references).

It used to abort after about 46,000 Qt calls that return nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SESSION = """
import app.gui  # the studio's package: keeps None alive
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText("x")  # returns None
app.processEvents()
print("survived")
"""


def test_a_long_session_of_qt_calls_does_not_abort_python():
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=REPO, capture_output=True,
                            text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                         "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
