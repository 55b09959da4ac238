"""Fixtures shared by every test: a clock, migrated SQLite files, loaded content."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content import Content, load_content
from bot.db import migrate
from bot.db.engine import Database

# A Sunday morning in late November: most zones are in standard time.
T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when the test says so."""
    return FakeClock(T0)


@pytest.fixture(scope="session")
def content() -> Content:
    """The shipped content, loaded once."""
    return load_content()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """A fresh SQLite file URL (not yet migrated)."""
    return f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"


@pytest.fixture
async def migrated_url(database_url: str) -> str:
    """A fresh SQLite file, upgraded to the latest migration."""
    # Alembic's env.py runs its own event loop, so it runs in a worker thread.
    await asyncio.to_thread(migrate.upgrade, database_url)
    return database_url


@pytest.fixture
async def db(migrated_url: str) -> AsyncIterator[Database]:
    """A Database on a migrated SQLite file."""
    database = Database.from_url(migrated_url)
    yield database
    await database.dispose()
