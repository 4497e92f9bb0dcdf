"""Replies to a young person at risk after their signpost (tryout38 #8): a
16-year-old young carer's "will i get taken into care", "what if she gets angry that i told",
"ok and can you tell me who the school would tell" and "thanks" each got the same block of
where to get help. Now each is answered in kind words (the about pack's `writer_into_care`,
`writer_angry`, `writer_who_told`, `writer_thanked`), told by the typed-words pack's worries
of those names; anything else still gets where they can get help, said again. A young person
writing about a friend (tryout39 #5: "will they say it was me", "can i tell them without saying
her name", "actually i'll just leave it"; tryout42: "can i tell my mum", "will she get in
trouble", "what should i do") gets the about pack's `friend_*` replies; family or one of the
public afraid of getting someone into trouble (tryout42 #6) `not_in_trouble`. Imported only
after such a signpost.
"""

from __future__ import annotations

from collections.abc import Mapping

from dialogs.contract import Reply
from dialogs.police_doubts import PoliceDoubts
from dialogs.to_the_writer import FAMILY_VOICES
from dialogs.typed import simplify
from dialogs.worries import WorryReader
from dialogs.worry import Worry
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName

WRITERS_ONLY: frozenset[WorryName] = frozenset(
    (
        *("into-care", "angry", "who-told", "thanked", "no-name", "leave-it", "law", "fault"),
        *("tell-parent", "their-parent", "in-trouble", "what-to-do", "away-now", "let-be"),
        "no-services",
        "men-too",
        "will-you-tell",  # round 45 (follow83, tryout75 #4)
        "is-abuse",  # round 45 (follow96, tryout88 #5)
        "not-believed",  # round 46 (follow106, tryout100 #5)
        "not-leave",  # round 46 (doors110)
        "bank",  # round 46 (doors110)
    )
)
"""The worries only the person at risk, or their family, is answered for: a practitioner's
follow-up is never read for them."""
# A young person's about a friend, in order of precedence ("if i tell will she know it was me"
# is being known as the one who told, before her being upset).
_FRIENDS: tuple[WorryName, ...] = (
    "law",
    "no-name",
    "identity",
    "who-told",
    "leave-it",
    "not-report",
    "angry",
    "secret",
    "tell-parent",
    "their-parent",
    "in-trouble",
    "police",  # "can i tell the police" (round 45, follow96): yes, or a trusted adult first
    "what-to-do",
    "staff",  # "who do i tell", "who do i ring": asked by a young person, what they can do
    "whom",
    "thanked",
)
# Family or one of the public (tryout42 #6: "i dont want to get my daughter in trouble", "will
# they take him away", "i dont want to get involved"): the aim is safety, social care works with
# families (the about pack's `to_the_writer.not_in_trouble`); asked not to tell ("he asked me
# please do not tell"): social care can still act (`asked_not_to_tell`); where the one at risk
# is now ("they're with him now"): 999 if in danger (`family_now`); whom to tell, or whether they
# may ring the police ("who do i talk to", "im 16 what do i do"): anyone can (`family_steps`;
# tryout45 #6); going to the police themselves, with no one's agreement (`family_police`), or
# afraid of overreacting (`family_doubts`), and whether a man harmed is taken seriously
# (`family_men`; round 45, tryout48 #6); thanks as anyone's.
_FAMILY: tuple[WorryName, ...] = (
    "lose-child",  # "im scared theyll take my baby off me" (round 45, follow83)
    "bank",  # "can i ring her bank", of an adult's card (round 46, doors110)
    "men-too",  # "hes a grown man tho, would anyone even take it seriously": before `let-be`
    "let-be",  # "she says its fine and not to interfere": an adult's choice (tryout47 #6)
    "into-care",
    "not-report",
    "refuses",
    "capacity",
    "secret",
    "leave-it",
    "where-now",
    "police",
    "duty",  # "can i report it myself" (round 45)
    "what-to-do",
    "staff",  # "who do i tell", as for a friend
    "whom",
    "thanked",
    "my-business",  # "am i being nosy"
)


# An adult's own choice told ("he's a grown man") beside what to do asked ("what do i do"): the
# steps, with their say first (round 47, mend124), not their choice alone.
_GROWN_CHOICE = (Worry.LET_BE, Worry.MEN_TOO)
_ASKED_STEPS = (Worry.WHAT_TO_DO, Worry.STAFF, Worry.WHOM)


