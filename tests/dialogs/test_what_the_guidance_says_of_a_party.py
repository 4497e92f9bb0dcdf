""" "What does the guidance say about sharing with the police?" asks what the guidance says, not
what to do in one case (docs/matcher.md, round 31, quote31).

A named recipient made it a case question, whose reply begins "The Q&A doesn't decide
individual cases": a practitioner asking about the guidance heard that nobody asked. Framed as
what the guidance (or the Q&A) says, the question is now told honestly that no published answer
gives that exactly, with the nearest entries offered (and the consent check).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CASE = "doesn't decide individual cases"
RELATED = "I don't think the published Q&A answers that exactly"


@pytest.mark.parametrize(
    "message",
    [
        # each got the case reply before ("…Q&A say about…", where the case topic's cues won
        # in the matcher before the gate was asked: test_what_the_qa_says_of_a_party.py)
        "what does the guidance say about sharing with police?",
        "What does the guidance say about passing information to the police?",
        "what does the guidance say about giving information to the police?",
        "what does the guidance say about sharing with a GP?",
    ],
)
def test_what_the_guidance_says_is_not_a_case(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CASE not in said
    assert RELATED in said or "Did you mean" in said


@pytest.mark.parametrize(
    "message", ["can I share with the police?", "should I tell the school about her?"]
)
def test_a_case_is_still_a_decision_to_make(chat: Chat, message: str) -> None:
    assert "professional judgement" in texts(chat.send(message))
