"""A yes or no whose reason tells of another key question's subject is confirmed, never taken.

Tried in tryout37 (#5, a Slack DM): at key question 3 ("Is the information confidential?"),
"yes it identifies her", an answer to key question 2's words typed late, was taken as **Yes**.
A reply whose reason speaks to another question's subject (the typed-words pack's
`subject_words`: identified, confidential, purpose), and to none of the waiting question's own,
records nothing: the reply names the question it answers and asks the waiting one again, the
place kept. A reason that keeps to the question ("yes, she told me in confidence") is taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.reply_probe import go_to

EARLIER = "That sounds like an answer to key question "


@pytest.mark.parametrize(
    ("step", "words", "number"),
    [
        ("confidential", "yes it identifies her", 2),
        ("confidential", "yes, it identifies him", 2),
        ("confidential", "yes she can be identified from it", 2),
        ("confidential", "no, it's anonymised", 2),
        ("confidential", "yes, for a legitimate purpose", 1),
        ("identifiable", "yes, for a legitimate purpose", 1),
    ],
)
def test_an_answer_to_an_earlier_question_is_not_taken(
    chat: Chat, step: str, words: str, number: int
) -> None:
    go_to(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    said = texts(replies)
    assert chat.state.check == before, "nothing recorded, the place kept"
    assert "I've taken that as" not in said
    assert replies[0].text.startswith(f"{EARLIER}{number} "), said
    waiting = chat.core.knowledge.flow.question(step)
    assert waiting is not None and waiting.text in said, "the waiting question asked again"
    assert not any(r.card for r in replies), "no quote"


@pytest.mark.parametrize(
    ("step", "words", "number"),
    [
        ("identifiable", "yes, it's confidential", 3),
        ("identifiable", "no it's not confidential", 3),
        ("purpose", "yes it identifies her", 2),
    ],
)
def test_an_answer_to_a_later_question_is_not_taken(
    chat: Chat, step: str, words: str, number: int
) -> None:
    go_to(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    assert chat.state.check == before
    assert replies[0].text.startswith(f"That answers key question {number} "), texts(replies)


@pytest.mark.parametrize(
    ("step", "words", "then"),
    [
        ("confidential", "yes, she told me in confidence", "consent"),
        ("confidential", "yes it's confidential and identifies her", "consent"),
        ("confidential", "yes, health info", "consent"),
        ("identifiable", "yes, it names her", "confidential"),
        ("purpose", "yes, a legitimate purpose", "identifiable"),
        ("purpose", "yes, to protect her", "identifiable"),
    ],
)
def test_a_reason_that_keeps_to_the_question_is_taken(
    chat: Chat, step: str, words: str, then: str
) -> None:
    go_to(chat, step)
    said = texts(chat.send(words))
    assert chat.state.check is not None and chat.state.check.step == then, said
    assert "I've taken that as **Yes**" in said


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_keeps_key_question_3(tmp_path: Path) -> None:
    script = "check\nyes\nyes\nyes it identifies her\nyes\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    turns = done.stdout.split("you> ")
    assert turns[4].startswith(f"{EARLIER}2 "), turns[4]
    assert "Key question 3\nIs the information confidential?" in turns[4]
    assert "Key question 4\n" in turns[5], "a plain yes then answers key question 3"
