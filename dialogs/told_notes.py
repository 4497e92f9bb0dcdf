"""The lines a signpost gains from what its message tells (round 48, lines136): a cold home
beside an adult's neglect (`dialogs.cold_home`); someone on the sex offenders register with a
new partner and children (`dialogs.offender_partner`). Asked by `dialogs.assistant` of each
finding before its signpost is written."""

from __future__ import annotations

from dialogs.cold_home import ColdHome
from dialogs.offender_partner import OffenderPartner
from knowledge.loader import Knowledge
from knowledge.risk_types import RiskFinding


class ToldNotes:
    """Adds to a finding the notes what its message tells asks for."""

    def __init__(self, knowledge: Knowledge) -> None:
        """The phrases are the typed-words pack's, the lines the about pack's."""
        typed, about = knowledge.typed_words, knowledge.about
        self._cold = ColdHome(typed.cold_told, about.cold_home)
        self._offender = OffenderPartner(
            typed.offender_told, typed.new_partner_told, about.offender_partner
        )

    def added(self, finding: RiskFinding, simple: str) -> RiskFinding:
        """`finding` with the notes `simple` (its message, simplified) asks for, in order."""
        return self._offender.noted(self._cold.noted(finding, simple), simple)
