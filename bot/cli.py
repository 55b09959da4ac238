"""Command line: `python -m bot [run [--webhook]|worker|migrate|sandbox|new-key|rotate-key]`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit

from sqlalchemy.exc import SQLAlchemyError
from telegram import MenuButtonWebApp, WebAppInfo
from telegram.error import TelegramError

from bot import crypto, metrics
from bot.app import ALLOWED_UPDATES, build_application, make_services, settle_memory
from bot.clock import SystemClock
from bot.config import (
    DEFAULT_DATABASE_URL,
    Settings,
    SettingsError,
    load_settings,
    webhook_problem,
)
from bot.content import DEFAULT_LOCALE, Content, ContentError, load_content
from bot.context import BotApplication
from bot.db import migrate
from bot.db.engine import Database
from bot.delivery.engine import DeliveryConfig
from bot.delivery.ratelimit import Limiter
from bot.handlers import views
from bot.logs import configure_logging
from bot.services import Services
from bot.store import keys, processes
from bot.transport.webhook import WebhookServer
from bot.webapp.auth import sign_init_data
from bot.webapp.server import APP_PATH, WebAppServer

logger = logging.getLogger("bot")

SANDBOX_DATABASE_URL = "sqlite+aiosqlite:///data/sandbox.sqlite3"
# The sandbox's journal checks init data signed with this (it has no real bot token), for the
# user the terminal chat plays (bot/sandbox/chat.py).
SANDBOX_WEBAPP_TOKEN = "123456:SANDBOX-JOURNAL"
SANDBOX_USER = {"id": 1001, "first_name": "Ada", "language_code": "en"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Letin, a Telegram bot.")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run the bot (long polling); without a token, the sandbox")
    run.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates on WEBHOOK_URL instead of long polling",
    )
    sub.add_parser("worker", help="deliver prompts only (no updates); run any number of them")
    sub.add_parser("migrate", help="upgrade the database to the latest schema")
    sub.add_parser("new-key", help="print a fresh encryption key")
    sub.add_parser("rotate-key", help="re-encrypt everything under a new key (resumable)")
    sub.add_parser("sandbox", help="chat with the bot in this terminal, no Telegram needed")
    return parser


def _fail(message: str) -> int:
    print(f"letin: {message}", file=sys.stderr)  # noqa: T201 - the one line an operator reads
    return 2


def sandbox_database_url(settings: Settings) -> str:
    """The sandbox keeps its own database unless DATABASE_URL was set on purpose."""
    if (
        "database_url" in settings.model_fields_set
        and settings.database_url != DEFAULT_DATABASE_URL
    ):
        return settings.database_url
    return SANDBOX_DATABASE_URL


def delivery_options(settings: Settings) -> dict[str, Any]:
    """The settings that shape delivery, as build_application's keyword arguments."""
    return {
        "limiter": Limiter(
            overall_rate=settings.send_rate_per_second,
            per_chat_rate=settings.send_rate_per_chat,
        ),
        "tick_seconds": settings.tick_seconds,
        "delivery_config": DeliveryConfig(grace=timedelta(minutes=settings.delivery_grace_minutes)),
    }


def webhook_server(settings: Settings, app: BotApplication) -> WebhookServer:
    """The server that receives updates for `run --webhook`."""
    assert settings.webhook_url is not None and settings.webhook_secret_token is not None
    return WebhookServer(
        app,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        # Serve on the public URL's path, so a proxy can pass requests through unchanged.
        path=urlsplit(settings.webhook_url).path,
        secret_token=settings.webhook_secret_token.get_secret_value(),
    )


async def register_webhook(settings: Settings, app: BotApplication) -> None:
    """Tell Telegram where to send updates, with the secret and the update types wanted."""
    assert settings.webhook_url is not None and settings.webhook_secret_token is not None
    await app.bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret_token.get_secret_value(),
        allowed_updates=list(ALLOWED_UPDATES),
    )


