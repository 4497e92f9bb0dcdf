"""British Transport Police for harm told on the railway (round 47, mend124; tryout #2).

A train guard told of a teenage girl with an older man who would not let her go was told to
call 999, with no word of the railway's own police force. A finding whose message tells of a
train or a station (a word of the risk pack's marker `rail-places`) is marked "on-rail", and its
signpost names the contacts pack's line `british-transport-police` (999 in an emergency, a text
to 61016 otherwise) beside the other lines.
"""

from __future__ import annotations

from dataclasses import replace

from dialogs.marker_told import MarkerTold
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import CaseMark, RiskPack

ON_RAIL: CaseMark = "on-rail"
"""The mark of a finding told on a train or at a station."""
RAIL_LINE = "british-transport-police"
"""The contacts pack's line for the railway's police."""
_MARKER = "rail-places"


class RailPlace:
    """Marks a finding whose message tells of the railway."""

    def __init__(self, pack: RiskPack) -> None:
        self._places = MarkerTold(pack, _MARKER)

    def marked(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, marked "on-rail" when `text` names a train or a station."""
        if ON_RAIL in finding.marks or not self._places.told(words(text)):
            return finding
        return replace(finding, marks=(*finding.marks, ON_RAIL))


def rail_lines(marks: tuple[str, ...]) -> tuple[str, ...]:
    """The line ids a finding with `marks` adds for the railway: BTP's, when told on it."""
    return (RAIL_LINE,) if ON_RAIL in marks else ()
