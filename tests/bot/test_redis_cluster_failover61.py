"""A failover of the Redis Cluster under the store (round 61): the primary serving the store's
slot is killed mid-conversation and its replica takes over. Turns in flight then either
complete or get the short apology with Try again (never a traceback, never a second answer);
`/healthz` answers 503 while no node serves the store and 200 again once the replica does, and
the client follows the new primary without a restart, each person's place kept (the replica had
it: replication is asynchronous, see docs/operations.md). On a real cluster of three primaries
with a replica each, made with `redis-cli --cluster create --cluster-replicas 1`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.redis import RedisStore
from dialogs.contract import Reply, Turn
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.health import health_status
from tests.support.pipelines import test_pipeline
from tests.support.redis_cluster_failover import (
    CrashableServer,
    FailoverCluster,
    hold_failover,
    primary_of,
    promoted,
    replica_caught_up,
    replica_of,
    start_failover_cluster,
)

LEASE = 30.0
PEOPLE = ("U1", "U2", "U3")


def _turn(user: str, event: str, text: str | None = None, action: str | None = None) -> Turn:
    return Turn("slack", f"T7/D{user}", user, text=text, action=action, event_id=event)


def _yes(replies: list[Reply]) -> str:
    return next(c.value for c in replies[-1].choices if c.label == "Yes")


class Conversations:
    """The people's conversations, each answered and finished as a door does."""

    def __init__(self, pipeline: TurnPipeline) -> None:
        self.pipeline = pipeline
        self.last: dict[str, list[Reply]] = {}
        self._events = 0

    async def say(self, user: str, text: str | None = None, action: str | None = None) -> Turn:
        """One turn of `user`'s; its replies are in `last`."""
        self._events += 1
        turn = _turn(user, f"Ev{self._events}", text=text, action=action)
        await self.send(turn)
        return turn

    async def send(self, turn: Turn) -> bool:
        """Answer `turn` (an event sent again, too); whether it was an apology."""
        answer = await self.pipeline.answer(turn)
        await self.pipeline.finish(turn)
        if answer.replies:
            self.last[turn.user_id] = answer.replies
        return answer.apology


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[FailoverCluster]:
    """A cluster of its own: a node of it dies here."""
    made = start_failover_cluster(tmp_path / "cluster")
    yield made
    for node in made.nodes:
        node.stop()


@pytest.fixture
async def store(cluster: FailoverCluster) -> AsyncIterator[RedisStore]:
    opened = await RedisStore.open(
        cluster.url, namespace=f"failover-{uuid.uuid4().hex}", cluster=True, timeout_seconds=0.5
    )
    yield opened
    await opened.close()


async def _at_question_two(talk: Conversations, users: tuple[str, ...]) -> None:
    for user in users:
        await talk.say(user, text="check")
        await talk.say(user, action=_yes(talk.last[user]))
        assert "Key question 2" in talk.last[user][-1].text


async def _store_primary(cluster: FailoverCluster, store: RedisStore) -> CrashableServer:
    """The primary serving the store's slot, once its replica has every write so far."""
    primary = await primary_of(cluster, store._tagged("v", ""))
    replica_caught_up(primary)
    return primary


def _try_again(replies: list[Reply]) -> str:
    assert [r.text for r in replies] == [UNAVAILABLE_REPLY.text]
    assert [c.label for c in replies[0].choices] == ["Try again"]
    return replies[0].choices[0].value


async def test_turns_in_flight_as_the_primary_dies_complete_or_apologise_and_places_are_kept(
    core: Core, cluster: FailoverCluster, store: RedisStore
) -> None:
    talk = Conversations(test_pipeline(core, store, lease_seconds=LEASE))
    await _at_question_two(talk, PEOPLE)
    primary = await _store_primary(cluster, store)
    presses = [_turn(user, f"Ev-{user}-3", action=_yes(talk.last[user])) for user in PEOPLE]

    primary.crash()
    apologised = await asyncio.gather(*(talk.send(press) for press in presses))

    # Each press either rode through the failover (the client retries for about 4 s; here a
    # replica takes over in about 2) or got the short apology: nothing else.
    for user, apology in zip(PEOPLE, apologised, strict=True):
        if not apology:
            assert "Key question 3" in talk.last[user][-1].text
    await promoted(cluster, store._tagged("v", ""), primary)
    assert await health_status(store) == 200  # the client follows the new primary by itself
    for user, apology, press in zip(PEOPLE, apologised, presses, strict=True):
        if apology:
            retried = _turn(user, f"Ev-{user}-4", action=_try_again(talk.last[user]))
            assert await talk.send(retried) is False
        else:  # the same press delivered again: no second answer
            assert (await talk.pipeline.answer(press)).replies == []
        assert "Key question 3" in talk.last[user][-1].text
        await talk.say(user, action=_yes(talk.last[user]))
        assert "Key question 4" in talk.last[user][-1].text  # the place went on from there


async def test_a_failover_slower_than_the_retries_is_a_503_and_an_apology_until_it_is_done(
    core: Core, cluster: FailoverCluster, store: RedisStore
) -> None:
    talk = Conversations(test_pipeline(core, store, lease_seconds=LEASE))
    await _at_question_two(talk, ("U1",))
    assert await health_status(store) == 200
    primary = await _store_primary(cluster, store)
    replica = replica_of(cluster, primary)
    hold_failover(replica, held=True)  # as slow as production's: 15 s and more

    primary.crash()
    press = _turn("U1", "Ev-3", action=_yes(talk.last["U1"]))
    health, apology = await asyncio.gather(health_status(store), talk.send(press))

    # The other nodes still answer a PING: the health check asks the store's own node.
    assert health == 503
    assert apology
    again = _try_again(talk.last["U1"])

    hold_failover(replica, held=False)  # the replica takes over the failed primary
    assert await promoted(cluster, store._tagged("v", ""), primary) is replica
    assert await health_status(store) == 200
    assert await talk.send(_turn("U1", "Ev-4", action=again)) is False
    assert "Key question 3" in talk.last["U1"][-1].text  # the place was kept
