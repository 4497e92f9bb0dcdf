"""Removing the app from personal chat forgets that person's dialog at once."""

from __future__ import annotations

from typing import Any

from bot.stores.sqlite import SQLiteStore
from tests.adapters.teams.conftest import TeamsBot
from tests.adapters.teams.standins import TENANT_ID

SAM = "29:1SamPractitionerAbCdEfGhIjKlMnOpQrStUvWxYz"
ALEX = "29:1AlexSocialWorkerAbCdEfGhIjKlMnOpQrStUvWx"


def _key(user: str) -> str:
    return f"teams|{TENANT_ID}/{user}|{user}"


async def _start_check(teams: TeamsBot, user: str) -> None:
    await teams.send(
        "personal_message", text="check", id=f"m-{user[-6:]}", **{"from": {"id": user}}
    )


def _update(teams: TeamsBot, action: str, **changes: Any) -> dict[str, Any]:
    return teams.activity("installation_update", action=action, **changes)


async def test_removing_the_app_from_personal_chat_forgets_only_that_person(
    teams: TeamsBot, store: SQLiteStore
) -> None:
    await _start_check(teams, SAM)
    await _start_check(teams, ALEX)
    assert await store.get(_key(SAM)) is not None

    response = await teams.post(_update(teams, "remove"))

    assert response.status == 200 and response.body["status"] == "forgotten"
    assert await store.get(_key(SAM)) is None
    assert await store.get(_key(ALEX)) is not None


async def test_adding_the_app_or_removing_it_from_a_team_forgets_nothing(
    teams: TeamsBot, store: SQLiteStore
) -> None:
    await _start_check(teams, SAM)

    added = await teams.post(_update(teams, "add"))
    from_team = await teams.post(
        _update(
            teams,
            "remove",
            conversation={"conversationType": "channel", "tenantId": TENANT_ID, "id": "19:team"},
        )
    )

    assert added.body["status"] == "ignored" and from_team.body["status"] == "ignored"
    assert await store.get(_key(SAM)) is not None
