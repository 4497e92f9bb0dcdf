"""Round 32 (lead, from tryout32): an enquiry ("the police asked for…", "a parent wants to know
which…") sets aside the signs after it in its sentence, so that the incident someone asks about
is not taken for a disclosure. A clause that tells on its own after a comma, semicolon or dash
("…, her dad has been hitting her") is no longer inside the enquiry: it was not signposted. Round
33: nor after "because" ("the police asked for her address because her dad…")."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


@pytest.mark.parametrize(
    "message",
    [
        "police asked for a child's address, her dad has been hitting her, can I give it?",
        "the police have asked for our notes on a girl - her stepdad hits her with a belt",
        "a social worker asked about the family; he says his mum's boyfriend punches him",
        "the police asked for her address because her dad has been hitting her",
        "a parent wants to know if the school knows because her son is being hit by his dad",
    ],
)
def test_a_telling_clause_after_an_enquiry_is_read(message: str) -> None:
    assert DETECTOR.detect(message) is not None


@pytest.mark.parametrize(
    "message",
    [
        "a parent wants to know which child hit her son",
        "police asked whether I have information about a patient, as he has applied for a "
        "firearms licence",
        "police asked whether I have information about a patient because he has applied for a "
        "firearms licence",
    ],
)
def test_what_an_enquiry_asks_about_is_still_set_aside(message: str) -> None:
    assert DETECTOR.detect(message) is None
