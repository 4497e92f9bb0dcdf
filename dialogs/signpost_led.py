"""The signpost put first: a turn that tells of a risk of harm gets the signpost ahead of its
other replies, written for what was told and by whom, with the notes its words call for."""

from __future__ import annotations

from dialogs.contract import Reply, Turn
from dialogs.public_door import PublicDoor
from dialogs.public_notes import PublicNotes
from dialogs.scam_call import ScamCall
from dialogs.signpost import Signpost
from dialogs.state import ConversationState
from dialogs.told_notes import ToldNotes
from dialogs.turn_note import TurnNote
from dialogs.typed import simplify
from knowledge.loader import Knowledge


class SignpostLed:
    """Leads a turn's replies with the signpost when the turn tells of a risk of harm."""

    def __init__(self, knowledge: Knowledge, signpost: Signpost) -> None:
        """`signpost`: the assistant's own signpost replies (it only reads)."""
        about, scams = knowledge.about, knowledge.typed_words.scam_told
        self._signpost = signpost
        self._scam = ScamCall(scams, about.scam_call, about.scam_report)
        self._public = PublicDoor(knowledge.typed_words.friend, scams)
        self._told_notes = ToldNotes(knowledge)  # a cold home, an offender's partner
        self._public_notes = PublicNotes(knowledge.about, knowledge.risk)  # …in the public's words

    def lead(
        self,
        state: ConversationState,
        held: ConversationState,
        turn: Turn,
        note: TurnNote,
        replies: list[Reply],
        *,
        here: str | None,
    ) -> ConversationState:
        """Put the signpost first in `replies` when `note.risk` tells of harm, and return the
        state that remembers it; `state` unchanged otherwise.

        Args:
            state: the state after the turn's replies were decided.
            held: the state as the turn found it (a check under way names the case).
            turn: what the person did.
            note: what the turn did so far; its `risk` gains the notes its words call for.
            replies: the turn's replies, changed in place.
            here: the place of the turn (`dialogs.state.place_of`).
        """
        if note.risk is None:
            return state
        note.risk = self._told_notes.added(note.risk, simplify(turn.text or ""))
        said = turn.text if held.in_check() else None  # harm told in a check: whom it names
        simple = simplify(turn.text) if turn.text else ""
        alone = self._public.alone(simple, note.voice)  # "next door", their own scam call
        notes = self._public_notes.worded(note.risk, note.voice)
        signpost = self._signpost.reply(
            note.risk, note.voice, held.case(), said, alone=alone, notes=notes
        )
        if simple:  # "move my savings to a safe account": a scam, said next (tryout123)
            signpost = self._scam.added(signpost, simple, own=alone)
        replies.insert(0, signpost)
        lines = self._signpost.line_ids(note.risk)
        state = state.concerned(note.risk, lines).signposted_at(here)
        from dialogs.parent_harmed_too import home_marked  # noqa: PLC0415 (only harm)

        return home_marked(state, note.risk, simplify(turn.text or ""))  # a parent named
