"""Round 35 (tryout33 #15, tryout34): in a Slack channel every mention starts a thread, a dialog
of its own, and each got the public privacy reminder again. Slack's convention is not to repeat
boilerplate: it is given once per person per channel per day (the house keeping a digest of the
two and the day, nothing else), and always in a DM's first message. Through the real door on
loopback, with the pipeline's clock moved on a day."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest

from adapters.slack.door import SlackDoor
from bot.app import Core, build_lookups
from bot.stores.memory import MemoryStore
from tests.support.core import FIXED_NOW
from tests.support.fake_slack import FakeSlack, Message
from tests.support.pipelines import test_pipeline
from tests.support.slack import SECRET, Person, Server

REMINDER = "please don't type names"


def reminders(seen: list[Message]) -> int:
    return sum(REMINDER in m.text for m in seen)


@pytest.fixture
def now() -> list[datetime]:
    return [FIXED_NOW]


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def server(
    core: Core, slack: FakeSlack, store: MemoryStore, now: list[datetime]
) -> AsyncIterator[Server]:
    pipeline = test_pipeline(core, store, clock=lambda: now[0])
    door = SlackDoor(
        pipeline,
        bot_token="xoxb-test-token",
        signing_secret=SECRET,
        api_url=slack.api_url,
        lookups=build_lookups(core, pipeline),
    )
    started = Server(door, store)
    await started.start()
    yield started
    await started.close()


async def test_the_reminder_is_given_once_a_day_per_person_and_channel(
    alice: Person, slack: FakeSlack, server: Server, now: list[datetime]
) -> None:
    first = await alice.mention("can I share a pupil's SEN plan with the after school club?")
    again = await alice.mention("do we need an ISP?")  # a new thread
    command = await alice.command("what are the golden rules?")
    bob = await Person(server, slack, "U0BOB").mention("what is an ISP?")
    now[0] = FIXED_NOW + timedelta(days=1)
    next_day = await alice.mention("who is the guidance for?")

    assert reminders(first) == 1
    assert reminders(again) == 0 and reminders(command) == 0
    assert reminders(bob) == 1  # each person their own
    assert reminders(next_day) == 1


async def test_a_dms_first_message_always_has_it(alice: Person) -> None:
    await alice.mention("do we need an ISP?")

    assert reminders(await alice.dm("hello")) == 1


async def test_the_store_keeps_a_digest_and_the_day_only(alice: Person, store: MemoryStore) -> None:
    await alice.mention("do we need an ISP?")

    [key] = [k for k in store._values if k.startswith("reminded|")]
    kept = await store.get(key)
    assert alice.user not in key and "C0SHARED" not in key
    assert kept is not None and kept.value == {"day": FIXED_NOW.date().isoformat()}
