"""Whether a message tells a word of one of the risk pack's markers (round 48, shape133).

The signpost's readings of what a message tells beside its harm each read one marker's words
over the message's words: money for the bank's note (`dialogs.bank_note`), the railway for its
police (`dialogs.rail_police`), slavery or a marriage for the lines named only when told
(`dialogs.lines_told`, which compares them after light stemming, as the cues are; the others
as typed, in lower case).
"""

from __future__ import annotations

from itertools import pairwise

from knowledge.matching.text import stem
from knowledge.risk_pack import RiskPack


class MarkerTold:
    """The words of one risk pack marker, and whether a message's words hold one of them."""

    def __init__(self, pack: RiskPack, name: str, *, stemmed: bool = False) -> None:
        said = pack.markers.get(name, ())
        self.words = frozenset(map(stem, said) if stemmed else said)
        """The marker's words (none when the pack lacks it), their stems when `stemmed`."""

    def told(self, said: list[str]) -> bool:
        """Whether `said`, a message's words (`knowledge.matching.text.words`; their stems, for
        a marker made `stemmed`), holds one."""
        return not self.words.isdisjoint(said)

    def told_before(self, after: MarkerTold, said: list[str]) -> bool:
        """Whether `said` holds one of these words just before one of `after`'s ("no pay")."""
        return any(a in self.words and b in after.words for a, b in pairwise(said))
