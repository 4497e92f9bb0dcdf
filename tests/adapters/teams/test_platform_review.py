"""Teams' validation rules (`../shared/platform-guidelines.md`, rows T-…), one test per row a
machine can check, over the real HTTP door on loopback with the Bot Connector stand-in.

Each test is named after its row, so the README's "Platform review" map can cite it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from adapters.teams.cards import CARD_VERSION, MAX_ACTIONS, count_actions
from adapters.teams.pacing import LIMITS, Pacer
from adapters.teams.package import LISTED_COMMANDS
from bot.app import Core
from bot.stores.sqlite import SQLiteStore
from tests.support.pipelines import SlowTurns
from tests.support.teams import (
    PERSONAL,
    Door,
    TeamsBot,
    local_door,
    make_pipeline,
    new_id,
    one,
    press,
    say,
    serve,
)
from tests.support.teams_standins import TENANT_ID, Connector, Sent

CHANNEL_THREAD = "19:a1b2c3d4e5f6a7b8c9d0@thread.tacv2;messageid=1764081070555"


async def _bot_with(door: Door, store: SQLiteStore, connector: Connector) -> Any:
    server = await serve(door, store)
    session = aiohttp.ClientSession()
    return server, session, TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)


@pytest.fixture
async def slow_teams(
    core: Core, store: SQLiteStore, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    """A bot whose answers take 2.5 s (a slow store, say), with the default typing delay."""
    door = local_door(SlowTurns(make_pipeline(core, store), 2.5), hosting)
    server, session, bot = await _bot_with(door, store, connector)
    yield bot
    await session.close()
    await server.close()


def _card_press(teams: TeamsBot, message: Sent, label: str) -> dict[str, Any]:
    """A card submission as Teams sends it: `replyToId` is the id of the card's message."""
    conversation = message.body["conversation"]["id"]
    return teams.activity(
        "card_submit",
        id=new_id(),
        value={"choice": message.choices()[label]},
        replyToId=message.id or message.path.rsplit("/", 1)[-1],
        conversation={"conversationType": "personal", "tenantId": TENANT_ID, "id": conversation},
    )


async def _press_on(teams: TeamsBot, message: Sent, label: str) -> list[Sent]:
    before = len(teams.connector.messages())
    response = await teams.post(_card_press(teams, message, label))
    assert response.status == 200, response.body
    return teams.connector.messages()[before:]


# -- T-1, T-2, T-3: welcome ---------------------------------------------------------------------


async def test_T1_install_in_personal_scope_welcomes_exactly_once_and_help_is_not_the_welcome(
    teams: TeamsBot,
) -> None:
    welcome = one(await teams.send("bot_added_personal"))
    assert await teams.send("bot_added_personal") == []  # Teams delivering the install twice
    helped = one(await say(teams, "help"))
    assert len(await teams.send("bot_added_personal", id=new_id())) <= 1  # a reinstall

    assert "Hello!" in welcome.texts
    assert "Hello!" not in helped.texts and "What I can do" in helped.texts


async def test_T2_the_welcome_says_what_it_does_offers_every_command_and_has_no_dead_end(
    teams: TeamsBot,
) -> None:
    welcome = one(await teams.send("bot_added_personal"))

    offered = {value.removeprefix("cmd:") for value in welcome.choices().values()}
    mentioned = {c for c in LISTED_COMMANDS if f"**{c}**" in welcome.texts}
    assert set(LISTED_COMMANDS) <= offered | mentioned
    assert "share information" in welcome.texts
    assert "appsource" not in welcome.texts.lower() and "http" not in welcome.texts
    assert _all(welcome.card, "Action.OpenUrl") == []  # nothing sends people out of Teams


async def test_T3_adding_to_a_team_sends_no_personal_message_to_anyone(teams: TeamsBot) -> None:
    sent = await teams.send("bot_added_to_team")

    assert len(sent) == 1 and "@thread" in sent[0].path
    assert [s for s in teams.connector.sent if s.path == "/v3/conversations"] == []


# -- T-4, T-5, T-6: help, hello, anything else --------------------------------------------------


@pytest.mark.parametrize("said", ["help", "HELP", "Help", "hElP"])
async def test_T4_help_in_any_case_lists_the_commands_inside_teams(
    teams: TeamsBot, said: str
) -> None:
    reply = one(await say(teams, said))

    assert "What I can do" in reply.texts and "check" in reply.texts
    assert _all(reply.card, "Action.OpenUrl") == []


@pytest.mark.parametrize("said", ["hi", "Hi", "hello", "Hello!"])
async def test_T5_hi_and_hello_get_a_sensible_reply(teams: TeamsBot, said: str) -> None:
    reply = one(await say(teams, said))

    assert "Hello" in reply.texts and reply.choices()


