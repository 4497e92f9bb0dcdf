"""Round 33: people as a whole kept from a harm name no one in particular.

"Ofsted criticised the council for failing to protect children from sexual exploitation" speaks
of children as a whole: "protect", "safeguard" or "shield" just before people in the plural and
"from" is a `general` phrase of the pack. "protect my children from their dad" names someone,
and every sign told beside it still counts.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "Ofsted criticised the council for failing to protect children from sexual exploitation",
        "the inspection said staff did not understand how to protect children from extreme views",
    ],
)
def test_people_as_a_whole_kept_from_harm_are_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "I need to protect my children from their dad, he hits them",
        "we must protect children from him, he was convicted of abusing his niece and now lives"
        " next to the school",
        "she is trying to shield her kids from her partner's violence",
    ],
)
def test_someone_kept_from_harm_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
