"""Who may answer an event: a process whose claim passed to another stands down.

Two processes share one store; time moves only when the test says. The first claims an event
and is then cut off from the store for longer than the lease, so another process claims the
event and answers it. Whatever the first was doing (saving the turn, or sending its answer) it
must not answer a second time, and a process that merely lost touch for a moment must carry on.
"""

from __future__ import annotations

import asyncio

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Claim, JSONObject, Versioned
from dialogs.contract import Answer, Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import test_pipeline

LEASE = 30.0


class Outages(MemoryStore):
    """A store that can be cut off from one process's renewals, and can hold its next save."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock=clock)
        self.renewals_fail = False
        self.away_until = 0.0  # renewals fail until the clock reaches this
        self.renewals = 0
        self.hold_next_save: asyncio.Event | None = None
        self.save_waiting = asyncio.Event()
        self.hold_next_claim: asyncio.Event | None = None
        self.claim_waiting = asyncio.Event()

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        # Judged when asked, answered late: as Redis answers a script that redis-py sent
        # again, unchanged, once the restarted server took connections again.
        judged = await super().claim_and_get(event_id, ttl_seconds, owner=owner, key=key)
        held, self.hold_next_claim = self.hold_next_claim, None
        if held is not None:
            self.claim_waiting.set()
            await held.wait()
        return judged

    async def renew_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        self.renewals += 1
        if self.renewals_fail or self._clock() < self.away_until:
            raise ConnectionError("store is down")
        return await super().renew_event(event_id, ttl_seconds, owner=owner)

    async def put(
        self,
        key: str,
        value: JSONObject,
        *,
        expected_version: int | None,
        ttl_seconds: float,
        claim: Claim | None = None,
    ) -> int:
        held, self.hold_next_save = self.hold_next_save, None
        if held is not None:
            self.save_waiting.set()
            await held.wait()
        return await super().put(
            key, value, expected_version=expected_version, ttl_seconds=ttl_seconds, claim=claim
        )


class Fleet:
    def __init__(self, core: Core) -> None:
        self.clock = FakeClock(1_000.0)
        self.store = Outages(self.clock)
        self.first = self._process(core)
        self.second = self._process(core)

    def _process(self, core: Core) -> TurnPipeline:
        return test_pipeline(
            core, self.store, lease_seconds=LEASE, monotonic=self.clock, sleep=self._sleep
        )

    async def _sleep(self, seconds: float) -> None:
        if seconds >= LEASE / 3:  # the wait between renewals: here they never come round
            await asyncio.Event().wait()
        self.clock.advance(seconds)  # a short wait (for the store to come back) passes
        await asyncio.sleep(0)


def _turn(text: str, event: str) -> Turn:
    return Turn("slack", "D1", "U1", text=text, event_id=event)


async def test_a_save_made_after_another_process_took_the_event_over_is_not_answered(
    core: Core,
) -> None:
    fleet = Fleet(core)
    save = fleet.store.hold_next_save = asyncio.Event()
    first = asyncio.create_task(fleet.first.answer(_turn("check", "Ev1")))
    await asyncio.wait_for(fleet.store.save_waiting.wait(), 5)  # its save is stuck
    fleet.clock.advance(LEASE + 1)

    second = await fleet.second.answer(_turn("check", "Ev1"))
    assert "Key question 1" in second.replies[-1].text
    await fleet.second.finish(_turn("check", "Ev1"), second)
    save.set()
    held = await asyncio.wait_for(first, 5)

    assert held.replies == []  # it stood down: the other process has answered
    stored = await fleet.store.get(_turn("check", "Ev1").key.as_str())
    assert stored is not None and stored.version == 1


async def test_a_save_refused_because_the_event_passed_on_is_answered_if_that_process_dies(
    core: Core,
) -> None:
    fleet = Fleet(core)
    save = fleet.store.hold_next_save = asyncio.Event()
    first = asyncio.create_task(fleet.first.answer(_turn("check", "Ev1")))
    await asyncio.wait_for(fleet.store.save_waiting.wait(), 5)
    fleet.clock.advance(LEASE + 1)
    second = await fleet.second.answer(_turn("check", "Ev1"))  # then it dies, never finishing
    save.set()

    held = await asyncio.wait_for(first, 5)

    assert held.replayed and held.replies == second.replies  # not lost: answered once more
    stored = await fleet.store.get(_turn("check", "Ev1").key.as_str())
    assert stored is not None and stored.version == 1


async def test_a_redelivery_held_up_while_the_store_was_away_replays_a_dead_process_turn(
    core: Core,
) -> None:
    fleet = Fleet(core)
    first = await fleet.first.answer(_turn("check", "Ev1"))  # then it dies, never finishing
    look = fleet.store.hold_next_claim = asyncio.Event()
    redelivery = asyncio.create_task(fleet.second.answer(_turn("check", "Ev1")))
    await asyncio.wait_for(fleet.store.claim_waiting.wait(), 5)  # refused: the lease was live
    fleet.clock.advance(LEASE + 1)  # the store's answer comes after the lease has ended
    look.set()

    second = await asyncio.wait_for(redelivery, 5)

    assert second.replayed and second.replies == first.replies  # looked again: not lost


async def test_an_answer_under_way_stops_once_the_event_passed_to_another_process(
    core: Core,
) -> None:
    fleet = Fleet(core)
    first_turn = _turn("check", "Ev1")
    first = await fleet.first.answer(first_turn)
    assert await fleet.first.may_deliver(first)  # part 0 goes out
    fleet.store.renewals_fail = True
    fleet.clock.advance(LEASE + 1)
    fleet.store.renewals_fail = False

    second = await fleet.second.answer(_turn("check", "Ev1"))
    assert second.replayed and second.replies == first.replies

    assert await fleet.first.may_deliver(first) is False
    assert await fleet.first.may_deliver(first) is False  # and stays stood down
    await fleet.first.finish(first_turn, first)  # the door does not, but if it did
    assert not await fleet.store.event_finished("slack|Ev1")
    await fleet.second.finish(_turn("check", "Ev1"), second)
    assert await fleet.store.event_finished("slack|Ev1")


async def test_an_answer_whose_claim_cannot_be_confirmed_stands_down(core: Core) -> None:
    fleet = Fleet(core)
    turn = _turn("check", "Ev1")
    answer = await fleet.first.answer(turn)
    fleet.store.renewals_fail = True  # the store is away from here on
    fleet.clock.advance(LEASE * 0.9)

    assert await fleet.first.may_deliver(answer) is False
    assert fleet.store.renewals >= 2  # it kept asking, a lease past the end, then gave up
    assert fleet.clock.now >= 1_000 + 2 * LEASE
    await fleet.first.finish(turn, answer)
    assert not await fleet.store.event_finished("slack|Ev1")


async def test_a_store_back_after_the_lease_ended_lets_the_answer_go_on_if_nobody_took_it(
    core: Core,
) -> None:
    fleet = Fleet(core)
    turn = _turn("check", "Ev1")
    answer = await fleet.first.answer(turn)
    fleet.store.away_until = 1_000 + LEASE + 5  # away until five seconds after the lease
    fleet.clock.advance(LEASE * 0.9)

    assert await fleet.first.may_deliver(answer)  # waited, sending nothing, then renewed it
    assert fleet.clock.now >= fleet.store.away_until
    assert not await fleet.store.claim_event("slack|Ev1", LEASE, owner="another process")
    await fleet.first.finish(turn, answer)
    assert await fleet.store.event_finished("slack|Ev1")


async def test_a_store_that_answers_again_in_time_lets_the_answer_go_on(core: Core) -> None:
    fleet = Fleet(core)
    turn = _turn("check", "Ev1")
    answer = await fleet.first.answer(turn)
    fleet.clock.advance(LEASE * 0.5)
    assert await fleet.first.may_deliver(answer)
    assert fleet.store.renewals == 0  # two thirds of the lease left: no need to ask

    fleet.clock.advance(LEASE * 0.3)
    assert await fleet.first.may_deliver(answer)  # asked the store, which renewed it
    assert fleet.store.renewals == 1
    fleet.clock.advance(LEASE * 0.5)
    assert await fleet.first.may_deliver(answer)  # the renewal counts from when it was made
    await fleet.first.finish(turn, answer)
    assert await fleet.store.event_finished("slack|Ev1")


async def test_a_second_copy_in_the_same_process_keeps_its_own_claim(core: Core) -> None:
    fleet = Fleet(core)
    turn = _turn("check", "Ev1")
    stale = await fleet.first.answer(turn)
    fleet.clock.advance(LEASE + 1)  # lapsed, its renewals lost
    fresh = await fleet.first.answer(turn)  # a re-delivery to the same process takes it over
    assert fresh.replayed and fresh.claim != stale.claim

    assert await fleet.first.may_deliver(stale) is False
    await fleet.first.release(turn, stale)  # the stale copy's door gives up...
    fleet.clock.advance(LEASE * 0.8)
    assert await fleet.first.may_deliver(fresh)  # ...without ending the fresh copy's claim
    await fleet.first.finish(turn, fresh)
    assert await fleet.store.event_finished("slack|Ev1")


async def test_a_repeat_that_finds_the_event_answered_holds_nothing(core: Core) -> None:
    fleet = Fleet(core)
    turn = _turn("check", "Ev1")
    answer = await fleet.first.answer(turn)
    await fleet.first.finish(turn, answer)

    repeat = await fleet.second.answer(turn)

    assert repeat == Answer([])
    assert await fleet.second.may_deliver(repeat)  # nothing to hold back: it sends nothing
