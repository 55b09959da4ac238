"""Settings: the one place that reads the environment and `.env`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.crypto import parse_key

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/letin.sqlite3"
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

# Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and - as a webhook secret.
_SECRET_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

# Telegram tokens look like "123456789:AA...": digits, a colon, 30+ url-safe characters.
_TOKEN_RE = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{30,100}$")


class Settings(BaseSettings):
    """Everything the bot can be configured with, validated at start-up."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    telegram_bot_token: str | None = Field(
        default=None, description="Bot token from @BotFather; unset starts the sandbox"
    )
    telegram_api_base_url: str | None = Field(
        default=None,
        description="Bot API base URL, e.g. http://127.0.0.1:8081/bot; unset uses Telegram's",
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description="SQLAlchemy async URL (sqlite+aiosqlite:///... or postgresql+asyncpg://...)",
    )
    log_level: LogLevel = "INFO"
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(),
        description="Telegram user ids for /stats and error alerts (comma-separated)",
    )
    letin_encryption_key: SecretStr | None = Field(
        default=None,
        description="Key for what users write (URL-safe base64 of 32 bytes); unset: key file",
    )
    letin_old_encryption_keys: SecretStr | None = Field(
        default=None, description="Comma-separated older keys, only while rotating"
    )
    encryption_key_file: Path = Field(
        default=Path("data/letin.key"),
        description="Where the key is kept when LETIN_ENCRYPTION_KEY is unset",
    )
    tick_seconds: Annotated[float, Field(gt=0, le=15)] = Field(
        default=5.0, description="How often the delivery tick asks the database what is due"
    )
    delivery_grace_minutes: Annotated[int, Field(ge=0, le=24 * 60)] = Field(
        default=180, description="Prompts later than this after downtime are recorded as missed"
    )
    send_rate_per_second: Annotated[float, Field(ge=0, le=1000)] = Field(
        default=25.0, description="Messages per second for the whole bot (0: no limit)"
    )
    send_rate_per_chat: Annotated[float, Field(ge=0, le=100)] = Field(
        default=1.0, description="Messages per second to one chat, after a burst of 3"
    )
    webhook_url: str | None = Field(
        default=None, description="Public https URL Telegram posts updates to (run --webhook)"
    )
    webhook_listen: str = Field(
        default="127.0.0.1",
        description="Address the webhook server listens on (loopback: behind a reverse proxy)",
    )
    webhook_port: Annotated[int, Field(ge=1, le=65535)] = Field(
        default=8443, description="Port the webhook server listens on"
    )
    webhook_secret_token: SecretStr | None = Field(
        default=None, description="Secret Telegram sends with every webhook request"
    )
    metrics_listen: str = Field(
        default="127.0.0.1", description="Address of the /metrics and /healthz server"
    )
    metrics_port: Annotated[int, Field(ge=0, le=65535)] = Field(
        default=9090, description="Port of the /metrics and /healthz server (0: off)"
    )
    webapp_listen: str = Field(
        default="127.0.0.1",
        description="Address the journal (Mini App) is served on (loopback: behind a proxy)",
    )
    webapp_port: Annotated[int, Field(ge=0, le=65535)] = Field(
        default=8080, description="Port the journal (Mini App) is served on (0: off)"
    )
    webapp_url: str | None = Field(
        default=None,
        description="Public https URL of the journal that Telegram opens (its /app/ path)",
    )

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _check_token(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not _TOKEN_RE.match(value.strip()):
            raise ValueError("a token from @BotFather, like 123456789:AAH...")
        return value.strip()

    @field_validator("telegram_api_base_url", mode="before")
    @classmethod
    def _check_base_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+(/\S*)?$", value.strip()):
            raise ValueError("an http(s) URL such as http://127.0.0.1:8081/bot")
        return value.strip()

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _check_webhook_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        # Telegram only delivers webhooks to https URLs.
        if not isinstance(value, str) or not re.match(r"^https://[^\s/]+(/\S*)?$", value.strip()):
            raise ValueError(_EXPECTED["webhook_url"])
        return value.strip()

    @field_validator("webapp_url", mode="before")
    @classmethod
    def _check_webapp_url(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        # Telegram opens Mini Apps only from https URLs.
        if not isinstance(value, str) or not re.match(r"^https://[^\s/]+(/\S*)?$", value.strip()):
            raise ValueError(_EXPECTED["webapp_url"])
        return value.strip()

    @field_validator("webhook_secret_token", mode="before")
    @classmethod
    def _check_secret_token(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not _SECRET_TOKEN_RE.match(value.strip()):
            raise ValueError(_EXPECTED["webhook_secret_token"])
        return value.strip()

    @field_validator("letin_encryption_key", "letin_old_encryption_keys", mode="before")
    @classmethod
    def _check_keys(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise ValueError("URL-safe base64 text")
        for key in value.split(","):
            parse_key(key)  # raises KeyProblem, a ValueError below
        return value.strip()

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            if not all(p.isdigit() for p in parts):
                raise ValueError("comma-separated Telegram user ids")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "an async SQLAlchemy URL: sqlite+aiosqlite:///path or postgresql+asyncpg://..."
            )
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value


# Plain wording for fields whose pydantic messages would read awkwardly after "expected".
_EXPECTED = {
    "log_level": "one of DEBUG, INFO, WARNING, ERROR, CRITICAL",
    "tick_seconds": "a number of seconds above 0 and at most 15",
    "delivery_grace_minutes": "whole minutes from 0 to 1440",
    "send_rate_per_second": "messages per second from 0 (no limit) to 1000",
    "send_rate_per_chat": "messages per second from 0 (no limit) to 100",
    "admin_ids": "comma-separated Telegram user ids, like 12345,67890",
    "letin_encryption_key": "URL-safe base64 of 32 random bytes (python -m bot new-key makes one)",
    "letin_old_encryption_keys": "comma-separated keys, each URL-safe base64 of 32 bytes",
    "webhook_url": "a public https URL, like https://bot.example.com/telegram",
    "webhook_port": "a port from 1 to 65535",
    "webhook_secret_token": "1-256 characters of A-Z, a-z, 0-9, _ and -",
    "metrics_port": "a port from 1 to 65535, or 0 to turn the metrics server off",
    "webapp_port": "a port from 1 to 65535, or 0 to turn the journal (Mini App) off",
    "webapp_url": "a public https URL, like https://bot.example.com/app/",
}


class SettingsError(Exception):
    """A configuration value is wrong; the message is one line for the operator."""


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Read and validate the settings, turning validation errors into one readable line."""
    try:
        return Settings(_env_file=env_file)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "settings"
        message = _EXPECTED.get(field) or str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{field.upper()}: expected {message}") from None


def webhook_problem(settings: Settings) -> str | None:
    """Name the webhook setting that is missing for `run --webhook`, as one operator line."""
    for field in ("webhook_url", "webhook_secret_token"):
        if getattr(settings, field) is None:
            return f"{field.upper()}: expected {_EXPECTED[field]} (required with --webhook)"
    return None


def sqlite_path(database_url: str) -> Path | None:
    """Return the file behind an SQLite URL (None for other databases or in-memory)."""
    prefix = "sqlite+aiosqlite:///"
    if not database_url.startswith(prefix):
        return None
    path = database_url.removeprefix(prefix).split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None
