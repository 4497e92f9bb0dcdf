"""A reply that tells of consent is never another key question's yes or no.

Tried in tryout36 (#11): an ESL speech therapist typed "no, she not agree" at key question 2
("Does the information enable a living person to be identified?"). Its leading "no" was taken as
that question's No, and the check ended with **You can share: the information does not identify
a living person**, and a record saying so. Whatever yes or no it begins with, a reply with a word
of consent answers the consent question. Generated over every question of the flow: where the
question's own words are not about consent, nothing is recorded and the reply says it answers key
question 4; where the question asks for consent, a refusal is no plain yes or no.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import Core
from knowledge.flow_pack import AnswerKey
from knowledge.typed_words import simplify
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command
from tests.support.reply_probe import go_to

CONSENT_WORDS = {"agree", "agreed", "consent", "permission"}
TOLD = [
    "no, she not agree",
    "no she not agreed to it",
    "yes, but mum no agree",
    "no, he not give permission",
    "yes he agreeing",
    "no they not consent",
]


def _steps(core: Core, *, about_consent: bool) -> list[str]:
    return [
        q.id
        for q in core.knowledge.flow.questions
        if about_consent != CONSENT_WORDS.isdisjoint(simplify(q.text).split())
    ]


@pytest.mark.parametrize("words", TOLD)
def test_not_taken_at_a_question_not_about_consent(chat: Chat, words: str) -> None:
    steps = _steps(chat.core, about_consent=False)
    assert {"purpose", "identifiable", "confidential"} <= set(steps)
    for step in steps:
        chat.send("cancel")
        go_to(chat, step)
        before = chat.state.check
        replies = chat.send(words)
        said = texts(replies)
        assert chat.state.check == before, f"nothing recorded at {step}"
        assert "I've taken that as" not in said
        assert replies[0].text.startswith("That answers key question 4 "), (step, said)
        assert not any(r.card for r in replies), "no quote"


@pytest.mark.parametrize("words", [w for w in TOLD if " no" in w or " not" in w])
def test_no_plain_yes_or_no_at_a_question_asking_for_consent(chat: Chat, words: str) -> None:
    steps = [q.id for q in chat.core.knowledge.flow.questions if AnswerKey.REFUSED in q.answers]
    assert {"consent", "ask-first"} <= set(steps)
    assert set(steps) <= set(_steps(chat.core, about_consent=True))
    for step in steps:
        chat.send("cancel")
        go_to(chat, step)
        chat.send(words)
        assert chat.state.check is not None
        assert chat.state.check.answered(step) not in (AnswerKey.YES, AnswerKey.NO), step


def test_at_the_consent_question_a_learners_not_agree_is_a_refusal(chat: Chat) -> None:
    go_to(chat, "consent")
    chat.send("no, she not agree")
    assert chat.state.check is not None
    assert chat.state.check.answered("consent") is AnswerKey.REFUSED


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_does_not_end_with_you_can_share(tmp_path: Path) -> None:
    script = (
        "The mother of child (7) ask me to not share with school that father is in prison. "
        "I can tell them?\ncheck\nyes\nno, she not agree\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[4]
    assert last.startswith("That answers key question 4 "), last
    assert "Key question 2\n" in last
    assert "You can share" not in last
