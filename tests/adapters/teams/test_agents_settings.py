"""Choosing the Teams SDK, and the bot's identity for the Agents SDK in either set of names."""

from __future__ import annotations

import logging

import pytest
from microsoft_agents.hosting.core.authorization import AuthTypes

from adapters.teams.agents_door import AgentsTeamsDoor
from adapters.teams.agents_settings import MULTI_TENANT, AgentsConnection
from adapters.teams.door import TeamsDoor
from bot import doors
from bot.agents_doors import agents_connection, build_agents_door
from bot.app import Core, build_doors
from bot.settings import AGENTS_CONNECTION, Settings, SettingsError, load_settings
from bot.stores.memory import MemoryStore
from tests.adapters.teams.conftest import make_pipeline
from tests.adapters.teams.standins import APP_ID, TENANT_ID

SECRET = "a-client-secret-value"


def _settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(name if name[0].isupper() else AGENTS_CONNECTION + name.upper(), value)
    return Settings(_env_file=None)  # type: ignore[call-arg]


def test_the_agents_sdks_own_names_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(
        monkeypatch,
        clientid=APP_ID,
        clientsecret=SECRET,
        tenantid=TENANT_ID,
        authtype="ClientSecret",
    )

    assert agents_connection(settings) == AgentsConnection(
        APP_ID, TENANT_ID, AuthTypes.client_secret, SECRET
    )


@pytest.mark.parametrize(
    ("app_type", "tenant", "auth_type"),
    [
        ("SingleTenant", TENANT_ID, AuthTypes.client_secret),
        ("MultiTenant", MULTI_TENANT, AuthTypes.client_secret),
        ("UserAssignedMSI", TENANT_ID, AuthTypes.user_managed_identity),
    ],
)
def test_the_botbuilder_names_are_mapped_onto_the_agents_sdks(
    monkeypatch: pytest.MonkeyPatch, app_type: str, tenant: str, auth_type: AuthTypes
) -> None:
    env = {"MicrosoftAppId": APP_ID, "MicrosoftAppType": app_type, "MicrosoftAppPassword": SECRET}
    if app_type != "MultiTenant":
        env["MicrosoftAppTenantId"] = TENANT_ID

    connection = agents_connection(_settings(monkeypatch, **env))

    assert (connection.client_id, connection.tenant_id, connection.auth_type) == (
        APP_ID,
        tenant,
        auth_type,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"clientid": APP_ID}, "CLIENTSECRET"),
        ({"clientid": APP_ID, "clientsecret": SECRET}, "TENANTID"),
        ({"authtype": "ClientSecret"}, "CLIENTID"),
        ({"clientid": APP_ID, "authtype": "certificate", "tenantid": TENANT_ID}, "CERTPFXFILE"),
        ({"clientid": APP_ID, "authtype": "UserManagedIdentity"}, "TENANTID"),
        ({"clientid": APP_ID, "authtype": "SystemManagedIdentity"}, "TENANTID"),
    ],
)
def test_an_incomplete_agents_set_is_a_clear_settings_error(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        agents_connection(_settings(monkeypatch, **env))

    assert f"{AGENTS_CONNECTION}{missing}" in str(raised.value)
    assert "must be set" in str(raised.value) and SECRET not in str(raised.value)


@pytest.mark.parametrize(
    "env",
    [
        {"clientid": APP_ID, "authtype": "UserManagedIdentity", "tenantid": TENANT_ID},
        {"clientid": APP_ID, "authtype": "systemmanagedidentity", "tenantid": TENANT_ID},
        {
            "clientid": APP_ID,
            "authtype": "certificate",
            "tenantid": TENANT_ID,
            "certpfxfile": "b.pfx",
        },
    ],
)
def test_managed_identities_and_certificates_need_no_secret(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    connection = agents_connection(_settings(monkeypatch, **env))

    assert connection.client_secret is None and connection.client_id == APP_ID


def test_the_botbuilder_names_keep_their_own_settings_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = _settings(monkeypatch, MicrosoftAppId=APP_ID)

    with pytest.raises(SettingsError) as agents:
        agents_connection(settings)
    with pytest.raises(SettingsError) as botbuilder:
        doors.sdk_configuration(settings)

    assert str(agents.value) == str(botbuilder.value)


def test_an_unknown_auth_type_and_two_different_bots_are_settings_errors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(SettingsError, match="AUTHTYPE: it is not one of the allowed values"):
        agents_connection(_settings(monkeypatch, clientid=APP_ID, authtype="Password"))
    other = _settings(monkeypatch, MicrosoftAppId="11111111-2222-3333-4444-555555555555")
    with pytest.raises(SettingsError, match="name different bots"):
        agents_connection(other)


def test_without_an_app_id_the_door_is_local_and_says_so_as_the_botbuilder_one_does(
    core: Core, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="infoshare.teams"):
        door = build_agents_door(_settings(monkeypatch), make_pipeline(core, MemoryStore()))

    assert isinstance(door, AgentsTeamsDoor)
    assert [r.getMessage() for r in caplog.records] == [doors.LOCAL_ONLY_WARNING]


@pytest.mark.parametrize(
    ("sdk", "door"),
    [(None, TeamsDoor), ("agents", AgentsTeamsDoor), ("Agents ", AgentsTeamsDoor),
     ("botbuilder", TeamsDoor)],
)  # fmt: skip
def test_one_setting_chooses_the_sdk_and_botbuilder_is_the_default(
    core: Core, monkeypatch: pytest.MonkeyPatch, sdk: str | None, door: type
) -> None:
    env = {
        "MicrosoftAppId": APP_ID,
        "MicrosoftAppPassword": SECRET,
        "MicrosoftAppTenantId": TENANT_ID,
    }
    if sdk is not None:
        env["INFOSHARE_TEAMS_SDK"] = sdk

    (built,) = build_doors(
        _settings(monkeypatch, **env), make_pipeline(core, MemoryStore()), dev=False
    )

    assert type(built) is door


def test_an_unknown_sdk_is_a_settings_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFOSHARE_TEAMS_SDK", "bot-framework-v3")

    with pytest.raises(SettingsError, match="INFOSHARE_TEAMS_SDK: it is not one of the allowed"):
        load_settings(None)
