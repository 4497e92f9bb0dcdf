"""Records a service holds about someone are not things held for someone (round 20, the lead).

"A parent has asked for a copy of the safeguarding file we hold on her son, do I have to give it
to her?" was signposted as child criminal exploitation: the pack's rule for a child paid or given
things to hold or hide ("older lads give him money to hold stuff") read "give it to her" and "the
file we hold". A file, record, notes or information that we hold or keep is a `things` phrase of
the pack; the disclosures of that shape beside them are still signposted.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a parent has asked for a copy of the safeguarding file we hold on her son, do I have to"
        " give it to her?",
        "we hold a file on her son, do I have to give it to her?",
        "dad wants the notes we keep about his daughter, can I give them to him?",
    ],
)
def test_records_we_hold_are_not_held_for_someone(message: str) -> None:
    assert BUILT_IN.detect(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "he pays him to hold it for him",
        "older lads give him money to hold stuff at his house",
        "they gave her cash to keep hold of packages",
        "he's been paid to hold a bag for some older boys",
    ],
)
def test_being_paid_to_hold_things_is_still_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None
