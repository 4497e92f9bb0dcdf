"""The bank's route only where money is told (round 47, mend124; tryout #4).

The adult-abuse-neglect kind of harm carries a note on the person's bank (its fraud or
vulnerable-customer team), and a family's signpost for an adult said the same: both were shown
for every adult harmed ("her boyfriend hit her", "the carers leave her in wet pads"). They are
kept only when the message tells of money: a word of the risk pack's marker `money-told`
("pension", "wages", "bank card").
"""

from __future__ import annotations

from dataclasses import replace

from dialogs.marker_told import MarkerTold
from knowledge.matching.text import words
from knowledge.risk import RiskFinding
from knowledge.risk_pack import RiskPack

MONEY_MARKER = "money-told"
_MONEY_KIND = "adult-abuse-neglect"  # the kind of harm whose note names the bank


class BankNote:
    """Drops the bank's note from a finding whose message tells of no money."""

    def __init__(self, pack: RiskPack) -> None:
        self._money = MarkerTold(pack, MONEY_MARKER)
        kind = pack.category(_MONEY_KIND)
        self.note = kind.note if kind is not None else None
        """The bank's note (the kind of harm's), or None when the pack has none."""

    def told(self, text: str) -> bool:
        """Whether `text` tells of money (a word of the marker `money-told`)."""
        return self._money.told(words(text))

    def kept(self, finding: RiskFinding, text: str) -> RiskFinding:
        """`finding`, without the bank's note when `text` tells of no money (or the pack lists
        no money words: an organisation's pack that drops them keeps the note)."""
        if self.note is None or self.note not in finding.notes or not self._money.words:
            return finding
        if self.told(text):
            return finding
        return replace(finding, notes=tuple(n for n in finding.notes if n != self.note))
