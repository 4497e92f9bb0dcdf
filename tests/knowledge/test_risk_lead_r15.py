"""The lead's hand-found misses and false alarms of round 15 (/work/notes/lead-findings.md),
each with lines both ways.

Misses: six men sleeping in a two-bed flat who all work at the car wash (modern slavery:
overcrowding, five or more people); a man seeking his ex's address (a stalking shape). False
alarms: a student stressed about exams and crying (distress with an ordinary cause named), a
client whose benefits were sanctioned and who can't afford food (hardship, no one taking
anything).
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "landlord: tenant has 6 men sleeping in a 2 bed flat and they all work at the car wash",
        "a man came into the library looking for his ex's address",
        "she is crying about her exams because her dad says he will beat her if she fails",
        "her benefits were stopped because her son takes her post and she can't afford food",
    ],
)
def test_the_leads_misses_and_their_harmful_neighbours_are_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "student is stressed about exams and crying a lot",
        "client's benefits were sanctioned and she can't afford food this week",
        "a man came into the library looking for a book on how to find an address",
        "6 of us living in a 3 bed house is tight, can the council help?",
    ],
)
def test_the_leads_false_alarms_and_their_neighbours_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None
