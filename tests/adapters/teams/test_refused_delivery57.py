"""A reply the Bot Connector refused frees its event at once (round 57).

Round 56 replayed a lost answer to the press or message sent again, but only once the event's
lease ran out (30 s by default): the person, who rightly tries again after no reply, waited
that long. Now the door that knows its reply was refused (the connector answered with an
error) gives the event up at once, on the real SQLite and Redis stores and both hostings: the
press or message sent again gets the lost answer within a second, once. A reply still on its
way (slow, not failed) keeps its event: a second press meanwhile gets no second answer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

from tests.support.redis_server import redis_server
from tests.support.shared_stores import shared_store
from tests.support.teams import PERSONAL, TeamsBot, new_id, one, press, say
from tests.support.teams_served import teams
from tests.support.teams_standins import TENANT_ID, Connector, Sent

__all__ = ["redis_server", "shared_store", "teams"]

OUTCOME = "DECISION RECORD"
ENDED = "check has ended"
NOTHING_WAITING = "no question waiting"
AT_ONCE = 1.0  # seconds: the lease (30 s, the default) is not waited out


def _texts(sent: Sequence[Sent]) -> str:
    return "\n".join(s.texts for s in sent)


def _submit(teams: TeamsBot, question: Sent, label: str) -> dict[str, object]:
    return teams.activity(
        "card_submit",
        id=new_id(),
        value={"choice": question.choices()[label]},
        conversation={"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL},
    )


async def _refused(teams: TeamsBot, connector: Connector, activity: dict[str, object]) -> None:
    """Send `activity`; the connector refuses its reply (the door gives up, unfinished)."""
    connector.fail_next = [403] * 8
    sent = await teams.post(activity)
    assert sent.status != 200
    connector.fail_next.clear()


async def test_a_press_again_after_a_refused_reply_is_answered_at_once_and_once(
    teams: TeamsBot, connector: Connector
) -> None:
    question = one(await say(teams, "check"))
    await _refused(teams, connector, _submit(teams, question, "No"))

    started = time.monotonic()
    again = one(await press(teams, question, "No"))

    assert time.monotonic() - started < AT_ONCE
    assert OUTCOME in again.texts and ENDED not in again.texts
    third = one(await press(teams, question, "No"))
    assert ENDED in third.texts and OUTCOME not in third.texts


async def test_an_answer_typed_again_after_a_refused_reply_is_answered_at_once_and_once(
    teams: TeamsBot, connector: Connector
) -> None:
    await say(teams, "check")
    await say(teams, "yes")
    assert "Key question 3" in one(await say(teams, "yes")).texts
    await _refused(teams, connector, teams.activity("personal_message", text="no", id=new_id()))

    started = time.monotonic()
    again = _texts(await say(teams, "no"))

    assert time.monotonic() - started < AT_ONCE
    assert OUTCOME in again and NOTHING_WAITING not in again
    third = _texts(await say(teams, "no"))
    assert OUTCOME not in third and NOTHING_WAITING in third


async def test_a_press_again_while_the_first_reply_is_slow_gets_no_second_answer(
    teams: TeamsBot, connector: Connector
) -> None:
    question = one(await say(teams, "check"))
    slow = 1.5
    second: list[asyncio.Task[list[Sent]]] = []
    waited: list[bool] = []

    async def slow_first_reply(sent: Sent) -> None:
        if second or OUTCOME not in sent.texts:
            return
        # The outcome is on its way, slowly: the same button pressed again meanwhile.
        second.append(asyncio.create_task(press(teams, question, "No")))
        await asyncio.sleep(slow)
        waited.append(not second[0].done())  # not answered while the first was on its way

    connector.on_activity = slow_first_reply
    first = one(await press(teams, question, "No"))
    again = await second[0]
    connector.on_activity = None

    assert OUTCOME in first.texts and waited == [True]
    assert OUTCOME not in _texts(again) and ENDED in _texts(again)
    assert _texts(connector.messages()).count(OUTCOME) == 1
