"""Round 33: a record named after the injuries it holds is a thing, not an injury.

"their PAR-Q answers and injury history" names a record, as "the accident book for injuries"
does (the pack's `things`): "injury" before history, log, record or form no longer counts as an
injury. An injury told beside it still counts.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "personal trainer: can I paste my clients' PAR-Q answers and injury history into an app?",
        "sports therapist: can I send a player's injury history to his new club without asking?",
    ],
)
def test_a_record_of_injuries_is_not_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the nursery's injury records show my daughter has had bruises on her face six times"
        " this term",
        "his injury history worries me, he has a black eye again and won't say how",
    ],
)
def test_an_injury_told_beside_a_record_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
