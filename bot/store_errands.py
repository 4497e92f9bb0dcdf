"""The pipeline's store calls outside a turn: forgetting a conversation, a one-off claim."""

from __future__ import annotations

import logging
import secrets

from bot.stores.protocol import Store
from dialogs.contract import ConversationKey

_log = logging.getLogger("infoshare.turns")


async def forget(store: Store, channel: str, conversation_id: str, *, nested: bool) -> int:
    """Delete every key of one conversation (every user's in it, and kept records); return
    how many went. A failure is logged and counts as none: the keys still expire.

    Args:
        store: where the conversations are kept.
        channel: the door (``"slack"``, ``"teams"``).
        conversation_id: the conversation, or with `nested` the start of the ids of the
            conversations under it (a Slack workspace: ``team`` for ``team/channel…``).
        nested: also delete every conversation whose id is ``conversation_id/…``.
    """
    prefixes = [ConversationKey(channel, conversation_id, "").as_str()]
    if nested:
        prefixes.append(f"{channel}|{conversation_id}/")
    try:
        return sum([await store.delete_prefix(prefix) for prefix in prefixes])
    except Exception as exc:
        _log.warning("forget failed", extra={"error": type(exc).__name__, "channel": channel})
        return 0


async def claim_once(store: Store, event: str, ttl_seconds: float) -> bool:
    """Claim `event` (``channel|id``) and finish it at once, for `ttl_seconds`; False when
    already claimed, or when the store fails (better nothing than twice)."""
    owner = secrets.token_hex(8)
    try:
        if not await store.claim_event(event, ttl_seconds, owner=owner):
            return False
        await store.finish_event(event, ttl_seconds, owner=owner)
    except Exception as exc:
        channel = event.split("|", maxsplit=1)[0]
        _log.warning("claim failed", extra={"error": type(exc).__name__, "channel": channel})
        return False
    return True
