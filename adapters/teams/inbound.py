"""Raw Bot Framework activity JSON from Teams, read into a `Turn`: pure, no SDK, no I/O.

In Teams a person's dialog with the assistant follows them: whether they write in their personal
chat with it or @mention it in a channel or group chat, it is one dialog, keyed by tenant and
user. That is what lets a consent check started in a channel carry on in personal chat, where the
answers stay private (see `outbound.plan_delivery`). Each turn also says where it was written
(`Turn.place`), so that the core never lets what was said in one place shape a reply in another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from adapters.teams.mentions import strip_mentions
from dialogs.choices import WELCOME
from dialogs.contract import Turn

CHANNEL = "teams"
EDITED = "messageUpdate"
"""The activity type of a message edited after it was sent (`channelData.eventType`
``editMessage``): read by the core only for a risk of harm (`Turn.edited`)."""
CHOICE_KEY = "choice"
"""The key of `Action.Submit` data (and of a choice-list input) that carries a choice value."""
PICKED_INPUT_KEY = "input"
"""The key of `Action.Submit` data naming the choice-list input whose value was submitted."""
FIELD_PREFIX = "field:"
"""The start of the id of a record-form input: ``field:`` then the record field's id."""
MAX_FIELDS = 40
MAX_FIELD_CHARS = 4000

_TEXT_FIELDS = (
    "id",
    "channelId",
    "serviceUrl",
    "replyToId",
    "locale",
    "localTimezone",
    "textFormat",
    "name",
    "action",
    "timestamp",
    "localTimestamp",
    "inputHint",
    "deliveryMode",
    "summary",
    "speak",
)
"""Activity fields the SDK reads as text: anything else there makes it fail mid-turn."""
_OBJECT_FIELDS = ("from", "recipient", "conversation", "channelData", "relatesTo")
_LIST_FIELDS = ("entities", "attachments", "membersAdded", "membersRemoved", "reactionsAdded")


class Scope(StrEnum):
    """Where in Teams the person wrote (Bot Framework `conversation.conversationType`)."""

    PERSONAL = "personal"
    CHANNEL = "channel"
    GROUP_CHAT = "groupChat"


class InvalidActivity(ValueError):
    """The request body is not an activity this door can read; the message says why."""


@dataclass(frozen=True, slots=True)
class Account:
    """A Teams account: a person or the assistant itself."""

    id: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Inbound:
    """An activity the core should answer, with what the door needs to deliver the answer."""

    turn: Turn
    scope: Scope
    conversation_id: str
    activity_id: str | None
    service_url: str
    tenant_id: str | None
    user: Account
    bot: Account
    reply_to_id: str | None = None
    """For a card button press: the id of the message holding the card (Teams' `replyToId`)."""


@dataclass(frozen=True, slots=True)
class Ignored:
    """An activity that needs no answer (a reaction, a typing signal, someone else joining)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A person removed the assistant from their personal chat: forget their dialog.

    Attributes:
        conversation_id: the dialog's id (see `dialog_id`), as the store keys it.
    """

    conversation_id: str


def read_activity(raw: object) -> Inbound | Ignored | Removed:
    """Read one activity as Teams posts it to the bot's messaging endpoint.

    Args:
        raw: the decoded JSON body of the request.

    Returns:
        An `Inbound` for a message, a card submission, or the assistant being added to a
        conversation (a `WELCOME` action); `Removed` when a person uninstalls it from their
        personal chat; `Ignored` for every other kind of activity.

    Raises:
        InvalidActivity: when the body is not an activity, or lacks what every activity has.
    """
    if not isinstance(raw, Mapping):
        raise InvalidActivity("the body is not a JSON object")
    kind = raw.get("type")
    if not isinstance(kind, str) or not kind:
        raise InvalidActivity("the activity has no type")
    _check_field_types(raw)
    if kind == "message":
        return _message(raw)
    if kind == EDITED and _dig_text(raw, "channelData", "eventType") == "editMessage":
        return _edited(raw)
    if kind == "conversationUpdate":
        return _conversation_update(raw)
    if kind == "installationUpdate":
        return _installation_update(raw)
    return Ignored(f"activities of type {kind[:40]!r} need no answer")


