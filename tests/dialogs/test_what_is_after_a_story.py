"""A question such as "what is an ISP?" after a story asks what an ISP is, wherever the
story's people are named; a short question that points back ("what is that?") still leans on the
story."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize("relative", ["stepdad", "father", "uncle"])
def test_a_definition_asked_after_a_disclosure_is_answered(chat: Chat, relative: str) -> None:
    replies = chat.send(f"a year 6 girl told me her {relative} touches her. what is an ISP?")
    assert replies[0].risk_of_harm
    assert quoted(replies) == [published_question(12)]


def test_a_short_question_pointing_back_is_not_a_definition(chat: Chat) -> None:
    assert quoted(chat.send("her dad wants to see the file. what is that?")) == []
