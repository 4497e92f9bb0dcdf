"""Slack payloads as `Turn` values, with where to answer. Pure functions over payload dicts.

Conversation ids are ``team/channel`` for a direct message and for a slash command, and
``team/channel/thread`` for a thread (in a channel, or in the direct message: each chat of the
assistant pane is one), so a consent check that moved to a direct message goes on there
whichever way the person answers next, and every chat in the pane is a dialog of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from adapters.slack import mrkdwn
from adapters.slack.fields import dig, slack_id
from dialogs.choices import HOME
from dialogs.contract import Turn

CHANNEL = "slack"
HUMAN_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
"""Message subtypes that are a person talking; joins, bots and the rest are ignored."""
EDITED = "message_changed"
"""The subtype of a message edited after it was sent: only read for a risk of harm (in a DM)."""


@dataclass(frozen=True, slots=True)
class Post:
    """Answer with ordinary messages in a conversation, in a thread if `thread_ts` is set."""

    channel: str
    thread_ts: str | None = None


@dataclass(frozen=True, slots=True)
class Ephemeral:
    """Answer so that only `user` sees it: through `response_url` when there is one."""

    channel: str
    user: str
    thread_ts: str | None = None
    response_url: str | None = None


@dataclass(frozen=True, slots=True)
class DirectMessage:
    """Answer in the person's direct message with the app (opened first)."""

    user: str


Destination = Post | Ephemeral | DirectMessage


@dataclass(frozen=True, slots=True)
class Pressed:
    """The message or Home view holding the button that was pressed, to update it after."""

    label: str
    channel: str | None = None
    ts: str | None = None
    message: dict[str, Any] | None = None
    response_url: str | None = None
    ephemeral: bool = False
    view_blocks: tuple[dict[str, Any], ...] | None = None


@dataclass(frozen=True, slots=True)
class Inbound:
    """One thing a person did in Slack: the neutral turn, and where its answer goes."""

    team: str
    turn: Turn
    reply_to: Destination
    pressed: Pressed | None = None
    trigger_id: str | None = None
    """A button press's short-lived permission to open a modal (a record form)."""


def conversation_id(team: str, channel: str, thread_ts: str | None = None) -> str:
    """The id of a conversation: a channel, or one thread in it."""
    return f"{team}/{channel}" + (f"/{thread_ts}" if thread_ts else "")


def is_direct_message(channel: str) -> bool:
    """Whether a channel id names a direct message (Slack's DM ids start with D)."""
    return channel.startswith("D")


def from_event(body: dict[str, Any], bot_user_id: str | None = None) -> Inbound | None:
    """An ``event_callback`` body (``message.im`` or ``app_mention``) as an inbound turn.

    The app's own user id is taken from `bot_user_id`, else from the body's
    ``authorizations`` (the Events API sends them).

    Returns None for anything that is not a person talking to the assistant: bots (this one
    included), edits, deletions, joins and other subtypes, and messages outside a DM that do
    not mention the app.
    """
    event = body.get("event")
    if not isinstance(event, dict):
        return None
    bot_user_id = bot_user_id or _bot_user(body)
    if event.get("subtype") == EDITED:
        return _edited(body, event, bot_user_id)
    team = slack_id(body.get("team_id") or event.get("team"))
    user, channel, ts = (
        slack_id(event.get("user")),
        slack_id(event.get("channel")),
        slack_id(event.get("ts")),
    )
    text = event.get("text")
    if (
        not (team and user and channel and ts)
        or not isinstance(text, str)
        or event.get("subtype") not in HUMAN_SUBTYPES
        or event.get("bot_id")
        or event.get("bot_profile")
        or (bot_user_id is not None and user == bot_user_id)
    ):
        return None
    event_id = slack_id(body.get("event_id")) or f"{channel}:{ts}"
    thread = slack_id(event.get("thread_ts")) or None
    said = mrkdwn.from_slack(_without_mention(text, bot_user_id)).strip()
    if event.get("type") == "message" and event.get("channel_type") == "im":
        # A thread in the DM (each chat of the assistant pane is one) is a dialog of its own.
        conversation = conversation_id(team, channel, thread)
        turn = Turn(CHANNEL, conversation, user, text=said, event_id=event_id)
        return Inbound(team, turn, Post(channel, thread))
    if event.get("type") == "app_mention" and not is_direct_message(channel):
        root = thread or ts
        turn = Turn(
            CHANNEL,
            conversation_id(team, channel, root),
            user,
            text=said,
            event_id=event_id,
            private=False,
            room=conversation_id(team, channel),
        )
        return Inbound(team, turn, Post(channel, root))
    return None


