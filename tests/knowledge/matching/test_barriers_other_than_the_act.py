""" "What are the barriers to effective information sharing?" asks of every obstacle, not whether
the Data Protection Act is one (docs/matcher.md, round 30, quote30).

Entry 3 answers that the Act is no barrier but a framework. It had no `about`, and its anchor
"barrier" alone let any question of barriers through. Its `about` is now `data_protection`
(not-covered `objects`: data protection, the DPA, the GDPR, the law, legal, information
governance…), so a longer question naming none of it is offered instead; every development
question labelled entry 3 names one of them, as typed or typos fixed.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 3 before
        "What are the barriers to effective information sharing?",
        "What are the main barriers to sharing information between agencies?",
        "What barriers prevent practitioners from sharing information?",
        "How can barriers to information sharing be overcome?",
    ],
)
def test_barriers_in_general_are_not_quoted_entry_3(
    built_in_matcher: Matcher, message: str
) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Is data protection a barrier to sharing?",
        "Is the Data Protection Act a barrier?",
        "Does the law stop me sharing information about a family?",
        "is GDPR really a barrier to sharing with other services?",
        "is the data protecton act a barier to sharing",
        "is information governance a barrier to passing things on?",
        "DPA barrier?",
    ],
)
def test_the_act_as_a_barrier_is_still_entry_3(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 3
