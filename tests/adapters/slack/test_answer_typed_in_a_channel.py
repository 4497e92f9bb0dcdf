"""Round 32 (lead, from tryout31c): a consent check begun with an @mention moves to the DM; a
"yes" then typed in the channel was told "There's no question waiting for an answer just now",
though a question was waiting in the DM. In a shared place the reply now says where a check's
questions are answered, and the check in the DM keeps its place."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person


async def test_a_yes_in_the_channel_is_told_to_answer_in_the_dm(
    alice: Person, slack: FakeSlack
) -> None:
    await alice.mention("check")
    before = len(slack.messages)

    await alice.mention("yes")

    said = " ".join(m.text for m in slack.messages[before:])
    assert "answer them there" in said and "private chat" in said
    assert "just now" not in said
    going_on = await alice.dm("yes")
    assert any("Key question 2" in m.text for m in going_on)


async def test_a_yes_in_the_dm_with_nothing_waiting_keeps_the_plain_reply(alice: Person) -> None:
    said = " ".join(m.text for m in await alice.dm("yes"))

    assert "There's no question waiting for an answer just now" in said
    assert "answer them there" not in said
