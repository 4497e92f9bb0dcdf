"""The signpost to protection procedures, shown first whenever a message may describe harm.

Words written from the 2008 guidance's facts: a concern that a child may be at risk of
significant harm, or an adult of serious harm, means following child or adult protection
procedures without delay; safety comes before consent. Calm, short and practical; never legal
advice. The contacts come from the organisation's contacts pack, chosen by the kind of harm.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.bank_note import BankNote
from dialogs.contract import Reply
from dialogs.not_english import not_english_reply, unread
from dialogs.rail_police import rail_lines
from dialogs.to_the_writer import (
    FAMILY_VOICES,
    HARMED_VOICES,
    TELLING_VOICES,
    ToTheWriter,
    help_by_voice,
)
from dialogs.what_next import WhatNext
from knowledge.loader import Knowledge
from knowledge.risk import RiskFinding
from knowledge.risk_pack import Concern

if TYPE_CHECKING:
    from dialogs.own_voice import Voice

_WHO: dict[Concern, tuple[str, str]] = {
    "child": ("a child", "child protection procedures"),
    "adult": ("an adult", "adult protection procedures"),
    "either": ("a child or an adult", "child or adult protection procedures"),
}
ADULT_CONTACTS = ("safeguarding-lead", "adult-social-care")
"""The roles a reply about an adult at risk names: the safeguarding lead and adult social care."""
# For family or a volunteer told of someone's thoughts of ending their life (tryout35b finding
# 10): the urgent routes (the about pack's `to_the_writer.if_suicidal`), said to them, after
# their signpost's first words.
_SUICIDE_CATEGORY = "self-harm-suicide"
_CARER = "young-carer"
# A young person, about themselves or a friend: their signpost names no practitioner's procedures
# ("follow your adult protection procedures … Adult social care" under a 14-year-old's friend).
_YOUNG = ("child", "friend")
# …nor a parent's of their own child, or a carer's of their family (round 45, carer91: "i
# smacked my 4 year old", "my new partner … shook him" named a designated safeguarding lead).
_OWN_CONTACTS = (*_YOUNG, "parent", "carer", "own_child", "partner")
_PARTNER_LINES = ("respect-phone-line",)  # the contacts pack's line for one who hurt a partner
_DOMESTIC = "domestic-abuse"
_LADO = "lado"  # the contacts role for allegations about people who work with children
_SUBSTANCE = "parental-substance"  # a parent's own drinking: their own text (round 46)
_ONLINE = "grooming-online"  # a young person's own: Report Remove after their words (round 45)
_OWN_CONCERN: dict[str, Concern] = {"child": "child", "adult": "adult"}  # whom a line fits
_THREAT_TO_YOU = "threat-to-you"  # a threat to the writer's life (`dialogs.threat_voice`)


def _cared_for_at_risk(finding: RiskFinding) -> bool:
    """Whether a writer at risk tells of thoughts of ending a life and of caring for someone
    (tryout38 #8: "im 16 and i care for my mum … she said she wanted to die"): the one they
    care for is at risk too, and they get one line for that person's danger."""
    return {_SUICIDE_CATEGORY, _CARER} <= set(finding.categories)


def _own_self_harm(finding: RiskFinding) -> bool:
    """Whether a young person's own telling is of hurting themselves, not of someone they care
    for, nor a plan for now (which has its own words: round 46, voice103): self-harm's lines
    ("im 15 i cut myself and theres this group chat online where people dare each other to go
    deeper" got only Report Remove's for pictures; doors110, tryout100 #4). Report Remove's
    stay when harm online is told too: pictures may be held over them as well."""
    return (
        _SUICIDE_CATEGORY in finding.categories
        and _CARER not in finding.categories
        and "life-mine" not in finding.marks
    )


def _writers(finding: RiskFinding) -> tuple[str, ...]:
    """The contacts of a message written by the person at risk: with no LADO when they tell of
    caring for someone (tryout38 #8: "im 16 and i look after my mum … she hits me" named the
    LADO, "look after" read as a caring job; the one they look after is family, not staff)."""
    if _CARER not in finding.categories:
        return finding.contacts
    return tuple(c for c in finding.contacts if c != "lado")


class Signpost(WhatNext):
    """Builds the signpost reply; the replies beside it, the shorter reminder the check's
    outcomes carry and the contacts' lines are `WhatNext`'s."""

    def __init__(self, knowledge: Knowledge) -> None:
        super().__init__(knowledge)
        # Its categories name the lines (the police, a national helpline) each kind of harm
        # shows beside the contacts (`RiskCategory.lines`; round 42, whom42).
        self._risk = knowledge.risk
        self._for_the_writer = help_by_voice(knowledge.about.to_the_writer)
        self._askers = knowledge.typed_words.askers
        # The bank's note, kept on a finding only where money is told (`dialogs.bank_note`): a
        # family's signpost for an adult names the bank then alone (round 47, mend124).
        self._bank_note = BankNote(knowledge.risk).note
        self.to_writer = ToTheWriter(knowledge)
        """The replies to the person at risk or their family just after their signpost."""

    def reply(
        self,
        finding: RiskFinding,
        voice: Voice | None = None,
        case: tuple[str, ...] | None = None,
        said: str | None = None,
        *,
        alone: bool = False,
        notes: tuple[str, ...] = (),
    ) -> Reply:
        """The first reply of a turn whose message may describe a risk of harm.

        Args:
            finding: what the risk check found (which harm, to whom, which contacts).
            voice: who wrote it, when it reads as the person at risk or their family: where
                they can get help comes first, then a practitioner's procedures and contacts.
            case: the contact roles of a case signposted already, before or in the consent
                check under way (`ConversationState.case`): a harm told in that check is the
                same case's, and gets no second signpost of other contacts, only a short
                reminder of the case's (with any the finding adds, `joined_contacts`).
            said: the message typed, when told in a consent check: harm by someone close that
                names the one who asked for the information ("came in with her") says plainly
                not to share with them, with a button to stop the check.
            alone: the writer's own door alone, no practitioner's (`dialogs.public_door`).
            notes: the notes of `finding` in the words of the person at risk or their family
                (`dialogs.public_notes`): after their own first words, before a practitioner's.

        Returns:
            A reply marked `risk_of_harm`, for doors to show prominently; led by ring 999 now
            when the harm is happening now (the mark "danger-now"; round 42, tryout42 #4).
        """
        if unread(finding):  # a message not in English: that first, then this as a precaution
            precaution = not_english_reply(self._about, self.contact_lines(finding.contacts))
            return replace(precaution, text="\n\n".join((precaution.text, *notes)))
        said_first = self._reply(finding, voice, case, said, alone=alone, notes=notes)
        from dialogs.danger_lead import danger_lead  # noqa: PLC0415 (only with a harm told)

        if (lead := danger_lead(finding.marks, self._about.worry_replies, voice)) is None:
            return said_first
        return replace(said_first, text=f"{lead}\n\n{said_first.text}")

    def _reply(
        self,
        finding: RiskFinding,
        voice: Voice | None,
        case: tuple[str, ...] | None,
        said: str | None,
        *,
        alone: bool = False,
        notes: tuple[str, ...] = (),
    ) -> Reply:
        who, procedures = _WHO[finding.concerns]
        from dialogs.case_joined import another_case, joined_contacts  # noqa: PLC0415 (harm)

        if case is not None and voice is None and another_case(case, finding):
            return Reply(
                text=f"**{self._about.separate_concern} about {who}: follow your {procedures} "
                "for it now.** If someone is in immediate danger, call 999.\n\n"
                f"**Tell your safeguarding contacts:**\n{self.contact_lines(finding.contacts)}"
                + self._also(finding),
                risk_of_harm=True,
            )
        if case is not None and voice is None:
            roles = joined_contacts(case, finding)
            lines = self.contact_lines(roles)
            text = f"{self._about.same_case}\n{lines}"
            from dialogs.shared_with_them import STOP, by_someone_close  # noqa: PLC0415

            if by_someone_close(finding):  # the one asking may be the one causing harm
                named = said is not None and self._names_the_asker(finding, said)
                stop = self._about.asker_harms if named else self._about.if_sharing_with_them
                return Reply(text=f"{text}\n\n{stop}", choices=(STOP,), risk_of_harm=True)
            return Reply(text=text, risk_of_harm=True)
        if voice is not None:
            practitioner = (
                f"*If you're asking as a practitioner:* follow your {procedures} now and tell "
                f"your safeguarding contacts:\n{self.contact_lines(_writers(finding))}"
            )
            first = self._for_the_writer[voice]
            if voice == "family" and finding.concerns == "adult":  # an adult's case alone
                first = self._family_adult(finding)
            elif voice == "family" and _LADO in finding.contacts:  # "my sons teacher grabbed"
                first = f"{first}\n\n{self._about.to_the_writer.family_staff}"
            from dialogs.life_plans import first_for_life  # noqa: PLC0415 (only a harm told)

            if (life := first_for_life(self._about.to_the_writer, finding, voice)) is not None:
                first = life  # one's own plan to end one's life, or a threat of it to control
            elif voice in ("adult", "self") and _THREAT_TO_YOU in finding.marks:
                from dialogs.threat_voice import threatened_first  # noqa: PLC0415 (a threat)

                first = threatened_first(self._about.to_the_writer, finding.categories)
            elif voice in ("adult", "self") and _DOMESTIC in finding.categories:  # "my wife hits"
                first = f"{first}\n\n{self._about.to_the_writer.domestic_abuse}"
            elif voice == "child" and _ONLINE in finding.categories:
                online = self._about.to_the_writer.young_online  # grooming (round 46)
                first = f"{first}\n\n{online}\n\n{self._about.to_the_writer.young_images}"
            elif voice == "parent" and _SUBSTANCE in finding.categories:  # "i drink" (round 46)
                first = self._about.to_the_writer.parent_using
            elif voice == "family" and (lines := self._kind_lines(_DOMESTIC, finding)):
                first = f"{first}\n\n{lines}"  # "my brothers wife hits him" (round 46)
            elif voice == "partner":  # one who hurt a partner: the perpetrators' line (round 46)
                first = f"{first}\n\n{self.helpline_lines(_PARTNER_LINES)}"
            if voice in FAMILY_VOICES and _SUICIDE_CATEGORY in finding.categories and not life:
                first = f"{first}\n\n{self._about.to_the_writer.if_suicidal}"
            elif _cared_for_at_risk(finding):  # a young carer's mum who wants to die
                first = f"{first}\n\n{self._about.cared_for_at_risk}"
            if voice == "child" and _own_self_harm(finding):  # "im 15 i cut myself" (round 46)
                first = f"{first}\n\n{self._about.to_the_writer.young_hurt}"
            first = "\n\n".join((first, *self._told_lines(finding, voice, first), *notes))
            if voice in _OWN_CONTACTS or alone:  # no practitioner's contacts (tryout43 #2)
                return Reply(text=first, risk_of_harm=True)
            return Reply(text=f"{first}\n\n{practitioner}", risk_of_harm=True)
        parts = [
            f"**What you've described may mean {who} is at risk of harm. Follow your "
            f"{procedures} now; don't wait to finish anything here.** If someone is in "
            "immediate danger, call 999.",
            f"**Tell your safeguarding contacts:**\n{self.contact_lines(_past_the_lead(finding))}"
            + self._also(finding),
        ]
        parts += finding.notes
        parts.append(self._about.safety_first)
        if said is not None and self._names_the_asker(finding, said):  # told in a check
            from dialogs.shared_with_them import STOP  # noqa: PLC0415

            parts.append(self._about.asker_harms)
            return Reply(text="\n\n".join(parts), choices=(STOP,), risk_of_harm=True)
        return Reply(text="\n\n".join(parts), risk_of_harm=True)

    def _family_adult(self, finding: RiskFinding) -> str:
        """Family's first words for an adult's case alone, with the bank's line where money is
        told (the finding keeps the bank's note then: `dialogs.bank_note`; round 47)."""
        first = self._about.to_the_writer.family_adult
        if self._bank_note is not None and self._bank_note in finding.notes:
            return f"{first} {self._about.to_the_writer.family_adult_bank}"
        return first

    def _told_lines(self, finding: RiskFinding, voice: Voice, first: str) -> tuple[str, ...]:
        """The lines after the writer's own first words (`first`) that what they told adds:
        their kinds of harm's own lines that fit (`line_ids`' `_fitting`), to the person harmed
        with whom the harm concerns read as them (no Men's Advice Line to a young person; round
        52, voice181), to one who tells of another's harm (family, a parent of their child
        harmed, a friend: `TELLING_VOICES`) as the practitioner's reply has them (the Forced
        Marriage Unit for "my sister is being forced to marry"; round 53, voice193); British
        Transport Police on the railway. None that `first` says already (`said_already`: "the
        police on 101" above the police's line; round 53). One who tells of their own doing
        gets their own text's lines alone."""
        # Only a signpost reads it: not loaded with every start (tests/bot/test_ask_start.py).
        from dialogs.lines_said import lines_unsaid  # noqa: PLC0415

        ids: tuple[str, ...] = ()
        if voice in HARMED_VOICES or voice in TELLING_VOICES:
            kinds = filter(None, map(self._risk.category, finding.categories))
            ids = tuple(dict.fromkeys(i for kind in kinds for i in kind.lines))
            concerns = _OWN_CONCERN.get(voice, finding.concerns)
            ids = self._fitting(ids, replace(finding, concerns=concerns))
        ids = (*ids, *rail_lines(finding.marks))
        told = self.helpline_lines(lines_unsaid(self._contacts.lines_named(ids), first))
        return (told,) if told else ()

    def line_ids(self, finding: RiskFinding) -> tuple[str, ...]:
        """The ids of the lines (the police, a national helpline) the kinds of harm of
        `finding` name beside the contacts, in order, each once: those that fit what its
        message tells (`Line.only_when_told`, `dialogs.lines_told`; round 48) and whom its harm
        is to (`Line.only_when_harmed`; round 49): those its signpost shows, kept in state."""
        kinds = filter(None, map(self._risk.category, finding.categories))
        named = (i for kind in kinds for i in kind.lines)
        return self._fitting(tuple(dict.fromkeys((*rail_lines(finding.marks), *named))), finding)

    def _fitting(self, ids: tuple[str, ...], finding: RiskFinding) -> tuple[str, ...]:
        """The ids among `ids` of lines that fit what the message of `finding` tells and whom
        its harm is to (a line the contacts pack lacks is left in: `lines_named` skips it)."""
        fits = (finding.told, finding.concerns)
        unfit = {line.id for line in self._contacts.lines_named(ids) if not line.fits(*fits)}
        return tuple(i for i in ids if i not in unfit)

    def _also(self, finding: RiskFinding) -> str:
        """The lines the kinds of harm of `finding` name beside the contacts (the police, a
        national helpline), under their heading; nothing when they name none."""
        lines = self._contacts.lines_named(self.line_ids(finding))
        if not lines:
            return ""
        return "\n\n**You can also call:**\n" + "\n".join(line.as_line() for line in lines)

    def _names_the_asker(self, finding: RiskFinding, said: str) -> bool:
        """Whether `said`, harm told in a consent check (`finding`), is harm someone close may be
        doing that names the one who asked for the information as doing it."""
        from dialogs.shared_with_them import by_someone_close, names_the_asker  # noqa: PLC0415

        return by_someone_close(finding) and names_the_asker(self._askers, said)

    def _kind_lines(self, kind_id: str, finding: RiskFinding) -> str:
        """The lines the kind of harm `kind_id` names (the domestic abuse helplines) that fit
        the case (`line_ids`), one bullet line each, when `finding` is of it; "" when it is
        not, or none fits."""
        kind = self._risk.category(kind_id) if kind_id in finding.categories else None
        return "" if kind is None else self.helpline_lines(self._fitting(kind.lines, finding))


def lead_not_acting(finding: RiskFinding | None) -> bool:
    """Whether `finding` tells that the safeguarding lead has not acted, or is the one it is
    about (its mark "lead-not-acting"; tryout40 #7): no reply of its turn sends them there."""
    return finding is not None and "lead-not-acting" in finding.marks


def _past_the_lead(finding: RiskFinding) -> tuple[str, ...]:
    """The contacts of `finding`, without the safeguarding lead when it tells that the lead has
    not acted, or is the one it is about (its mark "lead-not-acting"; tryout40 #7)."""
    if "lead-not-acting" not in finding.marks:
        return finding.contacts
    return tuple(r for r in finding.contacts if r != "safeguarding-lead")
