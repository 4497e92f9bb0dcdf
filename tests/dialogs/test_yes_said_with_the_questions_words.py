"""A yes that says the question back in a learner's English is a yes, never a quote.

Tried in tryout36 (#11): at key question 1 ("Is there a clear and legitimate purpose…?"), an
ESL speech therapist typed "yes is clear purpose". The "is" after the yes read as a question
("yes, is …?"), so the check's answer was not taken and the Q&A quoted "What is the purpose of
the information sharing guidance?". A yes going on with a question word and then only the
question's own words is a yes. Generated over the flow's questions that offer a yes, but where
a yes must be clear (it means sharing without consent): there it is never read from a question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.flow_pack import AnswerKey
from knowledge.typed_words import simplify
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to


def _said_back() -> list[tuple[str, str]]:
    """(step, "yes is <the question's longest word>") for each question that offers a yes
    leading on to another question (key question 1's too: its yes asks a clear reply, round 46,
    but a yes said with the question's words is clear)."""
    flow = builtin_knowledge().flow
    return [
        (q.id, "yes is " + max(simplify(q.text).split(), key=len))
        for q in flow.questions
        if AnswerKey.YES in q.answers and not flow.shares_on(q, AnswerKey.YES)
    ]


def _clear() -> list[tuple[str, str]]:
    flow = builtin_knowledge().flow
    return [
        (q.id, "yes is " + max(simplify(q.text).split(), key=len))
        for q in flow.questions
        if flow.shares_on(q, AnswerKey.YES)
    ]


SAID_BACK = _said_back()


@pytest.mark.parametrize(("step", "words"), SAID_BACK)
def test_a_yes_saying_the_question_back_is_taken(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    replies = chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered(step) is AnswerKey.YES, texts(replies)
    assert not any(r.card for r in replies), "no quote"


def test_key_question_1_is_said_back() -> None:
    assert "purpose" in dict(SAID_BACK), "a yes there leads on to key question 2"


@pytest.mark.parametrize(("step", "words"), _clear())
def test_no_yes_to_sharing_without_consent_is_read_from_a_question(
    chat: Chat, step: str, words: str
) -> None:
    go_to(chat, step)
    chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered(step) is None


@pytest.mark.parametrize("words", ["yes can i share it with the school", "yes is it ok"])
def test_a_yes_going_on_to_ask_something_else_is_not_taken(chat: Chat, words: str) -> None:
    go_to(chat, "purpose")
    chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered("purpose") is None


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_takes_yes_is_clear_purpose(tmp_path: Path) -> None:
    script = "The mother ask me not to tell school. I can tell them?\ncheck\nyes is clear purpose\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[3]
    assert "I've taken that as Yes" in last, last
    assert "Key question 2\n" in last
    assert "What is the purpose of the information sharing guidance?" not in last


def test_a_doubtful_yes_with_the_questions_words_is_asked_again(chat: Chat) -> None:
    """Round 46 (follow106): a doubtful yes at key question 1 asks a clear one, words or not."""
    go_to(chat, "purpose")
    replies = chat.send("probably yes is clear purpose")
    said = texts(replies)
    assert not any(r.card for r in replies), "no quote"
    assert chat.state.check is not None
    assert chat.state.check.answered("purpose") is None
    question = builtin_knowledge().flow.question("purpose")
    assert question is not None and question.clear_text
    assert question.clear_text.split(":")[0] in said, said
