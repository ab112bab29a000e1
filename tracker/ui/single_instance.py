"""One window per data file: a second start hands over to the window already running.

The window that holds a file listens on a local socket (``QLocalServer``) named after the user
and the file's real path. A second ``points-tracker`` on the same file finds the file's lock
taken, connects, sends one line — ``{"file": "/path/to/import.csv"}`` or ``{"file": null}`` — and
exits once the window answers ``ok``; the window comes to the front and, given a file, opens the
import dialog on it.

The socket lives in ``$XDG_RUNTIME_DIR`` when there is one (a folder only the user can enter),
else where Qt puts local sockets (the temporary folder, or a named pipe on Windows), with access
for the user only. A crashed window's leftover socket is removed by the next window to hold the
file: holding the lock proves nobody else listens for it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tracker.store.paths import expand_user, real_db_path

logger = logging.getLogger(__name__)

_MAX_REQUEST_BYTES = 64 * 1024
_UNIX_SOCKET_PATH_LIMIT = 100  # sun_path holds 104–108 bytes, depending on the system
_ANSWER = b"ok\n"


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "") or "user"


def instance_name(db_path: Path) -> str:
    """The socket of the window holding ``db_path``: one per user and per real file."""
    digest = hashlib.sha256(str(real_db_path(db_path)).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    name = f"points-tracker-{_user()}-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform != "win32" and runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK):
        in_runtime = os.path.join(runtime, name)
        if len(in_runtime.encode()) < _UNIX_SOCKET_PATH_LIMIT:
            return in_runtime
    return name


class InstanceServer(QObject):
    """Listens for second starts on the file the window has open.

    ``requested`` is emitted (after the second start has its answer) with the file to import,
    or None when the window is only to come to the front.
    """

    requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._pending: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._server.serverName() if self._server is not None else ""

    def listen(self, db_path: Path) -> bool:
        """Listen for ``db_path`` (and stop listening for the file before). False if the socket
        cannot be made: the window works all the same, a second start then says the file is open."""
        self.close()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = instance_name(db_path)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a crashed window's leftover: we hold the file's lock
            if not server.listen(name):
                server.deleteLater()
                return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._pending[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._on_ready_read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))

    def _forget(self, socket: QLocalSocket) -> None:
        self._pending.pop(socket, None)
        socket.deleteLater()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._pending:
            return
        data = self._pending[socket] + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < _MAX_REQUEST_BYTES:
            self._pending[socket] = data
            return
        self._pending.pop(socket, None)
        file = _requested_file(data.split(b"\n", 1)[0])
        socket.write(_ANSWER)
        socket.flush()
        socket.disconnectFromServer()
        logger.info("A second start handed over%s", f": import {file}" if file is not None else "")
        # After answering: importing opens a dialog that waits for the shopper.
        QTimer.singleShot(0, lambda: self.requested.emit(file))


def _requested_file(line: bytes) -> Path | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    file = message.get("file") if isinstance(message, dict) else None
    return Path(file) if isinstance(file, str) and file else None


def ask_running_window(db_path: Path, file: Path | None, timeout_seconds: float = 3.0) -> bool:
    """Ask the window holding ``db_path`` to come to the front (and import ``file``); True when
    it answered, False when no window listens for that file."""
    socket = QLocalSocket()
    socket.connectToServer(instance_name(db_path))
    timeout_ms = int(timeout_seconds * 1000)
    if not socket.waitForConnected(timeout_ms):
        return False
    deadline = time.monotonic() + timeout_seconds
    request = {"file": str(expand_user(file).absolute()) if file is not None else None}
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while True:
        answer += bytes(socket.readAll().data())  # also what came with the window's hang-up
        remaining = int((deadline - time.monotonic()) * 1000)
        if answer.endswith(b"\n") or remaining <= 0 or not socket.waitForReadyRead(remaining):
            answer += bytes(socket.readAll().data())
            break
    socket.abort()
    return answer == _ANSWER
