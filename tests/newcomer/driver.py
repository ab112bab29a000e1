"""Drives the real app in its own process, as a newcomer would: ``python driver.py MODE [APP ARGS]``.

It starts the window through :func:`tracker.app.launch` (what ``points-tracker`` and
``python -m tracker`` run), waits until the window is on screen, does what MODE says through the
window's own actions and forms, quits through File ▸ Quit, and prints one JSON line with what
the window showed. It never reads the database itself.

Modes: ``shown`` (start and quit), ``add-order ORDER_NO`` (add an order through the form),
``orders`` (list what the Orders page shows), ``listen COUNT LOG`` (stay open for COUNT second
starts, writing to LOG one line for each: the file it passed, or ``-``, and whether an import
dialog opened on it, which is then cancelled).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableView, QWidget

import tracker
from tracker.app import launch
from tracker.ui.main_window import MainWindow
from tracker.ui.single_instance import InstanceServer

WAIT_MS = 20_000


def _fill_order_form(order_no: str, done: list[bool]) -> None:
    form = QApplication.activeModalWidget()
    if form is None:  # the form is not up yet
        QTimer.singleShot(50, lambda: _fill_order_form(order_no, done))
        return
    QTest.keyClicks(form.order_no, order_no)  # type: ignore[attr-defined]
    row = form.items.rows[0]  # type: ignore[attr-defined]
    QTest.keyClicks(row.title, "Desk lamp")
    QTest.keyClicks(row.price, "42.50")
    QTest.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    done.append(True)


def _orders_shown(window: MainWindow) -> list[str]:
    page: QWidget = window.show_page("orders")
    table = page.findChild(QTableView)
    assert table is not None, "the Orders page has no table"
    model = table.model()
    deadline = WAIT_MS
    while model.canFetchMore(QModelIndex()) and deadline > 0:
        model.fetchMore(QModelIndex())
        deadline -= 1
    cells = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column))
            if value is not None:
                cells.append(str(value))
    return cells


def _listen(app: QApplication, window: MainWindow, count: int, log_path: str) -> int:
    # The window listens for second starts once it has painted (tracker/app.py).
    deadline = time.monotonic() + WAIT_MS / 1000
    while window.findChild(InstanceServer) is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    server = window.findChild(InstanceServer)
    if server is None or not server.name:
        print("the window does not listen for second starts", flush=True)
        return 1
    dialogs: list[str] = []
    requests: list[str] = []

    def watch_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialogs.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
            dialog.reject()

    def on_request(file: object) -> None:  # runs after the window's own handling
        opened = dialogs.pop() if dialogs else ""
        seen = "-" if file is None else f"{file} dialog={Path(str(file)).name in opened}"
        requests.append(f"{seen} front={window.isVisible() and not window.isMinimized()}")
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(requests[-1] + "\n")
        if len(requests) >= count:
            QTimer.singleShot(0, window.action_quit.trigger)

    timer = QTimer(interval=50)
    timer.timeout.connect(watch_dialogs)
    timer.start()
    server.requested.connect(on_request)
    print("listening", flush=True)
    return app.exec()


def main(argv: list[str]) -> int:
    mode, *rest = argv
    order_no = ""
    if mode == "add-order":
        order_no, *rest = rest
    if mode == "listen":
        count, log_path, *rest = rest
    launched = launch(["points-tracker", *rest])
    if isinstance(launched, int):
        print(json.dumps({"exit": launched}), flush=True)
        return launched
    app, window = launched
    if not QTest.qWaitForWindowExposed(window, WAIT_MS):
        print(json.dumps({"error": "the window was never shown"}), flush=True)
        return 3
    if mode == "listen":
        return _listen(app, window, int(count), log_path)
    report: dict[str, object] = {
        "shown": window.isVisible(),
        "title": window.windowTitle(),
        "db": str(window.session.db_path),
        "tracker": tracker.__file__,
    }
    if mode == "add-order":
        done: list[bool] = []
        QTimer.singleShot(0, lambda: _fill_order_form(order_no, done))
        window.action_add_order.trigger()  # the form is modal: this returns once it is closed
        report["form_filled"] = bool(done)
    if mode in ("add-order", "orders"):
        report["orders"] = _orders_shown(window)
    print(json.dumps(report), flush=True)
    QTimer.singleShot(0, window.action_quit.trigger)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
