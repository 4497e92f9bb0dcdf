"""The contract's rules for who owns an event's claim, on every backend (memory, real SQLite,
real redis-server), and the combined call a turn starts with.

A process that claimed an event may keep it, finish it and save the turn under it only while no
other process has taken it over: once its lease lapsed and another claimed the event, the first
one's renewals, finish and save are refused, so it can stand down instead of answering twice.
A lapsed claim that nobody took is still its owner's.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.stores import Claim, ClaimLost, Conflict, Store
from tests.support.stores import Backend, backend, store

__all__ = ["backend", "store"]  # the contract's fixtures, one per backend

LEASE = 10.0


async def _taken_over(backend: Backend) -> None:
    """Process a claims Ev1; its lease lapses; process b claims it."""
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    clock.advance(LEASE + 1)
    assert await store.claim_event("Ev1", LEASE, owner="b") is True


async def test_only_the_owner_of_a_live_claim_can_renew_it(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True

    assert await store.renew_event("Ev1", LEASE, owner="b") is False
    clock.advance(8)
    assert await store.renew_event("Ev1", LEASE, owner="a") is True
    clock.advance(8)  # alive only thanks to the renewal
    assert await store.claim_event("Ev1", LEASE, owner="b") is False


async def test_a_claim_taken_over_is_no_longer_renewed_for_its_first_owner(
    backend: Backend,
) -> None:
    await _taken_over(backend)

    assert await backend.store.renew_event("Ev1", LEASE, owner="a") is False
    assert await backend.store.renew_event("Ev1", LEASE, owner="b") is True


async def test_finishing_is_refused_while_another_owner_holds_the_claim(backend: Backend) -> None:
    store = backend.store
    await _taken_over(backend)

    assert await store.finish_event("Ev1", 100, owner="a") is False
    assert await store.event_finished("Ev1") is False
    assert await store.finish_event("Ev1", 100, owner="b") is True
    assert await store.event_finished("Ev1") is True


async def test_a_lapsed_claim_nobody_took_is_still_its_owners_to_renew(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    clock.advance(LEASE + 1)  # its renewals were late, or the store was away

    assert await store.renew_event("Ev1", LEASE, owner="b") is False
    assert await store.renew_event("Ev1", LEASE, owner="a") is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is False  # held again
    clock.advance(LEASE + 1)
    assert await store.claim_event("Ev1", LEASE, owner="b") is True


async def test_a_lapsed_claim_nobody_took_may_still_be_finished_by_its_owner(
    backend: Backend,
) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    clock.advance(LEASE + 1)

    assert await store.finish_event("Ev1", 100, owner="a") is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is False


async def test_a_save_under_a_claim_taken_over_is_refused(backend: Backend) -> None:
    store = backend.store
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=100)
    await _taken_over(backend)

    with pytest.raises(ClaimLost):
        await store.put(
            "k", {"step": "a"}, expected_version=1, ttl_seconds=100, claim=Claim("Ev1", "a")
        )
    with pytest.raises(ClaimLost):  # lost, whatever the version: the turn must stand down
        await store.put(
            "k", {"step": "a"}, expected_version=7, ttl_seconds=100, claim=Claim("Ev1", "a")
        )
    with pytest.raises(ClaimLost):
        await store.put(
            "new", {"step": "a"}, expected_version=None, ttl_seconds=100, claim=Claim("Ev1", "a")
        )
    got = await store.get("k")
    assert got is not None and (got.value, got.version) == ({"step": "q1"}, 1)
    assert await store.get("new") is None

    assert (
        await store.put(
            "k", {"step": "b"}, expected_version=1, ttl_seconds=100, claim=Claim("Ev1", "b")
        )
        == 2
    )


async def test_a_save_under_ones_own_claim_keeps_the_version_rules(backend: Backend) -> None:
    store = backend.store
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    mine = Claim("Ev1", "a")

    assert await store.put("k", {}, expected_version=None, ttl_seconds=100, claim=mine) == 1
    assert await store.put("k", {}, expected_version=1, ttl_seconds=100, claim=mine) == 2
    with pytest.raises(Conflict):
        await store.put("k", {}, expected_version=1, ttl_seconds=100, claim=mine)
    unclaimed = Claim("nobody-claimed-this", "a")
    assert await store.put("k", {}, expected_version=2, ttl_seconds=100, claim=unclaimed) == 3


async def test_a_turn_claims_and_reads_its_conversation_in_one_call(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_and_get("Ev1", LEASE, owner="a", key="k") == (True, None)
    await store.put("k", {"step": "q2"}, expected_version=None, ttl_seconds=100)

    claimed, got = await store.claim_and_get("Ev1", LEASE, owner="b", key="k")
    assert claimed is False  # the read still comes back, for a re-delivery that waits
    assert got is not None and (got.value, got.version) == ({"step": "q2"}, 1)

    claimed, got = await store.claim_and_get("Ev2", LEASE, owner="b", key="k")
    assert claimed is True and got is not None and got.version == 1
    clock.advance(LEASE + 1)
    claimed, got = await store.claim_and_get("Ev2", LEASE, owner="c", key="k")
    assert claimed is True
    assert await store.renew_event("Ev2", LEASE, owner="b") is False
    assert await store.renew_event("Ev2", LEASE, owner="c") is True


async def test_a_finished_event_is_not_claimed_by_the_combined_call(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.finish_event("Ev1", 100, owner="a") is True
    clock.advance(LEASE + 1)

    assert await store.claim_and_get("Ev1", LEASE, owner="b", key="k") == (False, None)


async def test_an_expired_value_reads_as_none_in_the_combined_call(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.put("k", {"step": "q2"}, expected_version=None, ttl_seconds=5)
    clock.advance(6)

    assert await store.claim_and_get("Ev1", LEASE, owner="a", key="k") == (True, None)


async def test_concurrent_combined_claims_let_exactly_one_through(store: Store) -> None:
    results = await asyncio.gather(
        *(store.claim_and_get("Ev1", LEASE, owner=f"p{n}", key="k") for n in range(20))
    )

    assert [claimed for claimed, _ in results].count(True) == 1
