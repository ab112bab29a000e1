"""What the window's language costs at start-up: compiling a translation once, then loading it.

    uv run python benchmarks/bench_language.py

A checkout compiles each ``.ts`` into the user's cache the first time that language is used
(``tracker/ui/language.py``); a built app carries the ``.qm`` files. Prints milliseconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tracker import i18n
from tracker.ui.language import apply_language, available_languages, compiled_translation


def main() -> int:
    app = QApplication(sys.argv[:1])
    for code in available_languages()[1:]:
        with tempfile.TemporaryDirectory() as folder:
            cache = Path(folder)
            started = time.perf_counter()
            compiled_translation(code, cache=cache)
            first = (time.perf_counter() - started) * 1000
            again = []
            for _ in range(20):
                started = time.perf_counter()
                compiled_translation(code, cache=cache)
                again.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            setup = apply_language(
                app, code, system=QLocale(code), find=lambda c, cache=cache: compiled_translation(c, cache=cache)
            )
            applied = (time.perf_counter() - started) * 1000
            for translator in setup.translators:
                app.removeTranslator(translator)
        print(
            f"{code:6} first compile {first:6.1f} ms   cached {statistics.median(again):5.2f} ms   "
            f"install translators and formats {applied:5.2f} ms"
        )
    i18n.install()
    return 0


if __name__ == "__main__":
    sys.exit(main())
