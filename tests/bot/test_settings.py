"""Settings: read once from the environment and a `.env` file, refused in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

import bot.settings
from bot.settings import Settings, SettingsError, load_settings
from tests.support.environment import hide_settings

SECRETS = {
    "SLACK_BOT_TOKEN": "xoxb-sentinel-bot-token",
    "SLACK_SIGNING_SECRET": "sentinel-signing-secret",
    "SLACK_APP_TOKEN": "xapp-sentinel-app-token",
    "MicrosoftAppPassword": "sentinel-app-password",
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Hide any settings of the machine running the tests, and any .env in the repository."""
    hide_settings(monkeypatch, tmp_path, platform=True)


def problems_in(error: SettingsError) -> list[str]:
    return [line for line in str(error).splitlines() if line.startswith("  - ")]


def test_defaults() -> None:
    settings = load_settings(env_file=None)

    assert settings.store == "sqlite://"
    assert settings.data_dir == Path("data")
    assert settings.packs is None
    assert settings.dialog_ttl_hours == 24
    assert settings.dialog_ttl_seconds == 24 * 3600
    assert settings.event_ttl_seconds == 3600
    assert settings.redis_max_connections == 50
    assert settings.redis_pool_timeout == 10
    assert settings.log_level == "INFO"
    assert settings.slack_bot_token is None
    assert settings.slack_signing_secret is None
    assert settings.slack_app_token is None
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.microsoft_app_id is None
    assert settings.microsoft_app_password is None
    assert settings.microsoft_app_tenant_id is None
    assert settings.microsoft_app_type == "SingleTenant"


def test_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    monkeypatch.setenv("INFOSHARE_STORE", "memory://")
    monkeypatch.setenv("INFOSHARE_DATA_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("INFOSHARE_PACKS", str(tmp_path / "packs"))
    monkeypatch.setenv("INFOSHARE_DIALOG_TTL_HOURS", "0.5")
    monkeypatch.setenv("INFOSHARE_EVENT_TTL_SECONDS", "90")
    monkeypatch.setenv("INFOSHARE_REDIS_MAX_CONNECTIONS", "200")
    monkeypatch.setenv("INFOSHARE_REDIS_POOL_TIMEOUT", "2.5")
    monkeypatch.setenv("INFOSHARE_LOG_LEVEL", "debug")
    monkeypatch.setenv("MicrosoftAppId", "app-id")
    monkeypatch.setenv("MicrosoftAppType", "MultiTenant")

    settings = load_settings(env_file=None)

    assert settings.store == "memory://"
    assert settings.data_dir == tmp_path / "state"
    assert settings.packs == tmp_path / "packs"
    assert settings.dialog_ttl_seconds == 1800
    assert settings.event_ttl_seconds == 90
    assert settings.redis_max_connections == 200
    assert settings.redis_pool_timeout == 2.5
    assert settings.log_level == "DEBUG"
    assert settings.microsoft_app_id == "app-id"
    assert settings.microsoft_app_type == "MultiTenant"


def test_a_dotenv_file_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / "settings.env"
    env_file.write_text(
        "# comments and blank lines are fine\n"
        "\n"
        "INFOSHARE_STORE=sqlite:///srv/infoshare/state.sqlite3\n"
        "INFOSHARE_LOG_LEVEL=WARNING\n"
        "SLACK_BOT_TOKEN=xoxb-from-file\n"
        "MicrosoftAppTenantId=tenant-1\n"
        "UNRELATED_TOOL_SETTING=whatever\n",
        encoding="utf-8",
    )

    settings = load_settings(env_file=env_file)

    assert settings.store == "sqlite:///srv/infoshare/state.sqlite3"
    assert settings.log_level == "WARNING"
    assert settings.slack_bot_token is not None
    assert settings.slack_bot_token.get_secret_value() == "xoxb-from-file"
    assert settings.microsoft_app_tenant_id == "tenant-1"


def test_the_default_dotenv_file_is_the_one_in_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("INFOSHARE_LOG_LEVEL=ERROR\n", encoding="utf-8")

    assert load_settings().log_level == "ERROR"


def test_the_environment_wins_over_the_dotenv_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("INFOSHARE_LOG_LEVEL=ERROR\n", encoding="utf-8")
    monkeypatch.setenv("INFOSHARE_LOG_LEVEL", "DEBUG")

    assert load_settings().log_level == "DEBUG"


def test_a_missing_dotenv_file_is_not_an_error(tmp_path: Path) -> None:
    assert load_settings(env_file=tmp_path / "absent.env").store == "sqlite://"


def test_empty_values_count_as_unset(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=\nINFOSHARE_LOG_LEVEL=\n", encoding="utf-8")

    settings = load_settings()

    assert settings.slack_bot_token is None
    assert settings.log_level == "INFO"


def test_the_slack_api_url_always_ends_with_a_slash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:8123/api")

    assert load_settings(env_file=None).slack_api_url == "http://127.0.0.1:8123/api/"


def test_bad_values_give_one_error_listing_every_problem(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    bad = {
        "INFOSHARE_STORE": "postgres://db/infoshare",
        "INFOSHARE_DATA_DIR": str(tmp_path / "a-file"),
        "INFOSHARE_PACKS": str(tmp_path / "no-such-packs"),
        "INFOSHARE_DIALOG_TTL_HOURS": "0",
        "INFOSHARE_EVENT_TTL_SECONDS": "an hour",
        "INFOSHARE_LOG_LEVEL": "LOUD",
        "SLACK_API_URL": "slack.com/api",
        "MicrosoftAppType": "AnyTenant",
    }
    for name, value in bad.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)

    problems = problems_in(caught.value)
    assert len(problems) == len(bad)
    for name in bad:
        assert any(problem.startswith(f"  - {name}: ") for problem in problems), name
    assert "(8 problems)" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "value", "wrong", "expected"),
    [
        ("INFOSHARE_DIALOG_TTL_HOURS", "-1", "greater than 0", "number of hours"),
        ("INFOSHARE_DIALOG_TTL_HOURS", "inf", "not a finite number", "number of hours"),
        ("INFOSHARE_EVENT_TTL_SECONDS", "soon", "not a number", "number of seconds"),
        ("INFOSHARE_LOG_LEVEL", "VERBOSE", "not one of the allowed", "DEBUG, INFO, WARNING"),
        ("INFOSHARE_STORE", "redis:///0", "must name a host", "redis://cache.internal"),
        ("INFOSHARE_REDIS_MAX_CONNECTIONS", "0", "too small", "whole number from 1"),
        ("INFOSHARE_REDIS_MAX_CONNECTIONS", "lots", "not a whole number", "such as 50"),
        ("INFOSHARE_REDIS_MAX_CONNECTIONS", "2.5", "not a whole number", "such as 50"),
        ("INFOSHARE_REDIS_POOL_TIMEOUT", "0", "greater than 0", "number of seconds"),
        ("INFOSHARE_PACKS", "/no/such/dir", "no directory at /no/such/dir", "directory"),
        ("MicrosoftAppType", "Single", "not one of the allowed", "MultiTenant"),
    ],
)
def test_each_problem_says_what_is_wrong_and_what_is_expected(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, wrong: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)

    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)

    [problem] = problems_in(caught.value)
    assert problem.startswith(f"  - {name}: ")
    assert wrong in problem
    assert expected in problem


