"""Asking to see the key questions lists the seven (from the flow data): in a check, its place
is kept; out of one, a button starts a check. "key questions" alone still starts a check."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
LISTED = FLOW.key_questions()
ASKING_TO_SEE = [
    "what are the key questions?",
    "What are the 7 key questions",
    "can I see the key questions please",
    "show me the key questions",
    "list the key questions",
    "ok, what questions will you ask?",
]


def test_the_list_has_the_seven_from_the_flow_data() -> None:
    assert len(LISTED) == 7
    assert LISTED[0] == FLOW.questions[0].text
    assert all(q.strip() for q in LISTED)


@pytest.mark.parametrize("words", ASKING_TO_SEE)
def test_asking_to_see_them_out_of_a_check_lists_them(chat: Chat, words: str) -> None:
    replies = chat.send(words)
    said = texts(replies)
    for number, question in enumerate(LISTED, 1):
        assert f"{number}. {question}" in said
    assert chat.state.check is None, "no check started"
    assert "Start a consent check" in [c.label for r in replies for c in r.choices]


@pytest.mark.parametrize("words", ASKING_TO_SEE)
def test_asking_to_see_them_in_a_check_keeps_the_place(chat: Chat, words: str) -> None:
    chat.send("check")
    chat.send("yes")
    before = chat.state.check
    replies = chat.send(words)
    said = texts(replies)
    assert all(question in said for question in LISTED)
    assert "already part-way" not in said
    assert chat.state.check == before
    assert "Key question 2" in replies[-1].text


def test_key_questions_alone_still_starts_a_check(chat: Chat) -> None:
    replies = chat.send("key questions")
    assert chat.state.check is not None
    assert "Key question 1" in replies[-1].text
