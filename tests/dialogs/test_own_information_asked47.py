"""A member of the public asking about their own information gets the guidance in their own
terms (round 47, tryout123 #6): not a practitioner's summary of sharing without consent, "I
couldn't find that" with a Caldicott Guardian to ask, or a "Did you mean" of entries written for
practitioners. The reading is `dialogs.own_information` (the typed-words pack's `own_holders` and
`own_matters`); the words are the about pack's `own_information`.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

OWN = "If this is about your own information"

OWN_QUESTIONS = [
    # the trial's lines
    "if i tell the school nurse something will she tell my parents",
    "can my doctor tell my daughter about my health without asking me",
    "can my neighbour look at my medical records if i say yes",
    "is it legal for my school to tell my parents im gay",
    # other wordings of the same kind
    "will my gp tell my mum im pregnant?",
    "is my social worker allowed to tell my dad what i said",
    "can my school share my records with my boyfriend's college",
    "if i tell my counsellor about my family will she tell anyone",
]


@pytest.mark.parametrize("message", OWN_QUESTIONS)
def test_a_question_about_ones_own_information_is_answered_in_ones_own_terms(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert replies[-1].text.startswith(f"**{OWN}"), said
    assert "please don't type names" not in said  # the writer's own privacy note, if any
    assert "Childline" in said
    assert "Caldicott" not in said
    assert not any(r.card for r in replies), "no quote"
    assert not any(r.risk_of_harm for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        # a practitioner's question about the people they work with keeps its reply
        "can the school nurse tell a pupil's parents about her contraception",
        "my client asked if her gp can see her records",
        "can i share a patient's medical records with my school nurse colleague",
        # the writer's own information told, not asked
        "my doctor told my daughter about my health last week",
        # a parent's complaint about care, with no one told anything
        "my son hurt his arm at school and the school nurse just sent him home, should i complain?",
    ],
)
def test_a_practitioners_question_or_a_remark_keeps_its_reply(chat: Chat, message: str) -> None:
    assert OWN not in texts(chat.send(message))


def test_harm_told_by_the_writer_still_gets_the_signpost_first(chat: Chat) -> None:
    replies = chat.send("my dad hits me, if i tell the school nurse will she tell my mum?")
    assert replies[0].risk_of_harm
    assert OWN not in texts(replies)
