"""A harm of the writer's own told with the "I" left out, and sexual activity of a young child.

A trial through the Slack and Teams doors (round 31) typed "honestly feel like ending it all,
work is too much" and got "Did you mean one of these?"; "I feel like ending it all" was
signposted. Short messages drop their subject: a clause that opens on a verb of the pack's
`dropped-subject` marker, with no one named before it, tells of the writer when a cue follows a
few words on. Words for a harm (terms) after such an opening are a topic, not a telling ("been
reading about domestic abuse"). The same trial's "he's 15 and his girlfriend is 13, they're
sleeping together" was not signposted: a child of 13 or under near words for sexual activity is
a `near` pair of the sexual-abuse category.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector

DROPPED = [
    "honestly feel like ending it all, work is too much",
    "some days feel like ending it all",
    "want to die tbh",
    "wanna die",
    "cant go on like this anymore, i want it to stop",
    "been thinking of ending it all again",
    "feel like killing myself after today",
    "scared to go home tonight",
]

TOPICS = [
    "want to know if I can share this with the school",
    "been reading about domestic abuse for my course",
    "thought about neglect a lot today after the training",
    "keep getting asked about county lines",
    "dont want to breach confidentiality",
    "feel like I am drowning in paperwork",
    "want to die laughing at this form",
    "scared to get this wrong",
]

YOUNG = [
    "he's 15 and his girlfriend is 13, they're sleeping together",
    "she is 12 and has been having sex with a boy from the estate",
    "my 13 year old student told me she is sexually active",
]

GENERAL = [
    "can a 13 year old consent to sex?",
    "at what age can young people be sexually active?",
    "our sex education lesson for 13 year olds covered consent",
]


@pytest.mark.parametrize("message", DROPPED)
def test_the_writers_own_harm_without_an_i_is_signposted(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize("message", TOPICS)
def test_an_opening_without_an_i_is_not_a_harm_by_itself(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", YOUNG)
def test_sexual_activity_of_a_child_of_13_or_under_is_signposted(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None
    assert "sexual-abuse" in found.categories


@pytest.mark.parametrize("message", GENERAL)
def test_questions_about_ages_and_lessons_are_not(message: str) -> None:
    assert DETECTOR.detect(message) is None
