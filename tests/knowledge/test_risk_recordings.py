"""Round 33 (tryout33): "a parent wants to see her 16 year old's medical records, can I show
her?" was signposted as online abuse: the cue for a recording shown round ("recorded ...
showed") read "records" as "recorded". A recording is now one made of someone."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a parent wants to see her 16 year old's medical records, can I show her?",
        "the police asked for our records and I showed them the file",
    ],
)
def test_records_shown_are_no_recording_passed_round(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he recorded her getting changed and sent it to the whole year group",
        "she screenshotted the chat and shared it round the school",
    ],
)
def test_a_recording_of_someone_passed_round_is_still_read(message: str) -> None:
    assert DETECTOR.detect(message) is not None
