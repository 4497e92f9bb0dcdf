"""The notes of what a message tells, worded for one of the public (round 49, public149).

`dialogs.told_notes` adds to a finding a note for a cold home beside an adult's neglect, or a
registered sex offender's new partner with children; the practitioner's signpost shows it. One
of the public ("my neighbour is an old man … no heating, it's freezing"; "my sister's new
boyfriend is on the sex offenders register and she has two young kids") got their own first
words and nothing of it. Their signpost now has, after those words and before "If you're
asking as a practitioner", the about pack's `cold_home_public` or `offender_partner_public`:
999 or NHS 111 now, adult social care today; the police first (101, Sarah's Law). The signpost
places them as it writes its parts (round 50, shape162: no text is split after it is written).
The person harmed, spoken to in their own voice, gets a kind's note in their words (its
`own_note`: "tell the venue's staff", "your bank can act"; round 52, voice181); one who tells of
another's harm (family, a friend) gets it in theirs (its `told_note`: "stay with them until help
comes"; round 53, voice193).

Pure: reads the finding's notes, not the message.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogs.to_the_writer import FAMILY_VOICES, HARMED_VOICES, TELLING_VOICES
from knowledge.risk_pack import RiskCategory, RiskPack
from knowledge.risk_types import RiskFinding
from knowledge.text_packs import AboutPack


class PublicNotes:
    """The notes of a finding in the public's words, for their signpost
    (`dialogs.signpost.Signpost.reply` places them)."""

    def __init__(self, about: AboutPack, risk: RiskPack) -> None:
        """`about`: the practitioner's notes (`cold_home`, `offender_partner`) and the
        public's words for each; `risk`: its kinds' notes and the words of the person harmed
        for each (`RiskCategory.own_note`), and of one who tells of another's (`told_note`)."""
        self._words = {
            about.cold_home: about.cold_home_public,
            about.offender_partner: about.offender_partner_public,
        }
        self._own = _worded(risk, lambda kind: kind.own_note)
        self._told = _worded(risk, lambda kind: kind.told_note)

    def worded(self, finding: RiskFinding, voice: str | None) -> tuple[str, ...]:
        """The notes of `finding` in the words of `voice`: family's or the public's (theirs for
        a cold home or an offender's new partner, and each kind's `told_note`), a friend's (the
        kinds' `told_note`s), the person harmed's (their `own_note`s); none else."""
        words: dict[str, str] | None = None
        if voice in TELLING_VOICES:
            words = {**self._told, **self._words} if voice in FAMILY_VOICES else self._told
        elif voice in HARMED_VOICES:
            words = self._own
        if words is None:
            return ()
        return tuple(dict.fromkeys(words[n] for n in finding.notes if n in words))


def _worded(risk: RiskPack, field: Callable[[RiskCategory], str | None]) -> dict[str, str]:
    """Each kind's `note` (and `adult_note`) to its words that `field` gives (`own_note`,
    `told_note`), for the kinds that have them."""
    return {
        note: worded
        for kind in risk.categories
        if (worded := field(kind))
        for note in (kind.note, kind.adult_note)
        if note
    }
