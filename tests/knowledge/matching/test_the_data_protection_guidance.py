""" "The data protection guidance" is the regulator's, not the 2008 cross-Government guidance on
sharing (docs/matcher.md, round 30, quote30).

The subjects list held other bodies' guidance ("ico guidance", "nice guidance", "prevent
guidance"), and "GDPR guidance" was held back by "gdpr"; but "data protection" alone is no
subject (entry 3 speaks of the Act), so "Why was the data protection guidance updated?" was
entry 6, which says why the guidance on sharing was updated.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted before (entries 6, 7, 9, 11) but the second, offered already
        "Why was the data protection guidance updated?",
        "Why has the data protection guide been revised?",
        "Why was the guidance on data protection changed?",
        "What is the purpose of the data protection guidelines?",
        "Does the data protection guidance apply to charities?",
        "How does the data protection code relate to our own procedures?",
    ],
)
def test_the_regulators_guidance_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Why was the information sharing guidance updated?", 6),
        ("Why was the guidance updated?", 6),
        ("Does the Data Protection Act stop me sharing information?", 3),
        ("Is data protection a barrier to sharing information?", 3),
    ],
)
def test_the_guidance_on_sharing_and_the_act_are_still_quoted(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == entry
