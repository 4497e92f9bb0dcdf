"""A conversation's first turn: the one-off privacy reminder among its replies."""

from __future__ import annotations

from dataclasses import replace

from dialogs.contract import Reply
from dialogs.state import ConversationState
from dialogs.texts import Texts
from dialogs.turn_note import TurnNote


def greeted(
    state: ConversationState,
    replies: list[Reply],
    note: TurnNote,
    usage: Reply | None,
    texts: Texts,
) -> ConversationState:
    """The state after a conversation's first turn, whose `replies` get the one-off privacy
    reminder: first, or just after a slash command's `usage` (the command typed is answered
    first); worded for the person at risk or their family (`note.voice`), whose signpost it
    follows; not where it was given in the same room today (a Slack channel).

    Args:
        state: the state after the turn's replies were decided.
        replies: the turn's replies, changed in place.
        note: what the turn did; marked `reminded` when the reminder is added.
        usage: a slash command's usage, given for input nothing answers, or None.
        texts: the assistant's own words.
    """
    if state.greeted:
        return state
    if state.reminded or note.context.reminded_here:
        return replace(state, greeted=True, reminded=True)
    at = 0 if usage is None else replies.index(usage) + 1
    kept = note.context.questions_kept
    if note.voice is not None or note.own_asked:
        from dialogs.writer_privacy import privacy_for_writer  # noqa: PLC0415 (only for them)

        said = privacy_for_writer(kept)
    else:
        said = texts.privacy_reminder(kept)
    replies.insert(at, Reply(text=said))
    note.reminded = True
    return replace(state, greeted=True, reminded=True)
