"""A message that says it asks two questions is told that one is answered, and to ask the next.

Tried in tryout36 (#15): a YOT caseworker's notes ended "2 questions: can I share this with the
police DV unit without J's consent, and what is an information sharing protocol - do we need one
with them?". The signpost and a summary on sharing without consent answered the first; the
second was dropped without a word. The reply now says one of them is answered, and to ask the
next on its own; the buttons stay last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command

SAID = "You asked more than one question: I've answered one of them here."
TWO = (
    "YOT caseworker. J (16) got a cut on his hand stepping in when mum's partner threw a plate at "
    "her. 2 questions: can I share this with the police DV unit without J's consent, and what is "
    "an information sharing protocol - do we need one with them?"
)


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_answers_both_after_the_signpost(tmp_path: Path) -> None:
    """Telling of harm, both are answered (round 37, q39: `test_second_question_after_signpost`)."""
    done = run_command(["chat"], command_env(tmp_path), tmp_path, TWO + "\n")
    assert done.returncode == 0, done.stderr
    said = done.stdout.split("you> ")[1]
    assert SAID not in said
    signpost = said.index("Tell your safeguarding contacts")
    assert signpost < said.index("Your question 1 of 2") < said.index("Your question 2 of 2")
    assert said.index("Your question 2 of 2") < said.index(
        "What is an information sharing protocol?"
    )


@pytest.mark.parametrize(
    "message",
    ["two questions: what is an ISP, and who is the guidance for?", "quick q, what is an ISP?"],
)
def test_said_only_when_the_message_says_so(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert (SAID in texts(replies)) is message.startswith("two questions")
    assert not replies[-1].choices or SAID not in replies[-1].text


def test_not_said_inside_a_check(chat: Chat) -> None:
    chat.send("check")
    assert SAID not in texts(chat.send("2 questions: what does legitimate mean"))
