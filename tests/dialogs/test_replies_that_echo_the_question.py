"""A reply in a consent check that repeats the question's verb ("we have …", "it is …") is a yes
only when it goes on with the question's own words: "we have consent" answers "Do you have
consent to share?", "we have a safeguarding concern" does not, and is never recorded as consent.
And a reply read as an answer is checked for harm by the cues alone: the learnt model learnt
from first messages, and took "I think so, her mum told me" for a disclosure."""

from __future__ import annotations

import pydantic
import pytest

from knowledge.flow_pack import AnswerKey
from knowledge.typed_words_schema import HedgedWords
from tests.support.core import Chat, texts
from tests.support.reply_probe import go_to


@pytest.mark.parametrize(
    "words", ["we have a safeguarding concern", "she has a social worker", "we do a lot of work"]
)
def test_an_echo_going_on_with_other_words_is_not_taken_as_consent(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == "consent" and check.answered("consent") is None
    assert "I've taken that as" not in texts(replies)
    assert "Do you have consent to share?" in texts(replies)


@pytest.mark.parametrize(
    "words", ["we have consent", "we have, and consent is recorded", "she has"]
)
def test_an_echo_of_the_question_is_a_yes(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered("consent") is AnswerKey.YES
    assert "I've taken that as **" in texts(replies)


def test_there_is_a_purpose_answers_the_purpose_question(chat: Chat) -> None:
    go_to(chat, "purpose")
    chat.send("there is a clear reason, a safeguarding concern")
    check = chat.state.check
    assert check is not None and check.answered("purpose") is AnswerKey.YES


def test_an_answer_is_not_read_by_the_learnt_model(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("I think so, her mum told me")
    assert not any(r.risk_of_harm for r in replies)
    check = chat.state.check
    assert check is not None and check.answered("confidential") is AnswerKey.YES


def test_an_answer_that_tells_of_harm_is_still_signposted(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("yes, she told me her dad hits her")
    assert replies[0].risk_of_harm


def test_an_echo_must_be_a_yes_or_no_lead() -> None:
    with pytest.raises(pydantic.ValidationError, match="echoes must be yes or no leads"):
        HedgedWords(leads={"yes": ("yes",)}, echoes=("we have",))


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        ("probably not", AnswerKey.NO),
        ("i doubt it", AnswerKey.NO),
        ("we don't know", AnswerKey.NOT_SURE),
        ("we're not sure yet", AnswerKey.NOT_SURE),
    ],
)
def test_a_yes_or_no_word_said_otherwise_is_read_as_meant(
    chat: Chat, words: str, meant: AnswerKey
) -> None:
    # At key question 1 a no does not share: a doubtful one is read (check43 asks again where
    # a no would end the check with sharing, as at key question 3).
    go_to(chat, "purpose")
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered("purpose") is meant


def test_an_echo_going_on_about_the_person_is_not_a_purpose(chat: Chat) -> None:
    go_to(chat, "purpose")
    chat.send("she has a learning disability")
    check = chat.state.check
    assert check is not None and check.step == "purpose" and check.answered("purpose") is None
