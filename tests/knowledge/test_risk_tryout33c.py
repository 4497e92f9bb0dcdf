"""Round 33 (tryout33c): young people write "bf" and "gf"; "im 14 and my bf is 19" was not
read as "my boyfriend is 19" is. "his wife is giving him more sedatives than prescribed so he
sleeps all day" found no cue. An enquiry after someone missing ("police asked whether a missing
14 year old has been at the youth club") set the sign aside (`RiskCategory.asked_after`)."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize("message", ["im 14 and my bf is 19", "my gf is 19 and im 15"])
def test_an_older_bf_or_gf_is_read_as_an_older_boyfriend_or_girlfriend(message: str) -> None:
    found = DETECTOR.detect(message)
    # round 51 (domestic171): the two ages are read together, as exploitation too
    assert found is not None and {"grooming-online", "exploitation"} & set(found.categories)


def test_a_bf_of_the_same_age_is_not() -> None:
    assert DETECTOR.detect("my bf is 16 and im 15") is None


@pytest.mark.parametrize(
    "message",
    [
        "his wife is giving him more sedatives than prescribed so he sleeps all day",
        "district nurse: his wife gives him sleeping tablets so he stays quiet, can I tell his GP?",
    ],
)
def test_medicine_given_beyond_the_prescription_to_keep_someone_quiet_is_read(message: str) -> None:
    found = DETECTOR.detect(message)
    assert found is not None and found.concerns == "adult"


@pytest.mark.parametrize(
    "message",
    [
        "can I give a patient more tablets than prescribed if they are in pain?",
        "the GP prescribed sedatives for his sleep",
    ],
)
def test_a_question_or_a_prescription_is_not(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "police asked whether a missing 14 year old has been at the youth club",
        "the police asked us if we know where a missing man is",
    ],
)
def test_an_enquiry_after_someone_missing_is_the_risk_itself(message: str) -> None:
    # tryout33c: an enquiry set the missing sign aside, and the police got the formal caution.
    found = DETECTOR.detect(message)
    assert found is not None and "missing" in found.categories


def test_other_enquiries_still_set_their_signs_aside() -> None:
    assert DETECTOR.detect("a parent wants to know which child hit her son") is None
