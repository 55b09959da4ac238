"""Webhook mode: the real Application serves PTB's webhook and Telegram's secret is enforced."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest

from bot import cli, metrics
from bot.app import build_application, make_services
from bot.clock import FakeClock
from bot.config import Settings, load_settings
from bot.content import Content
from bot.context import BotApplication
from bot.logs import capped_library_loggers
from bot.sandbox.fake_api import FakeBotApi, FakeUser
from bot.transport import webhook

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
    port: int


@pytest.fixture
async def webhook_bot(
    monkeypatch: pytest.MonkeyPatch,
    fake_api: FakeBotApi,
    migrated_url: str,
    clock: FakeClock,
    content: Content,
) -> AsyncIterator[WebhookBot]:
    """Start the bot the way `run --webhook` does (cli.serve_webhook), on 127.0.0.1."""
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
    # Short timeouts, so that the tests of slow clients finish quickly.
    monkeypatch.setattr(webhook, "HEADER_TIMEOUT", 0.5)
    monkeypatch.setattr(webhook, "BODY_TIMEOUT", 0.5)
    serving = asyncio.create_task(cli.serve_webhook(settings, app))
    endpoint = f"http://127.0.0.1:{port}/telegram/hook"
    try:
        # Serving begins after the Application starts, and the webhook is registered last:
        # wait for that, not for `app.running`, or a test could knock before the door is there.
        while not any(c.method == "setWebhook" for c in fake_api.calls):
            assert not serving.done(), serving.exception()
            await asyncio.sleep(0.01)
        yield WebhookBot(fake_api, app, endpoint, port)
    finally:
        signal.raise_signal(signal.SIGTERM)
        await asyncio.wait_for(serving, 30)


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


def test_the_webhook_is_served_on_the_public_urls_path(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WEBHOOK_LISTEN", "WEBHOOK_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WEBHOOK_URL", PUBLIC_URL)
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", SECRET)
    server = cli.webhook_server(load_settings(env_file=None), None)  # type: ignore[arg-type]
    assert server._path == "/telegram/hook"
    assert (server._site.host, server._site.wanted_port) == ("127.0.0.1", 8443)


async def test_only_the_update_types_the_bot_handles_are_asked_for(
    webhook_bot: WebhookBot,
) -> None:
    (call,) = [c for c in webhook_bot.api.calls if c.method == "setWebhook"]
    wanted = call.params["allowed_updates"]
    assert "message" in wanted and "callback_query" in wanted
    assert not [kind for kind in wanted if kind.startswith("business")]


async def raw_exchange(port: int, head: bytes, body: bytes = b"", wait: float = 5.0) -> bytes:
    """Send bytes on a fresh connection; all the server answers before it closes or `wait`."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head + body)
        await writer.drain()
        answer = b""
        try:
            async with asyncio.timeout(wait):
                while chunk := await reader.read(65536):
                    answer += chunk
        except TimeoutError:
            answer += b"<still open>"
        return answer
    finally:
        writer.close()


def request_head(length: int, secret: str | None = SECRET) -> bytes:
    lines = [
        "POST /telegram/hook HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: application/json",
        f"Content-Length: {length}",
        "Connection: close",
    ]
    if secret is not None:
        lines.append(f"{SECRET_HEADER}: {secret}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def test_a_huge_body_is_refused_before_it_is_read(webhook_bot: WebhookBot) -> None:
    # 63 MB announced, nothing sent: the answer comes at once, from the headers alone.
    huge = 63 * 1024 * 1024
    answer = await raw_exchange(webhook_bot.port, request_head(huge))
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    answer = await raw_exchange(webhook_bot.port, request_head(huge, secret=None))
    assert answer.startswith(b"HTTP/1.1 403"), answer[:80]
    answer = await raw_exchange(webhook_bot.port, request_head(huge, secret="x" * 22))
    assert answer.startswith(b"HTTP/1.1 403"), answer[:80]


async def test_a_chunked_body_over_the_limit_is_refused(webhook_bot: WebhookBot) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(40):
            yield b" " * 65536  # 2.5 MB in all

    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(webhook_bot.endpoint, data=chunks(), headers=headers) as response,
    ):
        assert response.status == 413


async def test_unfinished_headers_and_slow_bodies_are_cut_off(webhook_bot: WebhookBot) -> None:
    # The fixture sets both timeouts to half a second.
    half_a_head = b"POST /telegram/hook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    assert await raw_exchange(webhook_bot.port, half_a_head) == b""  # closed, no answer
    answer = await raw_exchange(webhook_bot.port, request_head(100), b'{"update_id": 1')
    assert answer.startswith(b"HTTP/1.1 408"), answer[:80]


async def test_an_unreadable_update_is_skipped_unlogged_and_the_next_one_answered(
    webhook_bot: WebhookBot, caplog: pytest.LogCaptureFixture
) -> None:
    api = webhook_bot.api
    user = api.user(1001, "Ada")
    marker = "zebra-secret-4417"
    base = {"message_id": 5, "from": user.user_dict, "chat": user.chat, "text": marker}
    skipped = metrics.UPDATES_UNREADABLE._value.get()
    with capped_library_loggers(), caplog.at_level(logging.DEBUG):
        unreadable = {"update_id": 90001, "message": {**base, "date": "yesterday"}}
        assert await post(webhook_bot.endpoint, unreadable, SECRET) == 200
        async with aiohttp.ClientSession() as session:
            headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
            async with session.post(webhook_bot.endpoint, data=b"{not json", headers=headers) as r:
                assert r.status == 400
        assert await post(webhook_bot.endpoint, help_update(user), SECRET) == 200
        answer = await api.next_message(user.id)
    assert "/start" in answer["text"]
    assert metrics.UPDATES_UNREADABLE._value.get() == skipped + 1
    leaked = [r.name for r in caplog.records if marker in r.getMessage() + str(r.exc_text)]
    assert leaked == []
