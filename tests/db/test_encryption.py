"""Encryption at rest on a real database file: no plaintext on disk, key checks, rotation."""

from __future__ import annotations

import asyncio
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto
from bot.db.engine import Database
from bot.db.models import Base, Delivery, EncryptionKey, Person, Reflection, User
from bot.store import accounts, keys
from bot.store import reflections as store
from tests.conftest import TEST_KEY

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
MARKER = "quokka-lantern-9931"


def add_entry(
    session: AsyncSession, user: User, text: str, data: dict[str, str] | None = None
) -> Reflection:
    """A valued-traits entry of today's, with its words."""
    return store.add(
        session,
        user,
        kind="entry",
        track="valued_traits",
        local_date=NOW.date(),
        now=NOW,
        text=text,
        data=data,
    )


async def write_marked_rows(db: Database, count: int = 3) -> None:
    async with db.transaction() as session:
        user, _ = await accounts.start_user(session, user_id=7, chat_id=7, locale="en", now=NOW)
        person = await store.person_named(session, user.id, f"Friend {MARKER}", NOW)
        for n in range(count):
            entry = add_entry(
                session, user, f"{MARKER} helped me, time {n}", data={"trait": f"kind {MARKER}"}
            )
            entry.person_id = person.id


class Interrupted(Exception):
    """Stands for the process being killed mid-rotation."""


async def rotate_interrupted(db: Database, after_reports: int) -> None:
    """Rotate in batches of two, and stop the rotation at its `after_reports`-th report."""
    reports = 0

    def stop(done: int) -> None:
        nonlocal reports
        reports += 1
        if reports == after_reports:
            raise Interrupted

    with pytest.raises(Interrupted):
        await keys.rotate(db, NOW, batch=2, progress=stop)


