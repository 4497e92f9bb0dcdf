"""The turn pipeline keeps each conversation between turns: one answer per event, state saved
once (two presses at once advance it once), holding no text, and read back whatever its form."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import Core
from bot.stores.memory import MemoryStore
from tests.support.pipelines import dm_turn, test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]


async def test_a_redelivered_event_is_answered_once(core: Core, make_store: MakeStore) -> None:
    pipeline = test_pipeline(core, await make_store())
    first = await pipeline.handle(dm_turn("check", event="Ev1"))
    await pipeline.finish(dm_turn("check", event="Ev1"))
    again = await pipeline.handle(dm_turn("check", event="Ev1"))
    assert first and again == []


async def test_state_is_kept_between_turns_and_holds_no_text(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    pipeline = test_pipeline(core, store)
    await pipeline.handle(dm_turn("check"))
    await pipeline.handle(dm_turn("my secret case detail: yes"))
    replies = await pipeline.handle(dm_turn("yes"))
    assert "Key question 2" in replies[-1].text
    stored = await store.get(dm_turn().key.as_str())
    assert stored is not None
    assert "secret" not in repr(stored.value)


async def test_two_presses_at_once_answer_the_question_once(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    pipeline = test_pipeline(core, store)
    replies = await pipeline.handle(dm_turn("check"))
    yes = next(c.value for c in replies[-1].choices if c.label == "Yes")
    results = await asyncio.gather(*(pipeline.handle(dm_turn(action=yes)) for _ in range(5)))
    advanced = [
        r for r in results if "Key question 2" in r[-1].text and "still on" not in r[-1].text
    ]
    assert len(advanced) == 1
    stored = await store.get(dm_turn().key.as_str())
    assert stored is not None and len(stored.value["dialog"]["check"]["answers"]) == 1


async def test_a_conversation_saved_in_the_earlier_form_is_still_read(core: Core) -> None:
    store = MemoryStore()
    pipeline = test_pipeline(core, store)
    await pipeline.handle(dm_turn("check"))
    stored = await store.get(dm_turn().key.as_str())
    assert stored is not None
    bare = stored.value["dialog"]
    await store.put(dm_turn().key.as_str(), bare, expected_version=stored.version, ttl_seconds=60)

    replies = await pipeline.handle(dm_turn("yes"))

    assert "Key question 2" in replies[-1].text


@pytest.mark.parametrize("garbage", [{"format": 99}, {"format": 1, "check": {"run": "x"}}, []])
async def test_garbage_in_the_store_starts_a_fresh_conversation(core: Core, garbage) -> None:
    store = MemoryStore()
    key = dm_turn().key.as_str()
    await store.put(
        key,
        garbage if isinstance(garbage, dict) else {"x": garbage},
        expected_version=None,
        ttl_seconds=60,
    )
    replies = await test_pipeline(core, store).handle(dm_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()
