"""Round 42 (judge42): a cue for one kind of harm never quiets a message that rang before.

Two cues were dropped in round 41 because each quieted a disclosure: a brothel (modern slavery)
and a manager calling harm "just banter" (the lead not acting). Neither was a judging step that
set a whole finding aside: typo correction had read "brothel" as "brother" and "banter" as
"batter", and once either was a cue word it was read as typed. So each message must ring on
what it tells: someone found in a brothel, a step-brother sending a child pictures. A past or
closed harm of one kind leaves a harm told now of another kind to count. Wordings written here.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()

# A brothel run, worked in, or someone found in one.
BROTHEL = [
    "one of the flats on our estate is being used as a brothel with young foreign girls coming"
    " and going",
    "my client says she was made to work in a brothel and they still have her passport",
    "the bloke next door is running a pop up brothel out of his rented house",
]
BROTHEL_QUIET = [
    "the pub used to be a brothel in victorian times",
    "we watched a documentary about brothels in amsterdam",
    "is it legal to run a brothel in the uk",
    "the novel is set in a brothel in 1920s paris",
    "the old police station was found to have been a brothel in the 1800s",
]
# A harm of one kind over or long ago, another told now: the one now still counts.
PAST_BESIDE_NOW = [
    "a year 10 was found in a brothel over a month ago and since she went home she turns up"
    " hungry and her dad leaves her alone for days",
    "the police rescued a 15 year old boy from a brothel last month, he is back with his mum now"
    " who leaves him with no food",
    "her dad was jailed years ago for hitting her mum, and now her stepdad hits her",
    "the case about her uncle was closed last year but her mum leaves her home alone every night",
]
# A relative sending a child pictures, played down by a parent: the pictures still ring.
PLAYED_DOWN = [
    "a year 9 girl told me her stepbrother (20) keeps sending her pics and wants some back, her"
    " dad says its only banter",
    "pupil in yr 8 says her step brother who is 19 sends her pictures and asks for hers back,"
    " mum says its just banter",
]
# A manager playing down what is done to someone: the lead not acting.
MANAGER_BANTER = [
    "im 16 and on a work placement, a fitter keeps touching my bum and my supervisor said its"
    " just banter",
    "a lad on my team keeps grabbing the new apprentice and my boss says its just banter",
]
# A manager calling a joke banter, or work part of the job, with no one harmed.
MANAGER_QUIET = [
    "my manager said its just banter",
    "my manager said its just banter when a colleague joked about my haircut",
    "our supervisor says its part of the job to work late on fridays",
    "my manager said its only banter between the two lads in the office, nobody minds",
]


@pytest.mark.parametrize("message", BROTHEL)
def test_a_brothel_now_is_modern_slavery(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "modern-slavery-trafficking" in finding.categories, finding


@pytest.mark.parametrize("message", BROTHEL_QUIET)
def test_a_brothel_long_ago_or_told_of_stays_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None


@pytest.mark.parametrize("message", PAST_BESIDE_NOW)
def test_a_harm_over_leaves_a_harm_now_to_count(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is not None


@pytest.mark.parametrize("message", PLAYED_DOWN)
def test_pictures_from_a_step_brother_played_down_still_ring(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "grooming-online" in finding.categories, finding
    assert "lead-not-acting" not in finding.categories


@pytest.mark.parametrize("message", MANAGER_BANTER)
def test_a_manager_playing_harm_down_is_the_lead_not_acting(message: str) -> None:
    finding = KNOWLEDGE.risk_detector.detect(message)
    assert finding is not None and "lead-not-acting" in finding.categories, finding


@pytest.mark.parametrize("message", MANAGER_QUIET)
def test_a_manager_calling_a_joke_banter_stays_quiet(message: str) -> None:
    assert KNOWLEDGE.risk_detector.detect(message) is None
