"""Settings: defaults, validation, and the one-line error for a wrong value."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import DEFAULT_DATABASE_URL, SettingsError, load_settings, sqlite_path

ROOT = Path(__file__).resolve().parents[1]
VALID_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "DATABASE_URL", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)


def test_defaults_without_environment() -> None:
    settings = load_settings(env_file=None)
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url is None
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.log_level == "INFO"


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot")
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u:p@localhost/letin")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = load_settings(env_file=None)
    assert settings.telegram_bot_token == VALID_TOKEN
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.database_url.startswith("postgresql+asyncpg://")
    assert settings.log_level == "DEBUG"


def test_values_come_from_a_dotenv_file(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(f"TELEGRAM_BOT_TOKEN={VALID_TOKEN}\nLOG_LEVEL=WARNING\n")
    settings = load_settings(env_file=env)
    assert settings.telegram_bot_token == VALID_TOKEN
    assert settings.log_level == "WARNING"


def test_an_empty_token_means_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "  ")
    assert load_settings(env_file=None).telegram_bot_token is None


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        (
            "TELEGRAM_BOT_TOKEN",
            "not-a-token",
            "TELEGRAM_BOT_TOKEN: expected a token from @BotFather",
        ),
        ("TELEGRAM_API_BASE_URL", "ftp://x", "TELEGRAM_API_BASE_URL: expected an http(s) URL"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL: expected an async SQLAlchemy URL"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL: expected one of DEBUG, INFO"),
    ],
)
def test_a_wrong_value_names_the_variable_and_what_is_expected(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as excinfo:
        load_settings(env_file=None)
    message = str(excinfo.value)
    assert message.startswith(expected)
    assert "\n" not in message


def test_a_wrong_value_stops_start_up_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LOG_LEVEL": "LOUD", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "letin: LOG_LEVEL: expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    ]
    assert "Traceback" not in result.stderr


def test_sqlite_path_of_urls() -> None:
    assert sqlite_path("sqlite+aiosqlite:///data/x.sqlite3") == Path("data/x.sqlite3")
    assert sqlite_path("sqlite+aiosqlite:////abs/x.db") == Path("/abs/x.db")
    assert sqlite_path("sqlite+aiosqlite:///:memory:") is None
    assert sqlite_path("postgresql+asyncpg://localhost/x") is None


def test_the_journal_is_served_on_loopback_8080_without_a_public_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("WEBAPP_LISTEN", "WEBAPP_PORT", "WEBAPP_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(env_file=None)
    assert (settings.webapp_listen, settings.webapp_port) == ("127.0.0.1", 8080)
    assert settings.webapp_url is None


def test_journal_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBAPP_LISTEN", "0.0.0.0")
    monkeypatch.setenv("WEBAPP_PORT", "0")
    monkeypatch.setenv("WEBAPP_URL", " https://bot.example.com/app/ ")
    settings = load_settings(env_file=None)
    assert (settings.webapp_listen, settings.webapp_port) == ("0.0.0.0", 0)
    assert settings.webapp_url == "https://bot.example.com/app/"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("WEBAPP_URL", "http://bot.example.com/app/", "WEBAPP_URL: expected a public https URL"),
        ("WEBAPP_URL", "bot.example.com", "WEBAPP_URL: expected a public https URL"),
        ("WEBAPP_PORT", "70000", "WEBAPP_PORT: expected a port from 1 to 65535, or 0 to turn"),
        ("WEBAPP_PORT", "eighty", "WEBAPP_PORT: expected a port from 1 to 65535, or 0 to turn"),
    ],
)
def test_a_wrong_journal_setting_is_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as excinfo:
        load_settings(env_file=None)
    assert str(excinfo.value).startswith(expected)
    assert "\n" not in str(excinfo.value)
