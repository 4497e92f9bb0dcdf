"""The buttons of a conversation: what pressing a command, topic, answer, "why" or record
button gets. Pure, as `dialogs.assistant.Assistant` is; it hands every pressed button here."""

from __future__ import annotations

from dialogs.answers import QAAnswers
from dialogs.check_commands import ENDED_OR_EXPIRED, FORM_SHOWN, RECORD_WRITTEN, pressed_after_end
from dialogs.check_turns import CheckTurns
from dialogs.choices import (
    AnswerPick,
    BackPick,
    BoundCommand,
    CommandPick,
    FormPick,
    RecordSubmit,
    TopicPick,
    WhyPick,
    parse_choice,
)
from dialogs.commands import CommandReplies, Result
from dialogs.consent_check import ConsentCheck
from dialogs.contract import Private, Reply, Turn
from dialogs.facts import Clock, TurnKind
from dialogs.records import RecordReplies
from dialogs.state import ConversationState
from dialogs.turn_note import TurnNote


class ButtonTurns:
    """The replies to a button pressed. Pure; built once by the `Assistant` from its parts."""

    def __init__(
        self,
        check: ConsentCheck,
        qa: QAAnswers,
        records: RecordReplies,
        commands: CommandReplies,
        answers: CheckTurns,
    ) -> None:
        """The assistant's parts a button reaches: the check, the Q&A's cards, the records,
        the commands (and their waiting question) and the check's turns (an answer taken)."""
        self._check = check
        self._qa = qa
        self._records = records
        self._commands = commands
        self._pending = commands.pending
        self._answers = answers

    def pressed(self, state: ConversationState, turn: Turn, now: Clock, note: TurnNote) -> Result:
        """What a button pressed (`turn.action`) gets: a command, a topic's card, an answer to
        the check's question or its "why", a record form or the record sent; a choice from an
        old message, or one not recognised, gets a line and the check's waiting question."""
        pick = parse_choice(turn.action or "")
        if isinstance(pick, CommandPick):
            return self._commands.pressed(state, pick.command, now, note)
        if isinstance(pick, BoundCommand | BackPick):
            return self._commands.bound(state, pick, now, note)
        if isinstance(pick, TopicPick):
            card = self._qa.entry_card(pick.number)
            if card is not None:
                note.kind, note.entry, note.picked_ref = TurnKind.TOPIC, pick.number, note.asked
                return state, [card, *self._pending(state)]
        if isinstance(pick, AnswerPick):
            note.kind = TurnKind.CHECK
            return self._answer_pick(state, pick, now, note)
        if isinstance(pick, WhyPick):
            check = state.check
            if check is not None and pick.run == check.run:
                note.kind = TurnKind.CHECK
                replies = self._check.explain(check, pick.step)
                if replies:
                    # An older question's "why": explained below, its message left as it was.
                    note.refused = check.finished or pick.step != check.step
                    return state, replies
        note.refused = True
        if isinstance(pick, FormPick | RecordSubmit):
            posts_form = isinstance(pick, FormPick) and not turn.form_in_modal
            note.shows_form = posts_form
            check = state.check
            if posts_form and state.formed and check is not None and check.run == pick.run:
                # Pressed again while the form it posted is the last thing shown (a Teams
                # double click): one line, no second form. A closed modal leaves nothing.
                return state, [Reply(text=FORM_SHOWN, private=Private.DECISION_RECORD)]
            if isinstance(pick, RecordSubmit) and state.written and check and check.run == pick.run:
                # Sent again just after it was written (a Teams double click): no second record.
                return state, [Reply(text=RECORD_WRITTEN, private=Private.DECISION_RECORD)]
            filled = self._records.fill(state.check, pick, turn.form, now, note.context)
            if filled is not None:
                note.kind, note.refused = TurnKind.RECORD, False
                note.wrote_record = isinstance(pick, RecordSubmit)
                return state, filled
            note.shows_form = False
            resumed = check is not None and check.run == pick.run and not check.finished
            said = self._records.under_way() if resumed else self._records.expired()
            return state, [said, *self._pending(state, fallback=True)]
        return state, [
            Reply(text="I didn't recognise that choice. It may be from an old message."),
            *self._pending(state, fallback=True),
        ]

    def _answer_pick(
        self, state: ConversationState, pick: AnswerPick, now: Clock, note: TurnNote
    ) -> Result:
        check = state.check
        note.refused = (
            check is None or check.run != pick.run or check.finished or pick.step != check.step
        )
        if check is None or check.run != pick.run:
            return state, [Reply(text=ENDED_OR_EXPIRED), *self._pending(state, fallback=True)]
        if check.finished or pick.step != check.step:
            given = check.answered(pick.step)
            label = self._check.answer_label(pick.step, given) if given else None
            if check.finished:
                # Said once and briefly: the outcome and record are above, never posted again.
                return state, [pressed_after_end(check, label)]
            answered = "That question has already been answered" + (
                f" as **{label}**" if label else ""
            )
            said = f"{answered}, so I haven't changed anything. Type **back** to change an answer."
            return state, [Reply(text=said), *self._pending(state, fallback=True)]
        return self._answers.answer(state, check, pick.answer, now, note)
