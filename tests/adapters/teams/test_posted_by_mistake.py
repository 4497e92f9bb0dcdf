"""Round 36: "sorry meant to DM this" in a Teams channel got "I couldn't find that" and the
topic list in the thread, where everyone could read it. The core's reply for a message posted
by mistake (that it can be deleted, and that no copy is kept) goes to its writer alone: in
Teams, where a bot has no message for one person in a channel, the personal chat, the thread
told only that it did, in words that say nothing of why."""

from __future__ import annotations

from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, say


async def test_a_message_posted_by_mistake_is_answered_in_the_personal_chat(
    teams: TeamsBot,
) -> None:
    sent = await say(teams, "sorry, meant to DM this", where="channel_mention")

    personal = [s for s in sent if s.path.startswith(f"/v3/conversations/{SAM_PERSONAL}/")]
    in_channel = [s for s in sent if s.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}")]
    assert personal and "delete your message" in personal[0].texts
    assert "don't keep a copy" in personal[0].texts and not personal[0].choices()
    assert [s.texts for s in in_channel] == ["I've replied to you in a personal chat."]
