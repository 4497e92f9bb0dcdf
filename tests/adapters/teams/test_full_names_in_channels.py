"""tryout38 #14: "Sarah Okafor" typed in a Teams channel was answered in the channel, since
"sarah" is also a word the packs know ("Sarah's law"). The answer now goes to the writer's
personal chat with the word on deleting the message, as for any full name."""

from __future__ import annotations

import pytest

from tests.support.teams import CHANNEL_THREAD, SAM_PERSONAL, TeamsBot, say


@pytest.mark.parametrize(
    "typed",
    [
        "can I tell Sarah Okafor's GP she fainted on the spin bike today? she's diabetic",
        "can I tell the GP of Sarah Okafor that she fainted today?",
        # tryout39 #14: typed in lower case, as on a phone
        "can i tell chloe thompson's gp that she fainted in swimming today? she's diabetic",
        "can i tell the school that amelia-rose in 3b has head lice",
    ],
)
async def test_a_full_name_in_a_channel_is_answered_in_the_personal_chat(
    teams: TeamsBot, typed: str
) -> None:
    sent = await say(teams, typed, where="channel_mention")

    personal = [s for s in sent if s.path.startswith(f"/v3/conversations/{SAM_PERSONAL}/")]
    in_channel = [s for s in sent if s.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}")]
    assert personal and "personal details" in personal[0].texts
    assert "delete it" in personal[0].texts
    assert in_channel and all("personal details" not in s.texts for s in in_channel)
