"""Webhook mode: the real Application serves PTB's webhook and Telegram's secret is enforced."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from bot import cli
from bot.app import build_application, make_services
from bot.clock import FakeClock
from bot.config import Settings, load_settings
from bot.content import Content
from bot.context import BotApplication
from bot.sandbox.fake_api import FakeBotApi, FakeUser

TOKEN = "123456789:" + "A" * 35
SECRET = "s3cret-Token_for-tests"
PUBLIC_URL = "https://bot.example.com/telegram/hook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    """A port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class WebhookBot:
    """A bot receiving updates on a local webhook, and where to post them."""

    api: FakeBotApi
    app: BotApplication
    endpoint: str


@pytest.fixture
async def webhook_bot(
    monkeypatch: pytest.MonkeyPatch,
    fake_api: FakeBotApi,
    migrated_url: str,
    clock: FakeClock,
    content: Content,
) -> AsyncIterator[WebhookBot]:
    """Start the bot the way `run --webhook` does, on 127.0.0.1 and a free port."""
    port = free_port()
    monkeypatch.setenv("WEBHOOK_URL", PUBLIC_URL)
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", SECRET)
    monkeypatch.setenv("WEBHOOK_LISTEN", "127.0.0.1")
    monkeypatch.setenv("WEBHOOK_PORT", str(port))
    settings = load_settings(env_file=None)
    app = build_application(
        token=fake_api.token,
        services=make_services(migrated_url, clock, content),
        base_url=fake_api.base_url,
        base_file_url=fake_api.base_file_url,
        tick_seconds=24 * 3600.0,
    )
    # The order of Application.run_webhook: initialise, post_init, webhook server, start.
    await app.initialize()
    assert app.post_init is not None and app.updater is not None
    await app.post_init(app)
    await app.updater.start_webhook(**cli.webhook_options(settings))
    await app.start()
    try:
        yield WebhookBot(fake_api, app, f"http://127.0.0.1:{port}/telegram/hook")
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def post(endpoint: str, update: dict[str, object], secret: str | None) -> int:
    """POST an update like Telegram does; returns the HTTP status."""
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with (
        aiohttp.ClientSession() as session,
        session.post(endpoint, json=update, headers=headers) as response,
    ):
        return response.status


def help_update(user: FakeUser) -> dict[str, object]:
    """A /help message from the user, as Telegram would deliver it."""
    return user.send_command("help")


async def test_start_up_registers_the_webhook_with_url_and_secret(webhook_bot: WebhookBot) -> None:
    calls = [c for c in webhook_bot.api.calls if c.method == "setWebhook"]
    assert len(calls) == 1
    assert calls[0].params["url"] == PUBLIC_URL
    assert calls[0].params["secret_token"] == SECRET


async def test_an_update_with_the_secret_is_answered(webhook_bot: WebhookBot) -> None:
    user = webhook_bot.api.user(1001, "Ada")
    assert await post(webhook_bot.endpoint, help_update(user), SECRET) == 200
    answer = await webhook_bot.api.next_message(user.id)
    assert "/start" in answer["text"] and "/settings" in answer["text"]


async def test_an_update_without_the_right_secret_is_refused(webhook_bot: WebhookBot) -> None:
    api = webhook_bot.api
    user = api.user(1001, "Ada")
    api.drain()
    assert await post(webhook_bot.endpoint, help_update(user), None) == 403
    assert await post(webhook_bot.endpoint, help_update(user), "not-the-secret") == 403
    # Updates are handled in order: had a refused one got in, it would be answered first.
    assert await post(webhook_bot.endpoint, help_update(user), SECRET) == 200
    await api.next_message(user.id)
    assert len(api.sent_messages(user.id)) == 1


@pytest.mark.parametrize(
    ("environment", "line"),
    [
        ({}, "letin: WEBHOOK_URL: expected a public https URL"),
        ({"WEBHOOK_URL": PUBLIC_URL}, "letin: WEBHOOK_SECRET_TOKEN: expected 1-256 characters"),
        (
            {"WEBHOOK_URL": "http://bot.example.com/hook", "WEBHOOK_SECRET_TOKEN": SECRET},
            "letin: WEBHOOK_URL: expected a public https URL",
        ),
        (
            {"WEBHOOK_URL": PUBLIC_URL, "WEBHOOK_SECRET_TOKEN": "has spaces"},
            "letin: WEBHOOK_SECRET_TOKEN: expected 1-256 characters",
        ),
        (
            {"WEBHOOK_URL": PUBLIC_URL, "WEBHOOK_SECRET_TOKEN": "x" * 257},
            "letin: WEBHOOK_SECRET_TOKEN: expected 1-256 characters",
        ),
        (
            {"WEBHOOK_URL": PUBLIC_URL, "WEBHOOK_SECRET_TOKEN": SECRET, "WEBHOOK_PORT": "70000"},
            "letin: WEBHOOK_PORT: expected a port from 1 to 65535",
        ),
    ],
)
def test_a_missing_or_wrong_webhook_setting_stops_start_up_with_one_line(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    environment: dict[str, str],
    line: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env file
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cli.main(["run", "--webhook"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(line) and err.count("\n") == 1, err


def test_webhook_options_serve_on_the_public_urls_path(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WEBHOOK_LISTEN", "WEBHOOK_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WEBHOOK_URL", PUBLIC_URL)
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", SECRET)
    options = cli.webhook_options(load_settings(env_file=None))
    assert options["url_path"] == "telegram/hook"
    assert (options["listen"], options["port"]) == ("127.0.0.1", 8443)
    assert "business_message" not in options["allowed_updates"]
