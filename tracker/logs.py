"""The log file both front ends write, set up once per run.

One file, ``points-tracker.log`` in the data folder (beside the default database, e.g.
``~/.local/share/PointsTracker``), readable by its owner only in a folder only its owner can
open — a traceback can quote a record. It is rotated at about 1 MB, keeping one older file
(``points-tracker.log.1``); the window and the command line may both write to it.

- The window (:func:`tracker.app.main`) logs what it does to the file — files opened, schema
  upgrades, backups made and restored, imports written and undone — and every unexpected error
  with its traceback. ``points-tracker --debug`` adds the debugging details and copies every
  line to stderr.
- The command line writes the file only when something goes wrong: a warning (a backup that
  could not be made) or an unexpected error, with its traceback, while stderr gets one line that
  says where the log is. So an ordinary run leaves no trace. ``points-tracker-cli --debug``
  writes everything, debugging details included, to the file and to stderr, and prints the
  traceback of an unexpected error.

Modules log through ``logging.getLogger(__name__)``; only the ``tracker`` loggers go below
warnings, so peewee's queries and filelock's chatter stay out even with ``--debug``. The file is
opened only when the first line is written, and ``logging.handlers`` imported only then, so a
command that logs nothing starts as fast as before.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

__all__ = ["LOG_FILE_NAME", "LogFile", "configure", "current_log", "log_path", "log_unexpected", "stop_logging"]

LOG_FILE_NAME = "points-tracker.log"
MAX_BYTES = 1_000_000
KEEP_OLDER = 1
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

logger = logging.getLogger("tracker")


def log_path() -> Path:
    """The log file, in the data folder beside the default database (``--db`` does not move it)."""
    from tracker.store.paths import default_db_path

    return default_db_path().parent / LOG_FILE_NAME


class LogFile(logging.Handler):
    """Writes records to the rotating log file, made on first use, readable by its owner only.

    A log that cannot be written (a read-only or full disk) is given up without a word: the
    front end still tells the shopper what happened, and :attr:`failed` says the details are
    nowhere to be found.
    """

    def __init__(self, path: Path | None, level: int) -> None:
        super().__init__(level)
        self._path = path  # None: the default, found when first needed (platformdirs costs a start)
        self.failed = False
        self._file: logging.Handler | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = log_path()
        return self._path

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        try:
            if self._file is None:
                self._file = _rotating_file(self)
            self._file.emit(record)
        except Exception:  # what logging does with a handler's error, without printing it
            self.failed = True

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def _rotating_file(owner: LogFile) -> logging.Handler:
    """A ``RotatingFileHandler`` whose every new file is private; its errors mark ``owner`` failed."""
    from logging.handlers import RotatingFileHandler  # only once there is something to write

    class PrivateRotatingFile(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            path = Path(self.baseFilename)
            from tracker.store.paths import make_private_folder

            make_private_folder(path.parent)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return open(descriptor, "a", encoding="utf-8")

        def handleError(self, record: logging.LogRecord) -> None:
            owner.failed = True

    handler = PrivateRotatingFile(owner.path, maxBytes=MAX_BYTES, backupCount=KEEP_OLDER, encoding="utf-8", delay=True)
    handler.setFormatter(owner.formatter)
    return handler


def configure(*, debug: bool, file_level: int, path: Path | None = None) -> LogFile:
    """Send log records to the log file (``file_level`` and up; everything with ``debug``) and,
    with ``debug``, to stderr too. Replaces what an earlier call set up; returns the file's handler.
    """
    stop_logging()
    formatter = logging.Formatter(FORMAT)
    log_file = LogFile(path, logging.DEBUG if debug else file_level)
    log_file.setFormatter(formatter)
    root = logging.getLogger()
    root.addHandler(log_file)
    if debug:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(formatter)
        console.set_name(_CONSOLE)
        root.addHandler(console)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # other libraries: their warnings and errors only
    logger.setLevel(logging.DEBUG if debug else min(file_level, logging.WARNING))
    return log_file


_CONSOLE = "points-tracker-console"


def current_log() -> LogFile | None:
    """The log file :func:`configure` set up, if any."""
    return next((handler for handler in logging.getLogger().handlers if isinstance(handler, LogFile)), None)


def stop_logging() -> None:
    """Close and take away what :func:`configure` set up (other handlers, e.g. pytest's, stay)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, LogFile) or handler.get_name() == _CONSOLE:
            root.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.NOTSET)


def log_unexpected(error: ExcInfo, where: str = "") -> Path | None:
    """Log an unexpected error with its traceback; returns the log file it went to, or None when
    it could not be written there."""
    logger.error("Unexpected error%s", f" in {where}" if where else "", exc_info=error)
    log_file = current_log()
    if log_file is None or log_file.failed:
        return None
    log_file.flush()
    return log_file.path
