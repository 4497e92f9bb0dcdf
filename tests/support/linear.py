"""Whether a check's work grows in step with its text (thread CPU time, so that other work on a
shared machine does not count)."""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_seconds(check: Callable[[str], object], text: str) -> float:
    """The least CPU time of three runs of `check` on `text` (this thread's)."""
    best = float("inf")
    for _ in range(3):
        started = time.thread_time()
        check(text)
        best = min(best, time.thread_time() - started)
    return best


def repeated(unit: str, length: int) -> str:
    """`unit` repeated to exactly `length` characters."""
    return (unit * (length // len(unit) + 1))[:length]


def grows_in_step(check: Callable[[str], object], unit: str) -> tuple[bool, float, float]:
    """Whether ten times the text (400 against 4,000 characters of `unit`) costs at most 25 times
    the CPU (a pass per word would be 100); with the two times, for the failure message."""
    small = cpu_seconds(check, repeated(unit, 400))
    large = cpu_seconds(check, repeated(unit, 4000))
    return large <= 25 * small + 0.01, small, large
