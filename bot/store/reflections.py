"""Reflections, people and open prompts: every query is scoped by the sender's user id.

Functions run inside the caller's transaction and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import crypto
from bot.db.models import Delivery, Person, Reflection, ReflectionMessage, User
from bot.domain.conversation import OpenPrompt
from bot.domain.states import DeliveryKind, DeliveryStatus, ReflectionKind, ReflectionStatus
from bot.domain.tracks import TRACK_IDS

# A prompt stays open for plain-text replies until the next prompt of its track, and at most
# this long.
OPEN_WINDOW = timedelta(hours=18)
# A reply to a prompt message counts for that prompt if the prompt is at most this old.
REPLY_WINDOW = timedelta(days=7)
MAX_NAME_CHARS = 40
# Row ids are 32-bit: a larger id (from forged button data) names no row, and PostgreSQL
# would refuse it as a query parameter.
MAX_ROW_ID = 2**31 - 1


# The statements every reply runs, built once (composing one costs about as much as running
# it on SQLite).
_OPEN_PROMPT = (
    select(Delivery)
    .where(
        Delivery.user_id == bindparam("user_id"),
        # Prompts only: the weekly summary is a delivery too, but nothing answers it.
        Delivery.track.in_(TRACK_IDS),
        Delivery.status == DeliveryStatus.SENT,
        Delivery.sent_at >= bindparam("since"),
    )
    .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
    .limit(1)
)
# What answers a prompt: text, a review, or a calm day (a rating alone does not).
ANSWER_KINDS = (ReflectionKind.ENTRY, ReflectionKind.REVIEW, ReflectionKind.CALM)
_OPEN_PROMPTS = (
    select(Delivery.id, Delivery.track, Delivery.sent_at, func.max(Reflection.created_at))
    .outerjoin(
        Reflection,
        and_(Reflection.delivery_id == Delivery.id, Reflection.kind.in_(ANSWER_KINDS)),
    )
    .where(
        Delivery.user_id == bindparam("user_id"),
        Delivery.track.in_(TRACK_IDS),
        Delivery.status == DeliveryStatus.SENT,
        Delivery.sent_at >= bindparam("since"),
    )
    .group_by(Delivery.id, Delivery.track, Delivery.sent_at)
    .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
)
_PROMPT_FOR_MESSAGE = select(Delivery).where(
    Delivery.user_id == bindparam("user_id"),
    Delivery.track.in_(TRACK_IDS),
    Delivery.message_id == bindparam("message_id"),
    Delivery.status == DeliveryStatus.SENT,
    Delivery.sent_at >= bindparam("since"),
)
_DAYS_REFLECTED = select(func.count(func.distinct(Reflection.local_date))).where(
    Reflection.user_id == bindparam("user_id"),
    Reflection.local_date >= bindparam("first"),
    Reflection.local_date <= bindparam("last"),
)


async def open_prompt(session: AsyncSession, user_id: int, now: datetime) -> Delivery | None:
    """Return the most recent prompt sent to the user within the open window, if any."""
    return await session.scalar(_OPEN_PROMPT, {"user_id": user_id, "since": now - OPEN_WINDOW})


async def open_prompts(session: AsyncSession, user_id: int, now: datetime) -> list[OpenPrompt]:
    """The user's open prompts: per track the latest sent within the window, answered or not."""
    found: dict[str, OpenPrompt] = {}
    rows = await session.execute(_OPEN_PROMPTS, {"user_id": user_id, "since": now - OPEN_WINDOW})
    for delivery_id, track, sent_at, answered_at in rows:
        if track not in found and sent_at is not None:
            found[track] = OpenPrompt(delivery_id, track, sent_at, answered_at)
    return list(found.values())


async def answers_to(session: AsyncSession, user_id: int, delivery_id: int) -> list[Reflection]:
    """What already answers a prompt (entries, its review, a calm day), oldest first."""
    rows = await session.scalars(
        select(Reflection)
        .where(
            Reflection.user_id == user_id,
            Reflection.delivery_id == delivery_id,
            Reflection.kind.in_(ANSWER_KINDS),
        )
        .order_by(Reflection.id)
    )
    return list(rows)


