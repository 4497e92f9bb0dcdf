"""Conversation state: small, JSON-serialisable, and free of anything the user typed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dialogs.numbered import Listed
from knowledge.flow_pack import AnswerKey
from knowledge.pack_values import Value
from knowledge.risk_pack import Concern
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from knowledge.risk_types import RiskFinding

AFTER_SIGNPOST_TURNS = 3
"""How many turns after a signpost are read as following it (`ConversationState.after_signpost`)."""
FOLLOW_UP_WORDS = 12
"""The most words a follow-up to a signpost has; a longer message is a question or story of
its own."""


@value_class
class CheckProgress(Value):
    """Where a consent check stands: which run, which step, and the answers so far.

    `step` is a question id while the check is under way, or an outcome id once it has ended.
    `concern` is whether a risk of harm was signposted in this run or just before it began;
    `contacts` the contact roles (ids) of that signposted case, for the outcome to name;
    `marks` what it leaves for the check (`RiskFinding.marks`: "unsafe-to-ask").
    """

    run: int
    step: str
    answers: tuple[tuple[str, AnswerKey], ...] = ()
    finished: bool = False
    concern: bool = False
    contacts: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()

    def answered(self, step: str) -> AnswerKey | None:
        """The answer given at `step` in this run, if any."""
        return next((a for s, a in self.answers if s == step), None)


@value_class
class ConversationState(Value):
    """Everything the assistant remembers between turns of one person's conversation."""

    greeted: bool = False
    reminded: bool = False
    runs: int = 0
    check: CheckProgress | None = None
    # An opaque random id of the question just declined or answered with suggestions, kept for
    # one turn so that the suggestion picked next can be linked to it. Never the text itself.
    asked: str | None = None
    # Whether a risk of harm was signposted since the last check began: the next check's
    # outcome then carries the protection reminder. A flag, never what was said.
    concern: bool = False
    # The contact roles (ids, as `RiskFinding.contacts`) of the cases signposted since the last
    # check began: the check's outcome names them (tryout37 finding 5). Never what was said.
    contacts: tuple[str, ...] = ()
    # What those cases leave for the replies after them (`RiskFinding.marks`: "duty",
    # "unsafe-to-ask"), moved into the next check as the contacts are. Short keys, never what
    # was said.
    marks: tuple[str, ...] = ()
    # The ids of the lines (the police, a national helpline: the contacts pack's `lines`) the
    # signposts of those cases gave, for "is there a helpline for this" (round 44). Never text.
    lines: tuple[str, ...] = ()
    # Whom the last case signposted concerns ("child", "adult" or "either", its finding's
    # `concerns`): a harm told again that names no one is that case's (`dialogs.case_whom`),
    # not the person of every case told since the last check began. One word, never text.
    whom: Concern | None = None
    # Whether the last reply offered the consent check: a bare "yes" next takes it up.
    offered: bool = False
    # Whether this turn ended a consent check at an outcome: a "why?" next asks why it ended so.
    ended: bool = False
    # Whether this turn's reply was a check's record form, opened by its button and posted in
    # the conversation: the same button pressed next (a Teams double click) opens no second one.
    formed: bool = False
    # Whether this turn's reply was a completed record, written from its form: the form's
    # button pressed next (a Teams double click on "Write the record") writes no second one.
    written: bool = False
    # The numbered list (the golden rules, the topics) the last reply showed or showed an item
    # of: "3" or "the third one" next points into it. Which list, never what was typed.
    listed: Listed | None = None
    # How many more turns are read as following the last signpost ("what if I'm wrong?"): set
    # when one is shown, one fewer each turn after. A count, never what was said.
    after_signpost: int = 0
    # The key question whose summary ("In summary, from the 2008 guidance") the last reply gave:
    # a bare age next ("she's 14") is read against it. A step id, never what was typed.
    summarised: str | None = None
    # Where the last signpost was given (`place_of`, a digest of the conversation's id: never
    # its name or what was said). In Teams one dialog follows a person into every channel, so
    # `concern` and `after_signpost` shape replies only in that place: what was said in a
    # personal chat is never referred to in a channel, nor one channel's case in another.
    signposted_in: str | None = None
    # Who wrote the message the last signpost answered, when it read as the person at risk or
    # their family (`dialogs.own_voice`: one of `dialogs.state_json.WRITERS`): a follow-up next
    # that reads as theirs is answered for them, not as a practitioner's. Forgotten at the first
    # turn that doesn't read as theirs (a check started, a question about the guidance). One of
    # four words, never what was said.
    writer: str | None = None
    # Whether the message the last signpost answered as a practitioner's named a friend of the
    # writer's ("my best mate told me her uncle touches her"): an age under 18 given next ("im
    # only 14 who do i tell") is the writer's, a young person's about that friend (round 42,
    # young43). A flag, never what was said.
    friend_named: bool = False
    # Who the writer said they are on a line that told no harm ("im 16", "my niece"), one of
    # `dialogs.state_json.WRITERS`: a harm told later is read in that voice (tryout43 #2, #3).
    # Never text.
    said: str | None = None
    # The not-covered topic the last reply declined (its id in the not-covered pack, never what
    # was typed): a short follow-up next ("what if one of the parents says no") is about it.
    declined: str | None = None
    # The entries (their numbers) the last reply offered as "Did you mean", kept while `asked`
    # is: a bare "yes" next takes the one offered, or asks which of several. Never text.
    suggested: tuple[int, ...] = ()
    # The entry the last reply quoted (its number, kept one turn): a short follow-up next ("what
    # about with the police?", "and what actually is one?") leans on it. Never text.
    quoted: int | None = None
    # Whether the writer said, on any line, that they have no safeguarding lead of their own (a
    # role with none: "i do hair in peoples homes", "taxi driver here"; the typed-words pack's
    # `alone`): every later signpost and follow-up sends them to social care, not to a lead
    # (tryout44 #6). A flag for the whole conversation, never what was said.
    alone: bool = False

    def after_reply(
        self, *, offered: bool, ended: bool, formed: bool = False, written: bool = False
    ) -> ConversationState:
        """A copy noting whether this turn's last reply offered the consent check, whether
        this turn ended one, whether it posted a check's record form, and whether it wrote a
        completed record."""
        noted = (offered, ended, formed, written)
        if noted == (self.offered, self.ended, self.formed, self.written):
            return self
        return replace(self, offered=offered, ended=ended, formed=formed, written=written)

    def concerned(
        self, finding: RiskFinding | None = None, lines: tuple[str, ...] = ()
    ) -> ConversationState:
        """A copy noting that a risk of harm was signposted on this turn (in the running check
        too, if one is under way), with the contacts of `finding`, the harm signposted, joined
        to the case's (`joined_contacts`), whom it concerns (`whom`) and the `lines` its
        signpost gave (ids) beside the case's."""
        from dialogs.case_joined import joined_contacts, joined_marks  # noqa: PLC0415 (only harm)

        whom = self.whom if finding is None else finding.concerns
        given = (*self.lines, *(i for i in lines if i not in self.lines))
        check = self.check
        if check is not None and not check.finished:
            kept = joined_contacts(check.contacts, finding)
            marked = joined_marks(check.marks, finding)
            check = replace(check, concern=True, contacts=kept, marks=marked)
            return replace(self, check=check, whom=whom, lines=given)
        marks = joined_marks(self.marks, finding)
        contacts = joined_contacts(self.contacts, finding)
        return replace(self, concern=True, contacts=contacts, marks=marks, whom=whom, lines=given)

    def case(self) -> tuple[str, ...] | None:
        """The contact roles of the case signposted before or in the check under way, or None
        when no check under way carries one: a harm told again in that check is the same
        case's, not a case of its own."""
        check = self.check
        if check is None or check.finished or not check.concern or not check.contacts:
            return None
        return check.contacts

    def turned(self, *, signposted: bool) -> ConversationState:
        """A copy at the end of a turn: the next turns follow a signpost shown on it, or one
        turn fewer follows the last."""
        left = AFTER_SIGNPOST_TURNS if signposted else max(0, self.after_signpost - 1)
        return self if left == self.after_signpost else replace(self, after_signpost=left)

    def seen_from(self, place: str | None) -> ConversationState:
        """The state as a turn in `place` may read it: with no signposted concern, nor turns
        following a signpost, when the signpost was given somewhere else."""
        if self.signposted_in in (None, place) or not (self.concern or self.after_signpost):
            return self
        return replace(self, concern=False, after_signpost=0)

    def left_from(self, place: str | None, held: ConversationState) -> ConversationState:
        """This turn's new state (read through `seen_from(place)` from `held`), with the
        concern given elsewhere kept for its own place, unless this turn began a check or
        signposted here."""
        if self.signposted_in != held.signposted_in or held.seen_from(place) is held:
            return self
        if self.runs != held.runs:
            return self
        return replace(
            self, concern=held.concern or self.concern, after_signpost=held.after_signpost
        )

    def signposted_at(self, place: str | None) -> ConversationState:
        """A copy noting that this turn's signpost was given in `place`."""
        return self if self.signposted_in == place else replace(self, signposted_in=place)

    def in_check(self) -> bool:
        """Whether a consent check is under way (begun and not yet ended)."""
        return self.check is not None and not self.check.finished

    def has_concern(self) -> bool:
        """Whether a risk of harm was signposted in this conversation: since the last check
        began, or in that check."""
        return self.concern or (self.check is not None and self.check.concern)

    def concern_to_carry(self, *, restart: bool) -> bool:
        """Whether a check begun now starts with a concern: one signposted since the last
        check began, or, on a restart, one the abandoned run held."""
        held = restart and self.check is not None and self.check.concern
        return self.concern or held

    def began(self, progress: CheckProgress) -> ConversationState:
        """A copy with `progress` as a new run (its privacy reminder given, concern and the
        case's contacts moved in)."""
        if progress.concern and not progress.contacts:
            held = self.check  # "restart": the abandoned run's case, when none came since
            left = held.contacts if held is not None and not held.finished else ()
            marks = held.marks if held is not None and not held.finished else ()
            progress = replace(progress, contacts=self.contacts or left, marks=self.marks or marks)
        return replace(
            self,
            runs=progress.run,
            check=progress,
            reminded=True,
            concern=False,
            contacts=(),
            marks=(),
            lines=(),
        )

    def with_check(self, check: CheckProgress | None) -> ConversationState:
        """A copy with the check replaced."""
        return replace(self, check=check)

    def to_json(self) -> dict[str, Any]:
        """The form kept in the store (`dialogs.state_json`)."""
        # lazy: state_json imports ConversationState from here (a cycle); `ask` never loads it
        from dialogs.state_json import state_json  # noqa: PLC0415

        return state_json(self)

    @classmethod
    def from_json(cls, data: object) -> ConversationState:
        """Rebuild a state; anything malformed gives a fresh state rather than an error."""
        from dialogs.state_json import read_state  # noqa: PLC0415 (lazy: as `to_json`)

        try:
            return read_state(data)
        except (KeyError, TypeError, ValueError):
            return cls()


def place_of(where: str | None) -> str | None:
    """The digest of a conversation's id kept in `ConversationState.signposted_in`; None when
    the turn names no place of its own (its dialog is one conversation: Slack, the terminal)."""
    if where is None:
        return None
    import hashlib  # noqa: PLC0415 (only a door whose dialogs span places needs it; not `ask`)

    return hashlib.blake2b(where.encode(), digest_size=8).hexdigest()
