"""A short question that points back ("does this apply?") is read with what was said before it
when looking for a built-in reply: "I'm in Scotland, does this apply?" asks where the guidance
applies, which the about reply says."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, texts


@pytest.mark.parametrize(
    "message",
    ["I'm in Scotland, does this apply?", "We are in Wales. Does it apply to us?"],
)
def test_where_the_guidance_applies_said_before_a_short_question(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "How current is this?" in said
    assert "Source: Information Sharing: Q&A" not in said


def test_a_question_that_does_not_point_back_is_read_alone(chat: Chat) -> None:
    said = texts(chat.send("Our policy follows the latest guidance. What is an ISP?"))
    assert published_question(12) in said
