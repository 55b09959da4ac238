"""Migrations: one head, upgrade from empty, downgrade and upgrade again, models match."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from alembic.script import ScriptDirectory

from bot.db import migrate


def _tables(database_url: str) -> set[str]:
    path = database_url.removeprefix("sqlite+aiosqlite:///")
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return {name for (name,) in rows}


def test_migrations_have_a_single_head(database_url: str) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(database_url))
    assert len(script.get_heads()) == 1


async def test_upgrade_from_empty_creates_the_tables_and_matches_the_models(
    database_url: str,
) -> None:
    assert await asyncio.to_thread(migrate.pending_problem, database_url) is not None
    await asyncio.to_thread(migrate.upgrade, database_url)
    assert {"users", "schedules", "alembic_version"} <= _tables(database_url)
    # Raises if autogenerate would find any difference between models and migrations.
    await asyncio.to_thread(migrate.check, database_url)
    assert await asyncio.to_thread(migrate.pending_problem, database_url) is None


async def test_downgrade_to_base_and_upgrade_again(database_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, database_url)
    await asyncio.to_thread(migrate.downgrade, database_url, "base")
    assert _tables(database_url) == {"alembic_version"}
    await asyncio.to_thread(migrate.upgrade, database_url)
    await asyncio.to_thread(migrate.check, database_url)


def test_migrate_creates_the_data_folder(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'folder' / 'x.sqlite3'}"
    migrate.upgrade(url)
    assert (tmp_path / "nested" / "folder" / "x.sqlite3").exists()