async def serve_webhook(settings: Settings, app: BotApplication) -> None:
    """Run the Application on webhook updates until SIGTERM or SIGINT.

    The lifecycle of PTB's Application.run_webhook (initialise, post_init, start, serve;
    then stop serving, stop, post_stop, shutdown, post_shutdown), with the bot's own server.
    """
    with stop_on_signals() as stop:
        await _serve_webhook_until(stop, settings, app)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[asyncio.Event]:
    """An event that SIGTERM or SIGINT sets, while inside the block."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        yield stop
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


async def _serve_webhook_until(
    stop: asyncio.Event, settings: Settings, app: BotApplication
) -> None:
    server = webhook_server(settings, app)
    async with contextlib.AsyncExitStack() as running:  # undone in the reverse order
        await app.initialize()
        running.push_async_callback(_shut_down, app)
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        running.push_async_callback(_stop, app)
        await server.start()
        running.push_async_callback(server.stop)  # first to go: no update is taken after
        await register_webhook(settings, app)
        await stop.wait()


async def _stop(app: BotApplication) -> None:
    await app.stop()  # handles the updates already taken first
    if app.post_stop is not None:
        await app.post_stop(app)


async def _shut_down(app: BotApplication) -> None:
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


def metrics_server(settings: Settings, app: BotApplication) -> metrics.MetricsServer | None:
    """The /metrics and /healthz server for this process, or None when METRICS_PORT is 0."""
    if settings.metrics_port == 0:
        return None
    db = app.bot_data.services.db
    return metrics.MetricsServer(db, settings.metrics_listen, settings.metrics_port)


class Served(Protocol):
    """A server that runs beside the bot (metrics, the journal)."""

    async def start_or_warn(self) -> object:
        """Start serving, or log why not."""

    async def stop(self) -> None:
        """Stop serving."""


def serve_metrics_during(app: BotApplication, server: Served | None) -> None:
    """Serve /metrics and /healthz while the Application runs (see serve_during)."""
    serve_during(app, server)


def serve_during(app: BotApplication, server: Served | None) -> None:
    """Start the server after the Application initialises; stop it before the database closes."""
    if server is None:
        return
    post_init, post_shutdown = app.post_init, app.post_shutdown

    async def start(application: BotApplication) -> None:
        await server.start_or_warn()
        if post_init is not None:
            await post_init(application)

    async def stop(application: BotApplication) -> None:
        await server.stop()
        if post_shutdown is not None:
            await post_shutdown(application)

    app.post_init = start
    app.post_shutdown = stop


def webapp_server(settings: Settings, app: BotApplication) -> WebAppServer | None:
    """The journal (Mini App) server for `run`, or None when WEBAPP_PORT is 0."""
    if settings.webapp_port == 0:
        return None
    assert settings.telegram_bot_token is not None
    services = app.bot_data.services

    async def chat_commands(chat_id: int, locale: str) -> None:
        # A language chosen in the journal: the chat's command menu follows, as in /language.
        await views.set_chat_commands(app.bot, chat_id, services.content.texts(locale))

    return WebAppServer(
        services.db,
        services.content,
        services.clock,
        settings.telegram_bot_token,
        settings.webapp_listen,
        settings.webapp_port,
        services.helplines,
        on_language=chat_commands,
    )


def open_journal_from_menu(app: BotApplication, url: str | None) -> None:
    """With WEBAPP_URL set, make the bot's menu button open the journal once the bot starts.

    A refusal from Telegram (say, an URL it does not accept) is logged: the bot runs on.
    """
    if url is None:
        return
    post_init = app.post_init

    async def start(application: BotApplication) -> None:
        if post_init is not None:
            await post_init(application)
        # The default language's word: Telegram shows one menu button to everyone.
        name = application.bot_data.services.content.texts(DEFAULT_LOCALE).raw("journal.menu")
        button = MenuButtonWebApp(text=name, web_app=WebAppInfo(url=url))
        try:
            await application.bot.set_chat_menu_button(menu_button=button)
        except TelegramError as exc:
            logger.warning("The menu button was not set to the journal: %s", exc)

    app.post_init = start


def sandbox_link(server: WebAppServer, now: datetime) -> str:
    """A local link that opens the sandbox's journal as its user, signed as Telegram would."""
    init_data = sign_init_data(SANDBOX_WEBAPP_TOKEN, SANDBOX_USER, now)
    host = "127.0.0.1" if server.host in ("0.0.0.0", "::", "") else server.host
    return f"http://{host}:{server.port}{APP_PATH}#{urlencode({'tgWebAppData': init_data})}"


