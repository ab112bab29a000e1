"""The windowed ``points-tracker`` executable of the built app (see ../points-tracker.spec).

It runs :func:`tracker.app.main`, like the ``points-tracker`` entry point of the wheel. With
``POINTS_TRACKER_SMOKE_TEST=1`` (``packaging/build.py`` sets it, with ``QT_QPA_PLATFORM=offscreen``)
it instead starts the app the same way (:func:`tracker.app.launch`), on the database named by
``--db``, waits until the dashboard has been painted, shows and draws every other page once,
closes the window and quits:

- exit 0 and four lines on standard output when all went well: ``smoke test: dashboard painted
  N ms after start``, ``smoke test: pages KEY, …``, ``smoke test: placeholders KEY, …|none`` and
  ``smoke test: language CODE menus &File, …`` (the menu titles, in the language it started in);
- exit 1 with the traceback or the dialog's text on standard error when anything raised or the app
  put up a message box (nobody could answer it);
- exit 2 when the dashboard was not painted within 30 seconds.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Sequence
from typing import Any

SMOKE_TEST_ENV_VAR = "POINTS_TRACKER_SMOKE_TEST"
SMOKE_TEST_TIMEOUT_MS = 30_000
_STARTED = time.perf_counter()


def smoke_test(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tracker.app import launch

    problems: list[str] = []

    def fail(text: str, code: int = 1) -> None:
        problems.append(text)
        print(f"smoke test: {text}", file=sys.stderr, flush=True)
        app = QApplication.instance()
        if app is not None:
            app.exit(code)

    def refuse(kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> object:
            fail(f"a {kind} message box came up: {title}: {text}")
            return QMessageBox.StandardButton.NoButton

        return show

    for kind in ("critical", "warning", "information", "question"):
        setattr(QMessageBox, kind, refuse(kind))

    try:
        launched = launch(argv)
    except Exception:
        print(traceback.format_exc(), file=sys.stderr)
        return 1
    if isinstance(launched, int):
        return launched or 1
    app, window = launched
    sys.excepthook = lambda *error: fail("".join(traceback.format_exception(*error)))

    def finish() -> None:
        if problems:
            return
        shown = window.current_page_key()
        if shown != "dashboard":
            fail(f"the window shows the page {shown!r}, not the dashboard")
            return
        painted_ms = (time.perf_counter() - _STARTED) * 1000
        print(f"smoke test: dashboard painted {painted_ms:.0f} ms after start", flush=True)
        # Every page once, drawn: pages import their modules by name on first show, and a module
        # missing from the build would otherwise go unnoticed (or show a placeholder).
        placeholders = []
        for key in window.page_keys():
            page = window.show_page(key)
            page.grab()
            if type(page).__name__ == "PlaceholderPage":
                placeholders.append(key)
        window.show_page("dashboard")
        print(f"smoke test: pages {', '.join(window.page_keys())}", flush=True)
        print(f"smoke test: placeholders {', '.join(placeholders) or 'none'}", flush=True)
        menus = [action.text() for action in window.menuBar().actions()]
        print(f"smoke test: language {app.property('language')} menus {', '.join(menus)}", flush=True)
        window.close()
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, finish)
            return False

    page = window.stack.currentWidget()
    if page is None:
        fail("the window shows no page")
        return 1
    first_paint = FirstPaint(page)
    page.installEventFilter(first_paint)
    timer = QTimer(app, singleShot=True, interval=SMOKE_TEST_TIMEOUT_MS)
    timer.timeout.connect(lambda: fail(f"the dashboard was not painted within {SMOKE_TEST_TIMEOUT_MS} ms", 2))
    timer.start()
    code = app.exec()
    return code if code or not problems else 1


if __name__ == "__main__":
    if os.environ.get(SMOKE_TEST_ENV_VAR) == "1":
        sys.exit(smoke_test())
    from tracker.desktop import main

    sys.exit(main())
