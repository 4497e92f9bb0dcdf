"""Round 56 (issue 11 rule one): a young person asking ahead whether they will be believed.

"if i tell my mum will she believe me", after their own disclosure, tells of harm again (the
telling with "me" after it rings a threat), so it is signposted again; it used to get only all a
practitioners' tool can do ("I'm an assistant for people at work…"), its worry unanswered. The
worry of not being believed is now said before that, like being in trouble (`SAID_FIRST`), and
asked ahead ("will she believe me", "would anyone believe me") it is read as that worry.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_YOUNG = "**If this is happening to you, you've done the right thing telling someone"
_NOT_BELIEVED = "**If someone doesn't believe you, it isn't your fault"
_BEYOND = "I'm an assistant for people at work"

_ASKED_AHEAD = [
    "if i tell my mum will she believe me",
    "would anyone believe me if i told",
    "will they believe me",
    "if i tell my dad would he believe me",
]


@pytest.mark.parametrize("follow_up", _ASKED_AHEAD)
def test_being_believed_asked_ahead_is_answered_after_the_signpost(
    chat: Chat, follow_up: str
) -> None:
    assert chat.send("im 13 and my stepdad comes into my room at night and touches me")[
        0
    ].risk_of_harm
    said = texts(chat.send(follow_up))
    assert said.startswith(_YOUNG) or _NOT_BELIEVED in said.split("\n\n")[0]
    assert _NOT_BELIEVED in said
    if _BEYOND in said:
        assert said.index(_NOT_BELIEVED) < said.index(_BEYOND)


def test_a_first_message_telling_harm_and_the_worry_answers_both(chat: Chat) -> None:
    replies = chat.send("im 14 and my stepdad hits me but will anyone believe me")
    said = texts(replies)
    assert replies[0].risk_of_harm
    assert said.startswith(_YOUNG)
    assert said.index(_NOT_BELIEVED) < said.index(_BEYOND)


def test_a_practitioner_asking_about_being_believed_is_not_given_the_young_persons_answer(
    chat: Chat,
) -> None:
    said = texts(chat.send("a pupil told me her dad hits her. will the school believe her?"))
    assert _NOT_BELIEVED not in said
