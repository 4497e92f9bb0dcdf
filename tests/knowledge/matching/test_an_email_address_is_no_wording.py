"""An e-mail address in a question is read as nothing (docs/matcher.md, round 31, quote31b).

"can I email jane.smith@example.com the referral? her NHS number is …" (a trial through the
Slack door, round 31) got "I couldn't find that", after the reminder about personal details: the
address's words ("jane", "smith", "example", "com") outweighed the question's. The address names
a person or a mailbox, never what is asked, so the matcher now decides as if it were not there.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.text import words


@pytest.mark.parametrize(
    ("with_address", "without"),
    [
        # the first and third decided otherwise before (the second and fourth are guards)
        (
            "can I email jane.smith@example.com the referral?",
            "can I email the referral?",
        ),
        (
            "can I send the referral to r.patel@nhs.net by email?",
            "can I send the referral by email?",
        ),
        (
            "Is it ok to email the minutes to k.owusu-smith@northshire.gov.uk?",
            "Is it ok to email the minutes?",
        ),
        (
            "what is an information sharing protocol? (asked by ops@charity.org)",
            "what is an information sharing protocol?",
        ),
    ],
)
def test_a_question_with_an_address_is_decided_as_without(
    built_in_matcher: Matcher, with_address: str, without: str
) -> None:
    assert built_in_matcher.match(with_address) == built_in_matcher.match(without)


def test_the_address_leaves_no_words() -> None:
    assert words("email jane.smith@example.com now") == ["email", "now"]
    assert words("write to first.last+tag@sub.example.org.uk today") == ["write", "to", "today"]
    assert words("we're at 10 @ the centre") == ["we", "are", "at", "10", "the", "centre"]
