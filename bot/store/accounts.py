"""Users and their schedules: create, reactivate, change settings, recompute what is due."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from bot.db.models import Delivery, Schedule, User
from bot.domain import closeness
from bot.domain import schedule as schedule_math
from bot.domain import weekdays as wd
from bot.domain.states import DeliveryKind, UserStatus
from bot.domain.tracks import (
    DAILY_TRACKS,
    SUMMARY,
    SUMMARY_DEFAULT_TIME,
    SUMMARY_DEFAULT_WEEKDAY,
    TRACK_IDS,
    Track,
)
from bot.store import reflections

# How many firings of each track the announcement of the next prompt looks at: a date can be
# taken already (sent, skipped, answered through /prompt) for today and, after a change of
# timezone, for a day or two ahead; never for four firings in a row.
_LOOK_AHEAD = 4

# One statement (a join) rather than two, built once: this runs for every update, and on
# SQLite composing a statement costs about as much as running it.
_USER_WITH_SCHEDULES = (
    select(User).where(User.id == bindparam("user_id")).options(joinedload(User.schedules))
)


async def get_user(session: AsyncSession, user_id: int) -> User | None:
    """Load a user with their schedules, or None."""
    result = await session.scalars(_USER_WITH_SCHEDULES, {"user_id": user_id})
    return result.unique().one_or_none()


async def start_user(
    session: AsyncSession, *, user_id: int, chat_id: int, locale: str, now: datetime
) -> tuple[User, bool]:
    """Return the user (created if new, reactivated if blocked) and whether they are new."""
    user = await get_user(session, user_id)
    if user is None:
        user = User(
            id=user_id,
            chat_id=chat_id,
            locale=locale,
            status=UserStatus.ACTIVE,
            created_at=now,
            updated_at=now,
            schedules=[],
        )
        session.add(user)
        await session.flush()
        return user, True
    user.chat_id = chat_id
    if user.status == UserStatus.BLOCKED:
        # They came back: everything they set up before starts again from now.
        user.status = UserStatus.ACTIVE
        user.paused_until = None
        recompute_all(user, now)
    user.updated_at = now
    return user, False


def schedule_for(user: User, track: str) -> Schedule | None:
    """Return the user's schedule row for a track (or the weekly summary), if there is one."""
    return next((s for s in user.schedules if s.track == track), None)


def prompt_schedules(user: User) -> list[Schedule]:
    """The schedule rows of the daily prompt tracks (not the weekly summary)."""
    return [s for s in user.schedules if s.track in TRACK_IDS]


def set_summary(
    user: User, now: datetime, *, enabled: bool, weekday: int | None = None, at: time | None = None
) -> Schedule:
    """Turn the weekly summary on or off, or move it to another weekday or time."""
    row = schedule_for(user, SUMMARY)
    if row is None:
        row = Schedule(
            track=SUMMARY,
            local_time=SUMMARY_DEFAULT_TIME,
            weekdays=1 << SUMMARY_DEFAULT_WEEKDAY,
            enabled=enabled,
        )
        user.schedules.append(row)
    row.enabled = enabled
    if weekday is not None:
        row.weekdays = 1 << weekday
    if at is not None:
        row.local_time = at
    recompute(user, row, now)
    user.updated_at = now
    return row


def is_onboarded(user: User) -> bool:
    """Tell whether the user finished onboarding."""
    return user.onboarded_at is not None


def _is_paused(user: User, now: datetime) -> bool:
    return user.status == UserStatus.PAUSED and (
        user.paused_until is None or user.paused_until > now
    )


def recompute(user: User, row: Schedule, now: datetime) -> None:
    """Set a schedule's next_due_at from its settings, the user's zone and status."""
    indefinitely_paused = _is_paused(user, now) and user.paused_until is None
    if (
        not row.enabled
        or user.timezone is None
        or user.status == UserStatus.BLOCKED
        or indefinitely_paused
    ):
        row.next_due_at = None
        row.next_due_date = None
        return
    if _is_paused(user, now) and user.paused_until is not None:
        # Resume with no backlog: the first prompt after the pause ends.
        now = user.paused_until
    due = schedule_math.next_due(row.local_time, row.weekdays, ZoneInfo(user.timezone), now)
    row.next_due_at = due.at
    row.next_due_date = due.local_date


def recompute_all(user: User, now: datetime) -> None:
    """Recompute every schedule of a user."""
    for row in user.schedules:
        recompute(user, row, now)


def set_timezone(user: User, zone: str, now: datetime) -> None:
    """Change the user's zone; prompts move to the same local times there."""
    user.timezone = zone
    user.updated_at = now
    recompute_all(user, now)


def set_times(user: User, times: Mapping[Track, time], now: datetime) -> None:
    """Set local times for some tracks, creating (enabled) schedule rows as needed."""
    for track, local_time in times.items():
        row = schedule_for(user, track)
        if row is None:
            row = Schedule(
                track=track.value, local_time=local_time, weekdays=wd.EVERY_DAY, enabled=True
            )
            user.schedules.append(row)
        row.local_time = local_time
        recompute(user, row, now)
    user.updated_at = now


def set_time_for_enabled(user: User, local_time: time, now: datetime) -> list[Track]:
    """Set one time for every enabled track (all tracks if none is enabled); return them."""
    enabled = [Track(s.track) for s in prompt_schedules(user) if s.enabled]
    tracks = enabled or list(DAILY_TRACKS)
    set_times(user, dict.fromkeys(tracks, local_time), now)
    if not enabled:
        for row in prompt_schedules(user):
            row.enabled = True
            recompute(user, row, now)
    return tracks


