"""A turn that failed, with nothing saved, frees its event at once (round 57).

When the turn itself failed (the store busy, or gone away after the event was claimed) the
person got an apology, but the event stayed leased: the same button pressed again after the
apology (Slack gives a press the same id) waited out the lease, 30 s by default. An apology is
no answer to replay, so the event is now given up at once when nothing of the turn can have
been saved: on the real SQLite and Redis stores, the press again is answered afresh within a
second, once. A save that failed in doubt (it may have landed) keeps the lease.
"""

from __future__ import annotations

import copy
import time
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest

from bot.app import Core
from bot.stores.protocol import Conflict, Store, Versioned
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.fake_slack import FakeSlack, Message
from tests.support.redis_server import redis_server
from tests.support.shared_stores import shared_store
from tests.support.slack import Person, start_server

__all__ = ["redis_server", "shared_store"]

NOT_SHARED = "*Do not share*"  # the outcome of "No" to key question 1
AT_ONCE = 1.0  # seconds: the lease (30 s, the default) is not waited out
BUSY = "couldn't keep up"


class Troubled:
    """A real store whose next writes conflict (another process keeps saving first), and whose
    reads may then fail (it went away)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.conflicts = 0
        self.away_after_conflict = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def put(self, key: str, value: Any, **options: Any) -> int:
        if self.conflicts and options.get("claim") is not None:
            self.conflicts -= 1
            raise Conflict(key)
        return await self._store.put(key, value, **options)

    async def get(self, key: str) -> Versioned | None:
        if self.away_after_conflict and not self.conflicts:
            self.away_after_conflict = False
            raise ConnectionError("store is down")
        return await self._store.get(key)


@pytest.fixture
def troubled(shared_store: Store) -> Troubled:
    return Troubled(shared_store)


@pytest.fixture
async def alice(core: Core, slack: FakeSlack, troubled: Troubled) -> AsyncIterator[Person]:
    """Alice, talking to the door served over the troubled store with the default lease."""
    server = await start_server(core, slack, cast(Store, troubled))
    yield Person(server, slack)
    await server.close()


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


async def _press_again_after(alice: Person, slack: FakeSlack, apology: str) -> None:
    question = alice.message_with("No")
    stale = copy.deepcopy(question)  # as a second device still shows it
    slack.fail("chat.update", "message_not_found")  # the buttons stay
    failed = _text(await alice.press("No", question))
    assert apology in failed and NOT_SHARED not in failed

    started = time.monotonic()
    again = _text(await alice.press("No", question))

    assert time.monotonic() - started < AT_ONCE
    assert NOT_SHARED in again
    third = _text(await alice.press("No", stale))
    assert NOT_SHARED not in third
    assert _text(slack.posted()).count(NOT_SHARED) == 1


async def test_a_press_again_after_the_store_was_busy_is_answered_at_once_and_once(
    alice: Person, slack: FakeSlack, troubled: Troubled
) -> None:
    await alice.dm("check")
    troubled.conflicts = 5  # every attempt of the turn loses its save
    await _press_again_after(alice, slack, BUSY)


async def test_a_press_again_after_the_store_went_away_is_answered_at_once_and_once(
    alice: Person, slack: FakeSlack, troubled: Troubled
) -> None:
    await alice.dm("check")
    troubled.conflicts = 1
    troubled.away_after_conflict = True  # the read after the lost save fails
    await _press_again_after(alice, slack, UNAVAILABLE_REPLY.text[:40])
