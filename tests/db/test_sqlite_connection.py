"""SQLite connections take one trip to their thread per statement, and lose nothing by it."""

from __future__ import annotations

import asyncio
import inspect
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import select, text

from bot.db import migrate, sqlite
from bot.db.engine import Database
from bot.db.models import User

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


@pytest.fixture
async def connection(tmp_path: Path) -> AsyncIterator[sqlite.Connection]:
    path = tmp_path / "plain.sqlite3"
    connection = await sqlite.connector(str(path), timeout=5.0, isolation_level=None)()
    try:
        yield connection
    finally:
        await connection.close()


async def test_rows_counts_and_ids_come_back_as_from_sqlite3(
    connection: sqlite.Connection,
) -> None:
    cursor = connection.cursor()
    await cursor.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    assert cursor.description is None
    await cursor.execute("INSERT INTO t (name) VALUES (?)", ("a",))
    assert (cursor.rowcount, cursor.lastrowid) == (1, 1)
    await cursor.executemany("INSERT INTO t (name) VALUES (?)", [("b",), ("c",), ("d",)])
    assert cursor.rowcount == 3
    await cursor.execute("UPDATE t SET name = upper(name) WHERE id > ?", (1,))
    assert cursor.rowcount == 3
    await cursor.execute("SELECT id, name FROM t ORDER BY id")
    assert cursor.description is not None
    assert [column[0] for column in cursor.description] == ["id", "name"]
    assert await cursor.fetchone() == (1, "a")
    assert await cursor.fetchmany(2) == [(2, "B"), (3, "C")]
    assert await cursor.fetchall() == [(4, "D")]
    assert await cursor.fetchone() is None
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        await cursor.execute("SELECT * FROM missing")


async def test_a_cancelled_begin_is_rolled_back_before_the_connection_is_reused(
    connection: sqlite.Connection, tmp_path: Path
) -> None:
    # Another connection holds the write lock, so this connection's BEGIN waits in its thread.
    setup = connection.cursor()
    await setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    blocker = sqlite3.connect(tmp_path / "plain.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    begin = asyncio.create_task(connection.cursor().execute("BEGIN IMMEDIATE"))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not begin.done() and not connection.in_transaction
    # Its caller gives up (a shutdown), and the pool resets the connection for the next user.
    begin.cancel()
    reset = asyncio.create_task(connection.rollback())
    for _ in range(20):
        await asyncio.sleep(0)
    assert not reset.done(), "the reset must queue behind the BEGIN still waiting"
    blocker.execute("COMMIT")
    blocker.close()
    await reset
    assert not connection.in_transaction


async def test_an_idle_connection_is_reset_without_a_trip(
    connection: sqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips = _count_trips(monkeypatch)
    await connection.rollback()
    assert trips == []
    await connection.cursor().execute("BEGIN")
    await connection.rollback()
    assert len(trips) == 2
    assert not connection.in_transaction


async def test_a_transaction_takes_one_trip_per_statement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    db = Database.from_url(url)
    try:
        async with db.transaction() as session:  # the pool's first connection: set-up trips
            await session.execute(text("SELECT 1"))
        trips = _count_trips(monkeypatch)
        async with db.transaction() as session:
            assert await session.scalar(select(User).where(User.id == 1)) is None
            await session.execute(text("UPDATE users SET locale = locale"))
        # The two statements (the first carries BEGIN IMMEDIATE) and COMMIT; the pool's reset
        # needs none.
        assert len(trips) == 3
    finally:
        await db.dispose()


async def test_a_begin_that_cannot_take_the_lock_fails_its_first_statement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plain.sqlite3"
    connection = await sqlite.connector(str(path), timeout=0.05, isolation_level=None)()
    try:
        await connection.cursor().execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        trips = _count_trips(monkeypatch)
        connection.defer_begin("BEGIN IMMEDIATE")
        await connection.commit()  # ended before any statement: it never began
        assert trips == [] and not connection.in_transaction
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        connection.defer_begin("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await connection.cursor().execute("INSERT INTO t DEFAULT VALUES")
        await connection.rollback()
        blocker.execute("ROLLBACK")
        blocker.close()
        # The connection is clean: the next transaction begins and commits as usual.
        connection.defer_begin("BEGIN IMMEDIATE")
        cursor = await connection.cursor().execute("INSERT INTO t DEFAULT VALUES")
        assert connection.in_transaction and cursor.lastrowid == 1
        await connection.commit()
        assert not connection.in_transaction
    finally:
        await connection.close()


def _count_trips(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    trips: list[object] = []
    execute = sqlite.Connection._execute

    async def counted(self: sqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(fn)
        return await execute(self, fn, *args, **kwargs)

    monkeypatch.setattr(sqlite.Connection, "_execute", counted)
    return trips


def test_the_private_parts_of_aiosqlite_it_builds_on_are_as_pinned() -> None:
    """The contract bot/db/sqlite.py relies on beyond aiosqlite's public API: `_execute(fn,
    *args, **kwargs)` runs fn in the connection's thread and `_conn` is the sqlite3
    connection. pyproject.toml pins aiosqlite to the releases checked here; widening the pin
    means reading their source again (the behaviour tests above then show it works)."""
    pinned = re.search(r'"aiosqlite>=([\d.]+),<([\d.]+)"', PYPROJECT.read_text(encoding="utf-8"))
    assert pinned is not None
    low, high = (tuple(int(p) for p in v.split(".")) for v in pinned.groups())
    assert (low, high) == ((0, 20), (0, 23)), "a new aiosqlite range: check the contract below"
    installed = tuple(int(p) for p in aiosqlite.__version__.split(".")[:2])
    assert low <= installed < high
    execute = aiosqlite.Connection._execute
    assert inspect.iscoroutinefunction(execute)
    assert list(inspect.signature(execute).parameters) == ["self", "fn", "args", "kwargs"]
    assert isinstance(inspect.getattr_static(aiosqlite.Connection, "_conn"), property)
