"""The encryption key against the database: refuse a wrong key, and rotate to a new one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto
from bot.db.engine import Database
from bot.db.models import EncryptionKey, Person, Reflection

CHECK_PURPOSE = "encryption_keys.check_value"
CHECK_TEXT = "letin key check"
# (table, primary key, column, purpose) of every encrypted column.
ENCRYPTED_COLUMNS = (
    ("reflections", "id", "text", "reflections.text"),
    ("reflections", "id", "data", "reflections.data"),
    ("people", "id", "name", "people.name"),
)


async def _has_user_words(session: AsyncSession) -> bool:
    found = await session.scalar(select(Reflection.id).limit(1))
    found = found or await session.scalar(select(Person.id).limit(1))
    return found is not None


async def key_ids_in_data(session: AsyncSession) -> set[str]:
    """The ids of every key that wrote a value still stored (one scan of each column)."""
    found: set[str] = set()
    start = len(crypto.PREFIX) + 2  # SQL strings count from 1: "v1:" then the id
    for table, _, column, _ in ENCRYPTED_COLUMNS:
        rows = await session.execute(
            text(
                f"SELECT DISTINCT substr({column}, {start}, 8) FROM {table} "
                f"WHERE {column} LIKE '{crypto.PREFIX}:%'"
            )
        )
        found.update(str(kid) for (kid,) in rows.all())
    return found


async def check_key(db: Database, now: datetime) -> str | None:
    """Return a one-line problem if the loaded keys cannot read this database, else None.

    The first start records the key; later starts must load a key the database knows, and
    every key that wrote a value still stored (an interrupted rotation needs both its keys).
    """
    ring = crypto.keyring()
    async with db.transaction() as session:
        rows = {row.key_id: row for row in await session.scalars(select(EncryptionKey))}
        known = rows.get(ring.primary_id)
        if known is not None:
            try:
                ring.decrypt(known.check_value, CHECK_PURPOSE)
            except crypto.KeyProblem:
                return "LETIN_ENCRYPTION_KEY does not match this database's key check"
        readable = [kid for kid in rows if kid in ring.key_ids]
        if known is None and rows and not readable and await _has_user_words(session):
            return (
                "the encryption key does not match the one this database was written with "
                f"(database: {', '.join(sorted(rows))}; loaded: {ring.primary_id}); "
                "restore LETIN_ENCRYPTION_KEY or the key file from your backup"
            )
        missing = sorted(await key_ids_in_data(session) - ring.key_ids)
        if missing:
            return (
                f"values in this database were written with key {', '.join(missing)}, which "
                f"is not loaded (loaded: {', '.join(sorted(ring.key_ids))}); load it as well "
                "(LETIN_OLD_ENCRYPTION_KEYS, or the key file) and finish any rotation with "
                "rotate-key"
            )
        if known is not None:
            return None
    try:
        async with db.transaction() as session:
            session.add(
                EncryptionKey(
                    key_id=ring.primary_id,
                    check_value=ring.encrypt(CHECK_TEXT, CHECK_PURPOSE),
                    created_at=now,
                )
            )
    except IntegrityError:
        # Another process starting at the same moment recorded it first: check theirs.
        return await check_key(db, now)
    return None


async def rotate(
    db: Database, now: datetime, *, batch: int = 500, progress: Callable[[int], None] | None = None
) -> int:
    """Re-encrypt every value not yet under the primary key, in batches; return how many.

    Each batch commits on its own, so an interrupted rotation resumes where it stopped.
    """
    ring = crypto.keyring()
    done = 0
    for table, pk, column, purpose in ENCRYPTED_COLUMNS:
        last_id = 0
        while True:
            async with db.transaction() as session:
                rows = (
                    await session.execute(
                        text(
                            f"SELECT {pk}, {column} FROM {table} "
                            f"WHERE {pk} > :last AND {column} IS NOT NULL "
                            f"ORDER BY {pk} LIMIT :batch"
                        ),
                        {"last": last_id, "batch": batch},
                    )
                ).all()
                if not rows:
                    break
                for row_id, value in rows:
                    last_id = row_id
                    stored = str(value)
                    if ring.written_with(stored) == ring.primary_id:
                        continue
                    plain = ring.decrypt(stored, purpose) if crypto.is_encrypted(stored) else stored
                    await session.execute(
                        text(f"UPDATE {table} SET {column} = :value WHERE {pk} = :id"),
                        {"value": ring.encrypt(plain, purpose), "id": row_id},
                    )
                    done += 1
            if progress is not None:
                progress(done)
    # Name lookups use a hash keyed by the primary key: recompute them too. Two rows that
    # turn out to be one person (added twice while an earlier rotation was half done, or
    # names stored before encryption) are merged into the older one, never left to fail.
    async with db.transaction() as session:
        people = list(await session.scalars(select(Person).order_by(Person.id)))
        keep: dict[tuple[int, str], Person] = {}
        for person in people:
            key = ring.index(person.name.casefold())
            first = keep.get((person.user_id, key))
            if first is None:
                keep[(person.user_id, key)] = person
                continue
            await session.execute(
                update(Reflection)
                .where(Reflection.person_id == person.id)
                .values(person_id=first.id)
                .execution_options(synchronize_session=False)
            )
            first.last_used_at = max(first.last_used_at, person.last_used_at)
            await session.delete(person)
        await session.flush()
        for person in keep.values():
            person.name_key = f"moving:{person.id}"  # no clash while keys change places
        await session.flush()
        for (_, key), person in keep.items():
            person.name_key = key
        if await session.get(EncryptionKey, ring.primary_id) is None:
            session.add(
                EncryptionKey(
                    key_id=ring.primary_id,
                    check_value=ring.encrypt(CHECK_TEXT, CHECK_PURPOSE),
                    created_at=now,
                )
            )
        # Older keys' checks go: from now on only the new key opens this database.
        for row in await session.scalars(select(EncryptionKey)):
            if row.key_id != ring.primary_id:
                await session.delete(row)
    return done
