"""The console ``points-tracker-cli`` executable of the built app (see ../points-tracker.spec)."""

import sys

from tracker.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
