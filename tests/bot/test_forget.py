"""`Turns.forget`: what both doors call when the app is removed (Teams: from a personal chat;
Slack: from a whole workspace)."""

from __future__ import annotations

from bot.app import Core
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Store
from dialogs.contract import Reply, Turn
from tests.support.pipelines import test_pipeline
from tests.support.stores import backend, store

__all__ = ["backend", "store"]  # fixtures: the reminder tests run on every backend

KEPT = {"step": "purpose"}
REMINDER = "please don't type names"


async def _store_with(keys: list[str]) -> MemoryStore:
    store = MemoryStore()
    for key in keys:
        await store.put(key, KEPT, expected_version=None, ttl_seconds=60)
    return store


async def _left(store: MemoryStore, keys: list[str]) -> list[str]:
    return [key for key in keys if await store.get(key) is not None]


async def test_forgetting_a_conversation_deletes_every_persons_dialog_in_it_and_no_other(
    core: Core,
) -> None:
    keys = ["teams|t1/sam|sam", "teams|t1/sam|kim", "teams|t1/samuel|samuel", "slack|t1/sam|sam"]
    store = await _store_with(keys)

    deleted = await test_pipeline(core, store).forget("teams", "t1/sam")

    assert deleted == 2
    assert await _left(store, keys) == ["teams|t1/samuel|samuel", "slack|t1/sam|sam"]


async def test_forgetting_a_workspace_deletes_every_conversation_under_it_and_no_other(
    core: Core,
) -> None:
    keys = [
        "slack|T1/D1|U1",
        "slack|T1/C1/1699999999.0001|U2",
        "slack|T1/home|U1",
        "slack|T10/D1|U1",
        "teams|T1/U1|U1",
    ]
    store = await _store_with(keys)

    deleted = await test_pipeline(core, store).forget("slack", "T1", nested=True)

    assert deleted == 3
    assert await _left(store, keys) == ["slack|T10/D1|U1", "teams|T1/U1|U1"]


def _in_room(team: str, thread: str, user: str) -> Turn:
    """A mention in a Slack channel: a thread of its own, in the room ``team/C1``."""
    return Turn(
        "slack",
        f"{team}/C1/{thread}",
        user,
        text="what is an ISP?",
        private=False,
        room=f"{team}/C1",
    )


def _reminded(replies: list[Reply]) -> bool:
    return any(REMINDER in reply.text for reply in replies)


async def test_forgetting_a_workspace_forgets_whom_its_rooms_reminded_today_and_no_other(
    core: Core, store: Store
) -> None:
    """Round 36: the privacy reminder given once a day per person and room is kept as a digest
    of the two; forgetting the workspace left it behind (to lapse in two days), though the
    person's dialogs went. Noticed again: the person is reminded anew, on every backend."""
    pipeline = test_pipeline(core, store)
    for team in ("T1", "T10"):
        assert _reminded(await pipeline.handle(_in_room(team, "1.0", "U1")))
        assert not _reminded(await pipeline.handle(_in_room(team, "2.0", "U1")))

    await pipeline.forget("slack", "T1", nested=True)

    assert _reminded(await pipeline.handle(_in_room("T1", "3.0", "U1")))
    assert not _reminded(await pipeline.handle(_in_room("T10", "3.0", "U1")))


async def test_forgetting_one_conversation_leaves_its_rooms_reminders(
    core: Core, store: Store
) -> None:
    """A Teams personal chat forgotten is a dialog, not a room: a room's reminder is another
    person's business and stays (forgetting ``T1`` unnested names no room of ``T1/C1``)."""
    pipeline = test_pipeline(core, store)
    await pipeline.handle(_in_room("T1", "1.0", "U1"))

    await pipeline.forget("slack", "T1")

    assert not _reminded(await pipeline.handle(_in_room("T1", "2.0", "U1")))
