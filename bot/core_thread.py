"""The one worker thread the pure core runs on, off the event loop, with a lean handoff.

`loop.run_in_executor` on a one-thread pool costs the event loop, for every call, a
`concurrent.futures.Future` chained to an asyncio one, the pool's work item, lock and idle
semaphore, and a callback chain on the way back. Here a call is a queue put, and its result
comes back with one `call_soon_threadsafe` (as `bot.stores.sqlite_thread` hands back a store
call): about half the event loop's work per decision.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from bot.thread_handoff import hand_back

T = TypeVar("T")
_Job = tuple[Callable[[], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]


class CoreThread:
    """Runs calls one at a time on a daemon thread of its own, started at the first call.

    `stop` ends the thread once the calls already queued have run; safe to call twice, and
    from a finaliser (it only puts on a queue).
    """

    def __init__(self, name: str) -> None:
        """Args:
        name: the thread's name (the start of it, as a pool's thread would be named).
        """
        self._name = name
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    async def run(self, call: Callable[[], T]) -> T:
        """Run `call` on the thread and return what it returns (or raise what it raised)."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        self._jobs.put((call, done, loop))
        if self._thread is None:
            # Started with its first call queued, as a pool starts its thread: it runs the
            # call as soon as it starts, instead of waiting for the event loop to let it in.
            self._start()
        return await done

    def stop(self) -> None:
        """Let the thread end after the calls already queued."""
        self._jobs.put(None)

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                # A daemon, like a pool's thread: a pipeline never closed must not keep the
                # interpreter from exiting.
                thread = threading.Thread(target=self._serve, name=f"{self._name}_0", daemon=True)
                thread.start()
                self._thread = thread

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            call, done, loop = job
            try:
                result = call()
            except BaseException as exc:  # handed to the caller, on its loop
                hand_back(loop, done, error=exc)
            else:
                hand_back(loop, done, result)
            del job, call, done  # nothing of a finished call is kept alive while waiting
