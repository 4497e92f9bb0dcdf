"""Round 36: "sorry meant to DM this" in a channel, after the writer's own message, was told
"I couldn't find that" with the topic list, in public. The core routes such a word on one's
own message (`posted-by-mistake`) to a brief, kind reply for its writer alone: they can delete
the message, and no copy is kept; never a restatement of it, no quote, no topic list. Through
the real door on loopback: Slack shows it ephemerally, in the thread."""

from __future__ import annotations

import pytest

from tests.support.fake_slack import FakeSlack
from tests.support.slack import Person

ASKED = "can I share Kai's asthma plan with the after school club?"


@pytest.mark.parametrize(
    "said", ["Sorry meant to DM this", "oops wrong channel", "ignore that", "please delete"]
)
async def test_a_message_posted_by_mistake_gets_a_word_to_its_writer_alone(
    alice: Person, slack: FakeSlack, said: str
) -> None:
    [first, *_] = await alice.mention(ASKED)
    public = len(slack.called("chat.postMessage"))

    seen = await alice.mention(said, thread_ts=first.thread_ts or first.ts)

    assert len(seen) == 1 and seen[0].ephemeral and seen[0].user == alice.user
    assert seen[0].thread_ts is not None
    assert "delete your message" in seen[0].text and "don't keep" in seen[0].text
    assert not seen[0].buttons()  # no topic list, nothing to pick
    assert "Kai" not in seen[0].text and "asthma" not in seen[0].text
    assert len(slack.called("chat.postMessage")) == public


async def test_in_a_dm_it_is_said_where_it_was_asked(alice: Person) -> None:
    seen = await alice.dm("sorry, meant to DM this")

    said = next(m for m in seen if "delete your message" in m.text)
    assert not said.ephemeral and not said.buttons()
