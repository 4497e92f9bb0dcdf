"""Round 33 (tryout33): personal details typed in a Teams channel got a public nudge in the
thread. The answer now goes to the writer's personal chat, the thread told only that it did."""

from __future__ import annotations

from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, say

TYPED = (
    "can I share Jayden Smith's address 12 High St, SW1A 1AA, with the school? mum is 07700 900123"
)


async def test_personal_details_in_a_channel_are_answered_in_the_personal_chat(
    teams: TeamsBot,
) -> None:
    sent = await say(teams, TYPED, where="channel_mention")

    personal = [s for s in sent if s.path.startswith(f"/v3/conversations/{SAM_PERSONAL}/")]
    in_channel = [s for s in sent if s.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}")]
    assert personal and "personal details" in personal[0].texts
    assert "delete it" in personal[0].texts
    assert in_channel and all("personal details" not in s.texts for s in in_channel)
