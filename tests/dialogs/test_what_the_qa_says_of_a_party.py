"""What the Q&A says of a party is not a case, even when the case topic leads (docs/matcher.md,
round 31, quote31b).

Round 31's quote31 had the gate offer the nearest entry for "What does the guidance say about
sharing with police?", but "What does the Q&A say about sharing information with the police?"
still got the case reply ("The Q&A doesn't decide individual cases"): there the case topic's
cues ("can I tell the police about…") scored above every entry, so no entry reached the gate.
A question opening with one of the `subject_frames` ("Q&A say about", "government say about",
"policy say about") now sets the case topic aside among the matcher's nearest documents.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

CASE = "doesn't decide individual cases"


@pytest.mark.parametrize(
    "message",
    [
        # each got the case reply before
        "What does the Q&A say about sharing information with the police?",
        "what does the Q and A say about sharing information with a foster carer?",
        "what does the government say about sharing with the football coach?",
        "What does our policy say about sharing a diagnosis with a coach?",
    ],
)
def test_what_the_qa_says_is_not_a_case(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CASE not in said


@pytest.mark.parametrize(
    "message",
    [
        "can I tell the police about a pupil?",
        "should I share her diagnosis with the football coach?",
    ],
)
def test_a_case_is_still_a_case(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert CASE in said or "professional judgement" in said
