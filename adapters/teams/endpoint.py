"""What both Teams hostings (botbuilder and the Agents SDK) do at `POST /api/messages` around
their SDK: refuse what must not reach it, route what it read, and retry the Bot Connector.

The hostings differ only in how the SDK checks the token and sends; these steps are the same,
so both doors call them, and a change to one is a change to both.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import math
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from adapters.http_guard import BodyRejected, parse_json, unauthenticated_refusal
from adapters.teams.inbound import (
    CHANNEL,
    Ignored,
    Inbound,
    InvalidActivity,
    Removed,
    read_activity,
)
from adapters.teams.search import COMMAND_ID, read_search, search_message, search_result
from dialogs.contract import Lookups, Turns
from dialogs.lookup import SEARCH_SLOW, SEARCH_UNKNOWN

PATH = "/api/messages"
RETRY_STATUSES = frozenset({412, 429, 502, 504})
"""Statuses the Bot Connector asks bots to retry with backoff (Teams rate limiting)."""
DEFAULT_RETRY_DELAYS = (1.0, 3.0, 9.0)
MAX_RETRY_AFTER = 20.0
NO_APP_ID = "without MicrosoftAppId"
SEARCH_DEADLINE_SECONDS = 4.0
"""How long after a search's first byte its answer may take: Teams waits five seconds."""
_log = logging.getLogger("infoshare.teams")


async def read_body(request: web.Request, *, local_only: bool) -> dict[str, Any] | web.Response:
    """The request's activity as JSON, or the refusal: 403 for a caller a local-only door must
    not hear, 400 for a body that is not a JSON object with a `type`."""
    if local_only and (refusal := _local_refusal(request)):
        return problem(403, refusal)
    try:
        body = parse_json(await request.read())
    except BodyRejected as exc:
        return problem(400, str(exc))
    if not isinstance(body, dict) or not isinstance(body.get("type"), str):
        return malformed("the body is not an activity with a type")
    return body


async def route(body: dict[str, Any], turns: Turns, *, local_only: bool) -> Inbound | web.Response:
    """The activity to answer, or the response that ends the request without a turn: an ignored
    activity, a removal (the person's dialog forgotten, unless the door cannot trust it), a
    malformed one, or a local-only door asked to reply somewhere other than this machine."""
    try:
        inbound = read_activity(body)
    except InvalidActivity as exc:
        return malformed(str(exc))
    if isinstance(inbound, Ignored):
        return web.json_response({"status": "ignored", "reason": inbound.reason})
    if isinstance(inbound, Removed):
        if local_only:
            reason = f"{NO_APP_ID} a removal is not trusted, so nothing was forgotten"
            return web.json_response({"status": "ignored", "reason": reason})
        await turns.forget(CHANNEL, inbound.conversation_id)
        return web.json_response({"status": "forgotten"})
    if local_only and not _is_loopback_url(inbound.service_url):
        return problem(403, "without MicrosoftAppId, replies go only to a local serviceUrl")
    return inbound


async def answer_search(
    body: dict[str, Any], lookups: Lookups, *, arrived: float, deadline: float
) -> web.Response:
    """Answer a message extension search (``composeExtension/query``) in the HTTP response.

    Args:
        body: the authenticated invoke activity.
        lookups: the core's search.
        arrived: `loop.time()` when the request's first byte arrived.
        deadline: seconds after `arrived` by which Teams must have its answer; a search that
            cannot finish by then is answered with `SEARCH_SLOW`.

    Returns:
        200 with the result (or the risk-of-harm signpost, shown to the searcher alone, or a
        short message when the search could not finish in time), 400 for a search that is not
        shaped as Teams sends it, 500 if the core failed.
    """
    try:
        search = read_search(body)
    except InvalidActivity as exc:
        return malformed(str(exc))
    if search.command_id != COMMAND_ID:
        return web.json_response(search_message(SEARCH_UNKNOWN))
    left = arrived + deadline - asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(max(left, 0.0)):
            found = await lookups.lookup(search.text, limit=search.skip + search.count)
            if found.notice is not None:
                return web.json_response(search_message(found.notice))
            picks = found.picks[search.skip :]
            answers = [await lookups.shared_answer(p.number) for p in picks]
    except TimeoutError:
        _log.warning("search not answered in time", extra={"seconds": deadline})
        return web.json_response(search_message(SEARCH_SLOW))
    except Exception as exc:  # the caller gets a plain answer, never a traceback
        _log.error("search failed in the Teams door", extra={"error": type(exc).__name__})
        return problem(500, "the search could not be answered")
    return web.json_response(search_result(found, answers, skip=search.skip))


def retry_after(value: str | None) -> float | None:
    """The seconds a `Retry-After` header asks for, within 0 and `MAX_RETRY_AFTER`; None if it
    gives no number."""
    try:
        seconds = float(value or "")
    except ValueError:
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER) if math.isfinite(seconds) else None


def malformed(exc: Exception | str) -> web.Response:
    """The 400 for an activity the SDK (or our reader) cannot read, naming why in one line."""
    why = exc if isinstance(exc, str) else str(exc).split("\n", 1)[0][:200] or type(exc).__name__
    return problem(400, f"not a Bot Framework activity: {why}")


def problem(status: int, reason: str) -> web.Response:
    """A refusal the caller can read: the status, and why."""
    return web.json_response({"status": "refused", "reason": reason}, status=status)


def _local_refusal(request: web.Request) -> str | None:
    peer = request.transport.get_extra_info("peername") if request.transport else None
    return unauthenticated_refusal(peer, request.headers, NO_APP_ID)


def _is_loopback_url(url: object) -> bool:
    if not isinstance(url, str):
        return False
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
