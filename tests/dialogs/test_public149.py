"""Round 49 (public149), through the assistant: where the notes in the public's words and the
young person's answer on the police go, and where they do not (the terminal shows the same:
tests/bot/test_cli_public149.py).

- One of the public (`family`) telling of a cold home beside an adult's neglect, or of a
  registered sex offender's new partner with children, gets the note in their words after their
  own first words (`cold_home_public`, `offender_partner_public`); a practitioner keeps the
  practitioner's note and never the public's.
- A young person ("child") afraid telling brings the police gets `young_police`, with the
  message or just after it; their fear of being in trouble for what they were made to do keeps
  `own_in_trouble`; a grown writer keeps `grown_in_trouble`.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

ABOUT = builtin_knowledge().about
PRACTITIONER = "*If you're asking as a practitioner:*"

PUBLIC_NOTES = [
    (
        "my nan lives alone and has no heating, its freezing and she wont let anyone help",
        ABOUT.cold_home_public,
    ),
    (
        "my neighbour is an old man, his flat is full of rubbish and he has no heating, it's "
        "freezing in there",
        ABOUT.cold_home_public,
    ),
    (
        "my sister's new boyfriend is on the sex offenders register and she has two young kids, "
        "should i tell her?",
        ABOUT.offender_partner_public,
    ),
    (
        "the man next door is on the sex offenders register and has a new girlfriend with two "
        "young kids, should i tell her?",
        ABOUT.offender_partner_public,
    ),
]


@pytest.mark.parametrize(("message", "note"), PUBLIC_NOTES)
def test_the_public_get_the_note_in_their_words(chat: Chat, message: str, note: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith("**If you're worried about someone you know:**"), first.text
    at = first.text.index(note)
    if PRACTITIONER in first.text:
        assert at < first.text.index(PRACTITIONER)
    assert ABOUT.cold_home not in first.text and ABOUT.offender_partner not in first.text


@pytest.mark.parametrize(
    ("message", "note", "public"),
    [
        (
            "visited an older man today, his flat is full to the ceiling with rubbish, no "
            "heating and it's freezing, he says he's fine",
            ABOUT.cold_home,
            ABOUT.cold_home_public,
        ),
        (
            "a man in our group is on the sex offenders register and has a new girlfriend with "
            "two young kids, can i tell her?",
            ABOUT.offender_partner,
            ABOUT.offender_partner_public,
        ),
    ],
)
def test_a_practitioner_keeps_the_practitioners_note(
    chat: Chat, message: str, note: str, public: str
) -> None:
    first = chat.send(message)[0]
    assert note in first.text
    assert public not in first.text


def test_the_public_with_nothing_told_get_no_note(chat: Chat) -> None:
    replies = chat.send("my neighbour's kids are left alone all night and they look hungry")
    assert replies[0].risk_of_harm
    assert ABOUT.cold_home_public not in texts(replies)
    assert ABOUT.offender_partner_public not in texts(replies)


@pytest.mark.parametrize(
    "said",
    [
        ["im 15 and my stepdad hits me, if i tell someone will they call the police on me?"],
        ["im 14 and my mums boyfriend hurts me", "if i tell my teacher will the police come"],
        ["im 13 my dad hits me", "will they call the police"],
        ["im 16 and my brother touches me, will the police get involved if i tell?"],
    ],
)
def test_a_young_person_afraid_of_the_police_is_answered(chat: Chat, said: list[str]) -> None:
    first = chat.send(said[0])
    assert first[0].risk_of_harm
    assert first[0].text.startswith("**If this is happening to you"), first[0].text
    replies = first if len(said) == 1 else chat.send(said[1])
    assert ABOUT.young_police in texts(replies)
    assert ABOUT.to_the_writer.own_in_trouble not in texts(replies)
    assert ABOUT.grown_in_trouble not in texts(replies)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            ["im 14 and older lads make me carry drugs for them", "will i get in trouble"],
            ABOUT.to_the_writer.own_in_trouble,
        ),
        (
            ["my partner hits me", "will they call the police on me?"],
            ABOUT.grown_in_trouble,
        ),
    ],
)
def test_other_fears_keep_their_own_answers(chat: Chat, said: list[str], kept: str) -> None:
    chat.send(said[0])
    replies = chat.send(said[1])
    assert kept in texts(replies)
    assert ABOUT.young_police not in texts(replies)
