"""This process's claims on platform events, while their answers are delivered.

A turn claims its event with a short lease, under an owner token new for every claim, and
keeps renewing it while the door delivers, so that a re-delivery waits instead of answering
again. A process that is alive but cut off from the store (an outage longer than the lease)
may find, once it reaches the store again, that another process has claimed the event: the
store then refuses its renewals, save and finish, and `EventClaims.may_deliver` tells the door
to stand down. A lapsed claim that nobody took is still its owner's, so waiting for the store
is safe; it is bounded all the same.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.stores.protocol import Claim, Store, Versioned
from dialogs.contract import ConversationKey

_log = logging.getLogger("infoshare.turns")
CLAIM_POLL_SECONDS = 0.2
"""How often a re-delivery looks at its event again, and a door waiting for the store asks."""
_HOLD_RENEWALS = 12
"""How many times a turn being delivered renews its claim by itself (every third of a lease): a
door that never says it is done keeps its event from re-deliveries for at most five leases."""
_DELIVERY_MARGIN = 1 / 3
"""The share of a lease that must still be confirmed before a door sends the next part of an
answer without asking the store again: a part started then lands well before the lease ends."""


@dataclass(slots=True)
class Hold:
    """This process's claim on an event whose answer is being delivered."""

    claim: Claim
    confirmed_until: float
    """When the lease last confirmed by the store runs out (on the monotonic clock, read before
    the store was asked, so never later than the store's own reckoning)."""
    lost: bool = False
    """The event passed to another owner, or the claim could not be confirmed in time."""
    renewing: asyncio.Task[None] | None = None


class EventClaims:
    """Claims events for one pipeline, keeps them while their answers are delivered, and says
    when an answer must stand down."""

    def __init__(
        self,
        store: Store,
        *,
        lease_seconds: float,
        monotonic: Callable[[], float],
        sleep: Callable[[float], Awaitable[object]],
    ) -> None:
        """Args:
        store: where the claims are kept.
        lease_seconds: how long a claim holds its event unless renewed.
        monotonic: seconds from any fixed origin (the store's lease must read a clock that
            moves with it).
        sleep: how to wait between looks at an event, and between renewals.
        """
        self._store = store
        self._lease = lease_seconds
        self._monotonic = monotonic
        self._sleep = sleep
        self._holds: dict[str, Hold] = {}  # by owner token
        # A token need only differ from every other claimant's: a random part drawn once per
        # pipeline, and a count, instead of a system call for fresh randomness on every turn.
        self._owner_prefix = secrets.token_hex(8)
        self._owner_count = itertools.count()

    async def claim(self, event: str, key: str) -> tuple[Hold, Versioned | None] | None:
        """Claim the event, under a new owner token, and read the conversation `key` in the
        same call; if another process holds the event, wait until it finishes or its lease
        ends (None).

        Waiting is what turns a platform's re-delivery after a crash into an answer: the dead
        process's lease runs out and this one replays the turn. A re-delivery while the other
        process is alive ends as soon as that one finishes, with nothing more to send.
        """
        claim = Claim(event, f"{self._owner_prefix}.{next(self._owner_count)}")
        deadline = self._monotonic() + self._lease + CLAIM_POLL_SECONDS
        while True:
            asked = self._monotonic()
            claimed, stored = await self._store.claim_and_get(
                event, self._lease, owner=claim.owner, key=key
            )
            if claimed:
                return self._hold(claim, asked + self._lease), stored
            # The store judged the claim when it was asked, which is long ago if the store was
            # away meanwhile (redis-py sends a script again, unchanged, once a restarted server
            # is back): only a look asked after the deadline may end the wait.
            if await self._store.event_finished(event) or asked > deadline:
                return None
            await self._sleep(CLAIM_POLL_SECONDS)

    async def undelivered(self, event: str, key: str) -> bool:
        """Whether `event` was never finished and nobody holds it any more: its answer may never
        have reached the person (its process died first). While another process holds it,
        waits as a re-delivery does: False once that one finishes, True once its lease ends.
        The claim this takes is let go at once; the lease keeps others waiting meanwhile."""
        claimed = await self.claim(event, key)
        if claimed is None:
            return False
        self.let_go(claimed[0])
        return True

    def held(self, owner: str | None) -> Hold | None:
        """The hold under `owner`'s token, if this process still holds it."""
        return None if owner is None else self._holds.get(owner)

    def newest_on(self, event: str | None) -> Hold | None:
        """This process's newest hold on `event`."""
        held = [hold for hold in self._holds.values() if hold.claim.event_id == event]
        return held[-1] if held else None

    async def may_deliver(self, owner: str | None) -> bool:
        """Whether the door may send the next part of the answer delivered under `owner`.

        False once its event has passed to another process: that one answers the event, so
        this one stands down. Asks the store only when less than a third of the lease is
        confirmed. While the store cannot be reached nothing is sent; since a lapsed claim
        that nobody took is still its owner's to renew, waiting is safe, but only for one
        lease past the end of the confirmed one: then the answer stands down too.
        """
        if owner is None:
            return True
        hold = self._holds.get(owner)
        if hold is None or hold.lost:
            return False
        if self._monotonic() < hold.confirmed_until - self._lease * _DELIVERY_MARGIN:
            return True
        while not hold.lost:
            asked = self._monotonic()
            try:
                if await self._store.renew_event(
                    hold.claim.event_id, self._lease, owner=hold.claim.owner
                ):
                    hold.confirmed_until = max(hold.confirmed_until, asked + self._lease)
                    return True
                self._lose(hold)
            except Exception as exc:  # the store may come back in time
                _log.warning("renew failed", extra={"error": type(exc).__name__})
                if self._monotonic() >= hold.confirmed_until + self._lease:
                    self._lose(hold)
                else:
                    await self._sleep(CLAIM_POLL_SECONDS)
        _log.warning("stood down: the event's claim passed on before its answer was delivered")
        return False

    async def finish(self, hold: Hold, ttl_seconds: float) -> bool:
        """Let go of `hold` and record its event as answered for `ttl_seconds`; False, recording
        nothing, if the answer stood down or the store refused (the event passed on).

        Raises:
            Exception: whatever the store raised.
        """
        self.let_go(hold)
        if hold.lost:
            return False
        return await self._store.finish_event(
            hold.claim.event_id, ttl_seconds, owner=hold.claim.owner
        )

    async def give_up(self, hold: Hold, *, delivered: int = 0, ttl_seconds: float = 0.0) -> None:
        """Let go of `hold` and drop its claim in the store now, the event unfinished: its
        answer is known not to have arrived, so a re-delivery, or the press or message sent
        again, need not wait out the lease to be answered (`undelivered` then says True).
        Nothing is dropped once the event passed to another owner. `delivered`: how many parts
        of the answer did arrive, kept for `ttl_seconds` (`delivered`, for the replay).

        Raises:
            Exception: whatever the store raised (the lease still ends in time).
        """
        self.let_go(hold)
        if not hold.lost:
            await self._store.release_event(
                hold.claim.event_id,
                owner=hold.claim.owner,
                delivered=delivered,
                ttl_seconds=ttl_seconds,
            )

    async def delivered(self, event: str) -> int:
        """How many parts of `event`'s answer arrived before its door gave it up (`give_up`)."""
        return await self._store.delivered_parts(event)

    def let_go(self, hold: Hold) -> None:
        """Stop holding the event (its answer is delivered, or will not be)."""
        self._holds.pop(hold.claim.owner, None)
        if hold.renewing is not None:
            hold.renewing.cancel()

    def _hold(self, claim: Claim, confirmed_until: float) -> Hold:
        hold = Hold(claim, confirmed_until)
        hold.renewing = asyncio.create_task(self._keep(hold))
        self._holds[claim.owner] = hold
        return hold

    def _lose(self, hold: Hold) -> None:
        hold.lost = True
        self._holds.pop(hold.claim.owner, None)

    async def _keep(self, hold: Hold) -> None:
        claim = hold.claim
        for _ in range(_HOLD_RENEWALS):
            await self._sleep(self._lease / 3)
            asked = self._monotonic()
            try:
                renewed = await self._store.renew_event(
                    claim.event_id, self._lease, owner=claim.owner
                )
                if not renewed:
                    self._lose(hold)  # finished or taken over elsewhere
                    return
                hold.confirmed_until = max(hold.confirmed_until, asked + self._lease)
            except Exception as exc:  # the store may come back before the lease runs out
                _log.warning("renew failed", extra={"error": type(exc).__name__})
        # The door never said it was done: stop renewing, so that the lease lapses and a
        # re-delivery may take the event. The hold is kept: `may_deliver` asks the store again,
        # and stands down only if another process has taken the event since.


