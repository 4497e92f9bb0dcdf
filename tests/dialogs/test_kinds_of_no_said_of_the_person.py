"""At key question 4, a kind of no said of the person or of why asking cannot be done is taken
(tryout35 #14): "no she hasnt been asked" got "Which of these fits?", "she dont know yet" and "i
cant ask her, the bf is always there" got "I'm keeping your place"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command


def _at_consent(chat: Chat) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)


@pytest.mark.parametrize(
    ("said", "taken"),
    [
        ("no she hasnt been asked", "Not asked yet"),
        ("they haven't been asked", "Not asked yet"),
        ("she dont know yet", "Not asked yet"),
        ("i cant ask her, the bf is always there", "Not sought: unsafe to ask"),
        ("we can't ask him", "Not sought: unsafe to ask"),
    ],
)
def test_a_kind_of_no_said_of_the_person_is_taken(chat: Chat, said: str, taken: str) -> None:
    _at_consent(chat)
    assert f"taken that as **{taken}**" in texts(chat.send(said))


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_not_been_asked_is_taken(tmp_path: Path) -> None:
    script = "check\nyes\nyes\nyes\nno she hasnt been asked\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    said = done.stdout.split("you> ")[5]
    assert said.startswith("I've taken that as Not asked yet.")


def test_a_no_with_its_reason_joined_by_because_is_taken_even_beside_the_signpost(
    chat: Chat,
) -> None:
    # tryout35 #14: word for word the option "Not sought: unsafe to ask", after "no bcos"; the
    # risk check may still signpost it, but the answer is no longer dropped
    _at_consent(chat)
    said = texts(chat.send("no bcos its not safe to ask him"))
    assert "taken that as **Not sought: unsafe to ask**" in said
    assert "haven't taken an answer" not in said
