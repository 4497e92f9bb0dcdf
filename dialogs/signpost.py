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
from dialogs.choices import Command, command_value
from dialogs.contract import Choice, Reply
from dialogs.kin_control import kin_dropped
from dialogs.not_english import not_english_reply, unread
from dialogs.rail_police import rail_lines
from dialogs.to_the_writer import FAMILY_VOICES, ToTheWriter, help_by_voice
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
_FALLBACK_CONTACT = "- Your designated safeguarding lead"
_EVERY_ROUTE = ("safeguarding-lead", "childrens-social-care", "adult-social-care")
_REPORTING_ROUTES = (*_EVERY_ROUTE, "lado")
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
_SLAVERY = "modern-slavery-trafficking"  # its lines for one told it, or their family (round 47)
_SLAVERY_VOICES = ("adult", "self", "family")
_THREAT_TO_YOU = "threat-to-you"  # a threat to the writer's life (`dialogs.threat_voice`)
_AFTER = (
    Choice("Start a consent check", command_value(Command.CHECK)),
    Choice("Browse topics", command_value(Command.TOPICS)),
)


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


class Signpost:
    """Builds the signpost reply and the shorter reminder the check's outcomes carry."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._contacts = knowledge.contacts
        # Its categories name the lines (the police, a national helpline) each kind of harm
        # shows beside the contacts (`RiskCategory.lines`; round 42, whom42).
        self._risk = knowledge.risk
        # Its texts: `safety_first` ends a practitioner's signpost; `same_case` comes before the
        # contacts of a harm told again in the check of a case signposted already (tryout37
        # finding 5), not a second signpost; `to_the_writer` for the person at risk or family.
        self._about = knowledge.about
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

        Returns:
            A reply marked `risk_of_harm`, for doors to show prominently; led by ring 999 now
            when the harm is happening now (the mark "danger-now"; round 42, tryout42 #4).
        """
        if unread(finding):  # a message not in English: that first, then this as a precaution
            return not_english_reply(self._about, self.contact_lines(finding.contacts))
        said_first = self._reply(finding, voice, case, said, alone=alone)
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
            first = "\n\n".join((first, *self._told_lines(finding, voice)))
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

    def _told_lines(self, finding: RiskFinding, voice: Voice) -> tuple[str, ...]:
        """The lines after the writer's own first words that what they told adds (round 47,
        mend124): the slavery helpline where slavery is told ("my boss keeps my passport"), to
        the one harmed or their family; British Transport Police on the railway."""
        slavery = voice in _SLAVERY_VOICES and _SLAVERY not in kin_dropped(finding.marks)
        told = (
            self._kind_lines(_SLAVERY, finding) if slavery else "",
            self.helpline_lines(rail_lines(finding.marks)),
        )
        return tuple(lines for lines in told if lines)

    def line_ids(self, finding: RiskFinding) -> tuple[str, ...]:
        """The ids of the lines (the police, a national helpline) the kinds of harm of
        `finding` name beside the contacts, in order, each once."""
        dropped = kin_dropped(finding.marks)  # a partner's control: no slavery line (round 47)
        kinds = filter(None, map(self._risk.category, finding.categories))
        named = (
            i
            for kind in kinds
            if kind.id not in dropped
            for i in kind.lines
            if i not in finding.lines_off
        )
        return tuple(dict.fromkeys((*rail_lines(finding.marks), *named)))

    def _also(self, finding: RiskFinding) -> str:
        """The lines the kinds of harm of `finding` name beside the contacts (the police, a
        national helpline), under their heading; nothing when they name none."""
        lines = self._contacts.lines_named(self.line_ids(finding))
        if finding.concerns == "child":  # a line for grown people harmed is not a child's
            lines = tuple(line for line in lines if not line.adults_only)
        if not lines:
            return ""
        return "\n\n**You can also call:**\n" + "\n".join(line.as_line() for line in lines)

    def _names_the_asker(self, finding: RiskFinding, said: str) -> bool:
        """Whether `said`, harm told in a consent check (`finding`), is harm someone close may be
        doing that names the one who asked for the information as doing it."""
        from dialogs.shared_with_them import by_someone_close, names_the_asker  # noqa: PLC0415

        return by_someone_close(finding) and names_the_asker(self._askers, said)

    def follow_up(self) -> Reply:
        """After a signpost, when the message asked nothing else: what the assistant can do next."""
        return Reply(
            text="When you're ready, I can help you decide what to share and record it: start "
            "a consent check, or ask me a question.",
            choices=_AFTER,
        )

    def next_steps(
        self,
        *,
        signposted: bool = False,
        calm: bool = False,
        case: tuple[str, ...] = (),
        controlled: bool = False,
    ) -> Reply:
        """For "what do I do now?": safety and contacts first, then sharing well and recording.

        Written from the 2008 golden rules; not marked `risk_of_harm`, since the question itself
        describes no harm.

        Args:
            signposted: the signpost came just before, in this turn: point to it rather than
                list the procedures and contacts twice.
            calm: the writer said they are panicking: a calm word comes first.
            case: the contact roles of the case signposted earlier, if any: only they are
                listed (a child's case names no adult social care; tryout43 #5).
            controlled: the case is a threat to end a life made to control someone ("her
                husband threatens to kill himself if she leaves"; round 47): domestic abuse's
                steps (the about pack's `worry_replies.control_steps`) after the procedures.
        """
        first = (
            "**First, the steps above: your protection procedures and your safeguarding contacts.**"
            if signposted
            else self.reminder(case)
        )
        steps = (
            *(["Take a breath: here is what to do, one step at a time."] if calm else []),
            "**What to do next**",
            first,
            *([self._about.worry_replies.control_steps] if controlled else []),
            "**Then, when you decide what to share:** be open with the person (and their family "
            "where appropriate) about what you will share, with whom and why, unless that would "
            "be unsafe; share only what the purpose needs, only with those who need it, securely "
            "and in good time; and record your decision and your reasons, whether or not you "
            "share.",
            "The consent check walks you through the guidance's seven key questions and ends "
            "with a record for your case notes.",
            "*In our own words, from the 2008 guidance's golden rules. Your organisation's "
            "procedures come first.*",
        )
        return Reply(text="\n\n".join(steps), choices=_AFTER)

    def told_not_to_report(self, *, by_the_lead: bool = False) -> Reply:
        """For "my manager told me not to report it": the protection procedures still apply,
        and where else a concern can go (the contacts pack's reporting routes). Not marked
        `risk_of_harm`: the message itself describes no harm. Never legal advice.
        `by_the_lead`: told with a signpost of a lead who has not acted ("our DSL said I
        shouldn't report it"): never "take it to your lead", nor the lead among the routes."""
        routes = _REPORTING_ROUTES[1:] if by_the_lead else _REPORTING_ROUTES
        steps = (
            "**If you've been told not to report a concern**",
            "If you think a child may be at risk of significant harm, or an adult at risk of "
            "serious harm, your protection procedures still apply, whoever has told you not to "
            "act. If someone is in immediate danger, call 999.",
            self._about.past_a_lead_saying_no
            if by_the_lead
            else "Take it to your designated safeguarding lead. If they are the one saying no, or "
            "you are still worried, your procedures say who to go to next, and your "
            "organisation's whistleblowing procedure is there for a concern you have been told "
            "not to raise.",
            "**Anyone can raise a concern directly with:**\n" + self.contact_lines(routes),
            "Write down what you were told, by whom and when, and what you did. I don't give "
            "legal advice; your organisation's procedures come first.",
        )
        return Reply(text="\n\n".join(steps), choices=_AFTER)

    def report_whom(self) -> Reply:
        """For "who do I ring if I think a child is being hurt?" asked with no harm told: 999
        for danger now, the lead, and where anyone can report (the contacts pack's reporting
        routes and the police line), in the about pack's `report_whom` words. Not marked
        `risk_of_harm`: the question describes no one's harm."""
        police = "\n".join(line.as_line() for line in self._contacts.lines_named(("police",)))
        contacts = "\n".join(filter(None, (self.contact_lines(_REPORTING_ROUTES), police)))
        return Reply(text=f"{self._about.report_whom}\n{contacts}", choices=_AFTER)

    def reminder(self, case: tuple[str, ...] = ()) -> str:
        """The reminder that outcomes of the consent check carry (sharing without consent,
        seeking advice), naming the contacts of the case signposted (`case`, roles) if any."""
        return (
            "**If you think a child may be at risk of significant harm, or an adult at risk of "
            "serious harm, follow your child or adult protection procedures now.** If someone is "
            "in immediate danger, call 999. Your safeguarding contacts:\n"
            + self.contact_lines(case or _EVERY_ROUTE)
        )

    def _kind_lines(self, kind_id: str, finding: RiskFinding) -> str:
        """The lines the kind of harm `kind_id` names (the domestic abuse helplines), one bullet
        line each, when `finding` is of it; "" when it is not, or names none."""
        kind = self._risk.category(kind_id) if kind_id in finding.categories else None
        return "" if kind is None else self.helpline_lines(kind.lines)

    def helpline_lines(self, ids: tuple[str, ...]) -> str:
        """The lines (the police, a national helpline) having `ids`, one bullet line each."""
        return "\n".join(line.as_line() for line in self._contacts.lines_named(ids))

    def contact_lines(self, roles: tuple[str, ...] = _EVERY_ROUTE) -> str:
        """The contacts having `roles`, one bullet line each (the safeguarding lead when none
        has them)."""
        contacts = self._contacts.with_roles(roles)
        if not contacts:
            contacts = self._contacts.with_roles(("safeguarding-lead",))
        return "\n".join(c.as_line() for c in contacts) or _FALLBACK_CONTACT


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
