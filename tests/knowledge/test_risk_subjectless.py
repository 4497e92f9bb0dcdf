"""A short first message that opens on what is done to someone, the subject left out ("being
groomed online", "getting hit at home by my dad"), is about someone in particular
(`risk_subjects.subjectless`; a later clause opening with "being" too); in a sentence that asks
it is not. "sleeping rough" is a neglect cue. Four of the seven disclosures failed before."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

BUILT_IN = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "being groomed online",
        "getting hit at home by my dad",
        "being bullied and they said they'll stab me",
        "being touched by my uncle",
        "being made to sell drugs",
        "sent nudes, being blackmailed",
        "kid sleeping rough",
    ],
)
def test_what_is_done_to_someone_unnamed_is_signposted(message: str) -> None:
    assert BUILT_IN.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "getting married next month, can I change my name on the records",
        "being a foster carer means I hold a lot of records",
        "getting consent from a parent who is in prison, how?",
        "being late to pick up once is not neglect is it?",
        "we run a shelter for people sleeping rough, can we share names with the council?",
        "the charity helps people sleeping rough in the city centre",
        "we went camping and the kids slept in a tent",
    ],
)
def test_an_ordinary_line_opening_so_stays_quiet(message: str) -> None:
    assert BUILT_IN.detect(message) is None


def test_an_age_typed_as_one_word_in_a_note_names_someone() -> None:
    """Round 14: "16yo" joined the `kid` set (it failed before)."""
    assert BUILT_IN.detect("16yo male, missing x3 this month, returns with cash") is not None
