"""The core's thread: each call runs there, in order, and its result or error comes back."""

from __future__ import annotations

import asyncio
import threading
from functools import partial

import pytest

from bot.core_thread import CoreThread


async def test_calls_run_on_the_thread_in_order_and_their_results_come_back() -> None:
    core = CoreThread("infoshare-core-test")
    ran: list[tuple[int, str]] = []

    def call(n: int) -> int:
        ran.append((n, threading.current_thread().name))
        return n * n

    try:
        assert await asyncio.gather(*(core.run(partial(call, n)) for n in range(5))) == [
            0,
            1,
            4,
            9,
            16,
        ]
    finally:
        core.stop()
    assert ran == [(n, "infoshare-core-test") for n in range(5)]


async def test_an_error_in_a_call_is_raised_to_its_caller_and_the_thread_goes_on() -> None:
    core = CoreThread("infoshare-core-test")

    def broken() -> int:
        raise ValueError("no answer")

    try:
        with pytest.raises(ValueError, match="no answer"):
            await core.run(broken)
        assert await core.run(lambda: "still serving") == "still serving"
    finally:
        core.stop()


async def test_a_caller_that_gave_up_does_not_stop_the_calls_after_it() -> None:
    core = CoreThread("infoshare-core-test")
    release = threading.Event()
    try:
        slow = core.run(lambda: release.wait(5))
        slow.cancel()
        release.set()
        assert await core.run(lambda: "next") == "next"
        assert slow.cancelled()
    finally:
        core.stop()


async def test_once_stopped_the_thread_ends() -> None:
    core = CoreThread("infoshare-core-ended")
    assert await core.run(lambda: 1) == 1
    core.stop()
    for _ in range(100):
        if not any(t.name == "infoshare-core-ended" for t in threading.enumerate()):
            break
        await asyncio.sleep(0.01)
    assert not any(t.name == "infoshare-core-ended" for t in threading.enumerate())
