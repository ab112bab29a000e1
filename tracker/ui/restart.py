"""Starting Points Tracker again, for a change that takes effect at start-up (the language).

The new process is started when this one exits (``atexit``), after the window has closed and the
database and its lock are released, so that the new one opens the file as usual.
"""

from __future__ import annotations

import atexit
import contextlib
import sys

_scheduled = False


def restart_command() -> list[str]:
    """How this process was started: the frozen app itself, or Python with its arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def _relaunch() -> None:
    import subprocess  # here: every start would import it for the few that restart

    with contextlib.suppress(OSError):  # then the shopper starts it by hand: there is no window to tell
        subprocess.Popen(restart_command(), start_new_session=True, close_fds=True)


def relaunch_at_exit() -> None:
    """Start Points Tracker again once this process exits (once, however often asked)."""
    global _scheduled
    if not _scheduled:
        _scheduled = True
        atexit.register(_relaunch)
