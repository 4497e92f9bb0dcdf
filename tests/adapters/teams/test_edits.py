"""Round 31 (door31): an edited message (``messageUpdate``, ``editMessage``) through both Teams
hostings on loopback. The new text is read for a risk of harm: the signpost if it tells of one,
nothing otherwise; the check's place is kept."""

from __future__ import annotations

from tests.support.teams import PERSONAL, TeamsBot, new_id, one, say
from tests.support.teams_standins import Sent


async def edit(teams: TeamsBot, activity_id: str, text: str, when: str) -> list[Sent]:
    """Edit the personal-chat message `activity_id` to `text`, as Teams reports it."""
    activity = teams.activity("personal_message", text=text, id=activity_id, timestamp=when)
    activity["type"] = "messageUpdate"
    activity["channelData"] = {**activity.get("channelData", {}), "eventType": "editMessage"}
    before = len(teams.connector.messages())
    response = await teams.post(activity)
    assert response.status == 200, response.body
    return teams.connector.messages()[before:]


async def _said(teams: TeamsBot, text: str) -> tuple[str, list[Sent]]:
    activity_id = new_id()
    return activity_id, await teams.send("personal_message", text=text, id=activity_id)


async def test_an_edit_that_adds_a_disclosure_gets_the_signpost(teams: TeamsBot) -> None:
    asked = "can I give the police a tenant's new address if they ask?"
    sent_id, _ = await _said(teams, asked)

    reply = one(
        await edit(
            teams,
            sent_id,
            asked + " he's said he'll stab the man next door",
            "2026-12-04T03:00:01.000Z",
        )
    )

    assert reply.path.startswith(f"/v3/conversations/{PERSONAL}/activities")
    assert "at risk of harm" in reply.texts


async def test_an_edit_that_fixes_a_typo_gets_no_second_answer(teams: TeamsBot) -> None:
    sent_id, _ = await _said(teams, "can I shrae the minutes with housing?")

    assert (
        await edit(
            teams, sent_id, "can I share the minutes with housing?", "2026-12-04T03:00:02.000Z"
        )
        == []
    )


async def test_a_redelivered_edit_is_answered_once(
    teams: TeamsBot,
) -> None:
    sent_id, _ = await _said(teams, "quick question about the dad")
    told = "quick question about the dad, he hit the toddler hard enough to leave a mark"

    assert len(await edit(teams, sent_id, told, "2026-12-04T03:00:03.000Z")) == 1
    assert (
        await edit(teams, sent_id, told, "2026-12-04T03:00:03.000Z") == []
    )  # the Bot Connector sent it again


async def test_an_edit_mid_check_signposts_and_keeps_the_place(teams: TeamsBot) -> None:
    one(await say(teams, "check"))
    yes_id, _ = await _said(teams, "yes")

    reply = one(
        await edit(
            teams,
            yes_id,
            "yes, and she says her stepdad hits her with a belt",
            "2026-12-04T03:00:04.000Z",
        )
    )
    assert "at risk of harm" in reply.texts

    assert "Key question 3" in one(await say(teams, "yes")).texts


async def test_an_edit_changing_an_answer_mid_check_says_how_to_change_it(
    teams: TeamsBot,
) -> None:
    await _said(teams, "check")
    answered_id, _ = await _said(teams, "yes")  # key question 2 waits

    seen = await edit(teams, answered_id, "no", "2026-12-04T09:30:00.000Z")

    assert "doesn't change an answer" in one(seen).texts
    assert "Key question" not in one(seen).texts
    _, going_on = await _said(teams, "yes")
    assert any("Key question 3" in sent.texts for sent in going_on)
