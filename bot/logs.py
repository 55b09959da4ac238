"""Logging set-up: one format, noisy libraries quieted (httpx would log the token in URLs)."""

from __future__ import annotations

import logging

NOISY = ("httpx", "httpcore", "apscheduler", "telegram.ext.Updater", "aiohttp.access", "alembic")


def configure_logging(level: str, *, quiet_libraries: bool = True) -> None:
    """Configure the root logger once for the process."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    if quiet_libraries:
        for name in NOISY:
            logging.getLogger(name).setLevel(logging.WARNING)
