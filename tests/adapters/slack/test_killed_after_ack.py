"""A process killed after acknowledging a slow answer: another process answers it.

Slack must hear back within 3 s, so a slow answer is acknowledged at the door's deadline and
finished afterwards. Slack never sends an acknowledged request again, so if the process dies in
between, only the other processes can still answer it: the door parks the request before the
early acknowledgement, and the other process's sweep takes over the parked request once
nobody has renewed it for three leases, and answers it, once.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import pytest

from adapters.slack.door import ACK_DEADLINE_SECONDS, SlackDoor
from bot.app import Core
from bot.parking import STALE_LEASES, ParkedEvents, sealing_key
from bot.stores.memory import MemoryStore
from tests.support.clocks import FakeClock
from tests.support.fake_slack import FakeSlack, Message
from tests.support.pipelines import test_pipeline
from tests.support.slack import SECRET, Person, Server, event_envelope, fixture, press_event, sign

LEASE = 30.0


class Process:
    """One infoshare process: its door on a web server, and its parked requests."""

    def __init__(self, core: Core, slack: FakeSlack, store: MemoryStore, clock: FakeClock):
        pipeline = test_pipeline(core, store, lease_seconds=LEASE, monotonic=clock)
        # The sweep is driven by the test (`sweep_once`), never by a timer.
        self.parking = ParkedEvents(
            store, key=sealing_key(SECRET), lease_seconds=LEASE, wall=clock, sleep=_never
        )
        self.door = SlackDoor(
            pipeline,
            bot_token="xoxb-test-token",
            signing_secret=SECRET,
            api_url=slack.api_url,
            parking=self.parking,
        )
        self.server = Server(self.door, store)

    async def press(self, fields: dict[str, str]) -> int:
        """Send a press as Slack does; return the status of the acknowledgement (without
        waiting, as `Server.post` does, for the answer to be sent)."""
        body = urlencode(fields).encode()
        return await self._send(body, "application/x-www-form-urlencoded")

    async def event(self, event: dict[str, Any]) -> int:
        """Send an event as Slack does; the status of the acknowledgement, as for `press`."""
        return await self._send(json.dumps(event_envelope(event)).encode(), "application/json")

    async def _send(self, body: bytes, content_type: str) -> int:
        assert self.server.session is not None
        async with self.server.session.post(
            self.server.url("/slack/events"),
            data=body,
            headers={"Content-Type": content_type, **sign(body)},
        ) as response:
            return response.status


async def _never(_: float) -> None:
    await asyncio.Event().wait()


@pytest.fixture
async def two(core: Core, slack: FakeSlack) -> AsyncIterator[tuple[Process, Process, FakeClock]]:
    clock = FakeClock(1_000.0)
    store = MemoryStore(clock=clock)
    first, second = Process(core, slack, store, clock), Process(core, slack, store, clock)
    for process in (first, second):
        await process.server.start()
    yield first, second, clock
    for process in (first, second):
        await process.server.close()


async def _in_a_check(process: Process, slack: FakeSlack) -> tuple[Person, Message, dict[str, str]]:
    """Alice, who started a consent check on `process`; its first question; her press of Yes."""
    alice = Person(process.server, slack)
    await alice.dm("check")
    question = alice.message_with("Yes")
    return alice, question, {"payload": json.dumps(alice.action_payload(question, "Yes"))}


def _parts(slack: FakeSlack, event: str) -> Counter[int]:
    return Counter(
        m.metadata["event_payload"]["part"]
        for m in slack.messages
        if m.metadata and m.metadata["event_payload"].get("event") == event
    )


async def test_a_press_acknowledged_early_by_a_process_that_then_dies_is_answered_by_another(
    two: tuple[Process, Process, FakeClock], slack: FakeSlack
) -> None:
    first, second, clock = two
    _, _, press = await _in_a_check(first, slack)
    event = press_event(press)
    before = len(slack.messages)

    # The first process saves the turn, then Slack is slow to take its first message, so the
    # door acknowledges the press at its deadline with the answer still to send...
    stuck = slack.stall("chat.update")
    status = await asyncio.wait_for(first.press(press), ACK_DEADLINE_SECONDS + 5)
    assert status == 200
    assert not stuck.is_set() and len(slack.messages) == before

    # ...and then it dies: nothing of it runs again, so nobody renews its claim or its parked
    # press. Slack will not send an acknowledged press again. One lease late could still be a
    # busy process; three leases without a renewal is a dead one.
    clock.advance((STALE_LEASES - 1) * LEASE + 1)
    assert await second.parking.sweep_once("slack", second.door.resume) == 0
    clock.advance(LEASE)

    # The other process's sweep finds the press that nobody is answering, and answers it.
    assert await second.parking.sweep_once("slack", second.door.resume) == 1
    answered = [m.text for m in slack.messages[before:]]
    assert "Key question 2" in " ".join(answered)
    parts = _parts(slack, event)
    assert parts and set(parts.values()) == {1}
    assert await first.parking.store.event_finished(f"slack|{event}")

    # Nothing is left parked, so no later sweep answers it again; and were the first process
    # to wake after all, it would find its claim gone and send nothing more.
    clock.advance(STALE_LEASES * LEASE + 1)
    assert await second.parking.sweep_once("slack", second.door.resume) == 0
    stuck.set()
    await first.door.idle()
    assert [m.text for m in slack.messages[before:]] == answered


async def test_a_slow_answer_its_process_finishes_is_not_taken_over(
    two: tuple[Process, Process, FakeClock], slack: FakeSlack
) -> None:
    first, second, clock = two
    _, _, press = await _in_a_check(first, slack)
    before = len(slack.messages)

    slow = slack.stall("chat.update")
    assert await first.press(press) == 200  # acknowledged at the deadline, and parked
    slow.set()
    await first.door.idle()
    answered = [m.text for m in slack.messages[before:]]
    assert "Key question 2" in " ".join(answered)

    clock.advance(STALE_LEASES * LEASE + 1)
    assert await second.parking.sweep_once("slack", second.door.resume) == 0
    assert [m.text for m in slack.messages[before:]] == answered


async def test_a_parked_press_is_dropped_unanswered_once_the_workspace_uninstalled(
    two: tuple[Process, Process, FakeClock], slack: FakeSlack
) -> None:
    first, second, clock = two
    _, _, press = await _in_a_check(first, slack)
    before = len(slack.messages)
    stuck = slack.stall("chat.update")
    assert await first.press(press) == 200  # acknowledged at the deadline, parked, then it dies

    status, _ = await second.server.post_json(event_envelope({"type": "app_uninstalled"}))
    assert status == 200
    clock.advance(STALE_LEASES * LEASE + 1)

    assert await second.parking.sweep_once("slack", second.door.resume) == 1
    assert len(slack.messages) == before
    # Answering would have kept a conversation again for the workspace just forgotten.
    assert await second.parking.store.delete_prefix("slack|T0TEAM") == 0
    assert await second.parking.sweep_once("slack", second.door.resume) == 0  # nothing left
    stuck.set()


async def test_a_message_in_the_assistant_pane_acknowledged_early_is_answered_in_its_chat(
    two: tuple[Process, Process, FakeClock], slack: FakeSlack
) -> None:
    first, second, clock = two
    alice = Person(first.server, slack)
    chat = "1699990000.000777"
    before = len(slack.messages)

    message = fixture("message_im")["event"]
    message.update(
        user=alice.user, channel=alice.dm_channel, ts="1699990001.000001", thread_ts=chat
    )
    message.update(text="what is the purpose of the guidance?")
    stuck = slack.stall("chat.postMessage")  # a slow Slack takes the answer late
    assert await first.event(message) == 200
    assert len(slack.messages) == before  # acknowledged at the deadline; then the process dies

    clock.advance(STALE_LEASES * LEASE + 1)
    assert await second.parking.sweep_once("slack", second.door.resume) == 1
    answered = slack.messages[before:]
    assert answered and all(m.thread_ts == chat for m in answered)
    assert "purpose" in " ".join(m.text for m in answered).casefold()

    stuck.set()  # the dead process's call in flight ends, so the servers can close
