"""Engine and session factory; the caller of `transaction()` owns the session."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.config import sqlite_path
from bot.db import sqlite

# How long a statement waits for another connection's lock before SQLite answers "database is
# locked": long enough to ride out a busy writer, short enough that a user held up by a lock
# that is not let go (another process, a backup) hears back in seconds. The URL's `timeout`
# query parameter (seconds, as for sqlite3.connect) overrides it: `...letin.sqlite3?timeout=10`.
SQLITE_BUSY_TIMEOUT_SECONDS = 5.0
# How long opening a PostgreSQL connection may take (asyncpg's own default is 60 s); the URL's
# `timeout` query parameter overrides it.
POSTGRES_CONNECT_TIMEOUT_SECONDS = 10.0


def sqlite_busy_timeout(database_url: str) -> float:
    """Seconds an SQLite statement waits for a lock: the URL's `timeout`, else the default."""
    given = make_url(database_url).query.get("timeout")
    value = given[-1] if isinstance(given, tuple) else given
    return float(value) if value is not None else SQLITE_BUSY_TIMEOUT_SECONDS


def _sqlite_pragmas(busy_timeout_ms: int, dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the delivery tick read while a handler writes; foreign keys make cascades work;
    # the busy timeout turns a brief lock into a bounded wait instead of an instant error.
    # The driver must not open transactions on its own: "begin" below opens them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # First, so that the journal_mode statement itself waits for a lock rather than failing.
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # Take the write lock when the transaction starts. A deferred transaction that reads and
    # then writes fails at once ("database is locked", no busy wait) if another connection
    # wrote in between; with updates of several chats handled at once that would be common.
    # Waiting for the lock at BEGIN is what the busy timeout is for.
    # It is sent together with the transaction's first statement (bot/db/sqlite.py).
    connection.connection.driver_connection.defer_begin("BEGIN IMMEDIATE")


def _sqlite_connect(dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> Any:
    # SQLAlchemy's own connect arguments (path, timeout, uri), on one-trip connections.
    return dialect.dbapi.connect(async_creator_fn=sqlite.connector(*cargs, **cparams))


def create_engine(database_url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine, with SQLite set up for one writer and many readers.

    On PostgreSQL, every pooled connection is checked before use (`pool_pre_ping`), so the
    connections a server restart killed are replaced instead of failing the next update.
    """
    path = sqlite_path(database_url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        kwargs.setdefault("pool_pre_ping", True)
        if "timeout" not in url.query:
            connect_args = dict(kwargs.get("connect_args") or {})
            connect_args.setdefault("timeout", POSTGRES_CONNECT_TIMEOUT_SECONDS)
            kwargs["connect_args"] = connect_args
    engine = create_async_engine(database_url, **kwargs)
    if engine.dialect.name == "sqlite":
        busy_timeout_ms = round(sqlite_busy_timeout(database_url) * 1000)
        event.listen(engine.sync_engine, "do_connect", _sqlite_connect)
        event.listen(engine.sync_engine, "connect", partial(_sqlite_pragmas, busy_timeout_ms))
        event.listen(engine.sync_engine, "begin", _sqlite_begin_immediate)
    return engine


class Database:
    """The engine plus a session factory; hands out one session per unit of work."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._turns = asyncio.Lock() if engine.dialect.name == "sqlite" else None
        self._holder: asyncio.Task[object] | None = None

    @classmethod
    def from_url(cls, database_url: str) -> Database:
        """Build from a URL."""
        return cls(create_engine(database_url))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """Open a session in a transaction: commit on success, roll back on error.

        On SQLite the transactions of this process take turns (first come, first served) on
        an asyncio lock: SQLite has one writer at a time, and waiting here costs nothing,
        while waiting in SQLite's busy handler means sleeping and polling in a thread.
        """
        if self._turns is None:
            async with self.sessions() as session, session.begin():
                yield session
            return
        task = asyncio.current_task()
        if task is not None and task is self._holder:
            # It would wait for itself for ever.
            raise RuntimeError("a transaction was opened inside another one")
        async with self._turns:
            self._holder = task
            try:
                async with self.sessions() as session, session.begin():
                    yield session
            finally:
                self._holder = None

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
