"""Who is at risk, a child or an adult, decides which procedures and contacts the signpost names.

The lead found (round 15, by hand) "I think my neighbour's kids are left alone all day" and "the man
I care for keeps giving money to a new friend he met online" signposted for "a child or an adult".
Where the kinds of harm found are a child's and an adult's both, the words for who it is now
decide when they name only one (an age, a school year, "kids" clearly name a child; a son, a
daughter, a brother or "lads" may be grown and do not); and a grown-up named as whose the
children are ("my neighbour's kids") names the children. A grown-up's son or daughter ("my
client's son twisted her arm") still leaves the grown-up at risk.
"""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("I think my neighbour's kids are left alone all day", "child"),
        ("the man I care for keeps giving money to a new friend he met online", "adult"),
        (
            "my neighbour's baby bumped his head and has a big lump, they didn't take him to the"
            " doctor",
            "child",
        ),
        (
            "the man i support has been told by a gang he has to let them use his flat or they'll"
            " hurt his mum",
            "adult",
        ),
    ],
)
def test_who_is_named_settles_child_or_adult(message: str, concern: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concern


@pytest.mark.parametrize(
    "message",
    [
        "my client's son twisted her arm behind her back until she cried",
        "live-in carer. my lady's son mocks her and snaps at her every time he visits, she goes"
        " really quiet for days after",
        "my brother's learning disabled and some lads have moved into his flat and are using it"
        " to deal",
    ],
)
def test_a_son_a_brother_or_lads_do_not_make_it_a_child(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns != "child"