@pytest.mark.parametrize(
    "said", ["asdfgh", "🙂🙂🙂", "x" * 2000, "lorem ipsum " * 170, "   ", "/xyzzy"]
)
async def test_T6_any_input_gets_a_guided_reply_unlike_a_valid_command(
    teams: TeamsBot, said: str
) -> None:
    helped = one(await say(teams, "help"))

    reply = one(await say(teams, said))

    assert reply.texts.strip() and reply.texts != helped.texts
    assert reply.choices() or "help" in reply.texts.lower()


@pytest.mark.parametrize("value", [{}, {"choice": ""}, {"input": "choice-1"}, None])
async def test_T6_an_empty_card_submit_gets_a_guided_reply(
    teams: TeamsBot, value: dict[str, str] | None
) -> None:
    reply = one(await teams.send("card_submit", id=new_id(), value=value, text=""))

    assert reply.texts.strip()
    assert reply.choices() or "help" in reply.texts.lower()


# -- T-8: typing ------------------------------------------------------------------------------


async def test_T8_a_slow_answer_shows_typing_within_2_seconds_and_none_after_the_answer(
    slow_teams: TeamsBot,
) -> None:
    started = time.monotonic()

    reply = one(await say(slow_teams, "what is an ISP?"))

    (typing,) = slow_teams.connector.typing()
    assert typing.at - started < 2.0  # the first thing Teams shows comes within 2 s
    assert typing.at < reply.at  # typing first, then the answer, and nothing after it
    assert slow_teams.connector.sent[-1] is reply


async def test_T8_a_fast_answer_needs_no_typing_indicator(teams: TeamsBot) -> None:
    started = time.monotonic()
    reply = one(await say(teams, "what is an ISP?"))

    assert teams.connector.typing() == []
    assert reply.at - started < 2.0


# -- T-10: one post per answer, thread replies -----------------------------------------------


async def test_T10_one_question_is_one_message_in_the_same_thread(teams: TeamsBot) -> None:
    in_chat = await say(teams, "Why is information sharing important?")
    in_channel = await say(teams, "what is an ISP?", where="channel_mention")

    assert len(in_chat) == 1 and len(in_channel) == 1
    (reply,) = in_channel
    assert reply.path.startswith(f"/v3/conversations/{CHANNEL_THREAD}/activities/")
    assert reply.body.get("replyToId")


# -- T-11: the consent check updates one card in place ------------------------------------------


async def test_T11_a_whole_consent_check_updates_one_card_in_place(teams: TeamsBot) -> None:
    card = one(await say(teams, "check"))
    assert card.method == "POST" and card.id
    message = card
    presses = 0
    for _ in range(12):
        if "Yes" not in message.choices():
            break
        message = one(await _press_on(teams, message, "Yes"))
        presses += 1
        assert message.method == "PUT"
        assert message.path == f"/v3/conversations/{PERSONAL}/activities/{card.id}"
        message.id = card.id  # the same card, now showing the next step

    assert presses >= 3
    assert teams.connector.posted() == [card]  # one message for the whole check
    assert len(teams.connector.updates()) == presses
    assert "INFORMATION SHARING DECISION RECORD" in message.texts


async def test_T11_when_teams_will_not_update_the_card_the_next_question_is_posted(
    teams: TeamsBot,
) -> None:
    card = one(await say(teams, "check"))
    teams.connector.refuse_updates = True

    sent = await _press_on(teams, card, "Yes")

    assert [s.method for s in sent] == ["PUT", "POST"]
    assert "Key question 2" in sent[-1].texts


async def test_T11_pressing_a_topic_or_a_command_posts_a_new_message(teams: TeamsBot) -> None:
    topics = one(await say(teams, "topics"))
    first = next(iter(topics.choices()))
    helped = one(await say(teams, "help"))

    answer = one(await _press_on(teams, topics, first))
    started = one(await _press_on(teams, helped, "Start a consent check"))

    assert answer.method == "POST" and started.method == "POST"


# -- T-22, T-23, T-24, T-25: cards --------------------------------------------------------------


