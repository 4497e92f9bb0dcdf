"""Holding off Python's cyclic garbage collector while long-lived tables are made.

It imports nothing but `gc`: the command line pauses the collector before its first import of
weight, and a collection while `contextlib` or `collections` were being imported for this module
walked every object made so far (round 20: 6,680 objects, one start in every few).
"""

from __future__ import annotations

import gc


class _Paused:
    """The collector held off from `__enter__` to `__exit__`, then as it was before."""

    def __init__(self) -> None:
        self._was_enabled = False

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self._was_enabled:
            gc.enable()


def collector_paused() -> _Paused:
    """Hold off the cyclic garbage collector while what is made lives on (the matcher, the
    knowledge read back from the cache); use as ``with collector_paused():``.

    Building makes millions of lists, dicts and tuples that all live on, and none refer in a
    cycle: every full collection meanwhile walks all of them again for nothing (about a third
    of a cached start at 20,000 entries). Afterwards the collector runs as before.
    """
    return _Paused()
