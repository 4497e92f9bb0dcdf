"""Common ways of saying yes, no or not sure that the consent check had asked again: "it does"
and "it doesn't" (to "Does the information enable a living person to be identified?"), "I'd say
so", "I wouldn't say so", "partly", "sort of", "hard to tell". Found by the probe
tests/dialogs/data/check-replies-18.yaml; asking again was one turn more, not a wrong record."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered, assert_asked_again


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("identifiable", "it does", AnswerKey.YES),
        ("identifiable", "it doesnt", AnswerKey.NO),
        ("identifiable", "it does not, it's all anonymised", AnswerKey.NO),
        ("purpose", "i'd say so", AnswerKey.YES),
        ("purpose", "i wouldn't say so", AnswerKey.NO),
        ("confidential", "partly", AnswerKey.NOT_SURE),
        ("confidential", "sort of, some of it", AnswerKey.NOT_SURE),
        ("confidential", "hard to tell", AnswerKey.NOT_SURE),
    ],
)
def test_said_another_way_is_read_and_confirmed(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    answer, replies = answered(chat, step, words)
    assert answer is meant
    assert "I've taken that as **" in replies


@pytest.mark.parametrize(
    ("step", "words"), [("identifiable", "it does worry me"), ("confidential", "it doesnt matter")]
)
def test_it_does_going_on_about_something_else_is_asked_again(
    chat: Chat, step: str, words: str
) -> None:
    assert_asked_again(chat, step, words)
