"""Round 15's self-written probes (tests/data/risk-brainstorm-31.yaml): the misses fixed by
class, each with an ordinary line of the same words that must stay quiet.

Wording the cues had only in other forms: a blow told in the present ("pull her hair"), a
resident left in soaked pads, a student who "cant see the point anymore" and "has been saving
her meds". Their look-alikes: hair put up in a ponytail, tablets saved in a dosette box, clothes
soaked in the rain, a meeting with no point.
"""

from __future__ import annotations

import pytest

from knowledge.loader import load_knowledge

BUILT_IN = load_knowledge().risk_detector


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
