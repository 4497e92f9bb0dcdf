""" "Why is trust important in information sharing?" asks why trust matters to sharing: entry 1
says why sharing is important, not why trust is (docs/matcher.md, round 31, quote31).

Its `about` check passed ("information sharing" is named), and "important" is the entry's own
quality, so it was quoted. `WhyItIs.asks_of_another_in_it` reads "why is <a few words>
<quality> <in/for/when…> <sharing>": when none of the few words is what the entry is about (nor
points back), the question asks of another subject, and the entry is offered instead.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # the first two were quoted entry 1 before (round 30 left the first); two more guard
        "Why is trust important in information sharing?",
        "Why are good working relationships vital to effective information sharing?",
        "why is confidentiality important in information sharing?",
        "Why is consent so important when sharing information?",
    ],
)
def test_why_another_thing_matters_to_sharing_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None or result.answer.number != 1


@pytest.mark.parametrize(
    "message",
    [
        "Why is information sharing important in safeguarding?",
        "Why is effective information sharing important for children?",
        "Why is it important to share information?",
        "Why is the sharing of information important in child protection?",
        "why is multi agency information sharing important?",
        "why is sharing information important for early help?",
    ],
)
def test_why_sharing_matters_is_still_entry_1(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 1
