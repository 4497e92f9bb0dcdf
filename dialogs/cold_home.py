"""What to do now, in the signpost of an adult's neglect told with a cold home (round 48,
lines136, trial #1).

"visited an older man today, his flat is full to the ceiling with rubbish, no heating and it's
freezing, he says he's fine" got the adult signpost and nothing of what to do about the cold
tonight. A finding of neglect for an adult (adult social care among its contacts) whose
message tells of a cold home (a phrase of the typed-words pack's `cold_told`: "no heating",
"freezing") carries the about pack's `cold_home` among its notes: 999 or NHS 111 now if they
seem unwell, adult social care today as self-neglect, their consent and capacity.

Pure and linear: one phrase search over the simplified message.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_types import RiskFinding

_NEGLECT = frozenset({"neglect", "adult-abuse-neglect"})
_ADULTS = "adult-social-care"


class ColdHome:
    """Adds the cold home's line to an adult's neglect finding whose message tells of cold."""

    def __init__(self, phrases: tuple[str, ...], note: str) -> None:
        """`phrases`: the typed-words pack's `cold_told`; `note`: the about pack's `cold_home`."""
        self._phrases = PhraseSet(phrases)
        self._note = note

    def noted(self, finding: RiskFinding, simple: str) -> RiskFinding:
        """`finding` with the cold home's line among its notes when it is an adult's neglect
        (adult social care among its contacts) and `simple` (the message, simplified) tells of
        a cold home; else `finding` as it was."""
        if (
            _ADULTS not in finding.contacts
            or _NEGLECT.isdisjoint(finding.categories)
            or self._note in finding.notes
            or self._phrases.first_in(simple) is None
        ):
            return finding
        return replace(finding, notes=(*finding.notes, self._note))