def database_bytes(url: str) -> bytes:
    path = Path(url.removeprefix("sqlite+aiosqlite:///"))
    files = [path, path.with_name(path.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


async def every_stored_value(db: Database) -> list[str]:
    """Every value of every column of every table, as the database returns it."""
    values: list[str] = []
    async with db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            for row in await session.execute(text(f"SELECT * FROM {table.name}")):
                values += [str(v) for v in row]
    return values


async def test_the_database_never_holds_what_users_wrote(db: Database, migrated_url: str):
    await write_marked_rows(db)
    stored = await every_stored_value(db)
    assert len(stored) > 20
    assert not [v for v in stored if MARKER in v or "Friend" in v]
    if migrated_url.startswith("sqlite"):
        await db.dispose()  # checkpoint everything into the file, then read its bytes
        raw = database_bytes(migrated_url)
        assert len(raw) > 0
        assert MARKER.encode() not in raw
        assert b"Friend" not in raw
    # ...while the application reads it back as written.
    reopened = Database.from_url(migrated_url)
    async with reopened.transaction() as session:
        entries = list(await session.scalars(select(Reflection)))
        [person] = list(await session.scalars(select(Person)))
    await reopened.dispose()
    assert {e.text for e in entries} == {f"{MARKER} helped me, time {n}" for n in range(3)}
    assert entries[0].data == {"trait": f"kind {MARKER}"}
    assert person.name == f"Friend {MARKER}"


async def test_the_same_name_in_any_case_is_one_person(db: Database) -> None:
    await write_marked_rows(db, count=0)
    async with db.transaction() as session:
        again = await store.person_named(session, 7, f"FRIEND {MARKER.upper()}", NOW)
        assert again.name == f"Friend {MARKER}"
        assert len(list(await session.scalars(select(Person)))) == 1


async def test_a_tampered_value_is_refused(db: Database) -> None:
    await write_marked_rows(db, count=1)
    async with db.transaction() as session:
        stored = await session.scalar(text("SELECT text FROM reflections"))
        assert isinstance(stored, str) and stored.startswith("v2:")
        # Move the encrypted text into the data column: bound to another column, it must fail.
        await session.execute(text("UPDATE reflections SET data = text"))
    with pytest.raises(crypto.KeyProblem, match="does not match its key"):
        async with db.transaction() as session:
            await session.scalar(select(Reflection))


async def test_a_value_moved_to_another_users_row_is_refused(db: Database) -> None:
    # Someone who can write to the database copies Ada's words and her friend's name into
    # Bob's rows: they must not open as Bob's.
    await write_marked_rows(db, count=1)
    async with db.transaction() as session:
        bob, _ = await accounts.start_user(session, user_id=8, chat_id=8, locale="en", now=NOW)
        add_entry(session, bob, "Bob's own words")
        await store.person_named(session, bob.id, "Sam", NOW)
    for table, column in (("reflections", "text"), ("reflections", "data"), ("people", "name")):
        async with db.transaction() as session:
            await session.execute(
                text(
                    f"UPDATE {table} SET {column} = "
                    f"(SELECT {column} FROM {table} WHERE user_id = 7) WHERE user_id = 8"
                )
            )
        with pytest.raises(crypto.KeyProblem, match="does not match its key"):
            async with db.transaction() as session:
                cls = Reflection if table == "reflections" else Person
                await session.scalar(select(cls).where(cls.user_id == 8))
        # Ada's own row still opens.
        async with db.transaction() as session:
            cls = Reflection if table == "reflections" else Person
            assert await session.scalar(select(cls).where(cls.user_id == 7)) is not None


async def test_values_from_before_are_sealed_at_start_and_then_never_read_unsealed(
    db: Database,
) -> None:
    # A database from before revision 0010: a value bound to its column only, one in the
    # clear, and names indexed without the user's salt.
    await write_marked_rows(db, count=2)
    ring = crypto.keyring()
    async with db.transaction() as session:
        first, second = [r for (r,) in await session.execute(text("SELECT id FROM reflections"))]
        await session.execute(
            text("UPDATE reflections SET text = :v WHERE id = :id"),
            {"v": ring.encrypt("old words", "reflections.text"), "id": first},
        )
        await session.execute(
            text("UPDATE reflections SET text = 'plain words' WHERE id = :id"), {"id": second}
        )
        await session.execute(text("UPDATE people SET name_key = 'unsalted'"))
    with pytest.raises(crypto.KeyProblem):
        async with db.transaction() as session:
            list(await session.scalars(select(Reflection)))
    assert await keys.check_key(db, NOW) is None  # re-seals them
    async with db.transaction() as session:
        stored = [v for (v,) in await session.execute(text("SELECT text FROM reflections"))]
        assert all(v.startswith("v2:") for v in stored)
        assert {r.text for r in await session.scalars(select(Reflection))} == {
            "old words",
            "plain words",
        }
        again = await store.person_named(session, 7, f"friend {MARKER}", NOW)
        assert [p.id for p in await session.scalars(select(Person))] == [again.id]
        # From now on a value that is not sealed to its user is refused, whatever its age.
        await session.execute(
            text("UPDATE reflections SET text = :v WHERE id = :id"),
            {"v": ring.encrypt("slipped in", "reflections.text"), "id": first},
        )
    with pytest.raises(crypto.KeyProblem, match="not bound to the user"):
        async with db.transaction() as session:
            list(await session.scalars(select(Reflection)))


async def test_names_are_indexed_per_user_and_lengths_are_padded(db: Database) -> None:
    assert await keys.check_key(db, NOW) is None
    async with db.transaction() as session:
        for user_id in (7, 8):
            user, _ = await accounts.start_user(
                session, user_id=user_id, chat_id=user_id, locale="en", now=NOW
            )
            await store.person_named(session, user_id, "Sam", NOW)
            for words in ("ok", "a much longer entry about the day, still under sixty"):
                add_entry(session, user, words)
    async with db.transaction() as session:
        name_keys = [k for (k,) in await session.execute(text("SELECT name_key FROM people"))]
        lengths = {len(v) for (v,) in await session.execute(text("SELECT text FROM reflections"))}
    assert len(set(name_keys)) == 2  # the same name of two users cannot be linked
    assert len(lengths) == 1  # 2 and 53 characters: one bucket, one stored length


async def test_the_first_start_records_the_key_and_a_wrong_key_is_refused(db: Database):
    assert await keys.check_key(db, NOW) is None
    async with db.transaction() as session:
        [row] = list(await session.scalars(select(EncryptionKey)))
        assert row.key_id == crypto.key_id(TEST_KEY)
    await write_marked_rows(db, count=1)
    crypto.install(crypto.Keyring(os.urandom(32)))
    try:
        problem = await keys.check_key(db, NOW)
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))
    assert problem is not None and "does not match" in problem
    assert "\n" not in problem


async def test_after_an_interrupted_rotation_one_key_alone_is_refused(db: Database) -> None:
    await write_marked_rows(db, count=5)
    assert await keys.check_key(db, NOW) is None
    new = os.urandom(32)
    crypto.install(crypto.Keyring(new, [TEST_KEY]))
    try:
        await rotate_interrupted(db, after_reports=1)
        assert await keys.check_key(db, NOW) is None  # both keys loaded: fine
        for alone in (new, TEST_KEY):
            crypto.install(crypto.Keyring(alone))
            problem = await keys.check_key(db, NOW)
            assert problem is not None and "which is not loaded" in problem, alone
            assert "\n" not in problem
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


