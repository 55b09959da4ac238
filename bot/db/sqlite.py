"""SQLite connections for the async engine: one trip to the connection's thread per statement.

aiosqlite runs each call on a connection in that connection's own thread, and every call is a
round trip: queue the call, wake the thread, wake the event loop with the result. SQLAlchemy's
adapter makes four of them per statement (open a cursor, execute, fetch, close), so a reply
(begin, four statements, commit, the pool's reset) cost some twenty trips, and those trips
were most of the CPU a reply costs on SQLite.

`Connection` is aiosqlite's connection with a cursor that does the four in one trip: it runs
the statement, fetches every row and closes the sqlite3 cursor in the thread, and hands back
the rows with the description, row count and last row id. SQLAlchemy already reads every row
of a statement at once (it has no server-side cursors on SQLite), so nothing changes but the
number of trips. The BEGIN that opens a transaction travels with its first statement, and the
pool's reset after a commit skips its trip when the connection is idle and holds no
transaction: a transaction of n statements takes n + 1 trips (about 22 trips became 5, and a
reply's database CPU 2.5 ms became 1.8 ms: docs/benchmarks.md).

It builds on two private parts of aiosqlite (`_execute`, `_conn`): pyproject.toml pins
aiosqlite to the releases whose source was read, and
tests/db/test_sqlite_connection.py::test_the_private_parts_of_aiosqlite_it_builds_on_are_as_pinned
fails when either changes.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

import aiosqlite

Row = Any
Description = tuple[tuple[Any, ...], ...] | None


class Outcome:
    """What one statement left behind: its rows and the cursor's attributes."""

    __slots__ = ("description", "lastrowid", "rowcount", "rows")

    def __init__(
        self, description: Description, rowcount: int, lastrowid: int | None, rows: list[Row]
    ) -> None:
        self.description = description
        self.rowcount = rowcount
        self.lastrowid = lastrowid
        self.rows = rows


def _run(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool = False) -> Outcome:
    # Runs in the connection's thread.
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description is not None else []
        return Outcome(description, cursor.rowcount, cursor.lastrowid, rows)
    finally:
        cursor.close()


class Cursor:
    """An aiosqlite-style cursor whose statements each take one trip to the thread."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._rows: deque[Row] = deque()
        self.description: Description = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Any = ()) -> Cursor:
        """Run one statement and keep its rows."""
        return self._keep(await self._connection.call(_run, sql, parameters))

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> Cursor:
        """Run one statement for each set of parameters."""
        return self._keep(await self._connection.call(_run, sql, parameters, True))

    def _keep(self, outcome: Outcome) -> Cursor:
        self.description = outcome.description
        self.rowcount = outcome.rowcount
        self.lastrowid = outcome.lastrowid
        self._rows = deque(outcome.rows)
        return self

    async def fetchone(self) -> Row | None:
        """The next row, or None."""
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Row]:
        """Up to `size` rows (the array size by default)."""
        count = min(self.arraysize if size is None else size, len(self._rows))
        return [self._rows.popleft() for _ in range(count)]

    async def fetchall(self) -> list[Row]:
        """Every row left."""
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def close(self) -> None:
        """Drop the rows left (the sqlite3 cursor was closed in the thread)."""
        self._rows.clear()


def _begun(connection: sqlite3.Connection, begin: str, fn: Callable[..., Any], *args: Any) -> Any:
    # Runs in the connection's thread: the deferred BEGIN, then the statement it waited for.
    connection.execute(begin)
    return fn(connection, *args)


class Connection(aiosqlite.Connection):
    """aiosqlite's connection with one-trip cursors and a reset that is free when idle."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        # Calls queued for the thread and calls it finished; each counter is written by one
        # thread only, so their difference is the number of calls still to run.
        self._queued = 0
        self._finished = 0
        self._begin: str | None = None

    def defer_begin(self, sql: str) -> None:
        """Open the transaction with `sql` on the trip of its first statement.

        A failure to begin (the database locked past the busy timeout) is then raised by that
        statement. A transaction ended before any statement ran never began.
        """
        self._begin = sql

    def _done(self, function: Callable[[], Any]) -> Any:
        try:
            return function()
        finally:
            self._finished += 1

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run fn(sqlite3 connection, *args) in the connection's thread."""
        begin, self._begin = self._begin, None
        if begin is not None:
            return await self._execute(_begun, self._conn, begin, fn, *args)
        return await self._execute(fn, self._conn, *args)

    async def commit(self) -> None:
        """Commit (nothing to do when the transaction never began)."""
        if self._begin is not None:
            self._begin = None
            return
        await super().commit()

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self._queued += 1
        return await super()._execute(self._done, partial(fn, *args, **kwargs))  # type: ignore[no-untyped-call]

    def cursor(self) -> Cursor:  # type: ignore[override]
        """A cursor; creating it costs no trip."""
        return Cursor(self)

    async def rollback(self) -> None:
        """Roll back; without a trip when nothing is queued and no transaction is open."""
        # Checked only when the thread is idle: a BEGIN still queued (its caller cancelled)
        # would open a transaction after the check, so then the rollback queues behind it.
        self._begin = None
        if self._queued == self._finished and not self.in_transaction:
            return
        await super().rollback()


def connector(*args: Any, **kwargs: Any) -> Callable[[], Connection]:
    """A factory for SQLAlchemy's `async_creator` from sqlite3.connect arguments.

    `check_same_thread` is off because the event loop's thread reads whether a transaction is
    open; every statement still runs in the connection's own thread, one at a time.
    """
    kwargs["check_same_thread"] = False

    def create() -> Connection:
        return Connection(partial(sqlite3.connect, *args, **kwargs))

    return create
