"""Asking whether a link or a document is today's edition goes to `about` (docs/matcher.md, round
31, quote31b).

A link to the advice on GOV.UK with "is this the new one?" (a trial through the Slack door,
round 31) got the case reply ("The Q&A doesn't decide individual cases"): it asks which edition
is current, and the about reply names today's (May 2024) with its address.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

TODAYS = "today's edition is"
CASE = "doesn't decide individual cases"


@pytest.mark.parametrize(
    "message",
    [
        # the first four got the case reply before, the fifth quoted entry 6 (why the
        # guidance was updated); the last three went to about already
        "https://www.gov.uk/government/publications/safeguarding-practitioners-information-"
        "sharing-advice is this the new one?",
        "is this the new one?",
        "is this the 2024 one?",
        "someone sent me a link. is that the latest one?",
        "is this the updated one?",
        "is it the newer version?",
        "found this on gov.uk - is it the latest version?",
        "has this replaced the 2008 guidance?",
    ],
)
def test_is_this_the_new_one_gets_about(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert TODAYS in said
    assert CASE not in said


def test_the_new_guidance_for_adults_is_still_entry_6(chat: Chat) -> None:
    said = texts(chat.send("is this the new guidance for adults as well as children?"))
    assert TODAYS not in said
    assert "extended to cover all practitioners" in said


def test_a_case_question_still_gets_the_case_reply(chat: Chat) -> None:
    assert "professional judgement" in texts(chat.send("can I tell the new school about her?"))
