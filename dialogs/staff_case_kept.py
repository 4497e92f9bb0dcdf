"""More told of a staff case keeps its LADO: round 43 (lado47, voice45).

"our TA slapped a year 3 boy" named the LADO; "now another child says she hit him too" next, read
on its own, names no one at work, and its signpost named the safeguarding lead and the front door
alone: the LADO was lost for the same case. When the case signposted last (its contacts) holds
the LADO, a harm told after it keeps the LADO, the allegation's note and its mark "staff" (so
"who do I ring" next still gets the allegation steps), unless it is read as an adult's, or it
names a relative or another grown-up as whom it is about (a word of the risk pack's `family`
or `adult` sets: "now her dad hit her" is another case). Imported only when a message tells of
harm after a signpost.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.contacts_pack import ContactRole
from knowledge.matching.text import words
from knowledge.risk_pack import CaseMark, RiskPack
from knowledge.risk_types import RiskFinding

__all__ = ["kept_lado"]

_LADO: ContactRole = "lado"
_ALLEGATION = "allegation-against-staff"
_STAFF: CaseMark = "staff"


def kept_lado(found: RiskFinding, case: tuple[str, ...], text: str, pack: RiskPack) -> RiskFinding:
    """`found`, for `text` told after a case with the contacts `case`, with that case's LADO
    kept where the module docstring says.

    Args:
        found: the harm `text` tells, as read on its own.
        case: the contact roles of the case signposted last.
        text: the follow-up, as typed.
        pack: the risk pack, whose `family` and `adult` sets and allegation note are read.
    """
    if _LADO not in case or _LADO in found.contacts or found.concerns == "adult":
        return found
    others = frozenset((*pack.sets.get("family", ()), *pack.sets.get("adult", ())))
    if not others.isdisjoint(words(text)):
        return found
    allegation = pack.category(_ALLEGATION)
    note = allegation.note if allegation is not None else None
    notes = found.notes if not note or note in found.notes else (*found.notes, note)
    marks = found.marks if _STAFF in found.marks else (*found.marks, _STAFF)
    return replace(found, contacts=(*found.contacts, _LADO), notes=notes, marks=marks)
