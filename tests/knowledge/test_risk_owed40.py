"""Round 40 (the lead): a debt someone is said to owe is debt bondage when it is owed to a person
("says she owes him money for the flight"), not a tenant's rent a landlord says is owed (r1v40's
longer reach for a case passed on had let "…their landlord who says they owe rent" ring)."""

from __future__ import annotations

import pytest

from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector

OWED_TO_SOMEONE = [
    "the boss says she owes him money for the flight and keeps her passport",
    "he says they owe him for bringing them here",
    "her agent took her passport and says she owes him money for the school fees",
    "the gangmaster said they owe him thousands for the van",
]
OWED_RENT = [
    "can I share a claimant's details with their landlord who says they owe rent?",
]


@pytest.mark.parametrize("message", OWED_TO_SOMEONE)
def test_a_debt_owed_to_someone_is_signposted(message: str) -> None:
    finding = DETECTOR.detect(message)
    assert finding is not None and "modern-slavery-trafficking" in finding.categories, finding


@pytest.mark.parametrize("message", OWED_RENT)
def test_rent_a_landlord_says_is_owed_stays_quiet(message: str) -> None:
    assert DETECTOR.detect(message) is None
