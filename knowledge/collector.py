"""Holding off Python's cyclic garbage collector while long-lived tables are made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while what is made lives on (the matcher, the
    knowledge read back from the cache).

    Building makes millions of lists, dicts and tuples that all live on, and none refer in a
    cycle: every full collection meanwhile walks all of them again for nothing (about a third
    of a cached start at 20,000 entries). Afterwards the collector runs as before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
