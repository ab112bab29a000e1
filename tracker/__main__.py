"""``python -m tracker``: the desktop app (the command line is ``points-tracker-cli``)."""

import sys

from tracker.desktop import main

sys.exit(main())
