"""A remark that answers a later key question, typed while an earlier one waits.

Tried by the lead (round 23): at key question 3 ("Is the information confidential?"), "the mum
said no" quoted a published answer in full and then "We're still on this question". They told us
about consent (key question 4) early and asked nothing: no quote, a short note of where consent
comes, and the waiting question again. Nothing is kept in the state (docs/consent-check-replies.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW = builtin_knowledge().flow
CONSENT = FLOW.question("consent")
assert CONSENT is not None
# Every question on some path before the consent question, from the flow data.
BEFORE_CONSENT = sorted(
    {
        step
        for steps, _ in all_paths(FLOW)
        for i, (step, _) in enumerate(steps)
        if any(later == "consent" for later, _ in steps[i + 1 :])
    }
)
SAID_OF_CONSENT = [
    "the mum said no",
    "she said no",
    "mum refused",
    "dad refused",
    "we haven't asked her yet",
    "mum agreed",
]


@pytest.mark.parametrize("step", BEFORE_CONSENT)
@pytest.mark.parametrize("words", SAID_OF_CONSENT)
def test_consent_told_early_is_noted_and_the_question_asked_again(
    chat: Chat, step: str, words: str
) -> None:
    go_to(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    assert quoted(replies) == []
    assert chat.state.check == before, "nothing recorded, nothing kept"
    waiting = FLOW.question(step)
    assert waiting is not None
    assert CONSENT is not None
    assert len(replies) == 1
    assert replies[0].text.startswith(f"That answers key question {CONSENT.number} ")
    assert f"**Key question {waiting.number}**\n{waiting.text}" in replies[0].text
    assert "still on this question" not in replies[0].text
    assert not replies[0].risk_of_harm
    assert [c.label for c in replies[0].choices][:2] == ["Yes", "No"]


def test_the_consent_question_still_reads_the_same_words(chat: Chat) -> None:
    go_to(chat, "consent")
    replies = chat.send("the mum said no")
    assert "I've taken that as **No: they refused**" in texts(replies)
    assert chat.state.check is not None
    assert chat.state.check.answered("consent") is AnswerKey.REFUSED


@pytest.mark.parametrize("words", ["it's not confidential", "it isn't confidential"])
def test_confidentiality_told_at_key_question_1(chat: Chat, words: str) -> None:
    go_to(chat, "purpose")
    replies = chat.send(words)
    assert replies[0].text.startswith("That answers key question 3 ")
    assert "**Key question 1**" in replies[0].text
    assert chat.state.check is not None and chat.state.check.answers == ()


def test_an_answer_that_fits_the_waiting_question_is_taken(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("it's not confidential")
    assert "I've taken that as **No**" in texts(replies)


def test_a_question_about_consent_is_not_an_answer(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("what if the mum said no?")
    assert "That answers key question" not in texts(replies)


@pytest.mark.parametrize(
    "words", ["there's a risk to the child", "he's at risk", "I think she's in danger"]
)
def test_a_risk_told_before_key_question_5(chat: Chat, words: str) -> None:
    go_to(chat, "confidential")
    replies = chat.send(words)
    said = texts(replies)
    # the risk check's signpost, when its cues fire, or the urgent note
    assert replies[0].risk_of_harm or "follow your protection procedures now" in said
    assert "key question 5" in said
    assert "**Key question 3**" in replies[-1].text
    assert quoted(replies) == []
    assert chat.state.check is not None and chat.state.check.concern
    assert chat.state.check.answers == (("purpose", AnswerKey.YES), ("identifiable", AnswerKey.YES))


def test_a_risk_denied_is_no_remark_about_risk(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("there's no risk to anyone")
    assert "key question 5" not in texts(replies)
    assert chat.state.check is not None and not chat.state.check.concern


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_notes_consent_told_early(tmp_path: Path) -> None:
    # "1" and "1" press Yes at key questions 1 and 2 (the terminal numbers the buttons).
    script = "check\n1\n1\nthe mum said no\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    last = done.stdout.split("you> ")[4]
    assert CONSENT is not None
    assert last.startswith(f"That answers key question 4 ({CONSENT.text})")
    assert "Key question 3\nIs the information confidential?" in last
    assert "What are the key factors" not in last
