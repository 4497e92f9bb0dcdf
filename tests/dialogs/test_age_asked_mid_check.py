"""Who counts as a child, and whether a young person agrees for themselves, asked in the middle
of the consent check (tryout40 #14: "is she under 18 counted as a child here" got "I couldn't
find that", "wait shes 17, does she have to agree herself or her parents?" got "Did you mean:
key factors"): the consent summary (key question 4) answers, and the place is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

_CONSENT = "key question 4: Do you have consent to share?"


def _at_key_question_4(chat: Chat) -> None:
    chat.send("check")
    for _ in range(3):
        chat.send("yes")
    assert "Key question 4" in texts(chat.history[-1:])


@pytest.mark.parametrize(
    "asked",
    [
        "is she under 18 counted as a child here",
        "wait shes 17, does she have to agree herself or her parents?",
        "she's 14 btw does that change it",
        "he is 16, do i need his parents to agree",
        "is a 17 year old still a child",
        "does a 16 year old count as an adult for this",
        "hes 15 does his age matter",
        "can he decide for himself? he's 13",
    ],
)
def test_an_age_or_whose_agreement_asked_mid_check_gets_the_consent_summary(
    chat: Chat, asked: str
) -> None:
    _at_key_question_4(chat)
    replies = chat.send(asked)
    said = texts(replies)
    assert _CONSENT in said
    assert "couldn't find that" not in said and "Did you mean" not in said
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "said",
    [
        # an age with no question of whose agreement: the check's own reading, unchanged
        "she is 15",
        # a look-alike: who to tell, not whose consent
        "can i tell the school or her parents, she is 15 and got a detention",
    ],
)
def test_an_age_alone_or_who_to_tell_is_not_the_consent_summary(chat: Chat, said: str) -> None:
    assert _CONSENT not in texts(chat.send(said))


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal_the_summary_comes_and_the_place_is_kept(tmp_path: Path) -> None:
    script = "check\nyes\nyes\nyes\nwait shes 17, does she have to agree herself or her parents?\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    asked = done.stdout.split("you> ")[5]
    assert _CONSENT in asked
    assert "We're still on this question" in asked and "Key question 4" in asked
