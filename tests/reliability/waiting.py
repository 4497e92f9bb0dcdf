"""Waiting, as a person does, for an answer to show up."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def arrival(arrived: asyncio.Event, look: Callable[[], T | None], seconds: float) -> T | None:
    """`look()` once it finds something, woken by `arrived`; None after `seconds` of nothing."""
    deadline = time.monotonic() + seconds
    while (found := look()) is None:
        arrived.clear()
        try:
            await asyncio.wait_for(arrived.wait(), timeout=deadline - time.monotonic())
        except TimeoutError:
            return look()
    return found