async def test_a_second_key_after_words_were_written_under_it_is_not_undone(
    db: Database,
) -> None:
    # A database with no words yet accepts a new key; once words are written under it,
    # going back to the first key is refused.
    assert await keys.check_key(db, NOW) is None
    second = os.urandom(32)
    crypto.install(crypto.Keyring(second))
    try:
        assert await keys.check_key(db, NOW) is None
        await write_marked_rows(db, count=1)
        crypto.install(crypto.Keyring(TEST_KEY))
        problem = await keys.check_key(db, NOW)
        assert problem is not None and crypto.key_id(second) in problem
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


async def test_rotation_re_encrypts_everything_and_can_resume(db: Database) -> None:
    await write_marked_rows(db, count=5)
    await keys.check_key(db, NOW)
    new = os.urandom(32)
    crypto.install(crypto.Keyring(new, [TEST_KEY]))
    try:
        # A first run stopped after its first batch of two, then resumed.
        await rotate_interrupted(db, after_reports=1)
        async with db.transaction() as session:
            stored = [v for (v,) in await session.execute(text("SELECT text FROM reflections"))]
        written = {crypto.keyring().written_with(v) for v in stored}
        assert written == {crypto.key_id(new), crypto.key_id(TEST_KEY)}  # halfway
        await keys.rotate(db, NOW, batch=2)
        # Only the new key is needed from now on.
        crypto.install(crypto.Keyring(new))
        assert await keys.check_key(db, NOW) is None
        async with db.transaction() as session:
            entries = list(await session.scalars(select(Reflection)))
            [person] = list(await session.scalars(select(Person)))
            checks = [r.key_id for r in await session.scalars(select(EncryptionKey))]
            found = await store.person_named(session, 7, f"friend {MARKER}", NOW)
        assert len(entries) == 5 and all(MARKER in (e.text or "") for e in entries)
        assert person.name == f"Friend {MARKER}" and found.id == person.id
        assert checks == [crypto.key_id(new)]
        assert await keys.check_key(db, NOW) is None
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


