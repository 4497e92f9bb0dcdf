"""Round 38 (tryout38 #8): a young person writing for themselves whose parent is at risk. "im 16
and i care for my mum … she said she wanted to die" got the young person's reply and nothing
for the mum: now one line for her danger follows (999 if pills taken; GP, NHS 111, Samaritans).
A young person at risk themselves, or a practitioner telling of a young carer, gets no such
line."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CARER = (
    "hi im 16 and i care for my mum, shes got bipolar and when shes not well she drinks and takes "
    "loads of her pills and last night she said she wanted to die and i had to hide her tablets. "
    "i havent slept. i dont want social services to take me away. is it ok if i tell my teacher "
    "or will they tell everyone"
)
CARER_2 = (
    "im 15 and i look after my dad, he keeps saying he wants to kill himself and i dont know "
    "what to do"
)
PILLS = "If the person you look after has taken too many pills"


@pytest.mark.parametrize("told", [CARER, CARER_2])
def test_a_young_carer_gets_a_line_for_the_parents_danger(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    said = texts(replies)
    assert replies[0].risk_of_harm
    assert "Childline" in said, "the young person's own reply first"
    assert PILLS in said and "116 123" in said
    assert said.index("Childline") < said.index(PILLS)
    assert "as a practitioner" not in said  # round 43 (voice45): a young person's alone


@pytest.mark.parametrize(
    "told",
    [
        "im 15 and i want to die",
        "one of my pupils is a young carer for her mum, who told her she wants to die",
    ],
)
def test_no_such_line_where_no_one_cared_for_is_at_risk(chat: Chat, told: str) -> None:
    said = texts(chat.send(told))
    assert PILLS not in said


def test_a_young_carer_hit_by_the_parent_they_look_after_gets_no_lado(chat: Chat) -> None:
    said = texts(
        chat.send(
            "im 16 and i look after my mum, she has MS and sometimes when shes in pain she hits "
            "me and locks me out. i dont want her to get in trouble"
        )
    )
    assert "Childline" in said and "trust" in said
    assert "LADO" not in said, "the mum is not staff"


def test_an_adult_at_risk_writing_for_herself_gets_her_own_reply(chat: Chat) -> None:
    # tryout38 #8: a 19-year-old au pair got the practitioner's signpost and a consent check.
    replies = chat.send(
        "au pair - the father keeps coming into my room at night when the mother is away, i am "
        "19 and scared"
    )
    said = texts(replies)
    assert said.startswith("**If this is happening to you")
    assert "call 999" in said and "police on 101" in said and "116 123" in said
    assert not any(c.label == "Start a consent check" for r in replies for c in r.choices)


def test_fear_for_someone_else_is_not_the_writers_own(chat: Chat) -> None:
    said = texts(chat.send("im 45 and scared for my daughter, her boyfriend hits her"))
    assert not said.startswith("**If this is happening to you")


FOLLOW_UPS = (
    ("will i get taken into care", "doesn't mean you'll be taken away from home"),
    ("what if she gets angry that i told", "It's natural to worry about that"),
    ("ok and can you tell me who the school would tell", "the school's safeguarding lead"),
    ("thanks", "You're welcome. Telling someone takes courage"),
)


def test_the_young_carers_follow_ups_each_get_a_kind_answer(chat: Chat) -> None:
    # tryout38 #8: each got the same block of where to get help, "thanks" too.
    assert chat.send(CARER)[0].risk_of_harm
    said = [texts(chat.send(text)) for text, _ in FOLLOW_UPS]
    for (text, kind), got in zip(FOLLOW_UPS, said, strict=True):
        assert kind in got, (text, got)
    assert len(set(said)) == len(said), "not the same block each time"
    assert "Childline" in texts(chat.send("what should i do now")), "the rest as before"


def test_a_practitioners_same_words_keep_their_reply(chat: Chat) -> None:
    assert chat.send("a pupil told me her mum hits her with a belt")[0].risk_of_harm
    assert "taken away from home" not in texts(chat.send("will she get taken into care"))


def test_a_young_persons_ta_is_no_thanks(chat: Chat) -> None:
    assert chat.send(CARER)[0].risk_of_harm
    assert "You're welcome" not in texts(chat.send("should i tell my ta"))
