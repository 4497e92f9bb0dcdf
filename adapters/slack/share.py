"""Sharing a published answer into a Slack conversation: payloads in, Block Kit out. Pure.

Three ways in, one flow after: ``/infoshare share <words>``, the global shortcut (a modal that
asks where to share and what to search for, since a global shortcut has no channel), and the
message shortcut (the message's words are the search; the answer goes into its thread). Each
becomes a `ShareRequest`; the published questions found are shown only to the person, through
the request's ``response_url``; a pick replaces that with a preview of exactly what will be
posted; and only a press of "Share it here" posts it. The buttons carry the entry number and
the thread, nothing else; the words searched for are never kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.slack import mrkdwn
from adapters.slack.blocks import Block, SlackMessage, replies_to_messages
from adapters.slack.fields import dig, slack_id
from dialogs import sharing
from dialogs.contract import Lookup, Reply

SHORTCUT_ID = "infoshare-share"
MESSAGE_SHORTCUT_ID = "infoshare-share-message"
FIND_VIEW_ID = "infoshare-share-find"
PICK, CONFIRM, CANCEL = "share-pick", "share-confirm", "share-cancel"
ACTIONS = re.compile(rf"^({PICK}|{CONFIRM}|{CANCEL})(--?\d{{1,6}})?$")
HOW_TO_START = "Use **/infoshare share** with a few words to start again."
MAX_WORDS = 500
_WHERE, _CONVERSATION, _WORDS, _WORDS_INPUT = "where", "conversation", "words", "words"
# The core's own texts (the golden rules, the key questions) have pick numbers below 1.
_VALUE = re.compile(r"(-?\d{1,6})(?:\|(\d{1,12}\.\d{1,9}))?")
_USER = re.compile(r"[UW][A-Z0-9]{2,40}")
_BUTTON_LABEL = 75


@dataclass(frozen=True, slots=True)
class ShareRequest:
    """A person asking to share a published answer: what to search for, and where it goes."""

    team: str
    user: str
    channel: str
    response_url: str
    words: str
    thread_ts: str | None = None


@dataclass(frozen=True, slots=True)
class SharePress:
    """A press of one of the flow's buttons, on the message only the person sees."""

    team: str
    user: str
    channel: str
    message_ts: str
    response_url: str
    action: str  # PICK, CONFIRM or CANCEL
    number: int | None
    thread_ts: str | None

    @property
    def once_key(self) -> str:
        """Names this message and person: its confirmation (or cancel) counts once."""
        return f"share:{self.team}/{self.channel}:{self.message_ts}:{self.user}"


def from_command(form: dict[str, Any], words: str) -> ShareRequest | None:
    """``/infoshare share <words>`` as a request to share into the command's channel."""
    team, user, channel = (
        slack_id(form.get("team_id")),
        slack_id(form.get("user_id")),
        slack_id(form.get("channel_id")),
    )
    url = form.get("response_url")
    if not (team and user and channel and isinstance(url, str)):
        return None
    said = mrkdwn.from_slack(words[: MAX_WORDS * 4]).strip()[:MAX_WORDS]
    return ShareRequest(team, user, channel, url, said)


def from_message_shortcut(body: dict[str, Any]) -> ShareRequest | None:
    """The message shortcut: the message's words are the search, its thread where it goes."""
    message = body.get("message") if isinstance(body.get("message"), dict) else {}
    assert isinstance(message, dict)
    team, user = _team(body), slack_id(dig(body, "user", "id"))
    channel, url = slack_id(dig(body, "channel", "id")), body.get("response_url")
    root = slack_id(message.get("thread_ts")) or slack_id(message.get("ts"))
    if not (team and user and channel and root and isinstance(url, str)):
        return None
    text = message.get("text") if isinstance(message.get("text"), str) else ""
    words = mrkdwn.from_slack(str(text)[: MAX_WORDS * 4]).strip()[:MAX_WORDS]
    return ShareRequest(team, user, channel, url, words, root)


def from_find_submission(body: dict[str, Any]) -> ShareRequest | None:
    """The global shortcut's modal, submitted: the conversation chosen and the words typed."""
    view = body.get("view") if isinstance(body.get("view"), dict) else {}
    assert isinstance(view, dict)
    if view.get("callback_id") != FIND_VIEW_ID:
        return None
    team, user = _team(body), slack_id(dig(body, "user", "id"))
    values = dig(view, "state", "values")
    channel = slack_id(dig(values, _WHERE, _CONVERSATION, "selected_conversation"))
    words = dig(values, _WORDS, _WORDS_INPUT, "value")
    urls = body.get("response_urls")
    url = next(
        (
            u.get("response_url")
            for u in (urls if isinstance(urls, list) else [])
            if isinstance(u, dict) and slack_id(u.get("channel_id")) == channel
        ),
        None,
    )
    if not (team and user and channel and isinstance(url, str)):
        return None
    return ShareRequest(
        team, user, channel, url, words[:MAX_WORDS] if isinstance(words, str) else ""
    )


