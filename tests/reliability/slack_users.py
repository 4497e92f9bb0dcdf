"""Simulated Slack users, and the part of Slack that delivers their events to the instances."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp

from bot.turn_runs import BUSY_REPLY
from dialogs.notices import UNAVAILABLE_REPLY
from knowledge.flow_pack import AnswerKey, FlowOutcome
from tests.reliability.fleet import SIGNING_SECRET, Fleet
from tests.reliability.tally import Ack, Miss, Tally
from tests.reliability.waiting import arrival
from tests.support.fake_slack import BOT_ID, BOT_USER, TEAM, FakeSlack, Message
from tests.support.slack import sign

TYPED = {
    AnswerKey.YES: "yes",
    AnswerKey.NO: "no",
    AnswerKey.REFUSED: "they refused",
    AnswerKey.UNSAFE_TO_ASK: "not safe to ask",
    AnswerKey.NOT_ASKED: "not asked yet",
    AnswerKey.NOT_SURE: "not sure",
}
REPLY_WAIT_SECONDS = 12.0
_ids = itertools.count(1)


class WatchedSlack(FakeSlack):
    """The Slack stand-in, with messages indexed by channel and a signal on each new one."""

    def __init__(self) -> None:
        super().__init__()
        self.by_channel: dict[str, list[Message]] = defaultdict(list)
        self.arrived: dict[str, asyncio.Event] = defaultdict(asyncio.Event)
        self.posted_at: dict[str, float] = {}
        """When each message arrived, by its ts (monotonic clock)."""

    def _store(self, params: dict[str, Any], user: str | None = None) -> Message:
        message = super()._store(params, user)
        self.posted_at[message.ts] = time.monotonic()
        self.by_channel[message.channel].append(message)
        self.arrived[message.channel].set()
        return message


@dataclass
class SlackPlatform:
    """Delivers signed requests to an instance chosen at random, re-sending as Slack does.

    Slack re-sends an event that was not acknowledged (a cut connection, an error status or
    no answer within 3 s); a person whose button press failed presses it again, which Slack
    sends as the same press of the same message.
    """

    fleet: Fleet
    rng: random.Random
    session: aiohttp.ClientSession
    tally: Tally
    only: list[Any] | None = None

    async def send(self, body: bytes, content_type: str, *, resend: bool = False) -> Ack | None:
        """Deliver until acknowledged (by whom, when), or give up after several attempts."""
        for attempt in range(8):
            instance = self.fleet.pick(self.rng, self.only)
            sent = time.monotonic()
            headers = {"Content-Type": content_type, **sign(body, secret=SIGNING_SECRET)}
            if attempt or resend:
                headers |= {
                    "X-Slack-Retry-Num": str(attempt + 1),
                    "X-Slack-Retry-Reason": "http_timeout" if resend else "http_error",
                }
            try:
                async with self.session.post(
                    instance.url + "/slack/events",
                    data=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=6),
                ) as response:
                    await response.read()
                    if response.status == 200:
                        return Ack(instance.name, sent, time.monotonic())
            except (aiohttp.ClientError, TimeoutError):
                pass
            self.tally.platform_resends += 1
            await asyncio.sleep(min(0.25 * 2**attempt, 2.0))
        return None


@dataclass
class SlackUser:
    """One person doing a whole consent check in a DM, with the habits real people have."""

    number: int
    answers: dict[str, AnswerKey]
    expected: FlowOutcome
    platform: SlackPlatform
    slack: WatchedSlack
    rng: random.Random
    tally: Tally
    seen: int = 0
    typed_questions: list[Message] = field(default_factory=list)
    acks: list[Ack] = field(default_factory=list)

    @property
    def user(self) -> str:
        return f"U{self.number:06d}"

    @property
    def channel(self) -> str:
        return "D" + self.user[1:]  # the stand-in's conversations.open names DMs like this

    def messages(self) -> list[Message]:
        return self.slack.by_channel[self.channel]

    async def run(self) -> None:
        """Start the check, answer every question, and check the outcome."""
        await self._act(lambda: self._say("check"))
        for _ in range(40):
            outcome = self._outcome()
            if outcome is not None:
                self.tally.finished(self.expected, outcome)
                return
            question = self._current_question()
            if question is None:
                self._stuck("no question to answer")
                return
            await self._answer(question)
        self._stuck("still asked after 40 answers")

    def _stuck(self, why: str) -> None:
        self.tally.stuck += 1
        last = [f"{m.text[:60]!r} ({len(_values(m))} buttons)" for m in self.messages()[-3:]]
        self.tally.stuck_users.append(f"{self.user}: {why}; last seen: {'; '.join(last)}")

    async def _answer(self, question: Message) -> None:
        step = _step_of(question)
        answer = self.answers[step]
        if self.typed_questions and self.rng.random() < 0.2:
            stale = self.typed_questions.pop(0)
            self.tally.stale_presses += 1
            await self._act(lambda: self._press(stale, _any_value(stale)))
            return
        if self.rng.random() < 0.15:
            self.typed_questions.append(question)
            await self._act(lambda: self._say(TYPED[answer]))
            return
        value = next(v for v in _values(question) if v.endswith(":" + answer.value))
        await self._act(lambda: self._press(question, value))

    async def _act(self, send: Any) -> None:
        """Do something and wait for the answer, retrying the way a person would."""
        for _ in range(4):
            before = len(self.messages())
            self.acks.clear()
            await send()
            self.tally.actions += 1
            reply = await self._reply_after(before)
            if reply is None:
                self.tally.silent_losses += 1
                self.tally.misses.append(Miss(self.user, tuple(self.acks), time.monotonic()))
                continue
            if reply.text in (UNAVAILABLE_REPLY.text, BUSY_REPLY.text):
                self.tally.apologies += 1
                retry = _values(reply)
                if retry:
                    send = lambda m=reply, v=retry[0]: self._press(m, v)  # noqa: E731
                await asyncio.sleep(0.3)
                continue
            return
        self.tally.lost += 1

    async def _reply_after(self, before: int) -> Message | None:
        """The newest message once a question, an outcome or an apology has arrived."""

        def look() -> Message | None:
            return next(
                (
                    m
                    for m in reversed(self.messages()[before:])
                    if _values(m) or _outcome_of(m) or m.text in _APOLOGIES
                ),
                None,
            )

        found = await arrival(self.slack.arrived[self.channel], look, REPLY_WAIT_SECONDS)
        if found is not None:
            await asyncio.sleep(0.05)  # let the rest of a split answer land
        return found

    async def _say(self, text: str) -> None:
        event = {
            "user": self.user,
            "type": "message",
            "ts": _ts(),
            "client_msg_id": f"msg-{self.number}-{next(_ids)}",
            "text": text,
            "team": TEAM,
            "channel": self.channel,
            "event_ts": _ts(),
            "channel_type": "im",
        }
        body = json.dumps(
            {
                "token": "x",
                "team_id": TEAM,
                "api_app_id": "A0INFOSHARE",
                "event": event,
                "type": "event_callback",
                "event_id": f"Ev{self.number:06d}{next(_ids):08d}",
                "event_time": int(time.time()),
            }
        ).encode()
        await self._deliver(body, "application/json")

    async def _press(self, message: Message, value: str) -> None:
        button = next(b for b in _buttons_as_posted(message) if b.get("value") == value)
        payload = {
            "type": "block_actions",
            "user": {"id": self.user, "username": self.user, "team_id": TEAM},
            "api_app_id": "A0INFOSHARE",
            "container": {
                "type": "message",
                "message_ts": message.ts,
                "channel_id": message.channel,
                "is_ephemeral": False,
            },
            "trigger_id": f"trigger-{next(_ids)}",
            "team": {"id": TEAM, "domain": "example"},
            "channel": {"id": message.channel, "name": "directmessage"},
            "message": {
                "type": "message",
                "user": BOT_USER,
                "bot_id": BOT_ID,
                "text": message.text,
                "ts": message.ts,
                "blocks": message.original.get("blocks") or message.blocks,
            },
            "actions": [{**button, "block_id": "b", "action_ts": _ts()}],
        }
        body = urlencode({"payload": json.dumps(payload)}).encode()
        double_click = self.rng.random() < 0.15
        if double_click:
            self.tally.double_clicks += 1
            await asyncio.gather(
                self._deliver(body, "application/x-www-form-urlencoded"),
                self._deliver(body, "application/x-www-form-urlencoded"),
            )
        else:
            await self._deliver(body, "application/x-www-form-urlencoded")

    async def _deliver(self, body: bytes, content_type: str) -> None:
        acked = await self.platform.send(body, content_type)
        if acked is not None:
            self.acks.append(acked)
        if acked and self.rng.random() < 0.15:
            # Slack re-sends an event whose acknowledgement it did not see in time.
            self.tally.resent_events += 1
            again = await self.platform.send(body, content_type, resend=True)
            if again is not None:
                self.acks.append(again)

    def _current_question(self) -> Message | None:
        """The newest message asking a key question (an apology's Try again is not one)."""
        for message in reversed(self.messages()):
            if _step_of(message) and message.text not in _APOLOGIES:
                return message
        return None

    def _outcome(self) -> str | None:
        for message in reversed(self.messages()):
            kind = _outcome_of(message)
            if kind:
                return kind
        return None


_APOLOGIES = {UNAVAILABLE_REPLY.text, BUSY_REPLY.text}


def _buttons_as_posted(message: Message) -> list[dict[str, Any]]:
    """A message's buttons as first posted (a press takes them away by updating it)."""
    blocks = message.original.get("blocks") or message.blocks
    return [
        element
        for block in blocks
        if isinstance(block, dict) and block.get("type") == "actions"
        for element in block["elements"]
    ]


def _values(message: Message) -> list[str]:
    return [str(b.get("value")) for b in _buttons_as_posted(message) if b.get("value")]


def _step_of(message: Message) -> str:
    for value in _values(message):
        parts = value.split(":")
        if parts[0] == "check" and len(parts) == 4:
            return parts[2]
    return ""


def _any_value(message: Message) -> str:
    return next(v for v in _values(message) if v.startswith("check:"))


def _outcome_of(message: Message) -> str | None:
    metadata = message.metadata or {}
    if metadata.get("event_type") != "infoshare_outcome":
        return None
    outcome = metadata.get("event_payload", {}).get("outcome")
    return str(outcome) if outcome else None


def _ts() -> str:
    return f"{time.time():.6f}"
