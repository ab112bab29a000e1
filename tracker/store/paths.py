"""Where the database file lives.

The GUI must use :func:`default_db_path` too (not ``QStandardPaths``), so that both front ends
open the same file on every platform.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_DIR_NAME = "PointsTracker"
DB_FILE_NAME = "points.sqlite3"
DB_ENV_VAR = "POINTS_TRACKER_DB"


def default_db_path() -> Path:
    """The platform's user data folder (e.g. ``~/.local/share/PointsTracker``) / ``points.sqlite3``."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_db_path(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The file to open: an explicit ``--db`` wins, then ``$POINTS_TRACKER_DB``, then the default.

    Blank values count as not given; ``~`` is expanded. The parent folders are created when the
    database is opened, not here.
    """
    env = os.environ if environ is None else environ
    for value in (cli_value, env.get(DB_ENV_VAR)):
        if value is not None and value.strip():
            return Path(value.strip()).expanduser()
    return default_db_path()
