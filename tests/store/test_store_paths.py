"""Which database file is opened: --db, then $POINTS_TRACKER_DB, then the user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from tracker.store.paths import DB_ENV_VAR, default_db_path, expand_user, resolve_db_path


def test_default_is_in_the_platform_user_data_folder() -> None:
    expected = Path(platformdirs.user_data_dir("PointsTracker", appauthor=False)) / "points.sqlite3"
    assert default_db_path() == expected


def test_explicit_db_wins_over_the_environment() -> None:
    assert resolve_db_path("/tmp/a.sqlite3", {DB_ENV_VAR: "/tmp/b.sqlite3"}) == Path("/tmp/a.sqlite3")


def test_environment_wins_over_the_default() -> None:
    assert resolve_db_path(None, {DB_ENV_VAR: "/tmp/b.sqlite3"}) == Path("/tmp/b.sqlite3")


def test_blank_values_fall_through_to_the_default() -> None:
    assert resolve_db_path("  ", {DB_ENV_VAR: ""}) == default_db_path()


def test_home_is_expanded() -> None:
    assert resolve_db_path("~/points.sqlite3", {}) == Path.home() / "points.sqlite3"


def test_a_tilde_naming_no_user_is_a_file_of_that_name_as_in_a_shell() -> None:
    """``Path("~0").expanduser()`` raises RuntimeError (no user "0"): the fuzz test of the
    command line found ``backup ~0`` ending in "unexpected error"."""
    assert expand_user("~no-such-user-here/points.sqlite3") == Path("~no-such-user-here/points.sqlite3")
    assert expand_user("~/points.sqlite3") == Path.home() / "points.sqlite3"
    assert resolve_db_path("~0", {}) == Path("~0")
