"""The fallbacks for the release before round 58 are gone (round 60): its data has expired
(conversations live a day at most, a press is replayed within half an hour). The Redis store
names each key once, by its tagged name, and reads nothing under the untagged names that
release wrote; a press kept unkeyed is an ordinary press, not one to replay.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from bot.app import Core
from bot.stores import Claim
from bot.stores.redis import RedisStore
from dialogs.contract import Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import test_pipeline
from tests.support.redis_server import RedisServer
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]

LEASE = 30.0
DAY = 86400.0


@pytest.fixture
async def raw(redis_server: RedisServer) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


@pytest.fixture
async def opened(redis_server: RedisServer) -> AsyncIterator[tuple[RedisStore, str, FakeClock]]:
    clock, namespace = FakeClock(), f"gone-{uuid.uuid4().hex}"
    store = await RedisStore.open(redis_server.url, namespace=namespace, clock=clock)
    yield store, namespace, clock
    await store.close()


async def test_keys_under_their_untagged_names_are_not_read(
    opened: tuple[RedisStore, str, FakeClock], raw: aioredis.Redis
) -> None:
    store, ns, clock = opened
    now_ms = int(clock() * 1000)
    await raw.hset(f"{ns}:v:dialog:a", mapping={"val": '{"n": 7}', "ver": 4, "exp": now_ms + 1000})
    await raw.set(f"{ns}:e:Held", f"{now_ms + 30000}|old-owner")
    await raw.set(f"{ns}:f:Done", str(now_ms + 60000))
    await raw.set(f"{ns}:d:Part", f"{now_ms + 60000}|2")

    assert await store.get("dialog:a") is None
    assert await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY) == 1
    assert await store.claim_event("Held", LEASE, owner="new") is True
    assert await store.event_finished("Done") is False
    claimed, _ = await store.claim_and_get("Done", LEASE, owner="new", key="dialog:a")
    assert claimed is True
    assert await store.delivered_parts("Part") == 0
    assert await store.delete_prefix("dialog:") == 1  # the tagged name only
    assert await raw.exists(f"{ns}:v:dialog:a") == 1  # the untagged one is not this store's


async def test_every_script_is_given_each_key_once_by_its_tagged_name(
    opened: tuple[RedisStore, str, FakeClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, ns, _ = opened
    sent: list[list[str]] = []
    script = store._script

    async def recording(run: Any, keys: list[str], args: list[Any]) -> Any:
        sent.append(list(keys))
        return await script(run, keys, args)

    monkeypatch.setattr(store, "_script", recording)
    await store.get("dialog:a")
    await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY)
    await store.claim_and_get("Ev", LEASE, owner="o", key="dialog:a")
    await store.put(
        "dialog:a", {"n": 2}, expected_version=1, ttl_seconds=DAY, claim=Claim("Ev", "o")
    )
    await store.renew_event("Ev", LEASE, owner="o")
    await store.release_event("Ev", owner="o", delivered=1, ttl_seconds=DAY)
    await store.claim_event("Ev", LEASE, owner="o")
    await store.finish_event("Ev", DAY, owner="o")

    tag = f"{{{ns}}}:"
    assert [[key.removeprefix(tag) for key in keys] for keys in sent] == [
        ["v:dialog:a"],
        ["v:dialog:a"],
        ["e:Ev", "f:Ev", "v:dialog:a"],
        ["v:dialog:a", "e:Ev"],
        ["e:Ev", "f:Ev"],
        ["e:Ev", "f:Ev", "d:Ev"],
        ["e:Ev", "f:Ev"],
        ["e:Ev", "f:Ev"],
    ]


def _press(value: str, event: str) -> Turn:
    return Turn("teams", "a:personal-29:user-1", "29:user-1", action=value, event_id=event)


async def test_a_press_kept_unkeyed_is_not_taken_for_the_same_press_again(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = (test_pipeline(core, store, lease_seconds=0.3) for _ in range(2))
    start = Turn("teams", "a:personal-29:user-1", "29:user-1", text="check", event_id="act-1")
    card = (await survivor.answer(start)).replies[-1]
    await survivor.finish(start)
    no = next(c.value for c in card.choices if c.label == "No")
    await dying.answer(_press(no, "act-2"))  # saved; its process died delivering it
    key = "teams|a:personal-29:user-1|29:user-1"
    stored = await store.get(key)
    assert stored is not None
    unkeyed = dict(stored.value)  # the press as the release before round 58 kept it
    unkeyed["replay"] = {
        **unkeyed["replay"],
        "press": hashlib.blake2b(no.encode(), digest_size=12).hexdigest(),
    }
    await store.put(key, unkeyed, expected_version=stored.version, ttl_seconds=3600)
    clock.now += 11

    again = await survivor.answer(_press(no, "act-3"))

    assert not again.replayed
