"""A name typed mid-sentence is someone in particular, as "a pupil" is: a worry about a named
child or adult gets the signpost first, while a worry about a body, a law or a thing does not."""

from __future__ import annotations

import pytest

from knowledge.person_names import names_in
from tests.support.core import Chat

KNOWN = frozenset({"ofsted", "gdpr", "year", "class", "worried"})


@pytest.mark.parametrize(
    "message",
    [
        "I'm worried about Tom in year 5",
        "I'm worried about Tom",
        "worried about Jayden, year 3",
        "I'm concerned about Amira in my class",
    ],
)
def test_a_worry_about_a_named_person_is_signposted(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm, replies[0].text


@pytest.mark.parametrize(
    "message",
    [
        "I'm worried about Ofsted",
        "I'm worried about GDPR",
        "I'm worried about Tom's attendance",
        "I'm worried about sharing too much with Children's Services",
    ],
)
def test_a_worry_about_no_one_is_not(chat: Chat, message: str) -> None:
    assert not any(reply.risk_of_harm for reply in chat.send(message))


def test_names_are_capitalised_unknown_words_mid_sentence() -> None:
    text = "Tom said Amira's mum rang Ofsted. Jayden was there. I'm worried about Leo and GDPR."
    # "Tom" and "Jayden" start sentences; "Ofsted" and "GDPR" are known (or not capitalised so).
    assert names_in(text, KNOWN) == {"amira", "leo"}


def test_a_sentence_opened_after_a_quote_or_bracket_is_still_its_start() -> None:
    assert names_in('She said. "Tom hit me" (Leo saw it)', KNOWN) == {"leo"}
    assert names_in("(Tom) was there", KNOWN) == set()
