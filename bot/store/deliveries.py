"""The delivery record: claim due schedules, take queued deliveries, record what happened.

Every function runs inside the caller's transaction and never commits.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content
from bot.db.models import Delivery, Reflection, Schedule, User
from bot.domain import closeness, followup, rotation
from bot.domain.schedule import due_local_date, local_instant, next_due
from bot.domain.states import DeliveryKind, DeliveryStatus, UserStatus
from bot.domain.tracks import (
    FOLLOW_UP,
    MONTHLY,
    SUMMARY,
    SUMMARY_DEFAULT_TIME,
    TRACK_IDS,
    Track,
)
from bot.store import reflections

# How long a delivery may stay "sending" before it counts as interrupted (a crashed process):
# far longer than one send with its timeouts and 429 waits can take.
STALE_SENDING = timedelta(minutes=10)


@dataclass(frozen=True)
class ClaimResult:
    """What one claim pass did."""

    claimed: int  # schedule rows that were due
    queued: int  # new deliveries waiting to be sent
    missed: int  # fell due longer ago than the grace period
    duplicates: int  # that local date already had a delivery (or a skip)


@dataclass(frozen=True)
class ReadyDelivery:
    """A delivery taken for sending, with what is needed to send it."""

    id: int
    user_id: int
    chat_id: int
    locale: str
    track: str
    prompt_id: str | None
    due_at: datetime
    attempts: int
    local_date: date
    # The review a follow-up asks about (track FOLLOW_UP); None for prompts and summaries.
    reflection_id: int | None = None


def _insert(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(Delivery)
    if dialect == "sqlite":
        return sqlite.insert(Delivery)
    return insert(Delivery)  # pragma: no cover


async def recent_prompts(
    session: AsyncSession, user_ids: Sequence[int], since: date
) -> dict[tuple[int, str], dict[str, date]]:
    """Map (user, track) to the prompts each was sent since a date, with the last date."""
    rows = await session.execute(
        select(Delivery.user_id, Delivery.track, Delivery.prompt_id, Delivery.local_date).where(
            Delivery.user_id.in_(user_ids),
            Delivery.local_date >= since,
            Delivery.prompt_id.is_not(None),
        )
    )
    recent: dict[tuple[int, str], dict[str, date]] = defaultdict(dict)
    for user_id, track, prompt_id, local_date in rows:
        assert prompt_id is not None
        last = recent[(user_id, track)].get(prompt_id)
        if last is None or local_date > last:
            recent[(user_id, track)][prompt_id] = local_date
    return recent


async def claim_due(
    session: AsyncSession, *, now: datetime, limit: int, grace: timedelta, content: Content
) -> ClaimResult:
    """Turn due schedule rows into deliveries (oldest first) and advance their next_due_at."""
    query = (
        select(
            Schedule.id,
            Schedule.user_id,
            Schedule.track,
            Schedule.local_time,
            Schedule.weekdays,
            Schedule.next_due_at,
            Schedule.next_due_date,
            User.timezone,
            User.locale,
            User.close_ones,
        )
        .join(User, User.id == Schedule.user_id)
        .where(Schedule.enabled.is_(True), Schedule.next_due_at <= now)
        .order_by(Schedule.next_due_at, Schedule.id)
        .limit(limit)
        # Several workers on PostgreSQL each take different rows; SQLite has one writer anyway.
        .with_for_update(skip_locked=True, of=Schedule)
    )
    rows = (await session.execute(query)).all()
    if not rows:
        return ClaimResult(0, 0, 0, 0)
    oldest_date = min(r.next_due_at for r in rows).date() - timedelta(days=1)
    recent = await recent_prompts(
        session,
        sorted({r.user_id for r in rows}),
        oldest_date - timedelta(days=rotation.NO_REPEAT_DAYS),
    )
    deliveries: list[dict[str, Any]] = []
    advances: list[dict[str, Any]] = []
    missed = 0
    for row in rows:
        due_at: datetime = row.next_due_at
        zone = ZoneInfo(row.timezone) if row.timezone else None
        local_date = row.next_due_date or _local_date(row.local_time, row.weekdays, zone, due_at)
        late = now - due_at > grace
        prompt_id = None
        if not late and row.track in TRACK_IDS:
            last_used = recent[(row.user_id, row.track)]
            ids = closeness.fitting_ids(content.prompts(row.locale, row.track), row.close_ones)
            prompt_id = rotation.choose_prompt(
                ids, last_used, f"{row.user_id}:{row.track}:{local_date.isoformat()}"
            )
            # A second prompt of this track in the same batch must not repeat it either.
            last_used[prompt_id] = local_date
        missed += late
        deliveries.append(
            {
                "user_id": row.user_id,
                "track": row.track,
                "local_date": local_date,
                "due_at": due_at,
                "kind": DeliveryKind.SCHEDULED,
                "status": DeliveryStatus.MISSED if late else DeliveryStatus.QUEUED,
                "prompt_id": prompt_id,
                "attempts": 0,
                "next_attempt_at": None if late else now,
                "error": None,
                "created_at": now,
                "updated_at": now,
            }
        )
        advances.append(_advance(row.id, row.local_time, row.weekdays, zone, due_at, now, grace))
    # A track already answered today through /prompt gets no second prompt that day.
    answered = await reflections.answered_on_demand(
        session, [(d["user_id"], d["track"], d["local_date"]) for d in deliveries]
    )
    for item in deliveries:
        if (item["user_id"], item["track"], item["local_date"]) in answered:
            item.update(
                status=DeliveryStatus.SKIPPED,
                error="answered",
                prompt_id=None,
                next_attempt_at=None,
            )
    result = await session.execute(
        _insert(session)
        .on_conflict_do_nothing(index_elements=["user_id", "track", "local_date", "kind"])
        .returning(Delivery.status),
        deliveries,
    )
    inserted = [status for (status,) in result]
    await session.execute(update(Schedule), advances)
    queued = sum(1 for s in inserted if s == DeliveryStatus.QUEUED)
    return ClaimResult(
        claimed=len(rows),
        queued=queued,
        missed=sum(1 for s in inserted if s == DeliveryStatus.MISSED),
        duplicates=len(rows) - len(inserted),
    )


def _local_date(at: time, weekdays: int, zone: ZoneInfo | None, due_at: datetime) -> date:
    # Rows always carry next_due_date; this only covers a row written without one.
    found = due_local_date(at, weekdays, zone, due_at) if zone is not None else None
    return found or due_at.date()


def _advance(
    schedule_id: int,
    local_time: time,
    weekdays: int,
    zone: ZoneInfo | None,
    due_at: datetime,
    now: datetime,
    grace: timedelta,
) -> dict[str, Any]:
    if zone is None:
        return {"id": schedule_id, "next_due_at": None, "next_due_date": None}
    # After downtime, jump to the first firing still inside the grace window (or the future):
    # the dates in between are not sent, and no flood follows a long outage.
    after = max(due_at, now - grace)
    due = next_due(local_time, weekdays, zone, after)
    return {"id": schedule_id, "next_due_at": due.at, "next_due_date": due.local_date}


@dataclass(frozen=True, slots=True)
class Expired:
    """Queued deliveries marked missed in one pass."""

    count: int
    # Users whose monthly summary was missed: their next one is planned by the caller.
    monthly: tuple[int, ...]


async def expire_queued(session: AsyncSession, *, now: datetime, grace: timedelta) -> Expired:
    """Mark queued deliveries that waited past the grace period as missed."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == DeliveryStatus.QUEUED, Delivery.due_at < now - grace)
        .values(status=DeliveryStatus.MISSED, updated_at=now)
        .returning(Delivery.user_id, Delivery.track)
        .execution_options(synchronize_session=False)
    )
    rows = result.all()
    monthly = sorted({user_id for user_id, track in rows if track == MONTHLY})
    return Expired(len(rows), tuple(monthly))