def test_the_error_carries_no_traceback_or_chained_exception(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INFOSHARE_LOG_LEVEL", "LOUD")

    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)

    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__ is True
    assert "Traceback" not in str(caught.value)
    assert "pydantic" not in str(caught.value)


def test_an_unreadable_dotenv_file_is_a_settings_error(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_bytes(b"INFOSHARE_LOG_LEVEL=\xff\xfe\n")

    with pytest.raises(SettingsError, match="not UTF-8 text"):
        load_settings(env_file=env_file)


def set_every_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)


def test_secrets_never_appear_in_str_or_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    set_every_secret(monkeypatch)

    settings = load_settings(env_file=None)

    shown = str(settings) + repr(settings) + str(settings.model_dump())
    for value in SECRETS.values():
        assert value not in shown
    assert settings.slack_signing_secret is not None
    assert settings.slack_signing_secret.get_secret_value() == SECRETS["SLACK_SIGNING_SECRET"]


def test_secrets_and_bad_values_never_appear_in_the_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_every_secret(monkeypatch)
    pasted_by_mistake = "xoxb-pasted-into-the-wrong-variable"
    monkeypatch.setenv("INFOSHARE_DIALOG_TTL_HOURS", pasted_by_mistake)
    monkeypatch.setenv("INFOSHARE_STORE", "redis://:hunter2@cache:6379/0")

    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)

    message = str(caught.value) + repr(caught.value)
    for value in [*SECRETS.values(), pasted_by_mistake, "hunter2"]:
        assert value not in message


def test_settings_are_frozen() -> None:
    settings = load_settings(env_file=None)

    with pytest.raises(ValidationError):
        settings.log_level = "DEBUG"


def test_importing_the_module_builds_no_settings() -> None:
    assert not any(isinstance(value, Settings) for value in vars(bot.settings).values())


def test_privacy_settings_default_to_keeping_the_least() -> None:
    settings = load_settings(env_file=None)
    assert settings.insight == "counts"
    assert settings.insight_days == 30
    assert settings.insight_file is None
    assert settings.journal_path == Path("data") / "insight.sqlite3"
    assert settings.keep_records is False
    assert settings.record_days == 7


def test_privacy_settings_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INFOSHARE_INSIGHT", " Text ")
    monkeypatch.setenv("INFOSHARE_INSIGHT_DAYS", "14")
    monkeypatch.setenv("INFOSHARE_INSIGHT_FILE", str(tmp_path / "insight-a.sqlite3"))
    monkeypatch.setenv("INFOSHARE_KEEP_RECORDS", "true")
    monkeypatch.setenv("INFOSHARE_RECORD_DAYS", "1.5")
    settings = load_settings(env_file=None)
    assert settings.insight == "text"
    assert settings.insight_days == 14
    assert settings.journal_path == tmp_path / "insight-a.sqlite3"
    assert settings.keep_records is True
    assert settings.record_days == 1.5


@pytest.mark.parametrize(
    ("name", "value", "wrong"),
    [
        ("INFOSHARE_INSIGHT", "everything", "not one of the allowed values"),
        ("INFOSHARE_INSIGHT_DAYS", "0", "greater than 0"),
        ("INFOSHARE_INSIGHT_DAYS", "99999", "too large"),
        ("INFOSHARE_KEEP_RECORDS", "perhaps", "not true or false"),
        ("INFOSHARE_RECORD_DAYS", "a week", "not a number"),
    ],
)
def test_bad_privacy_settings_are_named(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, wrong: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)
    (problem,) = problems_in(caught.value)
    assert problem.startswith(f"  - {name}: ") and wrong in problem
    if len(value) > 1:
        assert value not in problem
