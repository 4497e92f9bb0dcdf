"""A check's last answer typed again in Teams, after its reply never arrived, gets that reply, once
(round 57).

Round 56 made a button pressed again after its answer was lost get that answer. An answer may be
typed instead ("no", "not sure"): Teams does not send a failed message again, so the person
types it again, a new activity, and was told there was no question waiting. Here the first
activity's reply fails on its way (the door gives up, its event never finished), as round 56's
Teams test for a press does; the lease is short so that waiting it out takes no time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import aiohttp
import pytest

from bot.app import Core, build_lookups
from bot.stores.sqlite import SQLiteStore
from tests.support.pipelines import test_pipeline
from tests.support.teams import TeamsBot, local_door, new_id, one, say, serve
from tests.support.teams_standins import Connector, Sent

OUTCOME = "DECISION RECORD"
NOTHING_WAITING = "no question waiting"
SIGNPOST = "may mean a child or an adult is at risk of harm"


@pytest.fixture
async def teams(
    core: Core, store: SQLiteStore, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    """The door as `teams` serves it, over a pipeline whose claims last half a second."""
    pipeline = test_pipeline(core, store, lease_seconds=0.5)
    door = local_door(pipeline, hosting, lookups=build_lookups(core, pipeline))
    server = await serve(door, store)
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
    await server.close()


async def _to_the_last_question(teams: TeamsBot) -> None:
    await say(teams, "check")
    await say(teams, "yes")
    assert "Key question 3" in one(await say(teams, "yes")).texts


async def _lost(teams: TeamsBot, connector: Connector, text: str) -> None:
    """Type `text`; its reply never reaches the chat (the door gives up, unfinished)."""
    connector.fail_next = [403] * 8
    sent = await teams.post(teams.activity("personal_message", text=text, id=new_id()))
    assert sent.status != 200
    connector.fail_next.clear()


def _texts(sent: Sequence[Sent]) -> str:
    return "\n".join(s.texts for s in sent)


async def test_the_last_answer_typed_again_after_its_reply_was_lost_gets_the_outcome_once(
    teams: TeamsBot, connector: Connector
) -> None:
    await _to_the_last_question(teams)
    await _lost(teams, connector, "no")

    again = _texts(await say(teams, "No."))  # as typed the second time: case and stop aside

    assert OUTCOME in again and NOTHING_WAITING not in again
    third = _texts(await say(teams, "no"))
    assert OUTCOME not in third and NOTHING_WAITING in third


async def test_another_message_after_a_lost_last_answer_is_answered_as_before(
    teams: TeamsBot, connector: Connector
) -> None:
    await _to_the_last_question(teams)
    await _lost(teams, connector, "no")

    other = _texts(await say(teams, "not sure"))

    assert OUTCOME not in other and NOTHING_WAITING in other


async def test_a_last_answer_that_also_tells_of_harm_still_leads_with_the_signpost_when_replayed(
    teams: TeamsBot, connector: Connector
) -> None:
    told = "not sure, he has been hitting her"
    await _to_the_last_question(teams)
    await _lost(teams, connector, told)

    again = await say(teams, told)

    assert SIGNPOST in again[0].texts, "rule one: the signpost first"
    assert OUTCOME in _texts(again)
    third = await say(teams, told)  # delivered now: answered afresh, the signpost first still
    assert SIGNPOST in third[0].texts and OUTCOME not in _texts(third)


async def test_the_last_answer_typed_again_after_its_reply_arrived_is_answered_as_before(
    teams: TeamsBot,
) -> None:
    await _to_the_last_question(teams)
    assert OUTCOME in _texts(await say(teams, "no"))

    again = _texts(await say(teams, "no"))

    assert OUTCOME not in again and NOTHING_WAITING in again