# Built once: a reply runs it, and building a statement costs more than running it.
_PROMPT_ANSWERS = (
    select(Reflection)
    .where(
        Reflection.user_id == bindparam("user_id"),
        or_(
            Reflection.delivery_id == bindparam("delivery_id"),
            and_(
                Reflection.track == bindparam("track"),
                Reflection.local_date == bindparam("local_date"),
            ),
        ),
    )
    .order_by(Reflection.id)
)


@dataclass(frozen=True)
class PromptAnswers:
    """What already answers a prompt, and whether its track was rated on its date."""

    answers: list[Reflection]  # entries, its review, a calm day: oldest first
    rated: bool


async def prompt_answers(session: AsyncSession, user_id: int, delivery: Delivery) -> PromptAnswers:
    """Both of PromptAnswers in one query (a reply's hot path); the rating is sealed, so the
    day's few rows of the track are read."""
    rows = list(
        await session.scalars(
            _PROMPT_ANSWERS,
            {
                "user_id": user_id,
                "delivery_id": delivery.id,
                "track": delivery.track,
                "local_date": delivery.local_date,
            },
        )
    )
    return PromptAnswers(
        answers=[r for r in rows if r.delivery_id == delivery.id and r.kind in ANSWER_KINDS],
        rated=any(
            r.rating is not None
            for r in rows
            if r.track == delivery.track and r.local_date == delivery.local_date
        ),
    )


def link(
    session: AsyncSession,
    user_id: int,
    message_id: int | None,
    reflection: Reflection,
    field: str,
) -> None:
    """Record that a message's text was stored in this reflection's field (if it had one)."""
    if message_id is None:
        return
    session.add(
        ReflectionMessage(
            user_id=user_id, message_id=message_id, reflection=reflection, field=field
        )
    )


async def linked(
    session: AsyncSession, user_id: int, message_id: int
) -> tuple[Reflection, str] | None:
    """Where a message's text was stored: the reflection and its field."""
    row = (
        await session.execute(
            select(Reflection, ReflectionMessage.field)
            .join(ReflectionMessage, ReflectionMessage.reflection_id == Reflection.id)
            .where(ReflectionMessage.user_id == user_id, ReflectionMessage.message_id == message_id)
        )
    ).first()
    return (row[0], row[1]) if row is not None else None


async def message_of(session: AsyncSession, reflection: Reflection, field: str) -> int | None:
    """The message a reflection's field came from."""
    return await session.scalar(
        select(ReflectionMessage.message_id).where(
            ReflectionMessage.reflection_id == reflection.id, ReflectionMessage.field == field
        )
    )


async def unlink(session: AsyncSession, reflection: Reflection) -> None:
    """Forget which messages a reflection's texts came from (they are moving elsewhere)."""
    await session.execute(
        delete(ReflectionMessage).where(ReflectionMessage.reflection_id == reflection.id)
    )


async def remove(session: AsyncSession, reflection: Reflection) -> None:
    """Delete a reflection and its message links (its text has moved elsewhere)."""
    await unlink(session, reflection)
    await session.delete(reflection)
    await session.flush()


async def prompt_for_message(
    session: AsyncSession, user_id: int, message_id: int, now: datetime
) -> Delivery | None:
    """Return the user's prompt that a message id belongs to (for replies to it)."""
    return await session.scalar(
        _PROMPT_FOR_MESSAGE,
        {"user_id": user_id, "message_id": message_id, "since": now - REPLY_WINDOW},
    )


async def users_delivery(session: AsyncSession, user_id: int, delivery_id: int) -> Delivery | None:
    """Return a delivery only if it belongs to the user."""
    if delivery_id > MAX_ROW_ID:
        return None
    return await session.scalar(
        select(Delivery).where(Delivery.id == delivery_id, Delivery.user_id == user_id)
    )


async def users_reflection(
    session: AsyncSession, user_id: int, reflection_id: int
) -> Reflection | None:
    """Return a reflection only if it belongs to the user."""
    if reflection_id > MAX_ROW_ID:
        return None
    return await session.scalar(
        select(Reflection).where(Reflection.id == reflection_id, Reflection.user_id == user_id)
    )


