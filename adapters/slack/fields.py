"""Reading fields out of Slack payloads that may be malformed or hostile."""

from __future__ import annotations

MAX_ID = 200
"""The longest id or timestamp taken from a payload; Slack's are far shorter."""


def is_slack_id(value: object) -> bool:
    """Whether `value` is plausible as a Slack id or timestamp: short printable text."""
    return isinstance(value, str) and 0 < len(value) <= MAX_ID and value.isprintable()


def slack_id(value: object) -> str:
    """A Slack id or timestamp as text, or "" if absent or implausible."""
    return value if isinstance(value, str) and is_slack_id(value) else ""


def dig(data: object, *path: str) -> object:
    """The value at `path` in nested objects, or None where any step is missing or not one."""
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
