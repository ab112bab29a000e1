"""Points Tracker: keep your own record of AliExpress member points and see your tier ahead."""

__version__ = "0.1.0"
APP_NAME = "Points Tracker"
APP_ID = "io.github.pointstracker.PointsTracker"
