"""Round 33: a black eye given an ordinary cause.

"he got a black eye playing rugby" names an injury and its mishap, as "a bruise from rugby"
does; the cues name a black eye as a phrase, so the ordinary-cause rule now reads it as one
injury (`knowledge.risk_causes._injured`). Every doubt, a repeat, a grown-up's blow and every
other sign still count.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "he got a black eye playing rugby",
        "my lad came home with a black eye from football practice, will the club have logged it?",
        "year 8 boy has a black eye from hockey at lunchtime, do we ring home?",
    ],
)
def test_a_black_eye_with_an_ordinary_cause_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son has a black eye from his dad",
        "she has a black eye again, says it was netball",
        "he has another black eye from rugby",
        "a pupil has a black eye from football and is scared to go home",
        "my daughter has a black eye from netball and her stepdad was there",
        "she came in with a black eye and says she walked into a door",
        "a girl in my class has a black eye",
    ],
)
def test_a_black_eye_doubted_repeated_or_from_someone_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
