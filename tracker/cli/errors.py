"""Exit statuses and bad input, shared by every command.

Exit status: 0 on success; 2 on bad input (a one-line message saying what and where, and
nothing written); 1 when the database cannot be used (locked, damaged, newer); 3 for an error
Points Tracker did not expect — a bug, whose details are in the log file (:mod:`tracker.logs`);
130 when interrupted (Ctrl+C).
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as a shell reports a program stopped by Ctrl+C (128 + SIGINT)
PROGRAM = "points-tracker-cli"


class BadInput(Exception):
    """Something the user typed or gave us is wrong; the message says what and where."""


def fail(message: str, code: int) -> int:
    """Print ``message`` as the program's one line on stderr; returns ``code``."""
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    return code
