"""Logging set-up: one format; libraries that would log message text or SQL kept quiet."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# At DEBUG these log request parameters (message text, the token in URLs) or SQL with its
# bound values (what users wrote): never below WARNING, whatever LOG_LEVEL says.
LIBRARY_LOGGERS = (
    "httpx",
    "httpcore",
    "telegram",
    "apscheduler",
    "aiosqlite",
    "asyncpg",
    "sqlalchemy",
    "aiohttp",
    "alembic",
)


def cap_library_loggers() -> dict[str, int]:
    """Set the talkative libraries to WARNING; return their previous levels."""
    previous = {}
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        previous[name] = logger.level
        logger.setLevel(logging.WARNING)
    return previous


# Libraries whose log lines can carry what users wrote: an update PTB could not read, a
# request's parameters, SQL bound values in an error. Their records are scrubbed where they
# are made, whatever the level and whichever handler (or test) receives them: the message
# keeps its wording, its values become "<hidden>", and an exception keeps only its type.
SCRUBBED_LIBRARIES = frozenset(
    {"telegram", "httpx", "httpcore", "aiohttp", "sqlalchemy", "asyncpg", "aiosqlite"}
)
_VALUE = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[rsdifgeExXoc]")
_make_record = logging.getLogRecordFactory()


def _scrubbed_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _make_record(*args, **kwargs)
    if record.name.split(".", 1)[0] not in SCRUBBED_LIBRARIES:
        return record
    if record.args:
        record.msg = _VALUE.sub("<hidden>", str(record.msg))
        record.args = ()
    if record.exc_info and record.exc_info[1] is not None:
        record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__})"
        record.exc_info = None
        record.exc_text = None
    return record


def scrub_library_records() -> None:
    """Install the scrubbing record factory (idempotent)."""
    logging.setLogRecordFactory(_scrubbed_record)


@contextmanager
def capped_library_loggers() -> Iterator[None]:
    """Cap the library loggers for a block (tests), then restore them."""
    previous = cap_library_loggers()
    scrub_library_records()
    try:
        yield
    finally:
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)


def configure_logging(level: str) -> None:
    """Configure the root logger once for the process."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    cap_library_loggers()
    scrub_library_records()
