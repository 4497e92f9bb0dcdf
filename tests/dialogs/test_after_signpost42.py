"""Round 42 (after42): rule one in the message and in the turns after its signpost.

1. "im 16 and my boss keeps grabbing my bum" got no signpost: the writer's own body grabbed or
   touched by someone named by a role no phrase knew (a boss, a chef) made no one in particular.
   Now it is the writer (the risk pack's `people`), and a young person at work gets the young
   person's reply (`dialogs.young_worker`).
3. "he said he'll kill me tonight" lost the threat reading ("me" was read as self-harm's
   "myself"): a threat to the writer gets their own safety first, 999 if in danger now.
4. "can we tell police?" after a threat's signpost got the general police reply (procedures
   first): it gets the threat's (call now, key question 5), remembered by the case's mark."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

_YOUNG = "If this is happening to you, you've done the right thing telling someone"


@pytest.mark.parametrize(
    "message",
    [
        "im 16 and my boss keeps grabbing my bum",
        "i am 16 and my boss keeps grabbing my bum",
        "im 17 and my manager keeps touching my bum",
        "im 16 and the chef at my saturday job keeps grabbing my bum",
        "im 16 and my supervisor touched my thigh at work",
    ],
)
def test_a_young_worker_touched_by_a_boss_gets_the_young_persons_signpost(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)
    assert first[0].risk_of_harm and first[0].text.startswith(f"**{_YOUNG}"), texts(first)


@pytest.mark.parametrize(
    "message",
    [
        "the physio will rub my knee",
        "my boss rubbed my back after the long shift",
        "can my boss grab my arm",
        "my trousers keep rubbing my legs",
    ],
)
def test_near_messages_about_ones_own_body_tell_of_no_harm(message: str) -> None:
    assert builtin_knowledge().risk_detector.detect(message) is None


_THREAT = "**Call the police now, on 999, with what you have.**"
_TO_YOU = "**If you're in danger now, call 999.**"
_TOLD = "he's going to hurt his ex tonight, he knows where she lives"


@pytest.mark.parametrize(
    "message", ["he said he'll kill me tonight", "my ex is going to kill me tonight"]
)
def test_a_threat_to_the_writer_gets_their_own_safety_first(chat: Chat, message: str) -> None:
    said = chat.send(message)
    assert said[0].risk_of_harm and _TO_YOU in texts(said), texts(said)


@pytest.mark.parametrize(
    "message", ["she's going to kill herself tonight", "he is going to kill himself"]
)
def test_a_threat_to_oneself_is_no_threat_to_another(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert _THREAT not in said and _TO_YOU not in said


@pytest.mark.parametrize(
    "follow_up",
    ["can we tell police?", "should I ring the police?", "i must tell the police or no?"],
)
def test_the_police_asked_after_a_threat_gets_the_threats_reply(chat: Chat, follow_up: str) -> None:
    assert _THREAT in texts(chat.send(_TOLD))
    after = texts(chat.send(follow_up))
    assert _THREAT in after and "**Calling the police**" not in after


def test_the_police_asked_after_another_harm_keep_the_general_reply(chat: Chat) -> None:
    chat.send("a pupil said her dad hits her")
    after = texts(chat.send("can we tell police?"))
    assert "**Calling the police**" in after and _THREAT not in after


_NOT_ACTED = (
    "PE teacher - i told our DSL last week a yr 8 boy had belt marks, she said leave it with me"
    " and nothing has happened, he has new marks today"
)


@pytest.mark.parametrize(
    "follow_up", ["who do I ring?", "who do i tell", "i dont know who our lead is"]
)
def test_whom_to_ring_after_a_lead_who_did_nothing_is_never_the_lead(
    chat: Chat, follow_up: str
) -> None:
    assert chat.send(_NOT_ACTED)[0].risk_of_harm
    after = texts(chat.send(follow_up))
    assert "you don't need your safeguarding lead to refer: anyone can" in after.lower()
    assert "Your designated safeguarding lead" not in after and "lead refers it" not in after


def test_whom_to_ring_after_another_harm_is_as_it_was(chat: Chat) -> None:
    chat.send("a pupil told me a teacher slapped him")
    after = texts(chat.send("who do I ring?"))
    assert "anyone can." not in after
