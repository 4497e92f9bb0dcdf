"""The Teams door over real HTTP: the real server, pipeline, core and SDK, with Microsoft's
services replaced by stand-ins at their wire (see `standins`)."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from botframework.connector.auth import (  # type: ignore[import-untyped]
    AppCredentials,
    ServiceClientCredentialsFactory,
)

from adapters.teams.agents_door import AgentsTeamsDoor
from adapters.teams.config import SdkConfiguration, build_auth
from adapters.teams.door import TeamsDoor
from adapters.teams.inbound import Inbound, read_activity
from bot.app import Core, build_lookups
from bot.pipeline import TurnPipeline
from bot.server import build_web_app
from bot.stores.protocol import Store
from bot.stores.sqlite import SQLiteStore
from dialogs.contract import Turns
from tests.support.pipelines import test_pipeline
from tests.support.teams_hostings import (
    HOSTINGS,
    OUTBOUND_TOKEN,
    agents_local_door,
    agents_secured_door,
    keys_url,
)
from tests.support.teams_standins import (
    APP_ID,
    FIXTURES,
    ISSUER,
    TENANT_ID,
    Connector,
    KeyServer,
    Sent,
    SigningKeys,
    fixture,
    new_signing_keys,
    start_connector,
)


@dataclass
class Response:
    status: int
    body: dict[str, Any]


@dataclass
class TeamsBot:
    """The running server, and the stand-in Bot Connector its replies go to."""

    url: str
    session: aiohttp.ClientSession
    connector: Connector
    keys: KeyServer | None = None  # when set, `send` signs each activity with a valid token

    async def post(
        self,
        activity: Any = None,
        *,
        raw: bytes | None = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """POST to /api/messages as the Bot Connector does."""
        sent_headers = {"Content-Type": "application/json", **(headers or {})}
        if token is not None:
            sent_headers["Authorization"] = f"Bearer {token}"
        kwargs: dict[str, Any] = (
            {"data": io.BytesIO(raw)} if raw is not None else {"json": activity}
        )
        async with self.session.post(
            f"{self.url}/api/messages", headers=sent_headers, **kwargs
        ) as response:
            try:
                body = await response.json(content_type=None)
            except ValueError:
                body = {"text": await response.text()}
            return Response(response.status, body if isinstance(body, dict) else {})

    def activity(self, name: str, /, **changes: Any) -> dict[str, Any]:
        """A recorded activity whose serviceUrl is the stand-in Bot Connector."""
        return fixture(name, self.connector.url, **changes)

    async def search(self, query: object = None, /, **value: Any) -> Response:
        """Type `query` in the message extension's search box (None: the search opening, with
        ``initialRun``); `value` overrides parts of the invoke's value. Signed when `keys` is."""
        activity = self.activity("compose_extension_query")
        if query is None:
            activity["value"]["parameters"] = [{"name": "initialRun", "value": "true"}]
        else:
            activity["value"]["parameters"] = [{"name": "question", "value": query}]
        activity["value"].update(value)
        token = self.keys.token(self.connector.url) if self.keys is not None else None
        return await self.post(activity, token=token)

    async def send(self, name: str, /, **changes: Any) -> list[Sent]:
        """Post a recorded activity; return the messages the bot sent because of it."""
        before = len(self.connector.messages())
        token = self.keys.token(self.connector.url) if self.keys is not None else None
        response = await self.post(self.activity(name, **changes), token=token)
        assert response.status == 200, response.body
        return self.connector.messages()[before:]


Door = TeamsDoor | AgentsTeamsDoor


def local_door(pipeline: Turns, hosting: str = "botbuilder", **options: Any) -> Door:
    """The door as `infoshare serve` builds it with no MicrosoftAppId: local only, no tokens."""
    if hosting == "agents":
        return agents_local_door(pipeline, **options)
    options.setdefault("retry_delays", (0, 0, 0))
    auth = build_auth(SdkConfiguration(None, None, None, "SingleTenant"))
    return TeamsDoor(pipeline, auth, local_only=True, **options)


def secured_door(pipeline: Turns, hosting: str, keys_at: KeyServer | str, **options: Any) -> Door:
    """The door with a MicrosoftAppId, its token-signing keys served by `keys_at` (a stand-in
    key server, or the address of one that is not there)."""
    if hosting == "agents":
        url = keys_at if isinstance(keys_at, str) else keys_url(keys_at)
        return agents_secured_door(pipeline, url, **options)
    url = keys_at if isinstance(keys_at, str) else keys_at.metadata_url
    return TeamsDoor(pipeline, secured_auth(url), local_only=False, **options)


@pytest.fixture(params=HOSTINGS)
def hosting(request: pytest.FixtureRequest) -> str:
    """Each Teams test that serves a door runs on both SDKs (`INFOSHARE_TEAMS_SDK`)."""
    return str(request.param)


@pytest.fixture
async def connector() -> AsyncIterator[Connector]:
    stand_in = Connector()
    server = await start_connector(stand_in)
    yield stand_in
    await server.close()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SQLiteStore]:
    opened = await SQLiteStore.open(tmp_path / "state.sqlite3")
    yield opened
    await opened.close()