def _edited(body: dict[str, Any], event: dict[str, Any], bot_user_id: str | None) -> Inbound | None:
    """A person's edit of a message in their DM with the app (``message_changed``), as a turn
    the core reads only for a risk of harm (`Turn.edited`). Slack sends channel edits only to
    apps reading every channel message, which this one does not."""
    message, before = _dict(event.get("message")), _dict(event.get("previous_message"))
    team = slack_id(body.get("team_id") or event.get("team") or message.get("team"))
    user, channel = slack_id(message.get("user")), slack_id(event.get("channel"))
    text, earlier = message.get("text"), before.get("text")
    if (
        not (team and user and channel and slack_id(message.get("ts")))
        or not isinstance(text, str)
        or not is_direct_message(channel)
        # A person's edit carries `edited`; Slack's own changes (a link unfurled, a thread's
        # reply count) do not, and are not something the person said.
        or not isinstance(message.get("edited"), dict)
        or message.get("bot_id")
        or message.get("bot_profile")
        or message.get("subtype") not in HUMAN_SUBTYPES
        or (bot_user_id is not None and user == bot_user_id)
    ):
        return None
    thread = slack_id(message.get("thread_ts")) or None
    event_id = slack_id(body.get("event_id")) or None
    turn = Turn(
        CHANNEL,
        conversation_id(team, channel, thread),
        user,
        text=mrkdwn.from_slack(_without_mention(text, bot_user_id)).strip(),
        event_id=event_id,
        edited=True,
        earlier_text=(
            mrkdwn.from_slack(_without_mention(earlier, bot_user_id)).strip()
            if isinstance(earlier, str)
            else None
        ),
    )
    return Inbound(team, turn, Post(channel, thread))


def from_command(form: dict[str, Any]) -> Inbound | None:
    """A slash command (``/infoshare …``) as an inbound turn; answered only to its sender.

    An empty command asks for help, as Slack's guidelines expect.
    """
    team, user = slack_id(form.get("team_id")), slack_id(form.get("user_id"))
    channel, trigger = slack_id(form.get("channel_id")), slack_id(form.get("trigger_id"))
    response_url = form.get("response_url")
    if not (team and user and channel) or not isinstance(response_url, str):
        return None
    said = mrkdwn.from_slack(str(form.get("text") or "")).strip() or "help"
    turn = Turn(
        CHANNEL,
        conversation_id(team, channel),
        user,
        text=said,
        event_id=f"command:{trigger}" if trigger else None,
        private=is_direct_message(channel),
        command=True,
        room=None if is_direct_message(channel) else conversation_id(team, channel),
    )
    return Inbound(team, turn, Ephemeral(channel, user, response_url=response_url))


def from_action(body: dict[str, Any]) -> Inbound | None:
    """A ``block_actions`` button press as an inbound turn (see `_from_action`), with the
    press's ``trigger_id`` for opening a modal: a record form it asks for opens as one."""
    found = _from_action(body)
    if found is None:
        return None
    trigger = slack_id(body.get("trigger_id")) or None
    return replace(found, turn=replace(found.turn, form_in_modal=True), trigger_id=trigger)


