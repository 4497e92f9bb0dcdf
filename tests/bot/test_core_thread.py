"""The core's worker thread: calls run one at a time, in order, off the event loop, and what a
call raises reaches its caller."""

from __future__ import annotations

import asyncio
import threading
from functools import partial

import pytest

from bot.core_thread import CoreThread


async def test_calls_run_in_order_on_one_thread_that_is_not_the_loops() -> None:
    core = CoreThread("infoshare-core")
    ran: list[tuple[int, str]] = []

    def call(n: int) -> int:
        ran.append((n, threading.current_thread().name))
        return n * n

    try:
        results = await asyncio.gather(*(core.run(partial(call, n)) for n in range(20)))
    finally:
        core.stop()

    assert results == [n * n for n in range(20)]
    assert [n for n, _ in ran] == list(range(20))
    assert {name for _, name in ran} == {"infoshare-core_0"}
    assert threading.current_thread().name != "infoshare-core_0"


async def test_what_a_call_raises_reaches_its_caller_and_the_thread_goes_on() -> None:
    core = CoreThread("infoshare-core")

    def broken() -> int:
        raise ValueError("a broken pack")

    try:
        with pytest.raises(ValueError, match="a broken pack"):
            await core.run(broken)
        assert await core.run(lambda: 42) == 42
    finally:
        core.stop()


async def test_a_caller_that_gave_up_does_not_stop_the_next_call() -> None:
    core = CoreThread("infoshare-core")
    release = threading.Event()
    try:
        waiting = asyncio.create_task(core.run(release.wait))
        await asyncio.sleep(0.01)
        waiting.cancel()
        release.set()
        assert await core.run(lambda: "next") == "next"
    finally:
        core.stop()
