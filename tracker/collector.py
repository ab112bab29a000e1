"""Pausing Python's cyclic garbage collector while many small objects are made.

A heavy history is tens of thousands of records, ledger entries and table rows: tuples and
frozen dataclasses that hold no cycles. Made in a burst, they set the cyclic collector off again
and again, and each collection walks everything alive — the records already loaded included —
to find nothing to free (measured: a fifth of a status, a sixth of loading the records, three
times the indexing of a ledger). Reference counting still frees memory as usual.

Standard library only, so that every layer, the rules included, may use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block, then as it was before; nested, the outermost pause
    decides when it resumes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
