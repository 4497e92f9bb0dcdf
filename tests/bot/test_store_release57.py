"""Giving an event up at once (round 57), on every backend (memory, real SQLite, real
redis-server): a door that knows its answer did not arrive drops its claim, so that the event
can be claimed again without waiting out the lease; only the claim's owner can, and never once
the event is finished.
"""

from __future__ import annotations

import pytest

from bot.stores import Claim, ClaimLost, Store
from tests.support.stores import Backend, backend, store

__all__ = ["backend", "store"]  # the contract's fixtures, one per backend

LEASE = 30.0


async def test_the_owner_releases_its_claim_and_the_event_is_claimable_at_once(
    store: Store,
) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is False  # the lease holds

    assert await store.release_event("Ev1", owner="a") is True

    assert await store.event_finished("Ev1") is False  # open, not answered
    assert await store.claim_event("Ev1", LEASE, owner="b") is True
    assert await store.claim_event("Ev1", LEASE, owner="c") is False  # b's lease holds now


async def test_another_owner_cannot_release_a_claim(store: Store) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True

    assert await store.release_event("Ev1", owner="b") is False

    assert await store.claim_event("Ev1", LEASE, owner="b") is False


async def test_a_claim_taken_over_is_not_released_by_its_first_owner(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    clock.advance(LEASE + 1)
    assert await store.claim_event("Ev1", LEASE, owner="b") is True

    assert await store.release_event("Ev1", owner="a") is False

    assert await store.claim_event("Ev1", LEASE, owner="c") is False


async def test_a_finished_event_is_not_released(store: Store) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.finish_event("Ev1", 100, owner="a") is True

    assert await store.release_event("Ev1", owner="a") is False

    assert await store.event_finished("Ev1") is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is False


async def test_a_released_claim_is_not_renewed_and_an_unknown_event_is_not_released(
    store: Store,
) -> None:
    assert await store.release_event("Ev0", owner="a") is False
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.release_event("Ev1", owner="a") is True

    assert await store.renew_event("Ev1", LEASE, owner="a") is False
    assert await store.release_event("Ev1", owner="a") is False


async def test_a_save_under_a_released_claim_is_refused_once_another_owner_claimed(
    store: Store,
) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.release_event("Ev1", owner="a") is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is True

    with pytest.raises(ClaimLost):
        await store.put(
            "k", {"n": 1}, expected_version=None, ttl_seconds=60, claim=Claim("Ev1", "a")
        )
