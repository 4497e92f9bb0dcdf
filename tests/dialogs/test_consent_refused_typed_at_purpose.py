"""A "no" whose words tell of the person's consent, typed before the consent question.

Tried in tryout35b (#1, the worst finding): in a grooming case, at key question 1 ("Is there a
clear and legitimate purpose…?"), "no she hasnt agreed and she wont" was taken as "No" by its
leading "no", and the check ended with **Do not share**. The words answer key question 4: the
reply says so and asks key question 1 again, as "she won't agree" typed there already did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.reply_probe import go_to

NOT_AGREED = [
    "no she hasnt agreed and she wont",
    "no she hasn't agreed",
    "no, he has not agreed",
    "no they haven't consented",
    "no mum hasnt given consent",
    "no she doesnt agree",
]


@pytest.mark.parametrize("step", ["purpose", "identifiable", "confidential"])
@pytest.mark.parametrize("words", NOT_AGREED)
def test_not_agreed_before_the_consent_question_is_not_this_questions_no(
    chat: Chat, step: str, words: str
) -> None:
    go_to(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    said = texts(replies)
    assert "Do not share" not in said
    assert "I've taken that as" not in said
    assert replies[0].text.startswith("That answers key question 4 ")
    assert chat.state.check == before, "nothing recorded"


@pytest.mark.parametrize("words", NOT_AGREED)
def test_at_the_consent_question_not_agreed_is_a_refusal(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered("consent") is AnswerKey.REFUSED


@pytest.mark.parametrize("words", ["no", "no, there isn't", "no there's no purpose"])
def test_a_no_about_the_purpose_is_still_taken(chat: Chat, words: str) -> None:
    go_to(chat, "purpose")
    chat.send(words)
    assert chat.state.check is not None
    assert chat.state.check.answered("purpose") is AnswerKey.NO


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_asks_the_purpose_again(tmp_path: Path) -> None:
    script = (
        "girl 14 in our home is being groomed by an older man, police want his reg number\n"
        "check\nno she hasnt agreed and she wont\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[3]
    assert last.startswith("That answers key question 4 ")
    assert "Key question 1\n" in last
    assert "Do not share" not in last
