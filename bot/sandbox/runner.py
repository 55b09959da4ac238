"""The sandbox: the real bot on a local fake Bot API, chatted with from this terminal."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from bot.app import ALLOWED_UPDATES, build_application, make_services
from bot.clock import SystemClock
from bot.content import Content
from bot.delivery.ratelimit import Limiter
from bot.sandbox.chat import TerminalChat
from bot.sandbox.fake_api import FakeBotApi

logger = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def running_sandbox_bot(database_url: str, content: Content) -> AsyncIterator[FakeBotApi]:
    """Start the fake server and the bot polling it (on a migrated database); stop both."""
    clock = SystemClock()
    api = FakeBotApi(clock=clock.now)
    await api.start()
    app = build_application(
        token=api.token,
        services=make_services(database_url, clock, content),
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        # The fake server has no flood limits, and a person trying the bot should not wait.
        limiter=Limiter(per_chat_rate=0),
    )
    try:
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=5, allowed_updates=list(ALLOWED_UPDATES)
        )
        yield api
    finally:
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
        await api.stop()


async def run_sandbox(database_url: str, *, content: Content) -> int:
    """Run the sandbox until the person types :quit or closes the input."""
    logging.getLogger().setLevel(logging.WARNING)  # keep the chat readable
    async with running_sandbox_bot(database_url, content) as api:
        print(f"Sandbox: the bot runs against a local fake Telegram at {api.base_url}.")  # noqa: T201
        print("Start with /start.")  # noqa: T201
        await TerminalChat(api).run()
    return 0
