"""Replies to what people ask straight after the signpost: not being sure, the police, no lead
to hand, a promise of secrecy, being known as the one who told, asking more, what to write down,
feeling shaken, thanks.

Written from the 2008 guidance's facts, in our own words, and never legal advice: the protection
procedures come first in every one. Used only on the typed turns just after a signpost
(`ConversationState.after_signpost`); the same words at any other time get the reply they
always had.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogs.contract import Private, Reply
from dialogs.held_line import not_reporting
from dialogs.signpost import Signpost
from dialogs.state import FOLLOW_UP_WORDS
from dialogs.texts import Texts
from dialogs.widened import WIDENING, widened
from dialogs.worries import WorryReader
from dialogs.worry import Worry
from dialogs.writer_again import WRITERS_ONLY
from knowledge.matching.text import words
from knowledge.risk_words import ADULT_AGE, age_in_word
from knowledge.text_packs import AboutPack
from knowledge.typed_words import WorryName, simplify

_SOCIAL_CARE = ("childrens-social-care", "adult-social-care")
_LADO = ("safeguarding-lead", "lado")
_ADULT_CARE = ("safeguarding-lead", "adult-social-care")
_WHOM = (Worry.ALONE, Worry.WHOM)
_FOOTER = (
    "*In our own words, from the 2008 guidance, which has since been replaced: type **about** "
    "for what is current. Your organisation's procedures come first.*"
)


class AfterSignpost:
    """What a follow-up to a signpost gets, when it speaks of a worry the signpost leaves open."""

    def __init__(
        self,
        signpost: Signpost,
        texts: Texts,
        worries: Mapping[WorryName, str],
        about: AboutPack,
    ) -> None:
        """`about`: the about pack, whose texts some of these replies are."""
        self._signpost = signpost
        self._texts = texts
        self._about = about
        self._reader = WorryReader({n: w for n, w in worries.items() if n not in WRITERS_ONLY})

    def worry(self, text: str, *, new_disclosure: bool = False) -> Worry | None:
        """The worry a follow-up typed just after a signpost speaks of, or None when it is long
        (a question or story of its own) or speaks of none these replies answer: it then gets
        the reply it would get at any time.

        Args:
            text: the follow-up.
            new_disclosure: it tells of a risk of harm itself (signposted again): fear said in
                it is the person's own ("I'm scared of my brother"), never the asker's worry.
        """
        worry = self._reader.worry(text)
        if worry is None and self._reader.worry(simplify(text)) is Worry.AGE:
            # "what if he's 17": split as words, "he's" is "he", in no phrase of the pack's;
            # simplified, it is "hes", as in its "if hes".
            worry = Worry.AGE
        # "but I am not school, I have no safeguarding lead, I am only one person salon"
        most = FOLLOW_UP_WORDS * 2 if worry and worry.reads_long else FOLLOW_UP_WORDS
        if len(words(text)) > most:
            return None
        if new_disclosure and worry is Worry.FEELINGS:
            return None
        if worry is Worry.AGE and not ages_in(text):
            return None
        return worry

    def reply(self, worry: Worry, text: str = "") -> Reply:
        """The reply to a follow-up that speaks of `worry` (`text`, the follow-up, for the ages
        it gives when `worry` is another age)."""
        if worry is Worry.TELL:
            return self._texts.offer_check(concern=True)
        if worry is Worry.NO_LEAD:
            return self.no_lead()
        if worry is Worry.AGE:
            return self.another_age(ages_in(text))
        if worry in _WHOM:
            return self.on_your_own()
        if worry is Worry.NOT_REPORT:
            return not_reporting(self._about)
        if worry in WIDENING:
            return widened(worry, self._about, self._signpost)
        if worry is Worry.WORKS_WITH:
            lines = self._signpost.contact_lines(_LADO)
            return Reply(text=f"{self._about.works_with}\n{lines}\n\n{_FOOTER}")
        return Reply(text=f"{_TEXTS[worry]}\n\n{_FOOTER}")

    def on_your_own(self) -> Reply:
        """With no safeguarding lead of one's own, or asking whom to tell: the council's front
        door, rung by the writer, for advice first with no name if they wish."""
        lines = self._signpost.contact_lines(_SOCIAL_CARE)
        about = self._about
        return Reply(text=f"{about.on_your_own}\n{lines}\n\n{about.no_name}\n\n{_FOOTER}")

    def no_lead(self) -> Reply:
        """When the safeguarding lead is unknown or away: don't wait; who else; social care."""
        return Reply(
            text="**If you don't know who your safeguarding lead is, or can't reach them**, don't "
            "wait. If someone is in immediate danger, call 999.\n\n"
            "Otherwise, ask your manager or whoever covers safeguarding (a deputy, or the person "
            "on call), or contact social care yourself:\n"
            f"{self._signpost.contact_lines(_SOCIAL_CARE)}\n\n"
            "Out of hours, your council's emergency duty team takes these calls. Tell your "
            "safeguarding lead what you did as soon as you can, and record it.\n\n"
            f"{_FOOTER}"
        )

    def another_age(self, ages: list[int]) -> Reply:
        """The same case at other `ages`: under 18 is still a child, the same procedures; 18 or
        over, an adult's."""
        if all(age < ADULT_AGE for age in ages):
            return Reply(text=f"{self._about.still_a_child}\n\n{_FOOTER}")
        lines = self._signpost.contact_lines(_ADULT_CARE)
        return Reply(text=f"{self._about.an_adult}\n{lines}\n\n{_FOOTER}")

    @staticmethod
    def thanks() -> Reply:
        """Thanks just after a signpost: the steps stay first. It speaks of the signpost, so in
        a shared place it is its writer's alone, as the signpost was (tryout33b)."""
        return Reply(
            text="You're welcome. If you haven't yet, follow your protection procedures and tell "
            "your safeguarding contacts now. I'm here if you need to ask anything else.",
            private=Private.RISK_OF_HARM,
        )