# The person at risk themselves, a young person or of no age given (tryout44 #6: "will i get in
# trouble", "i cant go to police theyll arrest me", "dont tell my mum", "who can i talk to").
# Not wanting someone else in trouble ("i dont want him arrested") is an adult's, or of no age
# given (tryout45 #6): a young person's is read as being in trouble, as before.
_OWN: tuple[WorryName, ...] = (
    "will-you-tell",  # round 45 (follow83): "will u tell my mum": I can't, I keep nothing
    "no-services",  # round 44 (follow69): "i dont want social services involved"
    "into-care",
    "angry",
    "who-told",
    "fault",
    "not-report",
    "in-trouble",
    "refuses",
    "secret",
    "law",  # "is that even illegal", of pictures held over them (tryout48 #3)
    "is-abuse",  # "is that even abuse" (round 45, follow96, tryout88 #5)
    "not-believed",  # "what if my mum doesnt believe me" (round 46, follow106)
    "what-to-do",
    "staff",  # "who do i tell" (tryout45 #6)
    "thanked",
)
# One telling of harm they did, or fear doing, to their child (`parent`) or to someone else in
# the family they care for (`carer`; round 45, carer91): "can i get help without getting in
# trouble", "will they take my kids off me": asking for help protects the one in their care.
_DOERS: tuple[WorryName, ...] = ("lose-child", "into-care", "no-services", "in-trouble", "thanked")
_DOER_VOICES = ("parent", "carer")
# A grown-up threatened with being killed or hurt, after their own signpost of it (round 44:
# "what do i do", "he's at work now"): the about pack's `to_the_writer.threatened_*`.
_THREATENED: tuple[WorryName, ...] = ("away-now", "what-to-do")
# A grown-up harmed, or one of no age given (round 46, doors110, tryout100 #4: a woman whose
# partner grabbed her neck): asking this assistant to tell the police for them, or wanting the
# abuse to stop without leaving; read when no worry of `_OWN` is. Whether it is their fault is
# `_OWN`'s, answered for them in words of their own (`_GROWN_REPLIES`).
_GROWN: tuple[WorryName, ...] = ("police", "not-leave")
_GROWN_VOICES = ("adult", "self")
# Answered for a young person only: the school, care and a teacher's lead are theirs.
_YOUNG_ONLY = frozenset(
    {Worry.INTO_CARE, Worry.ANGRY, Worry.WHO_TOLD, Worry.FAULT, Worry.NO_SERVICES}
)


# A young person's worry answered even when the same message is signposted again (round 45).
_SAID_FIRST = frozenset({Worry.IN_TROUBLE, Worry.WILL_YOU_TELL, Worry.IS_ABUSE})


