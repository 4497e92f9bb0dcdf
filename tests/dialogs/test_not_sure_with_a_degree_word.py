"""A not sure with a degree word inside it ("not really sure tbh") is a not sure: the guidance's
not sure, seek advice; never the no its first words ("not really") would make it."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow


@pytest.mark.parametrize(
    "words",
    [
        "not really sure tbh",
        "really not sure",
        "I'm not totally sure",
        "not 100% sure to be honest",
        "I don't really know",
        "i honestly dont know",
        "not entirely sure, she mentioned a school",
        "I'm just not sure",
    ],
)
def test_a_not_sure_said_with_a_degree_word_is_not_sure(chat: Chat, words: str) -> None:
    chat.send("check")
    first = FLOW.question(FLOW.start)
    assert first is not None and AnswerKey.NOT_SURE in first.answers
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(FLOW.start) is AnswerKey.NOT_SURE
    assert "more than one kind of no" not in texts(replies)


@pytest.mark.parametrize(
    ("words", "kind"), [("not really", AnswerKey.NO), ("not really, no", AnswerKey.NO)]
)
def test_a_no_with_a_degree_word_stays_a_no(chat: Chat, words: str, kind: AnswerKey) -> None:
    chat.send("check")
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(FLOW.start) is kind
