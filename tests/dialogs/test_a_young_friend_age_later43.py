"""Round 42 (young43), left by young42. (1) A young person whose first message names a friend
with no sign of their own youth ("my best mate told me her uncle touches her") got a
practitioner's signpost, and the age they gave next ("im only 14 who do i tell") was not read as
theirs: nothing was kept of the friend named. The state now keeps a flag (never the words), and
an age under 18, or a school year, given just after that signpost turns the conversation to a
young person's about their friend. (2) "do i have to tell her parents" from a young person about
a friend gets their own answer: an adult they trust tells, and not a parent who may be part of
it. (3) A 13-year-old harmed herself by a friend's cousin got the reply for a friend: the
writer's own harm wins over a friend named only as the one harming's relation."""

from __future__ import annotations

import pytest

from dialogs.own_voice import voice_of
from dialogs.state import ConversationState
from dialogs.typed import simplify
from tests.support.core import Chat, texts
from tests.support.packs import friend_voice

PRACTITIONER = "What you've described may mean"
FOR_A_FRIEND = "You're right to worry about your friend"
STEPS = "Here's what you can do"
TELL_PARENT = "Yes: telling your mum, dad or another adult you trust"
THEIR_PARENT = "You don't have to tell your friend's parents yourself"
OWN = "If this is happening to you"
DSL_FIRST = "speak to your designated safeguarding lead first"

NO_AGE = [
    "my best mate told me her uncle touches her",
    "my friend said her brother keeps hitting her",
]


def _voice(message: str) -> str | None:
    return voice_of(simplify(message), friend_voice())


@pytest.mark.parametrize("first", NO_AGE)
@pytest.mark.parametrize(
    ("later", "answer"),
    [
        ("im only 14 who do i tell", STEPS),
        ("im in year 9 what do i do", STEPS),
        ("i am 13", FOR_A_FRIEND),
        ("im 15 and she says he does it every weekend", FOR_A_FRIEND),
    ],
)
def test_an_age_given_after_a_friend_named_is_the_writers(
    chat: Chat, first: str, later: str, answer: str
) -> None:
    assert texts(chat.send(first)).startswith(f"**{PRACTITIONER}")
    said = texts(chat.send(later))
    assert said.startswith(f"**{answer}")
    assert "Childline" in said
    assert "designated safeguarding lead" not in said and "supervisor" not in said


def test_the_young_writer_is_kept_for_the_follow_ups_after(chat: Chat) -> None:
    chat.send(NO_AGE[0])
    chat.send("what should i do")  # still read as a practitioner's: no age yet
    assert texts(chat.send("im 14 btw")).startswith(f"**{FOR_A_FRIEND}")
    assert texts(chat.send("can i tell my mum")).startswith(f"**{TELL_PARENT}")


def test_harm_to_the_writer_told_with_the_age_is_their_own(chat: Chat) -> None:
    chat.send(NO_AGE[0])
    replies = chat.send("im 14 and he touched me too")
    assert replies[0].risk_of_harm
    assert texts(replies).startswith(f"**{OWN}")


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # the friend's age, or a grown-up's, is not a young writer's
        (NO_AGE[0], "she's only 14 who do i tell"),
        (NO_AGE[0], "im 34, who do i tell"),
        # no friend named: a practitioner's, as before
        ("a girl told me her uncle touches her", "im only 14 who do i tell"),
        ("a year 9 pupil told me her uncle touches her", "im only 14 who do i tell"),
    ],
)
def test_near_follow_ups_stay_a_practitioners(chat: Chat, first: str, later: str) -> None:
    chat.send(first)
    said = texts(chat.send(later))
    assert STEPS not in said and FOR_A_FRIEND not in said
    assert "safeguarding lead" in said


def test_the_flag_keeps_no_words_and_goes_when_the_signpost_is_past(chat: Chat) -> None:
    chat.send(NO_AGE[0])
    assert chat.state.friend_named
    assert "uncle" not in str(chat.state.to_json())
    for question in ("what is the golden rules", "what does the dpa say", "what is an isp"):
        chat.send(question)
    chat.send("what is consent")
    assert not chat.state.friend_named
    assert ConversationState.from_json({**chat.state.to_json(), "friend_named": "yes"}) == (
        chat.state
    )


# (2) the friend's parents
YOUNG_FIRSTS = [
    "my friend is 14 and shes talking to a 19 yr old guy online who wants to meet her this weekend",
    "im 14 and my best mate told me her uncle touches her",
]


@pytest.mark.parametrize("first", YOUNG_FIRSTS)
@pytest.mark.parametrize(
    "asked",
    [
        "do i have to tell her parents",
        "should i tell her mum",
        "do i need to let her parents know",
        "should i talk to his dad about it",
        "can i tell my friends mum",
    ],
)
def test_a_friends_parents_get_a_young_persons_answer(chat: Chat, first: str, asked: str) -> None:
    assert FOR_A_FRIEND in texts(chat.send(first))
    said = texts(chat.send(asked))
    assert said.startswith(f"**{THEIR_PARENT}")
    assert "part of what's happening" in said and "designated safeguarding lead" not in said


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("can i tell my mum", TELL_PARENT),
        ("if i tell her mum will she hate me forever", "Your friend might be upset"),
        ("will she get in trouble", "No: your friend won't be in trouble"),
    ],
)
def test_near_questions_of_a_young_person_keep_their_answers(
    chat: Chat, asked: str, answer: str
) -> None:
    chat.send(YOUNG_FIRSTS[1])
    assert texts(chat.send(asked)).startswith(f"**{answer}")


def test_a_practitioner_asking_of_the_parents_keeps_the_lead_first(chat: Chat) -> None:
    chat.send(
        "year 10 girl (15) came to drop-in asking for the pill, says her boyfriend is 22 and "
        "picks her up from school"
    )
    said = texts(chat.send("do i have to tell her parents"))
    assert DSL_FIRST in said and THEIR_PARENT not in said


# (3) a young writer harmed by a friend's relation
@pytest.mark.parametrize(
    "message",
    [
        "I'm only 13 … he's my friend's cousin and he sent me a picture of himself and wants me "
        "to send one back",
        "I'm only 13 and my friend's cousin keeps messaging me asking for pics, he's 19",
        "im only 13. he's my friend's cousin and he made me do stuff at a sleepover",
        "im 14 and my best mates older brother keeps trying to get me alone",
    ],
)
def test_a_young_writer_harmed_by_a_friends_relation_gets_their_own_reply(
    chat: Chat, message: str
) -> None:
    assert _voice(message) == "child"
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert texts(replies).startswith(f"**{OWN}")


@pytest.mark.parametrize(
    "message",
    [
        "im 14 and my friends brother told me their dad hits her",
        "im 14 and my friends dad hits her, pls help me",
        "im 15 and my mate (14) says her stepdad hits her with a belt",
        "im 14 and my friends cousin is being hit by his dad and he told me",
        "im 14 and my friend told me her cousin touches her",
    ],
)
def test_a_friend_harmed_by_a_relation_stays_a_friends(message: str) -> None:
    assert _voice(message) == "friend"
