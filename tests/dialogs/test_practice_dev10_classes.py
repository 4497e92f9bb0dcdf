"""Classes found on practice-dev10 (measured untouched first), each a rule or pack data.

Each message in the first list was quoted an entry before the change; the one in the second
was answered right at this round's start and lost to the rule on what an entry is about.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


@pytest.mark.parametrize(
    "message",
    [
        # a later year in the story: a later edition
        "school leader: the information sharing advice was updated in April 2024. what did it "
        "replace and is it statutory?",
        # what something is, asked first, before what the entry answers
        "new care worker here - what is 'information governance' and does it actually apply to me?",
    ],
)
def test_practice_dev10_wrong_quotes_are_gone(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


def test_a_signed_agreement_between_organisations_is_what_an_isp_is(chat: Chat) -> None:
    entry = builtin_knowledge().entry(12)
    assert entry is not None
    message = (
        "school business manager: the police have suggested a memorandum of understanding with "
        "us. what is a signed agreement like that between two organisations actually for?"
    )
    assert quoted(chat.send(message)) == [entry.question]
