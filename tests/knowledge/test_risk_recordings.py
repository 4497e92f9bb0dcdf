"""Round 33 (tryout33): "a parent wants to see her 16 year old's medical records, can I show
her?" was signposted as online abuse: the cue for a recording shown round ("recorded ...
showed") read "records" as "recorded". A recording is now one made of someone. And "she is on
the pill" near "her parents" was a parent's drug taking: the contraceptive pill is a thing."""

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


@pytest.mark.parametrize(
    "message",
    [
        "a 15 year old asked me not to tell her parents she is on the pill, do I have to?",
        "can I prescribe the contraceptive pill to a 15 year old without telling her parents",
    ],
)
def test_the_contraceptive_pill_is_no_parents_drug_taking(message: str) -> None:
    assert DETECTOR.detect(message) is None


def test_a_parent_on_pills_is_still_read() -> None:
    assert DETECTOR.detect("her mum is always off her face on pills") is not None