class WriterFollowUps:
    """What a short follow-up from the person at risk, or their family, gets. Pure; built at
    the first such follow-up."""

    def __init__(
        self, worries: Mapping[WorryName, str], about: AboutPack, oks: frozenset[str] = frozenset()
    ) -> None:
        """`worries`: the typed-words pack's; only those in `WRITERS_ONLY` are read (and for a
        young person writing about a friend, those in `_FRIENDS`); `oks`: its acknowledgements
        ("ok"), a message of one of them alone getting a short close (round 44, follow69)."""
        self._oks, self._ok = oks, about.to_the_writer.own_ok
        # Round 46 (fixc118): someone whose life is at risk gone from the writer, in any voice
        self._left = WorryReader({n: worries[n] for n in ("left-now",) if n in worries})
        self._left_now = about.worry_replies.left_now
        self._family = WorryReader({n: worries[n] for n in _FAMILY if n in worries})
        self._doubts = PoliceDoubts(worries)
        not_in_trouble = about.to_the_writer.not_in_trouble
        self._for_family = {
            Worry.INTO_CARE: not_in_trouble,
            Worry.NOT_REPORT: not_in_trouble,
            Worry.LEAVE_IT: not_in_trouble,
            Worry.WHERE_NOW: about.to_the_writer.family_now,
            Worry.POLICE: about.to_the_writer.family_police,
            Worry.DUTY: about.to_the_writer.family_police,
            Worry.POLICE_DOUBTED: about.to_the_writer.family_doubts,
            Worry.MY_BUSINESS: about.to_the_writer.family_doubts,
            Worry.MEN_TOO: about.to_the_writer.family_men,
            Worry.LOSE_CHILD: about.worry_replies.lose_child,
            Worry.WHAT_TO_DO: about.to_the_writer.family_steps,
            Worry.STAFF: about.to_the_writer.family_steps,
            Worry.WHOM: about.to_the_writer.family_steps,
            Worry.REFUSES: about.to_the_writer.asked_not_to_tell,
            Worry.CAPACITY: about.to_the_writer.asked_not_to_tell,
            Worry.SECRECY: about.to_the_writer.asked_not_to_tell,
            Worry.THANKED: about.family_thanked,
            Worry.LET_BE: about.to_the_writer.family_says_fine,
            Worry.BANK: about.to_the_writer.family_bank,
        }
        adult_steps = about.to_the_writer.family_adult_steps
        self._grown_steps = about.to_the_writer.family_grown_steps
        self._control_other = about.to_the_writer.life_control_other
        self._adult_steps = dict.fromkeys((Worry.WHAT_TO_DO, Worry.STAFF, Worry.WHOM), adult_steps)
        own = about.to_the_writer
        self._texts = {
            Worry.INTO_CARE: about.writer_into_care,
            Worry.ANGRY: about.writer_angry,
            Worry.WHO_TOLD: about.writer_who_told,
            Worry.THANKED: about.writer_thanked,
            Worry.FAULT: about.writer_fault,
            Worry.NO_SERVICES: own.own_no_services,
            Worry.NOT_REPORT: own.own_not_report,
            Worry.IN_TROUBLE: own.own_in_trouble,
            Worry.REFUSES: own.own_secret,
            Worry.SECRECY: own.own_secret,
            Worry.WILL_YOU_TELL: own.own_secret,
            Worry.LAW: own.own_law,
            Worry.IS_ABUSE: own.own_abuse,
            Worry.NOT_BELIEVED: own.own_not_believed,
            Worry.WHAT_TO_DO: own.own_steps,
            Worry.STAFF: own.own_steps,
        }
        # An adult's own (tryout45 #6): advice first; whom to talk to; thanks as anyone's.
        self._for_adults = {
            Worry.NOT_REPORT: own.own_not_report,
            Worry.WILL_YOU_TELL: own.own_secret,
            Worry.IS_ABUSE: own.own_abuse,
            Worry.WHAT_TO_DO: own.adult_steps,
            Worry.STAFF: own.adult_steps,
            Worry.THANKED: about.writer_thanked,
        }
        self._reader = WorryReader({n: worries[n] for n in _OWN if n in worries})
        self._grown = WorryReader({n: worries[n] for n in _GROWN if n in worries})
        self._for_grown = {
            Worry.FAULT: own.grown_fault,
            Worry.POLICE: own.grown_police,
            Worry.NOT_LEAVE: own.grown_stay,
        }
        self._threat = WorryReader({n: worries[n] for n in _THREATENED if n in worries})
        self._for_threatened = {
            Worry.AWAY: own.threatened_away,
            Worry.WHAT_TO_DO: own.threatened_steps,
        }
        self._doers = WorryReader({n: worries[n] for n in _DOERS if n in worries})
        self._for_parents = {
            Worry.LOSE_CHILD: about.worry_replies.lose_child,
            Worry.INTO_CARE: about.worry_replies.lose_child,
            Worry.NO_SERVICES: own.own_harm_help,
            Worry.IN_TROUBLE: own.own_harm_help,
            Worry.THANKED: about.family_thanked,
        }
        self._friends = WorryReader({n: worries[n] for n in _FRIENDS if n in worries})
        self._for_friends = {
            Worry.NO_NAME: about.friend_no_name,
            Worry.IDENTITY: about.friend_told,
            Worry.WHO_TOLD: about.friend_told,
            Worry.LEAVE_IT: about.friend_leave_it,
            Worry.NOT_REPORT: about.friend_leave_it,
            Worry.ANGRY: about.friend_upset,
            Worry.SECRECY: about.friend_upset,
            Worry.THANKED: about.friend_thanked,
            Worry.LAW: about.friend_law,
            Worry.TELL_PARENT: about.friend_tell_parent,
            Worry.THEIR_PARENT: about.friend_their_parent,
            Worry.IN_TROUBLE: about.friend_in_trouble,
            Worry.POLICE: own.friend_police,
            Worry.WHAT_TO_DO: about.friend_steps,
            Worry.STAFF: about.friend_steps,
            Worry.WHOM: about.friend_steps,
        }

    def _to_doer(self, writer: str, text: str, *, using: bool = False) -> Reply | None:
        """The kind reply to a `parent` or `carer` (`writer`) whose `text` tells a worry of
        theirs; a carer of an adult is never answered of losing a child."""
        worry = self._doers.worry(text)
        if worry is None:
            return None
        if (writer == "carer" or using) and worry is not Worry.THANKED:
            return Reply(text=self._for_parents[Worry.IN_TROUBLE])
        return Reply(text=self._for_parents[worry])

    def asks_the_law(self, writer: str, text: str) -> bool:
        """Whether `text`, the message of a young person about a friend (`writer`), asks if
        what happens to the friend is against the law ("is that illegal?")."""
        return writer == "friend" and self._friends.worry(text) is Worry.LAW

    def young_first(self, text: str) -> str | None:
        """What a young person's message that tells of harm too asks of being in trouble or of
        this assistant telling anyone ("if i tell my teacher will i get in trouble", "will u
        tell my mum"; tryout75 #4), said before all a practitioners' tool can do; None for
        any other."""
        worry = self._reader.worry(text, skip=Worry.NOT_REPORT)
        return self._texts[worry] if worry in _SAID_FIRST else None

    def grown_first(self, text: str) -> str | None:
        """What a grown writer's message, or one of no age given, asks of whether what is done
        to them is abuse at all ("is that even abuse", itself signposted again; tryout88 #5),
        said before all a practitioners' tool can do; None for any other."""
        worry = self._reader.worry(text)
        return self._texts[worry] if worry is Worry.IS_ABUSE else None

    def family_worry(self, text: str) -> str | None:
        """The kind answer to a worry of family or one of the public in `text` (a message that
        tells of harm too: "she made me promise not to say"), but thanks; None when it tells
        none."""
        worry = self._doubts.read(self._family.worry(text), text)
        if worry is None or worry is Worry.THANKED:
            return None
        return self._for_family[worry]

    def reply(
        self,
        writer: str,
        text: str,
        *,
        threatened: bool = False,
        adult: bool = False,
        life_of_another: bool = False,
        using: bool = False,
        controlled: bool = False,
    ) -> Reply | None:
        """The kind reply to `text` when it speaks of one of these worries, else None: all but
        thanks are a young person's (`writer`, a `Voice`, "child" or "friend"), whose school,
        care and Childline they speak of, or family's or the public's (`family`); being in
        trouble, asking that no one is told, and whom else to talk to are also answered for
        the person at risk of no age given ("self"); not wanting anyone in trouble and whom to
        talk to, for an adult too ("adult"). A grown-up or one of no age given who was
        `threatened` with being killed or hurt (the case's mark "threat-to-you") gets the
        threat's own steps for "what do i do", and a word for while the one who threatened is
        out ("he's at work now"). Family asking whom to tell of an adult's case alone (`adult`)
        get the adult's door, not children's social care (round 45, doors95). After a risk to
        the life of someone else (`life_of_another`), their having just gone ("he just left,
        should i tell someone", "she walked off") is answered in every voice: yes, tell someone
        now, 999 if they may act on it now (the about pack's `worry_replies.left_now`). A parent
        telling of their own drinking or drug use (`using`, the mark "own-using") afraid of
        losing their child gets help's word, not a hurt child's (round 46, young115). Family
        asking what to do of a threat to end a life made to control someone else
        (`controlled`, the mark "life-control-other") get that threat's words (round 47)."""
        if simplify(text) in self._oks:  # "ok": not the whole of their signpost again
            return Reply(text=self._ok)
        if life_of_another and self._left.worry(simplify(text)) is not None:
            return Reply(text=self._left_now)
        mine = threatened and writer in ("adult", "self")
        if mine and (against_you := self._threat.worry(text)) is not None:
            return Reply(text=self._for_threatened[against_you])
        if writer in _DOER_VOICES:
            return self._to_doer(writer, text, using=using)
        if writer == "friend":
            about_a_friend = self._friends.worry(text)
            return None if about_a_friend is None else Reply(self._for_friends[about_a_friend])
        if writer in FAMILY_VOICES:
            worry = self._doubts.read(self._family.worry(text), text)
            if controlled and worry in _ASKED_STEPS:  # "what do i do", of a threat to control
                return Reply(text=self._control_other)
            if worry in _GROWN_CHOICE and self._family.worry(text, skip=worry) in _ASKED_STEPS:
                return Reply(text=self._grown_steps)  # "what do i do, he's a grown man"
            if adult and worry in self._adult_steps:
                return Reply(text=self._adult_steps[worry])
            return None if worry is None else Reply(self._for_family[worry])
        worry = self._reader.worry(text)
        if worry is Worry.NOT_REPORT and writer == "child":
            worry = self._reader.worry(text, skip=Worry.NOT_REPORT)
        if writer in _GROWN_VOICES:
            if worry in (None, Worry.WILL_YOU_TELL):  # "will you contact the police"
                worry = self._grown.worry(text) or worry
            if worry in self._for_grown:
                return Reply(text=self._for_grown[worry])
        if writer == "adult" and worry in self._for_adults:
            return Reply(text=self._for_adults[worry])
        if worry is None or (worry is not Worry.THANKED and writer not in ("child", "self")):
            return None
        if worry in _YOUNG_ONLY and writer != "child":
            return None
        return Reply(text=self._texts[worry])
