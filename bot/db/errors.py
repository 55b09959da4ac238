"""Database errors told apart: the database cannot be reached right now, or a bug.

The error handler answers the first kind with "try again in a moment" and one WARNING; the
delivery engine rides it out. Only types and codes are compared, never shown: an exception's
message may quote what a user wrote.
"""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Iterator

from sqlalchemy import exc as sa_exc

# Code of the database drivers: an OSError raised in there (connection refused, a name that
# does not resolve, a connect timeout) means the server cannot be reached.
_DRIVER_MODULES = ("sqlalchemy.", "asyncpg.", "aiosqlite.", "sqlite3.")
# PostgreSQL SQLSTATEs: class 08 connection exceptions, class 57 operator intervention (admin
# shutdown, crash shutdown, cannot connect now, statement cancelled), too many connections.
_UNAVAILABLE_SQLSTATE_PREFIXES = ("08", "57", "53300")
# SQLite: another connection holds the lock past the busy timeout, or the file is unreachable.
_UNAVAILABLE_SQLITE_MESSAGES = ("database is locked", "unable to open database", "disk i/o error")


def error_chain(error: BaseException) -> Iterator[BaseException]:
    """The error and the errors it was raised from or while handling, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _raised_in_driver(error: BaseException) -> bool:
    return any(
        str(frame.f_globals.get("__name__", "")).startswith(_DRIVER_MODULES)
        for frame, _line in traceback.walk_tb(error.__traceback__)
    )


def _unavailable(error: BaseException) -> bool:
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True  # a pooled connection died under us (server restarted or stopped)
    if isinstance(error, (sa_exc.TimeoutError, sa_exc.DisconnectionError)):
        return True  # no connection free in the pool in time, or a dead one
    if isinstance(error, sqlite3.OperationalError):
        # The message is only compared here, never logged.
        message = str(error).lower()
        return any(known in message for known in _UNAVAILABLE_SQLITE_MESSAGES)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str) and type(error).__module__.startswith("asyncpg"):
        return sqlstate.startswith(_UNAVAILABLE_SQLSTATE_PREFIXES)
    return isinstance(error, OSError) and _raised_in_driver(error)


def database_unavailable(error: BaseException) -> bool:
    """Tell whether an error means the database cannot be reached right now, not a bug."""
    if type(error).__module__.partition(".")[0] == "telegram":
        return False  # Telegram's network errors wrap OSErrors too (named, not imported here)
    return any(_unavailable(link) for link in error_chain(error))
