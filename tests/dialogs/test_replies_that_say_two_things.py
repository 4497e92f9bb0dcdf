"""A consent-check reply that begins with a yes and goes on with a no ("yes and no", "there is no
public interest", "we have no consent", "yes she refused") says two things: it is asked again,
never recorded as yes. Found by the probe tests/dialogs/data/check-replies-18.yaml."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered, assert_asked_again


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("purpose", "yes and no"),
        ("confidential", "yes and no"),
        ("consent", "yes and no"),
        ("purpose", "there is no clear purpose"),
        ("public-interest", "there is no public interest"),
        ("public-interest-unsought", "there is no sufficient public interest"),
        ("consent", "we have no consent"),
        ("ask-first", "we have no consent"),
        ("purpose", "yes but im not sure its my place"),
        ("public-interest", "yes she refused"),
        ("public-interest-unsought", "yes its not safe to ask"),
        ("confidential", "yes, not sure though"),
        ("confidential", "yes, nothing she said was private"),
    ],
)
def test_a_yes_that_goes_on_with_a_no_is_asked_again(chat: Chat, step: str, words: str) -> None:
    assert_asked_again(chat, step, words)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("purpose", "certainly not", AnswerKey.NO),
        ("confidential", "of course not", AnswerKey.NO),
        ("public-interest", "certainly not", AnswerKey.NO),
        ("public-interest-unsought", "of course not, it can wait", AnswerKey.NO),
        # two leads that agree are still read
        ("consent", "yes she agreed", AnswerKey.YES),
        ("consent", "no, she refused", AnswerKey.REFUSED),
        # (at "confidential" a doubtful no would end the check with sharing: asked again, check44)
        ("purpose", "no, not really", AnswerKey.NO),
        ("confidential", "not sure, she didnt say", AnswerKey.NOT_SURE),
        ("purpose", "there is a clear purpose", AnswerKey.YES),
    ],
)
def test_a_yes_word_then_not_is_no_and_leads_that_agree_are_read(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    answer, replies = answered(chat, step, words)
    assert answer is meant
    assert "I've taken that as **" in replies