def _check_field_types(raw: Mapping[str, Any]) -> None:
    for kinds, names, what in (
        (str, _TEXT_FIELDS, "text"),
        (Mapping, _OBJECT_FIELDS, "an object"),
        (list, _LIST_FIELDS, "a list"),
    ):
        for name in names:
            if raw.get(name) is not None and not isinstance(raw[name], kinds):
                raise InvalidActivity(f"the activity's {name} is not {what}")


def dialog_id(tenant_id: str | None, user_id: str) -> str:
    """The conversation id of a person's dialog: the same wherever in Teams they write."""
    return f"{tenant_id or 'no-tenant'}/{user_id}"


def _dig_text(raw: Mapping[str, Any], *path: str) -> str | None:
    """The text at `path` in nested objects, or None."""
    found: object = raw
    for name in path:
        found = found.get(name) if isinstance(found, Mapping) else None
    return found if isinstance(found, str) else None


def _edited(raw: Mapping[str, Any]) -> Inbound | Ignored:
    text = raw.get("text")
    if not isinstance(text, str):
        return Ignored("an edit without text needs no answer")
    inbound = _inbound(raw, text=strip_mentions(text, _mention_texts(raw)), action=None)
    # The edit keeps the message's id: its time tells one edit from a re-delivery of another.
    when = str(raw.get("timestamp") or raw.get("localTimestamp") or "edited")[:40]
    event_id = f"{inbound.turn.event_id}|edit:{when}" if inbound.turn.event_id else None
    turn = replace(inbound.turn, edited=True, event_id=event_id)
    return replace(inbound, turn=turn)


def _message(raw: Mapping[str, Any]) -> Inbound:
    value = raw.get("value")
    if value is not None:
        return _inbound(
            raw, text=None, action=_submitted_choice(value), form=_submitted_fields(value)
        )
    text = raw.get("text")
    if text is not None and not isinstance(text, str):
        raise InvalidActivity("the message text is not a string")
    return _inbound(raw, text=strip_mentions(text or "", _mention_texts(raw)), action=None)


def _mention_texts(raw: Mapping[str, Any]) -> tuple[str, ...]:
    bot = _account(raw, "recipient")
    return tuple(
        str(e.get("text") or "")
        for e in _list(raw.get("entities"))
        if isinstance(e, Mapping)
        and e.get("type") == "mention"
        and isinstance(e.get("mentioned"), Mapping)
        and e["mentioned"].get("id") == bot.id
    )


def _conversation_update(raw: Mapping[str, Any]) -> Inbound | Ignored:
    added = [m for m in _list(raw.get("membersAdded")) if isinstance(m, Mapping)]
    if not added:
        return Ignored("the conversation update adds no members")
    bot = _account(raw, "recipient")
    if not any(m.get("id") == bot.id for m in added):
        return Ignored("the conversation update does not add the assistant")
    return _inbound(raw, text=None, action=WELCOME)


def _installation_update(raw: Mapping[str, Any]) -> Removed | Ignored:
    """Removal from personal chat names the person; removal from a team names nobody, so
    their dialogs there simply expire."""
    conversation = raw.get("conversation")
    if not isinstance(conversation, Mapping):
        raise InvalidActivity("the activity has no conversation")
    personal = conversation.get("conversationType") in (None, Scope.PERSONAL.value)
    if not str(raw.get("action", "")).startswith("remove") or not personal:
        return Ignored("the installation update removes nothing from a personal chat")
    user = _account(raw, "from")
    return Removed(dialog_id(_tenant(raw, conversation), user.id))


