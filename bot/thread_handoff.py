"""Handing a worker thread's result back to the event loop that waits for it, in one call."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any


def hand_back(
    loop: asyncio.AbstractEventLoop,
    done: asyncio.Future[Any],
    result: object = None,
    error: BaseException | None = None,
) -> None:
    """Settle `done` on its own loop, from any thread: with `error` if given, else `result`.

    One `call_soon_threadsafe` and nothing else. A caller cancelled meanwhile, or a loop
    already closed, leaves nobody waiting, so the outcome is dropped.
    """
    with contextlib.suppress(RuntimeError):  # the caller's loop closed: nobody is waiting
        if error is not None:
            loop.call_soon_threadsafe(_fail, done, error)
        else:
            loop.call_soon_threadsafe(_succeed, done, result)


def _succeed(done: asyncio.Future[Any], result: object) -> None:
    if not done.done():  # the caller may have been cancelled meanwhile
        done.set_result(result)


def _fail(done: asyncio.Future[Any], exc: BaseException) -> None:
    if not done.done():
        done.set_exception(exc)
