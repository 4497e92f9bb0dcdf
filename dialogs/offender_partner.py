"""Who tells a registered sex offender's new partner, in the signpost (round 48, lines136,
trial #3).

"a man in our group is on the sex offenders register and has a new girlfriend with two young
kids, can i tell her?" is not the practitioner's to decide alone. A finding of a risk to a
child (children's social care among its contacts) whose message names someone on the sex
offenders register (the typed-words pack's `offender_told`) with a partner or a partner's
children (its `new_partner_told`) carries the about pack's `offender_partner` among its notes:
not the practitioner's to tell; the lead, children's social care and the police, who manage
registered sex offenders with probation (MAPPA); a parent can ask the police themselves under
the Child Sex Offender Disclosure Scheme ("Sarah's Law").

Pure and linear: two phrase searches over the simplified message.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_types import RiskFinding

_CHILDREN = "childrens-social-care"


class OffenderPartner:
    """Adds who tells the partner to a child's finding that names an offender's new partner."""

    def __init__(self, offenders: tuple[str, ...], partners: tuple[str, ...], note: str) -> None:
        """`offenders`, `partners`: the typed-words pack's `offender_told`, `new_partner_told`;
        `note`: the about pack's `offender_partner`."""
        self._offenders = PhraseSet(offenders)
        self._partners = PhraseSet(partners)
        self._note = note

    def noted(self, finding: RiskFinding, simple: str) -> RiskFinding:
        """`finding` with who tells the partner among its notes when it is a child's (children's
        social care among its contacts) and `simple` (the message, simplified) names someone on
        the sex offenders register and a partner or a partner's children; else as it was."""
        if (
            _CHILDREN not in finding.contacts
            or self._note in finding.notes
            or self._offenders.first_in(simple) is None
            or self._partners.first_in(simple) is None
        ):
            return finding
        return replace(finding, notes=(*finding.notes, self._note))