_TEXTS: dict[Worry, str] = {
    Worry.UNSURE: "**You don't need to be sure, or to have proof.** A concern that a child may "
    "be at risk of significant harm, or an adult of serious harm, is enough to follow your "
    "protection procedures now: the guidance speaks of reasonable cause to believe, not "
    "certainty. Finding out what happened isn't your job; your safeguarding lead and social "
    "care decide what happens next.\n\n"
    "Tell them what you saw and heard, and what you're unsure of. Passing on a genuine worry to "
    "protect someone is what the guidance asks of you, even if it turns out to be nothing.",
    Worry.POLICE: "**Calling the police**\n\nIf someone is in immediate danger, or a crime is "
    "happening now, call 999.\n\n"
    "Otherwise, follow your protection procedures and speak to your safeguarding contacts now: "
    "they will decide with you whether and when the police are told. Preventing or detecting a "
    "serious crime that causes serious harm is one of the reasons the guidance gives for sharing "
    "without consent.",
    Worry.SECRECY: "**When you've been asked to keep it secret**\n\nYou can't keep a promise "
    "of secrecy when someone may be at risk of harm: their safety comes first. Sharing what is "
    "needed to protect a child at risk of significant harm, or an adult at risk of serious harm, "
    "is normally justified even without consent. Current advice (May 2024) says consent is not "
    "needed to share information about a child at risk of harm. Follow your protection "
    "procedures now.\n\n"
    "Where it is safe, tell the person what you will share, with whom and why, and respect "
    "their wishes where you can. If telling them could increase the risk, speak to your "
    "safeguarding lead first.",
    Worry.IDENTITY: "**Worried they'll know it was you**\n\nTell your safeguarding lead that "
    "you're worried about this, before anyone speaks to the family. Don't tell anyone who may be "
    "involved yourself if that could increase the risk of harm (key question 4). Current advice "
    "(May 2024) asks everyone sharing to protect the identities of anyone who might be harmed if "
    "their details became known.\n\n"
    "Your worry isn't a reason to wait: follow your protection procedures now.",
    Worry.QUESTIONING: "**You don't need to find out more first.** A concern is enough to "
    "follow your protection procedures now. Listen if they want to talk, but it isn't your job "
    "to investigate: your safeguarding lead and social care decide who asks what, and when.\n\n"
    "As soon as you can, write down what you saw and heard, keeping fact apart from opinion.",
    Worry.RECORD: "**What to write down now**\n\nTell your safeguarding contacts first; don't "
    "wait to finish your notes. Then, as soon as you can, write down what you saw and heard and "
    "when, keeping fact apart from your opinion.\n\n"
    "Record what you shared, with whom, when and why, and any decision not to share with your "
    "reasons (golden rule 7). Your organisation's procedures say where the record goes.",
    Worry.FEELINGS: "**It's a lot to take in.** Feeling shaken by something like this is "
    "normal, and acting on it is the right thing to do. Follow your protection procedures now, "
    "then talk to your safeguarding lead or your supervisor: they are there to support you too, "
    "and you don't have to decide anything alone. If someone is in immediate danger, call 999.",
}


_SPANS = frozenset(("hour", "hours", "day", "days", "week", "weeks", "month", "months", "times"))
"""Words after a number that make it a span or a count, not an age ("back in 2 weeks")."""


def ages_in(text: str) -> list[int]:
    """The ages a follow-up gives, read as the risk check reads them (`age_in_word`): each of
    its words that is an age from 1 to 120, bare or run into "yo", "yrs"… ("16", "16yo"), and
    not a span or count ("in 2 weeks", "3 times") unless "old" follows ("6 weeks old")."""
    said = words(text)
    return [
        age
        for i, w in enumerate(said)
        if (age := age_in_word(w))
        and (
            said[i + 1 : i + 2] == [] or said[i + 1] not in _SPANS or said[i + 2 : i + 3] == ["old"]
        )
    ]
