""" "Does it still apply?" asks how current the guidance is only when "it" is the guidance
(tryout35 #15): "does gillick still apply" got the about page (how current the 2008 guidance is)
rather than what the guidance says of a young person's consent."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

ABOUT = "Information-sharing assistant"


@pytest.mark.parametrize(
    "asked", ["does gillick still apply", "wait does gillick still apply here?"]
)
def test_another_thing_still_applying_is_not_the_about_page(chat: Chat, asked: str) -> None:
    said = texts(chat.send(asked))
    assert ABOUT not in said
    assert "key question 4: Do you have consent to share?" in said


@pytest.mark.parametrize(
    "asked",
    [
        "is this still current?",
        "does this still apply?",
        "is the 2008 guidance still in force?",
        "is this 2008 guidance even still current or has it been replaced?",
        "is the data protection act 1998 still in force?",
        "does the DPA still apply",
    ],
)
def test_the_guidance_still_applying_is_the_about_page(chat: Chat, asked: str) -> None:
    assert ABOUT in texts(chat.send(asked))
