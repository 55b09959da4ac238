"""The people a user writes about: their list, one person's entries, rename, merge, forget.

A person is a row of `people`; another name for them ("Sis" for "my sister", or the name
they had before a rename) is a row whose `same_as` points at them. Typing any of their
names finds them (`find`); lists show only the people themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto
from bot.db.models import Person, Reflection
from bot.domain.states import ReflectionKind
from bot.store.reflections import MAX_ROW_ID

# What stands where a forgotten person's name was in the user's own words.
ERASED = "…"


def name_key(user_id: int, name: str) -> str:
    """The keyed hash a name is found by (any case; salted with the user)."""
    return crypto.keyring().index(name.casefold(), user_id)


async def find(session: AsyncSession, user_id: int, name: str) -> Person | None:
    """The person with this name or one of their other names (any case), or None."""
    found = await session.scalar(
        select(Person).where(Person.user_id == user_id, Person.name_key == name_key(user_id, name))
    )
    if found is not None and found.same_as is not None:
        return await session.get(Person, found.same_as)
    return found


@dataclass(frozen=True)
class Listed:
    """One person on the list, with how often the user wrote about them."""

    person: Person
    entries: int
    reviews: int


async def listed(session: AsyncSession, user_id: int) -> list[Listed]:
    """The user's people (not their other names), most recently written about first."""
    counts = (
        select(
            Reflection.person_id,
            func.count().filter(Reflection.kind != ReflectionKind.REVIEW).label("entries"),
            func.count().filter(Reflection.kind == ReflectionKind.REVIEW).label("reviews"),
        )
        .where(Reflection.user_id == user_id, Reflection.person_id.is_not(None))
        .group_by(Reflection.person_id)
        .subquery()
    )
    rows = await session.execute(
        select(Person, counts.c.entries, counts.c.reviews)
        .outerjoin(counts, counts.c.person_id == Person.id)
        .where(Person.user_id == user_id, Person.same_as.is_(None))
        .order_by(Person.last_used_at.desc(), Person.id.desc())
    )
    return [Listed(p, int(e or 0), int(r or 0)) for p, e, r in rows.all()]


async def person(session: AsyncSession, user_id: int, person_id: int) -> Person | None:
    """The user's person with this id (not another name of someone), or None."""
    if person_id > MAX_ROW_ID:
        return None
    return await session.scalar(
        select(Person).where(
            Person.id == person_id, Person.user_id == user_id, Person.same_as.is_(None)
        )
    )


async def other_names(session: AsyncSession, person: Person) -> list[Person]:
    """The other names a person goes by, oldest first."""
    rows = await session.scalars(
        select(Person)
        .where(Person.user_id == person.user_id, Person.same_as == person.id)
        .order_by(Person.id)
    )
    return list(rows)


async def about(session: AsyncSession, person: Person) -> list[Reflection]:
    """Everything the user wrote that is about this person, oldest first."""
    rows = await session.scalars(
        select(Reflection)
        .where(Reflection.user_id == person.user_id, Reflection.person_id == person.id)
        .order_by(Reflection.local_date, Reflection.id)
    )
    return list(rows)


def _other_name(person: Person, name: str, key: str, now: datetime) -> Person:
    return Person(
        user_id=person.user_id,
        name=name,
        name_key=key,
        same_as=person.id,
        created_at=now,
        last_used_at=now,
    )


async def rename(session: AsyncSession, person: Person, name: str, now: datetime) -> Person | None:
    """Call a person by a new name; the old one stays theirs, so typing it still finds them.

    Returns the other person already called that, if any (nothing changes then: merging is
    the person's choice); a name that was one of this person's own becomes their name again.
    """
    key = name_key(person.user_id, name)
    holder = await session.scalar(
        select(Person).where(Person.user_id == person.user_id, Person.name_key == key)
    )
    if holder is not None and holder.id != person.id and holder.same_as != person.id:
        return await session.get(Person, holder.same_as) if holder.same_as else holder
    old_name, old_key = person.name, person.name_key
    if holder is not None and holder.same_as == person.id:
        await session.delete(holder)
        await session.flush()
    if old_key != key:
        # Keys change places: free the old key before the row that will keep it is added.
        person.name_key = f"renaming:{person.id}"
        await session.flush()
        session.add(_other_name(person, old_name, old_key, now))
    person.name = name
    person.name_key = key
    person.last_used_at = now
    await session.flush()
    return None


async def merge(session: AsyncSession, keep: Person, other: Person, now: datetime) -> None:
    """Make `other` another name of `keep`: their entries, and other names, become keep's."""
    await session.execute(
        update(Reflection)
        .where(Reflection.user_id == keep.user_id, Reflection.person_id == other.id)
        .values(person_id=keep.id)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Person)
        .where(Person.user_id == keep.user_id, Person.same_as == other.id)
        .values(same_as=keep.id)
        .execution_options(synchronize_session=False)
    )
    other.same_as = keep.id
    keep.last_used_at = max(keep.last_used_at, other.last_used_at, now)
    await session.flush()
    # Rows loaded before the bulk update keep their old person until refreshed.
    for reflection in session.identity_map.values():
        if isinstance(reflection, Reflection) and reflection.person_id == other.id:
            reflection.person_id = keep.id


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    words = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def erase_names(text: str, names: list[str]) -> str:
    """The text with every whole-word use of these names (any case) replaced by ERASED."""
    pattern = _pattern(names)
    return pattern.sub(ERASED, text) if pattern is not None else text


async def mentions(session: AsyncSession, user_id: int, names: list[str]) -> int:
    """How many of the user's entries have one of these names in their words."""
    pattern = _pattern(names)
    if pattern is None:
        return 0
    rows = await session.scalars(select(Reflection).where(Reflection.user_id == user_id))
    return sum(1 for r in rows if _words_of(r, pattern))


def _words_of(reflection: Reflection, pattern: re.Pattern[str]) -> bool:
    if reflection.text and pattern.search(reflection.text):
        return True
    return any(isinstance(v, str) and pattern.search(v) for v in reflection.data.values())


async def forget(session: AsyncSession, person: Person) -> int:
    """Erase a person: their names from the list and from every text the user wrote, and
    the link from each entry to them (the entries stay). Returns how many entries' words
    changed."""
    others = await other_names(session, person)
    names = [person.name, *(p.name for p in others)]
    pattern = _pattern(names)
    changed = 0
    rows = await session.scalars(select(Reflection).where(Reflection.user_id == person.user_id))
    for reflection in rows:
        if reflection.person_id == person.id:
            reflection.person_id = None
        touched = False
        if pattern is not None and reflection.text and pattern.search(reflection.text):
            reflection.text = pattern.sub(ERASED, reflection.text)
            touched = True
        if pattern is not None:
            data = dict(reflection.data)
            for field, value in reflection.data.items():
                if isinstance(value, str) and pattern.search(value):
                    data[field] = pattern.sub(ERASED, value)
            if data != reflection.data:
                reflection.data = data
                touched = True
        changed += touched
    for other in others:
        await session.delete(other)
    await session.flush()
    await session.delete(person)
    await session.flush()
    return changed
