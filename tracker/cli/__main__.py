"""``python -m tracker.cli``: the command line."""

import sys

from tracker.cli.main import main

sys.exit(main())
