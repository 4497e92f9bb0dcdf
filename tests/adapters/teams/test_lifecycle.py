"""Removing the app from personal chat forgets that person's dialog at once, when the removal
carries a valid Bot Framework token; without an app id nobody can prove a removal, so none is
acted on."""

from __future__ import annotations

from typing import Any

from bot.stores.sqlite import SQLiteStore
from tests.support.teams import Response, TeamsBot
from tests.support.teams_standins import TENANT_ID

SAM = "29:1SamPractitionerAbCdEfGhIjKlMnOpQrStUvWxYz"
ALEX = "29:1AlexSocialWorkerAbCdEfGhIjKlMnOpQrStUvWx"


def _key(user: str) -> str:
    return f"teams|{TENANT_ID}/{user}|{user}"


async def _start_check(secured: TeamsBot, user: str) -> None:
    await secured.send(
        "personal_message", text="check", id=f"m-{user[-6:]}", **{"from": {"id": user}}
    )


async def _signed_post(teams: TeamsBot, activity: dict[str, Any]) -> Response:
    assert teams.keys is not None
    return await teams.post(activity, token=teams.keys.token(teams.connector.url))


def _update(secured: TeamsBot, action: str, **changes: Any) -> dict[str, Any]:
    return secured.activity("installation_update", action=action, **changes)


async def test_removing_the_app_from_personal_chat_forgets_only_that_person(
    secured: TeamsBot, store: SQLiteStore
) -> None:
    await _start_check(secured, SAM)
    await _start_check(secured, ALEX)
    assert await store.get(_key(SAM)) is not None

    response = await _signed_post(secured, _update(secured, "remove"))

    assert response.status == 200 and response.body["status"] == "forgotten"
    assert await store.get(_key(SAM)) is None
    assert await store.get(_key(ALEX)) is not None


async def test_adding_the_app_or_removing_it_from_a_team_forgets_nothing(
    secured: TeamsBot, store: SQLiteStore
) -> None:
    await _start_check(secured, SAM)

    added = await _signed_post(secured, _update(secured, "add"))
    from_team = await _signed_post(
        secured,
        _update(
            secured,
            "remove",
            conversation={"conversationType": "channel", "tenantId": TENANT_ID, "id": "19:team"},
        ),
    )

    assert added.body["status"] == "ignored" and from_team.body["status"] == "ignored"
    assert await store.get(_key(SAM)) is not None


async def test_without_an_app_id_a_removal_forgets_nothing(
    teams: TeamsBot, store: SQLiteStore
) -> None:
    await _start_check(teams, SAM)

    response = await teams.post(_update(teams, "remove"))

    assert response.status == 200 and response.body["status"] == "ignored"
    assert "not trusted" in response.body["reason"]
    assert await store.get(_key(SAM)) is not None
