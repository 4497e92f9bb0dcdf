"""One SQLite connection on a thread of its own, that runs a whole store operation per call.

This is what aiosqlite does, with one difference that matters on every turn: aiosqlite hands
each statement (and each cursor's closing) to its thread and back, seven handoffs for a turn's
four store calls; here a call is any function of the connection, so a turn's claim and read of
its conversation take one handoff, as does each later write. A handoff is a queue put and one
`call_soon_threadsafe`, as lean as aiosqlite's (`run_in_executor` costs over twice as much).
"""

from __future__ import annotations

import asyncio
import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bot.thread_handoff import hand_back

T = TypeVar("T")
_Job = tuple[Callable[[sqlite3.Connection], Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]


class SQLiteThread:
    """A SQLite connection used only from its own thread.

    Build one with `await SQLiteThread.connect(path)`; `close` closes the connection and ends
    the thread. A call after `close` raises `ValueError`, as aiosqlite's do.
    """

    def __init__(self) -> None:
        """Start the thread, with no connection yet; use `SQLiteThread.connect` instead."""
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._db: sqlite3.Connection | None = None
        self._closed = False
        # A daemon: a store never closed must not keep the interpreter from exiting.
        self._thread = threading.Thread(target=self._serve, name="infoshare-sqlite", daemon=True)
        self._thread.start()

    @classmethod
    async def connect(cls, path: Path, *, busy_timeout_seconds: float) -> SQLiteThread:
        """Open `path` in autocommit mode (each statement its own transaction).

        Args:
            path: the database file (created if missing).
            busy_timeout_seconds: how long a write waits for another process's write.

        Raises:
            sqlite3.Error: the file cannot be opened.
        """
        made = cls()
        try:
            made._db = await made._submit(
                lambda _: sqlite3.connect(path, timeout=busy_timeout_seconds, isolation_level=None)
            )
        except BaseException:
            made._jobs.put(None)
            raise
        return made

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` with the connection on its thread, and return what it returns.

        Raises:
            ValueError: the connection is closed.
        """
        if self._closed:
            raise ValueError("the SQLite store is closed")
        result: T = await self._submit(work)
        return result

    async def close(self) -> None:
        """Close the connection and end its thread; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        await self._submit(sqlite3.Connection.close)
        self._jobs.put(None)

    def _submit(self, work: Callable[[sqlite3.Connection], Any]) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[Any] = loop.create_future()
        self._jobs.put((work, done, loop))
        return done

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            work, done, loop = job
            try:
                result = work(self._db)  # type: ignore[arg-type]  # None only while connecting
            except BaseException as exc:  # handed to the caller, on its loop
                hand_back(loop, done, error=exc)
            else:
                hand_back(loop, done, result)
