"""The journal's API served on a seeded database (SQLite and PostgreSQL, as `db` is)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.webapp.server import WebAppServer
from tests.webapp.client import Client
from tests.webapp.seed import TOKEN, seed


@pytest.fixture
async def client(db: Database, clock: FakeClock, content: Content) -> AsyncIterator[Client]:
    """Ada's client of the API, on her seeded journal (and a little of Eve's)."""
    seeded = await seed(db, clock, content)
    server = WebAppServer(db, content, clock, TOKEN, "127.0.0.1", 0)
    await server.start()
    try:
        async with aiohttp.ClientSession() as http:
            yield Client(http, f"http://127.0.0.1:{server.port}", clock, seeded)
    finally:
        await server.stop()
