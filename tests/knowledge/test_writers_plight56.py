"""Round 56 (tidy224): the sentences of the writer's own plight are read by
`knowledge.risk_writers_plight`, split from `knowledge.risk_finding.judge` with no change: the
writer telling a harm of their own, with "I" or with no one named, and asking of it."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge.risk_finding
from knowledge.risk_writers_plight import writers_plight
from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector
TABLES = DETECTOR._tables
PACK = builtin_knowledge().risk
MODULE_LINES = 350  # STYLE.md: split rather than grow


def test_the_harms_own_words_asked_are_the_writers_own_state() -> None:
    read = DETECTOR._tokens("whats the point anymore")
    plight = writers_plight(
        [], read, {0}, frozenset({0}), pack=PACK, markers=TABLES.markers, own_tables=TABLES.own
    )
    assert plight.mine == {0}
    assert plight.states == {0}
    assert not plight.asked
    assert not plight.dropped


def test_nothing_read_is_no_one_s_plight() -> None:
    read = DETECTOR._tokens("the weather is nice today")
    plight = writers_plight(
        [], read, set(), frozenset(), pack=PACK, markers=TABLES.markers, own_tables=TABLES.own
    )
    assert plight == (frozenset(), frozenset(), frozenset(), frozenset())


@pytest.mark.parametrize(
    "message",
    [
        "i want to die",  # told, with "I"
        "feel like ending it all",  # the "I" left out
        "home isnt safe",  # no one named
        "who do i tell when i am being abused?",  # asked of
        "who can i talk to about abuse at home?",
    ],
)
def test_the_writers_own_harm_still_counts(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    ["what counts as neglect?", "who do i tell when a pupil discloses abuse, in general?"],
)
def test_a_general_question_is_still_no_one_s_plight(message: str) -> None:
    assert DETECTOR.detect(message) is None


def test_the_finding_module_is_under_the_limit_again() -> None:
    text = Path(knowledge.risk_finding.__file__).read_text(encoding="utf-8")
    assert len(text.splitlines()) < MODULE_LINES
