"""`Turns.forget`: what both doors call when the app is removed (Teams: from a personal chat;
Slack: from a whole workspace)."""

from __future__ import annotations

from bot.app import Core
from bot.stores.memory import MemoryStore
from tests.support.pipelines import test_pipeline

KEPT = {"step": "purpose"}


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
