"""Round 41 (mid40; tryout39 #5, second half): a young person who wrote about a friend, then
followed up with words that themselves read as harm ("if i tell her mum will she hate me
forever", "what if her dad finds out and hits her"), got the friend's reply again AND a
practitioner's procedures with adult social care. A friend's follow-up is now answered as one
(its own answer, or the friend's reply said again), with no practitioner block; harm told of
the writer themselves ("and my dad hits me too") gets the reply for a young person at risk."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

FOR_A_FRIEND = "You're right to worry about your friend"
VICTIM = "If this is happening to you"
PRACTITIONER = "If you're asking as a practitioner"
UPSET = "Your friend might be upset with you at first"

GOING_OUT = (
    "hi im 15. my best friend is 15 too and shes going out with a guy whos 19. he picks her up "
    "from school and buys her weed."
)
PILLS = (
    "15 and my mate (14) is cutting herself really bad and says shes gonna take all her mums "
    "pills tonight"
)


@pytest.mark.parametrize("first", [GOING_OUT, PILLS])
@pytest.mark.parametrize(
    ("follow_up", "answer"),
    [
        ("if i tell her mum will she hate me forever", UPSET),
        ("what if i tell and she hates me", UPSET),
        ("what if her dad finds out and hits her", FOR_A_FRIEND),
        ("im scared he will hurt her", FOR_A_FRIEND),
        ("now she says he forced her to have sex", FOR_A_FRIEND),
    ],
)
def test_a_friends_follow_up_telling_of_harm_gets_the_friends_reply_only(
    chat: Chat, first: str, follow_up: str, answer: str
) -> None:
    assert FOR_A_FRIEND in texts(chat.send(first))
    said = texts(chat.send(follow_up))
    assert said.startswith(f"**{answer}")
    assert PRACTITIONER not in said and "Adult social care" not in said
    assert "What you've described may mean" not in said


@pytest.mark.parametrize(
    "own", ["and my dad hits me too", "he hit me when i tried to stop him", "my dad hits me"]
)
def test_harm_to_the_writer_after_a_friends_signpost_gets_the_young_persons_reply(
    chat: Chat, own: str
) -> None:
    chat.send(GOING_OUT)
    replies = chat.send(own)
    assert replies[0].risk_of_harm
    assert texts(replies).startswith(f"**{VICTIM}")


def test_a_practitioners_follow_up_telling_of_harm_keeps_its_signpost(chat: Chat) -> None:
    chat.send("a 15 year old pupil told me her friend is cutting herself")
    replies = chat.send("and her mum hits her")
    assert replies[0].risk_of_harm
    assert FOR_A_FRIEND not in texts(replies)


# "is that illegal?" (a 19-year-old with a 15-year-old) was never answered: the friend's reply
# again, or "I couldn't find that". It gets a plain, kind answer, with the harm or after it.
LAW = "If your friend is under 16, sex or sexual touching with them is against the law"


@pytest.mark.parametrize(
    "asked", ["is that illegal?", "is he even allowed to do that?", "is it against the law"]
)
def test_a_friend_asking_the_law_with_the_harm_gets_a_plain_answer(chat: Chat, asked: str) -> None:
    replies = chat.send(f"{GOING_OUT} {asked}")
    said = texts(replies)
    assert replies[0].risk_of_harm and said.startswith(f"**{FOR_A_FRIEND}")
    assert LAW in said and "0800 1111" in said
    assert "I couldn't find that" not in said


@pytest.mark.parametrize(
    "asked", ["is that illegal?", "is that even legal", "is it a crime", "thats illegal right"]
)
def test_a_friend_asking_the_law_after_the_signpost_gets_a_plain_answer(
    chat: Chat, asked: str
) -> None:
    chat.send(GOING_OUT)
    said = texts(chat.send(asked))
    assert said.startswith(f"**{LAW}")
    assert "I couldn't find that" not in said and PRACTITIONER not in said


def test_the_law_is_not_said_where_not_asked_or_not_a_friends(chat: Chat) -> None:
    assert LAW not in texts(chat.send(GOING_OUT))
    other = Chat(chat.core)
    other.send("a 15 year old pupil told me her boyfriend is 19 and buys her weed")
    assert LAW not in texts(other.send("is that illegal?"))
    own = Chat(chat.core)
    assert LAW not in texts(own.send("im 15 and my dad hits me, is that illegal?"))


@pytest.mark.parametrize(
    "follow_up", ["now she says he forced her to have sex", "if i tell her mum will she hate me"]
)
def test_in_a_shared_place_a_friends_follow_up_is_answered_to_its_writer_alone(
    core: Core, follow_up: str
) -> None:
    shared = Chat(core, private=False)
    assert shared.send(GOING_OUT)[0].private is Private.RISK_OF_HARM
    replies = shared.send(follow_up)
    assert replies and all(r.private is Private.RISK_OF_HARM for r in replies)