def press(body: dict[str, Any]) -> SharePress | None:
    """A ``block_actions`` press of the flow's buttons on an ephemeral message, or None."""
    actions = body.get("actions")
    action = actions[0] if isinstance(actions, list) and actions else None
    if not isinstance(action, dict):
        return None
    found = ACTIONS.fullmatch(str(action.get("action_id") or ""))
    container = body.get("container") if isinstance(body.get("container"), dict) else {}
    assert isinstance(container, dict)
    team, user, url = _team(body), slack_id(dig(body, "user", "id")), body.get("response_url")
    channel, ts = slack_id(container.get("channel_id")), slack_id(container.get("message_ts"))
    if not (found and team and user and channel and ts and isinstance(url, str)):
        return None
    value = _VALUE.fullmatch(str(action.get("value") or ""))
    number = int(value[1]) if value else None
    thread = value[2] if value else None
    return SharePress(team, user, channel, ts, url, found[1], number, thread)


def find_view() -> dict[str, Any]:
    """The global shortcut's modal: where to share (the current conversation by default, with
    a response URL for it) and the words to search for."""
    return {
        "type": "modal",
        "callback_id": FIND_VIEW_ID,
        "title": _plain(sharing.TITLE, 24),
        "submit": _plain(sharing.FIND_LABEL, 24),
        "close": _plain(sharing.CANCEL_LABEL, 24),
        "blocks": [
            {
                "type": "input",
                "block_id": _WHERE,
                "label": _plain(sharing.WHERE_LABEL, 2000),
                "element": {
                    "type": "conversations_select",
                    "action_id": _CONVERSATION,
                    "default_to_current_conversation": True,
                    "response_url_enabled": True,
                },
            },
            {
                "type": "input",
                "block_id": _WORDS,
                "optional": True,
                "label": _plain(sharing.SEARCH_LABEL, 2000),
                "hint": _plain(sharing.SEARCH_HINT, 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": _WORDS_INPUT,
                    "max_length": MAX_WORDS,
                },
            },
        ],
    }


def picks_message(found: Lookup, thread_ts: str | None) -> SlackMessage:
    """The published questions a search found, each with a button to preview it."""
    intro = mrkdwn.to_mrkdwn(sharing.choose(found))
    blocks: list[Block] = [_section(intro)]
    lines = [intro]
    for pick in found.picks[:40]:
        text = mrkdwn.to_mrkdwn(f"**{pick.question}**\n{pick.preview}")
        lines.append(text)
        blocks.append(
            {
                **_section(text),
                "accessory": _button(
                    sharing.PREVIEW_LABEL, f"{PICK}-{pick.number}", _value(pick.number, thread_ts)
                ),
            }
        )
    return SlackMessage("\n\n".join(lines), tuple(blocks))


def preview_message(answer: Reply, number: int, thread_ts: str | None) -> SlackMessage:
    """Exactly what will be posted, with the buttons that post it or cancel."""
    intro = mrkdwn.to_mrkdwn(sharing.confirm())
    parts = replies_to_messages([answer])
    blocks: list[Block] = [_section(intro), {"type": "divider"}]
    blocks += [b for m in parts for b in m.blocks][:45]
    value = _value(number, thread_ts)
    confirm = {**_button(sharing.SHARE_LABEL, CONFIRM, value), "style": "primary"}
    blocks.append(
        {"type": "actions", "elements": [confirm, _button(sharing.CANCEL_LABEL, CANCEL, value)]}
    )
    return SlackMessage("\n\n".join([intro, *(m.text for m in parts)]), tuple(blocks))


def shared_messages(answer: Reply, user: str) -> list[SlackMessage]:
    """The answer as posted into the conversation, led by who chose to share it."""
    person = f"<@{user}>" if _USER.fullmatch(user) else "a colleague"
    marker = "\ue000"  # a private-use character: nothing in the words can be it
    line = mrkdwn.to_mrkdwn(sharing.shared_by(marker)).replace(marker, person)
    messages = replies_to_messages([answer])
    first = messages[0]
    context: Block = {"type": "context", "elements": [{"type": "mrkdwn", "text": line}]}
    messages[0] = SlackMessage(f"{line}\n\n{first.text}", (context, *first.blocks))
    return messages


def note(text: str) -> SlackMessage:
    """A short note in place of the flow's message (shared, cancelled, not shared…)."""
    said = mrkdwn.to_mrkdwn(text)
    return SlackMessage(said, (_section(said),))


def notice_messages(replies: Sequence[Reply]) -> list[SlackMessage]:
    """The core's notice for the searcher alone (the signpost), as messages."""
    return replies_to_messages(replies)


def _value(number: int, thread_ts: str | None) -> str:
    return f"{number}|{thread_ts}" if thread_ts else str(number)


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}


def _button(label: str, action_id: str, value: str) -> Block:
    return {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": mrkdwn.shorten(label, _BUTTON_LABEL), "emoji": True},
        "value": value,
    }


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": mrkdwn.shorten(text, limit)}


def _team(body: dict[str, Any]) -> str:
    """The workspace: ``team.id``, or the person's ``team_id`` (``team`` is null in some
    Enterprise Grid payloads)."""
    return slack_id(dig(body, "team", "id")) or slack_id(dig(body, "user", "team_id"))