def add(
    session: AsyncSession,
    user: User,
    *,
    kind: ReflectionKind,
    track: str | None,
    local_date: date,
    now: datetime,
    text: str | None = None,
    message_id: int | None = None,
    delivery: Delivery | None = None,
    status: ReflectionStatus = ReflectionStatus.DONE,
    data: dict[str, Any] | None = None,
) -> Reflection:
    """Add a reflection of the user's."""
    reflection = Reflection(
        user_id=user.id,
        track=track,
        kind=kind,
        status=status,
        delivery_id=delivery.id if delivery else None,
        prompt_id=delivery.prompt_id if delivery else None,
        local_date=local_date,
        text=text,
        message_id=message_id,
        data=data or {},
        created_at=now,
        updated_at=now,
    )
    session.add(reflection)
    if text is not None:
        link(session, user.id, message_id, reflection, "text")
    return reflection


def keep_answer(
    session: AsyncSession,
    user: User,
    delivery: Delivery,
    *,
    now: datetime,
    text: str | None,
    message_id: int | None,
    kind: ReflectionKind = ReflectionKind.ENTRY,
    note: Reflection | None = None,
    status: ReflectionStatus = ReflectionStatus.DONE,
    data: dict[str, Any] | None = None,
) -> Reflection:
    """Store an answer to a prompt: a new row, or `note` (its text already kept) turned into it."""
    if note is None:
        return add(
            session,
            user,
            kind=kind,
            track=delivery.track,
            local_date=delivery.local_date,
            now=now,
            text=text,
            message_id=message_id,
            delivery=delivery,
            status=status,
            data=data,
        )
    note.kind = kind
    note.track = delivery.track
    note.delivery_id = delivery.id
    note.prompt_id = delivery.prompt_id
    note.local_date = delivery.local_date
    note.status = status
    note.data = data or {}
    note.updated_at = now
    return note


async def rate(
    session: AsyncSession, user: User, delivery: Delivery, rating: int, now: datetime
) -> Reflection:
    """Store a 1-5 rating for a prompt: on its latest entry, or as a rating of its own."""
    reflection = await session.scalar(
        select(Reflection)
        .where(
            Reflection.user_id == user.id,
            Reflection.delivery_id == delivery.id,
            Reflection.kind.in_((ReflectionKind.ENTRY, ReflectionKind.RATING)),
        )
        .order_by(Reflection.id.desc())
        .limit(1)
    )
    if reflection is None:
        reflection = add(
            session,
            user,
            kind=ReflectionKind.RATING,
            track=delivery.track,
            local_date=delivery.local_date,
            now=now,
            delivery=delivery,
        )
    reflection.rating = rating
    reflection.updated_at = now
    return reflection


async def recent_people(session: AsyncSession, user_id: int, limit: int = 5) -> list[Person]:
    """Return the people the user wrote about most recently."""
    rows = await session.scalars(
        select(Person)
        .where(Person.user_id == user_id, Person.same_as.is_(None))
        .order_by(Person.last_used_at.desc(), Person.id.desc())
        .limit(limit)
    )
    return list(rows)


async def users_person(session: AsyncSession, user_id: int, person_id: int) -> Person | None:
    """Return a person only if they are on the user's list."""
    if person_id > MAX_ROW_ID:
        return None
    return await session.scalar(
        select(Person).where(
            Person.id == person_id, Person.user_id == user_id, Person.same_as.is_(None)
        )
    )


def clean_name(text: str) -> str | None:
    """Tidy a typed name ("  my   sister " -> "my sister"); None if empty or too long."""
    name = " ".join(text.split())
    return name if 0 < len(name) <= MAX_NAME_CHARS else None


async def person_named(session: AsyncSession, user_id: int, name: str, now: datetime) -> Person:
    """Return the user's person with this name or one of their other names (any case),
    adding them if new."""
    key = crypto.keyring().index(name.casefold(), user_id)
    person = await session.scalar(
        select(Person).where(Person.user_id == user_id, Person.name_key == key)
    )
    if person is not None and person.same_as is not None:
        person = await session.get(Person, person.same_as)
    if person is None:
        person = Person(user_id=user_id, name=name, name_key=key, created_at=now, last_used_at=now)
        session.add(person)
        await session.flush()
    person.last_used_at = now
    return person


