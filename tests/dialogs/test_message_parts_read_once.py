"""A typed message's parts (`question_parts`: its question and the story before it) are read
once per decision: the routes' question and the matcher's segments come from the same reading,
and the matcher given them decides as it does reading them itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import dialogs.routes
import dialogs.text_turns
import knowledge.matching.matcher
from bot.app import Core
from knowledge.matching.segment import Segment, question_parts
from tests.support.core import Chat

MESSAGES = [
    "Why is information sharing important?",
    "I'm a school nurse and a parent told me something at drop-off. Do I need an ISP to tell "
    "the GP?",
    "Youth worker: do we only ever share with consent? Is that right?",
    "our policy follows the latest guidance; what is an ISP?",
    "The parent has changed her mind. What now?",
    "",
]


@pytest.mark.parametrize("text", MESSAGES)
def test_the_matcher_given_the_parts_decides_as_reading_them_itself(core: Core, text: str) -> None:
    matcher = core.matcher
    assert matcher.match(text, question_parts(text)) == matcher.match(text)
    assert matcher.match(text, question_parts(text, max_segments=9)) == matcher.match(text)


@pytest.mark.parametrize("text", [m for m in MESSAGES if m])
def test_a_question_is_split_into_its_parts_once(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    calls: list[str] = []

    def counted(split: Callable[..., list[Segment]]) -> Callable[..., list[Segment]]:
        def count(message: str, **settings: int) -> list[Segment]:
            calls.append(message)
            return split(message, **settings)

        return count

    for module in (dialogs.text_turns, dialogs.routes, knowledge.matching.matcher):
        if hasattr(module, "question_parts"):
            monkeypatch.setattr(module, "question_parts", counted(module.question_parts))
    chat.send(text)
    assert len(calls) == 1