async def fail_interrupted(session: AsyncSession, *, now: datetime) -> int:
    """Close deliveries left "sending" by a process that died: at most once, so not resent."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == DeliveryStatus.SENDING, Delivery.updated_at < now - STALE_SENDING)
        .values(status=DeliveryStatus.FAILED, error="interrupted", updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def take_ready(session: AsyncSession, *, now: datetime, limit: int) -> list[ReadyDelivery]:
    """Mark up to `limit` ready deliveries as sending and return them.

    Order: the earliest ready first, then the oldest due (rows claimed by one tick are ready
    at the same instant, so they go oldest due first), in the order of ix_deliveries_ready.
    """
    token = uuid.uuid4().hex
    # A CTE computed once: PostgreSQL may run an `IN (subquery)` again for each row the UPDATE
    # visits, and since rows it already marked are no longer queued, each run would lock more.
    ready = (
        select(Delivery.id)
        .where(Delivery.status == DeliveryStatus.QUEUED, Delivery.next_attempt_at <= now)
        .order_by(Delivery.next_attempt_at, Delivery.due_at, Delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
        .cte("ready")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_(select(ready.c.id)), Delivery.status == DeliveryStatus.QUEUED)
        .values(
            status=DeliveryStatus.SENDING,
            claim_token=token,
            attempts=Delivery.attempts + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    rows = await session.execute(
        select(
            Delivery.id,
            Delivery.user_id,
            User.chat_id,
            User.locale,
            Delivery.track,
            Delivery.prompt_id,
            Delivery.due_at,
            Delivery.attempts,
            Delivery.local_date,
            Delivery.reflection_id,
        )
        .join(User, User.id == Delivery.user_id)
        .where(Delivery.claim_token == token, Delivery.status == DeliveryStatus.SENDING)
        .order_by(Delivery.due_at, Delivery.id)
    )
    return [ReadyDelivery(**row._asdict()) for row in rows]


@dataclass(frozen=True)
class Outcome:
    """What happened to one send."""

    delivery_id: int
    user_id: int
    status: str  # sent, failed, blocked, or queued (to retry at retry_at)
    message_id: int | None = None
    error: str | None = None
    retry_at: datetime | None = None
    # False when Telegram refused the send for flood control (429): waiting that out must not
    # use up the attempts that timeouts and 5xx are allowed.
    counts_as_attempt: bool = True


async def record(session: AsyncSession, outcomes: Sequence[Outcome], *, now: datetime) -> None:
    """Store every outcome; users who blocked the bot stop getting prompts."""
    if not outcomes:
        return
    await session.execute(
        update(Delivery),
        [
            {
                "id": o.delivery_id,
                "status": o.status,
                "message_id": o.message_id,
                "error": o.error,
                "next_attempt_at": o.retry_at,
                "sent_at": now if o.status == DeliveryStatus.SENT else None,
                "updated_at": now,
            }
            for o in outcomes
        ],
    )
    refused = [o.delivery_id for o in outcomes if not o.counts_as_attempt]
    if refused:
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_(refused))
            .values(attempts=Delivery.attempts - 1)
            .execution_options(synchronize_session=False)
        )
    blocked = sorted({o.user_id for o in outcomes if o.status == DeliveryStatus.BLOCKED})
    if blocked:
        await mark_blocked(session, blocked, now=now)


async def mark_blocked(session: AsyncSession, user_ids: Sequence[int], *, now: datetime) -> None:
    """Mark users as blocked and stop their schedules until they /start again."""
    await session.execute(
        update(User)
        .where(User.id.in_(user_ids))
        .values(status=UserStatus.BLOCKED, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(Schedule)
        .where(Schedule.user_id.in_(user_ids))
        .values(next_due_at=None, next_due_date=None)
        .execution_options(synchronize_session=False)
    )


async def skip_day(
    session: AsyncSession, *, user_id: int, track: str, local_date: date, now: datetime
) -> bool:
    """Record that the user skips a track's prompt on a local date; False if already handled."""
    result = await session.execute(
        _insert(session)
        .on_conflict_do_nothing(index_elements=["user_id", "track", "local_date", "kind"])
        .returning(Delivery.id),
        [
            {
                "user_id": user_id,
                "track": track,
                "local_date": local_date,
                "due_at": now,
                "kind": DeliveryKind.SCHEDULED,
                "status": DeliveryStatus.SKIPPED,
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
        ],
    )
    return result.first() is not None


async def delivery_for(
    session: AsyncSession, *, user_id: int, track: str, local_date: date
) -> Delivery | None:
    """Return the delivery of a track on a local date, if any."""
    return await session.scalar(
        select(Delivery).where(
            and_(
                Delivery.user_id == user_id,
                Delivery.track == track,
                Delivery.local_date == local_date,
            )
        )
    )


async def on_demand_prompt(
    session: AsyncSession,
    *,
    user: User,
    track: str,
    local_date: date,
    now: datetime,
    content: Content,
) -> Delivery:
    """Record a prompt asked for with /prompt (one row per track and day, renewed on asking)."""
    recent = await recent_prompts(
        session, [user.id], local_date - timedelta(days=rotation.NO_REPEAT_DAYS)
    )
    ids = closeness.fitting_ids(content.prompts(user.locale, track), user.close_ones)
    seed = f"{user.id}:{track}:{local_date.isoformat()}:{now.isoformat()}"
    prompt_id = rotation.choose_prompt(ids, recent[(user.id, track)], seed)
    delivery = await session.scalar(
        select(Delivery).where(
            Delivery.user_id == user.id,
            Delivery.track == track,
            Delivery.local_date == local_date,
            Delivery.kind == DeliveryKind.ON_DEMAND,
        )
    )
    if delivery is None:
        delivery = Delivery(
            user_id=user.id,
            track=track,
            local_date=local_date,
            kind=DeliveryKind.ON_DEMAND,
            due_at=now,
            attempts=1,
            created_at=now,
        )
        session.add(delivery)
    delivery.status = DeliveryStatus.SENT
    delivery.prompt_id = prompt_id
    delivery.sent_at = now
    delivery.updated_at = now
    delivery.message_id = None
    await session.flush()
    return delivery


async def set_message_id(session: AsyncSession, delivery_id: int, message_id: int) -> None:
    """Remember which Telegram message carried a prompt (replies to it find the prompt)."""
    await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(message_id=message_id)
        .execution_options(synchronize_session=False)
    )


