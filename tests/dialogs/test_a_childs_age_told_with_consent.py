"""Tryout47 #3: asked just after a signpost whether someone has to agree, with an age under 18
("she's 17 so doesnt she have to agree before i share?"), the answer is the child's: consent is
not needed to pass on a concern about a child at risk, with children's social care, even when
the case was read as an adult's. Entry 4 ("obtaining explicit consent is best practice") was
quoted, which reads as "yes, get her agreement". An adult's age, or a number that is no age
("she has 2 kids"), keeps the adult's reply.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_CHILD_CONSENT = "you don't need the child's consent"
_QUOTED = "Source: Information Sharing: Q&A"
# read as an adult's case: no age in it
_TENANT = "one of our tenants says her boyfriend takes all her money and slaps her"


def _after(chat: Chat, follow_up: str) -> str:
    assert chat.send(_TENANT)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "she's 17 so does she have to agree before i share?",
        "she is only 16, do i need her consent?",
        "shes 15 does she have to agree",
    ],
)
def test_a_childs_age_gets_the_childs_answer(chat: Chat, follow_up: str) -> None:
    said = _after(chat, follow_up)
    assert _CHILD_CONSENT in said and _QUOTED not in said, said
    assert "children's social care" in said and "Adult social care" not in said, said


@pytest.mark.parametrize(
    "follow_up",
    [
        "shes 19 so does she have to agree before i share?",
        "she has 2 kids, does she have to agree before i share?",
        "do i need her consent",
    ],
)
def test_an_adult_keeps_the_adults_answer(chat: Chat, follow_up: str) -> None:
    assert _CHILD_CONSENT not in _after(chat, follow_up)
