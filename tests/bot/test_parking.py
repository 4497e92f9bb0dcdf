"""Parked requests on every store: taken over once when their process died, and never kept
longer than their answer needs."""

from __future__ import annotations

import asyncio

from bot.parking import STALE_LEASES, ParkedEvents, sealing_key
from tests.support.stores import Backend, backend, store

__all__ = ["backend", "store"]  # fixtures: each test runs on every backend

LEASE = 30.0


async def _never(_: float) -> None:
    await asyncio.Event().wait()


def _process(backend: Backend, secret: str = "the installation's signing secret") -> ParkedEvents:
    return ParkedEvents(
        backend.store,
        key=sealing_key(secret),
        lease_seconds=LEASE,
        wall=backend.clock,
        sleep=_never,
    )


async def test_a_request_whose_process_died_is_resumed_by_one_of_two_sweeping_processes(
    backend: Backend,
) -> None:
    dead, second, third = _process(backend), _process(backend), _process(backend)
    assert await dead.park("slack", '{"kind": "event"}') is not None
    resumed: list[str] = []

    async def resume(payload: str) -> None:
        resumed.append(payload)

    backend.clock.advance((STALE_LEASES - 1) * LEASE + 1)  # late, not yet dead
    assert await second.sweep_once("slack", resume) == 0

    backend.clock.advance(LEASE)
    taken = await asyncio.gather(
        second.sweep_once("slack", resume), third.sweep_once("slack", resume)
    )

    assert sorted(taken) == [0, 1] and resumed == ['{"kind": "event"}']
    backend.clock.advance(STALE_LEASES * LEASE + 1)  # resumed, so unparked: nothing left to take
    assert await third.sweep_once("slack", resume) == 0


async def test_a_request_is_kept_only_until_its_answer_ends(backend: Backend) -> None:
    alive, sweeper = _process(backend), _process(backend)
    token = await alive.park("slack", '{"text": "Jo Bloggs"}')
    assert token is not None
    assert await backend.store.get(f"parked|slack|{token}") is not None

    await alive.unpark(token)

    assert await backend.store.get(f"parked|slack|{token}") is None
    backend.clock.advance(STALE_LEASES * LEASE + 1)
    assert await sweeper.sweep_once("slack", _fail) == 0


async def test_a_request_nobody_renews_expires_even_if_every_process_died(
    backend: Backend,
) -> None:
    dead = _process(backend)
    token = await dead.park("slack", '{"text": "Jo Bloggs"}')

    backend.clock.advance(dead.ttl_seconds + 1)

    assert await backend.store.get(f"parked|slack|{token}") is None


async def test_what_was_typed_is_sealed_and_another_installation_cannot_open_it(
    backend: Backend,
) -> None:
    dead, stranger = _process(backend), _process(backend, secret="another installation's")
    token = await dead.park("slack", '{"text": "Jo Bloggs told me her dad hits her"}')

    kept = await backend.store.get(f"parked|slack|{token}")
    assert kept is not None and "Bloggs" not in repr(kept.value)
    backend.clock.advance(STALE_LEASES * LEASE + 1)
    assert await stranger.sweep_once("slack", _fail) == 0  # found unreadable, and dropped
    assert await backend.store.get(f"parked|slack|{token}") is None


async def _fail(payload: str) -> None:
    raise AssertionError(f"resumed {payload}")
