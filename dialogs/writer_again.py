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
from dialogs.writer_worries import (
    ASKED_STEPS,
    DOER_VOICES,
    DOERS,
    FAMILY,
    FRIENDS,
    GROWN,
    GROWN_CHOICE,
    GROWN_VOICES,
    OWN,
    SAID_FIRST,
    THREATENED,
    YOUNG_ONLY,
)
from knowledge.text_packs import AboutPack
from knowledge.typed_word_names import WorryName


class WriterFollowUps:
    """What a short follow-up from the person at risk, or their family, gets. Pure; built at
    the first such follow-up."""

    def __init__(
        self, worries: Mapping[WorryName, str], about: AboutPack, oks: frozenset[str] = frozenset()
    ) -> None:
        """`worries`: the typed-words pack's; only those in `WRITERS_ONLY` are read (and for a
        young person writing about a friend, those in `FRIENDS`); `oks`: its acknowledgements
        ("ok"), a message of one of them alone getting a short close (round 44, follow69)."""
        self._oks, self._ok = oks, about.to_the_writer.own_ok
        # Round 46 (fixc118): someone whose life is at risk gone from the writer, in any voice
        self._left = WorryReader({n: worries[n] for n in ("left-now",) if n in worries})
        self._left_now = about.worry_replies.left_now
        self._family = WorryReader({n: worries[n] for n in FAMILY if n in worries})
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
        self._reader = WorryReader({n: worries[n] for n in OWN if n in worries})
        self._grown = WorryReader({n: worries[n] for n in GROWN if n in worries})
        self._for_grown = {
            Worry.FAULT: own.grown_fault,
            Worry.POLICE: own.grown_police,
            Worry.NOT_LEAVE: own.grown_stay,
        }
        self._threat = WorryReader({n: worries[n] for n in THREATENED if n in worries})
        self._for_threatened = {
            Worry.AWAY: own.threatened_away,
            Worry.WHAT_TO_DO: own.threatened_steps,
        }
        self._doers = WorryReader({n: worries[n] for n in DOERS if n in worries})
        self._for_parents = {
            Worry.LOSE_CHILD: about.worry_replies.lose_child,
            Worry.INTO_CARE: about.worry_replies.lose_child,
            Worry.NO_SERVICES: own.own_harm_help,
            Worry.IN_TROUBLE: own.own_harm_help,
            Worry.THANKED: about.family_thanked,
        }
        self._friends = WorryReader({n: worries[n] for n in FRIENDS if n in worries})
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
        return self._texts[worry] if worry in SAID_FIRST else None

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
        if writer in DOER_VOICES:
            return self._to_doer(writer, text, using=using)
        if writer == "friend":
            about_a_friend = self._friends.worry(text)
            return None if about_a_friend is None else Reply(self._for_friends[about_a_friend])
        if writer in FAMILY_VOICES:
            worry = self._doubts.read(self._family.worry(text), text)
            if controlled and worry in ASKED_STEPS:  # "what do i do", of a threat to control
                return Reply(text=self._control_other)
            if worry in GROWN_CHOICE and self._family.worry(text, skip=worry) in ASKED_STEPS:
                return Reply(text=self._grown_steps)  # "what do i do, he's a grown man"
            if adult and worry in self._adult_steps:
                return Reply(text=self._adult_steps[worry])
            return None if worry is None else Reply(self._for_family[worry])
        worry = self._reader.worry(text)
        if worry is Worry.NOT_REPORT and writer == "child":
            worry = self._reader.worry(text, skip=Worry.NOT_REPORT)
        if writer in GROWN_VOICES:
            if worry in (None, Worry.WILL_YOU_TELL):  # "will you contact the police"
                worry = self._grown.worry(text) or worry
            if worry in self._for_grown:
                return Reply(text=self._for_grown[worry])
        if writer == "adult" and worry in self._for_adults:
            return Reply(text=self._for_adults[worry])
        if worry is None or (worry is not Worry.THANKED and writer not in ("child", "self")):
            return None
        if worry in YOUNG_ONLY and writer != "child":
            return None
        return Reply(text=self._texts[worry])
