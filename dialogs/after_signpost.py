"""Replies to what people ask straight after the signpost: not being sure, the police, no lead
to hand, a promise of secrecy, being known as the one who told, asking more, what to write down,
feeling shaken, thanks.

Written from the 2008 guidance's facts, in our own words, and never legal advice: the protection
procedures come first in every one. Used only on the typed turns just after a signpost
(`ConversationState.after_signpost`); the same words at any other time get the reply they
always had. The words are the packs': the replies to a worry, the others and the line they end
with the about pack's; the phrases that tell each worry, and the words after a number that make
it no age, the typed-words pack's.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from dialogs.adult_refusal import adult_refuses, adults_only, may_be_adult
from dialogs.another_person import another_person
from dialogs.contract import Private, Reply
from dialogs.danger_follow_up import DANGER_ONLY
from dialogs.doors_to_ring import LADO, SOCIAL_CARE, DoorsToRing
from dialogs.held_line import not_reporting
from dialogs.police_doubts import PoliceDoubts
from dialogs.signpost import ADULT_CONTACTS, Signpost
from dialogs.staff_follow_up import STAFF_ONLY
from dialogs.state import FOLLOW_UP_WORDS
from dialogs.tell_involved import asks_to_tell_family
from dialogs.texts import Texts
from dialogs.told_age import ages_beside_age_words, ages_not_spans, as_children, bare_age
from dialogs.whom_asked import asks_whom
from dialogs.widened import WIDENING, widened
from dialogs.worries import WorryReader
from dialogs.worry import Worry
from dialogs.writer_worries import WRITERS_ONLY
from knowledge.matching.text import words
from knowledge.risk_words import ADULT_AGE
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack, simplify

_CHILD = ("safeguarding-lead", "childrens-social-care")
# The worries read only with another (`AfterSignpost.worry`): to approach someone, with a word
# saying first; a baby named, with a number.
_PARTS: frozenset[WorryName] = frozenset(
    ("approach", "approach-first", "approach-ours", "baby", "now-children", "new-subject")
)
_WHOM = (Worry.ALONE, Worry.WHOM)
# Whom to tell, whose replies send the writer to their safeguarding lead first; the police's
# says "your safeguarding contacts will decide" (round 46, doors113: a plumber's "should i
# call the police or his school" needs the doors to ring)
_TO_A_LEAD = (Worry.RING, Worry.FIRST, Worry.NO_LEAD, Worry.IN_CHARGE, Worry.POLICE)


class AfterSignpost:
    """What a follow-up to a signpost gets, when it speaks of a worry the signpost leaves open."""

    def __init__(
        self,
        signpost: Signpost,
        texts: Texts,
        typed: TypedWordsPack,
        about: AboutPack,
    ) -> None:
        """`typed`: the typed-words pack, whose `worries` tell which reply a follow-up gets and
        whose `spans` make a number no age (`ages_not_spans`); `about`: the about pack, whose texts
        these replies are."""
        self._signpost = signpost
        self._texts = texts
        self._about = about
        self._footer = about.follow_up_footer
        self.doors = DoorsToRing(signpost, about)
        """The doors to ring, beside or in place of the lead (`past_the_lead`, a follow-up)."""
        said = about.worry_replies
        self._replies = {
            Worry.UNSURE: said.unsure,
            Worry.OTHERS: said.others,
            Worry.POLICE: said.police,
            Worry.SECRECY: said.secret,
            Worry.CONSENTS: said.consents,
            Worry.REFUSES: said.secret,  # a child's refusal; an adult's is `adult_refuses`
            Worry.IDENTITY: said.identity,
            Worry.QUESTIONING: said.questioning,
            Worry.RECORD: said.record,
            Worry.FEELINGS: said.feelings,
            Worry.DUTY: said.duty,
            Worry.CONSENT: about.consent_to_tell,  # round 42: what a ward asks after its signpost
            Worry.WONT_SHARE: said.wont_share,  # round 44: a parent a service won't talk to
            Worry.LEFT_NOW: said.left_now,  # round 45 (danger81): 999 or 111, never the lead
            Worry.LOSE_CHILD: said.lose_child,  # round 45 (follow83, tryout75 #4)
        }
        # Round 42: what a service asks of its next steps, each said before the case's contacts
        self._steps = {Worry.FIRST: about.tell_first, Worry.HOLD: about.not_yours_alone}
        # Whom to ring, the one harming not staff, still raising it: the case's own contacts.
        self._with_contacts = {
            Worry.RING: said.ring,
            Worry.POLICE_DOUBTED: said.police_doubted,  # round 45 (follow80, tryout48 #6)
            Worry.NOT_STAFF: said.not_staff,
            Worry.STILL_RAISE: said.still_raise,
            Worry.BEFORE_TRAVEL: said.before_travel,
            Worry.CARE_TEAM: said.care_team,
            Worry.IN_CHARGE: said.in_charge,
            Worry.KNOWN: said.known,  # round 43 (nolead47, tryout44 #6)
            Worry.NO_NAMES: said.no_names,
            Worry.NUMBER: said.number,
            Worry.MY_BUSINESS: said.my_business,
            Worry.PARENTS_CONSENT: said.parents_consent,
            Worry.JOB: said.job,  # round 44 (follow54, tryout45 #8, #9)
            Worry.STILL_HERE: said.still_here,
            Worry.NOW_TOLD: said.now_told,  # round 44 (danger58, tryout46 #6)
            Worry.CONFRONT: said.confront,
            Worry.CHILD_CONSENT: said.child_consent,
            Worry.BABY: said.baby,
            Worry.FIRST_STEP: said.first_step,  # round 44 (follow61, tryout46 #9)
            Worry.NOTE_ONLY: said.note_only,
            Worry.PLAYED_DOWN: said.played_down,
            Worry.TELL_HEALTH: said.tell_health,
            Worry.TELL_ONLINE: said.tell_online,
            Worry.TELL_GP: said.tell_gp,  # round 44 (follow69, tryout47 #6, #7)
            Worry.THEIR_JOB: said.their_job,
            Worry.TELL_HELPER: said.tell_helper,  # round 44 (quote71, tryout48 #7)
            Worry.TURNED_AWAY: said.turned_away,  # round 44 (quote58, tryout46 #2)
            Worry.GIVE_POLICE: said.give_police,  # round 45 (follow83, tryout75 #5)
            Worry.CONFESSION: said.confession,  # round 45 (lado90): a priest's confidence
            Worry.IS_SAFEGUARDING: said.is_safeguarding,  # round 46 (follow106, issue 11)
            Worry.IS_NORMAL: said.is_normal,
        }
        self._spans = frozenset(typed.spans)
        self._age_words = frozenset(typed.age_words)
        self._whom_asked = typed.whom_asked
        self._reader = WorryReader(
            {
                n: w
                for n, w in typed.worries.items()
                if n not in WRITERS_ONLY | STAFF_ONLY | DANGER_ONLY | _PARTS
            }
        )
        part = {n: WorryReader({n: typed.worries.get(n, "")}) for n in _PARTS}
        self._approach, self._first, self._ours = (
            part["approach"],
            part["approach-first"],
            part["approach-ours"],
        )
        self._baby, self._children = part["baby"], part["now-children"]
        self._police = PoliceDoubts(typed.worries)

    def worry(
        self, text: str, *, new_disclosure: bool = False, skip: Worry | None = None
    ) -> Worry | None:
        """The worry a follow-up typed just after a signpost speaks of, or None when it is long
        (a question or story of its own) or speaks of none these replies answer: it then gets
        the reply it would get at any time.

        Args:
            text: the follow-up.
            new_disclosure: it tells of a risk of harm itself (signposted again): fear said in
                it is the person's own ("I'm scared of my brother"), never the asker's worry.
            skip: a worry read already that the case does not answer, passed over.
        """
        worry = self._police.read(self._reader.worry(text, skip), text)
        if worry is None and "'" in text:
            # "he's not staff": split as words, "he's" is "he"; the pack's phrases say "hes"
            worry = self._reader.worry(simplify(text), skip)
        if worry is None and self._reader.worry(simplify(text)) is Worry.AGE:
            # "what if he's 17": split as words, "he's" is "he", in no phrase of the pack's;
            # simplified, it is "hes", as in its "if hes".
            worry = Worry.AGE
        if worry is None and self.told_age(text) is not None:
            worry = Worry.AGE  # "she's 18": the case re-read at that age (round 43, ask48)
        if worry is None and asks_to_tell_family(text):  # "do we ring her mum?" (tryout39 I)
            worry = Worry.TELL
        if worry is Worry.CONFRONT or (worry is None and self._approaches(text)):
            # "should we speak to the organist first" (tryout45 #9); not the lead or a manager
            worry = None if self._ours.worry(text) else Worry.CONFRONT
        if worry in (None, Worry.AGE) and self._is_baby(text):
            worry = Worry.BABY  # "baby is 7 weeks": no age in years (tryout45 #9)
        if worry in (None, Worry.TELL) and asks_whom(self._whom_asked, text):
            # "who do i ring" (tryout42 #1); "do i tell the police or the gp" names no family
            worry = Worry.TELL if asks_to_tell_family(text) else Worry.RING
        # "but I am not school, I have no safeguarding lead, I am only one person salon"
        most = FOLLOW_UP_WORDS * 2 if worry and worry.reads_long else FOLLOW_UP_WORDS
        if len(words(text)) > most:
            return None
        if new_disclosure and worry is Worry.FEELINGS:
            return None
        if worry in (Worry.AGE, Worry.ANOTHER) and not ages_not_spans(text, self._spans):
            return None
        return worry

    def _approaches(self, text: str) -> bool:
        """Whether `text` asks to speak to someone before anything else ("speak to … first")."""
        return bool(self._first.worry(text) and self._approach.worry(text))

    def _is_baby(self, text: str) -> bool:
        """Whether `text` names a baby (the typed-words pack's worry `baby`) with a number: its
        age in days, weeks or months ("baby is 7 weeks", "hes 3 months old")."""
        return self._baby.worry(text) is not None and any(w.isdigit() for w in words(text))

    def for_case(
        self, worry: Worry | None, contacts: tuple[str, ...], text: str = ""
    ) -> Worry | None:
        """`worry` read against the case signposted (`contacts`, its roles) and the follow-up
        `text`: whether the person's consent is needed, after a child's signpost alone or asked
        of someone the follow-up says is under 18, is the child's (not needed: tryout45 #9, "do
        i need her consent" of a Year 10 girl; tryout47 #3, "she's 17 so doesnt she have to
        agree before i share?" after a case read as an adult's); the parents' consent, in an
        adult's case, is whether the person's own consent is needed. Another professional who helps
        is none after an allegation against someone at work (the LADO's), where they may be the
        one accused (quote71)."""
        if worry is Worry.CONSENT and (children_only(contacts) or self._child_told(text)):
            return Worry.CHILD_CONSENT
        if worry is Worry.PARENTS_CONSENT and adults_only(contacts):
            return Worry.CONSENT  # an adult's case: whether the person's own consent is needed
        if worry is Worry.TELL_HELPER and "lado" in contacts:
            return None
        return worry

    def _child_told(self, text: str) -> bool:
        """Whether `text` tells the person's age, a child's ("she's 17 so…", "aged 16"), not a
        count ("she has 2 kids"): `dialogs.told_age.ages_beside_age_words`."""
        ages = ages_beside_age_words(simplify(text), self._age_words)
        return bool(ages) and all(age < ADULT_AGE for age in ages)

    def told_age(self, text: str) -> int | None:
        """The age a bare age remark gives ("she's 18"), told of the case, not asked of it."""
        return bare_age(simplify(text), self._age_words)

    def named(self, text: str) -> Worry | None:
        """The first worry (in the pack's order) whose words are in `text`, at any length."""
        return self._reader.worry(text)

    def reply(
        self,
        worry: Worry,
        text: str = "",
        contacts: tuple[str, ...] = (),
        *,
        alone: bool = False,
        line_ids: tuple[str, ...] = (),
    ) -> Reply:
        """The reply to a follow-up that speaks of `worry` (`text`, the follow-up, for the ages
        it gives when `worry` is another age; `contacts`, the signposted case's roles, for whom
        to go to when the one who may be harming is close to someone senior; `alone`: the
        writer said they have no safeguarding lead, so whom to tell is social care's front
        door, rung by them, never "your safeguarding lead": tryout44 #6; `line_ids`, the ids of
        the helplines the case's signposts gave, for a helpline asked for)."""
        if worry is Worry.HELPLINE:
            return self.doors.helplines(line_ids, contacts)
        if worry is Worry.TOLD_TO_HIDE:  # the head asked to delete it: never the lead again
            return self.doors.without_the_lead(contacts, self._about.worry_replies.told_to_hide)
        if worry is Worry.AGENCY_TOLD:  # the council, the police asking (tryout47 #6)
            offer = self._texts.offer_check(alone=alone)  # no one involved: the judgement
            return replace(offer, text=f"{self._about.worry_replies.agency_told}\n\n{offer.text}")
        if worry is Worry.TELL:
            return self._texts.offer_check(concern=True, alone=alone)
        if alone and worry in _TO_A_LEAD:
            return self.doors.on_your_own(contacts)
        if worry is Worry.CONSENTS and adults_only(contacts):  # "he says its fine" (tryout44)
            lines = self._signpost.contact_lines(ADULT_CONTACTS)
            return Reply(text=f"{self._about.worry_replies.says_fine}\n{lines}\n\n{self._footer}")
        if worry is Worry.PARENTS_CONSENT and adults_only(contacts):
            worry = Worry.CONSENT
        if worry in (Worry.REFUSES, Worry.CONSENTS) and adults_only(contacts):  # tryout40 #11
            return adult_refuses(self._about, self._signpost)
        if worry is Worry.SECRECY and adults_only(contacts):  # tryout43 #9: not a child's reply
            lines = self._signpost.contact_lines(ADULT_CONTACTS)
            return Reply(
                text=f"{self._about.worry_replies.secret_adult}\n{lines}\n\n{self._footer}"
            )
        if worry is Worry.CAPACITY:  # capacity is an adult's (or a 16 or 17 year old's)
            if may_be_adult(contacts):
                return adult_refuses(self._about, self._signpost)
            worry = Worry.REFUSES
        if worry in self._steps:
            lines = self._signpost.contact_lines(contacts or SOCIAL_CARE)
            return Reply(text=f"{self._steps[worry]}\n{lines}\n\n{self._footer}")
        if worry is Worry.ANOTHER:  # tryout40 #11: "and what about the son, hes 40"
            return another_person(ages_not_spans(text, self._spans), self._about, self._signpost)
        if worry is Worry.NO_LEAD:
            return self.doors.no_lead()
        if worry is Worry.AGE:
            return self.another_age(ages_not_spans(text, self._spans))
        if worry in _WHOM:
            return self.doors.on_your_own(contacts if alone else ())
        if worry is Worry.NOT_REPORT:
            return not_reporting(self._about)
        if (lead := self._with_contacts.get(worry)) is not None:  # round 42 (ring42)
            roles = _CHILD if worry is Worry.BABY else contacts or SOCIAL_CARE
            if worry is Worry.CHILD_CONSENT:
                roles = as_children(roles)  # a child's case, whatever door it was read for
            if worry is Worry.NOW_TOLD and self._children.worry(text) and _CHILD[1] not in roles:
                roles = (*roles, _CHILD[1])  # "on her own with the kids": theirs too
            lines = self._signpost.contact_lines(roles)
            return Reply(text=f"{lead}\n{lines}\n\n{self._footer}")
        if worry is Worry.ONLY_LOGGED:  # "they said just log it": the line held, privately
            told = self._signpost.told_not_to_report()
            return replace(told, private=Private.RISK_OF_HARM)
        if worry is Worry.NOT_LATER:
            return Reply(text=f"{self._about.dont_wait}\n\n{self._footer}")
        if worry is Worry.TURNS_UP:
            return Reply(text=f"{self._about.if_they_come}\n\n{self._footer}")
        if worry is Worry.PROTECT:
            return Reply(text=f"{self._about.protect_now}\n\n{self._footer}")
        if worry in WIDENING:
            return widened(worry, self._about, self._signpost)
        if worry is Worry.WORKS_WITH:
            lines = self._signpost.contact_lines(LADO)
            return Reply(text=f"{self._about.works_with}\n{lines}\n\n{self._footer}")
        if worry is Worry.CLOSE:
            yours = tuple(r for r in contacts if r != LADO[0]) or SOCIAL_CARE  # not the lead
            lines = self._signpost.contact_lines(yours)
            return Reply(text=f"{self._about.close_to_them}\n{lines}\n\n{self._footer}")
        return Reply(text=f"{self._replies[worry]}\n\n{self._footer}")

    def past_the_lead(self, text: str, contacts: tuple[str, ...], *, staff: bool) -> Reply | None:
        """After a signpost of a lead who has not acted (its mark "lead-not-acting"), a
        follow-up asking whom to tell or ring (`staff`: as one about the one accused does):
        anyone can refer, with the case's contacts but the lead; None for any other."""
        if not staff and self.worry(text) not in (*_WHOM, Worry.RING, Worry.NO_LEAD, Worry.FIRST):
            return None
        return self.doors.without_the_lead(contacts)

    def another_age(self, ages: list[int]) -> Reply:
        """The same case at other `ages`: under 18 is still a child, the same procedures; 18 or
        over, an adult's."""
        if all(age < ADULT_AGE for age in ages):
            return Reply(text=f"{self._about.still_a_child}\n\n{self._footer}")
        lines = self._signpost.contact_lines(ADULT_CONTACTS)
        return Reply(text=f"{self._about.an_adult}\n{lines}\n\n{self._footer}")

    @staticmethod
    def thanks() -> Reply:
        """Thanks just after a signpost: the steps stay first. It speaks of the signpost, so in
        a shared place it is its writer's alone, as the signpost was (tryout33b)."""
        return Reply(
            text="You're welcome. If you haven't yet, follow your protection procedures and tell "
            "your safeguarding contacts now. I'm here if you need to ask anything else.",
            private=Private.RISK_OF_HARM,
        )


def children_only(contacts: Collection[str]) -> bool:
    """Whether the case signposted (its contacts' roles) is a child's alone: children's social
    care among them, adult social care not."""
    return SOCIAL_CARE[0] in contacts and SOCIAL_CARE[1] not in contacts
