"""Round 51 (walker175): a harm asked about by its name alone (`knowledge.risk_topic_asked`)
is read once, as the readings of the whole message are (shape162): `judged` reads it, and
`RiskDetector.detected` hands whether it left no sign to `explained`, asked when the learnt
model fires on a message the cues found nothing in, which answers as it did reading it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge import risk_judging
from knowledge.risk_topic_asked import topic_asked
from tests.support.packs import builtin_knowledge

TOPICS = [  # asked about by its name alone (round 50, tests/dialogs/test_topic_asked*.py)
    "how do i talk to my child about abuse?",
    "how do I share concerns about neglect with a health visitor?",
]
TOLD = [  # a harm told beside the question, or tied to someone
    "who can i talk to about abuse? he does it every night",
    "how do i talk to my son about the abuse his dad put him through?",
]


@pytest.mark.parametrize("message", [*TOPICS, *TOLD])
def test_what_explained_is_given_is_what_it_would_read(message: str) -> None:
    detector = builtin_knowledge().risk_detector
    found, whole = detector.detected(message)
    assert found == detector.detect(message)
    assert whole is not None
    assert detector.explained(message, quiet=whole) is detector.explained(message)


@pytest.mark.parametrize("message", TOPICS)
def test_a_topic_asked_is_explained_without_reading_it_again(
    monkeypatch: pytest.MonkeyPatch, message: str
) -> None:
    detector = builtin_knowledge().risk_detector
    found, whole = detector.detected(message)
    assert found is None and whole is not None and whole.topical and not whole.quiet
    read: list[str] = []
    monkeypatch.setattr(risk_judging, "topic_asked", _counted(topic_asked, read))
    assert detector.explained(message, quiet=whole) is True
    assert read == []
    assert detector.explained(message) is True
    assert read == ["topic_asked"]


@pytest.mark.parametrize("message", TOLD)
def test_a_harm_told_beside_the_question_is_no_topic(message: str) -> None:
    _, whole = builtin_knowledge().risk_detector.detected(message)
    assert whole is not None and not whole.topical


def _counted(reading: Callable[..., object], read: list[str]) -> Callable[..., object]:
    def counted(*args: object) -> object:
        read.append("topic_asked")
        return reading(*args)

    return counted