def test_a_new_key_file_is_owner_only(tmp_path: Path) -> None:
    key_file = tmp_path / "data" / "letin.key"
    ring = crypto.load_keyring(None, [], key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert crypto.load_keyring(None, [], key_file).primary_id == ring.primary_id
    key_file.chmod(0o644)
    with pytest.raises(crypto.KeyProblem, match="chmod 600"):
        crypto.load_keyring(None, [], key_file)


def test_keys_must_be_32_bytes_of_base64() -> None:
    with pytest.raises(crypto.KeyProblem):
        crypto.parse_key("too-short")
    assert len(crypto.parse_key(crypto.new_key())) == 32


def test_processes_starting_together_share_one_new_key(tmp_path: Path) -> None:
    import concurrent.futures

    key_file = tmp_path / "data" / "letin.key"
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        ids = set(pool.map(lambda _: crypto.load_keyring(None, [], key_file).primary_id, range(8)))
    assert len(ids) == 1
    assert sorted(p.name for p in key_file.parent.iterdir()) == ["letin.key"]


async def test_processes_starting_together_record_the_key_once(db: Database) -> None:
    results = await asyncio.gather(*(keys.check_key(db, NOW) for _ in range(4)))
    assert results == [None, None, None, None]
    async with db.transaction() as session:
        assert len(list(await session.scalars(select(EncryptionKey)))) == 1


async def test_a_name_given_again_during_a_rotation_is_the_same_person(db: Database) -> None:
    await write_marked_rows(db, count=1)
    assert await keys.check_key(db, NOW) is None
    new = os.urandom(32)
    crypto.install(crypto.Keyring(new, [TEST_KEY]))
    try:
        assert await keys.check_key(db, NOW) is None  # as a start-up would: the index key
        async with db.transaction() as session:
            again = await store.person_named(session, 7, f"FRIEND {MARKER}", NOW)
            people = list(await session.scalars(select(Person)))
        assert [p.id for p in people] == [again.id]
        await keys.rotate(db, NOW)
        crypto.install(crypto.Keyring(new))
        assert await keys.check_key(db, NOW) is None
        async with db.transaction() as session:
            found = await store.person_named(session, 7, f"friend {MARKER}", NOW)
            assert [p.id for p in await session.scalars(select(Person))] == [found.id]
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


async def test_a_rotation_merges_a_person_stored_twice_instead_of_failing(db: Database) -> None:
    # The state an older interrupted rotation could leave: one person under two rows, one
    # indexed by the old key and one by the new. Every retry used to stop with an error.
    await write_marked_rows(db, count=2)
    new = os.urandom(32)
    crypto.install(crypto.Keyring(new, [TEST_KEY]))
    try:
        async with db.transaction() as session:
            twin = Person(
                user_id=7,
                name=f"friend {MARKER}",
                name_key=crypto.keyring().index(f"friend {MARKER}".casefold(), 7),
                created_at=NOW,
                last_used_at=NOW,
            )
            session.add(twin)
            await session.flush()
            [first, *_] = list(await session.scalars(select(Reflection)))
            first.person_id = twin.id
        await keys.rotate(db, NOW)
        await keys.rotate(db, NOW)  # and again: nothing left to fail on
        async with db.transaction() as session:
            [person] = list(await session.scalars(select(Person)))
            linked = {r.person_id for r in await session.scalars(select(Reflection))}
        assert linked == {person.id}
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


# 7 texts, 7 data and 1 name in batches of 2: the rotation reports progress 9 times.
@pytest.mark.parametrize("stop_at", range(1, 10))
async def test_a_rotation_interrupted_at_any_point_resumes_to_one_readable_whole(
    db: Database, stop_at: int
) -> None:
    await write_marked_rows(db, count=7)
    assert await keys.check_key(db, NOW) is None
    new = os.urandom(32)
    crypto.install(crypto.Keyring(new, [TEST_KEY]))
    try:
        assert await keys.check_key(db, NOW) is None
        await rotate_interrupted(db, after_reports=stop_at)
        # The bot runs on both keys meanwhile: a name given again is the same person.
        async with db.transaction() as session:
            person = await store.person_named(session, 7, f"FRIEND {MARKER}", NOW)
            user = await accounts.get_user(session, 7)
            assert user is not None
            add_entry(session, user, "written mid-rotation")
        await keys.rotate(db, NOW, batch=2)
        crypto.install(crypto.Keyring(new))
        assert await keys.check_key(db, NOW) is None
        async with db.transaction() as session:
            texts = {r.text for r in await session.scalars(select(Reflection))}
            people = list(await session.scalars(select(Person)))
        assert texts == {f"{MARKER} helped me, time {n}" for n in range(7)} | {
            "written mid-rotation"
        }
        assert [p.id for p in people] == [person.id]
    finally:
        crypto.install(crypto.Keyring(TEST_KEY))


async def test_ratings_are_sealed_and_old_ones_are_sealed_at_start(db: Database) -> None:
    await write_marked_rows(db, count=2)
    assert await keys.check_key(db, NOW) is None
    async with db.transaction() as session:
        first, second = list(await session.scalars(select(Reflection).order_by(Reflection.id)))
        first.rating = 4
        delivery = Delivery(id=0, track="valued_traits", local_date=NOW.date())
        assert (await store.prompt_answers(session, 7, delivery)).rated
    async with db.transaction() as session:
        stored = (await session.execute(text("SELECT rating, meta FROM reflections"))).all()
        assert [rating for rating, _ in stored] == [None, None]
        assert all(meta.startswith("v2:") for _, meta in stored)
        # A database from before revision 0010 kept the rating in the clear.
        await session.execute(
            text("UPDATE reflections SET rating = 2, meta = NULL WHERE id = :id"), {"id": second.id}
        )
    assert await keys.check_key(db, NOW) is None  # moves it into the sealed metadata
    async with db.transaction() as session:
        stored = (await session.execute(text("SELECT rating FROM reflections"))).all()
        ratings = [
            r.rating for r in await session.scalars(select(Reflection).order_by(Reflection.id))
        ]
    assert stored == [(None,), (None,)]
    assert ratings == [4, 2]


async def test_what_the_bot_waits_for_is_sealed_and_old_values_are_sealed_at_start(
    db: Database,
) -> None:
    assert await keys.check_key(db, NOW) is None
    async with db.transaction() as session:
        user, _ = await accounts.start_user(session, user_id=7, chat_id=7, locale="en", now=NOW)
        user.awaiting = "trait:42"
    async with db.transaction() as session:
        stored = await session.scalar(text("SELECT awaiting FROM users"))
        assert isinstance(stored, str) and stored.startswith("v2:")
        # A database from before revision 0010 kept it in the clear.
        await session.execute(text("UPDATE users SET awaiting = 'timezone'"))
    assert await keys.check_key(db, NOW) is None
    async with db.transaction() as session:
        stored = await session.scalar(text("SELECT awaiting FROM users"))
        user = await accounts.get_user(session, 7)
    assert isinstance(stored, str) and stored.startswith("v2:")
    assert user is not None and user.awaiting == "timezone"
