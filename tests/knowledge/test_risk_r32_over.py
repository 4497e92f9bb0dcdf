"""Round 32 (fa32): fewer false alarms on injuries and harm that are over, no disclosure lost.

"month" is a baby's age only just before "old" ("my 9 month old"): a bruise on a baby is a
concern whatever its cause, but "last month" or "for two months" names a time, and took every
injury of the message out of the ordinary-cause reading.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector

A_TIME = [
    "she broke her arm falling off her bike last month",
    "he broke his wrist playing football earlier this month",
    "my son cut his hand in DT two months ago",
]

A_BABY = [
    "my 9 month old has a bruise from the slide",
    "my 9-month-old has a bruise from the slide",
    "the 4 month old came in with a burn, mum says from the bath",
]


@pytest.mark.parametrize("message", A_TIME)
def test_a_month_named_as_a_time_leaves_the_ordinary_cause(message: str) -> None:
    assert DETECTOR.detect(message) is None


@pytest.mark.parametrize("message", A_BABY)
def test_an_injury_to_a_baby_months_old_is_signposted_whatever_the_cause(message: str) -> None:
    assert DETECTOR.detect(message) is not None
