"""Replies as Bot Framework activity JSON, and where in Teams each one goes: pure, no SDK.

A turn's replies become one message activity. In personal chat it answers where the person
wrote; when the turn is a press of a consent-check button, the activity carries the pressed
card's message ``id``, which tells the door to update that card in place rather than post. In a
channel or group chat it answers in the same thread, except anything to do with a consent check,
and the replies to a message that told of a risk of harm: those go to the person's personal chat
with the assistant, and the thread is told only where the answer went.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.teams.cards import CONTENT_TYPE, build_card, plain_text
from adapters.teams.inbound import Account, Inbound, Scope
from dialogs import notices
from dialogs.contract import Reply

Activity = dict[str, Any]
SUMMARY_CHARS = 200
"""Notifications and the activity feed show the summary; Teams cuts it short anyway."""


@dataclass(frozen=True, slots=True)
class Delivery:
    """Where the activities of one turn go.

    Attributes:
        here: into the conversation the person wrote in (a thread reply in a channel).
        personal: into the person's personal chat with the assistant.
        moved: said here once `personal` has been delivered.
        unreachable: said here instead, when the personal chat could not be opened.
    """

    here: tuple[Activity, ...] = ()
    personal: tuple[Activity, ...] = ()
    moved: Activity | None = None
    unreachable: Activity | None = None


def reply_activity(replies: Sequence[Reply], *, lead: str | None = None) -> Activity:
    """One message activity carrying every reply of a turn as one Adaptive Card."""
    card = build_card(replies, lead=lead)
    summary = plain_text(replies[:1], lead=lead).split("\n", 1)[0]
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rstrip() + "…"
    activity: Activity = {
        "type": "message",
        "summary": summary,
        "attachmentLayout": "list",
        "attachments": [{"contentType": CONTENT_TYPE, "content": card}],
    }
    outcomes = {f"reply-{i + 1}": r.outcome.value for i, r in enumerate(replies) if r.outcome}
    if outcomes:
        # Machine-readable, for tools reading the conversation; Teams shows only the card.
        activity["value"] = {"outcomes": outcomes}
    return activity


def notice_activity(text: str) -> Activity:
    """A short message from the door itself, about where an answer went."""
    return {"type": "message", "textFormat": "markdown", "text": text}


def plan_delivery(replies: Sequence[Reply], inbound: Inbound) -> Delivery:
    """Decide where a turn's replies go (this is routing: the words are the core's)."""
    if not replies:
        return Delivery()
    if not any(r.private for r in replies):
        activity = reply_activity(replies)
        if inbound.reply_to_id and any(r.replaces_pressed for r in replies):
            activity["id"] = inbound.reply_to_id
        return Delivery(here=(activity,))
    place = "a channel" if inbound.scope is Scope.CHANNEL else "a group chat"
    name = inbound.bot.name or "the assistant"
    # A signpost comes first, before any line about where; the thread is told only that the
    # answer went to the personal chat, unless it was a consent check (the thread asked one).
    lead = None if replies[0].risk_of_harm else notices.continued_from(place)
    told = all(r.private is None or r.private.to_writer_alone for r in replies)
    moved = notices.replied_privately() if told else notices.answered_privately()
    cannot = notices.private_chat_unavailable(name, "Teams")
    signposts = [r for r in replies if r.risk_of_harm]
    # Rule one outranks privacy: a signpost that cannot go privately is given here.
    if told:
        unreachable = reply_activity(replies)
    elif signposts:
        unreachable = reply_activity([*signposts, cannot])
    else:
        unreachable = notice_activity(cannot.text)
    return Delivery(
        personal=(reply_activity(replies, lead=lead),),
        moved=notice_activity(moved.text),
        unreachable=unreachable,
    )


def addressed(
    activity: Activity,
    *,
    conversation_id: str,
    bot: Account,
    user: Account,
    reply_to_id: str | None = None,
) -> Activity:
    """The activity with its addressing filled in, as the Bot Connector API expects it."""
    full = {
        **activity,
        "conversation": {"id": conversation_id},
        "from": _account_json(bot),
        "recipient": _account_json(user),
    }
    if reply_to_id:
        full["replyToId"] = reply_to_id
    return full


def personal_conversation(inbound: Inbound) -> dict[str, Any]:
    """The body of `POST /v3/conversations` that opens the person's personal chat."""
    body: dict[str, Any] = {
        "isGroup": False,
        "bot": _account_json(inbound.bot),
        "members": [_account_json(inbound.user)],
    }
    if inbound.tenant_id:
        body["tenantId"] = inbound.tenant_id
        body["channelData"] = {"tenant": {"id": inbound.tenant_id}}
    return body


def _account_json(account: Account) -> dict[str, str]:
    return {"id": account.id, **({"name": account.name} if account.name else {})}
