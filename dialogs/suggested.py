"""A "yes" or a number typed just after "Did you mean": the entry offered, taken.

Tryout38 (#15, "Smaller things"): "Did you mean: What are the key factors…?" then "yes" got
"There's no question waiting for an answer just now", three times over. The entries offered are
remembered for one turn (`ConversationState.suggested`, numbers only, while `listed` is
`Listed.SUGGESTED`): a "yes" takes the one offered, or, of several, asks which, with the same
buttons, its place kept; "2" or "the second one" takes that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.choices import Command, command_value, topic_value
from dialogs.contract import Choice, Reply
from dialogs.facts import TurnKind
from knowledge.flow_pack import AnswerKey

if TYPE_CHECKING:
    from dialogs.answers import QAAnswers
    from dialogs.state import ConversationState
    from dialogs.turn_note import TurnNote
    from dialogs.typed import TypedReader
    from knowledge.loader import Knowledge


_CHECK = Choice("Start a consent check", command_value(Command.CHECK))


class SuggestionTaken:
    """The reply to a "yes" or a number for an entry "Did you mean" offered. Pure."""

    def __init__(self, knowledge: Knowledge, qa: QAAnswers, typed: TypedReader) -> None:
        self._knowledge = knowledge
        self._qa = qa
        self._typed = typed

    def reply(
        self, state: ConversationState, simple: str, note: TurnNote, number: int | None
    ) -> Reply | None:
        """What a message gets just after "Did you mean" (`note.listed`) outside a check: the
        entry offered, for a bare "yes" (`simple`) to one or for `number` (the number typed,
        if any); which one, for a "yes" to several or a number out of range; None for any
        other message, which is read as ever."""
        offered = state.suggested
        if not offered or state.in_check():
            return None
        if number is None and self._typed.as_answer(simple) is not AnswerKey.YES:
            return None
        if number is not None and 1 <= number <= len(offered):
            picked: int | None = offered[number - 1]
        else:
            picked = offered[0] if number is None and len(offered) == 1 else None
        card = self._qa.entry_card(picked) if picked is not None else None
        if card is not None:
            note.kind, note.entry, note.picked_ref = TurnKind.TOPIC, picked, note.asked
            return card
        return self._which(offered, note)

    def _which(self, offered: tuple[int, ...], note: TurnNote) -> Reply:
        """Which of the entries offered is meant, with their buttons again, the list kept, and
        the consent check offered for a decision none of them is about."""
        choices = tuple(
            Choice(entry.question, topic_value(entry.number))
            for entry in (self._knowledge.entry(n) for n in offered)
            if entry is not None
        )
        listed = "\n".join(f"{i}. {c.label}" for i, c in enumerate(choices, 1))
        note.kind, note.shows, note.suggestions = TurnKind.SUGGESTED, note.listed, offered
        return Reply(
            text=f"Which one did you mean? Pick it below, or type its number.\n{listed}\n\n"
            "If none of them is it and you have a decision to make, the consent check walks "
            "you through the guidance's key questions.",
            choices=(*choices, _CHECK),
        )
