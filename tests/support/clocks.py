"""Clocks for tests: they read like `time.time` and only move when told to, or when the code
under test waits."""

from __future__ import annotations

import asyncio


class FakeClock:
    """Seconds since the epoch, standing still until `advance` (or a write to `now`)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock on by `seconds`."""
        self.now += seconds


class PassingTime(FakeClock):
    """A clock for the store and the pipeline that moves on only when the pipeline waits."""

    async def sleep(self, seconds: float) -> None:
        """Move the clock on by `seconds`, letting other tasks run once."""
        self.now += seconds
        await asyncio.sleep(0)
