"""Shorthand hedges typed at a key question are answers: "prob yeah" and "I guess" a yes, "probs
not" and "suppose not" a no (round 31, a practitioner trial: they were kept waiting)."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("prob yeah", AnswerKey.YES),
        ("probs", AnswerKey.YES),
        ("I guess", AnswerKey.YES),
        ("i suppose so", AnswerKey.YES),
        ("prob not", AnswerKey.NO),
        ("suppose not", AnswerKey.NO),
    ],
)
def test_a_shorthand_hedge_is_read_as_an_answer(chat: Chat, words: str, kind: AnswerKey) -> None:
    chat.send("check")
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(FLOW.start) is kind
