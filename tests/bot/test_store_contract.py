"""The contract every conversation-state store must keep, run against each backend.

The backends, and how a new one joins, are in `tests.support.stores`.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest

from bot.stores import Conflict, MemoryStore, SQLiteStore, Store
from tests.support.clocks import FakeClock
from tests.support.stores import Backend, backend, memory_backend, sqlite_backend, store

__all__ = ["backend", "store"]  # fixtures: each test runs on every backend

TTL = 60.0


async def increment(store: Store, key: str) -> int:
    """Add one to a counter by read-modify-write, retrying on Conflict; return the retries."""
    retries = 0
    while True:
        current = await store.get(key)
        await asyncio.sleep(0)  # let the other writers read the same version
        try:
            if current is None:
                await store.put(key, {"n": 1}, expected_version=None, ttl_seconds=TTL)
            else:
                value = {"n": current.value["n"] + 1}
                await store.put(key, value, expected_version=current.version, ttl_seconds=TTL)
        except Conflict:
            retries += 1
        else:
            return retries


# --- get and put -------------------------------------------------------------------------


async def test_get_absent_key_is_none(store: Store) -> None:
    assert await store.get("nobody") is None


async def test_put_new_key_starts_at_version_1(store: Store) -> None:
    assert await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL) == 1

    got = await store.get("k")
    assert got is not None
    assert (got.value, got.version) == ({"step": "q1"}, 1)


async def test_put_with_current_version_adds_one(store: Store) -> None:
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)

    assert await store.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=TTL) == 2
    assert await store.put("k", {"step": "q3"}, expected_version=2, ttl_seconds=TTL) == 3
    got = await store.get("k")
    assert got is not None
    assert (got.value, got.version) == ({"step": "q3"}, 3)


async def test_put_with_stale_version_conflicts_and_keeps_the_value(store: Store) -> None:
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)
    await store.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=TTL)

    with pytest.raises(Conflict):
        await store.put("k", {"step": "stale"}, expected_version=1, ttl_seconds=TTL)
    got = await store.get("k")
    assert got is not None
    assert (got.value, got.version) == ({"step": "q2"}, 2)


async def test_put_new_over_existing_key_conflicts(store: Store) -> None:
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)

    with pytest.raises(Conflict):
        await store.put("k", {"step": "again"}, expected_version=None, ttl_seconds=TTL)


async def test_put_with_a_version_on_absent_key_conflicts(store: Store) -> None:
    with pytest.raises(Conflict):
        await store.put("k", {"step": "q1"}, expected_version=1, ttl_seconds=TTL)
    assert await store.get("k") is None


async def test_delete_removes_the_key_and_a_new_one_starts_over(store: Store) -> None:
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)
    await store.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=TTL)

    await store.delete("k")

    assert await store.get("k") is None
    assert await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL) == 1


async def test_delete_absent_key_is_quiet(store: Store) -> None:
    await store.delete("nobody")


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"answers": {"q1": "yes", "q2": None}, "path": [1, 2.5, True, False, []]},
        {"deep": {"a": {"b": {"c": {"d": [{"e": "f"}]}}}}},
        {"text": "café \u2013 naïve \u201cquotes\u201d 日本語 🙂", "ключ": "значение"},
        {"big": 2**53, "negative": -1, "fraction": 0.1, "empty": ""},
    ],
)
async def test_values_round_trip_as_json(store: Store, value: dict[str, object]) -> None:
    await store.put("k", value, expected_version=None, ttl_seconds=TTL)

    got = await store.get("k")
    assert got is not None
    assert got.value == value


async def test_a_read_value_is_a_copy(store: Store) -> None:
    await store.put("k", {"path": ["q1"]}, expected_version=None, ttl_seconds=TTL)
    got = await store.get("k")
    assert got is not None

    got.value["path"].append("q2")

    again = await store.get("k")
    assert again is not None
    assert again.value == {"path": ["q1"]}


async def test_a_value_json_cannot_hold_is_refused(store: Store) -> None:
    with pytest.raises(TypeError):
        await store.put("k", {"x": {1, 2}}, expected_version=None, ttl_seconds=TTL)
    with pytest.raises(TypeError):
        await store.put("k", {"x": float("nan")}, expected_version=None, ttl_seconds=TTL)
    assert await store.get("k") is None


@pytest.mark.parametrize("ttl", [0.0, -1.0, float("inf"), float("nan")])
async def test_a_ttl_that_is_not_a_positive_number_is_refused(store: Store, ttl: float) -> None:
    with pytest.raises(ValueError):
        await store.put("k", {}, expected_version=None, ttl_seconds=ttl)
    with pytest.raises(ValueError):
        await store.claim_event("e", ttl, owner="a")


# --- expiry -------------------------------------------------------------------------------


async def test_a_value_expires_after_its_ttl(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=10)

    clock.advance(9.5)
    assert await store.get("k") is not None
    clock.advance(1)
    assert await store.get("k") is None


async def test_every_write_restarts_the_ttl(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=10)
    clock.advance(8)
    await store.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=10)

    clock.advance(8)

    got = await store.get("k")
    assert got is not None
    assert got.value == {"step": "q2"}


async def test_an_expired_key_counts_as_absent_for_writes(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=10)
    await store.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=10)
    clock.advance(11)

    with pytest.raises(Conflict):
        await store.put("k", {"step": "q3"}, expected_version=2, ttl_seconds=10)
    assert await store.put("k", {"step": "fresh"}, expected_version=None, ttl_seconds=10) == 1
    got = await store.get("k")
    assert got is not None
    assert (got.value, got.version) == ({"step": "fresh"}, 1)


# --- event de-duplication -----------------------------------------------------------------


async def test_an_event_is_claimed_once(store: Store) -> None:
    assert await store.claim_event("Ev1", ttl_seconds=TTL, owner="a") is True
    assert await store.claim_event("Ev1", ttl_seconds=TTL, owner="b") is False
    assert await store.claim_event("Ev1", ttl_seconds=TTL, owner="a") is False
    assert await store.claim_event("Ev2", ttl_seconds=TTL, owner="a") is True


async def test_an_event_can_be_claimed_again_after_its_ttl(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is True
    clock.advance(9.5)
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is False

    clock.advance(1)

    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is True
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is False


async def test_event_ids_and_keys_do_not_collide(store: Store) -> None:
    await store.put("same", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)

    assert await store.claim_event("same", ttl_seconds=TTL, owner="a") is True
    assert await store.get("same") is not None


async def test_concurrent_claims_of_one_event_let_exactly_one_through(store: Store) -> None:
    results = await asyncio.gather(
        *(store.claim_event("Ev1", TTL, owner=f"p{n}") for n in range(20))
    )

    assert results.count(True) == 1


async def test_finishing_a_claimed_event_keeps_it_for_the_new_span(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is True
    assert await store.event_finished("Ev1") is False

    await store.finish_event("Ev1", ttl_seconds=100, owner="a")
    clock.advance(50)

    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is False
    assert await store.event_finished("Ev1") is True
    clock.advance(51)
    assert await store.event_finished("Ev1") is False
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is True


async def test_finishing_an_unclaimed_event_records_it(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.finish_event("Ev1", ttl_seconds=10, owner="a")

    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is False
    assert await store.event_finished("Ev1") is True
    assert await store.event_finished("Ev2") is False
    clock.advance(11)
    assert await store.claim_event("Ev1", ttl_seconds=10, owner="a") is True


async def test_an_expired_lease_lets_the_next_claim_through(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", ttl_seconds=5, owner="a") is True
    clock.advance(6)

    results = await asyncio.gather(*(store.claim_event("Ev1", 5, owner=f"p{n}") for n in range(10)))

    assert results.count(True) == 1


async def test_renewing_a_live_claim_extends_it(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", ttl_seconds=5, owner="a") is True
    clock.advance(4)

    assert await store.renew_event("Ev1", ttl_seconds=5, owner="a") is True
    clock.advance(4)
    assert await store.claim_event("Ev1", ttl_seconds=5, owner="a") is False
    clock.advance(2)
    assert await store.claim_event("Ev1", ttl_seconds=5, owner="a") is True


async def test_an_unknown_finished_or_taken_over_claim_is_not_renewed(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.renew_event("never", ttl_seconds=5, owner="a") is False
    assert await store.claim_event("taken", ttl_seconds=5, owner="a") is True
    assert await store.claim_event("done", ttl_seconds=5, owner="a") is True
    await store.finish_event("done", ttl_seconds=100, owner="a")
    clock.advance(6)
    assert await store.claim_event("taken", ttl_seconds=5, owner="b") is True

    assert await store.renew_event("taken", ttl_seconds=5, owner="a") is False
    assert await store.renew_event("done", ttl_seconds=5, owner="a") is False
    assert await store.event_finished("done") is True


# --- delete_prefix ------------------------------------------------------------------------


async def test_delete_prefix_removes_only_matching_keys(store: Store) -> None:
    keys = ["slack|T1|C1|U1", "slack|T1|C2|U2", "slack|T2|C1|U1", "teams|T1|C1|U1", "slack|T"]
    for key in keys:
        await store.put(key, {"k": key}, expected_version=None, ttl_seconds=TTL)

    assert await store.delete_prefix("slack|T1|") == 2

    assert await store.get("slack|T1|C1|U1") is None
    assert await store.get("slack|T1|C2|U2") is None
    for kept in ["slack|T2|C1|U1", "teams|T1|C1|U1", "slack|T"]:
        assert await store.get(kept) is not None


async def test_delete_prefix_treats_wildcard_characters_literally(store: Store) -> None:
    for key in ["a%b_1", "aXbY1", "a*b?1", "A%B_1"]:
        await store.put(key, {}, expected_version=None, ttl_seconds=TTL)

    assert await store.delete_prefix("a%b_") == 1
    assert await store.delete_prefix("a*b?") == 1

    assert await store.get("aXbY1") is not None
    assert await store.get("A%B_1") is not None


async def test_delete_prefix_counts_only_unexpired_keys(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    await store.put("w|old", {}, expected_version=None, ttl_seconds=5)
    await store.put("w|new", {}, expected_version=None, ttl_seconds=50)
    clock.advance(10)

    assert await store.delete_prefix("w|") == 1
    assert await store.delete_prefix("w|") == 0


# --- concurrency and housekeeping ---------------------------------------------------------


async def test_concurrent_read_modify_writes_lose_no_update(store: Store) -> None:
    async with asyncio.timeout(30):
        retries = await asyncio.gather(*(increment(store, "counter") for _ in range(20)))

    got = await store.get("counter")
    assert got is not None
    assert (got.value, got.version) == ({"n": 20}, 20)
    assert sum(retries) > 0, "the writers never collided, so the test proved nothing"


async def test_ping_succeeds_on_an_open_store(store: Store) -> None:
    await store.ping()


# --- backend-specific: not part of the contract --------------------------------------------


@pytest.mark.parametrize("make", [memory_backend, sqlite_backend], ids=["memory", "sqlite"])
async def test_purge_expired_drops_only_expired_values(
    make: Callable[
        [pytest.FixtureRequest, Path, FakeClock],
        AbstractAsyncContextManager[MemoryStore | SQLiteStore],
    ],
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    async with make(request, tmp_path, clock) as store:
        await store.put("old", {}, expected_version=None, ttl_seconds=5)
        await store.put("new", {}, expected_version=None, ttl_seconds=50)
        clock.advance(10)

        assert await store.purge_expired() == 1
        assert await store.purge_expired() == 0
        assert await store.get("new") is not None


async def test_sqlite_creates_its_directory_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "state.sqlite3"

    store = await SQLiteStore.open(path)
    await store.close()

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        raw.close()


async def test_sqlite_keeps_values_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    store = await SQLiteStore.open(path)
    await store.put("k", {"step": "q4"}, expected_version=None, ttl_seconds=TTL)
    await store.close()

    store = await SQLiteStore.open(path)
    got = await store.get("k")
    await store.close()

    assert got is not None
    assert (got.value, got.version) == ({"step": "q4"}, 1)


async def test_sqlite_closed_store_fails_ping(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    await store.close()
    await store.close()

    with pytest.raises(ValueError):
        await store.ping()


@pytest.fixture
async def two_sqlite_stores(tmp_path: Path) -> AsyncIterator[tuple[SQLiteStore, SQLiteStore]]:
    """Two stores on one file, each with its own connection, as two processes would have."""
    path, clock = tmp_path / "shared.sqlite3", FakeClock()
    first = await SQLiteStore.open(path, clock=clock)
    second = await SQLiteStore.open(path, clock=clock)
    yield first, second
    await first.close()
    await second.close()


async def test_sqlite_stores_sharing_a_file_see_each_others_writes(
    two_sqlite_stores: tuple[SQLiteStore, SQLiteStore],
) -> None:
    first, second = two_sqlite_stores

    await first.put("k", {"step": "q1"}, expected_version=None, ttl_seconds=TTL)

    got = await second.get("k")
    assert got is not None
    assert (got.value, got.version) == ({"step": "q1"}, 1)
    assert await second.put("k", {"step": "q2"}, expected_version=1, ttl_seconds=TTL) == 2
    with pytest.raises(Conflict):
        await first.put("k", {"step": "stale"}, expected_version=1, ttl_seconds=TTL)
    with pytest.raises(Conflict):
        await first.put("k", {"step": "new"}, expected_version=None, ttl_seconds=TTL)
    assert await first.claim_event("Ev1", TTL, owner="a") is True
    assert await second.claim_event("Ev1", TTL, owner="b") is False


async def test_sqlite_stores_sharing_a_file_lose_no_concurrent_update(
    two_sqlite_stores: tuple[SQLiteStore, SQLiteStore],
) -> None:
    first, second = two_sqlite_stores

    async with asyncio.timeout(30):
        await asyncio.gather(
            *(increment(first, "counter") for _ in range(10)),
            *(increment(second, "counter") for _ in range(10)),
        )

    got = await second.get("counter")
    assert got is not None
    assert (got.value, got.version) == ({"n": 20}, 20)