def _inbound(
    raw: Mapping[str, Any],
    *,
    text: str | None,
    action: str | None,
    form: tuple[tuple[str, str], ...] = (),
) -> Inbound:
    user = _account(raw, "from")
    bot = _account(raw, "recipient")
    conversation = raw.get("conversation")
    if not isinstance(conversation, Mapping) or not _is_text(conversation.get("id")):
        raise InvalidActivity("the activity has no conversation.id")
    if not _is_wire_id(conversation["id"]):
        raise InvalidActivity("the activity's conversation.id is not a Bot Framework id")
    service_url = raw.get("serviceUrl")
    if not _is_text(service_url) or not str(service_url).startswith(("https://", "http://")):
        raise InvalidActivity("the activity has no http(s) serviceUrl")
    scope = _scope(conversation.get("conversationType"))
    tenant_id = _tenant(raw, conversation)
    conversation_id = str(conversation["id"])
    activity_id = raw.get("id") if _is_wire_id(raw.get("id")) else None
    reply_to_id = raw.get("replyToId") if _is_wire_id(raw.get("replyToId")) else None
    turn = Turn(
        channel=CHANNEL,
        conversation_id=dialog_id(tenant_id, user.id),
        user_id=user.id,
        text=text,
        action=action,
        # Teams activity ids are unique within a conversation, not across conversations.
        event_id=f"{conversation_id}|{activity_id}" if activity_id else None,
        private=scope is Scope.PERSONAL,
        form=form,
        place=conversation_id,
    )
    return Inbound(
        turn=turn,
        scope=scope,
        conversation_id=conversation_id,
        activity_id=activity_id,
        service_url=str(service_url),
        tenant_id=tenant_id,
        user=user,
        bot=bot,
        reply_to_id=str(reply_to_id) if reply_to_id is not None else None,
    )


def _submitted_choice(value: object) -> str:
    """The choice value of a card submission; "" when it carries none (the core says so)."""
    if not isinstance(value, Mapping):
        return ""
    picked = value.get(CHOICE_KEY)
    if picked is None and isinstance(value.get(PICKED_INPUT_KEY), str):
        picked = value.get(value[PICKED_INPUT_KEY])
    return picked if isinstance(picked, str) else ""


def _submitted_fields(value: object) -> tuple[tuple[str, str], ...]:
    """The record-form inputs of a card submission, as (field id, text); the core checks them."""
    if not isinstance(value, Mapping):
        return ()
    found = (
        (key.removeprefix(FIELD_PREFIX), text[:MAX_FIELD_CHARS])
        for key, text in value.items()
        if isinstance(key, str) and key.startswith(FIELD_PREFIX) and isinstance(text, str)
    )
    return tuple(found)[:MAX_FIELDS]


def _account(raw: Mapping[str, Any], field: str) -> Account:
    account = raw.get(field)
    if not isinstance(account, Mapping) or not _is_text(account.get("id")):
        raise InvalidActivity(f"the activity has no {field}.id")
    name = account.get("name")
    return Account(str(account["id"]), name if isinstance(name, str) else None)


def _scope(kind: object) -> Scope:
    if kind == Scope.CHANNEL.value:
        return Scope.CHANNEL
    if kind == Scope.GROUP_CHAT.value:
        return Scope.GROUP_CHAT
    return Scope.PERSONAL  # Teams personal chat, and the Emulator, which sends no type


def _tenant(raw: Mapping[str, Any], conversation: Mapping[str, Any]) -> str | None:
    if _is_text(conversation.get("tenantId")):
        return str(conversation["tenantId"])
    channel_data = raw.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, Mapping) else None
    if isinstance(tenant, Mapping) and _is_text(tenant.get("id")):
        return str(tenant["id"])
    return None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_wire_id(value: object) -> bool:
    # The connector puts these ids in request paths: Bot Framework ids are printable ASCII,
    # and anything else fails in the SDK's HTTP client instead of being refused here.
    return _is_text(value) and str(value).isascii() and str(value).isprintable()
