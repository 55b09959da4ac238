"""The encryption key against the database: refuse a wrong key, and rotate to a new one."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto
from bot.db.engine import Database
from bot.db.models import EncryptionKey, Person, Reflection

logger = logging.getLogger(__name__)

CHECK_PURPOSE = "encryption_keys.check_value"
CHECK_TEXT = "letin key check"
# (table, primary key, owner, column, purpose) of every sealed column.
ENCRYPTED_COLUMNS = (
    ("reflections", "id", "user_id", "text", "reflections.text"),
    ("reflections", "id", "user_id", "data", "reflections.data"),
    ("reflections", "id", "user_id", "meta", "reflections.meta"),
    ("people", "id", "user_id", "name", "people.name"),
    ("users", "id", "id", "awaiting", "users.awaiting"),
)
CLEAR = "clear"


async def _has_user_words(session: AsyncSession) -> bool:
    found = await session.scalar(select(Reflection.id).limit(1))
    found = found or await session.scalar(select(Person.id).limit(1))
    return found is not None


async def stored_formats(session: AsyncSession) -> set[str]:
    """How stored values are written, one scan of each column: "v2:<key id>" (sealed to
    their user), "v1:<key id>" (from before, bound to their column only), "clear"."""
    found: set[str] = set()
    for table, _, _, column, _ in ENCRYPTED_COLUMNS:
        rows = await session.execute(
            text(
                f"SELECT DISTINCT CASE WHEN {column} LIKE '{crypto.OWNED}:%' "
                f"OR {column} LIKE '{crypto.PREFIX}:%' THEN substr({column}, 1, 11) "
                f"ELSE '{CLEAR}' END FROM {table} WHERE {column} IS NOT NULL"
            )
        )
        found.update(str(kind) for (kind,) in rows.all())
    return found


def _key_record(ring: crypto.Keyring, now: datetime) -> EncryptionKey:
    return EncryptionKey(
        key_id=ring.primary_id,
        check_value=ring.encrypt(CHECK_TEXT, CHECK_PURPOSE),
        index_key=ring.wrap_index_key(),
        created_at=now,
    )


async def check_key(db: Database, now: datetime) -> str | None:
    """Return a one-line problem if the loaded keys cannot read this database, else None.

    The first start records the key; later starts must load a key the database knows, and
    every key that wrote a value still stored (an interrupted rotation needs both its keys).
    Then the database's index key is installed (made on the first start), and values from
    before they were sealed to their user are re-sealed (`reseal`).
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
        formats = await stored_formats(session)
        missing = sorted({f[3:] for f in formats if f != CLEAR} - ring.key_ids)
        if missing:
            return (
                f"values in this database were written with key {', '.join(missing)}, which "
                "is not loaded (loaded: "
                f"{', '.join(sorted(ring.key_ids))}); load it as well "
                "(LETIN_OLD_ENCRYPTION_KEYS, or the key file) and finish any rotation with "
                "rotate-key"
            )
        wrapped = [row.index_key for kid, row in rows.items() if kid in readable and row.index_key]
        if wrapped:
            ring.use_index_key(ring.unwrap_index_key(wrapped[0]))
        elif any(row.index_key for row in rows.values()) and await _has_user_words(session):
            return "the database's index key is wrapped by no loaded key"
        else:
            # The first start (or one before any words, with another key), or the first
            # since revision 0010: the database's own index key, random; names indexed
            # before are indexed again under it below.
            ring.use_index_key(os.urandom(crypto.KEY_BYTES))
        # Values from before (bound to their column only, or in the clear), names indexed
        # before the index key, or ratings still in the clear: re-seal below.
        resealing = (
            any(not f.startswith(f"{crypto.OWNED}:") for f in formats)
            or (not wrapped and await session.scalar(select(Person.id).limit(1)) is not None)
            or await _has_legacy_ratings(session)
        )
    try:
        async with db.transaction() as session:
            record = await session.get(EncryptionKey, ring.primary_id)
            if record is None:
                session.add(_key_record(ring, now))
            elif record.index_key is None:
                record.index_key = ring.wrap_index_key()
    except IntegrityError:
        # Another process starting at the same moment recorded it first: check theirs.
        return await check_key(db, now)
    if resealing:
        await reseal(db, now)
    return None


async def _has_legacy_ratings(session: AsyncSession) -> bool:
    found = await session.scalar(
        select(Reflection.id).where(Reflection.legacy_rating.is_not(None)).limit(1)
    )
    return found is not None


async def reseal(db: Database, now: datetime) -> int:
    """Seal values from before to their user, and index names under the database's index key
    (the first start after revision 0010). Runs like a rotation to the same key: in batches,
    resumable, safe if two processes start together."""
    done = await rotate(db, now)
    logger.info("Re-sealed %d values to their users and re-indexed names", done)
    return done


async def rotate(
    db: Database, now: datetime, *, batch: int = 500, progress: Callable[[int], None] | None = None
) -> int:
    """Re-encrypt every value not yet sealed under the primary key, in batches; return how many.

    Each batch commits on its own, so an interrupted rotation resumes where it stopped. A
    value from before (bound to its column only, or plaintext) is sealed to its user here.
    """
    ring = crypto.keyring()
    done = 0
    for table, pk, owner_column, column, purpose in ENCRYPTED_COLUMNS:
        last_id = 0
        while True:
            async with db.transaction() as session:
                rows = (
                    await session.execute(
                        text(
                            f"SELECT {pk}, {owner_column}, {column} FROM {table} "
                            f"WHERE {pk} > :last AND {column} IS NOT NULL "
                            f"ORDER BY {pk} LIMIT :batch"
                        ),
                        {"last": last_id, "batch": batch},
                    )
                ).all()
                if not rows:
                    break
                for row_id, owner, value in rows:
                    last_id = row_id
                    stored = str(value)
                    if ring.written_with(stored) == ring.primary_id:
                        continue
                    plain = (
                        ring.decrypt(stored, purpose, owner, legacy=True)
                        if crypto.is_encrypted(stored)
                        else stored
                    )
                    await session.execute(
                        text(f"UPDATE {table} SET {column} = :value WHERE {pk} = :id"),
                        {"value": ring.encrypt(plain, purpose, owner), "id": row_id},
                    )
                    done += 1
            if progress is not None:
                progress(done)
    await _seal_legacy_ratings(db, batch)
    # Names are indexed under the database's index key, salted with the user: index them
    # again (cheap beside the above). Two rows that turn out to be one person (added twice
    # while an earlier rotation was half done, or stored before encryption) are merged into
    # the older one, never left to fail.
    async with db.transaction() as session:
        people = list(await session.scalars(select(Person).order_by(Person.id)))
        keep: dict[tuple[int, str], Person] = {}
        for person in people:
            key = ring.index(person.name.casefold(), person.user_id)
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
            session.add(_key_record(ring, now))
        # Older keys' checks go: from now on only the new key opens this database.
        for row in await session.scalars(select(EncryptionKey)):
            if row.key_id != ring.primary_id:
                await session.delete(row)
    return done


async def _seal_legacy_ratings(db: Database, batch: int) -> None:
    # Ratings kept in the clear before revision 0010 move into the sealed `meta`.
    while True:
        async with db.transaction() as session:
            rows = list(
                await session.scalars(
                    select(Reflection)
                    .where(Reflection.legacy_rating.is_not(None))
                    .order_by(Reflection.id)
                    .limit(batch)
                )
            )
            for row in rows:
                row.rating = row.legacy_rating
                row.legacy_rating = None
        if not rows:
            return
