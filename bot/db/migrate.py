"""Run Alembic from code: `python -m bot migrate`, the sandbox and the tests use this."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from bot.db.engine import create_engine

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(database_url: str) -> Config:
    """Build an Alembic config for the given database, independent of the working directory."""
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    # Keep the application's logging set-up; Alembic's fileConfig would replace it.
    config.attributes["configure_logging"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Upgrade the database to `revision` (blocking: call it outside the event loop)."""
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    """Downgrade the database to `revision`."""
    command.downgrade(alembic_config(database_url), revision)


def check(database_url: str) -> None:
    """Raise if the models and the migrations disagree (like `alembic check`)."""
    command.check(alembic_config(database_url))


async def _current_heads(database_url: str) -> set[str]:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:

            def read(sync_connection: Connection) -> set[str]:
                return set(MigrationContext.configure(sync_connection).get_current_heads())

            return await connection.run_sync(read)
    finally:
        await engine.dispose()


def pending_problem(database_url: str) -> str | None:
    """Return a one-line problem if the database is not at the latest revision, else None."""
    heads = set(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())
    if asyncio.run(_current_heads(database_url)) == heads:
        return None
    return "the database is not up to date: run `python -m bot migrate` (or `make run`)"
