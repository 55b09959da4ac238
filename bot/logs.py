"""Logging set-up: one format; libraries that would log message text or SQL kept quiet."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def capped_library_loggers() -> Iterator[None]:
    """Cap the library loggers for a block (tests), then restore them."""
    previous = cap_library_loggers()
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
