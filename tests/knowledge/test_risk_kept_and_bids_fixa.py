"""Round 45 (fixa): two narrowings of this round that went too far, mended at their cause.

1. A bid ("asked", "keeps asking") is a named person's act, not the staff's beside it, only in a
   cue that goes on to a secret: a dad asking to help in the girls changing room is the
   together item's own doer, while a coach's daughter asking him to keep a secret is no
   allegation against the coach.
2. Only "keeps" someone's things needs the keeper before it ("keep" is read as "keeps": "told
   her to keep her phone in her bag" is an instruction); "kept" is read as itself.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "a grandad asked to supervise the girls changing room, hes not anyone's parent",
        "a stepdad keeps asking to watch the girls get changed at swimming, none of them are his",
    ],
)
def test_a_grown_ups_own_asking_to_be_where_children_change_is_signposted(message: str) -> None:
    finding = DETECTOR.detect(message)
    assert finding is not None and "risk-from-a-person" in finding.categories, finding


def test_a_relatives_bid_for_secrecy_pairs_with_no_staff() -> None:
    finding = DETECTOR.detect(
        "the coach's daughter asked him to keep it a secret that she failed her test"
    )
    assert finding is None or "lado" not in finding.contacts, finding


@pytest.mark.parametrize(
    "message",
    [
        "her partner locked her in the flat and kept her phone",
        "A mum told me her husband won't let her out and he's locked the door and kept the key",
    ],
)
def test_things_kept_with_the_keeper_named_earlier_are_control(message: str) -> None:
    finding = DETECTOR.detect(message)
    assert finding is not None and "domestic-abuse" in finding.categories, finding


@pytest.mark.parametrize(
    "message",
    [
        "the teacher told them to keep their phones in their bags",
        "the coach told her to keep her keys in her locker",
    ],
)
def test_told_to_keep_ones_things_is_no_control(message: str) -> None:
    finding = DETECTOR.detect(message)
    assert finding is None or "domestic-abuse" not in finding.categories, finding
