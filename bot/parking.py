"""Events acknowledged before their answer was delivered, kept recoverable until it is.

A door must acknowledge a platform request within a few seconds (Slack: 3 s). When an answer
takes longer, the door acknowledges it first and finishes it afterwards; if its process dies in
between, the platform will not send the event again. So before such an early acknowledgement
the door *parks* the request here: a record of it in the store, renewed by the process while
it answers (every third of a lease) and deleted as soon as the answer has ended. A record that
nobody has renewed for three leases belongs to a dead process: every process sweeps for those
(`ParkedEvents.sweep`), takes one over atomically (optimistic versions: one taker) and gives it
back to its door as a re-delivery. The turn pipeline's claims and replay then make that the
same answer, sent once.

A record holds the request as the platform sent it, which may contain what the person typed, so
it is sealed (AES-GCM, bound to its key name) with a key every process derives from the door's
signing secret: whoever can read the store but not the secret reads nothing. It is kept only
while the answer is under way, and expires `ttl` after its last renewal even if every process
died (see PRIVACY.md).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.stores.protocol import Conflict, Store

_log = logging.getLogger("infoshare.turns")
_PREFIX = "parked|"
_RENEWALS = 12
"""As for claims (`bot.claims`): a door that never ends its answer stops being renewed after
four leases, and then a sweep gives the request to a process that will."""
_INDEX_ATTEMPTS = 8
_BUCKETS = 16
"""The list of parked records is kept in this many keys, each changed under a lock of this
process, so that a burst of slow answers does not fight over one key."""
_TAKEN_PER_SWEEP = 16
STALE_LEASES = 3
"""A record not renewed for this many leases is taken over: its process renews it every third
of a lease, so nine renewals in a row must have failed (a busy process is not taken for dead:
with two, the suite's 2 s lease saw live processes taken over on a machine loaded to 8-10)."""


def sealing_key(secret: str | None) -> bytes:
    """The key parked requests are sealed with: derived from `secret` (the signing secret every
    process of one installation shares), or random when there is none (a `--dev` process, whose
    records then only it can read)."""
    if not secret:
        return AESGCM.generate_key(bit_length=256)
    derive = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"infoshare parked")
    return derive.derive(secret.encode("utf-8"))


@dataclass
class _Parked:
    key: str
    owner: str
    renewing: asyncio.Task[None] | None = None


