"""Round 50 (shape162): the readings of a whole message are read once each. Whose story it
tells (`knowledge.risk_whose_now.not_theirs_now`) and a harm named only in sentences about
practice (`knowledge.risk_practice_asked.practice_asked`) are handed from `judged` to
`explained` as the stance is (shape147): `RiskDetector.detected` gives whether any of them set
the signs aside, and `explained`, asked when the learnt model fires on a message the cues found
nothing in, answers as it did reading them itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge import risk_judging
from tests.support.packs import builtin_knowledge
from tests.support.set_aside49 import PRACTICE_QUIET, PRACTICE_RINGS, WHOSE_QUIET, WHOSE_RINGS
from tests.support.survived51 import SURVIVED_QUIET, SURVIVED_RINGS

# told as a work or a report; about practice; the writer's own harm survived long ago (round 51)
QUIET = [*WHOSE_QUIET[:5], *PRACTICE_QUIET, *SURVIVED_QUIET[:2]]
BLOW_TO_STAFF = [  # the blow is set aside by `explained` (a teacher struck), the rest is practice
    "a year 7 punched a teacher today. does the person at risk always have to consent before we "
    "can share a worry?",
]
READINGS = ("quiet_stance", "not_theirs_now", "survived_long_ago", "practice_asked")


@pytest.mark.parametrize(
    "message", [*QUIET, *BLOW_TO_STAFF, *WHOSE_RINGS, *PRACTICE_RINGS, *SURVIVED_RINGS]
)
def test_what_explained_is_given_is_what_it_would_read(message: str) -> None:
    detector = builtin_knowledge().risk_detector
    found, quiet = detector.detected(message)
    assert found == detector.detect(message)
    if quiet is not None:
        assert detector.explained(message, quiet=quiet) is detector.explained(message)


@pytest.mark.parametrize("message", QUIET)
def test_a_quieted_message_is_explained_without_reading_it_again(
    monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    detector = builtin_knowledge().risk_detector
    found, quiet = detector.detected(message)
    assert found is None and quiet is not None and quiet.quiet
    expected = detector.explained(message)
    read: list[str] = []
    for name in READINGS:
        monkeypatch.setattr(risk_judging, name, _counted(name, getattr(risk_judging, name), read))
    assert detector.explained(message, quiet=quiet) is expected
    assert read == []


@pytest.mark.parametrize("message", BLOW_TO_STAFF)
def test_practice_is_read_again_only_over_the_signs_a_blow_to_staff_leaves(
    message: str,
) -> None:
    detector = builtin_knowledge().risk_detector
    assert detector.detected(message) == (None, risk_judging.Whole(quiet=False))
    whole = risk_judging.Whole(quiet=False)
    assert detector.explained(message, quiet=whole) is detector.explained(message) is True


def _counted(name: str, reading: Callable[..., object], read: list[str]) -> Callable[..., object]:
    def counted(*args: object) -> object:
        read.append(name)
        return reading(*args)

    return counted