async def traits_about(
    session: AsyncSession, user_id: int, person_id: int, limit: int | None = 3
) -> list[Reflection]:
    """Return the user's latest noticed traits about a person (with an example), newest
    first; every one when `limit` is None."""
    query = (
        select(Reflection)
        .where(
            Reflection.user_id == user_id,
            Reflection.person_id == person_id,
            Reflection.track == "valued_traits",
            Reflection.text.is_not(None),
        )
        .order_by(Reflection.created_at.desc(), Reflection.id.desc())
    )
    rows = await session.scalars(query.limit(limit) if limit is not None else query)
    return list(rows)


async def review_dates(
    session: AsyncSession, user_id: int, person_id: int, *, before: int
) -> list[date]:
    """The local dates of the user's finished reviews with a person, other than `before`
    and those after it."""
    rows = await session.scalars(
        select(Reflection.local_date).where(
            Reflection.user_id == user_id,
            Reflection.person_id == person_id,
            Reflection.kind == ReflectionKind.REVIEW,
            Reflection.status == ReflectionStatus.DONE,
            Reflection.id < before,
        )
    )
    return list(rows)


async def days_reflected(session: AsyncSession, user_id: int, first: date, last: date) -> int:
    """Count the local dates between first and last (inclusive) with any reflection."""
    count = await session.scalar(
        _DAYS_REFLECTED, {"user_id": user_id, "first": first, "last": last}
    )
    return int(count or 0)


async def answered_on_demand(
    session: AsyncSession, keys: list[tuple[int, str, date]]
) -> set[tuple[int, str, date]]:
    """Which (user, track, local date) were already answered through an on-demand prompt."""
    if not keys:
        return set()
    user_ids = {k[0] for k in keys}
    dates = {k[2] for k in keys}
    rows = await session.execute(
        select(Reflection.user_id, Reflection.track, Reflection.local_date)
        .join(Delivery, Delivery.id == Reflection.delivery_id)
        .where(
            Reflection.user_id.in_(user_ids),
            Reflection.local_date.in_(dates),
            Delivery.kind == DeliveryKind.ON_DEMAND,
        )
    )
    wanted = set(keys)
    return {(u, t, d) for u, t, d in rows if t is not None and (u, t, d) in wanted}


async def history_page(
    session: AsyncSession, user_id: int, track: str | None, page: int, size: int
) -> tuple[list[Reflection], bool]:
    """Return one page of finished reflections, newest first, and whether older ones exist."""
    query = select(Reflection).where(
        Reflection.user_id == user_id,
        Reflection.status == ReflectionStatus.DONE,
        Reflection.kind != ReflectionKind.DRAFT,  # drafts live in /talk
    )
    if track is not None:
        query = query.where(Reflection.track == track)
    rows = list(
        await session.scalars(
            query.order_by(Reflection.created_at.desc(), Reflection.id.desc())
            .offset(page * size)
            .limit(size + 1)
        )
    )
    return rows[:size], len(rows) > size


async def open_review(session: AsyncSession, user_id: int) -> Reflection | None:
    """Return the user's conflict review in progress, if any."""
    return await session.scalar(
        select(Reflection)
        .where(
            Reflection.user_id == user_id,
            Reflection.kind == ReflectionKind.REVIEW,
            Reflection.status == ReflectionStatus.OPEN,
        )
        .order_by(Reflection.id.desc())
        .limit(1)
    )


async def people_by_id(session: AsyncSession, user_id: int, ids: set[int]) -> dict[int, Person]:
    """Return the user's people with these ids."""
    if not ids:
        return {}
    rows = await session.scalars(
        select(Person).where(Person.user_id == user_id, Person.id.in_(ids))
    )
    return {p.id: p for p in rows}


async def latest_of_kind(
    session: AsyncSession, user_id: int, kind: ReflectionKind, status: ReflectionStatus
) -> Reflection | None:
    """The user's latest reflection of a kind and status."""
    return await session.scalar(
        select(Reflection)
        .where(Reflection.user_id == user_id, Reflection.kind == kind, Reflection.status == status)
        .order_by(Reflection.id.desc())
        .limit(1)
    )


async def latest_drafts(session: AsyncSession, user_id: int, limit: int) -> list[Reflection]:
    """The user's finished /talk drafts, newest first."""
    rows = await session.scalars(
        select(Reflection)
        .where(
            Reflection.user_id == user_id,
            Reflection.kind == ReflectionKind.DRAFT,
            Reflection.status == ReflectionStatus.DONE,
        )
        .order_by(Reflection.id.desc())
        .limit(limit)
    )
    return list(rows)
