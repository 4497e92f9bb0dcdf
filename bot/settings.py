"""Settings from the environment and an optional `.env` file, checked once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic_settings
from pydantic import BeforeValidator, Field, SecretStr, ValidationError, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.ask_settings import DEFAULT_DATA_DIR, ENV_PREFIX, MATCHER_CACHE_DIR, SettingsError
from bot.stores.factory import (
    ACCEPTED_FORMS,
    DEFAULT_REDIS_MAX_CONNECTIONS,
    DEFAULT_REDIS_POOL_TIMEOUT_SECONDS,
    parse_store_url,
)

__all__ = ["AGENTS_CONNECTION", "ENV_PREFIX", "Settings", "SettingsError", "load_settings"]
DEFAULT_JOURNAL_FILE = "insight.sqlite3"


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


LogLevel = Annotated[Literal["DEBUG", "INFO", "WARNING", "ERROR"], BeforeValidator(_upper)]


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


InsightMode = Annotated[Literal["off", "counts", "text"], BeforeValidator(_lower)]
TeamsSdk = Annotated[Literal["botbuilder", "agents"], BeforeValidator(_lower)]
AGENTS_CONNECTION = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
"""The prefix of the Microsoft 365 Agents SDK's own names for the bot's Azure identity."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment. Build it with `load_settings`.

    Names prefixed `INFOSHARE_` are the bot's own; the Slack and Microsoft names are the ones
    those platforms' own tools and samples use. Each field's description says what is
    expected, and is quoted when the value is wrong.
    """

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        frozen=True,
    )

    store: str = Field(default="sqlite://", description=ACCEPTED_FORMS)
    redis_max_connections: int = Field(
        default=DEFAULT_REDIS_MAX_CONNECTIONS,
        ge=1,
        le=10_000,
        description="a whole number from 1 to 10000, such as 50",
    )
    redis_pool_timeout: float = Field(
        default=DEFAULT_REDIS_POOL_TIMEOUT_SECONDS,
        gt=0,
        allow_inf_nan=False,
        description="a number of seconds greater than 0, such as 10",
    )
    redis_cluster: bool = Field(
        default=False,
        description="true or false: the Redis in INFOSHARE_STORE is a node of a Redis Cluster",
    )
    data_dir: Path = Field(
        default=Path(DEFAULT_DATA_DIR), description="a directory path (created if missing)"
    )
    packs: Path | None = Field(
        default=None, description="the path of an existing directory of extra knowledge packs"
    )
    dialog_ttl_hours: float = Field(
        default=24.0,
        gt=0,
        allow_inf_nan=False,
        description="a number of hours greater than 0, such as 24",
    )
    event_ttl_seconds: float = Field(
        default=3600.0,
        gt=0,
        allow_inf_nan=False,
        description="a number of seconds greater than 0, such as 3600",
    )
    turn_lease_seconds: float = Field(
        default=30.0,
        gt=0,
        allow_inf_nan=False,
        description="a number of seconds greater than 0, such as 30",
    )
    request_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        allow_inf_nan=False,
        description="a number of seconds greater than 0, such as 10",
    )
    max_connections: int = Field(
        default=1000, gt=0, description="a whole number greater than 0, such as 1000"
    )
    log_level: LogLevel = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR")
    # Privacy: what is kept beyond a conversation. Every default keeps the least.
    insight: InsightMode = Field(
        default="counts",
        description="off, counts (daily counts only) or text (counts and redacted questions)",
    )
    insight_days: float = Field(
        default=30.0,
        gt=0,
        le=3650,
        allow_inf_nan=False,
        description="a number of days greater than 0 (at most 3650), such as 30",
    )
    insight_file: Path | None = Field(
        default=None,
        description="a file path for this instance's insight journal",
    )
    keep_records: bool = Field(
        default=False, description="true or false: keep each person's last decision record"
    )
    record_days: float = Field(
        default=7.0,
        gt=0,
        le=3650,
        allow_inf_nan=False,
        description="a number of days greater than 0 (at most 3650), such as 7",
    )

    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias="SLACK_BOT_TOKEN", description="a Slack bot token"
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None,
        validation_alias="SLACK_SIGNING_SECRET",
        description="the Slack app's signing secret",
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias="SLACK_APP_TOKEN", description="a Slack app-level token"
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        validation_alias="SLACK_API_URL",
        description="an http:// or https:// URL, such as https://slack.com/api/",
    )
    microsoft_app_id: str | None = Field(
        default=None, validation_alias="MicrosoftAppId", description="the bot's Azure app id"
    )
    microsoft_app_password: SecretStr | None = Field(
        default=None,
        validation_alias="MicrosoftAppPassword",
        description="the bot's Azure app password",
    )
    microsoft_app_tenant_id: str | None = Field(
        default=None,
        validation_alias="MicrosoftAppTenantId",
        description="the Azure tenant id",
    )
    microsoft_app_type: Literal["SingleTenant", "MultiTenant", "UserAssignedMSI"] = Field(
        default="SingleTenant",
        validation_alias="MicrosoftAppType",
        description="SingleTenant, MultiTenant or UserAssignedMSI",
    )

    teams_sdk: TeamsSdk = Field(
        default="botbuilder",
        description="botbuilder or agents (the Microsoft 365 Agents SDK, infoshare[agents])",
    )
    teams_keys_url: str | None = Field(
        default=None,
        description="an http:// or https:// URL of the Bot Framework's signing key set "
        "(a sovereign cloud's mirror, or a local stand-in), for INFOSHARE_TEAMS_SDK=agents",
    )
    agents_client_id: str | None = Field(
        default=None,
        validation_alias=AGENTS_CONNECTION + "CLIENTID",
        description="the bot's Azure app id (the Agents SDK's name for MicrosoftAppId)",
    )
    agents_client_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AGENTS_CONNECTION + "CLIENTSECRET",
        description="the bot's client secret (the Agents SDK's name for MicrosoftAppPassword)",
    )
    agents_tenant_id: str | None = Field(
        default=None,
        validation_alias=AGENTS_CONNECTION + "TENANTID",
        description="the Azure tenant id (the Agents SDK's name for MicrosoftAppTenantId)",
    )
    agents_auth_type: str | None = Field(
        default=None,
        validation_alias=AGENTS_CONNECTION + "AUTHTYPE",
        description="ClientSecret, certificate, UserManagedIdentity or SystemManagedIdentity",
    )
    agents_cert_pfx_file: str | None = Field(
        default=None,
        validation_alias=AGENTS_CONNECTION + "CERTPFXFILE",
        description="the path of the bot's PFX certificate (AUTHTYPE certificate)",
    )

    @property
    def journal_path(self) -> Path:
        """Where this instance's insight journal is written."""
        return self.insight_file or self.data_dir / DEFAULT_JOURNAL_FILE

    @property
    def matcher_cache_dir(self) -> Path:
        """Where the matcher keeps its index between starts (rebuilt when the packs change)."""
        return self.data_dir / MATCHER_CACHE_DIR

    @property
    def dialog_ttl_seconds(self) -> float:
        """How long an untouched dialog is kept, in seconds."""
        return self.dialog_ttl_hours * 3600

    @field_validator("store")
    @classmethod
    def _store_url_has_an_accepted_form(cls, value: str) -> str:
        try:
            parse_store_url(value)
        except ValueError as exc:
            raise PydanticCustomError("store_url", str(exc)) from None
        return value.strip()

    @field_validator("data_dir")
    @classmethod
    def _data_dir_is_not_a_file(cls, value: Path) -> Path:
        if value.exists() and not value.is_dir():
            raise PydanticCustomError("not_a_directory", "it names a file, not a directory")
        return value

    @field_validator("packs")
    @classmethod
    def _packs_is_a_directory(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise PydanticCustomError(
                "no_directory", "there is no directory at {path}", {"path": str(value)}
            )
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _slack_api_url_is_http(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("https://", "http://")) or len(value.split("://", 1)[1]) == 0:
            raise PydanticCustomError("not_http_url", "it is not an http:// or https:// URL")
        return value if value.endswith("/") else value + "/"


def load_settings(env_file: Path | None = Path(".env")) -> Settings:
    """Read and check the settings: the environment wins over `env_file`, if that exists.

    Args:
        env_file: a dotenv file to read, or None to read only the environment.

    Returns:
        The checked settings.

    Raises:
        SettingsError: listing every problem found, naming each environment variable, what
            is wrong and what is expected, and never repeating a value given.
    """
    try:
        # mypy reads the fields as the only init arguments and misses BaseSettings' own.
        return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        problems = [_describe(error) for error in exc.errors()]
    except pydantic_settings.SettingsError as exc:
        problems = [str(exc)]
    except UnicodeDecodeError:
        problems = [f"the settings file {env_file} is not UTF-8 text"]
    except OSError as exc:
        problems = [f"the settings file {env_file} could not be read ({exc.strerror})"]
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    lines = [f"The settings are not valid ({count}):", *(f"  - {p}" for p in problems)]
    where = "the environment" if env_file is None else f"the environment or {env_file}"
    lines.append(f"Set them in {where}.")
    raise SettingsError("\n".join(lines)) from None


_WHAT_IS_WRONG = {
    "float_parsing": "it is not a number",
    "float_type": "it is not a number",
    "finite_number": "it is not a finite number",
    "greater_than": "it must be greater than 0",
    "greater_than_equal": "it is too small",
    "int_parsing": "it is not a whole number",
    "int_from_float": "it is not a whole number",
    "less_than_equal": "it is too large",
    "bool_parsing": "it is not true or false",
    "literal_error": "it is not one of the allowed values",
    "path_type": "it is not a path",
    "string_type": "it is not text",
}


def _describe(error: ErrorDetails) -> str:
    """Say what is wrong with one setting without repeating the value given."""
    name = str(error["loc"][0]) if error["loc"] else ""
    wrong = _WHAT_IS_WRONG.get(error["type"], error["msg"])
    field = _field_by_name_or_alias(name)
    if field is None:
        return f"{name}: {wrong}."
    field_name, env_var = field
    expected = Settings.model_fields[field_name].description or ""
    if expected in wrong:
        return f"{env_var}: {wrong}."
    return f"{env_var}: {wrong}; expected {expected}."


def _field_by_name_or_alias(name: str) -> tuple[str, str] | None:
    """Find a field from an error location: its name and the environment variable it reads."""
    for field_name, info in Settings.model_fields.items():
        alias = info.validation_alias if isinstance(info.validation_alias, str) else None
        if name in {field_name, alias}:
            return field_name, alias or ENV_PREFIX + field_name.upper()
    return None
