"""A topic we don't cover gives way to the entry that answers what its reply leaves unsaid
(round 43, right48).

"Do I need consent to make a safeguarding referral?" was nearest the topic on referrals, whose
reply (how to refer is not in the Q&A) says nothing of consent. Entry 4 says consent is best
practice and what to judge when it is refused or unsafe to seek, so the topic lists it
(`gives_way_to`) for a "do I need…?" naming consent, and it is quoted when the gate passes it.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher, NotCoveredTopic
from knowledge.matching.giving_way import GivingWay
from knowledge.matching.models import Match, MatchResult, NotCoveredHit


@pytest.mark.parametrize(
    "message",
    [
        # the referral topic's reply before
        "Do I need consent to make a safeguarding referral?",
        "do i need their permission to make a referral?",
        # quoted before too: entry 4 scored ahead of the topic
        "Do we need the family's consent before making a safeguarding referral?",
    ],
)
def test_whether_consent_is_needed_is_entry_4s(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # not whether consent is needed: whether to refer, how to refer
        ("do I need to make a safeguarding referral?", "safeguarding-referral"),
        ("How do I make a safeguarding referral without consent?", "safeguarding-referral"),
        # a panel's or a procedure's own rules: other topics, which do not give way
        ("Is consent required for a MARAC referral?", "domestic-abuse-schemes"),
        ("Do I need consent to make a referral to the LADO?", "safeguarding-referral"),
    ],
)
def test_near_questions_keep_the_topic(built_in_matcher: Matcher, message: str, topic: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None
    assert result.not_covered is not None


def test_an_entry_not_matched_against_is_never_given_way_to() -> None:
    topic = NotCoveredTopic(
        id="t", cues=("c",), reply="r", gives_way_to=99, gives_way_asks=("necessity",)
    )
    ways = GivingWay((topic,), [1, 2])
    hit = MatchResult(not_covered=NotCoveredHit("t", "r"))
    assert ways.entry_for(hit, [], [], None, None) is None  # type: ignore[arg-type]
    assert ways.entry_for(MatchResult(answer=Match(1, 80.0)), [], [], None, None) is None  # type: ignore[arg-type]
