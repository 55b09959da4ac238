"""SQLite transactions of one process take turns; a nested one fails at once, never hangs."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db import migrate
from bot.db.engine import Database


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> Database:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    return Database.from_url(url)


async def test_transactions_take_turns_in_the_order_they_asked(sqlite_db: Database) -> None:
    order: list[str] = []
    first_inside = asyncio.Event()

    async def first() -> None:
        async with sqlite_db.transaction() as session:
            first_inside.set()
            await session.execute(text("UPDATE users SET locale = locale"))
            await asyncio.sleep(0.05)  # the others must wait for this one to commit
            order.append("first")

    async def later(name: str) -> None:
        await first_inside.wait()
        async with sqlite_db.transaction() as session:
            await session.execute(text("SELECT 1"))
            order.append(name)

    try:
        await asyncio.gather(first(), later("second"), later("third"))
    finally:
        await sqlite_db.dispose()
    assert order == ["first", "second", "third"]


async def test_a_transaction_inside_another_fails_at_once(sqlite_db: Database) -> None:
    try:
        async with sqlite_db.transaction():
            with pytest.raises(RuntimeError, match="inside another"):
                async with sqlite_db.transaction():
                    pass  # pragma: no cover
        # A task started inside a transaction is not nested: it waits its turn.
        async with sqlite_db.transaction():
            waiting = asyncio.create_task(_one(sqlite_db))
        assert await waiting == 1
    finally:
        await sqlite_db.dispose()


async def _one(db: Database) -> int:
    async with db.transaction() as session:
        return int(await session.scalar(text("SELECT 1")) or 0)