def make_pipeline(core: Core, store: Store) -> TurnPipeline:
    return test_pipeline(core, store)


DoorFactory = Callable[[TurnPipeline], TeamsDoor]


async def serve(door: Door, store: Store, host: str = "127.0.0.1") -> TestServer:
    server = TestServer(build_web_app(store, [door]), host=host)
    await server.start_server()
    return server


@asynccontextmanager
async def served_bot(
    core: Core, store: Store, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    """The door on `hosting`, served with `store` as `infoshare serve` serves it, and a client."""
    pipeline = make_pipeline(core, store)
    door = local_door(pipeline, hosting, lookups=build_lookups(core, pipeline))
    server = await serve(door, store)
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
    await server.close()


@pytest.fixture
async def teams(
    core: Core, store: SQLiteStore, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    async with served_bot(core, store, connector, hosting) as bot:
        yield bot


# -- with a Microsoft app id: every request carries a real, locally signed token ----------------


class _FixedToken(AppCredentials):  # type: ignore[misc]
    def get_access_token(self, force_refresh: bool = False) -> str:
        return OUTBOUND_TOKEN


class _TestCredentials(ServiceClientCredentialsFactory):  # type: ignore[misc]
    """The bot's own app id, with a fixed outbound token instead of one from Entra ID."""

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == APP_ID

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(
        self, app_id: str, oauth_scope: str, login_endpoint: str, validate_authority: bool
    ) -> AppCredentials:
        return _FixedToken(app_id=app_id, oauth_scope=oauth_scope)


def secured_auth(metadata_url: str) -> Any:
    """The SDK's real authentication with an app id, its key endpoints pointed at `metadata_url`
    (the SDK's own configuration names for another cloud)."""
    config = SdkConfiguration(
        APP_ID,
        "not-used",
        TENANT_ID,
        "SingleTenant",
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=metadata_url,
        TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL=metadata_url,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=ISSUER,
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE=ISSUER,
        TO_CHANNEL_FROM_BOT_LOGIN_URL="https://login.microsoftonline.com/test-tenant",
    )
    return build_auth(config, credentials_factory=_TestCredentials())


@pytest.fixture(scope="session")
def signing_keys() -> SigningKeys:
    """The RSA keys every key server of the session signs with, made once: each server still
    has its own key id and path, so no test's keys answer for another's."""
    return new_signing_keys()


@pytest.fixture
def keys(signing_keys: SigningKeys) -> Iterator[KeyServer]:
    with KeyServer(signing_keys) as server:
        yield server


@pytest.fixture
async def secured(
    core: Core, store: SQLiteStore, connector: Connector, keys: KeyServer, hosting: str
) -> AsyncIterator[TeamsBot]:
    """The door as `infoshare serve` builds it with a MicrosoftAppId; `send` signs for you."""
    pipeline = make_pipeline(core, store)
    door = secured_door(pipeline, hosting, keys, lookups=build_lookups(core, pipeline))
    server = await serve(door, store)
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector, keys)
    await server.close()


# -- talking to the door ------------------------------------------------------------------------

PERSONAL = "a:1PersonalChatWithSamAbCdEfGhIjKlMnOpQrStUvWxYz"
CHANNEL_THREAD = "19:a1b2c3d4e5f6a7b8c9d0@thread.tacv2;messageid=1764081070555"
TEAM_GENERAL = "19:f0e1d2c3b4a5968778695a4b3c2d1e0f@thread.tacv2"
SAM = "29:1SamPractitionerAbCdEfGhIjKlMnOpQrStUvWxYz"
SAM_DIALOG = f"{TENANT_ID}/{SAM}"
SAM_PERSONAL = f"a:personal-{SAM}"  # what the stand-in answers to "open a personal chat"

_ids = itertools.count(1764090000000)


def new_id() -> str:
    return str(next(_ids))


async def say(teams: TeamsBot, text: str, *, where: str = "personal_message") -> list[Sent]:
    """Type a message (in a channel, the mention comes first, as Teams writes it)."""
    if where == "channel_mention":
        text = f"<at>infoshare</at> {text}"
    return await teams.send(where, text=text, id=new_id())


async def press(
    teams: TeamsBot, message: Sent, label: str, *, conversation: str = PERSONAL
) -> list[Sent]:
    """Press the button labelled `label` on a card the bot sent, as Teams submits it."""
    value = message.choices()[label]
    return await teams.send(
        "card_submit",
        id=new_id(),
        value={"choice": value},
        conversation={
            "conversationType": "personal",
            "tenantId": TENANT_ID,
            "id": conversation,
        },
    )


def one(sent: list[Sent]) -> Sent:
    assert len(sent) == 1, [s.texts for s in sent]
    return sent[0]


def recorded(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def inbound_of(name: str, **changes: Any) -> Inbound:
    result = read_activity({**recorded(name), **changes})
    assert isinstance(result, Inbound), result
    return result
