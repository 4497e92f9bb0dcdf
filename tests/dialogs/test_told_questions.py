"""The questions of a message telling of harm (`dialogs.told_questions`): how they are found, and
which reply each gets. Through the assistant: `test_second_question_after_signpost.py`."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

import pytest

from dialogs.contract import Card, Reply
from dialogs.state import ConversationState
from dialogs.told_questions import ASK_ALONE, SAME_AS, answer_told, told_questions
from tests.support.core import FIXED_CLOCK
from tests.support.packs import builtin_knowledge

if TYPE_CHECKING:
    from dialogs.text_turns import TextTurns
    from dialogs.turn_note import TurnNote

SECONDS = builtin_knowledge().typed_words.second_questions
STORY = "Youth worker. A lad of 15 says his uncle hits him."


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        (
            f"{STORY} can I tell his school, and what is an information sharing protocol?",
            ["can I tell his school?", "what is an information sharing protocol?"],
        ),
        (
            f"{STORY} Who do I ring? also can I tell his mum first?",
            ["Who do I ring?", "can I tell his mum first?"],
        ),
        (
            f"{STORY} Is this abuse and who do I tell? Thanks",
            ["Is this abuse?", "who do I tell? Thanks"],
        ),
    ],
)
def test_each_question_is_read_after_the_story_and_alone(text: str, questions: list[str]) -> None:
    found = told_questions(text, SECONDS)
    assert [alone for _, alone in found] == questions
    assert [told for told, _ in found] == [f"{STORY} {q}" for q in questions]


@pytest.mark.parametrize(
    "text",
    [
        f"{STORY} can I tell his school?",  # one question
        f"{STORY} can I tell his school and his mum?",  # one question, two parties
        f"{STORY} what is an information sharing protocol and what is it for",  # no question mark
    ],
)
def test_a_message_of_one_question_has_none_to_split(text: str) -> None:
    assert told_questions(text, SECONDS) == []


def _quote(title: str) -> Reply:
    return Reply(text=title, card=Card(title=title, body="…"))


class _Turns:
    """Replies by what is typed, as `TextTurns.on_text` would give them."""

    def __init__(self, replies: dict[str, list[Reply]]) -> None:
        self.replies = replies

    def on_text(
        self, state: ConversationState, text: str, *_: object, **__: object
    ) -> tuple[ConversationState, list[Reply]]:
        return state, self.replies[text]


def _answered(replies: dict[str, list[Reply]], parts: list[tuple[str, str]]) -> list[str]:
    turns = cast("TextTurns", _Turns(replies))
    note = cast("TurnNote", SimpleNamespace(entry=None))
    _, said = answer_told(turns, ConversationState(), parts, FIXED_CLOCK, note)
    return [r.text for r in said]


def test_a_quote_stands_when_the_question_alone_is_quoted_the_same() -> None:
    replies = {"story q1": [Reply(text="offer")], "story q2": [_quote("12")], "q2": [_quote("12")]}
    said = _answered(replies, [("story q1", "q1"), ("story q2", "q2")])
    assert said[1::2] == ["offer", "12"]


def test_a_quote_the_story_carries_gives_way_to_the_reply_alone() -> None:
    replies = {"story q1": [Reply(text="offer")], "story q2": [_quote("14")], "q2": [Reply("x")]}
    assert _answered(replies, [("story q1", "q1"), ("story q2", "q2")])[3] == "x"


def test_two_readings_quoting_two_entries_quote_neither() -> None:
    replies = {"story q1": [Reply(text="offer")], "story q2": [_quote("14")], "q2": [_quote("9")]}
    assert _answered(replies, [("story q1", "q1"), ("story q2", "q2")])[3] == ASK_ALONE


def test_the_same_reply_again_points_to_the_first() -> None:
    replies = {"story q1": [Reply(text="offer")], "story q2": [Reply(text="offer")]}
    said = _answered(replies, [("story q1", "q1"), ("story q2", "q2")])
    assert said[3] == SAME_AS.format(number=1)
