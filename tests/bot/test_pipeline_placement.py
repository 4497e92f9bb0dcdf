"""Asking where a channel turn's answer goes (`TurnPipeline.goes_private`): nothing saved, the
event claimed for the answer and the turn decided once, decided again if the conversation moved
on, and the claim let go when the door gives up."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any, cast

from bot.app import Core
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Versioned
from dialogs.assistant import Assistant
from dialogs.contract import Private, Turn
from tests.support.clocks import PassingTime
from tests.support.pipelines import test_pipeline


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
