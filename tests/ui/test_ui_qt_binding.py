"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 aborted after a few thousand void calls."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(20_000):
    widget.setToolTip("x")
print("ok")
"""


def test_thousands_of_qt_calls_do_not_abort_the_process() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]
