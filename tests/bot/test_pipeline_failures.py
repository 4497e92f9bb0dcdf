"""The turn pipeline when its store conflicts or fails: conflicts run again on fresh state, a
broken store gets an apology (never a traceback), and Try again answers the press once, whether
or not the failed write landed."""

from __future__ import annotations

import logging

from bot.app import Core
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Conflict, JSONObject
from bot.turn_runs import BUSY_REPLY
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.pipelines import dm_turn, test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]


class FlakyStore(MemoryStore):
    """A store whose writes conflict a set number of times, or which fails outright."""

    def __init__(self, conflicts: int = 0, broken: bool = False) -> None:
        super().__init__()
        self.conflicts = conflicts
        self.broken = broken

    async def put(
        self, key: str, value: JSONObject, *, expected_version, ttl_seconds, claim=None
    ) -> int:
        if self.broken:
            raise ConnectionError("store is down")
        if self.conflicts:
            self.conflicts -= 1
            raise Conflict(key)
        return await super().put(
            key, value, expected_version=expected_version, ttl_seconds=ttl_seconds, claim=claim
        )


class SavesThenGoesAway(MemoryStore):
    """Like Redis stopping just after it applied a write: the write is kept, its reply is
    lost, and the store stays away until it comes back."""

    def __init__(self) -> None:
        super().__init__()
        self.failing = False
        self.away = False

    async def get(self, key: str):
        if self.away:
            raise ConnectionError("store is down")
        return await super().get(key)

    async def put(
        self, key: str, value: JSONObject, *, expected_version, ttl_seconds, claim=None
    ) -> int:
        if self.away:
            raise ConnectionError("store is down")
        version = await super().put(
            key, value, expected_version=expected_version, ttl_seconds=ttl_seconds, claim=claim
        )
        if self.failing:
            self.away = True
            raise ConnectionError("the reply to the write was lost")
        return version


async def test_a_conflict_is_retried_on_fresh_state(core: Core) -> None:
    replies = await test_pipeline(core, FlakyStore(conflicts=2)).handle(dm_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()


async def test_endless_conflicts_end_in_a_polite_retry_request(core: Core) -> None:
    replies = await test_pipeline(core, FlakyStore(conflicts=100)).handle(dm_turn("rules"))
    assert replies == [BUSY_REPLY]


async def test_a_broken_store_gets_an_apology_not_a_traceback(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        replies = await test_pipeline(core, FlakyStore(broken=True)).handle(
            dm_turn("my NHS no 943 476 5919")
        )
    assert replies == [UNAVAILABLE_REPLY]
    assert "943" not in caplog.text and "NHS" not in caplog.text


async def test_a_press_that_hits_a_broken_store_can_be_pressed_again(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    replies = await test_pipeline(core, store).handle(dm_turn("check"))
    yes = next(c.value for c in replies[-1].choices if c.label == "Yes")

    apology = await test_pipeline(core, FlakyStore(broken=True)).handle(dm_turn(action=yes))

    assert apology[0].text == UNAVAILABLE_REPLY.text
    assert [c.value for c in apology[0].choices] == [yes]
    again = await test_pipeline(core, store).handle(dm_turn(action=apology[0].choices[0].value))
    assert "Key question 2" in again[-1].text


async def test_try_again_after_a_write_that_landed_shows_that_answer_not_a_second_one(
    core: Core,
) -> None:
    store = SavesThenGoesAway()
    pipeline = test_pipeline(core, store)
    started = await pipeline.handle(dm_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    store.failing = True

    apology = await pipeline.handle(dm_turn(action=yes, event="Ev2"))  # saved, but not known

    assert apology[0].text == UNAVAILABLE_REPLY.text
    store.failing = store.away = False
    again = await pipeline.handle(dm_turn(action=apology[0].choices[0].value, event="Ev3"))
    assert "Key question 2" in again[-1].text
    assert "already been answered" not in " ".join(r.text for r in again)
    stored = await store.get(dm_turn().key.as_str())
    assert stored is not None
    assert len(stored.value["dialog"]["check"]["answers"]) == 1


async def test_try_again_when_nothing_was_saved_answers_the_press(core: Core) -> None:
    store = MemoryStore()
    started = await test_pipeline(core, store).handle(dm_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    apology = await test_pipeline(core, FlakyStore(broken=True)).handle(
        dm_turn(action=yes, event="Ev2")
    )

    again = await test_pipeline(core, store).handle(
        dm_turn(action=apology[0].choices[0].value, event="Ev3")
    )

    assert "Key question 2" in again[-1].text
