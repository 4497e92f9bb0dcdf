"""A question about figures ("how many…", "what percentage…", "the number for…") asks only
itself: it was a `framing` phrase, which made the whole message general, so "what's the number
for the LADO? one of our supply teachers has been messaging a year 10" was not signposted. The
first two disclosures failed before the phrases moved to `general` (the third, harm done to the
writer, never heeded a frame); a training frame still frames the whole message."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "what's the number for the LADO? one of our supply teachers has been messaging a year 10"
        " on instagram",
        "how many children go missing each year? my son has been missing since friday",
        "what's the number for children's services? my stepdad hits me",
    ],
)
def test_a_telling_after_a_question_about_figures_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "how many children go missing each year? I need it for a report",
        "what's the number for the LADO? I need it for our policy",
        "what percentage of referrals are about neglect?",
        "how many children are sexually abused each year in the UK?",
    ],
)
def test_figures_asked_alone_and_training_frames_stay_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None