async def run_sandbox_with_journal(settings: Settings, database_url: str, content: Content) -> int:
    """The sandbox, with its journal served beside it and a link to open it printed."""
    from bot.sandbox.runner import run_sandbox

    if settings.webapp_port == 0:
        return await run_sandbox(database_url, content=content)
    clock = SystemClock()
    db = Database.from_url(database_url)
    server = WebAppServer(
        db, content, clock, SANDBOX_WEBAPP_TOKEN, settings.webapp_listen, settings.webapp_port
    )
    try:
        if await server.start_or_warn():
            print(  # noqa: T201
                "Your journal (the Mini App), signed for the sandbox's user for a day: "
                + sandbox_link(server, clock.now())
            )
        return await run_sandbox(database_url, content=content)
    finally:
        await server.stop()
        await db.dispose()


def install_keyring(settings: Settings, *, database_url: str | None = None) -> str | None:
    """Load the key (settings or key file), install it, check it against the database."""
    older = settings.letin_old_encryption_keys
    ring = crypto.load_keyring(
        settings.letin_encryption_key.get_secret_value() if settings.letin_encryption_key else None,
        older.get_secret_value().split(",") if older else [],
        settings.encryption_key_file,
    )
    crypto.install(ring)
    url = database_url or settings.database_url
    problem = migrate.pending_problem(url)
    if problem:
        return problem

    async def check() -> str | None:
        db = Database.from_url(url)
        try:
            return await keys.check_key(db, SystemClock().now())
        finally:
            await db.dispose()

    return asyncio.run(check())


def _running(settings: Settings) -> str | None:
    """A line saying that a bot or worker runs on this database, or None when none does."""

    async def ask() -> str | None:
        db = Database.from_url(settings.database_url)
        try:
            async with db.transaction() as session:
                now = SystemClock().now()
                seen = await processes.last_heartbeat(session, now, DeliveryConfig().process_window)
        finally:
            await db.dispose()
        if seen is None:
            return None
        ago = max(0, int((now - seen).total_seconds()))
        return (
            f"a bot or worker is running on this database (last seen {ago} s ago): stop every "
            "process, then run rotate-key again (a process stopped without saying goodbye is "
            f"forgotten after {int(DeliveryConfig().process_window.total_seconds())} s)"
        )

    return asyncio.run(ask())


def rotate_key(settings: Settings) -> int:
    """Re-encrypt everything under a new key: from the settings, or a new one in the key file.

    Refused while a bot or worker runs: a running process keeps the old keys in memory and
    could no longer read what was re-keyed under it.
    """
    running = _running(settings)
    if running:
        return _fail(running)
    key_file = settings.encryption_key_file
    if settings.letin_encryption_key is None:
        current = crypto.read_key_file(key_file) if key_file.exists() else []
        if len(current) < 2:
            # Keep the old key below the new one until every value is re-encrypted, so an
            # interrupted rotation can always be resumed.
            crypto.write_key_file(key_file, [crypto.new_key(), *current])
    elif settings.letin_old_encryption_keys is None:
        return _fail(
            "LETIN_OLD_ENCRYPTION_KEYS: set it to the current key, and "
            "LETIN_ENCRYPTION_KEY to the new one, then run rotate-key"
        )
    problem = install_keyring(settings)
    if problem:
        return _fail(problem)

    async def run() -> int:
        db = Database.from_url(settings.database_url)
        try:
            return await keys.rotate(db, SystemClock().now())
        finally:
            await db.dispose()

    count = asyncio.run(run())
    if settings.letin_encryption_key is None:
        crypto.write_key_file(key_file, crypto.read_key_file(key_file)[:1])
    print(f"Re-encrypted {count} values under key {crypto.keyring().primary_id}.")  # noqa: T201
    if settings.letin_encryption_key is not None:
        print("Done: remove LETIN_OLD_ENCRYPTION_KEYS from the configuration.")  # noqa: T201
    return 0


