"""Round 32 (lead, from tryout31c): asked about capacity to consent just after a disclosure of
grooming, the assistant gave only "the 2008 Q&A doesn't cover capacity". The not-covered pack's
`after_concern` line now comes first when a risk of harm was described in the conversation: consent
may not be what decides it (key question 4). It is data, given only for a topic that has one, and
only after a concern; in a shared place the reply goes to its writer alone."""

from __future__ import annotations

from bot.core import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

TOLD = "a 15 year old told me a man she met online is sending her gifts and wants to meet her"
ASKED = "does he have the mental capacity to consent?"
LINE = "consent may not be what decides it"


def test_after_a_disclosure_the_capacity_reply_says_consent_may_not_decide_it(chat: Chat) -> None:
    assert any(r.risk_of_harm for r in chat.send(TOLD))

    replies = chat.send(ASKED)

    said = texts(replies)
    assert LINE in said
    assert said.index(LINE) < said.index("covers capacity")


def test_without_a_disclosure_the_capacity_reply_is_as_before(chat: Chat) -> None:
    said = texts(chat.send(ASKED))

    assert "covers capacity" in said
    assert LINE not in said


def test_a_topic_without_the_line_is_unchanged_after_a_disclosure(chat: Chat) -> None:
    chat.send(TOLD)

    said = texts(chat.send("how long should we keep safeguarding records?"))

    assert LINE not in said


def test_in_a_shared_place_the_line_goes_to_its_writer_alone(core: Core) -> None:
    shared = Chat(core, private=False)
    shared.send(TOLD)

    (reply,) = [r for r in shared.send(ASKED) if LINE in r.text]

    assert reply.private is Private.RISK_OF_HARM
