"""Round 33: an inspection's rating and a bitter row are real words, never misspelt harm.

A message that holds a sign of harm is read again with real words near a cue word taken for the
cue word ("i am sacred of him"); "rated" was kept as typed, but "rating" and "ratings" were read
as "raped", so "our nursery's rating dropped" after a question about neglect rang as a rape, and
"bitter" was read as "batter". They are now in the pack's `known_words`; a rape or a beating told
is signposted as before.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


def test_a_rating_after_a_question_about_harm_is_not_signposted() -> None:
    message = "what counts as neglect? our nursery's rating dropped last month and parents ask"
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "what counts as neglect? my daughter was raped at a party last month",
        "what counts as neglect? my daughter was rapped at a party last month",
    ],
)
def test_a_rape_told_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


def test_a_bitter_row_after_a_question_about_harm_is_not_signposted() -> None:
    message = "what counts as abuse? there is a bitter row between the parents over the divorce"
    assert BUILT_IN.detect(message) is None


def test_a_beating_told_is_still_signposted() -> None:
    assert BUILT_IN.detect("is it abuse? her husband batters her when he's drunk") is not None
