"""Round 33 (tryout33): personal details typed in a channel got a public "looks like personal
details" nudge, calling the writer out before everyone and saying nothing of the message they
can all still read. The turn is now answered to its writer alone (ephemeral, in the thread),
with a word on deleting or editing the message, through the real door on loopback."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person

TYPED = (
    "can I share Jayden Smith's address 12 High St, SW1A 1AA, with the school? mum is 07700 900123"
)


async def test_personal_details_in_a_channel_are_answered_only_to_their_writer(
    alice: Person, slack: FakeSlack
) -> None:
    public = len(slack.called("chat.postMessage"))

    seen = await alice.mention(TYPED)

    assert seen and all(m.ephemeral and m.user == alice.user for m in seen)
    assert any("personal details" in m.text and "delete it" in m.text for m in seen)
    assert len(slack.called("chat.postMessage")) == public


async def test_in_a_dm_the_nudge_says_nothing_of_others_reading(alice: Person) -> None:
    seen = await alice.dm(TYPED)

    nudge = next(m for m in seen if "personal details" in m.text)
    assert not nudge.ephemeral and "delete it" not in nudge.text
