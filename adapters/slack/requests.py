"""The Slack door's HTTP request, before bolt: whether it is signed by Slack, and bolt's own
request for a body the door has already read and checked."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

ARRIVED_KEY = "infoshare_arrived"
"""The bolt context key holding when the request arrived (the event loop's clock)."""
_MAX_TIMESTAMP_DIGITS = 12
_MAX_SIGNATURE_CHARS = 100
# Bolt logs through the context's logger while it builds a request (a submission carrying several
# response URLs), before its app has put one there.
_BOLT_LOG = logging.getLogger("slack_bolt.AsyncApp")


def unsigned_reason(
    verifier: SignatureVerifier, headers: Mapping[str, str], raw: bytes
) -> tuple[int, str] | None:
    """Why a request is not taken as Slack's (status and reason), or None if it is.

    slack_sdk's `SignatureVerifier` checks the ``v0`` HMAC-SHA256 and that the timestamp is
    at most 5 min off. It trusts the timestamp to be a number and decodes the body as
    UTF-8, so first both headers must be plain ASCII (the timestamp ASCII digits of a sane
    length; else 401), and the body UTF-8 (else 400: no signed Slack body is anything else).
    """
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not (
        0 < len(timestamp) <= _MAX_TIMESTAMP_DIGITS
        and timestamp.isascii()
        and timestamp.isdigit()
        and 0 < len(signature) <= _MAX_SIGNATURE_CHARS
        and signature.isascii()
    ):
        return 401, "invalid signature"
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return 400, "the body is not UTF-8 text"
    if not verifier.is_valid(body, timestamp, signature):
        return 401, "invalid signature"
    return None


def bolt_request_for(
    request: web.Request, raw: bytes, body: dict[str, Any], context: dict[str, Any]
) -> AsyncBoltRequest:
    """Bolt's request for a body already read and checked (`payloads`), so that bolt neither
    parses it a second time nor reads it otherwise than it was checked.

    Bolt takes a parsed body only in Socket Mode; its constructor does nothing else by mode, so
    the request is then made an HTTP one, keeping the raw text as bolt would.
    """
    bolt_request = AsyncBoltRequest(
        body=body,
        query=request.query_string,
        headers=dict(request.headers.items()),
        context={"logger": _BOLT_LOG, **context},
        mode="socket_mode",
    )
    bolt_request.raw_body = raw.decode("utf-8")
    bolt_request.mode = "http"
    return bolt_request
