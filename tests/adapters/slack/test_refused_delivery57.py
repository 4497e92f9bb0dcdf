"""An answer Slack's Web API refused frees its event at once (round 57).

When chat.postMessage refuses an answer (the door apologises by another route), its event was
kept leased for 30 s (the default), so the person who rightly tried again waited that long for
the replay. Now the door gives the event up at once, on the real SQLite and Redis stores: the
press or the answer typed again gets the lost answer within a second, once. An answer still on
its way (Slack slow, not failing) keeps its event: the same answer sent meanwhile gets no
second one.
"""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import AsyncIterator

import pytest

from bot.app import Core
from bot.stores.protocol import Store
from tests.support.fake_slack import FakeSlack, Message
from tests.support.redis_server import redis_server
from tests.support.shared_stores import shared_store
from tests.support.slack import Person, start_server

__all__ = ["redis_server", "shared_store"]

NOT_SHARED = "*Do not share*"  # the outcome of "No" to key question 1
SHARED = "*You can share*"  # the outcome of "No" to key question 3
NOTHING_WAITING = "no question waiting"
AT_ONCE = 1.0  # seconds: the lease (30 s, the default) is not waited out
REFUSED = ("channel_not_found", "channel_not_found")  # the answer's blocks, then its plain text


@pytest.fixture
async def alice(core: Core, slack: FakeSlack, shared_store: Store) -> AsyncIterator[Person]:
    """Alice, talking to the door served over `shared_store` with the default lease."""
    server = await start_server(core, slack, shared_store)
    yield Person(server, slack)
    await server.close()


def _text(messages: list[Message]) -> str:
    return "\n".join(m.text for m in messages)


async def _at_the_last_question(alice: Person) -> None:
    await alice.dm("check")
    await alice.dm("yes")
    assert "Key question 3" in _text(await alice.dm("yes"))


async def test_a_press_again_after_a_refused_answer_is_answered_at_once_and_once(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.dm("check")
    question = alice.message_with("No")
    stale = copy.deepcopy(question)  # as a second device still shows it
    slack.fail("chat.update", "message_not_found")  # the buttons stay
    slack.fail("chat.postMessage", *REFUSED)
    lost = await alice.press("No", question)
    assert NOT_SHARED not in _text(lost)

    started = time.monotonic()
    again = await alice.press("No", question)

    assert time.monotonic() - started < AT_ONCE
    assert NOT_SHARED in _text(again)
    third = await alice.press("No", stale)
    assert NOT_SHARED not in _text(third)
    assert _text(slack.posted()).count(NOT_SHARED) == 1


async def test_an_answer_typed_again_after_a_refused_answer_is_answered_at_once_and_once(
    alice: Person, slack: FakeSlack
) -> None:
    await _at_the_last_question(alice)
    slack.fail("chat.postMessage", *REFUSED)
    assert SHARED not in _text(await alice.dm("no"))

    started = time.monotonic()
    again = _text(await alice.dm("no"))

    assert time.monotonic() - started < AT_ONCE
    assert SHARED in again and NOTHING_WAITING not in again
    third = _text(await alice.dm("no"))
    assert SHARED not in third and NOTHING_WAITING in third


async def test_an_answer_typed_again_while_the_first_is_slow_gets_no_second_outcome(
    alice: Person, slack: FakeSlack
) -> None:
    await _at_the_last_question(alice)
    slow = slack.stall("chat.postMessage")  # Slack takes the outcome, late
    first = asyncio.create_task(alice.dm("no"))
    await asyncio.sleep(0.3)
    second = asyncio.create_task(alice.dm("no"))

    await asyncio.sleep(1.5)
    waited = not second.done()  # not answered while the first was on its way
    slow.set()
    await first
    await second

    assert waited
    assert _text(slack.posted()).count(SHARED) == 1