def _all(node: Any, kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == kind:
            found.append(node)
        for value in node.values():
            found += _all(value, kind)
    elif isinstance(node, list):
        for item in node:
            found += _all(item, kind)
    return found


async def _a_whole_conversation(teams: TeamsBot, answer: str) -> list[Sent]:
    for said in ("hello", "topics", "rules", "about", "Why is information sharing important?"):
        await say(teams, said)
    message = one(await say(teams, "check"))
    for _ in range(12):
        if answer not in message.choices():
            break
        message = one(await press(teams, message, answer))
    return [m for m in teams.connector.messages() if "attachments" in m.body]


@pytest.mark.parametrize("answer", ["Yes", "No", "Not sure"])
async def test_T22_T23_T24_every_card_is_v1_5_or_lower_wraps_and_fits_a_phone(
    teams: TeamsBot, answer: str
) -> None:
    for message in await _a_whole_conversation(teams, answer):
        card = message.card
        assert tuple(int(p) for p in card["version"].split(".")) <= (1, 5)
        assert card["version"] == CARD_VERSION
        assert count_actions(card) <= MAX_ACTIONS
        for block in _all(card, "TextBlock"):
            assert block.get("wrap") is True
        assert _all(card, "ColumnSet") == [] and _all(card, "Image") == []
        assert "minHeight" not in json.dumps(card) and "px" not in json.dumps(card)
        for button in _all(card, "Action.Submit"):
            assert len(button["title"]) <= 40  # a longer label goes in a wrapping choice list


@pytest.mark.parametrize("answer", ["Yes", "No", "Not sure"])
async def test_T25_meaning_never_rests_on_colour_the_outcome_is_in_words(
    teams: TeamsBot, answer: str
) -> None:
    cards = await _a_whole_conversation(teams, answer)
    for message in cards:
        for action in _all(message.card, "Action.Submit"):
            assert "style" not in action
    final = cards[-1]
    (outcome,) = final.body["value"]["outcomes"].values()
    words = {"share": "share", "do-not-share": "not share", "seek-advice": "advice"}[outcome]
    assert words in final.texts.lower()
    assert words in final.card["fallbackText"].lower()


# -- T-29 … T-32: rate limits -------------------------------------------------------------------


async def test_T29_a_burst_into_one_thread_stays_under_the_limits_and_loses_nothing(
    teams: TeamsBot,
) -> None:
    people = [f"29:person-{n}" for n in range(10)]
    activities = [
        teams.activity(
            "channel_mention",
            id=new_id(),
            text="<at>infoshare</at> what is an ISP?",
            **{"from": {"id": person, "name": "Someone"}},
        )
        for person in people
    ]

    responses = await asyncio.gather(*(teams.post(a) for a in activities))

    assert all(r.status == 200 for r in responses)
    sent = [s for s in teams.connector.messages() if CHANNEL_THREAD in s.path]
    assert len(sent) == len(people)  # one answer each, none lost
    times = sorted(s.at for s in sent)
    for seconds, most in LIMITS[:2]:
        for i, start in enumerate(times):
            assert len([t for t in times[i:] if t - start < seconds]) <= most


@pytest.mark.parametrize("status", [429, 412, 502, 504])
async def test_T32_a_throttled_send_honours_retry_after_and_delivers_once(
    teams: TeamsBot, status: int
) -> None:
    teams.connector.retry_after = "1"
    teams.connector.fail_next = [status]

    await say(teams, "help")

    attempts = teams.connector.posted()
    assert len(attempts) == 2  # one refused, one delivered: no duplicate
    assert attempts[0].body == attempts[1].body
    assert attempts[1].at - attempts[0].at >= 1.0


async def test_T32_a_throttled_card_update_is_retried_and_lands_once(teams: TeamsBot) -> None:
    card = one(await say(teams, "check"))
    teams.connector.retry_after = "1"
    teams.connector.fail_next = [429]

    sent = await _press_on(teams, card, "Yes")

    assert [s.method for s in sent] == ["PUT", "PUT"]
    assert teams.connector.posted() == [card]
    assert "Key question 2" in sent[-1].texts


# -- T-28: message size ----------------------------------------------------------------------------


async def test_T28_the_largest_messages_stay_under_80_kb(teams: TeamsBot) -> None:
    await say(teams, "topics")
    await say(teams, "rules")
    await say(teams, "about")
    await say(teams, "x" * 5000)
    message = one(await say(teams, "check"))
    for _ in range(12):
        if "Yes" not in message.choices():
            break
        message = one(await _press_on(teams, message, "Yes"))
        message.id = message.path.rsplit("/", 1)[-1]
    sizes = [len(json.dumps(m.body).encode()) for m in teams.connector.messages()]
    assert max(sizes) < 80 * 1024


async def test_T29_pacing_waits_for_the_window_and_never_holds_up_another_conversation() -> None:
    pacer = Pacer(limits=((0.3, 2),))
    started: dict[str, list[float]] = {"busy": [], "other": []}
    t0 = time.monotonic()

    async def send(conversation: str) -> None:
        async with pacer.slot(conversation):
            started[conversation].append(time.monotonic() - t0)
            await asyncio.sleep(0.05)  # the request takes a while

    await asyncio.gather(*(send("busy") for _ in range(4)), send("other"))

    busy = sorted(started["busy"])
    assert busy[2] >= busy[0] + 0.05 + 0.3  # after the first one finished, plus the window
    assert busy[3] >= busy[1] + 0.05 + 0.3
    # Another conversation went straight away: before the busy one's window let it go on
    # (an order, not a time on the wall, which a loaded machine stretches).
    assert started["other"][0] < busy[2]
