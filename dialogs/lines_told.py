"""What a message tells of the conditions the contacts pack's lines are named on (round 48,
shape133).

A line may be named only where the message tells one of the risk pack's markers
(`Line.only_when_told`), everywhere or only beside a kind of harm found or a marker told: the
Forced Marriage Unit where a marriage is told; the Modern Slavery Helpline, beside domestic
abuse ("her partner took her passport") or carers named ("our foster child told me her last
carers made her sleep in the garage"), where slavery is (a boss or employer, a debt,
trafficking, or work with no pay). And a line may be named only for whom it is
(`Line.only_when_harmed`; round 49): the domestic abuse lines where an adult may be at risk, or
a grown woman is told harmed beside a child ("punches mum"). The finding keeps the tellings and
the names beside that it holds (`told`); the signpost reads them, with whom the harm concerns,
where it chooses its lines (`Signpost.line_ids`). A line's `unless` (round 51) asks whom the
blows struck: "woman-struck" (`knowledge.risk_struck_sex`) takes the Men's Advice Line from "my
neighbours boyfriend hits her".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dialogs.marker_told import MarkerTold
from knowledge.contacts_pack import Line
from knowledge.matching.text import stem, words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import RiskPack
from knowledge.risk_struck_sex import STRUCK_MARKERS, struck_telling


class LinesTold:
    """Marks a finding with what its message holds of its lines' conditions."""

    def __init__(self, pack: RiskPack, lines: Iterable[Line]) -> None:
        lines = tuple(lines)
        conditions = [line.only_when_told for line in lines if line.only_when_told is not None]
        tellings = dict.fromkeys(
            t
            for c in conditions
            for t in (*c.told, *(b for b in c.beside if pack.category(b) is None))
        ) | dict.fromkeys(
            t for line in lines if line.only_when_harmed for t in line.only_when_harmed.told
        )
        self._tellings = {
            t: tuple(MarkerTold(pack, n, stemmed=True) for n in t.split()) for t in tellings
        }
        self._kinds = frozenset(b for c in conditions for b in c.beside if pack.category(b))
        self._unless = frozenset(
            u for line in lines if line.only_when_harmed for u in line.only_when_harmed.unless
        )  # whom the blows struck (round 51): read only when a line asks
        self._struck = {n: frozenset(map(stem, pack.markers.get(n, ()))) for n in STRUCK_MARKERS}

    def marked(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, with `told` the tellings `text` holds (a marker's by any of its words, two
        markers' by a word of the first just before one of the second) and the kinds of harm of
        the conditions' `beside` it is of."""
        if not self._tellings and not self._kinds and not self._unless:
            return finding
        said = [stem(w) for w in words(text)]
        told = tuple(t for t, markers in self._tellings.items() if _holds(markers, said))
        if self._unless and (struck := struck_telling(said, self._struck)) in self._unless:
            told += (struck,)
        told += tuple(sorted(self._kinds.intersection(finding.categories)))
        return replace(finding, told=told) if told != finding.told else finding


def _holds(markers: tuple[MarkerTold, ...], said: list[str]) -> bool:
    if len(markers) == 1:
        return markers[0].told(said)
    first, after = markers
    return first.told_before(after, said)
