"""Bringing a service in is an act of sharing, not the family's involvement that entry 5 (what
children, young people and families think) speaks of (docs/matcher.md, round 22).

Entry 5's anchor "involved" matched "she'd involve children's services" by its stem, so a
question about one case was quoted what families think. Fresh wordings, not labelled items.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


def test_involving_a_service_is_not_what_families_think(chat: Chat) -> None:
    # quoted entry 5 at 69 before
    replies = chat.send(
        "the school nurse said she'd involve children's services. will she pass things on "
        "without asking us?"
    )
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "question",
    [
        "do young people want to be involved in decisions about sharing their information?",
        "do parents feel involved when their information is shared?",
        "how involved do families want to be when we share their information?",
    ],
)
def test_the_familys_involvement_is_still_entry_5(chat: Chat, question: str) -> None:
    assert quoted(chat.send(question)) == [published_question(5)]
