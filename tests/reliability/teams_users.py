"""Simulated Teams users, and a Bot Connector stand-in that records what each of them was sent."""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.turn_runs import BUSY_REPLY
from dialogs.notices import UNAVAILABLE_REPLY
from knowledge.flow_pack import AnswerKey, FlowOutcome
from tests.reliability.fleet import Fleet
from tests.reliability.tally import Ack, Miss, Tally
from tests.reliability.waiting import arrival
from tests.support.cards import nodes

TENANT = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
BOT = {"id": "28:00000000-1111-2222-3333-444444444444", "name": "infoshare"}
REPLY_WAIT_SECONDS = 12.0
_ids = itertools.count(1)


@dataclass
class Delivery:
    """One activity the bot sent into a conversation (a reply, a new message or an update)."""

    method: str
    conversation: str
    answers: str | None  # the incoming activity it replies to, if any
    body: dict[str, Any]

    @property
    def is_typing(self) -> bool:
        return self.body.get("type") == "typing"


@dataclass
class Connector:
    """The Bot Connector's REST API, on loopback, indexed by conversation."""

    url: str = ""
    by_conversation: dict[str, list[Delivery]] = field(default_factory=lambda: defaultdict(list))
    arrived: dict[str, asyncio.Event] = field(default_factory=lambda: defaultdict(asyncio.Event))
    _server: TestServer | None = None

    async def start(self) -> None:
        counter = itertools.count(1)

        async def record(request: web.Request) -> web.Response:
            body = await request.json() if request.can_read_body else {}
            conversation = request.match_info.get("conversation", "")
            answers = request.match_info.get("activity") if request.method == "POST" else None
            delivery = Delivery(request.method, conversation, answers, body)
            self.by_conversation[conversation].append(delivery)
            self.arrived[conversation].set()
            return web.json_response({"id": f"bot-{next(counter)}"}, status=201)

        app = web.Application()
        path = "/v3/conversations/{conversation}/activities"
        app.router.add_post(path, record)
        app.router.add_post(path + "/{activity}", record)
        app.router.add_put(path + "/{activity}", record)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()
        self.url = str(self._server.make_url("/"))

    async def close(self) -> None:
        if self._server is not None:
            await self._server.close()


