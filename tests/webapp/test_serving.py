"""Serving the journal: `run` starts it beside the bot, the pages carry a strict CSP, and the
sandbox's link opens it signed for the sandbox's user."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest

from bot import cli
from bot.clock import FakeClock
from bot.config import load_settings
from bot.content import Content
from bot.db.engine import Database
from bot.webapp import auth
from bot.webapp.server import STATIC_FILES, WebAppServer
from tests import harness as e2e
from tests.harness import Harness

fake_api = e2e.fake_api
harness = e2e.harness


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def get(url: str, **kwargs: object) -> tuple[int, dict[str, str], str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(url, allow_redirects=False, **kwargs) as response,  # type: ignore[arg-type]
    ):
        return response.status, dict(response.headers), await response.text()


@pytest.fixture
async def served(db: Database, content: Content, clock: FakeClock) -> AsyncIterator[str]:
    server = WebAppServer(db, content, clock, "1:x", "127.0.0.1", 0)
    await server.start()
    yield f"http://127.0.0.1:{server.port}"
    await server.stop()


@pytest.fixture(autouse=True)
def no_webapp_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WEBAPP_PORT", "WEBAPP_LISTEN", "WEBAPP_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("name", list(STATIC_FILES))
async def test_each_page_file_is_served_with_its_type_and_a_strict_policy(
    served: str, name: str
) -> None:
    status, headers, body = await get(f"{served}/app/{name}")
    assert status == 200 and body
    assert headers["Content-Type"] == STATIC_FILES[name]
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self';" in policy
    assert "connect-src 'self'" in policy
    # No source but the server itself: no CDN, no telegram.org script, nothing inline.
    sources = [part.split()[1:] for part in policy.split("; ")]
    assert {s for part in sources for s in part} <= {
        "'none'",
        "'self'",
        "data:",
        "https://web.telegram.org",  # frame-ancestors only: who may frame the page
    }
    assert "unsafe" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"


async def test_the_app_path_is_the_index_and_app_without_slash_redirects(served: str) -> None:
    status, _, body = await get(f"{served}/app/")
    assert status == 200 and "<html" in body.lower()
    status, headers, _ = await get(f"{served}/app")
    assert status == 302 and headers["Location"] == "/app/"


@pytest.mark.parametrize(
    "path", ["/app/secret.py", "/app/../cli.py", "/app/%2e%2e/api.py", "/app/static/app.js", "/"]
)
async def test_nothing_else_is_served(served: str, path: str) -> None:
    status, headers, _ = await get(served + path)
    assert status == 404
    assert headers["X-Content-Type-Options"] == "nosniff"


async def test_the_pages_load_nothing_from_elsewhere(served: str) -> None:
    _, _, page = await get(f"{served}/app/")
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<script>" not in page and " style=" not in page  # nothing inline for the CSP
    _, _, script = await get(f"{served}/app/app.js")
    assert "telegram.org" not in script
    # The one address in it is SVG's namespace, a name rather than a place to fetch from.
    assert set(re.findall(r"https?://[^\s\"'`]+", script)) <= {"http://www.w3.org/2000/svg"}


async def test_the_run_command_serves_the_journal_while_the_bot_runs(
    monkeypatch: pytest.MonkeyPatch, harness: Harness
) -> None:
    port = free_port()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0")
    monkeypatch.setenv("WEBAPP_PORT", str(port))
    settings = load_settings(env_file=None)
    await harness.stop()
    harness.app = e2e._build(harness.api, harness.database_url, harness.clock, harness.content)
    cli.serve_during(harness.app, cli.webapp_server(settings, harness.app))
    await harness.start()
    base = f"http://127.0.0.1:{port}"
    assert (await get(f"{base}/app/"))[0] == 200
    # Init data signed with the bot's token is accepted (this user has not started the bot).
    assert settings.telegram_bot_token is not None
    signed = auth.sign_init_data(settings.telegram_bot_token, {"id": 5}, harness.clock.now())
    status, _, body = await get(f"{base}/app/api/me", headers={"Authorization": f"tma {signed}"})
    assert status == 403 and "Start the bot" in body
    await harness.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(f"{base}/app/")


async def test_webapp_port_zero_turns_the_journal_off(
    monkeypatch: pytest.MonkeyPatch, harness: Harness
) -> None:
    monkeypatch.setenv("WEBAPP_PORT", "0")
    assert cli.webapp_server(load_settings(env_file=None), harness.app) is None


async def test_a_busy_port_is_logged_and_does_not_stop_the_process(
    db: Database, content: Content, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    first = WebAppServer(db, content, clock, "1:x", "127.0.0.1", 0)
    await first.start()
    second = WebAppServer(db, content, clock, "1:x", "127.0.0.1", first.port)
    with caplog.at_level(logging.WARNING):
        assert await second.start_or_warn() is False
    assert "Journal (Mini App) not served: cannot listen on 127.0.0.1" in caplog.text
    await second.stop()
    await first.stop()


async def test_the_sandbox_link_is_signed_for_the_sandbox_user(
    db: Database, content: Content, clock: FakeClock
) -> None:
    server = WebAppServer(db, content, clock, cli.SANDBOX_WEBAPP_TOKEN, "0.0.0.0", 0)
    await server.start()
    try:
        link = cli.sandbox_link(server, clock.now())
    finally:
        await server.stop()
    parts = urlsplit(link)
    assert (parts.scheme, parts.hostname, parts.path) == ("http", "127.0.0.1", "/app/")
    [init_data] = parse_qs(parts.fragment)["tgWebAppData"]
    assert auth.validate(init_data, cli.SANDBOX_WEBAPP_TOKEN, clock.now()) == 1001


async def test_with_a_public_url_the_menu_button_opens_the_journal(harness: Harness) -> None:
    await harness.stop()
    harness.app = e2e._build(harness.api, harness.database_url, harness.clock, harness.content)
    cli.open_journal_from_menu(harness.app, "https://bot.example.com/app/")
    await harness.start()
    [call] = [c for c in harness.api.calls if c.method == "setChatMenuButton"]
    button = call.params["menu_button"]
    if isinstance(button, str):
        button = json.loads(button)
    assert button == {
        "type": "web_app",
        "text": "Journal",
        "web_app": {"url": "https://bot.example.com/app/"},
    }


async def test_without_a_public_url_the_menu_button_is_left_alone(harness: Harness) -> None:
    await harness.stop()
    harness.app = e2e._build(harness.api, harness.database_url, harness.clock, harness.content)
    cli.open_journal_from_menu(harness.app, None)
    await harness.start()
    assert not [c for c in harness.api.calls if c.method == "setChatMenuButton"]


def test_the_sandbox_prints_a_link_to_its_journal(tmp_path: Path) -> None:
    port = free_port()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "WEBAPP_PORT": str(port),
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "sandbox"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        input=":quit\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if "/app/#tgWebAppData=" in line]
    link = line.split(": ", 1)[1]
    assert link.startswith(f"http://127.0.0.1:{port}/app/#tgWebAppData=")
    [init_data] = parse_qs(urlsplit(link).fragment)["tgWebAppData"]
    assert auth.parse(init_data)["user"].startswith('{"id":1001')
