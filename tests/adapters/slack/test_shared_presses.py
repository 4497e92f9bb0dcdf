"""Round 33 (tryout33): a button on a reply everyone in a channel sees, pressed by one person,
took the buttons away for everyone (and a topic picked was shown as "You chose" to all). Such a
message now stays as it was; the press is answered to the person who pressed it."""

from __future__ import annotations

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person, Server, labels


async def test_a_colleagues_press_leaves_a_public_reply_as_it_was(
    alice: Person, server: Server, slack: FakeSlack
) -> None:
    seen = await alice.mention("can we share a pupil's attendance with the youth offending team?")
    public = next(m for m in seen if not m.ephemeral and "Start a consent check" in labels(m))
    before = labels(public)
    updates = len(slack.called("chat.update"))
    bob = Person(server, slack, "U0BOB")

    answered = await bob.press("Start a consent check", public)

    assert any("Key question 1" in m.text for m in answered)
    assert labels(public) == before
    assert len(slack.called("chat.update")) == updates


async def test_a_press_in_a_direct_message_still_takes_the_buttons_away(alice: Person) -> None:
    await alice.dm("check")
    question = alice.message_with("Yes")

    await alice.press("Yes", question)

    assert labels(question) == []
