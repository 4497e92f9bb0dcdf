"""A question typed in the middle of a consent check is a question, never an answer.

Round 48 (asks137, a practitioners' trial): "what if she's 15?" typed at a key question got "I
couldn't find that in the published Q&A… start a consent check" beside the check it was typed
in. Now an age asked about gets what the consent summary says for that age; "wait, can I tell
the GP?" is told the check under way decides it. Either way no answer is taken, and the same
question is asked again after.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
STILL = "We're still on this question"
CONSENT = next(q for q in FLOW.questions if q.ages)


def _at(chat: Chat, answers: int) -> tuple[str, int]:
    """Start a check and answer yes `answers` times: the step then waiting, and the answers."""
    chat.send("check")
    for _ in range(answers):
        chat.send("yes")
    check = chat.state.check
    assert check is not None and not check.finished
    return check.step, len(check.answers)


@pytest.mark.parametrize(
    ("answers", "question", "age"),
    [
        (0, "what if she's 15?", 15),
        (1, "wait, what if he's only 11?", 11),
        (3, "what if she's 15?", 15),
        (3, "hang on, what if they are 17?", 17),
    ],
)
def test_an_age_asked_about_gets_the_consent_summary_for_it(
    chat: Chat, answers: int, question: str, age: int
) -> None:
    step, taken = _at(chat, answers)
    replies = chat.send(question)
    said = texts(replies)
    band = CONSENT.for_age(age)
    assert band is not None and band in said
    assert f"for someone aged {age}" in said
    assert STILL in said and not quoted(replies)
    check = chat.state.check
    assert check is not None and (check.step, len(check.answers)) == (step, taken)
    waiting = FLOW.question(step)
    assert waiting is not None and waiting.text in replies[-1].text  # asked again, last


@pytest.mark.parametrize(
    ("answers", "question"),
    [(0, "wait, can i tell the gp?"), (3, "wait, can i tell the gp?"), (3, "can i tell her mum?")],
)
def test_a_question_of_sharing_is_left_to_the_check(
    chat: Chat, answers: int, question: str
) -> None:
    step, taken = _at(chat, answers)
    replies = chat.send(question)
    assert STILL in texts(replies) and "taken that as" not in texts(replies)
    check = chat.state.check
    assert check is not None and (check.step, len(check.answers)) == (step, taken)


def test_an_answer_with_an_age_is_still_an_answer(chat: Chat) -> None:
    """A yes with an age ("yes, she's 15") answers: only a question giving one is asked."""
    _, taken = _at(chat, 0)
    chat.send("yes, she's 15")
    check = chat.state.check
    assert check is not None and len(check.answers) == taken + 1