@dataclass
class TeamsUser:
    """One person doing a whole consent check in personal chat with the bot.

    When the bot fails to take an activity, Teams tells the person it could not be sent, and
    they send it again (a new activity); that is what this user does. Teams re-sends the *same*
    activity only after 15 s without an answer, so same-id re-sends here come after the answer.
    """

    number: int
    answers: dict[str, AnswerKey]
    expected: FlowOutcome
    fleet: Fleet
    connector: Connector
    session: aiohttp.ClientSession
    rng: random.Random
    tally: Tally
    only: list[Any] | None = None
    sent: list[str] = field(default_factory=list)

    @property
    def conversation(self) -> str:
        return f"a:personal-{self.number:06d}"

    def deliveries(self) -> list[Delivery]:
        return [d for d in self.connector.by_conversation[self.conversation] if not d.is_typing]

    async def run(self) -> None:
        """Start the check, answer every question, and check the outcome."""
        await self._act({"text": "check"})
        for _ in range(40):
            outcome = next(
                (o for d in self.deliveries() if (o := _outcome_of(d.body)) is not None), None
            )
            if outcome is not None:
                self.tally.finished(self.expected, outcome)
                return
            value = next(
                (
                    v
                    for d in reversed(self.deliveries())
                    if (v := _answer_value(d.body, self.answers)) is not None
                ),
                None,
            )
            if value is None:
                self._stuck("no question to answer")
                return
            await self._act({"value": {"choice": value}})
        self._stuck("still asked after 40 answers")

    def _stuck(self, why: str) -> None:
        self.tally.stuck += 1
        last = [repr(_text_of(d.body)[:60]) for d in self.deliveries()[-3:]]
        self.tally.stuck_users.append(f"{self.conversation}: {why}; last seen: {'; '.join(last)}")

    async def _act(self, content: dict[str, Any]) -> None:
        for _ in range(4):
            before = len(self.deliveries())
            activity = self._activity(content)
            acks = await self._post(activity)
            taken = bool(acks)
            self.tally.actions += 1
            # Teams shows the person at once that a message failed to send.
            reply = await self._reply_after(before, REPLY_WAIT_SECONDS if taken else 2.0)
            if reply is None:
                if taken:
                    self.tally.silent_losses += 1
                    self.tally.misses.append(Miss(self.conversation, acks, time.monotonic()))
                else:
                    self.tally.visible_failures += 1
                continue
            if is_apology(reply.body):
                self.tally.apologies += 1
                await asyncio.sleep(0.3)
                continue
            return
        self.tally.lost += 1

    async def _post(self, activity: dict[str, Any]) -> tuple[Ack, ...]:
        """Send to an instance at random; who took the activity (none: it was not taken).

        Now and then the same activity is sent again afterwards, as Teams does when it
        thought the bot too slow, possibly to the other instance: it must get no second answer.
        """
        taken = await self._post_once(activity)
        if taken is None:
            return ()
        if self.rng.random() < 0.15:
            self.tally.resent_events += 1
            again = await self._post_once(activity)
            return (taken,) if again is None else (taken, again)
        return (taken,)

    async def _post_once(self, activity: dict[str, Any]) -> Ack | None:
        instance = self.fleet.pick(self.rng, self.only)
        sent = time.monotonic()
        try:
            async with self.session.post(
                instance.url + "/api/messages",
                json=activity,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                await response.read()
                return Ack(instance.name, sent, time.monotonic()) if response.status < 300 else None
        except (aiohttp.ClientError, TimeoutError):
            self.tally.platform_resends += 1  # cut off: the person will send again
            return None

    async def _reply_after(self, before: int, wait: float) -> Delivery | None:
        """The answer once one arrives (an apology only if nothing else came)."""

        def look() -> Delivery | None:
            new = self.deliveries()[before:]
            return next((d for d in new if not is_apology(d.body)), new[-1]) if new else None

        return await arrival(self.connector.arrived[self.conversation], look, wait)

    def _activity(self, content: dict[str, Any]) -> dict[str, Any]:
        activity_id = f"act-{self.number:06d}-{next(_ids)}"
        self.sent.append(activity_id)
        user = f"29:user-{self.number:06d}"
        return {
            "type": "message",
            "id": activity_id,
            "timestamp": "2026-11-26T10:00:00.000Z",
            "channelId": "msteams",
            "serviceUrl": self.connector.url,
            "from": {"id": user, "name": "Practitioner", "aadObjectId": f"aad-{self.number}"},
            "conversation": {
                "conversationType": "personal",
                "tenantId": TENANT,
                "id": self.conversation,
            },
            "recipient": BOT,
            "channelData": {"tenant": {"id": TENANT}},
            "locale": "en-GB",
            **content,
        }


def _answer_value(body: dict[str, Any], answers: dict[str, AnswerKey]) -> str | None:
    """The value of the button that answers the card's current question as planned."""
    for node in nodes(body.get("attachments")):
        data = node.get("data") if node.get("type") == "Action.Submit" else None
        choice = data.get("choice") if isinstance(data, dict) else None
        parts = str(choice).split(":")
        planned = len(parts) == 4 and parts[2] in answers and answers[parts[2]].value
        if parts[0] == "check" and parts[3:] == [planned]:
            return str(choice)
    return None


def _outcome_of(body: dict[str, Any]) -> str | None:
    value = body.get("value")
    outcomes = value.get("outcomes") if isinstance(value, dict) else None
    if isinstance(outcomes, dict) and outcomes:
        return str(next(iter(outcomes.values())))
    return None


def is_apology(body: dict[str, Any]) -> bool:
    """Whether a delivery is the apology for a turn that could not be answered."""
    return _text_of(body) in (UNAVAILABLE_REPLY.text, BUSY_REPLY.text)


def _text_of(body: dict[str, Any]) -> str:
    texts = [n.get("text") for n in nodes(body.get("attachments")) if n.get("type") == "TextBlock"]
    return str(body.get("text") or (texts[0] if texts else ""))


def rng_for(seed: int, number: int) -> random.Random:
    """Each user's own random stream, so a run can be repeated exactly from its seed."""
    return random.Random(seed * 1_000_003 + number)
