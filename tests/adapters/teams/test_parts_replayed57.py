"""A Teams replay sends only the parts that did not arrive (round 57, parts247).

An answer typed in a channel to a check goes in two parts: the answer into the person's
personal chat, then a notice in the channel thread. When the connector took the first and
refused the second, the answer typed again used to send the whole answer again: a second copy
of the check's next question in the personal chat. Now the door's release keeps the count of
parts that arrived with the event (never their text), and the replay skips them: only the
notice is posted, once. Over real HTTP, both hostings, on SQLite and the real redis-server.
"""

from __future__ import annotations

from typing import Any

from tests.support.redis_server import redis_server
from tests.support.shared_stores import shared_store
from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, new_id, one, say
from tests.support.teams_served import teams
from tests.support.teams_standins import Connector, Sent

__all__ = ["redis_server", "shared_store", "teams"]

NEXT = "Key question 2"
NOTICE = "personal chat"


def _is_message(sent: Sent) -> bool:
    return "/activities" in sent.path and sent.body.get("type") != "typing"


async def _refusing_part(teams: TeamsBot, connector: Connector, part: int) -> None:
    """Type "yes" in the channel; the connector refuses the `part`-th activity of its answer
    (1: the first), taking those before it."""
    seen: list[Sent] = []

    async def refuse_one(sent: Sent) -> None:
        if _is_message(sent):
            seen.append(sent)
            if len(seen) == part:
                connector.fail_next = [403]

    connector.on_activity = refuse_one
    activity: dict[str, Any] = teams.activity(
        "channel_mention", text="<at>infoshare</at> yes", id=new_id()
    )
    response = await teams.post(activity)
    connector.on_activity = None
    connector.fail_next.clear()
    assert response.status != 200
    assert len(seen) == part  # nothing was sent after the refused part


def _next_questions(connector: Connector) -> int:
    return sum(NEXT in s.texts for s in connector.to(SAM_PERSONAL))


async def test_typed_again_after_the_second_part_was_refused_sends_only_that_part(
    teams: TeamsBot, connector: Connector
) -> None:
    assert "Key question 1" in one(await say(teams, "check")).texts
    await _refusing_part(teams, connector, 2)
    assert _next_questions(connector) == 1  # the first part arrived

    again = one(await say(teams, "yes", where="channel_mention"))

    assert again.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities")
    assert NOTICE in again.texts and NEXT not in again.texts
    assert _next_questions(connector) == 1  # no second copy in the personal chat


async def test_the_part_sent_again_is_sent_once_and_the_check_goes_on(
    teams: TeamsBot, connector: Connector
) -> None:
    assert "Key question 1" in one(await say(teams, "check")).texts
    await _refusing_part(teams, connector, 2)
    one(await say(teams, "yes", where="channel_mention"))
    posted = len(connector.messages())

    third = await say(teams, "yes", where="channel_mention")  # now an answer to question 2

    assert "Key question 3" in _texts(third)
    assert len(connector.messages()) == posted + len(third)
    assert _next_questions(connector) == 1


def _texts(sent: list[Sent]) -> str:
    return "\n".join(s.texts for s in sent)
