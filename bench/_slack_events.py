"""Signed Slack `app_mention` events, as the Slack benches send them."""

from __future__ import annotations

import hashlib
import hmac
import json
import time


def signed_mention(
    secret: str, question: str, *, event_id: str, ts: str, person: str
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of one `app_mention` event from `person`, signed with `secret`."""
    body = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "api_app_id": "A1",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": {
                "type": "app_mention",
                "user": f"U{person}",
                "channel": f"C{person}",
                "text": f"<@UBOT> {question}",
                "ts": ts,
                "event_ts": ts,
            },
        }
    ).encode()
    stamp = str(int(time.time()))
    signature = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    return body, {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": "v0=" + signature.hexdigest(),
    }
