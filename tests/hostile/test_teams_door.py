"""The Teams door against hostile requests: a quick 200 (ignored), 400, 401 or 403, never a 500,
and the server keeps answering everyone else meanwhile."""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import aiohttp
import jwt
import pytest

from adapters.teams import signing_keys
from adapters.teams.door import TeamsDoor
from bot.app import Core
from bot.stores.sqlite import SQLiteStore
from tests.support.teams import TeamsBot, make_pipeline, secured_auth, serve
from tests.support.teams_standins import APP_ID, ISSUER, Connector, KeyServer

_ids = itertools.count(1)


def _id() -> str:
    return f"hostile-{next(_ids)}"


async def _health(teams: TeamsBot) -> int:
    async with teams.session.get(f"{teams.url}/healthz") as response:
        return response.status


# -- one message must never stall the server ----------------------------------------------------


@pytest.mark.parametrize("unit", ["<at>", "<at id='0'>x", "<AT", "<p", "<at></a>"])
async def test_a_megabyte_of_unclosed_mention_tags_is_answered_and_stalls_nothing(
    teams: TeamsBot, unit: str
) -> None:
    text = unit * (900_000 // len(unit))
    sent = asyncio.create_task(teams.post(teams.activity("personal_message", id=_id(), text=text)))
    healthy = await _health(teams)
    response = await sent

    assert healthy == 200
    assert response.status == 200
    assert len(teams.connector.messages()) >= 1


# -- JSON nested too deeply --------------------------------------------------------------------


@pytest.mark.parametrize("depth", [65, 1_000, 200_000])
async def test_deeply_nested_json_gets_400(teams: TeamsBot, depth: int) -> None:
    body = b'{"type": "message", "value": ' + b"[" * depth + b"]" * depth + b"}"

    response = await teams.post(raw=body)

    assert response.status == 400 and "nested too deeply" in response.body["reason"]
    assert teams.connector.sent == []


# -- fields of the wrong type ------------------------------------------------------------------

WRONG_TYPES: dict[str, dict[str, Any]] = {
    "from is text": {"from": "29:sam"},
    "from is a list": {"from": [{"id": "29:sam"}]},
    "from.id is a number": {"from": {"id": 5}},
    "from.name is an object": {"from": {"id": "29:sam", "name": {"x": 1}}},
    "conversation is text": {"conversation": "a:chat"},
    "conversation.id is a list": {"conversation": {"id": ["a"]}},
    "conversationType is a number": {
        "conversation": {"id": "a:chat", "conversationType": 3, "tenantId": 5}
    },
    "recipient is null": {"recipient": None},
    "value is a list": {"value": [1, 2]},
    "value is a number": {"value": 5},
    "value.choice is an object": {"value": {"choice": {"a": 1}}},
    "value.input names a list": {"value": {"input": ["choice"]}},
    "entities is an object": {"entities": {"type": "mention"}},
    "an entity is a number": {"entities": [5, None, "x"]},
    "a mention whose text is a list": {
        "entities": [{"type": "mention", "text": ["<at>x</at>"], "mentioned": {"id": 5}}]
    },
    "channelData is a list": {"channelData": [1]},
    "channelData.tenant is text": {"channelData": {"tenant": "t"}},
    "serviceUrl is a number": {"serviceUrl": 5},
    "serviceUrl is not http": {"serviceUrl": "ftp://example.org/"},
    "text is a number": {"text": 5},
    "attachments is text": {"attachments": "x"},
    "id is a list": {"id": ["1"]},
    "replyToId is an object": {"replyToId": {"a": 1}},
    "timestamp is nonsense": {"timestamp": "yesterday"},
    "type is an empty string": {"type": ""},
    "membersAdded is text": {"type": "conversationUpdate", "membersAdded": "everyone"},
    "membersAdded holds numbers": {"type": "conversationUpdate", "membersAdded": [1, 2]},
    "membersRemoved is an object": {"type": "conversationUpdate", "membersRemoved": {"id": "x"}},
    "membersRemoved holds the bot as text": {
        "type": "conversationUpdate",
        "membersRemoved": ["28:00000000-1111-2222-3333-444444444444"],
    },
    "installationUpdate action is a list": {"type": "installationUpdate", "action": ["remove"]},
    "installationUpdate conversation is text": {
        "type": "installationUpdate",
        "action": "remove",
        "conversation": "x",
    },
}


@pytest.mark.parametrize("shape", WRONG_TYPES)
async def test_an_activity_with_fields_of_the_wrong_type_never_gets_a_500(
    teams: TeamsBot, shape: str
) -> None:
    activity = {**teams.activity("personal_message", id=_id()), **WRONG_TYPES[shape]}

    response = await teams.post(activity)

    assert response.status in (200, 400, 403), response.body
    assert len(teams.connector.messages()) <= 1
    assert await _health(teams) == 200


# -- the door without an app id ----------------------------------------------------------------

FORWARDING = [
    "Forwarded",
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "X-Forwarded-Port",
    "X-Real-IP",
    "Via",
    "X-Client-IP",
    "True-Client-IP",
    "CF-Connecting-IP",
    "Fastly-Client-IP",
    "X-Cluster-Client-IP",
    "X-Original-Forwarded-For",
    "X-Azure-ClientIP",
    "X-ARR-ClientIP",
]


@pytest.mark.parametrize("header", FORWARDING)
async def test_without_an_app_id_a_request_through_any_proxy_gets_403(
    teams: TeamsBot, header: str
) -> None:
    activity = teams.activity("personal_message", id=_id(), text="help")

    refused = await teams.post(activity, headers={header: "203.0.113.9"})

    assert refused.status == 403 and "not a proxy" in refused.body["reason"]
    assert teams.connector.sent == []


# -- token checks must not stall the server -----------------------------------------------------


async def test_while_the_signing_keys_are_slow_to_fetch_the_server_keeps_answering(
    secured: TeamsBot, keys: KeyServer
) -> None:
    keys.delay = 1.0
    activity = secured.activity("personal_message", id=_id(), text="help")
    checking = asyncio.create_task(secured.post(activity, token=keys.token(secured.connector.url)))
    await asyncio.to_thread(keys.received.wait, 5)

    healthy = await _health(secured)

    assert healthy == 200
    assert not keys.answered.is_set()  # /healthz answered while the key server was still busy
    assert (await checking).status == 200


async def test_a_key_server_that_times_out_is_not_asked_again_at_once(
    core: Core, store: SQLiteStore, connector: Connector, keys: KeyServer
) -> None:
    keys.delay = 2.0
    auth = secured_auth(keys.metadata_url)
    door = TeamsDoor(make_pipeline(core, store), auth, local_only=False, key_fetch_timeout=0.3)
    server = await serve(door, store)
    try:
        async with aiohttp.ClientSession() as session:
            bot = TeamsBot(str(server.make_url("")).rstrip("/"), session, connector, keys)
            first = await bot.post(
                bot.activity("personal_message"), token=keys.token(connector.url)
            )
            again = await bot.post(
                bot.activity("personal_message"), token=keys.token(connector.url)
            )
            answered_meanwhile = not keys.answered.is_set()
    finally:
        await server.close()

    assert first.status == again.status == 503
    assert answered_meanwhile  # neither request waited for the slow key server
    assert keys.requests == 1  # the failure is remembered: no second fetch


async def test_keys_fetched_once_keep_working_when_the_key_server_breaks(
    secured: TeamsBot, keys: KeyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signing_keys, "UNKNOWN_KEY_REFRESH_SECONDS", 0.0)
    monkeypatch.setattr(signing_keys, "MIN_REFRESH_GAP_SECONDS", 0.0)
    url = secured.connector.url
    first = await secured.post(
        secured.activity("personal_message", id=_id()), token=keys.token(url)
    )
    fetches = keys.requests
    keys.broken = True

    unknown = await secured.post(
        secured.activity("personal_message", id=_id()), token=_with_kid(keys, url, "rotated-key")
    )
    again = await secured.post(
        secured.activity("personal_message", id=_id()), token=keys.token(url)
    )

    assert first.status == 200
    assert unknown.status == 401
    assert keys.requests == fetches + 1  # the unknown key made one refresh, which failed
    assert again.status == 200  # the last good keys are still used


def _message(teams: TeamsBot) -> dict[str, Any]:
    return teams.activity("personal_message", id=_id(), text="help")


def _with_kid(keys: KeyServer, url: str, kid: str) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": APP_ID, "serviceurl": url, "nbf": now, "exp": now + 600}
    return jwt.encode(claims, keys.private_key, algorithm="RS256", headers={"kid": kid})
