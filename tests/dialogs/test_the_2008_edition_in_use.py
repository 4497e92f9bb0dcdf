"""Asking whether the 2008 edition may still be followed, copied into a policy, or how it
differs from today's is answered by the about page, which says it has been replaced
(tryout39 K): these got "Did you mean" two entries and no word of the newer editions."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

ABOUT = "Information-sharing assistant"


@pytest.mark.parametrize(
    "asked",
    [
        "dance school - we're updating our safeguarding policy, can i copy bits from the 2008 "
        "guidance",
        "can we quote the 2008 guidance in our new policy?",
        "whats the difference between the 2008 guidance and the new one",
        "how is the current guidance different from the 2008 one?",
        "the agency gave us the 2008 information sharing guidance to read, is it still ok to "
        "follow",
        "is it still okay to use this guidance for our staff training",
    ],
)
def test_the_2008_edition_in_use_is_the_about_page(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert ABOUT in said
    assert "replaced" in said


@pytest.mark.parametrize(
    "asked",
    [
        "what does the 2008 guidance say about consent?",
        "why was the guidance updated?",
    ],
)
def test_other_questions_naming_the_2008_edition_are_not(chat: Chat, asked: str) -> None:
    assert ABOUT not in texts(chat.send(asked))