def _services(settings: Settings, content: Content) -> Services:
    """The services of a process that talks to Telegram (run and worker)."""
    return make_services(
        settings.database_url, SystemClock(), content, settings.admin_ids, settings.webapp_url
    )


def run_bot(settings: Settings, *, webhook: bool = False) -> int:
    """Run against Telegram (or the configured Bot API server) until stopped."""
    assert settings.telegram_bot_token is not None
    content = load_content()
    problem = install_keyring(settings)
    if problem:
        return _fail(problem)
    services = _services(settings, content)
    app = build_application(
        token=settings.telegram_bot_token,
        services=services,
        base_url=settings.telegram_api_base_url,
        settle=True,
        **delivery_options(settings),
    )
    serve_metrics_during(app, metrics_server(settings, app))
    serve_during(app, webapp_server(settings, app))
    open_journal_from_menu(app, settings.webapp_url)
    if webhook:
        asyncio.run(serve_webhook(settings, app))
    else:
        app.run_polling(allowed_updates=list(ALLOWED_UPDATES))
    return 0


async def run_worker(settings: Settings) -> int:
    """Deliver prompts until SIGTERM or SIGINT, without receiving updates."""
    assert settings.telegram_bot_token is not None
    content = load_content()
    services = _services(settings, content)
    app = build_application(
        token=settings.telegram_bot_token,
        services=services,
        base_url=settings.telegram_api_base_url,
        **delivery_options(settings),
    )
    server = metrics_server(settings, app)
    with stop_on_signals() as stop:
        await _deliver_until(stop, app, server)
    await services.db.dispose()
    return 0


async def _deliver_until(
    stop: asyncio.Event, app: BotApplication, server: metrics.MetricsServer | None
) -> None:
    async with app:  # initialize and shutdown
        settle_memory()
        if server is not None:
            await server.start_or_warn()
        await app.start()  # starts the JobQueue, and so the delivery tick
        logger.info("Worker started: delivering prompts, not receiving updates")
        await stop.wait()
        await app.stop()
        await app.bot_data.delivery.shutdown()
        if server is not None:
            await server.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = _parser().parse_args(argv)
    command = args.command or "run"
    try:
        settings = load_settings()
    except SettingsError as exc:
        return _fail(str(exc))
    configure_logging(settings.log_level)
    try:
        if command == "migrate":
            migrate.upgrade(settings.database_url)
            if settings.telegram_bot_token is None:
                migrate.upgrade(sandbox_database_url(settings))
            return 0
        if command == "new-key":
            print(crypto.new_key())  # noqa: T201
            return 0
        if command == "rotate-key":
            return rotate_key(settings)
        if command == "worker":
            if settings.telegram_bot_token is None:
                return _fail("TELEGRAM_BOT_TOKEN: a worker needs the bot's token")
            problem = install_keyring(settings)
            return _fail(problem) if problem else asyncio.run(run_worker(settings))
        webhook = command == "run" and getattr(args, "webhook", False)
        if webhook:
            if settings.telegram_bot_token is None:
                return _fail("TELEGRAM_BOT_TOKEN: webhook mode needs the bot's token")
            problem = webhook_problem(settings)
            if problem:
                return _fail(problem)
        if command == "sandbox" or settings.telegram_bot_token is None:
            if command != "sandbox":
                print(  # noqa: T201
                    "No TELEGRAM_BOT_TOKEN set: starting the sandbox, a local chat with the bot "
                    "in this terminal (see README to connect a real bot)."
                )
            sandbox_url = sandbox_database_url(settings)
            migrate.upgrade(sandbox_url)
            problem = install_keyring(settings, database_url=sandbox_url)
            if problem:
                return _fail(problem)
            return asyncio.run(run_sandbox_with_journal(settings, sandbox_url, load_content()))
        return run_bot(settings, webhook=webhook)
    except ContentError as exc:
        return _fail(f"content: {exc}")
    except crypto.KeyProblem as exc:
        return _fail(f"encryption key: {exc}")
    except (OSError, SQLAlchemyError) as exc:
        # Details may name hosts or paths but never anything a user wrote.
        return _fail(
            f"database: cannot use DATABASE_URL ({type(exc).__name__}: {exc})".splitlines()[0]
        )
