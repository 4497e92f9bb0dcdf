"""The risk detector's tables derived from the pack's compiled word sets.

Built when the detector is built, or read back with it from the cache (`knowledge.detector_cache`),
so both ways give the same tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from knowledge.risk_at_work import AtWork
from knowledge.risk_causes import Causes
from knowledge.risk_doers import Doers, doers_of
from knowledge.risk_finding import Words
from knowledge.risk_found import Found
from knowledge.risk_harmed import Harmed
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import single_words, speakers_of

__all__ = ["SetTables", "set_tables"]

# The detector's tables from the pack and its compiled sets: built or read from the cache alike.
SetTables = NamedTuple(  # noqa: UP014 (a call: see `knowledge.matching.index.Scored`)
    "SetTables",
    [
        ("harmed", Harmed),
        ("causes", Causes),
        ("labels", frozenset[str]),
        ("negations", frozenset[str]),
        ("speakers", frozenset[str]),
        ("doers", Doers),
        ("found", Found),
        ("at_work", AtWork),
    ],
)


def set_tables(sets: Mapping[str, Words], pack: RiskPack) -> SetTables:
    """The tables derived from the compiled `sets` of `pack`."""
    return SetTables(
        Harmed.of(sets),
        Causes.of(sets),
        single_words(sets, "label"),
        single_words(sets, "not"),
        speakers_of(sets),
        doers_of(sets, pack),
        Found.of(sets, tuple(c.id for c in pack.categories)),
        AtWork.of(sets, tuple(c.id for c in pack.categories)),
    )
