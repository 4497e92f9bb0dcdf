"""The turn pipeline: exactly one answer per event, state saved once, failures answered kindly."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any, cast

import pytest

import bot.pipeline
from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Conflict, JSONObject, Store, Versioned
from bot.turn_runs import BUSY_REPLY
from dialogs.assistant import Assistant
from dialogs.contract import Private, Turn
from dialogs.facts import TurnContext, TurnKind
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.clocks import FakeClock
from tests.support.pipelines import test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]


def _pipeline(core: Core, store) -> TurnPipeline:
    return test_pipeline(core, store)


def _turn(text: str | None = None, action: str | None = None, event: str | None = None) -> Turn:
    return Turn("slack", "D1", "U1", text=text, action=action, event_id=event)


async def test_a_redelivered_event_is_answered_once(core: Core, make_store: MakeStore) -> None:
    pipeline = _pipeline(core, await make_store())
    first = await pipeline.handle(_turn("check", event="Ev1"))
    await pipeline.finish(_turn("check", event="Ev1"))
    again = await pipeline.handle(_turn("check", event="Ev1"))
    assert first and again == []


async def test_state_is_kept_between_turns_and_holds_no_text(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    pipeline = _pipeline(core, store)
    await pipeline.handle(_turn("check"))
    await pipeline.handle(_turn("my secret case detail: yes"))
    replies = await pipeline.handle(_turn("yes"))
    assert "Key question 2" in replies[-1].text
    stored = await store.get(_turn().key.as_str())
    assert stored is not None
    assert "secret" not in repr(stored.value)


async def test_two_presses_at_once_answer_the_question_once(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    pipeline = _pipeline(core, store)
    replies = await pipeline.handle(_turn("check"))
    yes = next(c.value for c in replies[-1].choices if c.label == "Yes")
    results = await asyncio.gather(*(pipeline.handle(_turn(action=yes)) for _ in range(5)))
    advanced = [
        r for r in results if "Key question 2" in r[-1].text and "still on" not in r[-1].text
    ]
    assert len(advanced) == 1
    stored = await store.get(_turn().key.as_str())
    assert stored is not None and len(stored.value["dialog"]["check"]["answers"]) == 1


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


async def test_a_conflict_is_retried_on_fresh_state(core: Core) -> None:
    replies = await _pipeline(core, FlakyStore(conflicts=2)).handle(_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()


async def test_endless_conflicts_end_in_a_polite_retry_request(core: Core) -> None:
    replies = await _pipeline(core, FlakyStore(conflicts=100)).handle(_turn("rules"))
    assert replies == [BUSY_REPLY]


async def test_a_broken_store_gets_an_apology_not_a_traceback(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        replies = await _pipeline(core, FlakyStore(broken=True)).handle(
            _turn("my NHS no 943 476 5919")
        )
    assert replies == [UNAVAILABLE_REPLY]
    assert "943" not in caplog.text and "NHS" not in caplog.text


async def test_logs_carry_no_message_text_and_no_raw_ids(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        await _pipeline(core, MemoryStore()).handle(
            _turn("what is an information sharing protocol")
        )
    assert caplog.records
    for record in caplog.records:
        dumped = repr(record.__dict__)
        assert "protocol" not in dumped.lower()
        assert "'U1'" not in dumped and "'D1'" not in dumped


@pytest.mark.parametrize("garbage", [{"format": 99}, {"format": 1, "check": {"run": "x"}}, []])
async def test_garbage_in_the_store_starts_a_fresh_conversation(core: Core, garbage) -> None:
    store = MemoryStore()
    key = _turn().key.as_str()
    await store.put(
        key,
        garbage if isinstance(garbage, dict) else {"x": garbage},
        expected_version=None,
        ttl_seconds=60,
    )
    replies = await _pipeline(core, store).handle(_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()


# --- leases and replays: a process may die between saving a turn and delivering it ---------


def _leasing(core: Core, store: Store, lease: float = 0.3) -> TurnPipeline:
    return test_pipeline(core, store, lease_seconds=lease)


def _texts(replies: list) -> list[str]:
    return [r.text for r in replies]


async def test_a_redelivery_waits_for_the_answer_under_way_then_sends_nothing(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    pipeline = _leasing(core, await make_store(clock), lease=30)
    first = await pipeline.handle(_turn("check", event="Ev1"))
    assert first
    waiting = asyncio.create_task(pipeline.handle(_turn("check", event="Ev1")))
    await asyncio.sleep(0.3)
    assert not waiting.done()  # it must not answer while the first answer may be on its way

    await pipeline.finish(_turn("check", event="Ev1"))

    assert await asyncio.wait_for(waiting, 2) == []
    clock.now += 60  # well past the lease, within the de-duplication span
    assert await pipeline.handle(_turn("check", event="Ev1")) == []


async def test_a_turn_saved_but_never_delivered_is_replayed_once_the_lease_ends(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying = _leasing(core, store)
    survivor = _leasing(core, store)
    started = await survivor.handle(_turn("check", event="Ev1"))
    await survivor.finish(_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    lost = await dying.handle(_turn(action=yes, event="Ev2"))  # saved, then the process died
    # Still leased (the store's clock stands still): the re-delivery waits out the lease, then
    # gives up without answering.
    assert await survivor.handle(_turn(action=yes, event="Ev2")) == []

    clock.now += 11
    again = await survivor.handle(_turn(action=yes, event="Ev2"))

    assert _texts(again) == _texts(lost)
    assert "Key question 2" in again[-1].text
    assert await survivor.handle(_turn(action=yes, event="Ev2")) == []
    stored = await store.get(_turn().key.as_str())
    assert stored is not None
    assert len(stored.value["dialog"]["check"]["answers"]) == 1


async def test_a_replay_happens_once_even_when_two_processes_get_the_redelivery(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    pipelines = [_leasing(core, store) for _ in range(4)]
    await pipelines[0].handle(_turn("rules", event="Ev1"))
    clock.now += 11

    results = await asyncio.gather(*(p.handle(_turn("rules", event="Ev1")) for p in pipelines))

    assert sum(1 for r in results if r) == 1


async def test_a_redelivery_after_the_person_moved_on_is_dropped(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    pipeline = _leasing(core, await make_store(clock))
    await pipeline.handle(_turn("check", event="Ev1"))  # never finished: the process died
    await pipeline.handle(_turn("yes", event="Ev2"))
    await pipeline.finish(_turn("yes", event="Ev2"))
    clock.now += 11

    assert await pipeline.handle(_turn("check", event="Ev1")) == []


async def test_a_conversation_saved_in_the_earlier_form_is_still_read(core: Core) -> None:
    store = MemoryStore()
    pipeline = _pipeline(core, store)
    await pipeline.handle(_turn("check"))
    stored = await store.get(_turn().key.as_str())
    assert stored is not None
    bare = stored.value["dialog"]
    await store.put(_turn().key.as_str(), bare, expected_version=stored.version, ttl_seconds=60)

    replies = await pipeline.handle(_turn("yes"))

    assert "Key question 2" in replies[-1].text


async def test_a_press_that_hits_a_broken_store_can_be_pressed_again(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    replies = await _pipeline(core, store).handle(_turn("check"))
    yes = next(c.value for c in replies[-1].choices if c.label == "Yes")

    apology = await _pipeline(core, FlakyStore(broken=True)).handle(_turn(action=yes))

    assert apology[0].text == UNAVAILABLE_REPLY.text
    assert [c.value for c in apology[0].choices] == [yes]
    again = await _pipeline(core, store).handle(_turn(action=apology[0].choices[0].value))
    assert "Key question 2" in again[-1].text


# --- the observer hook: facts in the log line, insight that can never break a turn --------


class RecordingObserver:
    def __init__(self, *, fail: bool = False, stall: bool = False) -> None:
        self.fail = fail
        self.stall = stall
        self.seen: list = []

    async def context(self, turn):
        if self.fail:
            raise RuntimeError(f"broken while reading {turn.text}")
        if self.stall:
            await asyncio.sleep(30)
        return TurnContext(question_ref="ab" * 16)

    async def observe(self, turn, facts) -> None:
        if self.fail:
            raise RuntimeError(f"broken while writing {turn.text}")
        if self.stall:
            await asyncio.sleep(30)
        self.seen.append(facts)


def _observed(core: Core, observer) -> TurnPipeline:
    return test_pipeline(core, MemoryStore(), observer=observer)


class PassingTime(FakeClock):
    """A clock for the store and the pipeline that moves on only when the pipeline waits."""

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def test_a_slow_delivery_keeps_its_event_so_a_redelivery_never_replays_it(
    core: Core,
) -> None:
    time = PassingTime(1_000.0)
    store = MemoryStore(clock=time)
    pipeline = test_pipeline(core, store, monotonic=time, sleep=time.sleep)
    first = _turn("check", event="E1")
    assert await pipeline.handle(first)  # its door is still delivering, however slowly

    # Two minutes on (four 30 s leases), the re-delivery has waited and sent nothing.
    again = await pipeline.answer(_turn("check", event="E1"))
    assert again.replies == [] and time.now >= 1_000 + 30
    await pipeline.finish(first)
    assert await store.event_finished("slack|E1")


async def test_a_door_that_never_says_it_is_done_lets_go_within_five_leases(core: Core) -> None:
    time = PassingTime(1_000.0)  # moves on only when the pipeline's renewals wait
    store = MemoryStore(clock=time)
    pipeline = test_pipeline(core, store, monotonic=time, sleep=time.sleep)
    await pipeline.handle(_turn("check", event="E1"))
    for _ in range(100):
        await asyncio.sleep(0)

    assert time.now == 1_000 + 4 * 30  # renewed every 10 s for four leases, then stopped
    assert not await store.claim_event("slack|E1", 30, owner="another process")
    time.now += 31
    assert await store.claim_event("slack|E1", 30, owner="another process")


async def test_the_observer_sees_each_turns_facts_once_after_saving(core: Core) -> None:
    observer = RecordingObserver()
    time = PassingTime(1_000.0)
    pipeline = test_pipeline(
        core, MemoryStore(clock=time), observer=observer, monotonic=time, sleep=time.sleep
    )
    first = _turn("info for the school nurse", event="E1")
    await pipeline.handle(first)
    await pipeline.release(first)  # the door gave up delivering it
    # A re-delivery: it waits out the 30 s lease (on the fake clock), then finds the turn
    # saved and replays it, unseen by the observer.
    replayed = await pipeline.answer(_turn("info for the school nurse", event="E1"))
    assert replayed.replayed and time.now >= 1_000 + 30
    await pipeline.handle(_turn(action="topic:5"))
    assert [f.kind for f in observer.seen] == [TurnKind.SUGGESTED, TurnKind.TOPIC]
    assert observer.seen[0].question_ref == "ab" * 16
    assert observer.seen[1].picked_ref == "ab" * 16 and observer.seen[1].entry == 5


async def test_a_failing_observer_never_breaks_a_turn(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        replies = await _observed(core, RecordingObserver(fail=True)).handle(
            _turn("what is an ISP, asks Jo Bloggs")
        )
    assert "Information Sharing Protocol" in replies[-1].text
    failures = [r for r in caplog.records if r.getMessage() == "observer failed"]
    assert len(failures) == 2 and {r.error for r in failures} == {"RuntimeError"}
    assert "Bloggs" not in caplog.text


async def test_a_stalled_observer_is_given_up_on(core: Core, monkeypatch) -> None:
    monkeypatch.setattr(bot.pipeline, "_OBSERVER_TIMEOUT", 0.05)
    started = asyncio.get_running_loop().time()
    replies = await _observed(core, RecordingObserver(stall=True)).handle(_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()
    assert asyncio.get_running_loop().time() - started < 1


async def test_the_log_line_carries_the_turns_facts(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        await _pipeline(core, MemoryStore()).handle(_turn("what is an ISP"))
    record = next(r for r in caplog.records if r.getMessage() == "answered")
    assert record.kind == "answered"
    assert record.entry == 12
    assert record.score == 100.0


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


async def test_try_again_after_a_write_that_landed_shows_that_answer_not_a_second_one(
    core: Core,
) -> None:
    store = SavesThenGoesAway()
    pipeline = test_pipeline(core, store)
    started = await pipeline.handle(_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    store.failing = True

    apology = await pipeline.handle(_turn(action=yes, event="Ev2"))  # saved, but not known

    assert apology[0].text == UNAVAILABLE_REPLY.text
    store.failing = store.away = False
    again = await pipeline.handle(_turn(action=apology[0].choices[0].value, event="Ev3"))
    assert "Key question 2" in again[-1].text
    assert "already been answered" not in " ".join(r.text for r in again)
    stored = await store.get(_turn().key.as_str())
    assert stored is not None
    assert len(stored.value["dialog"]["check"]["answers"]) == 1


async def test_try_again_when_nothing_was_saved_answers_the_press(core: Core) -> None:
    store = MemoryStore()
    started = await test_pipeline(core, store).handle(_turn("check", event="Ev1"))
    yes = next(c.value for c in started[-1].choices if c.label == "Yes")
    apology = await test_pipeline(core, FlakyStore(broken=True)).handle(
        _turn(action=yes, event="Ev2")
    )

    again = await test_pipeline(core, store).handle(
        _turn(action=apology[0].choices[0].value, event="Ev3")
    )

    assert "Key question 2" in again[-1].text


async def test_asking_where_a_channel_turn_goes_saves_nothing_and_claims_for_the_answer(
    core: Core,
) -> None:
    store = MemoryStore()
    pipeline = test_pipeline(core, store)
    check = Turn("slack", "T1/C1", "U1", text="check", event_id="Ev9", private=False)

    assert await pipeline.goes_private(check) is Private.CONSENT_CHECK
    assert await pipeline.goes_private(replace(check, text="rules")) is None
    assert await pipeline.goes_private(replace(check, private=True)) is None
    assert await store.get(check.key.as_str()) is None
    # Claimed for this process's answer: another process's re-delivery would wait.
    assert not await store.claim_event("slack|Ev9", 30, owner="another process")
    assert await pipeline.handle(check)  # answered once, under the claim made while placing
    await pipeline.finish(check)
    assert await pipeline.handle(check) == []


async def test_a_placed_turn_given_up_lets_its_event_go(core: Core) -> None:
    time = PassingTime(1_000.0)
    store = MemoryStore(clock=time)
    pipeline = test_pipeline(
        core, store, monotonic=time, sleep=time.sleep, lease_seconds=30, decide_off_loop=False
    )
    question = Turn("slack", "T1/C1", "U1", text="what is an ISP?", event_id="Ev1", private=False)
    await pipeline.goes_private(question)

    await pipeline.release(question)  # the door could not open the DM, say
    for _ in range(6):  # a minute on, with nothing renewing the claim any more
        await time.sleep(10)
    assert await store.claim_event("slack|Ev1", 30, owner="another process")


class CountingAssistant:
    """The real core, counting how many times it is asked to decide."""

    def __init__(self, core: Core) -> None:
        self._assistant = core.assistant
        self.decisions = 0

    def decide(self, *args: Any, **kwargs: Any) -> Any:
        self.decisions += 1
        return self._assistant.decide(*args, **kwargs)


async def test_a_channel_turn_asked_where_it_goes_is_decided_once(core: Core) -> None:
    counting = CountingAssistant(core)
    pipeline = test_pipeline(replace(core, assistant=cast(Assistant, counting)), MemoryStore())
    question = Turn("slack", "T1/C1", "U1", text="what is an ISP?", event_id="Ev1", private=False)

    assert await pipeline.goes_private(question) is None
    replies = await pipeline.handle(question)

    assert counting.decisions == 1
    assert replies == await test_pipeline(core, MemoryStore()).handle(question)


async def test_a_turn_whose_conversation_moved_on_after_asking_is_decided_again(
    core: Core,
) -> None:
    pipeline = test_pipeline(core, MemoryStore())
    question = Turn("slack", "T1/C1", "U1", text="what is an ISP?", event_id="Ev1", private=False)
    await pipeline.goes_private(question)  # on a new conversation: the reply would remind

    await pipeline.handle(replace(question, text="rules", event_id="Ev2"))  # reminded here
    replies = await pipeline.handle(question)

    assert not any("please don't type names" in r.text for r in replies)
    assert "Information Sharing Protocol" in replies[-1].text


class SlowToJudge(MemoryStore):
    """A store that lets other tasks run before it judges a claim, as a remote one does."""

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        await asyncio.sleep(0)
        return await super().claim_and_get(event_id, ttl_seconds, owner=owner, key=key)


async def test_a_copy_that_gives_up_waiting_leaves_the_other_copy_its_claim(core: Core) -> None:
    time = PassingTime(1_000.0)
    store = SlowToJudge(clock=time)
    pipeline = test_pipeline(
        core, store, monotonic=time, sleep=time.sleep, lease_seconds=30, decide_off_loop=False
    )
    question = Turn("slack", "T1/C1", "U1", text="what is an ISP?", event_id="Ev1", private=False)

    # Two deliveries of one event placed at once: the second waits out a lease while the
    # first's door is still busy (opening a DM, say), and gives up.
    await asyncio.gather(pipeline.goes_private(question), pipeline.goes_private(question))
    first = await pipeline.answer(question)
    await pipeline.finish(question, first)
    second = await pipeline.answer(question)

    assert "Information Sharing Protocol" in first.replies[-1].text
    assert second.replies == []
