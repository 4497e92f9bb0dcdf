"""The Bot Framework's token-signing keys, fetched without blocking the server.

The SDK checks each token against signing keys it downloads from Microsoft's OpenID metadata,
with a blocking ``requests`` call and no timeout, on the event loop; and a failed download is
tried again on the very next request. Anyone can send a token naming Microsoft's issuer, so one
slow or unreachable key server (or many forged tokens) stalled every door and `/healthz`.

`install` gives the SDK this module's key sets instead, through the SDK's own per-URL cache
(`JwtTokenExtractor.metadataCache`, process-wide by the SDK's design). A key set:

- fetches with aiohttp, off the loop's critical path, with a timeout, one fetch at a time;
- keeps the last good keys, and uses them when a later refresh fails;
- after a failure, waits `RETRY_AFTER_FAILURE_SECONDS` before fetching again, answering
  "unavailable" (503) at once meanwhile if it has no keys at all;
- refreshes daily, and for a key id it has not seen at most every `UNKNOWN_KEY_REFRESH_SECONDS`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import aiohttp
from botframework.connector.auth import JwtTokenExtractor  # type: ignore[import-untyped]
from jwt.algorithms import RSAAlgorithm

__all__ = [
    "FETCH_TIMEOUT_SECONDS",
    "KeySet",
    "KeySets",
    "KeysUnavailable",
    "install",
]

FETCH_TIMEOUT_SECONDS = 5.0
"""How long fetching the metadata and the keys may take, together."""
REFRESH_SECONDS = 24 * 3600.0
UNKNOWN_KEY_REFRESH_SECONDS = 600.0
RETRY_AFTER_FAILURE_SECONDS = 30.0
MIN_REFRESH_GAP_SECONDS = 1.0
"""Requests waiting on one fetch use its outcome rather than fetching again."""
_MAX_KEYS_BYTES = 256 * 1024
_log = logging.getLogger("infoshare.teams")


class KeysUnavailable(OSError):
    """The signing keys could not be fetched (the door answers 503: try again later)."""


class UnknownKey(LookupError):
    """The token names a key the key server does not publish (the door answers 401)."""


@dataclass(frozen=True, slots=True)
class SigningKey:
    """What the SDK reads of a key: the public key and the channels it is endorsed for."""

    public_key: Any
    endorsements: list[str]


class KeySet:
    """The signing keys published at one OpenID metadata URL (the SDK's `_OpenIdMetadata`)."""

    def __init__(
        self, url: str, *, timeout: float = FETCH_TIMEOUT_SECONDS, keys_only: bool = False
    ) -> None:
        """Keys published at `url`: OpenID metadata naming a key set, or (`keys_only`) the key
        set itself, as the Microsoft 365 Agents SDK names it."""
        self.url = url
        self._timeout = timeout
        self._keys_only = keys_only
        self._keys: dict[str, SigningKey] | None = None
        self._fetched_at = 0.0
        self._retry_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self, key_id: str | None) -> SigningKey:
        """The key with this id, fetching the key set first if it is due.

        Raises:
            KeysUnavailable: when no keys could be fetched, now or recently.
            UnknownKey: when the key set has no key with this id.
        """
        now = time.monotonic()
        stale = self._keys is None or now - self._fetched_at > REFRESH_SECONDS
        unknown = key_id not in (self._keys or {})
        if stale or (unknown and now - self._fetched_at > UNKNOWN_KEY_REFRESH_SECONDS):
            await self._refresh()
        if self._keys is None:
            raise KeysUnavailable("the signing keys could not be fetched")
        key = self._keys.get(key_id or "")
        if key is None:
            raise UnknownKey("the token names no published signing key")
        return key

    async def _refresh(self) -> None:
        async with self._lock:  # one fetch at a time; the others wait for its outcome
            now = time.monotonic()
            just_fetched = now - self._fetched_at < MIN_REFRESH_GAP_SECONDS
            if now < self._retry_at or (self._keys is not None and just_fetched):
                return  # failed a moment ago, or another request has just fetched
            try:
                self._keys = await asyncio.wait_for(self._fetch(), self._timeout)
                self._fetched_at = time.monotonic()
            except (aiohttp.ClientError, OSError, TimeoutError, ValueError) as exc:
                self._retry_at = time.monotonic() + RETRY_AFTER_FAILURE_SECONDS
                _log.warning(
                    "teams: signing keys not fetched",
                    extra={"error": type(exc).__name__, "status": "kept" if self._keys else "none"},
                )

    async def _fetch(self) -> dict[str, SigningKey]:
        timeout = aiohttp.ClientTimeout(total=self._timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            keys_url: object = self.url
            if not self._keys_only:
                metadata = await _get_json(session, self.url)
                keys_url = metadata.get("jwks_uri") if isinstance(metadata, dict) else None
            if not isinstance(keys_url, str) or not keys_url.startswith(("https://", "http://")):
                raise ValueError("the OpenID metadata names no key set")
            published = await _get_json(session, keys_url)
        keys = published.get("keys") if isinstance(published, dict) else None
        if not isinstance(keys, list):
            raise ValueError("the key set has no keys")
        found: dict[str, SigningKey] = {}
        for key in keys:
            kid = key.get("kid") if isinstance(key, dict) else None
            endorsements = key.get("endorsements", []) if isinstance(key, dict) else []
            if not isinstance(kid, str) or not isinstance(endorsements, list):
                continue
            try:
                public_key = RSAAlgorithm.from_jwk(json.dumps(key))
            except Exception:  # noqa: S112 (a key we cannot read is a key we do not use)
                continue
            found[kid] = SigningKey(public_key, [e for e in endorsements if isinstance(e, str)])
        return found


class KeySets(dict[str, Any]):
    """The SDK's per-URL metadata cache, making a `KeySet` for each URL it is asked about.

    Attributes:
        timeout: the fetch timeout given to key sets made from now on.
    """

    timeout: float = FETCH_TIMEOUT_SECONDS

    def get(self, url: str, default: Any = None) -> Any:
        """The key set for `url`, made on first use (the SDK then keeps it)."""
        if url not in self:
            self[url] = KeySet(url, timeout=self.timeout)
        return self[url]


def install(*, timeout: float = FETCH_TIMEOUT_SECONDS) -> KeySets:
    """Make the SDK read signing keys through `KeySet`s (idempotent; process-wide)."""
    cache = JwtTokenExtractor.metadataCache
    if not isinstance(cache, KeySets):
        cache = KeySets()
        JwtTokenExtractor.metadataCache = cache
    cache.timeout = timeout
    return cache


async def _get_json(session: aiohttp.ClientSession, url: str) -> Any:
    async with session.get(url, allow_redirects=False) as response:
        response.raise_for_status()
        raw = await response.content.read(_MAX_KEYS_BYTES + 1)
    if len(raw) > _MAX_KEYS_BYTES:
        raise ValueError("the key document is too large")
    return json.loads(raw)
