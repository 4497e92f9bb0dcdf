"""The lines a signpost gains from what its message tells (round 48, lines136). Asked by
`dialogs.assistant` of each finding before its signpost is written.

- **A cold home** (trial #1: "visited an older man today, his flat is full to the ceiling with
  rubbish, no heating and it's freezing, he says he's fine" got the adult signpost and nothing
  of the cold tonight): a finding of neglect for an adult (adult social care among its
  contacts) whose message tells of a cold home (the typed-words pack's `cold_told`: "no
  heating", "freezing") carries the about pack's `cold_home`: 999 or NHS 111 now if they seem
  unwell, adult social care today as self-neglect, their consent and capacity.
- **A registered sex offender's new partner** (trial #3: "a man in our group is on the sex
  offenders register and has a new girlfriend with two young kids, can i tell her?" is not the
  practitioner's to decide alone): a finding of a risk to a child (children's social care among
  its contacts) whose message names someone on the register (`offender_told`) with a partner or
  a partner's children (`new_partner_told`) carries `offender_partner`: not the practitioner's to
  tell; the lead, children's social care and the police, who manage registered sex offenders
  with probation (MAPPA); a parent can ask the police under the Child Sex Offender Disclosure
  Scheme ("Sarah's Law").

Pure and linear: phrase searches over the simplified message.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from knowledge.loader import Knowledge
from knowledge.matching.phrases import PhraseSet
from knowledge.risk_types import RiskFinding

_NEGLECT = frozenset({"neglect", "adult-abuse-neglect"})


class NoteWhenTold:
    """One note, added to a finding with a contact when its message tells every phrase list."""

    def __init__(
        self,
        note: str,
        contact: str,
        told: Collection[tuple[str, ...]],
        kinds: frozenset[str] | None = None,
    ) -> None:
        """`note`: the about pack's text; `contact`: the contact the finding must name;
        `told`: phrase lists, one phrase of each of which the message must hold; `kinds`: the
        kinds of harm one of which the finding must be of (None: any)."""
        self._note, self._contact, self._kinds = note, contact, kinds
        self._told = tuple(PhraseSet(phrases) for phrases in told)

    def noted(self, finding: RiskFinding, simple: str) -> RiskFinding:
        """`finding` with the note among its notes when it names the contact, is of one of the
        kinds, and `simple` (the message, simplified) tells every list; else as it was."""
        if (
            self._contact not in finding.contacts
            or (self._kinds is not None and self._kinds.isdisjoint(finding.categories))
            or self._note in finding.notes
            or any(phrases.first_in(simple) is None for phrases in self._told)
        ):
            return finding
        return replace(finding, notes=(*finding.notes, self._note))


class ToldNotes:
    """Adds to a finding the notes what its message tells asks for."""

    def __init__(self, knowledge: Knowledge) -> None:
        """The phrases are the typed-words pack's, the lines the about pack's."""
        typed, about = knowledge.typed_words, knowledge.about
        self._notes = (
            NoteWhenTold(about.cold_home, "adult-social-care", [typed.cold_told], _NEGLECT),
            NoteWhenTold(
                about.offender_partner,
                "childrens-social-care",
                [typed.offender_told, typed.new_partner_told],
            ),
        )

    def added(self, finding: RiskFinding, simple: str) -> RiskFinding:
        """`finding` with the notes `simple` (its message, simplified) asks for, in order."""
        for note in self._notes:
            finding = note.noted(finding, simple)
        return finding
