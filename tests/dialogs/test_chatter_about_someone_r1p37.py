"""Round 37 (r1p37, tryout37 finding 2): off-topic chatter never answers a message about someone.

"I can only help with sharing information about people" was the reply to a message about an ex
under a non-molestation order asking "for the lesson times", to "what if the HV is off sick",
and, straight after a signpost, to "and if she says shes ok and doesnt want anything done?". A
message naming someone in particular (he or she, a child, a relative, a patient: the risk pack's
sets) is never chatter, and after a signpost a follow-up is about the case, never chatter.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CHATTER = "I can only help with sharing information about people"

ABOUT_SOMEONE = [
    "care coordinator - we had a complaint about a carer being rude 2 years ago, it was "
    "resolved. the new employer wants a reference",
    "leisure centre reception - general q, what does the guidance say about sharing info with "
    "the police when they ask at the desk",
    "and what if the HV is off sick, she was meant to see the baby this week",
    # written here
    "her dad keeps ringing reception asking for her timetable",
    "a patient's son wants the rota for next week so he knows when his mum is seen",
]
STILL_CHATTER = [
    "social media policy for staff",
    "how was your weekend",
    "can you share the slides from the meeting",
    "protocol for visitors",
    "the printer is broken",
]
DISCLOSURE = (
    "actually while i think of it, her husband has started slapping her when i'm not there, "
    "she told me this morning"
)
FOLLOW_UPS = [
    "and if she says shes ok and doesnt want anything done?",
    "is that right? what now",
    "and what if the HV is off sick",
]


@pytest.mark.parametrize("message", ABOUT_SOMEONE)
def test_a_message_about_someone_is_never_chatter(chat: Chat, message: str) -> None:
    assert CHATTER not in texts(chat.send(message))


@pytest.mark.parametrize("message", STILL_CHATTER)
def test_chatter_naming_no_one_is_still_chatter(chat: Chat, message: str) -> None:
    assert CHATTER in texts(chat.send(message))


@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_a_follow_up_after_a_signpost_is_never_chatter(chat: Chat, follow_up: str) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    assert CHATTER not in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "message",
    [
        "leisure centre - a mum asked us to not let her ex know when the kids have swimming "
        "lessons, he's got a non-molestation order. he's just phoned asking for the lesson times",
        "leisure centre - a man was filming kids in the pool on his phone. do we tell anyone?",
        "a man was filming kids at the park on his phone, do we tell anyone?",
    ],
)
def test_the_trials_messages_get_the_signpost_first(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert CHATTER not in texts(replies)


@pytest.mark.parametrize(
    "follow_up",
    [
        "and if she says shes ok and doesnt want anything done?",
        "what if he doesnt want any help",
        "she says she doesn't want us to do anything about it",
    ],
)
def test_wanting_nothing_done_after_a_signpost_gets_the_secrecy_answer(
    chat: Chat, follow_up: str
) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert "even without consent" in said, said
