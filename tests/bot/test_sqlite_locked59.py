"""A SQLite save refused because another writer held the file's lock frees the event (round 59).

Past the store's busy timeout SQLite gives up the write ("database is locked"), and since each
statement is its own transaction nothing of it was written: the store says so (`NotWritten`,
as Redis does for a refused connection), so the turn gives its event up at once and the person
gets the "try again" reply, with the conversation just where it was. Against a real SQLite file,
another connection holding the write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.app import Core
from bot.stores import SQLiteStore
from bot.stores.protocol import NotWritten
from dialogs.contract import Turn
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.pipelines import test_pipeline

LEASE = 30.0
BUSY_SECONDS = 0.05
KEY = "slack|D1|U1"


@contextmanager
def write_locked(path: Path) -> Iterator[None]:
    """Another connection holding the file's write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
    finally:
        other.close()


class LockedAtSave(SQLiteStore):
    """A SQLite store whose file another connection locks for the next save under a claim."""

    path: Path
    armed = False

    async def put(self, *args: Any, **kwargs: Any) -> int:
        if not self.armed or kwargs.get("claim") is None:
            return await super().put(*args, **kwargs)
        self.armed = False
        with write_locked(self.path):
            return await super().put(*args, **kwargs)


async def _store(tmp_path: Path) -> LockedAtSave:
    path = tmp_path / "infoshare.sqlite3"
    store = await LockedAtSave.open(path, busy_timeout_seconds=BUSY_SECONDS)
    assert isinstance(store, LockedAtSave)
    store.path = path
    return store


def _turn(text: str | None = None, *, action: str | None = None, event: str) -> Turn:
    return Turn("slack", "D1", "U1", text=text, action=action, event_id=event)


async def test_a_put_while_another_connection_holds_the_lock_is_not_written(
    tmp_path: Path,
) -> None:
    store = await _store(tmp_path)
    try:
        with write_locked(store.path), pytest.raises(NotWritten):
            await store.put("new", {"n": 1}, expected_version=None, ttl_seconds=60)
        await store.put("old", {"n": 1}, expected_version=None, ttl_seconds=60)
        with write_locked(store.path), pytest.raises(NotWritten):
            await store.put("old", {"n": 2}, expected_version=1, ttl_seconds=60)

        assert await store.get("new") is None
        kept = await store.get("old")
        assert kept is not None and (kept.value, kept.version) == ({"n": 1}, 1)
        # Nothing moved: the same write, once the lock is gone, lands on the version read.
        assert await store.put("old", {"n": 2}, expected_version=1, ttl_seconds=60) == 2
    finally:
        await store.close()


async def test_a_turn_whose_save_finds_the_file_locked_frees_its_event_at_once(
    core: Core, tmp_path: Path
) -> None:
    store = await _store(tmp_path)
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        store.armed = True
        answer = await pipeline.answer(_turn("who can I share a referral with", event="Ev1"))

        assert answer.apology
        assert [r.text for r in answer.replies] == [UNAVAILABLE_REPLY.text]
        assert await store.get(KEY) is None  # nothing was saved
        # Given up: another process claims the event straight away, not after the lease.
        assert await store.claim_event("slack|Ev1", LEASE, owner="another") is True
    finally:
        await store.close()


async def test_a_press_whose_save_finds_the_file_locked_keeps_the_persons_place(
    core: Core, tmp_path: Path
) -> None:
    store = await _store(tmp_path)
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        replies = (await pipeline.answer(_turn("check", event="Ev1"))).replies
        await pipeline.finish(_turn("check", event="Ev1"))
        yes = next(c.value for c in replies[-1].choices if c.label == "Yes")
        before = await store.get(KEY)

        store.armed = True
        apology = await pipeline.answer(_turn(action=yes, event="Ev2"))

        assert apology.apology
        assert apology.replies[0].text == UNAVAILABLE_REPLY.text
        assert await store.get(KEY) == before  # still at the first key question
        assert await store.claim_event("slack|Ev2", LEASE, owner="another") is True
        # Try again, pressed: answered at once, from where the person was.
        again = await pipeline.answer(
            _turn(action=apology.replies[0].choices[0].value, event="Ev3")
        )
        assert not again.apology
        assert "Key question 2" in again.replies[-1].text
    finally:
        await store.close()
