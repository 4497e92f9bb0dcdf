"""The Try again button offered when the store cannot be reached, and reading its press back."""

from __future__ import annotations

from dataclasses import replace

from dialogs.contract import Choice, Reply, Turn
from dialogs.notices import UNAVAILABLE_REPLY

RETRY_LABEL = "Try again"
RETRY_PREFIX = "again:"
"""A Try again button's value: the failed event's id, then the pressed value (see `retried`)."""


def unavailable_reply(turn: Turn) -> Reply:
    """The apology when the store cannot be reached, with a way to retry.

    A pressed button is offered again, carrying the failed event's id: if that turn was in fact
    saved just as the store went away, pressing Try again replays its answer instead of
    treating the press as a second answer. Typed words cannot be offered back, because they
    are never kept.
    """
    if turn.action is None:
        return UNAVAILABLE_REPLY
    value = turn.action
    if turn.event_id is not None and not value.startswith(RETRY_PREFIX):
        value = f"{RETRY_PREFIX}{turn.event_id}|{turn.action}"
    return Reply(text=UNAVAILABLE_REPLY.text, choices=(Choice(RETRY_LABEL, value),))


def retried(turn: Turn) -> tuple[str | None, Turn]:
    """For a Try again press: the failed event's id, and the turn as first pressed."""
    if turn.action is None or not turn.action.startswith(RETRY_PREFIX):
        return None, turn
    failed, _, action = turn.action.removeprefix(RETRY_PREFIX).partition("|")
    return (failed or None), replace(turn, action=action or None)
