"""Slack request bodies, read and checked before slack-bolt sees them. Pure functions.

Bolt reads a body in the shapes Slack documents, and a field of another shape (``event: null``,
``actions: []``, ``authorizations`` as an object, a number where an id goes…) makes it raise
inside its dispatcher, which answers 500. A signed body of the wrong shape is not an attack
worth more than a plain acknowledgement, so the door checks the fields bolt and the converters
read, and acknowledges and ignores a body that fails, without calling bolt at all. Bodies of the
kinds the door has no listener for are ignored the same way.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from adapters.http_guard import BodyRejected, parse_json

__all__ = ["parse", "well_formed"]

_OBJECT_OR_ID = ("enterprise", "team", "user", "channel")
"""Fields bolt reads as either an id or an object holding one."""
_NESTED = ("event", "message", "previous_message", "item", "assistant_thread")
"""Objects bolt looks inside for the same fields."""
_TEXT_OR_NONE = ("type", "subtype", "team_id", "user_id", "channel_id", "enterprise_id")
_ASSISTANT_EVENTS = ("assistant_thread_started", "assistant_thread_context_changed")
# Tuples, not `str | None` unions: isinstance takes a tuple several times faster.
_ID_SHAPES = (str, dict, type(None))
_TEXT_SHAPES = (str, type(None))


def parse(raw: bytes, content_type: str) -> dict[str, Any]:
    """The body as bolt will read it: JSON, or a form whose ``payload`` field holds JSON.

    Mirrors bolt's own reading (`slack_bolt.request.internals.parse_body`), with a depth limit.

    Raises:
        BodyRejected: when the body is not UTF-8, not JSON where JSON is due, or nested too
            deeply.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyRejected("the body is not UTF-8") from None
    value: object
    if not text:
        value = {}
    elif content_type == "application/json" or text.startswith("{"):
        value = parse_json(text)
    elif "payload" in text:
        payload = dict(parse_qsl(text, keep_blank_values=True)).get("payload")
        value = {} if payload is None else parse_json(payload)
    else:
        value = dict(parse_qsl(text, keep_blank_values=True))
    if not isinstance(value, dict):
        raise BodyRejected("the body is not a JSON object or a form")
    return value


def well_formed(body: dict[str, Any]) -> bool:
    """Whether `body` is a kind the door answers, with every field bolt reads of a usable shape.

    The kinds: URL verification and SSL checks (bolt answers those itself), event callbacks,
    block actions, view submissions (a record form, the share modal), slash commands, and
    the share shortcuts.
    """
    if not _context_fields_usable(body, depth=0):
        return False
    kind = body.get("type")
    if kind in ("url_verification", "ssl_check") or "ssl_check" in body:
        return "command" not in body
    if kind == "event_callback":
        event = body.get("event")
        if not (isinstance(event, dict) and isinstance(event.get("type"), str)):
            return False
        return event["type"] not in _ASSISTANT_EVENTS or _assistant_thread_usable(event)
    if kind == "block_actions":
        actions = body.get("actions")
        first = actions[0] if isinstance(actions, list) and actions else None
        return (
            isinstance(first, dict)
            and isinstance(first.get("action_id"), str)
            and isinstance(first.get("block_id", ""), str)
            and "command" not in body
        )
    if kind == "view_submission":
        view = body.get("view")
        return (
            isinstance(view, dict)
            and isinstance(view.get("type"), str)
            and isinstance(view.get("callback_id", ""), str)
            and "command" not in body
        )
    if kind in ("shortcut", "message_action"):
        return isinstance(body.get("callback_id"), str) and "command" not in body
    return kind is None and isinstance(body.get("command"), str)


def _context_fields_usable(payload: dict[str, Any], *, depth: int) -> bool:
    """The fields bolt reads from every body to build its context (ids of the team, user,
    channel), here and in the objects it looks inside."""
    get = payload.get
    if not all(isinstance(get(name), _ID_SHAPES) for name in _OBJECT_OR_ID):
        return False
    if not all(isinstance(get(name), _TEXT_SHAPES) for name in _TEXT_OR_NONE):
        return False
    if "event" in payload and not isinstance(payload["event"], dict):
        return False
    authorizations = payload.get("authorizations")
    if authorizations is not None and not (
        isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)
    ):
        return False
    urls = payload.get("response_urls")
    if (
        "response_url" not in payload
        and "response_urls" in payload  # bolt reads the key when present, even as null
        and not (isinstance(urls, list) and all(isinstance(u, dict) for u in urls))
    ):
        return False
    if depth >= 2:
        return True
    inner = [payload.get(name) for name in _NESTED]
    inner += authorizations[:1] if isinstance(authorizations, list) else []
    return all(
        _context_fields_usable(part, depth=depth + 1) for part in inner if isinstance(part, dict)
    )


def _assistant_thread_usable(event: dict[str, Any]) -> bool:
    """Bolt's assistant middleware reads ``assistant_thread``'s channel and thread (a missing
    one makes it raise), and its ``context`` as an object."""
    thread = event.get("assistant_thread")
    return (
        isinstance(thread, dict)
        and isinstance(thread.get("channel_id"), str)
        and isinstance(thread.get("thread_ts"), str)
        and isinstance(thread.get("context", {}), dict)
    )
