"""A clock for tests: it reads like `time.time` and only moves when told to."""

from __future__ import annotations


class FakeClock:
    """Seconds since the epoch, standing still until `advance` (or a write to `now`)."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock on by `seconds`."""
        self.now += seconds
