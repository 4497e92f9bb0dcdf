"""What the assistant says to the person at risk or their family just after their signpost.

A kind answer to what they ask next ("will i get taken into care", "thanks";
`dialogs.writer_again`), or where they can get help, said again; a friend who says "never mind"
is asked kindly not to leave it; and all a practitioners' tool can do for them. Every reply
speaks of the signpost, so in a shared place it goes to its writer alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogs.contract import Private, Reply
from knowledge.loader import Knowledge
from knowledge.writer_texts import WriterTexts

if TYPE_CHECKING:
    from dialogs.grown_not_in_trouble import GrownNotInTrouble
    from dialogs.own_telling import OwnTelling
    from dialogs.writer_again import WriterFollowUps
    from dialogs.young_police import YoungPolice


FAMILY_VOICES = ("family", "own_child")
"""The voices of family or the public (`dialogs.own_voice`): a parent of their own child harmed
by someone else is answered as family is after the signpost."""
HARMED_VOICES = ("child", "adult", "self")
"""The voices of the person harmed (`dialogs.own_voice`): their reply carries their kind of
harm's own lines and notes, as the practitioner's does (round 52, voice181)."""
TELLING_VOICES = (*FAMILY_VOICES, "friend")
"""The voices of one who tells of another's harm, not their own doing: family or the public, a
parent of their child harmed by someone else, a young person of a friend. Their reply carries
the kinds of harm's own lines that fit the one harmed (round 53, voice193)."""


def help_by_voice(said: WriterTexts) -> dict[str, str]:
    """Where the person at risk or their family can get help, by `Voice`, in the about pack's
    `to_the_writer` words."""
    return {
        "child": said.child,
        "adult": said.adult,
        "self": said.no_age,
        "family": said.family,
        "friend": said.friend,
        "parent": said.parent,
        "carer": said.carer,
        "own_child": said.own_child,
        "partner": said.partner,
    }


