"""A card update the Bot Connector refuses is retried by the door alone, on both hostings.

botbuilder's connector client (msrest, with urllib3's retry policy) quietly retried a PUT
answered 500, 502, 503 or 504 up to three more times (0.8 s backoff, no Retry-After for 502 and
504), outside the door's retry budget: a slow connector could then take most of Teams' 15 s
before the door even saw the failure. With it switched off, every retry is the door's: counted,
paced by Retry-After, and the same on the Agents SDK.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import Core
from bot.server import build_web_app
from bot.stores.sqlite import SQLiteStore
from tests.adapters.teams.conftest import TeamsBot, local_door, make_pipeline
from tests.adapters.teams.hostings import HOSTINGS, agents_local_door
from tests.adapters.teams.standins import TENANT_ID, Connector, Sent
from tests.adapters.teams.test_http import PERSONAL, new_id, one, say


@pytest.fixture(params=HOSTINGS)
async def bot(
    request: pytest.FixtureRequest, core: Core, store: SQLiteStore, connector: Connector
) -> AsyncIterator[TeamsBot]:
    pipeline = make_pipeline(core, store)
    door = local_door(pipeline) if request.param == "botbuilder" else agents_local_door(pipeline)
    server = TestServer(build_web_app(store, [door]), host="127.0.0.1")
    await server.start_server()
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
    await server.close()


async def _press_yes(bot: TeamsBot, card: Sent) -> list[Sent]:
    return await bot.send(
        "card_submit",
        id=new_id(),
        value={"choice": card.choices()["Yes"]},
        replyToId=card.id,
        conversation={"conversationType": "personal", "tenantId": TENANT_ID, "id": PERSONAL},
    )


@pytest.mark.parametrize("status", [502, 504])
async def test_a_refused_card_update_is_retried_once_after_retry_after(
    bot: TeamsBot, status: int
) -> None:
    card = one(await say(bot, "check"))
    bot.connector.retry_after = "1"
    bot.connector.fail_next = [status]

    sent = await _press_yes(bot, card)

    assert [s.method for s in sent] == ["PUT", "PUT"]
    assert sent[1].at - sent[0].at >= 1.0  # the door's retry, after Retry-After
    assert "Key question 2" in sent[-1].texts


@pytest.mark.parametrize("status", [500, 503])
async def test_a_card_update_answered_with_a_status_teams_does_not_retry_is_posted_instead(
    bot: TeamsBot, status: int
) -> None:
    card = one(await say(bot, "check"))
    bot.connector.fail_next = [status]

    sent = await _press_yes(bot, card)

    assert [s.method for s in sent] == ["PUT", "POST"]  # no retry Teams did not ask for
    assert "Key question 2" in sent[-1].texts
