""" "Is that allowed?" after a story asks about the act the story tells: what that act shares
(photos, CCTV, a register) is named there, and an entry that never speaks of it is not quoted."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        "our volunteers swap photos of the families we help in a group chat. is that allowed "
        "under data protection?",
        "we post the attendance register on the noticeboard. is this ok under the data "
        "protection act?",
    ],
)
def test_a_thing_shared_in_the_story_holds_back_the_entry_on_the_act(
    matcher: Matcher, message: str
) -> None:
    # Entry 3 (the Data Protection Act is no barrier) was quoted at 100 for both.
    result = matcher.match(message)
    assert result.answer is None
    assert [m.number for m in result.suggestions] == [3]


def test_a_story_sharing_no_held_thing_still_gets_entry_3(matcher: Matcher) -> None:
    result = matcher.match(
        "we want to warn the school about a family we're worried about. is that allowed "
        "under data protection?"
    )
    assert result.answer is not None and result.answer.number == 3
