"""One SQLite connection on a thread of its own, that runs a whole store operation per call.

This is what aiosqlite does, with one difference that matters on every turn: aiosqlite hands
each statement (and each cursor's closing) to its thread and back, seven handoffs for a turn's
four store calls; here a call is any function of the connection, so a turn's claim and read of
its conversation take one handoff, as does each later write.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class SQLiteThread:
    """A SQLite connection used only from its own thread.

    Build one with `await SQLiteThread.connect(path)`; `close` closes the connection and lets
    the thread go. A call after `close` raises `ValueError`, as aiosqlite's do.
    """

    def __init__(self, thread: ThreadPoolExecutor, db: sqlite3.Connection) -> None:
        """Wrap a connection made on `thread`; use `SQLiteThread.connect` instead."""
        self._thread = thread
        self._db: sqlite3.Connection | None = db

    @classmethod
    async def connect(cls, path: Path, *, busy_timeout_seconds: float) -> SQLiteThread:
        """Open `path` in autocommit mode (each statement its own transaction).

        Args:
            path: the database file (created if missing).
            busy_timeout_seconds: how long a write waits for another process's write.

        Raises:
            sqlite3.Error: the file cannot be opened.
        """
        thread = ThreadPoolExecutor(1, "infoshare-sqlite")

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(path, timeout=busy_timeout_seconds, isolation_level=None)

        try:
            db = await asyncio.get_running_loop().run_in_executor(thread, connect)
        except BaseException:
            thread.shutdown(wait=False)
            raise
        return cls(thread, db)

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` with the connection on its thread, and return what it returns.

        Raises:
            ValueError: the connection is closed.
        """
        if self._db is None:
            raise ValueError("the SQLite store is closed")
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._call, work)

    async def close(self) -> None:
        """Close the connection and end its thread; safe to call twice."""
        if self._db is None:
            return
        await self.run(sqlite3.Connection.close)
        self._db = None
        self._thread.shutdown(wait=False)

    def _call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        if self._db is None:
            raise ValueError("the SQLite store is closed")
        return work(self._db)
