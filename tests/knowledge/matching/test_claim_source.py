"""Who made a claim is not what a message is about (knowledge/matching/claim_source.py)."""

from __future__ import annotations

import pytest

from knowledge.matching.claim_source import without_claim_source
from tests.support.core import Chat, texts

_REFERRAL = "How to make a safeguarding referral isn't in the Q&A"


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("our dsl says we need consent", "we need consent"),
        ("my line manager told us not to", "us not to"),
        ("the school nurse reckons it is fine", "it is fine"),
        ("our designated safeguarding lead insists on it", "on it"),
    ],
)
def test_the_source_of_a_claim_is_left_out(typed: str, left: str) -> None:
    assert list(without_claim_source(typed.split())) == left.split()


@pytest.mark.parametrize(
    "typed",
    [
        "our dsl is off sick",  # no verb of saying
        "can i tell the dsl",  # no source opening
        "the parent of a child in our school told me",  # the source is longer than four words
    ],
)
def test_other_openings_are_kept(typed: str) -> None:
    assert list(without_claim_source(typed.split())) == typed.split()


@pytest.mark.parametrize(
    "message",
    [
        "our DSL says we need consent for everything, is that right?",
        "my designated safeguarding lead told me we can never share without the parents agreeing",
        "the social worker said I can't pass anything on without consent, is she right?",
    ],
)
def test_a_claim_by_a_safeguarding_role_is_not_a_referral_question(
    chat: Chat, message: str
) -> None:
    shown = texts(chat.send(message))
    assert _REFERRAL not in shown, shown


def test_a_claim_that_names_a_referral_still_gets_the_referral_reply(chat: Chat) -> None:
    shown = texts(chat.send("our DSL says I should make a referral to MASH, how do I do that?"))
    assert _REFERRAL in shown, shown
