"""Round 44 (miss63, tryout47 #5): a role and where it is worked, opening a message, is the
writer's label ("night staff at a refuge"); an opening that points at someone is not."""

from __future__ import annotations

import pytest

from knowledge.risk_subjects import role_label
from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "night staff at a refuge, a residents ex is outside",
        "support worker in the day centre, one of our members has bruises",
        "duty manager at our hostel, a resident says her ex hit her",
    ],
)
def test_a_role_and_its_place_is_the_writers_label(message: str) -> None:
    assert role_label(BUILT_IN._tokens(message))


@pytest.mark.parametrize(
    "message",
    [
        "a girl at the school, she says her dad hits her",
        "my sister at the nursery, she says the manager shouts at the babies",
        "the lad in my class told me his dad hits him",
    ],
)
def test_someone_placed_is_no_label(message: str) -> None:
    assert not role_label(BUILT_IN._tokens(message))
