"""Round 48 (voice134): one reading of a role the writer names of their own
(`knowledge.own_role`), for the risk check (`risk_staff_acts.writer_staff`) and the dialogs
(`FriendVoice.at_work`) both, by one list of words: the risk pack's markers."""

from __future__ import annotations

import pytest

from knowledge.own_role import OwnRole
from knowledge.typed_words import simplify
from tests.support.packs import builtin_knowledge


def _own_role() -> OwnRole:
    return OwnRole(builtin_knowledge().risk.markers)


@pytest.mark.parametrize(
    ("message", "own"),
    [
        ("im a tutor at a college, a student said her boyfriend hits her", True),
        ("btp officer here, a lad at the station said his stepdad burns him", True),
        ("police officer. arrested a 15 year old at the station", True),
        ("nurse on a&e, a woman came in with bruises", True),
        ("i work as a medic and a man at the bus stop told me", True),
        ("im a trainee social worker and this is hitting home", True),
        ("the tutor here said my son was hit", False),
        ("a nurse on the bus told me her husband hits her", False),
        ("i think the tutor has been messaging her", False),
        ("my sons teacher grabbed him by the arm", False),
    ],
)
def test_a_role_is_the_writers_own_only_as_a_label(message: str, own: bool) -> None:
    assert _own_role().names_own(simplify(message).split()) is own


def test_the_own_roles_are_one_list_in_one_pack() -> None:
    knowledge = builtin_knowledge()
    assert "own_roles" not in knowledge.typed_words.friend
    assert "role_leads" not in knowledge.typed_words.friend
    for name in ("own-roles", "label-opens", "label-not", "label-tails", "label-articles"):
        assert knowledge.risk.markers.get(name), name


@pytest.mark.parametrize(
    ("message", "lado"),
    [
        # the writer's own label: the boyfriend's act is no allegation about staff
        (
            "im a tutor at a college, a 17 year old student has a 26 year old boyfriend who makes "
            "her sleep with his friends",
            False,
        ),
        # another tutor's act is one
        ("im a tutor and another tutor has been sleeping with a 17 yr old student", True),
    ],
)
def test_the_risk_check_reads_the_same_label(message: str, lado: bool) -> None:
    finding = builtin_knowledge().risk_detector.detect(message)
    assert finding is not None
    assert ("lado" in finding.contacts) is lado, finding.contacts
