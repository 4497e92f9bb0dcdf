"""A decision-record form as a Slack modal, and its submission as a turn.

The core decides the fields (`RecordForm`); this only renders them within Block Kit's modal
limits and reads the submitted values back. The modal carries, in ``private_metadata``, only
ids: the form's submit value and where the finished record goes. What a person types travels
once, in the ``view_submission`` payload, straight into the turn. All pure but `open_forms`,
the door's glue that opens the modals.
"""

from __future__ import annotations

import json
from typing import Any

from adapters.slack import mrkdwn
from adapters.slack.delivery import Messenger
from adapters.slack.fields import dig, is_slack_id
from adapters.slack.inbound import (
    CHANNEL,
    Ephemeral,
    Inbound,
    Post,
    conversation_id,
    is_direct_message,
)
from dialogs import notices
from dialogs.contract import RecordForm, Reply, Turn

CALLBACK_ID = "infoshare-record"
TITLE_LIMIT = 24  # the modal's title, submit and close texts
LABEL_LIMIT = 2000
OPTION_TEXT_LIMIT = 75
INPUT_MAX_LENGTH = 3000
METADATA_LIMIT = 3000
MAX_FIELDS = 40
_BLOCK_PREFIX = "field:"
_ACTION_ID = "value"


def form_view(form: RecordForm, channel: str, thread_ts: str | None = None) -> dict[str, Any]:
    """The modal that lets a person fill in `form`; its record is posted to `channel`.

    Every input is optional: a record may be left partly blank and completed later.
    """
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn.to_mrkdwn(form.intro)}}
    ]
    for field in form.fields[:MAX_FIELDS]:
        element: dict[str, Any]
        if field.options:
            element = {
                "type": "static_select",
                "action_id": _ACTION_ID,
                "options": [
                    {"text": _plain(text, OPTION_TEXT_LIMIT), "value": key}
                    for key, text in field.options
                ],
            }
        else:
            element = {
                "type": "plain_text_input",
                "action_id": _ACTION_ID,
                "multiline": field.long,
                "max_length": min(form.max_chars, INPUT_MAX_LENGTH),
            }
        blocks.append(
            {
                "type": "input",
                "block_id": _BLOCK_PREFIX + field.id,
                "optional": True,
                "label": _plain(field.label, LABEL_LIMIT),
                "element": element,
            }
        )
    metadata = json.dumps({"v": form.submit_value, "c": channel, "t": thread_ts})
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "title": _plain(form.title, TITLE_LIMIT),
        "submit": _plain(form.submit_label, TITLE_LIMIT),
        "close": _plain("Cancel", TITLE_LIMIT),
        "private_metadata": metadata[:METADATA_LIMIT],
        "blocks": blocks,
    }


async def open_forms(messenger: Messenger, found: Inbound, replies: list[Reply]) -> list[Reply]:
    """Open each reply's record form as a modal; return the replies left to post as messages.

    A form that cannot be opened (no press to open it from, or Slack refused) is replaced by a
    message saying so.
    """
    if not any(r.form is not None for r in replies):
        return replies
    where = found.reply_to
    channel = where.channel if isinstance(where, Post | Ephemeral) else None
    thread = where.thread_ts if isinstance(where, Post | Ephemeral) else None
    left: list[Reply] = []
    for reply in replies:
        if reply.form is None:
            left.append(reply)
            continue
        opened = (
            found.trigger_id is not None
            and channel is not None
            and await messenger.open_view(found.trigger_id, form_view(reply.form, channel, thread))
        )
        if not opened:
            left.append(notices.form_not_opened(reply.form))
    return left


def from_view_submission(body: dict[str, Any]) -> Inbound | None:
    """A submitted record form as the turn that carries its fields; None for anything else."""
    view = body.get("view")
    user = dig(body, "user", "id")
    team = dig(body, "team", "id") or dig(body, "user", "team_id")
    if not isinstance(view, dict) or view.get("callback_id") != CALLBACK_ID:
        return None
    if not (is_slack_id(user) and is_slack_id(team) and is_slack_id(view.get("id"))):
        return None
    try:
        meta = json.loads(str(view.get("private_metadata") or ""))
    except ValueError:
        return None
    if not isinstance(meta, dict):
        return None
    value, channel, thread = meta.get("v"), meta.get("c"), meta.get("t")
    if not (isinstance(value, str) and isinstance(channel, str) and is_slack_id(channel)):
        return None
    if not (thread is None or (isinstance(thread, str) and is_slack_id(thread))):
        return None
    if not (isinstance(user, str) and isinstance(team, str)):
        return None
    turn = Turn(
        CHANNEL,
        conversation_id(team, channel, thread),
        user,
        action=value,
        event_id=f"view:{view['id']}:{user}",
        private=is_direct_message(channel),
        form=_values(dig(view, "state", "values")),
    )
    return Inbound(team, turn, Post(channel, thread))


def _values(state: object) -> tuple[tuple[str, str], ...]:
    """(field id, text) for each input of the submitted view, in order."""
    if not isinstance(state, dict):
        return ()
    found: list[tuple[str, str]] = []
    for block_id, actions in list(state.items())[:MAX_FIELDS]:
        if not (isinstance(block_id, str) and block_id.startswith(_BLOCK_PREFIX)):
            continue
        entered = actions.get(_ACTION_ID) if isinstance(actions, dict) else None
        if not isinstance(entered, dict):
            continue
        text = entered.get("value")
        if not isinstance(text, str):
            text = dig(entered, "selected_option", "value")
        if isinstance(text, str):
            found.append((block_id.removeprefix(_BLOCK_PREFIX), text[:INPUT_MAX_LENGTH]))
    return tuple(found)


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": text if len(text) <= limit else text[: limit - 1] + "…"}
