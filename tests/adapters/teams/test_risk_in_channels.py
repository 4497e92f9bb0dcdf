"""Round 31 (door31): a risk of harm told in a Teams channel or group chat is answered in the
writer's personal chat, the signpost first; the thread is told only that a reply went there.
Over both hostings on loopback, with the stand-in Bot Connector."""

from __future__ import annotations

from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, say
from tests.support.teams_standins import Connector

DISCLOSURE = "a resident at the home has bruises on both wrists and night staff won't say how"


async def test_a_disclosure_in_a_channel_goes_to_the_personal_chat_signpost_first(
    teams: TeamsBot,
) -> None:
    personal, notice = await say(teams, DISCLOSURE, where="channel_mention")

    assert personal.path == f"/v3/conversations/{SAM_PERSONAL}/activities"
    assert personal.texts.lstrip("*").startswith("What you've described may mean")
    assert "You wrote to me" not in personal.texts
    assert notice.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert "replied to you in a personal chat" in notice.texts
    for private_word in ("risk", "harm", "safeguarding", "consent", "bruises"):
        assert private_word not in notice.texts


async def test_a_disclosure_in_a_group_chat_goes_to_the_personal_chat(teams: TeamsBot) -> None:
    sent = await teams.send("group_chat_mention", text=DISCLOSURE, id="9001")

    assert any("at risk of harm" in s.texts and SAM_PERSONAL in s.path for s in sent)
    assert all("at risk of harm" not in s.texts for s in sent if SAM_PERSONAL not in s.path)


async def test_without_a_personal_chat_the_signpost_is_given_in_the_channel(
    teams: TeamsBot, connector: Connector
) -> None:
    connector.refuse_personal_chat = True

    sent = await say(teams, DISCLOSURE, where="channel_mention")

    assert any("at risk of harm" in s.texts for s in sent)  # rule one outranks privacy
