"""A question asking what a term means gets the route the pack gives that meaning, however it is
framed (tryout35 #11): "sorry what mean "public interest"?" quoted entry 4, which only mentions
the public interest, while "what does public interest mean" got the key-question-5 summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

_PUBLIC_INTEREST = "key question 5: Consent was refused. Is there a sufficient public interest"


@pytest.mark.parametrize(
    "asked",
    [
        'sorry what mean "public interest"?',
        "what mean public interest",
        "public interest mean what?",
        "um what is mean by the public interest",
        "whats the meaning of public interest",
    ],
)
def test_the_meaning_of_public_interest_in_other_words_gets_its_summary(
    chat: Chat, asked: str
) -> None:
    replies = chat.send(asked)
    assert _PUBLIC_INTEREST in texts(replies)
    assert quoted(replies) == []


def test_another_term_in_the_same_words_gets_its_own_summary(chat: Chat) -> None:
    said = texts(chat.send("what mean confidential?"))
    assert "key question 3: Is the information confidential?" in said


def test_a_term_with_no_route_is_still_a_question_for_the_qa(chat: Chat) -> None:
    assert "What is an information sharing protocol?" in texts(chat.send("what is an ISP?"))


@pytest.mark.usefixtures("warm_tmp_path")
def test_asked_in_a_check_at_the_terminal_the_summary_comes_and_the_place_is_kept(
    tmp_path: Path,
) -> None:
    script = 'check\nyes\nsorry what mean "public interest"?\n'
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    asked = done.stdout.split("you> ")[3]
    assert _PUBLIC_INTEREST in asked
    assert "question 4." not in asked, "entry 4 is not quoted"
    assert "We're still on this question" in asked and "Key question 2" in asked
