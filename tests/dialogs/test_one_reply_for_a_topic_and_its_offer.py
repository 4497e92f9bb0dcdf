"""A decision asked about a topic the Q&A leaves to others gets one reply with one menu: the
topic's own reply with the consent check offered in it (tryout35 #13). "what if the person lacks
capacity, can I still share" got the capacity reply and its menu, then a second reply ("That's a
decision for your professional judgement…") with a second menu."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, labels, texts
from tests.support.environment import command_env, run_command

OFFER = "That's a decision for your professional judgement"


@pytest.mark.parametrize(
    "asked",
    [
        "wat if the person lacks capacity can i still share",
        "can we share records of someone who has died?",
    ],
)
def test_one_reply_offers_the_check_and_a_yes_takes_it_up(chat: Chat, asked: str) -> None:
    answers = [r for r in chat.send(asked) if r.choices]  # not the first turn's privacy note
    assert len(answers) == 1
    assert OFFER in answers[0].text
    assert labels(answers[0]) == ["Start a consent check", "Browse topics"]
    assert "Key question 1" in texts(chat.send("yes"))


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_one_menu_follows_the_capacity_reply(tmp_path: Path) -> None:
    script = "what if the person lacks capacity, can I still share\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    said = done.stdout.split("you> ")[1]
    assert "capacity" in said and OFFER in said
    assert said.count("1) ") == 1, "one numbered menu"
