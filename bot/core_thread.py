"""The one thread the pure core runs on, so that a slow decision never stalls the event loop.

A call is handed over with one queue put, and its outcome back with one
`call_soon_threadsafe`, as `bot.stores.sqlite_thread` does for SQLite: the event loop's
`run_in_executor` costs over twice that (a work item, a lock, and a second future chained to
the first) on every turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_Job = tuple[Callable[[], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]


class CoreThread:
    """A daemon thread running the calls given to `run`, one at a time, in order."""

    def __init__(self, name: str) -> None:
        """Start the thread.

        Args:
            name: the thread's name (seen in profiles and thread dumps).
        """
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        # A daemon: a pipeline never stopped must not keep the interpreter from exiting. The
        # thread holds only the queue, so that dropping the owner can stop it (`stop`).
        self._thread = threading.Thread(target=_serve, args=(self._jobs,), name=name, daemon=True)
        self._thread.start()

    def run(self, call: Callable[[], T]) -> asyncio.Future[T]:
        """Run `call` on the thread; the future (of the running loop) gets its result or error.

        Cancelling the future does not stop a call already started; its outcome is dropped.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        self._jobs.put((call, done, loop))
        return done

    def stop(self) -> None:
        """Let the thread end once the calls already given have run."""
        self._jobs.put(None)


def _serve(jobs: queue.SimpleQueue[_Job | None]) -> None:
    while (job := jobs.get()) is not None:
        call, done, loop = job
        try:
            result = call()
        except BaseException as exc:  # handed to the caller, on its loop
            _hand_back(loop, _fail, done, exc)
        else:
            _hand_back(loop, _succeed, done, result)


def _hand_back(
    loop: asyncio.AbstractEventLoop,
    settle: Callable[[asyncio.Future[Any], Any], None],
    done: asyncio.Future[Any],
    outcome: object,
) -> None:
    with contextlib.suppress(RuntimeError):  # the caller's loop closed: nobody is waiting
        loop.call_soon_threadsafe(settle, done, outcome)


def _succeed(done: asyncio.Future[Any], result: object) -> None:
    if not done.done():  # the caller may have been cancelled meanwhile
        done.set_result(result)


def _fail(done: asyncio.Future[Any], exc: BaseException) -> None:
    if not done.done():
        done.set_exception(exc)
