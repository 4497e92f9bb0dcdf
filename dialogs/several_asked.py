"""A typed message that asks more than one question: each numbered question answered in turn,
or the one answered said, and the rest to be asked on their own (`dialogs.several`, imported
only for such a message)."""

from __future__ import annotations

from dialogs.check_replies import CheckReply
from dialogs.commands import Result
from dialogs.facts import Clock
from dialogs.state import ConversationState
from dialogs.text_turns import TextTurns
from dialogs.turn_note import TurnNote
from knowledge.loader import Knowledge


class SeveralAsked:
    """Answers a typed message asking several questions, as one asking one is answered."""

    def __init__(self, knowledge: Knowledge, text: TextTurns) -> None:
        """`text`: the assistant's replies to a typed message (it only reads)."""
        self._text = text
        self._several = knowledge.about.several_questions
        self._several_one = knowledge.about.several_one_answered

    def each(
        self, state: ConversationState, text: str, now: Clock, note: TurnNote, *, answering: bool
    ) -> Result | None:
        """Several numbered questions answered in turn (`dialogs.several`), with no risk of
        harm told and nothing answered in a check; None otherwise."""
        if answering or ("2" not in text if note.risk is None else "?" not in text):
            return None
        from dialogs.several import answer_each  # noqa: PLC0415 (not for ask)

        return answer_each(self._text, state, text, now, note)

    def on_text(
        self,
        state: ConversationState,
        text: str,
        now: Clock,
        note: TurnNote,
        *,
        simple: str,
        reply: CheckReply | None,
        late: bool,
    ) -> Result:
        """A typed message answered (`TextTurns.on_text`), saying which question was answered
        when it asks several.

        Args:
            state: what the assistant remembered of this person's conversation.
            text: the message, cleaned.
            now: the time of the turn.
            note: what the turn did so far.
            simple: the message simplified.
            reply: what it answers in a check under way, if anything.
            late: whether it answers a check just ended.
        """
        held = state  # as it was, for each question read alone (`say_which_answered`)
        state, replies = self._text.on_text(
            state, text, now, note, simple=simple, reply=reply, late=late
        )
        if not state.in_check() and self._text.replies.asks_several(text, note):
            from dialogs.several import say_one_answered  # noqa: PLC0415 (not for ask)

            say_one_answered(replies, self._several)
        elif parts := self._second_asked(held, state, text, note):
            from dialogs.several import say_which_answered  # noqa: PLC0415 (not for ask)

            lines = (self._several_one, self._several)
            replies = say_which_answered(
                self._text, held, parts, replies, lines=lines, now=now, note=note
            )
        return state, replies

    def _second_asked(
        self, before: ConversationState, state: ConversationState, text: str, note: TurnNote
    ) -> list[tuple[str, str]]:
        """The questions of a message asking a second in a sentence ("…school and do I need
        her consent?"; `CheckReplies.second_asked`), typed outside a check with no harm told
        and not just after a signpost; an empty list otherwise."""
        if note.risk is not None or note.after_signpost or before.in_check() or state.in_check():
            return []
        return self._text.replies.second_asked(text)