def _from_action(body: dict[str, Any]) -> Inbound | None:
    """A ``block_actions`` button press as an inbound turn, with the message to update after.

    The event id names the message (or Home view version) and the person, not the click, so a
    double click, or two buttons of one message pressed before it is updated, answer once.
    """
    actions = body.get("actions")
    action = actions[0] if isinstance(actions, list) and actions else None
    user = slack_id(dig(body, "user", "id"))
    team = slack_id(dig(body, "team", "id") or dig(body, "user", "team_id"))
    if not isinstance(action, dict) or not (user and team):
        return None
    value = action.get("value")
    if not isinstance(value, str) and isinstance(action.get("selected_option"), dict):
        value = action["selected_option"].get("value")
    if not isinstance(value, str) or not value:
        return None
    label = str(
        dig(action, "text", "text") or dig(action, "selected_option", "text", "text") or value
    )
    container = _dict(body.get("container"))
    response_url = body.get("response_url") if isinstance(body.get("response_url"), str) else None
    if container.get("type") == "view" or isinstance(body.get("view"), dict):
        view = _dict(body.get("view"))
        view_id = slack_id(view.get("id") or container.get("view_id"))
        blocks = view["blocks"] if isinstance(view.get("blocks"), list) else []
        turn = Turn(
            CHANNEL,
            "",  # settled when the direct message is opened
            user,
            action=value,
            event_id=f"press:{view_id}:{slack_id(view.get('hash'))}:{user}",
        )
        pressed = Pressed(label, view_blocks=tuple(b for b in blocks if isinstance(b, dict)))
        return Inbound(team, turn, DirectMessage(user), pressed)
    channel = slack_id(container.get("channel_id") or dig(body, "channel", "id"))
    message = body["message"] if isinstance(body.get("message"), dict) else None
    ts = slack_id(container.get("message_ts") or (message or {}).get("ts"))
    if not (channel and ts):
        return None
    # One press per button of a message and person: a double click is answered once, and a
    # refused press (its message left as it was) leaves the message's other buttons live.
    button = slack_id(action.get("action_id"))
    event_id = f"press:{channel}:{ts}:{user}:{button}"
    ephemeral = bool(container.get("is_ephemeral"))
    pressed = Pressed(label, channel, ts, message, response_url, ephemeral)
    if ephemeral:
        turn = Turn(
            CHANNEL,
            conversation_id(team, channel),
            user,
            action=value,
            event_id=event_id,
            private=is_direct_message(channel),
        )
        return Inbound(team, turn, Ephemeral(channel, user, response_url=response_url), pressed)
    thread = slack_id((message or {}).get("thread_ts")) or None
    if is_direct_message(channel):
        conversation = conversation_id(team, channel, thread)
        turn = Turn(CHANNEL, conversation, user, action=value, event_id=event_id)
        return Inbound(team, turn, Post(channel, thread), pressed)
    turn = Turn(
        CHANNEL,
        conversation_id(team, channel, thread or ts),
        user,
        action=value,
        event_id=event_id,
        private=False,
        room=conversation_id(team, channel),
    )
    return Inbound(team, turn, Post(channel, thread or ts), pressed)


def home_opened(body: dict[str, Any]) -> Turn | None:
    """An ``app_home_opened`` event for the Home tab as the turn that asks for the home page."""
    event = body.get("event")
    if not isinstance(event, dict) or event.get("tab") != "home":
        return None
    team, user = slack_id(body.get("team_id")), slack_id(event.get("user"))
    if not (team and user):
        return None
    event_id = slack_id(body.get("event_id")) or None
    return Turn(CHANNEL, f"{team}/home", user, action=HOME, event_id=event_id)


def in_direct_message(inbound: Inbound, dm_channel: str) -> Inbound:
    """The same inbound turn, moved to the person's direct message with the app."""
    turn = replace(
        inbound.turn, conversation_id=conversation_id(inbound.team, dm_channel), private=True
    )
    return Inbound(inbound.team, turn, Post(dm_channel), inbound.pressed, inbound.trigger_id)


def _bot_user(body: dict[str, Any]) -> str | None:
    found = body.get("authorizations")
    first = found[0] if isinstance(found, list) and found else None
    if isinstance(first, dict) and first.get("is_bot"):
        return slack_id(first.get("user_id")) or None
    return None


def _without_mention(text: str, bot_user_id: str | None) -> str:
    if bot_user_id:
        return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    return re.sub(r"^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>", " ", text)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
