"""A role label before the question says who asks: the gate reads the question without it."""

from __future__ import annotations

import pytest

from knowledge.matching.role_label import RoleLabel
from knowledge.matching.segment import split_role_opening

LABEL = RoleLabel(["police", "teacher*", "nurse*", "health visitor*", "worker*", "officer*"])


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("health visitor - mum won't give consent, what now?", "mum won't give consent, what now?"),
        ("teacher - why was the guidance updated?", "why was the guidance updated?"),
        (
            "school nurse \u2013 why should we share information?",
            "why should we share information?",
        ),
        ("police: who is the guidance for?", " who is the guidance for?"),
        ("police officer - who is the guidance for?", "who is the guidance for?"),
    ],
)
def test_a_label_ending_with_a_role_is_set_aside(typed: str, read: str) -> None:
    assert LABEL.without(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "why do we need guidance - isn't it just common sense?",
        "data protection - does it stop us sharing?",
        "health visitor - why?",  # too little left to be the question
        "police station duty sergeant and custody nurse - can I share?",  # seven words
        "mum: can I share?",
    ],
)
def test_other_openings_stay(typed: str) -> None:
    assert LABEL.without(typed) == typed


def test_as_a_role_then_a_question_word() -> None:
    role, rest = split_role_opening("as a police officer what is the guidance actually for?")
    assert (role, rest) == ("as a police officer", "what is the guidance actually for?")