class ParkedEvents:
    """Parks requests acknowledged early, and sweeps for those whose process died."""

    def __init__(
        self,
        store: Store,
        *,
        key: bytes,
        lease_seconds: float,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        """Args:
        store: where the records are kept (the conversations' store, shared by every process).
        key: the 256-bit key records are sealed with (`sealing_key`).
        lease_seconds: a record not renewed for three of these belongs to a dead process.
        wall: seconds since the epoch (processes compare each other's renewals).
        sleep: how to wait between renewals and sweeps.
        """
        self.store = store
        self._aead = AESGCM(key)
        self.lease_seconds = lease_seconds
        self.wall = wall
        self.sleep = sleep
        self._mine: dict[str, _Parked] = {}  # by token: the records this process renews
        self._resuming: set[asyncio.Task[None]] = set()
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def ttl_seconds(self) -> float:
        """How long a record outlives its last renewal: ten leases, at least a minute."""
        return max(10 * self.lease_seconds, 60.0)

    async def park(self, channel: str, payload: str) -> str | None:
        """Keep `payload` (a request of door `channel`) until `unpark`; its token, or None if
        the store could not take it (logged: the answer carries on unprotected)."""
        token = secrets.token_hex(8)
        parked = _Parked(f"{_PREFIX}{channel}|{token}", secrets.token_hex(8))
        try:
            await self.store.put(
                parked.key,
                {
                    "sealed": self._seal(parked.key, payload),
                    "owner": parked.owner,
                    "renewed": self.wall(),
                },
                expected_version=None,
                ttl_seconds=self.ttl_seconds,
            )
            await self._index(channel, add=frozenset({token}))
        except Exception as exc:
            _log.warning("park failed", extra={"error": type(exc).__name__})
            await self._forget(parked)
            return None
        self._hold(token, parked)
        return token

    async def unpark(self, token: str) -> None:
        """The answer under `token` has ended (delivered, apologised for, or someone else's):
        delete its record, unless another process has taken it over."""
        parked = self._mine.pop(token, None)
        if parked is None:
            return
        if parked.renewing is not None:
            parked.renewing.cancel()
        try:
            await self._forget(parked)
        except Exception as exc:  # it expires by itself; a sweep finds the answer finished
            _log.warning("unpark failed", extra={"error": type(exc).__name__})

    async def sweep(self, channel: str, resume: Callable[[str], Awaitable[None]]) -> None:
        """Forever: every half lease, take over `channel`'s records left by dead processes and
        `resume` each (the door answers it as a re-delivery), then unpark it."""
        while True:
            await self.sleep(self.lease_seconds / 2)
            try:
                await self.sweep_once(channel, resume, wait=False)
            except Exception as exc:  # the store may be away: try again next time
                _log.warning("sweep failed", extra={"error": type(exc).__name__})

    async def sweep_once(
        self, channel: str, resume: Callable[[str], Awaitable[None]], *, wait: bool = True
    ) -> int:
        """One sweep: take over the records nobody renewed for three leases and resume them (with
        `wait`, until every one has ended); return how many were taken."""
        tokens: list[str] = []
        for bucket in range(_BUCKETS):
            index = await self.store.get(f"{_PREFIX}{channel}|{bucket}")
            tokens += index.value.get("tokens", []) if index is not None else []
        gone: set[str] = set()
        taken: list[asyncio.Task[None]] = []
        for token in tokens:
            if len(taken) >= _TAKEN_PER_SWEEP:
                break
            if token in self._mine:
                continue  # this process is answering it
            key = f"{_PREFIX}{channel}|{token}"
            found = await self.store.get(key)
            if found is None:
                gone.add(token)
                continue
            if found.value.get("renewed", 0.0) > self.wall() - STALE_LEASES * self.lease_seconds:
                continue  # its process is alive and answering
            parked = _Parked(key, secrets.token_hex(8))
            try:
                await self.store.put(
                    key,
                    {**found.value, "owner": parked.owner, "renewed": self.wall()},
                    expected_version=found.version,
                    ttl_seconds=self.ttl_seconds,
                )
            except Conflict:
                continue  # another process took it
            _log.warning("took over an answer whose process stopped renewing it")
            self._hold(token, parked)
            payload = self._open(key, found.value.get("sealed"))
            if payload is None:
                _log.warning("dropped a parked request this process cannot open")
                await self.unpark(token)
                continue
            task = asyncio.create_task(self._resume(token, payload, resume))
            self._resuming.add(task)
            task.add_done_callback(self._resuming.discard)
            taken.append(task)
        for token in gone:
            await self._index(channel, drop=frozenset({token}))
        if wait and taken:
            await asyncio.gather(*taken)
        return len(taken)

    async def _resume(
        self, token: str, payload: str, resume: Callable[[str], Awaitable[None]]
    ) -> None:
        try:
            await resume(payload)
        except Exception as exc:  # the door logs its own failures; this must not kill a sweep
            _log.error("resume failed", extra={"error": type(exc).__name__})
        finally:
            await self.unpark(token)

    def _seal(self, key: str, payload: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, payload.encode("utf-8"), key.encode("utf-8"))
        return base64.b64encode(nonce + sealed).decode("ascii")

    def _open(self, key: str, sealed: object) -> str | None:
        """The payload sealed under `key`; None if sealed with another key, or damaged."""
        try:
            raw = base64.b64decode(str(sealed), validate=True)
            opened = self._aead.decrypt(raw[:12], raw[12:], key.encode("utf-8"))
            return opened.decode("utf-8")
        except (InvalidTag, ValueError):
            return None

    def _hold(self, token: str, parked: _Parked) -> None:
        parked.renewing = asyncio.create_task(self._renew(parked))
        self._mine[token] = parked

    async def _renew(self, parked: _Parked) -> None:
        for _ in range(_RENEWALS):
            await self.sleep(self.lease_seconds / 3)
            try:
                found = await self.store.get(parked.key)
                if found is None or found.value.get("owner") != parked.owner:
                    return  # taken over: this process was thought dead
                await self.store.put(
                    parked.key,
                    {**found.value, "renewed": self.wall()},
                    expected_version=found.version,
                    ttl_seconds=self.ttl_seconds,
                )
            except Exception as exc:  # a conflict is a sweep taking it: the next look says
                _log.warning("park renewal failed", extra={"error": type(exc).__name__})

    async def _forget(self, parked: _Parked) -> None:
        found = await self.store.get(parked.key)
        if found is not None and found.value.get("owner") == parked.owner:
            await self.store.delete(parked.key)

    async def _index(
        self, channel: str, *, add: frozenset[str] = frozenset(), drop: frozenset[str] = frozenset()
    ) -> None:
        """Add a token to, or drop it from, `channel`'s list of parked records."""
        (token,) = add | drop
        key = f"{_PREFIX}{channel}|{int(token[:4], 16) % _BUCKETS}"
        async with self._locks.setdefault(key, asyncio.Lock()):
            await self._change_index(key, add, drop)

    async def _change_index(self, key: str, add: frozenset[str], drop: frozenset[str]) -> None:
        for _ in range(_INDEX_ATTEMPTS):
            found = await self.store.get(key)
            tokens = set(found.value.get("tokens", [])) if found is not None else set()
            try:
                await self.store.put(
                    key,
                    {"tokens": sorted((tokens | add) - drop)},
                    expected_version=None if found is None else found.version,
                    ttl_seconds=self.ttl_seconds,
                )
                return
            except Conflict:
                continue
        raise Conflict(key)
