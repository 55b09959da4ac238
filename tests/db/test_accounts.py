"""Accounts service on SQLite and PostgreSQL: settings changes recompute what is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from bot.clock import FakeClock
from bot.db.engine import Database
from bot.db.models import Schedule, User
from bot.domain.tracks import PRESETS, Track
from bot.store import accounts


async def _new_user(db: Database, clock: FakeClock, zone: str = "Europe/Berlin") -> None:
    async with db.transaction() as session:
        user, is_new = await accounts.start_user(
            session, user_id=42, chat_id=42, locale="en", now=clock.now()
        )
        assert is_new
        accounts.set_timezone(user, zone, clock.now())
        accounts.set_times(user, PRESETS["split"], clock.now())
        accounts.finish_onboarding(user, clock.now())


async def _load(db: Database) -> User:
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        return user


async def test_times_become_utc_due_instants_in_the_users_zone(db: Database, clock: FakeClock):
    # 2026-11-29 09:00 UTC is 10:00 in Berlin (CET, UTC+1).
    await _new_user(db, clock)
    user = await _load(db)
    rows = {s.track: s for s in user.schedules}
    assert rows[Track.SELF_COMPASSION].next_due_at == datetime(2026, 11, 30, 7, 30, tzinfo=UTC)
    assert rows[Track.SELF_COMPASSION].next_due_date == date(2026, 11, 30)
    assert rows[Track.VALUED_TRAITS].next_due_at == datetime(2026, 11, 29, 19, 30, tzinfo=UTC)
    assert rows[Track.VALUED_TRAITS].next_due_date == date(2026, 11, 29)


async def test_changing_timezone_moves_prompts_to_the_same_local_time(
    db: Database, clock: FakeClock
) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        accounts.set_timezone(user, "America/New_York", clock.now())
    user = await _load(db)
    evening = accounts.schedule_for(user, Track.VALUED_TRAITS)
    assert evening is not None
    # 20:30 in New York (EST, UTC-5) is 01:30 UTC the next day.
    assert evening.next_due_at == datetime(2026, 11, 30, 1, 30, tzinfo=UTC)


async def test_start_again_keeps_everything(db: Database, clock: FakeClock) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user, is_new = await accounts.start_user(
            session, user_id=42, chat_id=42, locale="en", now=clock.now()
        )
        assert not is_new
    async with db.transaction() as session:
        # Three tracks and the weekly summary.
        assert await session.scalar(select(func.count()).select_from(Schedule)) == 4
    user = await _load(db)
    assert user.timezone == "Europe/Berlin" and user.onboarded_at is not None


async def test_pause_for_days_resumes_with_no_backlog(db: Database, clock: FakeClock) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        accounts.pause(user, clock.now(), 3)
    user = await _load(db)
    ends = clock.now() + timedelta(days=3)
    assert user.status == "paused" and user.paused_until == ends
    for row in accounts.prompt_schedules(user):
        assert row.next_due_at is not None and row.next_due_at > ends


async def test_indefinite_pause_clears_due_times_and_resume_restores_them(
    db: Database, clock: FakeClock
) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        accounts.pause(user, clock.now(), None)
        assert all(row.next_due_at is None for row in user.schedules)
        clock.advance(timedelta(days=10))
        accounts.resume(user, clock.now())
    user = await _load(db)
    assert user.status == "active"
    for row in accounts.prompt_schedules(user):
        assert row.next_due_at is not None
        assert clock.now() < row.next_due_at <= clock.now() + timedelta(days=1)


async def test_turning_a_track_off_clears_its_due_time(db: Database, clock: FakeClock) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        assert accounts.toggle_track(user, Track.CONFLICT_REVIEW, clock.now()) is False
    user = await _load(db)
    row = accounts.schedule_for(user, Track.CONFLICT_REVIEW)
    assert row is not None and not row.enabled and row.next_due_at is None


async def test_the_last_weekday_cannot_be_switched_off(db: Database, clock: FakeClock) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        for day in range(6):
            assert accounts.toggle_weekday(user, day, clock.now())
        assert accounts.toggle_weekday(user, 6, clock.now()) is False
    user = await _load(db)
    assert {row.weekdays for row in accounts.prompt_schedules(user)} == {0b1000000}
    # Only Sundays now: 2026-11-29 is a Sunday, the next Sunday is 2026-12-06.
    morning = accounts.schedule_for(user, Track.SELF_COMPASSION)
    assert morning is not None and morning.next_due_date == date(2026, 12, 6)


async def test_blocked_user_who_starts_again_is_reactivated(db: Database, clock: FakeClock):
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        user.status = "blocked"
        accounts.recompute_all(user, clock.now())
        assert all(row.next_due_at is None for row in user.schedules)
    async with db.transaction() as session:
        user, _ = await accounts.start_user(
            session, user_id=42, chat_id=42, locale="en", now=clock.now()
        )
    user = await _load(db)
    assert user.status == "active"
    assert all(row.next_due_at is not None for row in user.schedules)


async def test_aware_datetimes_come_back_in_utc(db: Database, clock: FakeClock):
    await _new_user(db, clock)
    user = await _load(db)
    assert user.created_at == clock.now()
    assert user.created_at.tzinfo is UTC


async def test_set_time_for_enabled_tracks_only(db: Database, clock: FakeClock) -> None:
    await _new_user(db, clock)
    async with db.transaction() as session:
        user = await accounts.get_user(session, 42)
        assert user is not None
        accounts.toggle_track(user, Track.CONFLICT_REVIEW, clock.now())
        changed = accounts.set_time_for_enabled(user, time(7, 0), clock.now())
        assert set(changed) == {Track.SELF_COMPASSION, Track.VALUED_TRAITS}
    user = await _load(db)
    times = {row.track: row.local_time for row in accounts.prompt_schedules(user)}
    assert times == {
        "self_compassion": time(7, 0),
        "valued_traits": time(7, 0),
        "conflict_review": time(20, 30),
    }
