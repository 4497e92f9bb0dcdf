"""`RiskPack.category`: a kind of harm found by its id, the one way every module looks one up."""

from __future__ import annotations

import dataclasses

from knowledge.pack_values import build, dump
from knowledge.risk_pack import RiskCategory, RiskPack

STAFF = RiskCategory(id="allegation-against-staff", note="Tell the LADO.")
NEGLECT = RiskCategory(id="neglect", concerns="child")
PACK = RiskPack(kind="risk", categories=(STAFF, NEGLECT))


def test_a_category_the_pack_has_is_found_by_its_id() -> None:
    assert PACK.category("neglect") is NEGLECT
    assert PACK.category("allegation-against-staff") is STAFF


def test_an_id_the_pack_lacks_finds_none() -> None:
    assert PACK.category("worry-or-secret") is None
    assert RiskPack(kind="risk").category("neglect") is None


def test_a_pack_rebuilt_from_its_dump_or_replaced_finds_its_own_categories() -> None:
    rebuilt = build(RiskPack, dump(PACK))
    assert "_categories_by_id" not in dump(PACK)  # type: ignore[operator]
    assert rebuilt == PACK
    assert rebuilt.category("neglect") == NEGLECT

    fewer = dataclasses.replace(PACK, categories=(NEGLECT,))
    assert fewer.category("allegation-against-staff") is None
    assert fewer.category("neglect") is NEGLECT
