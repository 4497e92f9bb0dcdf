"""Round 15's self-written probes (tests/data/risk-brainstorm-31.yaml): the misses fixed by
class, each with an ordinary line of the same words that must stay quiet.

Wording the cues had only in other forms: a blow told in the present ("pull her hair"), a
resident left in soaked pads, a student who "cant see the point anymore" and "has been saving
her meds". Their look-alikes: hair put up in a ponytail, tablets saved in a dosette box, clothes
soaked in the rain, a meeting with no point.

Harm words inside the name of a place someone works at ("the rape crisis centre", "the women's
refuge shop", "the county lines task force") name it; a harm told beside the name still counts.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a resident told me the night staff pull her hair when she calls for the toilet",
        "home care visit - found the gentleman sitting in soaked pads from last night, family"
        " said they cant be bothered",
        "uni welfare officer: a first year student emailed saying she cant see the point"
        " anymore and has been saving her meds",
    ],
)
def test_disclosures_in_less_heard_wording_are_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "the carers pull her hair back into a ponytail every morning, she likes it",
        "she's saving her tablets in the dosette box for the pharmacist to check",
        "my son got soaked in the rain and his clothes are in the wash",
        "i cant see the point anymore of the monthly team meeting, can we email instead?",
    ],
)
def test_the_same_words_in_ordinary_lines_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "I volunteer at the women's refuge shop. can I tell my manager my hours are changing?",
        "my son works for the county lines task force and wants to know about data sharing",
        "she works at the rape crisis centre and wants references for a new job. can I give one?",
    ],
)
def test_harm_words_in_the_name_of_a_workplace_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "she was raped last week and the rape crisis centre rang me for her details",
        "her ex found her at the refuge and said he will kill her",
        "my son is being made to sell drugs for a county lines gang",
    ],
)
def test_a_harm_told_beside_a_service_name_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "dad tripped over the dog and bruised his hip.",
        "my nan stumbled on the kerb and bruised her knee, she's fine",
    ],
)
def test_a_trip_or_a_stumble_is_the_cause_of_the_bruise(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he pushed her and she tripped and bruised her hip",
        "mum says she tripped but the bruises on her arms look like fingermarks",
        "she keeps tripping and has bruises again, her husband won't let carers in",
    ],
)
def test_a_trip_after_a_blow_or_doubted_still_counts(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
