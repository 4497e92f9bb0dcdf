"""Practice questions the Q&A does not answer get the guidance in summary, with a line that
speaks to how they were asked (tryout43 #8), never a quoted published answer.

"what counts as significant harm" was offered entry 1; "whats the difference between consent and
public interest" entry 4; "what does the 2024 guidance say about consent" got the about page.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SUMMARY = "In summary, from the 2008 guidance"
QUOTED = "Source: Information Sharing: Q&A"


@pytest.mark.parametrize(
    "message",
    [
        "what counts as significant harm",
        "what's significant harm?",
        "is there a definition of serious harm",
    ],
)
def test_significant_harm_is_not_defined_and_says_so(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "doesn't define significant harm" in said
    assert SUMMARY in said and "key question 5" in said
    assert said.index("doesn't define") < said.index(SUMMARY)
    assert QUOTED not in said and "Did you mean" not in said


@pytest.mark.parametrize(
    "message",
    [
        "whats the difference between consent and public interest",
        "consent vs public interest - which is which?",
    ],
)
def test_consent_and_the_public_interest_told_apart(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "key question 4" in said and "key question 5" in said
    assert SUMMARY in said and QUOTED not in said


@pytest.mark.parametrize(
    "message",
    [
        "what does the 2024 guidance say about consent",
        "what does the current guidance say about consent?",
        "is consent in the new guidance different",
    ],
)
def test_todays_advice_on_consent_before_the_2008_summary(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "May 2024" in said and "consent is not needed" in said
    assert "not legal advice" in said
    assert SUMMARY in said and said.index("May 2024") < said.index(SUMMARY)
    assert QUOTED not in said


def test_a_plain_question_on_the_new_guidance_still_gets_about(chat: Chat) -> None:
    said = texts(chat.send("where is the 2024 guidance"))
    assert "gov.uk" in said.lower() and SUMMARY not in said
