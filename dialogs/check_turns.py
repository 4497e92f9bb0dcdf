"""Typed turns in a consent check: an answer taken, a longer reply read as one or the question
asked again, a correction after the check ended. Pure; `dialogs.text_turns.TextTurns` hands
them here, and a button's answer is taken by `CheckTurns.answer` too."""

from __future__ import annotations

from dialogs.check_commands import changed_after_end
from dialogs.check_replies import CheckReply
from dialogs.commands import Result
from dialogs.consent_check import ConsentCheck
from dialogs.early_answers import NOT_TAKEN_WITH_RISK, EarlyAnswers, risk_told
from dialogs.facts import Clock, TurnKind
from dialogs.hedged import HedgedReader
from dialogs.records import RecordReplies
from dialogs.state import CheckProgress, ConversationState
from dialogs.turn_note import TurnNote
from dialogs.typed import TypedReader
from knowledge.flow_pack import NO_LIKE, AnswerKey


class CheckTurns:
    """What a typed reply in (or just after) a check gets. Pure; built once by `TextTurns`."""

    def __init__(
        self,
        check: ConsentCheck,
        records: RecordReplies,
        hedged: HedgedReader,
        early: EarlyAnswers,
        typed: TypedReader,
    ) -> None:
        """The check, the records made when it ends, and the readers of typed replies."""
        self._check = check
        self._records = records
        self._hedged = hedged
        self._early = early
        self._typed = typed

    def told_in(
        self,
        state: ConversationState,
        check: CheckProgress,
        text: str,
        simple: str,
        *,
        reply: CheckReply | None,
        now: Clock,
        note: TurnNote,
    ) -> Result | None:
        """A longer reply in a check under way, read as an answer (`reply`) to the waiting
        question; or that question asked again after a remark that answers a later one ("the
        mum said no" at key question 3), or says someone is at risk before key question 5."""
        unable = self._check.unable(check) if self._hedged.tells_cannot_consent(simple) else None
        if unable is not None and note.risk is None:  # "he's got dementia so can't consent"
            note.kind = TurnKind.CHECK
            return state, [unable]
        later = self._early.later_question(check, text, simple, reply and reply.answer)
        if later is not None:
            note.kind = TurnKind.CHECK
            return state, [self._check.ask(check, lead=self._early.lead(later, check))]
        if reply is None:
            ahead = self._early.public_interest_ahead(check, simple)
            if ahead is None:
                return self._read_again(state, check, text, simple, note)
            note.kind = TurnKind.CHECK
            lead = risk_told(ahead, signposted=note.risk is not None)
            return state.concerned(), [self._check.ask(check, lead=lead)]
        note.kind = TurnKind.CHECK
        opening = self._typed.as_answer(simple.split(maxsplit=1)[0])
        # A correction or change of mind ("no actually yes, …") told with a harm is not taken.
        changed = reply.corrects or (
            opening not in (None, reply.answer)
            and not (opening is AnswerKey.NO and reply.answer in NO_LIKE)
        )
        told = note.risk is not None and (opening is reply.answer or changed)
        ahead = self._early.public_interest_later(check) if told else None
        if ahead is not None:
            # "no, but he threatened her with a knife": the bare answer is asked for again.
            lead = f"{NOT_TAKEN_WITH_RISK} {risk_told(ahead, signposted=True)}"
            return state.concerned(), [self._check.ask(check, lead=lead)]
        if reply.read_again:  # "yes it's already public" at key question 3: which is it?
            return self._read_again(state, check, text, simple, note, said_two=True)
        if reply.corrects:  # "wait, I meant no": the last answer given is changed
            return self._corrected(state, check, reply.answer, now, note)
        unclear = (
            self._check.needs_clear(check, reply.answer) if self._hedged.doubts(simple) else None
        )
        if unclear is not None:  # "probably" to a yes that means sharing without consent
            return state, [unclear]
        moved, replies = self.answer(state, check, reply.answer, now, note)
        if moved.check == check:  # it fitted none of the answers: asked again
            return moved, replies
        return moved, [self._check.taken_as(check.step, reply.answer), *replies]

    def _read_again(
        self,
        state: ConversationState,
        check: CheckProgress,
        text: str,
        simple: str,
        note: TurnNote,
        *,
        said_two: bool = False,
    ) -> Result | None:
        """The waiting question asked again, to be sure, after a reply that begins with an
        answer and was not read as one ("yes she said no"), or whose words say another
        (`said_two`: "yes it's already public" at key question 3); None for any other reply,
        or one telling of harm that says no other."""
        lead = self._early.read_again_lead(text, simple, quiet=note.risk is None, two=said_two)
        if lead is None:
            return None
        note.kind = TurnKind.CHECK
        return state, [self._check.ask(check, lead=lead)]

    def after_end(
        self,
        state: ConversationState,
        check: CheckProgress,
        text: str,
        simple: str,
        *,
        now: Clock,
        note: TurnNote,
    ) -> Result:
        """A longer answer typed just after `check` ended: a correction ("wait, I meant no")
        changes the answer that ended it; anything else changes nothing, and says how to."""
        fixed = (
            self._hedged.correction(text, simple) if check.answers and note.risk is None else None
        )
        if fixed is not None:
            return self._corrected(state, check, fixed, now, note)
        return state, [changed_after_end(check)]

    def _corrected(
        self,
        state: ConversationState,
        check: CheckProgress,
        answer: AnswerKey,
        now: Clock,
        note: TurnNote,
    ) -> Result:
        """The last answer of `check` (which holds one) changed to `answer`: back one question,
        and `answer` taken there, or that question asked again when it fits none of its answers."""
        back, _ = self._check.back(check)
        moved, replies = self.answer(state, back, answer, now, note)
        return moved, [self._check.changed_to(back, answer, moved.check), *replies]

    def answer(
        self,
        state: ConversationState,
        check: CheckProgress,
        answer: AnswerKey,
        now: Clock,
        note: TurnNote,
    ) -> Result:
        """The check moved on by `answer` to its pending question, with the record when it ends."""
        progress, replies = self._check.answer(check, answer, now)
        if progress.finished:
            note.record, note.outcome = self._records.finished(progress, now)
        return state.with_check(progress), replies
