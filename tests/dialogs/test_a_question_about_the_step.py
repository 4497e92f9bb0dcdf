"""A question about the waiting key question itself (its answers, whose consent counts) gets
that question's own explanation, the place kept (tryout37 findings 10 and 15): at key question 4
"the home manager said no, does that count as consent refused?" was quoted entry 4 whole, and
"whats the difference between not sought and not asked yet" was taken for case details.

The question's words now include its answers' labels, a frame may follow a remark ("…said no,
does that count as…"), and the pack's whether frames ask of a difference or whose consent it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, published_question, texts
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow


def _at_consent(chat: Chat) -> None:
    chat.send("check")
    for _ in ("purpose", "identifiable", "confidential"):
        chat.send("yes")
    assert chat.state.check is not None and chat.state.check.step == "consent"


@pytest.mark.parametrize(
    "asked",
    [
        "the home manager said no, does that count as consent refused?",
        "whats the difference between not sought and not asked yet",
        "what is the difference between refused and unsafe to ask?",
        "who has to give consent?",
        "whose consent do I need?",
        "her foster carer says no - is that the same as refused?",
        "what does not sought mean?",
    ],
)
def test_a_question_about_the_step_gets_its_explanation(chat: Chat, asked: str) -> None:
    _at_consent(chat)
    replies = chat.send(asked)
    said = texts(replies)
    assert "Why key question 4?" in replies[0].text
    assert "a manager or another service saying no is not the person refusing" in said
    assert published_question(4) not in said
    assert "I don't need the details" not in said
    assert chat.state.check is not None and chat.state.check.step == "consent"
    question = FLOW.question("consent")
    assert question is not None and question.text in replies[-1].text


@pytest.mark.parametrize("asked", ["she refused", "not asked yet", "the mum said no"])
def test_answers_are_still_answers(chat: Chat, asked: str) -> None:
    _at_consent(chat)
    said = texts(chat.send(asked))
    assert "Why key question 4?" not in said
    assert chat.state.check is not None and chat.state.check.step != "consent"


@pytest.mark.usefixtures("warm_tmp_path")
def test_at_the_terminal(tmp_path: Path) -> None:
    script = (
        "check\n1\n1\n1\nthe home manager said no, does that count as consent refused?\n"
        "whats the difference between not sought and not asked yet\nbye\n"
    )
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.count("Why key question 4?") == 2
    assert published_question(4) not in out
    assert "I don't need the details" not in out
