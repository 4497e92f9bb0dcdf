"""The turn pipeline's leases and replays: a process may die between saving a turn and delivering
it, so a re-delivery waits out the lease and replays the saved turn, once; a slow delivery keeps
its event, and a door that never says it is done lets it go within five leases."""

from __future__ import annotations

import asyncio

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Store
from tests.support.clocks import FakeClock, PassingTime
from tests.support.pipelines import dm_turn, test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]


def _leasing(core: Core, store: Store, lease: float = 0.3) -> TurnPipeline:
    return test_pipeline(core, store, lease_seconds=lease)


def _texts(replies: list) -> list[str]:
    return [r.text for r in replies]


async def test_a_redelivery_waits_for_the_answer_under_way_then_sends_nothing(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    pipeline = _leasing(core, await make_store(clock), lease=30)
    first = await pipeline.handle(dm_turn("check", event="Ev1"))
    assert first
    waiting = asyncio.create_task(pipeline.handle(dm_turn("check", event="Ev1")))
    await asyncio.sleep(0.3)
    assert not waiting.done()  # it must not answer while the first answer may be on its way

    await pipeline.finish(dm_turn("check", event="Ev1"))

    assert await asyncio.wait_for(waiting, 2) == []
    clock.now += 60  # well past the lease, within the de-duplication span
    assert await pipeline.handle(dm_turn("check", event="Ev1")) == []


async def test_a_turn_saved_but_never_delivered_is_replayed_once_the_lease_ends(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying = _leasing(core, store)
    survivor = _leasing(core, store)
    started = await survivor.handle(dm_turn("check", event="Ev1"))
    await survivor.finish(dm_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    lost = await dying.handle(dm_turn(action=yes, event="Ev2"))  # saved, then the process died
    # Still leased (the store's clock stands still): the re-delivery waits out the lease, then
    # gives up without answering.
    assert await survivor.handle(dm_turn(action=yes, event="Ev2")) == []

    clock.now += 11
    again = await survivor.handle(dm_turn(action=yes, event="Ev2"))

    assert _texts(again) == _texts(lost)
    assert "Key question 2" in again[-1].text
    assert await survivor.handle(dm_turn(action=yes, event="Ev2")) == []
    stored = await store.get(dm_turn().key.as_str())
    assert stored is not None
    assert len(stored.value["dialog"]["check"]["answers"]) == 1


async def test_a_replay_happens_once_even_when_two_processes_get_the_redelivery(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    pipelines = [_leasing(core, store) for _ in range(4)]
    await pipelines[0].handle(dm_turn("rules", event="Ev1"))
    clock.now += 11

    results = await asyncio.gather(*(p.handle(dm_turn("rules", event="Ev1")) for p in pipelines))

    assert sum(1 for r in results if r) == 1


async def test_a_redelivery_after_the_person_moved_on_is_dropped(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    pipeline = _leasing(core, await make_store(clock))
    await pipeline.handle(dm_turn("check", event="Ev1"))  # never finished: the process died
    await pipeline.handle(dm_turn("yes", event="Ev2"))
    await pipeline.finish(dm_turn("yes", event="Ev2"))
    clock.now += 11

    assert await pipeline.handle(dm_turn("check", event="Ev1")) == []


async def test_a_slow_delivery_keeps_its_event_so_a_redelivery_never_replays_it(
    core: Core,
) -> None:
    time = PassingTime(1_000.0)
    store = MemoryStore(clock=time)
    pipeline = test_pipeline(core, store, monotonic=time, sleep=time.sleep)
    first = dm_turn("check", event="E1")
    assert await pipeline.handle(first)  # its door is still delivering, however slowly

    # Two minutes on (four 30 s leases), the re-delivery has waited and sent nothing.
    again = await pipeline.answer(dm_turn("check", event="E1"))
    assert again.replies == [] and time.now >= 1_000 + 30
    await pipeline.finish(first)
    assert await store.event_finished("slack|E1")


async def test_a_door_that_never_says_it_is_done_lets_go_within_five_leases(core: Core) -> None:
    time = PassingTime(1_000.0)  # moves on only when the pipeline's renewals wait
    store = MemoryStore(clock=time)
    pipeline = test_pipeline(core, store, monotonic=time, sleep=time.sleep)
    await pipeline.handle(dm_turn("check", event="E1"))
    for _ in range(100):
        await asyncio.sleep(0)

    assert time.now == 1_000 + 4 * 30  # renewed every 10 s for four leases, then stopped
    assert not await store.claim_event("slack|E1", 30, owner="another process")
    time.now += 31
    assert await store.claim_event("slack|E1", 30, owner="another process")