async def schedule_follow_up(
    session: AsyncSession, user: User, review: Reflection, now: datetime
) -> Delivery | None:
    """Queue the one question about a finished review's next step (bot/domain/followup.py),
    unless the user turned these off, the review planned no step, or it is asked already."""
    if not user.follow_ups or user.timezone is None or not followup.planned_steps(review.data):
        return None
    asked = await session.scalar(
        select(Delivery.id).where(
            Delivery.user_id == user.id,
            Delivery.track == FOLLOW_UP,
            Delivery.reflection_id == review.id,
        )
    )
    if asked is not None:
        return None
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    taken = await session.scalars(
        select(Delivery.local_date).where(
            Delivery.user_id == user.id,
            Delivery.track == FOLLOW_UP,
            Delivery.kind == DeliveryKind.SCHEDULED,
            Delivery.local_date > today,
        )
    )
    day = followup.choose_day(today, taken)
    if day is None:
        return None
    due = _planned_due(user, FOLLOW_UP, day, zone)
    return await _queue(session, user, FOLLOW_UP, day, due, now, reflection_id=review.id)


async def _queue(
    session: AsyncSession,
    user: User,
    track: str,
    day: date,
    due: datetime,
    now: datetime,
    *,
    reflection_id: int | None = None,
) -> Delivery | None:
    """A delivery planned ahead (not from a schedule row), queued for `due`; None when one
    for that day is there already (another process planned it at the same moment)."""
    result = await session.execute(
        _insert(session)
        .on_conflict_do_nothing(index_elements=["user_id", "track", "local_date", "kind"])
        .returning(Delivery.id),
        [
            {
                "user_id": user.id,
                "track": track,
                "local_date": day,
                "kind": DeliveryKind.SCHEDULED,
                "due_at": due,
                "status": DeliveryStatus.QUEUED,
                "next_attempt_at": due,
                "attempts": 0,
                "reflection_id": reflection_id,
                "created_at": now,
                "updated_at": now,
            }
        ],
    )
    delivery_id = result.scalar_one_or_none()
    return None if delivery_id is None else await session.get(Delivery, delivery_id)


