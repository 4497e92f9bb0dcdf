"""Round 34: what a trial by someone who tunes nothing (tryout33c) found in the dialogs.
"is anyone there" got "I couldn't find that in the published Q&A" and the seek-advice list."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.flow_pack import AnswerKey
from knowledge.flow_schema import FlowQuestion
from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "message", ["is anyone there", "Is anyone there?", "hello, anyone there?", "are you there"]
)
def test_asking_whether_anyone_is_there_is_greeted(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))

    assert "Hello" in said
    assert "couldn't find" not in said


# N8: a correction or change of mind in a consent check was kept waiting ("I'm keeping your
# place"), the answer just given kept.


@pytest.mark.parametrize("changed", ["no actually yes", "no, sorry, I meant yes", "no wait yes"])
def test_a_change_of_mind_between_two_answers_takes_the_second(chat: Chat, changed: str) -> None:
    chat.send("check")
    chat.send("yes")

    said = texts(chat.send(changed))

    assert "taken that as **Yes**" in said
    assert "Key question 3" in said


def test_yes_then_a_second_thought_of_a_kind_of_no_takes_that_no(chat: Chat) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)

    said = texts(chat.send("yes, actually she refused"))

    assert "**No: they refused**" in said
    assert "Key question 5" in said


@pytest.mark.parametrize("meant", ["wait I meant no", "sorry, I meant no", "I should have said no"])
def test_a_correction_changes_the_answer_just_given(chat: Chat, meant: str) -> None:
    for answer in ("check", "yes", "yes"):
        chat.send(answer)
    assert "Key question 4" in texts(chat.send("yes"))  # key question 3: confidential? yes

    said = texts(chat.send(meant))

    assert "changed your answer to key question 3 to **No**" in said
    assert chat.state.check is not None
    assert dict(chat.state.check.answers)["confidential"] is AnswerKey.NO


def test_a_correction_to_a_no_that_fits_no_kind_goes_back_and_asks_which(chat: Chat) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)
    chat.send("yes")  # consent: yes, the check ends

    said = texts(chat.send("wait I meant no"))

    assert "Going back to key question 4" in said and "more than one kind of no" in said
    assert chat.state.check is not None and chat.state.check.step == "consent"


def test_a_correction_before_any_answer_answers_the_first_question(chat: Chat) -> None:
    chat.send("check")

    said = texts(chat.send("I meant yes"))

    assert "Key question 2" in said


def test_a_correction_that_tells_of_harm_is_signposted_and_not_taken(chat: Chat) -> None:
    for answer in ("check", "yes", "yes"):
        chat.send(answer)
    chat.send("yes")
    assert chat.state.check is not None
    before = chat.state.check.answers

    replies = chat.send("wait I meant no, her dad hits her")

    assert replies[0].risk_of_harm
    assert "haven't taken an answer" in texts(replies)
    assert chat.state.check is not None and chat.state.check.answers == before


def test_a_change_of_mind_that_tells_of_harm_is_not_taken(chat: Chat) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)

    replies = chat.send("no actually yes, her stepdad beats her")

    assert replies[0].risk_of_harm
    assert chat.state.check is not None and chat.state.check.step == "consent"


@pytest.mark.parametrize(
    ("told", "taken"),
    [
        ("she's 15 and said no", "No: they refused"),
        ("she is 15 and she refused", "No: they refused"),
        ("he's 16 and agreed", "Yes"),
    ],
)
def test_an_age_then_what_the_person_said_is_taken_at_the_consent_question(
    chat: Chat, told: str, taken: str
) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)

    said = texts(chat.send(told))

    assert f"taken that as **{taken}**" in said


def _consent_question(chat: Chat) -> None:
    for answer in ("check", "yes", "yes", "yes"):
        chat.send(answer)
    assert chat.state.check is not None and chat.state.check.step == "consent"


@pytest.mark.parametrize(
    "told",
    [
        "he's got dementia so can't consent",
        "no, he lacks capacity",
        "she's too young to understand",
    ],
)
def test_a_person_who_cannot_consent_gets_the_question_again_with_why(
    chat: Chat, told: str
) -> None:
    _consent_question(chat)

    replies = chat.send(told)

    said = texts(replies)
    assert "can't give consent" in said and "Not sure" in said
    assert "keeping your place" not in said and "more than one kind of no" not in said
    assert chat.state.check is not None and chat.state.check.step == "consent"
    assert not chat.state.check.answers[3:]  # nothing recorded for key question 4
    assert [c.label for c in replies[-1].choices][:1] == ["Yes"]  # asked again with its choices


def test_only_a_question_that_asks_for_consent_says_why_it_cannot_be_given() -> None:
    question = {
        "id": "consent",
        "number": 4,
        "text": "Do you have consent?",
        "help": "Consent help.",
        "answers": {"yes": "a", "refused": "b", "not-sure": "c"},
        "unable_text": "They can't consent.",
    }
    assert FlowQuestion.model_validate(question).unable_text == "They can't consent."
    with pytest.raises(ValidationError):
        FlowQuestion.model_validate(
            {**question, "answers": {"yes": "a", "no": "b", "not-sure": "c"}}
        )


def test_what_may_answer_the_question_asked_is_no_correction_of_the_last(chat: Chat) -> None:
    for answer in ("check", "yes", "yes"):
        chat.send(answer)
    assert chat.state.check is not None
    before = chat.state.check.answers

    said = texts(chat.send("it should be yes"))

    assert "changed your answer" not in said
    assert chat.state.check is not None and chat.state.check.answers[: len(before)] == before