def toggle_track(user: User, track: Track, now: datetime) -> bool:
    """Turn a track on or off; return whether it is now on."""
    row = schedule_for(user, track)
    if row is None:
        set_times(user, {track: _default_time(user, track)}, now)
        return True
    row.enabled = not row.enabled
    recompute(user, row, now)
    user.updated_at = now
    return row.enabled


def add_track(user: User, track: Track, now: datetime) -> bool:
    """Turn a track on at its usual time (the user's other days); False if it was on."""
    row = schedule_for(user, track)
    if row is not None and row.enabled:
        return False
    if row is None:
        days = current_weekdays(user)
        set_times(user, {track: _default_time(user, track)}, now)
        row = schedule_for(user, track)
        assert row is not None
        row.weekdays = days
    row.enabled = True
    recompute(user, row, now)
    user.updated_at = now
    return True


def _default_time(user: User, track: Track) -> time:
    from bot.domain.tracks import EVENING, PRESETS

    if track == Track.SUPPORTING_SOMEONE:
        # An evening track: with the conflict track's time when there is one.
        conflict = schedule_for(user, Track.CONFLICT_REVIEW)
        return conflict.local_time if conflict is not None else EVENING
    return PRESETS["split"][track]


def current_weekdays(user: User) -> int:
    """Return the weekday mask shared by the user's prompt schedules (every day if none)."""
    masks = {s.weekdays for s in prompt_schedules(user)}
    return masks.pop() if len(masks) == 1 else wd.EVERY_DAY


def toggle_weekday(user: User, weekday: int, now: datetime) -> bool:
    """Flip one weekday for all tracks; refuse (return False) to switch off the last day."""
    mask = wd.toggle(current_weekdays(user), weekday)
    if not wd.is_valid(mask):
        return False
    for row in prompt_schedules(user):
        row.weekdays = mask
        recompute(user, row, now)
    user.updated_at = now
    return True


def pause(user: User, now: datetime, days: int | None) -> None:
    """Pause every prompt for some days, or until /resume when days is None."""
    user.status = UserStatus.PAUSED
    user.paused_until = now + timedelta(days=days) if days is not None else None
    user.updated_at = now
    recompute_all(user, now)


def resume(user: User, now: datetime) -> None:
    """End a pause; the next prompts come at their usual times from now on."""
    user.status = UserStatus.ACTIVE
    user.paused_until = None
    user.updated_at = now
    recompute_all(user, now)


def is_paused(user: User, now: datetime) -> bool:
    """Tell whether the user's prompts are paused at `now`."""
    return _is_paused(user, now)


async def next_prompt_at(session: AsyncSession, user: User) -> datetime | None:
    """Return when the next prompt will really be sent, if any prompt is on.

    A track's next due time does not count when no prompt will come then: its local date
    already has a scheduled delivery (sent, skipped, missed...), or that day's prompt of the
    track was already answered through /prompt (the delivery tick skips those, see
    bot/store/deliveries.py). Pauses and weekdays are in the due times already.
    """
    if user.timezone is None:
        return None
    zone = ZoneInfo(user.timezone)
    upcoming: dict[str, list[schedule_math.Due]] = {}
    for row in prompt_schedules(user):
        if not row.enabled or row.next_due_at is None:
            continue
        local_date = row.next_due_date or schedule_math.local_date_of(row.next_due_at, zone)
        first = schedule_math.Due(at=row.next_due_at, local_date=local_date)
        upcoming[row.track] = schedule_math.firings(
            row.local_time, row.weekdays, zone, first, _LOOK_AHEAD
        )
    if not upcoming:
        return None
    keys = [(user.id, track, due.local_date) for track, dues in upcoming.items() for due in dues]
    taken = await _dates_taken(session, user.id, keys)
    coming = [
        next((due.at for due in dues if (user.id, track, due.local_date) not in taken), None)
        for track, dues in upcoming.items()
    ]
    found = [at for at in coming if at is not None]
    return min(found) if found else None


async def _dates_taken(
    session: AsyncSession, user_id: int, keys: list[tuple[int, str, date]]
) -> set[tuple[int, str, date]]:
    """Which (user, track, local date) will get no scheduled prompt (see next_prompt_at)."""
    rows = await session.execute(
        select(Delivery.track, Delivery.local_date).where(
            Delivery.user_id == user_id,
            Delivery.kind == DeliveryKind.SCHEDULED,
            Delivery.track.in_({k[1] for k in keys}),
            Delivery.local_date.in_({k[2] for k in keys}),
        )
    )
    taken = {(user_id, track, local_date) for track, local_date in rows}
    return taken | await reflections.answered_on_demand(session, keys)


def finish_onboarding(user: User, now: datetime) -> None:
    """Mark onboarding done (idempotent)."""
    if user.onboarded_at is None:
        user.onboarded_at = now
        # The weekly summary comes on by default (Sunday evening); /settings changes it.
        if schedule_for(user, SUMMARY) is None:
            set_summary(user, now, enabled=True)
        # Someone close pulls away (said before the times were chosen): the fourth track.
        if closeness.supports_someone(user.role):
            add_track(user, Track.SUPPORTING_SOMEONE, now)
    user.awaiting = None
    user.updated_at = now
