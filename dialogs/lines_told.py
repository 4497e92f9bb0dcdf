"""Which of the lines named only when told a message tells (round 48, shape133).

A line of the contacts pack may be named only when the message tells one of the risk pack's
markers (`Line.only_when_told`): the Modern Slavery Helpline where slavery is told (a boss or
employer, a debt, trafficking, or work with no pay: "her partner took her passport" is domestic
abuse, and "her last carers made her sleep in the garage" a child's neglect), the Forced
Marriage Unit where a marriage is. The finding keeps the tellings its message holds (`told`);
the signpost reads them where it chooses its lines (`Signpost.line_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dialogs.marker_told import MarkerTold
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import RiskPack
from knowledge.text_packs import Line


class LinesTold:
    """Marks a finding with the tellings, of those its lines ask for, that its message holds."""

    def __init__(self, pack: RiskPack, lines: Iterable[Line]) -> None:
        tellings = dict.fromkeys(t for line in lines for t in line.only_when_told)
        self._tellings = {t: tuple(MarkerTold(pack, n) for n in t.split()) for t in tellings}

    def marked(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, with `told` the tellings `text` holds: a marker's by any of its words, two
        markers' by a word of the first just before one of the second."""
        if not self._tellings:
            return finding
        said = words(text)
        told = tuple(t for t, markers in self._tellings.items() if _holds(markers, said))
        return replace(finding, told=told) if told != finding.told else finding


def _holds(markers: tuple[MarkerTold, ...], said: list[str]) -> bool:
    if len(markers) == 1:
        return markers[0].told(said)
    first, after = markers
    return first.told_before(after, said)