class ToTheWriter:
    """The replies to the person at risk or their family in the turns after their signpost."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._about = knowledge.about
        self._contacts = knowledge.contacts
        self._for_the_writer = help_by_voice(knowledge.about.to_the_writer)
        self._typed = knowledge.typed_words
        self._worries = knowledge.typed_words.worries
        self._writer: WriterFollowUps | None = None  # built at the first follow-up of a writer
        self._grown: GrownNotInTrouble | None = None  # built at the first such worry
        self._young: YoungPolice | None = None  # likewise
        self._markers = knowledge.risk.markers
        self._telling: OwnTelling | None = None  # built at the first worry answered

    def to_writer_again(
        self,
        writer: str,
        text: str = "",
        *,
        threatened: bool = False,
        adult: bool = False,
        marks: tuple[str, ...] = (),
        using: bool = False,
    ) -> Reply:
        """A short message just after a signpost to the person at risk or their family (`writer`,
        a `Voice`): a kind answer to what it asks (`text`: "will i get taken into care",
        "thanks"; `dialogs.writer_again`; `threatened`: the case is a threat to the writer's
        life; `adult`: the case is an adult's alone; `marks`: the case's, for someone else's
        life at risk: "he just left, should i tell someone"; `using`: a parent's own drinking or
        drug use, the mark "own-using"), or where they can get help, said again; nothing for a
        practitioner. It speaks of the signpost: in a shared place, to its writer alone."""
        said = self._to_writer_again(
            writer, text, threatened=threatened, adult=adult, marks=marks, using=using
        )
        return replace(said, private=Private.RISK_OF_HARM)

    def _to_writer_again(
        self,
        writer: str,
        text: str,
        *,
        threatened: bool = False,
        adult: bool = False,
        marks: tuple[str, ...] = (),
        using: bool = False,
    ) -> Reply:
        from dialogs.life_plans import own_life_again  # noqa: PLC0415 (only after harm)

        help_there = own_life_again(self._about.to_the_writer, marks, writer) or (
            self._for_the_writer.get(writer, self._for_the_writer["self"])
        )
        kind = self._answered(
            writer, text, threatened=threatened, adult=adult, marks=marks, using=using
        )
        if kind is not None:
            # The person at risk speaking of their own telling ("am i going to be in trouble if
            # i tell my mum") is told again where to get help, first (round 56, secret221).
            if writer in HARMED_VOICES and self._own_telling().told(text):
                return Reply(text=f"{help_there}\n\n{kind}")
            return Reply(text=kind)
        if writer == "family" and adult:  # an adult's case alone (round 45, doors95)
            return Reply(
                text=f"{self._about.to_the_writer.family_adult}\n\n{self._about.to_the_writer.only_them}"
            )
        if writer == "partner":  # the line its words speak of (round 46, voice103)
            lines = self._contacts.lines_named(("respect-phone-line",))
            help_there = "\n".join((help_there, "", *(line.as_line() for line in lines)))
        return Reply(text=f"{help_there}\n\n{self._about.to_the_writer.only_them}")

    def _answered(
        self,
        writer: str,
        text: str,
        *,
        threatened: bool,
        adult: bool,
        marks: tuple[str, ...],
        using: bool,
    ) -> str | None:
        """The kind answer to what `text` asks (`_to_writer_again`'s arguments), or None."""
        from dialogs.life_plans import of_another  # noqa: PLC0415 (only after harm)

        if not text:
            return None
        if grown := self._not_in_trouble().said(writer, text, marks):
            return grown  # "will they call the police on me" (round 48, lines136)
        if young := self._young_police().said(writer, text):
            return young  # the same, from a young person (round 49, public149)
        follow_ups = self._follow_ups()
        life = of_another(marks, writer)
        kind = follow_ups.reply(
            writer,
            text,
            threatened=threatened,
            adult=adult,
            life_of_another=life,
            using=using,
            controlled="life-control-other" in marks,
        )
        return None if kind is None else kind.text

    def let_be(self, writer: str) -> Reply:
        """The reply to "never mind" or "forget it" just after a signpost to the person at risk
        or their family (`writer`, a `Voice`): a young person about a friend is asked kindly not
        to leave it (the about pack's `friend_leave_it`); anyone else is told again where to get
        help."""
        if writer == "friend":
            return Reply(text=self._about.friend_leave_it, private=Private.RISK_OF_HARM)
        return self.to_writer_again(writer)

    def beyond_this_tool(
        self, writer: str = "", text: str = "", marks: tuple[str, ...] = ()
    ) -> Reply:
        """After the signpost to a message written by the person at risk or their family
        (`writer`, a `Voice`): all a practitioners' tool can do for them; after the answer to
        what the message (`text`) asks or tells, if one of them has one (`_first_for`; `marks`,
        its case's)."""
        beyond = (
            "I'm an assistant for people at work (teachers, nurses, care and youth workers) "
            f"deciding what information they may share. {self._about.to_the_writer.only_them}"
        )
        first = self._first_for(writer, text, marks) if text else None
        return Reply(text=beyond if first is None else f"{first}\n\n{beyond}")

    def _first_for(self, writer: str, text: str, marks: tuple[str, ...] = ()) -> str | None:
        """What a message telling of harm (`text`) from a young person about a friend asks
        whether it is against the law ("… he buys her weed. is that illegal?"; tryout39 #5), or
        from one of the public (`family`) tells of a threat to kill or seriously hurt someone
        (the police now: "my neighbour's boyfriend is outside with a knife screaming hes going
        to kill her") or a worry of theirs ("she made me promise not to say"; tryout42 #6); or
        from any grown writer, a threat against them ("my ex is going to kill me tonight")."""
        if writer == "child":  # "if i tell my teacher will i get in trouble" (tryout75 #4)
            police = self._young_police().said(writer, text)  # round 49 (public149)
            return police or self._follow_ups().young_first(text)
        if writer == "friend":
            return self._about.friend_law if self._follow_ups().asks_the_law(writer, text) else None
        if writer in ("adult", "self") and (abuse := self._follow_ups().grown_first(text)):
            return abuse  # "is that even abuse" (tryout88 #5)
        from dialogs.danger_follow_up import DangerFollowUp  # noqa: PLC0415 (only after harm)
        from dialogs.worry import Worry  # noqa: PLC0415

        danger = DangerFollowUp(self._typed, self._about)
        if danger.worry(text, told=True, after=False) is Worry.THREAT:
            if danger.writer_threatened(text):  # "my ex is going to kill me tonight"
                return self._about.worry_replies.threat_to_you
            return self._about.to_the_writer.if_threat if writer in FAMILY_VOICES else None
        if grown := self._not_in_trouble().said(writer, text, marks):  # round 48 (lines136)
            return grown
        return self._follow_ups().family_worry(text) if writer in FAMILY_VOICES else None

    def _not_in_trouble(self) -> GrownNotInTrouble:
        if self._grown is None:
            from dialogs.grown_not_in_trouble import GrownNotInTrouble  # noqa: PLC0415 (harm)

            self._grown = GrownNotInTrouble(self._worries, self._about)
        return self._grown

    def _own_telling(self) -> OwnTelling:
        if self._telling is None:
            from dialogs.own_telling import OwnTelling  # noqa: PLC0415 (only a worry answered)

            self._telling = OwnTelling(self._markers)
        return self._telling

    def _young_police(self) -> YoungPolice:
        if self._young is None:
            from dialogs.young_police import YoungPolice  # noqa: PLC0415 (only after harm)

            self._young = YoungPolice(self._typed.police_called_told, self._about.young_police)
        return self._young

    def _follow_ups(self) -> WriterFollowUps:
        if self._writer is None:
            from dialogs.writer_again import WriterFollowUps  # noqa: PLC0415 (only after harm)

            oks = frozenset(self._typed.acknowledgements)
            self._writer = WriterFollowUps(self._worries, self._about, oks)
        return self._writer
