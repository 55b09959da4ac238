"""A long-running bot keeps what lives as long as it does out of the garbage collector's way.

Start-up objects are frozen once the bot has started (bot.app.settle_memory); the crisis
rules are compiled in a thread after that and are frozen too once they are there, so that
no full collection walks them again (it held the event loop for about 200 ms).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import app as bot_app
from bot.clock import FakeClock
from bot.content import Content
from bot.db import migrate
from bot.sandbox.fake_api import FakeBotApi
from tests.harness import running

LONG_LIVED = 20_000


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Whatever the test froze is handed back to the collector afterwards."""
    yield
    gc.unfreeze()


async def test_the_crisis_rules_are_frozen_once_compiled(
    fake_api: FakeBotApi,
    clock: FakeClock,
    content: Content,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unfrozen: None,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    compiled: asyncio.Future[None] | None = None

    def compile_later(loop: asyncio.AbstractEventLoop) -> asyncio.Future[None]:
        nonlocal compiled
        compiled = loop.create_future()
        return compiled

    monkeypatch.setattr(bot_app, "compile_crisis_rules", compile_later)
    async with running(fake_api, url, clock, content, settle=True):
        assert compiled is not None and not compiled.done()
        frozen_at_start = gc.get_freeze_count()
        assert frozen_at_start > 0, "start-up objects are frozen once the bot has started"
        # What the rules' compilation leaves behind: long-lived containers made after start
        # (lists, which the collector always tracks).
        rules = [[n] for n in range(LONG_LIVED)]
        compiled.set_result(None)
        await asyncio.sleep(0)  # the future's callbacks run on the next turn of the loop
        assert gc.get_freeze_count() >= frozen_at_start + LONG_LIVED
        assert rules[-1] == [LONG_LIVED - 1]


async def test_a_bot_built_for_tests_freezes_nothing(
    fake_api: FakeBotApi, clock: FakeClock, content: Content, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    before = gc.get_freeze_count()
    async with running(fake_api, url, clock, content) as bot:
        ready = bot.app.bot_data.screen_ready
        assert ready is not None
        await ready
        await asyncio.sleep(0)
        assert gc.get_freeze_count() == before
