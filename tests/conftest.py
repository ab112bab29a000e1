"""Suite-wide: Qt draws offscreen, so window tests run without a display (CI has none)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
