"""Replies that say the answer in the question's own terms (round 42, check43).

At key question 3 ("Is the information confidential?") "it is public" and "it isn't private"
were not read (the place was kept, or "it is public" was taken for key question 5 about the
public interest): the echo "it is" / "it isn't" is said of the words after it, and those words
answer by the question's `meanings`. At key question 4 ("Do you have consent to share?") "no,
she doesnt know" was "which kind of no?": the person not told is not asked yet.
"""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW = builtin_knowledge().flow
READ_AGAIN = FLOW.read_again_text or ""


def _reads(chat: Chat, step: str, words: str) -> tuple[AnswerKey | None, str]:
    go_to(chat, step)
    replies = texts(chat.send(words))
    check = chat.state.check
    return (check.answered(step) if check is not None else None), replies


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        ("it isn't private", AnswerKey.NO),
        ("it is public", AnswerKey.NO),
        ("it is in the news", AnswerKey.NO),
        ("it is not private", AnswerKey.NO),
        ("it is private", AnswerKey.YES),
        ("it's not public", AnswerKey.YES),
        ("it isn't public knowledge", AnswerKey.YES),
        ("it is sensitive", AnswerKey.YES),
        # near replies that read as they did
        ("it isn't confidential", AnswerKey.NO),
        ("no its not public", AnswerKey.YES),
        ("yes it's private", AnswerKey.YES),
    ],
)
def test_an_echo_then_the_questions_meaning_is_an_answer(
    chat: Chat, words: str, answer: AnswerKey
) -> None:
    question = FLOW.question("confidential")
    assert question is not None
    read, replies = _reads(chat, "confidential", words)
    assert read is answer, words
    assert f"I've taken that as **{question.label(answer)}**" in replies
    assert "key question 5" not in replies


@pytest.mark.parametrize("words", ["it is, everyone knows", "yes its already public"])
def test_an_echo_standing_alone_or_a_yes_that_says_no_is_asked_again(
    chat: Chat, words: str
) -> None:
    read, replies = _reads(chat, "confidential", words)
    assert read is None and replies.startswith(READ_AGAIN), words


@pytest.mark.parametrize("words", ["it does identify her", "it does, it has her name on it"])
def test_an_echo_at_key_question_2_keeps_its_yes(chat: Chat, words: str) -> None:
    read, _ = _reads(chat, "identifiable", words)
    assert read is AnswerKey.YES, words


@pytest.mark.parametrize(
    "words",
    ["no, she doesnt know", "she doesnt know", "no he doesn't know", "no, they don't know"],
)
def test_the_person_not_told_is_not_asked_yet(chat: Chat, words: str) -> None:
    read, replies = _reads(chat, "consent", words)
    assert read is AnswerKey.NOT_ASKED, words
    assert "Ask for consent first" in replies


@pytest.mark.parametrize(
    ("step", "words", "answer"),
    [
        ("consent", "no she refused", AnswerKey.REFUSED),
        ("consent", "no she doesnt know yet", AnswerKey.NOT_ASKED),
        ("identifiable", "no they dont know who it is", AnswerKey.NO),
    ],
)
def test_near_replies_keep_their_reading(
    chat: Chat, step: str, words: str, answer: AnswerKey
) -> None:
    read, _ = _reads(chat, step, words)
    assert read is answer, words


def test_not_told_when_asked_first_waits(chat: Chat) -> None:
    go_to(chat, "ask-first")
    before = chat.state.check
    replies = texts(chat.send("no she doesnt know"))
    assert chat.state.check == before
    assert "ask first, if it is safe to" in replies
