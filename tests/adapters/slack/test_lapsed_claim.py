"""A claim that lapses while its answer is being sent: the first process stands down.

Two processes serve one workspace. The first is slow to answer a press (here Slack is slow to
take its update of the pressed message) and meanwhile cannot renew its claim, so the lease runs
out. A second copy of the press reaches the other process, which claims the event, replays the
saved turn and sends the whole answer. When the first process wakes, it must send nothing more:
each part of the answer reaches the person once.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator, Callable

import pytest

from adapters.slack.door import SlackDoor
from bot.app import Core
from bot.stores.memory import MemoryStore
from tests.support.clocks import FakeClock
from tests.support.fake_slack import FakeSlack
from tests.support.pipelines import test_pipeline
from tests.support.slack import SECRET, Person, Server, press_event

LEASE = 30.0


class Fleet:
    """Two processes sharing one store, with time that moves only when the test says."""

    def __init__(self, core: Core, slack: FakeSlack) -> None:
        self.clock = FakeClock(1_000.0)
        self.store = MemoryStore(clock=self.clock)
        self.first = self._process(core, slack)
        self.second = self._process(core, slack)

    def _process(self, core: Core, slack: FakeSlack) -> Server:
        pipeline = test_pipeline(core, self.store, lease_seconds=LEASE, monotonic=self.clock)
        door = SlackDoor(
            pipeline, bot_token="xoxb-test-token", signing_secret=SECRET, api_url=slack.api_url
        )
        return Server(door, self.store)


@pytest.fixture
async def fleet(core: Core, slack: FakeSlack) -> AsyncIterator[Fleet]:
    both = Fleet(core, slack)
    await both.first.start()
    await both.second.start()
    yield both
    await both.first.close()
    await both.second.close()


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110  # the stand-in Slack signals nothing
            await asyncio.sleep(0.01)


def _parts(slack: FakeSlack, event: str) -> Counter[int]:
    return Counter(
        m.metadata["event_payload"]["part"]
        for m in slack.messages
        if m.metadata and m.metadata["event_payload"].get("event") == event
    )


async def test_a_press_whose_lease_lapses_mid_delivery_is_answered_once(
    fleet: Fleet, slack: FakeSlack
) -> None:
    alice = Person(fleet.first, slack)
    await alice.dm("check")
    question = alice.message_with("Yes")
    press = {"payload": json.dumps(alice.action_payload(question, "Yes"))}
    event = press_event(press)
    before = len(slack.messages)

    # The first process saves the turn, then Slack keeps it waiting on the pressed message.
    slow_update = slack.stall("chat.update")
    first = asyncio.create_task(fleet.first.post_form(press))
    await _until(lambda: len(slack.called("chat.update")) == 1)
    fleet.clock.advance(LEASE + 1)  # its lease ran out: renewals could not reach the store

    # The same press reaches the other process, which takes the event over and answers it.
    status, _ = await fleet.second.post_form(press)
    assert status == 200
    answered = [m.text for m in slack.messages[before:]]
    assert "Key question 2" in " ".join(answered)

    slow_update.set()  # the first process wakes up
    status, _ = await first
    assert status == 200

    assert [m.text for m in slack.messages[before:]] == answered
    parts = _parts(slack, event)
    assert parts and set(parts.values()) == {1}
    assert await fleet.store.event_finished(f"slack|{event}")
