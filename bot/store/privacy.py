"""A user's data rights: everything they have (export), erase it all (delete), retention."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery, Person, Reflection, ReflectionMessage, Schedule, User

EXPORT_SCHEMA = "letin-export"
EXPORT_VERSION = 1


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


async def collect(session: AsyncSession, user: User, now: datetime) -> dict[str, Any]:
    """Everything stored about a user, as plain JSON-ready data with a schema version."""
    people = list(
        await session.scalars(select(Person).where(Person.user_id == user.id).order_by(Person.id))
    )
    names = {p.id: p.name for p in people}
    reflections = await session.scalars(
        select(Reflection).where(Reflection.user_id == user.id).order_by(Reflection.id)
    )
    deliveries = await session.scalars(
        select(Delivery).where(Delivery.user_id == user.id).order_by(Delivery.id)
    )
    schedules = await session.scalars(
        select(Schedule).where(Schedule.user_id == user.id).order_by(Schedule.id)
    )
    return {
        "schema": EXPORT_SCHEMA,
        "schema_version": EXPORT_VERSION,
        "exported_at": now.isoformat(),
        "user": {
            "telegram_id": user.id,
            "timezone": user.timezone,
            "locale": user.locale,
            "status": user.status,
            "paused_until": _iso(user.paused_until),
            "retention_months": user.retention_months,
            "created_at": _iso(user.created_at),
            "consented_at": _iso(user.consented_at),
            "onboarded_at": _iso(user.onboarded_at),
        },
        "schedules": [
            {
                "track": s.track,
                "local_time": s.local_time.strftime("%H:%M"),
                "weekdays": s.weekdays,
                "enabled": s.enabled,
            }
            for s in schedules
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "created_at": _iso(p.created_at),
                "other_names": [o.name for o in people if o.same_as == p.id],
            }
            for p in people
            if p.same_as is None
        ],
        "reflections": [
            {
                "id": r.id,
                "track": r.track,
                "kind": r.kind,
                "status": r.status,
                "local_date": _iso(r.local_date),
                "created_at": _iso(r.created_at),
                "prompt_id": r.prompt_id,
                "text": r.text,
                "rating": r.rating,
                "person": names.get(r.person_id) if r.person_id else None,
                "data": r.data,
            }
            for r in reflections
        ],
        "deliveries": [
            {
                "track": d.track,
                "local_date": _iso(d.local_date),
                "kind": d.kind,
                "status": d.status,
                "prompt_id": d.prompt_id,
                "sent_at": _iso(d.sent_at),
            }
            for d in deliveries
        ],
    }


async def erase(session: AsyncSession, user_id: int) -> None:
    """Erase every row of a user, in the caller's one transaction."""
    # Children first, so that the result does not depend on the database's cascades.
    for table in (ReflectionMessage, Reflection, Delivery, Person, Schedule):
        await session.execute(
            delete(table)
            .where(table.user_id == user_id)
            .execution_options(synchronize_session=False)
        )
    await session.execute(
        delete(User).where(User.id == user_id).execution_options(synchronize_session=False)
    )


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


async def sweep_retention(session: AsyncSession, now: datetime) -> int:
    """Delete entries older than each user's chosen retention; return how many went."""
    removed = 0
    rows = await session.execute(
        select(User.retention_months).where(User.retention_months.is_not(None)).distinct()
    )
    for (months,) in rows.all():
        assert months is not None
        cutoff = months_before(now.date(), months)
        users = select(User.id).where(User.retention_months == months).scalar_subquery()
        result = await session.execute(
            delete(Reflection)
            .where(Reflection.user_id.in_(users), Reflection.local_date < cutoff)
            .execution_options(synchronize_session=False)
        )
        removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
        await session.execute(
            delete(Delivery)
            .where(Delivery.user_id.in_(users), Delivery.local_date < cutoff)
            .execution_options(synchronize_session=False)
        )
        # A name goes with the last entry that spoke of that person, unless it was used
        # since the cutoff (a question still open about them).
        named = select(Reflection.person_id).where(Reflection.person_id.is_not(None))
        await session.execute(
            delete(Person)
            .where(
                Person.user_id.in_(users),
                Person.last_used_at < datetime.combine(cutoff, time(), tzinfo=UTC),
                Person.id.not_in(named),
                Person.same_as.is_(None),  # another name goes with the person it names
            )
            .execution_options(synchronize_session=False)
        )
    return removed
