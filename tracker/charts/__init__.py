"""Charts of the points: what each shows (:mod:`.data`), in which colours (:mod:`.palette`), drawn
onto a matplotlib ``Figure`` (:mod:`.draw`).

Importing this package does not import matplotlib: only :mod:`tracker.charts.draw` does, so the
window and the command line pay for matplotlib when they first draw a chart.
"""

from tracker.charts.data import (
    SOURCE_LABELS,
    CheckMark,
    ExpiringData,
    PlanData,
    SourcesData,
    SourceSeries,
    TierBand,
    TimelineData,
    expiring_data,
    plan_data,
    plan_for,
    sources_data,
    timeline_data,
)
from tracker.charts.palette import ChartPalette

__all__ = [
    "SOURCE_LABELS",
    "ChartPalette",
    "CheckMark",
    "ExpiringData",
    "PlanData",
    "SourceSeries",
    "SourcesData",
    "TierBand",
    "TimelineData",
    "expiring_data",
    "plan_data",
    "plan_for",
    "sources_data",
    "timeline_data",
]
