"""Shorthand hedges typed at a key question are answers: "prob yeah" and "I guess" a yes, "probs
not" and "suppose not" a no (round 31, a practitioner trial: they were kept waiting). A yes is read
at key question 2: key question 1 asks a clear yes since round 46 (follow106)."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

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
    step = "identifiable" if kind is AnswerKey.YES else FLOW.start
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is kind
