"""Checks every HTTP door makes before it reads a request: JSON depth, and who may call a door
that has no authentication.

JSON: `json.loads` recurses once per level of nesting, and so does much of what reads the result
afterwards (the SDKs' deserialisers), so deeply nested JSON ends in `RecursionError` somewhere
deep in a library. `parse_json` and `check_depth` refuse it with `BodyRejected` instead, before any
library sees it.

Doors without authentication (Slack with no signing secret under ``--dev``; Teams with no
Microsoft app id) serve only callers on this machine, and only when the request did not come
through a proxy. `unauthenticated_refusal` says why a request must be refused, or None.

Its limits: a proxy on this machine that adds none of the headers below cannot be told from a
local client (the proxy's connection is local too). That is why `infoshare serve` will not listen
on a non-loopback address while a door is unauthenticated unless told so explicitly.
"""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "MAX_JSON_DEPTH",
    "BodyRejected",
    "check_depth",
    "forwarding_headers",
    "is_loopback_peer",
    "nested_deeper_than",
    "parse_json",
    "unauthenticated_refusal",
]

MAX_JSON_DEPTH = 64

# One token at a time: a run of ordinary characters, an escape, or one mark. Every character
# starts exactly one token, so the scan is linear however the body is made.
_JSON_MARKS = re.compile(r'[^"\\\[\]{}]+|\\.?|["\[\]{}]', re.DOTALL)
"""The deepest nesting of arrays and objects a door accepts; real payloads stay under 15."""
_CONTAINERS = (dict, list)

_FORWARDING_HEADERS = frozenset(
    {
        "forwarded",
        "via",
        "x-real-ip",
        "x-client-ip",
        "client-ip",
        "true-client-ip",
        "cf-connecting-ip",
        "fastly-client-ip",
        "x-cluster-client-ip",
        "x-original-forwarded-for",
        "x-proxyuser-ip",
        "x-arr-clientip",
        "x-azure-clientip",
        "x-azure-socketip",
        "x-appengine-user-ip",
        "x-envoy-external-address",
    }
)
_FORWARDING_PREFIXES = (
    "x-forwarded-",
    "x-original-",
    "x-real-",
    "x-client-",
    "x-proxy",
    "x-envoy-",
    "x-amzn-",
    "x-azure-",
    "x-arr-",
    "cf-",
    "fastly-",
    "x-vercel-",
)


class BodyRejected(ValueError):
    """The request body is not something a door will read; the message says why, briefly."""


def parse_json(raw: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON value in `raw`, nested no deeper than `max_depth`.

    Raises:
        BodyRejected: when `raw` is not UTF-8 JSON, or is nested too deeply.
    """
    if nested_deeper_than(raw, max_depth):
        raise BodyRejected("the JSON is nested too deeply")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise BodyRejected("the JSON is nested too deeply") from None
    except (UnicodeDecodeError, ValueError):
        raise BodyRejected("the body is not JSON") from None
    check_depth(value, max_depth=max_depth)
    return value


def nested_deeper_than(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text `raw` opens more than `max_depth` containers inside each other,
    read from the text itself (brackets inside strings not counted), so that a hostile body
    never reaches `json.loads`: the decoder recurses once a level, and at the interpreter's
    recursion limit whatever else runs then (a finaliser, a warning) fails as well."""
    if isinstance(raw, bytes):
        opened = raw.count(b"[") + raw.count(b"{")
    else:
        opened = raw.count("[") + raw.count("{")
    if opened <= max_depth:
        return False  # too few openings to be too deep: no scan
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    depth = 0
    in_string = False
    for token in _JSON_MARKS.finditer(text):
        mark = token[0]
        if mark == '"':
            in_string = not in_string
        elif in_string or len(mark) != 1:
            continue
        elif mark in "[{":
            depth += 1
            if depth > max_depth:
                return True
        elif mark in "]}":
            depth -= 1
    return False


def check_depth(value: object, *, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse a decoded JSON value nested deeper than `max_depth` (checked without recursion).

    Raises:
        BodyRejected: when it is nested too deeply.
    """
    if not isinstance(value, dict | list):
        return
    # Only containers go on the stack: most of a body's values are strings and numbers.
    stack: list[tuple[dict[str, object] | list[object], int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= max_depth:
            raise BodyRejected("the JSON is nested too deeply")
        children: Iterable[object] = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children if isinstance(child, _CONTAINERS))


def forwarding_headers(headers: Mapping[str, str]) -> list[str]:
    """The names of headers in `headers` that a proxy or load balancer adds."""
    found = []
    for name in headers:
        folded = name.lower()
        if folded in _FORWARDING_HEADERS or folded.startswith(_FORWARDING_PREFIXES):
            found.append(name)
    return found


def is_loopback_peer(peer: object) -> bool:
    """Whether a socket peer (``transport.get_extra_info("peername")``) is on this machine."""
    host = peer[0] if isinstance(peer, tuple) and peer else None
    if not isinstance(host, str):
        return False
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def unauthenticated_refusal(peer: object, headers: Mapping[str, str], door: str) -> str | None:
    """Why a door without authentication must refuse this request, or None if it may serve it.

    Args:
        peer: the connection's peer address, as the transport gives it.
        headers: the request headers.
        door: what the door lacks, for the reason (e.g. "without MicrosoftAppId").
    """
    if forwarding_headers(headers):
        return f"{door} this endpoint serves this machine only, not a proxy"
    if not is_loopback_peer(peer):
        return f"{door} this endpoint serves this machine only"
    return None