class EarlyClaims:
    """Claims made before a turn is answered, for `answer` to take over.

    A door that asks where a turn's answer goes (`TurnPipeline.goes_private`) has the
    conversation read; reading it with the event's claim, in one call to the store, spares the
    turn a second call, so the claim is made then and kept here until the turn is answered.
    """

    def __init__(self, claims: EventClaims, *, kept: int) -> None:
        """Args:
        claims: the pipeline's claims.
        kept: how many are kept at most (a door that asked and then gave up leaves one
            behind; the oldest are let go).
        """
        self._claims = claims
        self._kept = kept
        self._early: dict[str, tuple[Hold, Versioned | None, ConversationKey] | None] = {}

    async def claim(
        self, event: str, key: ConversationKey, store: Store
    ) -> tuple[Hold, Versioned | None] | None:
        """Claim `event` and read conversation `key` with it, and keep the claim for `take`;
        None if the event is a repeat (`EventClaims.claim`). A claim already kept for the
        event (the same turn placed twice) is kept on, with `key` read again."""
        early = self._early.get(event)
        if early is not None and not early[0].lost:
            claimed: tuple[Hold, Versioned | None] | None = (
                early[0],
                await store.get(key.as_str()),
            )
        else:
            claimed = await self._claims.claim(event, key.as_str())
            kept = self._early.get(event)
            if claimed is None and kept is not None and not kept[0].lost:
                # Another copy of this event, placed while this one waited, holds its claim:
                # whichever copy is answered first answers under it.
                return None
        self._early.pop(event, None)
        self._early[event] = None if claimed is None else (*claimed, key)
        if len(self._early) > self._kept:
            self.drop(next(iter(self._early)))
        return claimed

    async def take(
        self, event: str, key: ConversationKey, store: Store
    ) -> tuple[Hold, Versioned | None] | None:
        """The claim kept for `event`, and conversation `key` as read with it (read again from
        `store` when the turn has moved to another conversation since: the person's DM); None
        for a repeat. With none kept (or it was lost), the event is claimed now
        (`EventClaims.claim`)."""
        early = self._early.pop(event, None) if event in self._early else ()
        if early is None:
            return None
        if not early or early[0].lost:
            return await self._claims.claim(event, key.as_str())
        hold, stored, read = early
        if read != key:
            stored = await store.get(key.as_str())
        return hold, stored

    def drop(self, event: str | None) -> None:
        """Let go of the claim kept for `event`, if any (its turn will not be answered)."""
        early = self._early.pop(event, None) if event is not None else None
        if early is not None:
            self._claims.let_go(early[0])
