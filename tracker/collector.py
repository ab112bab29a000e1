"""Pausing Python's cyclic garbage collector while many small objects are made.

A heavy history is tens of thousands of records, ledger entries and table rows: tuples and
frozen dataclasses that hold no cycles. Made in a burst, they set the cyclic collector off again
and again, and each collection walks everything alive — the records already loaded included —
to find nothing to free (measured: a fifth of a status, a sixth of loading the records, three
times the indexing of a ledger). Reference counting still frees memory as usual.

Resumed, the collector would take everything made during the pause as young and walk it all at
the next allocation (6 ms of a 35 ms status: its 29,000 ledger entries, which live on), and again
when they move up a generation. What a pause makes is meant to last, so on resuming it is handed
to the oldest generation at once, examined only by the rare full collections. ``gc.freeze()``
then ``gc.unfreeze()`` does that without walking anything: it moves every tracked object to the
oldest generation (nothing in the app freezes objects for good, which this would undo).

Standard library only, so that every layer, the rules included, may use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, then as it was before, with what the block made handed to
    the oldest generation; nested, the outermost pause decides when it resumes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
