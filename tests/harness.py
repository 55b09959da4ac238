"""The harness of the handler and end-to-end tests: the real Application long-polls the fake
Bot API server over HTTP (a pytest plugin of tests/conftest.py: its fixtures serve every test).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from bot.app import ALLOWED_UPDATES, build_application, make_services
from bot.clock import FakeClock
from bot.content import Content
from bot.context import BotApplication
from bot.delivery.engine import Counts, DeliveryEngine
from bot.delivery.ratelimit import Limiter
from bot.domain import safety
from bot.sandbox.fake_api import FakeBotApi, FakeUser

JsonDict = dict[str, Any]


@pytest.fixture
async def fake_api(clock: FakeClock) -> AsyncIterator[FakeBotApi]:
    """A running fake Bot API server on 127.0.0.1."""
    api = FakeBotApi(clock=clock.now)
    await api.start()
    yield api
    await api.stop()


@dataclass
class Harness:
    """A running bot, the fake server it talks to, and a way to restart it."""

    api: FakeBotApi
    app: BotApplication
    database_url: str
    clock: FakeClock
    content: Content
    _started: bool = False

    async def start(self) -> None:
        """Initialise, start and begin long polling, like `run_polling` does."""
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(
            poll_interval=0, timeout=1, allowed_updates=list(ALLOWED_UPDATES)
        )
        self._started = True

    async def stop(self) -> None:
        """Stop polling and shut down, like the end of `run_polling`."""
        if not self._started:
            return
        assert self.app.updater is not None
        await self.app.updater.stop()
        await self.app.stop()
        if self.app.post_stop:
            await self.app.post_stop(self.app)
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)
        self._started = False

    @property
    def engine(self) -> DeliveryEngine:
        """The running Application's delivery engine."""
        return self.app.bot_data.delivery

    async def tick(self) -> Counts:
        """Run the delivery tick once, wait until its sends are recorded, return all counts."""
        claimed = await self.engine.tick()
        await self.engine.wait_idle()
        return claimed.plus(self.engine.take_counts())

    async def restart(self) -> None:
        """Stop this Application and start a new one on the same database and server."""
        await self.stop()
        self.app = _build(self.api, self.database_url, self.clock, self.content)
        await self.start()


# Tests drive the tick themselves (harness.tick()), so the periodic job never fires on its own.
NEVER = 24 * 3600.0


def _build(
    api: FakeBotApi, url: str, clock: FakeClock, content: Content, **options: Any
) -> BotApplication:
    # Interactive tests type faster than any person; per-chat pacing has its own tests.
    options.setdefault("limiter", Limiter(per_chat_rate=0))
    return build_application(
        token=api.token,
        services=make_services(url, clock, content),
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        tick_seconds=NEVER,
        **options,
    )


@asynccontextmanager
async def running(
    api: FakeBotApi, url: str, clock: FakeClock, content: Content, **options: Any
) -> AsyncIterator[Harness]:
    """A started bot on the fake server, built as the `harness` fixture builds it, with
    `build_application` options changed; stopped on leaving."""
    # The crisis screen compiles once per test session, before any bot starts: a real bot
    # does it in a thread at start-up, and a test's wait for an answer should not include it.
    safety.warm()
    harness = Harness(
        api=api,
        app=_build(api, url, clock, content, **options),
        database_url=url,
        clock=clock,
        content=content,
    )
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
async def harness(
    fake_api: FakeBotApi, migrated_url: str, clock: FakeClock, content: Content
) -> AsyncIterator[Harness]:
    """A bot on the fake server, on a fresh migrated database (SQLite or PostgreSQL)."""
    async with running(fake_api, migrated_url, clock, content) as bot:
        yield bot


@dataclass
class Chat:
    """One user's private chat, seen from the user's side."""

    api: FakeBotApi
    user: FakeUser

    async def send(self, text: str) -> JsonDict:
        """Type a message (or /command) and return the bot's next message in this chat."""
        self.user.send_text(text)
        return await self.reply()

    async def reply(self) -> JsonDict:
        """Wait for the bot's next message (or edit) in this chat."""
        return await self.api.next_message(self.user.id)

    async def until(self, fragment: str) -> JsonDict:
        """Wait for the bot's next message whose text contains a fragment (skipping others)."""
        message = await self.reply()
        while fragment not in message.get("text", ""):
            message = await self.reply()
        return message

    async def press(self, message: JsonDict, button: str) -> JsonDict:
        """Press an inline button and return the bot's next message or edit."""
        self.user.press(message, button)
        return await self.reply()

    async def answered(self, check: Callable[[JsonDict], bool] | None = None) -> JsonDict:
        """Wait for the bot's answerCallbackQuery and return its parameters."""
        call = await self.api.next_call("answerCallbackQuery")
        if check is not None:
            assert check(call.params), call.params
        return call.params


@pytest.fixture
def chat(harness: Harness) -> Chat:
    """The private chat of a new user, Ada (id 1001), in Berlin's language settings."""
    return Chat(api=harness.api, user=harness.api.user(1001, "Ada"))
