"""Where in Slack a turn's replies go, and what is sent there: pure, no SDK, no I/O.

The Slack twin of `adapters.teams.outbound`. A turn asked in a direct message is answered there;
a consent check asked for anywhere else moves to the person's direct message, and where they
asked they are shown (only to them) where it went. After a crash a re-delivered event is
answered by replaying the saved turn, so the door first reads back which parts already
arrived. A pressed button's message is updated to show the choice. When an answer cannot be
delivered, the apology goes by another route: the direct message, else where it was asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from adapters.slack import inbound as convert
from adapters.slack.blocks import SlackMessage, replies_to_messages, reply_to_messages
from adapters.slack.inbound import Destination, DirectMessage, Ephemeral, Inbound, Post, Pressed
from dialogs import notices
from dialogs.contract import Answer, Press, Private, Reply
from dialogs.notices import UNAVAILABLE_REPLY

MOVED_TO_DM = notices.moved_to_private(
    "It's your direct message with infoshare: you'll find it under **Apps** in your sidebar."
)
"""The pointer left where a consent check was asked for outside a DM (the words are the core's)."""
HOW_TO_ADD = "Add me with **/invite @infoshare** in that channel, then ask again."
REFUSALS = {
    "not_in_channel": notices.NOT_A_MEMBER,
    "channel_not_found": notices.NOT_A_MEMBER,
    "is_archived": notices.ARCHIVED,
    "restricted_action": notices.NOT_ALLOWED,
    "restricted_action_read_only_channel": notices.NOT_ALLOWED,
    "restricted_action_thread_only_channel": notices.NOT_ALLOWED,
    "restricted_action_non_threadable_channel": notices.NOT_ALLOWED,
    "cannot_reply_to_message": notices.NOT_ALLOWED,
}
"""Slack's error codes for a message it will not take there, as the reason the core explains."""


@dataclass(frozen=True, slots=True)
class Sending:
    """Messages for one destination, in order."""

    to: Destination
    messages: tuple[SlackMessage, ...]


@dataclass(frozen=True, slots=True)
class Delivery:
    """What the door does with one answered turn, in this order.

    Attributes:
        answer: the replies and where they go; empty when there is nothing to send.
        event: the event id each message carries in its metadata (with its part number), so
            that a replay can read back what arrived; None for an apology.
        read_back: whether to look for parts already posted before sending (a replay).
        mark_pressed: the pressed message to show as answered, first.
        pointer: said where the person asked, before the answer, once it moved to their DM.
        pointer_after: the pointer comes after the answer instead: the answer opens with the
            signpost, which is the first thing the person sees (rule one).
        finish: whether the event is finished once every message arrived (not for an apology,
            whose event stays open for a re-delivery).
    """

    answer: Sending
    event: str | None = None
    read_back: bool = False
    mark_pressed: Pressed | None = None
    pointer: Sending | None = None
    finish: bool = True
    pointer_after: bool = False


def response_urls(found: Inbound) -> list[str]:
    """Every response URL the payload asks the door to post to (each must be Slack's)."""
    urls = [found.pressed.response_url] if found.pressed and found.pressed.response_url else []
    if isinstance(found.reply_to, Ephemeral) and found.reply_to.response_url is not None:
        urls.append(found.reply_to.response_url)
    return urls


def to_writer_alone(found: Inbound, private: Private | None) -> Inbound:
    """The turn answered so that only its writer sees it, in the thread they wrote in, when the
    core says its replies go to their writer alone (`Private.to_writer_alone`: a risk of harm
    told, or personal details typed, in a shared channel): Slack's ephemeral messages keep them
    between the two of them."""
    post = found.reply_to
    if private is None or not private.to_writer_alone or not isinstance(post, Post):
        return found
    if convert.is_direct_message(post.channel):
        return found
    return replace(found, reply_to=Ephemeral(post.channel, found.turn.user_id, post.thread_ts))


def needs_direct_message(found: Inbound, private: Private | None) -> bool:
    """Whether the turn is to be answered in the person's DM, whose id must be looked up first:
    when it is to be answered there anyway, or the core said it belongs in private (`private`,
    from `Turns.goes_private`)."""
    moved = private is not None and not private.to_writer_alone
    return moved or isinstance(found.reply_to, DirectMessage)


def moved_to_direct_message(found: Inbound, dm: str) -> tuple[Inbound, Post | Ephemeral | None]:
    """The turn moved to the DM `dm`, and where to point the person to it (None when they
    asked in that DM, or nowhere visible)."""
    asked_in = found.reply_to
    moved = convert.in_direct_message(found, dm)
    if isinstance(asked_in, Post) and asked_in.channel != dm:
        return moved, Ephemeral(asked_in.channel, found.turn.user_id, asked_in.thread_ts)
    if isinstance(asked_in, Ephemeral) and asked_in.channel != dm:
        return moved, asked_in
    return moved, None


def plan_delivery(
    answer: Answer,
    found: Inbound,
    *,
    pointer_to: Post | Ephemeral | None = None,
    as_messages: Sequence[Reply] | None = None,
) -> Delivery | None:
    """Decide what to send for an answered turn (routing only: the words are the core's).

    Args:
        answer: the core's answer to `found.turn`.
        found: the turn, and where it is answered (after any move to the DM).
        pointer_to: where the person asked, when the answer moved to their DM.
        as_messages: the replies to post as messages, when not all of them (a record form
            opened as a modal is not posted); by default every reply.

    Returns:
        The delivery, or None when there is nothing to send (a repeat of an answered event).
    """
    if not answer.replies:
        return None
    posted = answer.replies if as_messages is None else as_messages
    event = None if answer.apology else found.turn.event_id
    pointer = None
    if pointer_to is not None and not answer.replayed:
        pointer = Sending(pointer_to, tuple(reply_to_messages(MOVED_TO_DM)))
    return Delivery(
        answer=Sending(found.reply_to, tuple(replies_to_messages(posted))),
        event=event,
        read_back=answer.replayed and event is not None,
        mark_pressed=_marked(found.pressed, answer.replies),
        pointer=pointer,
        finish=not answer.apology,
        pointer_after=bool(posted) and posted[0].risk_of_harm,
    )


def _marked(pressed: Pressed | None, replies: Sequence[Reply]) -> Pressed | None:
    """The pressed message to mark, as the core says the press went: an answer taken is shown
    chosen; a "why" (the question is asked again below) or a command ("Show how it ended")
    loses its buttons and shows no choice; a refused press (a stale button, a second press)
    leaves the message as it was, and so does a press on a message everyone in a channel sees
    (one person's press is answered to them, not shown to all)."""
    press = next((r.press for r in replies if r.press is not None), Press.TAKEN)
    if pressed is None or press is Press.REFUSED or _seen_by_all(pressed):
        return None
    return pressed if press is Press.TAKEN else replace(pressed, label="")


def _seen_by_all(pressed: Pressed) -> bool:
    return (
        pressed.channel is not None
        and not pressed.ephemeral
        and not convert.is_direct_message(pressed.channel)
    )


def plan_apology(found: Inbound, refusal: str | None) -> Sending:
    """The apology after an answer was not delivered, by another route: the DM, or where it
    was asked when that was the DM. When Slack said why (`refusal`, its error code: not a
    member, archived, not allowed), the apology says what to do."""
    reason = REFUSALS.get(refusal or "")
    sorry = notices.cannot_post_there(reason, HOW_TO_ADD) if reason else UNAVAILABLE_REPLY
    in_dm = isinstance(found.reply_to, Post) and convert.is_direct_message(found.reply_to.channel)
    elsewhere = found.reply_to if in_dm else DirectMessage(found.turn.user_id)
    return Sending(elsewhere, tuple(reply_to_messages(sorry)))
