"""Turns read for a risk of harm and for nothing else: an edited message, one field of a record
form as it is typed, and a whole form as it is sent."""

from __future__ import annotations

from dialogs.check_replies import CheckReplies
from dialogs.clean_input import MAX_READ_CHARS, clean_input
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnContext, TurnFacts
from dialogs.placement import placed
from dialogs.risk_reading import RiskReading
from dialogs.signpost import Signpost
from dialogs.state import AFTER_SIGNPOST_TURNS, ConversationState
from dialogs.turn_note import TurnNote
from knowledge.risk import RiskFinding

Decision = tuple[ConversationState, list[Reply], TurnFacts]
"""The new state, the replies to send in order, and the turn's facts (no text)."""


class HarmOnly:
    """Reads the turns whose words are checked for a risk of harm alone."""

    def __init__(self, risk: RiskReading, signpost: Signpost, replies: CheckReplies) -> None:
        """`risk`, `signpost` and `replies`: the assistant's own (each only reads)."""
        self._risk, self._signpost, self._replies = risk, signpost, replies

    def form_risk(
        self, state: ConversationState, form: tuple[tuple[str, str], ...]
    ) -> RiskFinding | None:
        """The risk of harm a record form tells of as it is sent; None also when the turn just
        before was signposted (the terminal reads each field at its prompt): the completed
        record is not preceded by the same signpost again."""
        if state.after_signpost == AFTER_SIGNPOST_TURNS:
            return None
        written = " \n ".join(clean_input(text) for _, text in form[:40])
        return self._risk.detect(written[:MAX_READ_CHARS])

    def field_typed(
        self, state: ConversationState, turn: Turn, note: TurnNote, here: str | None
    ) -> Decision:
        """One field of a record form as it was typed, before the next prompt: the signpost
        when it tells of harm (rule one: at the prompt where it was told, not after the last),
        else nothing. The form's place and the rest of the conversation are left as they were;
        the field is written nowhere (the whole form is read again when it is sent). Its kind
        stays `OTHER`: a `RECORD` turn has the house fetch the last kept record."""
        written = " \n ".join(clean_input(text) for _, text in turn.form[:1])
        note.risk = self._risk.detect(written[:MAX_READ_CHARS]) if written.strip() else None
        if note.risk is None:
            return state, [], note.facts(state)
        state = state.concerned(note.risk).signposted_at(here).turned(signposted=True)
        return state, placed([self._signpost.reply(note.risk)], turn), note.facts(state)

    def edited(
        self, state: ConversationState, turn: Turn, here: str | None, context: TurnContext
    ) -> Decision:
        """An edited message: its new text is read for a risk of harm, and nothing else is done
        with it. A typo fixed is never a second answer; a risk told only in the edit gets the
        signpost, and a check waiting for an answer keeps its place."""
        note = TurnNote(context, None)
        finding = self._risk.detect(clean_input(turn.text or "", MAX_READ_CHARS))
        if finding is None or (
            turn.earlier_text is not None
            and self._risk.detect(clean_input(turn.earlier_text, MAX_READ_CHARS)) is not None
        ):
            changed = self._replies.edit_changes(state, turn.text, turn.earlier_text)
            return state, placed([changed], turn) if changed else [], note.facts(state)
        note.risk = finding
        state = state.concerned(note.risk).signposted_at(here).turned(signposted=True)
        return state, placed([self._signpost.reply(finding)], turn), note.facts(state)
