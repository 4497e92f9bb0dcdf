"""Round 42 (q45): whom the guidance includes, and the Data Protection Act in another field.

"Does the guidance include volunteers?" asks whom the guidance is for (entry 9), not what was
published with it (entry 8, which answers "does the guidance include a pocket guide?"). "How
does the Data Protection Act affect restaurants?" names the Act but asks about the law in a
field the guidance does not cover: entry 3 answers what the Act means for sharing information
about a person. Written by the tuner, not drawn from a labelled set: tests, not a measure.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from tests.support.packs import built_in_matcher

__all__ = ["built_in_matcher"]

QUOTED = [
    ("does it include volunteers?", 9),
    ("does the guidance include volunteers?", 9),
    ("does the guidance include charities?", 9),
    ("does the guidance include contractors?", 9),
    ("are charities included in the guidance?", 9),
    ("does it include teachers?", 9),
    ("does the guidance include people working with adults", 9),
    ("does the guidance include a pocket guide?", 8),
    ("does the guidance include case examples?", 8),
    ("what does the guidance include?", 8),
    ("does the guidance include training materials for staff?", 8),
    ("what does the DPA mean for practitioners", 3),
    ("what does the data protection act mean for me", 3),
    ("how does data protection affect us sharing info with partner agencies", 3),
    ("is data protection a barrier to safeguarding", 3),
    ("do I need an ISP to share?", 13),
    ("Is data protection law a hindrance?", 3),
    (
        "Our receptionist told a worried health visitor she couldn't discuss a family 'because "
        "of data protection'. Is that right under the Act?",
        3,
    ),
    ("when do I need consent to share?", 4),
]

NOT_QUOTED = [
    ("does the guidance include volunteers?", 8),
    ("does the guidance include charities?", 8),
    ("does it include teachers?", 8),
    ("do food hygiene ratings come under data protection?", 3),
    ("how does the data protection act affect restaurants?", 3),
    ("what does the data protection act mean for landlords", 3),
    ("how does data protection affect my hairdressing business", 3),
    ("what are the implications of GDPR for charities", 3),
    ("are planning applications covered by data protection", 3),
]


@pytest.mark.parametrize(("question", "entry"), QUOTED)
def test_quoted(built_in_matcher: Matcher, question: str, entry: int) -> None:
    answer = built_in_matcher.match(question).answer
    assert answer is not None and answer.number == entry, answer


@pytest.mark.parametrize(("question", "entry"), NOT_QUOTED)
def test_not_quoted(built_in_matcher: Matcher, question: str, entry: int) -> None:
    answer = built_in_matcher.match(question).answer
    assert answer is None or answer.number != entry, answer
