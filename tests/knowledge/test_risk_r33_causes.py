"""Round 33: a black eye given an ordinary cause, and the writer's own act is no explanation.

"he got a black eye playing rugby" names an injury and its mishap, as "a bruise from rugby"
does; the cues name a black eye as a phrase, so the ordinary-cause rule now reads it as one
injury (`knowledge.risk_causes._injured`). And an `explain` word the writer does ("while I
changed the bed", "I added it to the accident book") is no story given for an injury, so it no
longer keeps the cause from being read; someone else's changing story still does. Every doubt,
a repeat, a grown-up's blow and every other sign still count.
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


@pytest.mark.parametrize(
    "message",
    [
        "my toddler bumped her head on the table while I changed the bed",
        "a pupil bumped his head in PE, I added it to the accident book",
    ],
)
def test_the_writers_own_act_is_no_explanation(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "my son bumped his head and his dad keeps changing his story",
        "a girl hurt her arm and we explained that mum's story kept changing",
        "a toddler bumped her head and mum's explanation changes every time I ask",
    ],
)
def test_someone_elses_explanation_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