async def cancel_follow_ups(session: AsyncSession, user_id: int, now: datetime) -> int:
    """Follow-ups not sent yet are not sent (the user turned them off); returns how many."""
    return await cancel_queued(session, user_id, FOLLOW_UP, now)


async def cancel_queued(session: AsyncSession, user_id: int, track: str, now: datetime) -> int:
    """A track's deliveries not sent yet are not sent (turned off); returns how many."""
    result = await session.execute(
        update(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.track == track,
            Delivery.status == DeliveryStatus.QUEUED,
        )
        .values(status=DeliveryStatus.SKIPPED, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _planned_due(user: User, track: str, day: date, zone: ZoneInfo) -> datetime:
    """When a delivery planned ahead for `day` falls due: a follow-up in the user's evening,
    a monthly summary at the weekly summary's time."""
    if track == FOLLOW_UP:
        times = {
            Track(s.track): s.local_time
            for s in user.schedules
            if s.enabled and s.track in TRACK_IDS
        }
        return local_instant(day, followup.evening(times), zone)
    weekly = next((s for s in user.schedules if s.track == SUMMARY), None)
    return local_instant(day, weekly.local_time if weekly else SUMMARY_DEFAULT_TIME, zone)


async def move_planned(session: AsyncSession, user: User, now: datetime) -> int:
    """After a change of zone or times, move the deliveries planned ahead (follow-ups, the
    monthly summary) to the same local day at the times they would be planned for now;
    returns how many moved."""
    if user.timezone is None:
        return 0
    zone = ZoneInfo(user.timezone)
    planned = await session.scalars(
        select(Delivery).where(
            Delivery.user_id == user.id,
            Delivery.track.in_((FOLLOW_UP, MONTHLY)),
            Delivery.kind == DeliveryKind.SCHEDULED,
            Delivery.status == DeliveryStatus.QUEUED,
        )
    )
    moved = 0
    for delivery in planned:
        due = _planned_due(user, delivery.track, delivery.local_date, zone)
        if due != delivery.due_at:
            delivery.due_at = due
            delivery.next_attempt_at = due
            delivery.updated_at = now
            moved += 1
    return moved


async def plan_monthly(session: AsyncSession, user: User, now: datetime) -> Delivery | None:
    """Queue the next month's summary: on the first day of the next month (never today, so
    the month it covers has begun for the user), at the weekly summary's time; unless the
    user turned it off or it is queued already."""
    if not user.monthly_summary or user.timezone is None:
        return None
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    day = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    due = _planned_due(user, MONTHLY, day, zone)
    planned = await session.scalar(
        select(Delivery).where(
            Delivery.user_id == user.id,
            Delivery.track == MONTHLY,
            Delivery.local_date == day,
            Delivery.kind == DeliveryKind.SCHEDULED,
        )
    )
    if planned is None:
        return await _queue(session, user, MONTHLY, day, due, now)
    if planned.status != DeliveryStatus.SKIPPED:
        return None
    # Dropped when the summary was turned off or the prompts paused, and wanted again in
    # the same month: the same row is queued again (one row per day, see _queue).
    planned.status = DeliveryStatus.QUEUED
    planned.due_at = planned.next_attempt_at = due
    planned.attempts = 0
    planned.updated_at = now
    return planned
