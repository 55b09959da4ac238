"""Migrations on SQLite and PostgreSQL: one head, upgrade from empty, downgrade and upgrade
again (all at once and one revision at a time), and the result matches the models."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import BigInteger, delete, insert, inspect
from sqlalchemy.engine import Connection

from bot.db import migrate
from bot.db.engine import create_engine
from bot.db.models import Base, Delivery, User, UtcDateTime
from bot.domain.states import (
    DeliveryKind,
    DeliveryStatus,
    ReflectionKind,
    ReflectionStatus,
    UserStatus,
)


async def _inspect(database_url: str, look: Any) -> Any:
    """Run `look(inspector)` on the database through the async engine."""
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:

            def run(sync_connection: Connection) -> Any:
                return look(inspect(sync_connection))

            return await connection.run_sync(run)
    finally:
        await engine.dispose()


async def _tables(database_url: str) -> set[str]:
    return set(await _inspect(database_url, lambda inspector: inspector.get_table_names()))


def _revisions(database_url: str) -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(migrate.alembic_config(database_url))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_migrations_have_a_single_head(database_url: str) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(database_url))
    assert len(script.get_heads()) == 1


async def test_upgrade_from_empty_creates_the_tables_and_matches_the_models(
    database_url: str,
) -> None:
    assert await asyncio.to_thread(migrate.pending_problem, database_url) is not None
    await asyncio.to_thread(migrate.upgrade, database_url)
    assert await _tables(database_url) == {*Base.metadata.tables, "alembic_version"}
    # Raises if autogenerate would find any difference between models and migrations.
    await asyncio.to_thread(migrate.check, database_url)
    assert await asyncio.to_thread(migrate.pending_problem, database_url) is None


async def test_downgrade_to_base_and_upgrade_again(database_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, database_url)
    await asyncio.to_thread(migrate.downgrade, database_url, "base")
    assert await _tables(database_url) == {"alembic_version"}
    await asyncio.to_thread(migrate.upgrade, database_url)
    await asyncio.to_thread(migrate.check, database_url)


async def test_each_revision_upgrades_and_downgrades_on_its_own(database_url: str) -> None:
    revisions = _revisions(database_url)
    for revision in revisions:
        await asyncio.to_thread(migrate.upgrade, database_url, revision)
    for previous in [*reversed(revisions[:-1]), "base"]:
        await asyncio.to_thread(migrate.downgrade, database_url, previous)
    assert await _tables(database_url) == {"alembic_version"}
    await asyncio.to_thread(migrate.upgrade, database_url)
    await asyncio.to_thread(migrate.check, database_url)


def _is_telegram_id(table: str, column: str) -> bool:
    return column in {"user_id", "chat_id", "message_id"} or (table, column) == ("users", "id")


async def test_timestamps_keep_their_zone_and_telegram_ids_fit_64_bits(database_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, database_url)

    def columns(inspector: Any) -> dict[tuple[str, str], str]:
        return {
            (table, column["name"]): str(column["type"].compile(inspector.bind.dialect))
            for table in Base.metadata.tables
            for column in inspector.get_columns(table)
        }

    found = await _inspect(database_url, columns)
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            where = (table.name, column.name)
            if isinstance(column.type, UtcDateTime):
                # PostgreSQL: an aware timestamp; SQLite: text, always written in UTC.
                assert found[where] in {"TIMESTAMP WITH TIME ZONE", "DATETIME"}, where
            if _is_telegram_id(*where):
                # Telegram user, chat and message ids need more than 32 bits.
                assert isinstance(column.type, BigInteger), where
                assert found[where] == "BIGINT", where


def test_migrate_creates_the_data_folder(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'nested' / 'folder' / 'x.sqlite3'}"
    migrate.upgrade(url)
    assert (tmp_path / "nested" / "folder" / "x.sqlite3").exists()


async def test_the_states_in_code_are_exactly_those_the_migrated_database_allows(
    database_url: str,
) -> None:
    """bot/domain/states.py's enums against the CHECK constraints the migrations created."""
    await asyncio.to_thread(migrate.upgrade, database_url)
    found = await _inspect(
        database_url,
        lambda inspector: {
            t: inspector.get_check_constraints(t) for t in ("users", "deliveries", "reflections")
        },
    )
    checks = {(t, c["name"]): c["sqltext"] for t, cs in found.items() for c in cs}
    expected = {
        ("users", "ck_users_status"): UserStatus,
        ("deliveries", "ck_deliveries_status"): DeliveryStatus,
        ("deliveries", "ck_deliveries_kind"): DeliveryKind,
        ("reflections", "ck_reflections_status"): ReflectionStatus,
        ("reflections", "ck_reflections_kind"): ReflectionKind,
    }
    for key, enum in expected.items():
        allowed = set(re.findall(r"'([a-z_]+)'", checks[key]))
        assert allowed == {member.value for member in enum}, key


async def test_a_deleted_rows_id_is_never_given_again(database_url: str) -> None:
    """A button under an old message names a delivery by id: once that delivery is gone
    (/delete), the next one must not take its id, or the old button would name it."""
    await asyncio.to_thread(migrate.upgrade, database_url)
    engine = create_engine(database_url)
    now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                insert(User),
                [{"id": 1, "chat_id": 1, "created_at": now, "updated_at": now}],
            )

            async def add_delivery(track: str) -> int:
                row = {
                    "user_id": 1,
                    "track": track,
                    "local_date": now.date(),
                    "kind": DeliveryKind.SCHEDULED.value,
                    "due_at": now,
                    "status": DeliveryStatus.SENT.value,
                    "attempts": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                inserted = await connection.execute(
                    insert(Delivery).values(**row).returning(Delivery.id)
                )
                return int(inserted.scalar_one())

            await add_delivery("values")
            last = await add_delivery("self_compassion")
            await connection.execute(delete(Delivery).where(Delivery.id == last))
            assert await add_delivery("conflict_review") > last
    finally:
        await engine.dispose()
