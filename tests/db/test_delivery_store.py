"""The delivery record on SQLite and PostgreSQL: claims, keys, catch-up, rotation, recovery."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Delivery, Schedule
from bot.domain.rotation import choose_prompt
from bot.domain.tracks import Track
from bot.store import accounts, reflections
from bot.store import deliveries as store
from tests.conftest import POSTGRESQL

GRACE = timedelta(hours=3)


async def make_user(db: Database, clock: FakeClock, user_id: int, zone: str, at: time) -> None:
    async with db.transaction() as session:
        user, _ = await accounts.start_user(
            session, user_id=user_id, chat_id=user_id, locale="en", now=clock.now()
        )
        accounts.set_timezone(user, zone, clock.now())
        accounts.set_times(user, {Track.SELF_COMPASSION: at}, clock.now())
        accounts.finish_onboarding(user, clock.now())
        # These tests are about one prompt track: the weekly summary stays out of the way.
        accounts.set_summary(user, clock.now(), enabled=False)


async def claim(db: Database, now: datetime, content: Content) -> store.ClaimResult:
    async with db.transaction() as session:
        return await store.claim_due(session, now=now, limit=100, grace=GRACE, content=content)


async def deliveries(db: Database) -> list[Delivery]:
    async with db.transaction() as session:
        return list((await session.scalars(select(Delivery).order_by(Delivery.id))).all())


async def schedule_row(db: Database, user_id: int) -> Schedule:
    async with db.transaction() as session:
        row = await session.scalar(
            select(Schedule).where(Schedule.user_id == user_id, Schedule.enabled.is_(True))
        )
        assert row is not None
        return row


async def test_due_row_becomes_one_queued_delivery_and_advances(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    assert (await claim(db, clock.now(), content)).claimed == 0
    clock.set(datetime(2026, 11, 29, 9, 30, 2, tzinfo=UTC))
    result = await claim(db, clock.now(), content)
    assert (result.claimed, result.queued, result.missed) == (1, 1, 0)
    [row] = await deliveries(db)
    assert (row.user_id, row.track, row.local_date, row.status) == (
        1,
        "self_compassion",
        date(2026, 11, 29),
        "queued",
    )
    assert row.prompt_id is not None and row.prompt_id.startswith("sc-")
    schedule = await schedule_row(db, 1)
    assert schedule.next_due_at == datetime(2026, 11, 30, 9, 30, tzinfo=UTC)


async def test_a_repeated_claim_finds_nothing(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    await claim(db, clock.now(), content)
    again = await claim(db, clock.now(), content)
    assert again.claimed == 0
    assert len(await deliveries(db)) == 1


async def test_a_timezone_change_cannot_give_a_second_prompt_on_the_same_local_date(
    db: Database, clock: FakeClock, content: Content
) -> None:
    # Delivered at 09:30 in Berlin; the user then moves to New York, where 09:30 of the same
    # local date is still ahead: the key (user, track, local date) keeps it to one.
    clock.set(datetime(2026, 11, 29, 5, 0, tzinfo=UTC))
    await make_user(db, clock, 1, "Europe/Berlin", time(9, 30))
    clock.set(datetime(2026, 11, 29, 8, 31, tzinfo=UTC))
    assert (await claim(db, clock.now(), content)).queued == 1
    async with db.transaction() as session:
        user = await accounts.get_user(session, 1)
        assert user is not None
        accounts.set_timezone(user, "America/New_York", clock.now())
    clock.set(datetime(2026, 11, 29, 14, 31, tzinfo=UTC))  # 09:31 in New York
    result = await claim(db, clock.now(), content)
    assert (result.claimed, result.queued, result.duplicates) == (1, 0, 1)
    assert [d.local_date for d in await deliveries(db)] == [date(2026, 11, 29)]
    schedule = await schedule_row(db, 1)
    assert schedule.next_due_date == date(2026, 11, 30)


async def test_after_downtime_a_prompt_within_grace_is_queued_once(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 11, 0, tzinfo=UTC))  # 90 minutes late
    result = await claim(db, clock.now(), content)
    assert (result.queued, result.missed) == (1, 0)


async def test_after_a_week_down_old_prompts_are_missed_and_today_is_still_sent(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    # A week later, 30 minutes after today's time: one "missed" row for the oldest date and
    # today's prompt (within grace) queued; the five dates between are not flooded out.
    clock.set(datetime(2026, 12, 6, 10, 0, tzinfo=UTC))
    first = await claim(db, clock.now(), content)
    second = await claim(db, clock.now(), content)
    third = await claim(db, clock.now(), content)
    assert (first.missed, second.queued, third.claimed) == (1, 1, 0)
    rows = await deliveries(db)
    assert [(r.local_date, r.status) for r in rows] == [
        (date(2026, 11, 29), "missed"),
        (date(2026, 12, 6), "queued"),
    ]
    schedule = await schedule_row(db, 1)
    assert schedule.next_due_at == datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


async def test_oldest_due_is_claimed_first(db: Database, clock: FakeClock, content: Content):
    await make_user(db, clock, 1, "UTC", time(9, 40))
    await make_user(db, clock, 2, "UTC", time(9, 20))
    await make_user(db, clock, 3, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 45, tzinfo=UTC))
    async with db.transaction() as session:
        await store.claim_due(session, now=clock.now(), limit=2, grace=GRACE, content=content)
    assert [d.user_id for d in await deliveries(db)] == [2, 3]


async def test_take_ready_hands_each_delivery_out_once(
    db: Database, clock: FakeClock, content: Content
) -> None:
    for user_id in (1, 2, 3):
        await make_user(db, clock, user_id, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))
    await claim(db, clock.now(), content)
    async with db.transaction() as session:
        first = await store.take_ready(session, now=clock.now(), limit=2)
    async with db.transaction() as session:
        second = await store.take_ready(session, now=clock.now(), limit=2)
    async with db.transaction() as session:
        third = await store.take_ready(session, now=clock.now(), limit=2)
    assert len(first) == 2 and len(second) == 1 and third == []
    assert {d.id for d in first}.isdisjoint({d.id for d in second})
    assert all(d.attempts == 1 for d in first + second)


async def test_interrupted_sends_are_closed_not_resent(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))
    await claim(db, clock.now(), content)
    async with db.transaction() as session:
        assert len(await store.take_ready(session, now=clock.now(), limit=10)) == 1
    # The process dies here. A minute later the row is still in flight for all we know...
    clock.advance(timedelta(minutes=1))
    async with db.transaction() as session:
        assert await store.fail_interrupted(session, now=clock.now()) == 0
    # ...but after the stale limit it is closed as failed and never handed out again.
    clock.advance(store.STALE_SENDING)
    async with db.transaction() as session:
        assert await store.fail_interrupted(session, now=clock.now()) == 1
        assert await store.take_ready(session, now=clock.now(), limit=10) == []
    [row] = await deliveries(db)
    assert (row.status, row.error) == ("failed", "interrupted")


async def test_no_prompt_repeats_within_21_days(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    for day in range(21):
        clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC) + timedelta(days=day))
        assert (await claim(db, clock.now(), content)).queued == 1
    prompt_ids = [d.prompt_id for d in await deliveries(db)]
    assert len(prompt_ids) == 21
    assert len(set(prompt_ids)) == 21


async def test_rotation_is_reproducible(db: Database, clock: FakeClock, content: Content) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    await claim(db, clock.now(), content)
    [row] = await deliveries(db)
    ids = [p.id for p in content.prompts("en", "self_compassion")]
    assert row.prompt_id == choose_prompt(ids, {}, "1:self_compassion:2026-11-29")


async def test_skip_day_blocks_the_scheduled_prompt(
    db: Database, clock: FakeClock, content: Content
) -> None:
    await make_user(db, clock, 1, "UTC", time(9, 30))
    async with db.transaction() as session:
        assert await store.skip_day(
            session,
            user_id=1,
            track="self_compassion",
            local_date=date(2026, 11, 29),
            now=clock.now(),
        )
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    result = await claim(db, clock.now(), content)
    assert (result.claimed, result.queued, result.duplicates) == (1, 0, 1)
    assert [r.status for r in await deliveries(db)] == ["skipped"]


async def _tick_through(
    db: Database, clock: FakeClock, content: Content, end: datetime, step: timedelta
) -> None:
    while clock.now() < end:
        clock.advance(step)
        await claim(db, clock.now(), content)


async def test_dst_days_fire_exactly_once_per_local_date_through_the_claims(
    db: Database, clock: FakeClock, content: Content
) -> None:
    # Berlin springs forward on 2027-03-28 (02:00 -> 03:00) and falls back on 2027-10-31
    # (03:00 -> 02:00). Users at 02:30 (in the gap, and twice on the fall-back day), at
    # 02:00 and at 03:00; the tick runs every 5 minutes across both weekends.
    for start, end in (
        # From local midnight to local midnight four days later, each time.
        (datetime(2027, 3, 25, 23, 0, tzinfo=UTC), datetime(2027, 3, 29, 22, 0, tzinfo=UTC)),
        (datetime(2027, 10, 28, 22, 0, tzinfo=UTC), datetime(2027, 11, 1, 23, 0, tzinfo=UTC)),
    ):
        async with db.transaction() as session:
            for table in (Delivery, Schedule):
                await session.execute(table.__table__.delete())
        clock.set(start)
        for user_id, at in ((1, time(2, 30)), (2, time(2, 0)), (3, time(3, 0))):
            async with db.transaction() as session:
                existing = await accounts.get_user(session, user_id)
                if existing is not None:
                    await session.delete(existing)
            await make_user(db, clock, user_id, "Europe/Berlin", at)
        await _tick_through(db, clock, content, end, timedelta(minutes=5))
        rows = await deliveries(db)
        for user_id in (1, 2, 3):
            dates = [r.local_date for r in rows if r.user_id == user_id]
            assert len(dates) == len(set(dates)) == 4, (user_id, dates)
            assert all(r.status == "queued" for r in rows if r.user_id == user_id)
        due = {(r.user_id, r.local_date.isoformat()): r.due_at for r in rows}
        if start.month == 3:
            # 02:30 does not exist on 2027-03-28: it fires at 03:00 CEST, 01:00 UTC.
            assert due[(1, "2027-03-28")] == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
        else:
            # 02:30 happens twice on 2027-10-31; the first (CEST, UTC+2) is 00:30 UTC.
            assert due[(1, "2027-10-31")] == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


# Telegram ids outgrew 32 bits: user ids up to 52 bits, supergroup chat ids like -100xxxxxxxxxx.
BIG_USER = 7_123_456_789
BIG_CHAT = -1_002_345_678_901
BIG_MESSAGE = 2**40 + 5


async def test_telegram_ids_beyond_32_bits_round_trip(
    db: Database, clock: FakeClock, content: Content
) -> None:
    async with db.transaction() as session:
        user, _ = await accounts.start_user(
            session, user_id=BIG_USER, chat_id=BIG_CHAT, locale="en", now=clock.now()
        )
        accounts.set_timezone(user, "UTC", clock.now())
        accounts.set_times(user, {Track.SELF_COMPASSION: time(9, 30)}, clock.now())
        accounts.finish_onboarding(user, clock.now())
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    assert (await claim(db, clock.now(), content)).queued == 1
    async with db.transaction() as session:
        [ready] = await store.take_ready(session, now=clock.now(), limit=10)
    assert (ready.user_id, ready.chat_id) == (BIG_USER, BIG_CHAT)
    async with db.transaction() as session:
        outcome = store.Outcome(ready.id, BIG_USER, "sent", message_id=BIG_MESSAGE)
        await store.record(session, [outcome], now=clock.now())
    async with db.transaction() as session:
        found = await reflections.prompt_for_message(session, BIG_USER, BIG_MESSAGE, clock.now())
        assert found is not None and found.id == ready.id
        await store.mark_blocked(session, [BIG_USER], now=clock.now())
    async with db.transaction() as session:
        user = await accounts.get_user(session, BIG_USER)
        assert user is not None and user.status == "blocked"
        assert all(row.next_due_at is None for row in user.schedules)


# Row locks between two open transactions are PostgreSQL's: SQLite has one writer, so a second
# claim there simply waits for the first to commit. These tests run on PostgreSQL only.
postgresql_only = pytest.mark.parametrize(
    "database_url",
    [pytest.param(POSTGRESQL, id=POSTGRESQL, marks=pytest.mark.postgresql)],
    indirect=True,
)


async def _no_waiting(session: AsyncSession) -> None:
    # Waiting for the first transaction's locks would hang the test: fail instead.
    await session.execute(text("SET LOCAL lock_timeout = '5s'"))


@postgresql_only
async def test_two_claims_at_once_take_different_schedules(
    db: Database, clock: FakeClock, content: Content
) -> None:
    # Two workers on PostgreSQL: the first holds its rows (FOR UPDATE OF schedules), the
    # second skips them (SKIP LOCKED) and takes the rest instead of waiting or repeating.
    for user_id in (1, 2, 3, 4):
        await make_user(db, clock, user_id, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    async with db.transaction() as first:
        one = await store.claim_due(first, now=clock.now(), limit=2, grace=GRACE, content=content)
        async with db.transaction() as second:
            await _no_waiting(second)
            two = await store.claim_due(
                second, now=clock.now(), limit=10, grace=GRACE, content=content
            )
    assert (one.queued, two.queued, one.duplicates + two.duplicates) == (2, 2, 0)
    rows = await deliveries(db)
    assert sorted(r.user_id for r in rows) == [1, 2, 3, 4]
    assert (await claim(db, clock.now(), content)).claimed == 0


@postgresql_only
async def test_two_dispatchers_at_once_take_different_deliveries(
    db: Database, clock: FakeClock, content: Content
) -> None:
    for user_id in (1, 2, 3, 4, 5):
        await make_user(db, clock, user_id, "UTC", time(9, 30))
    clock.set(datetime(2026, 11, 29, 9, 31, tzinfo=UTC))
    await claim(db, clock.now(), content)
    async with db.transaction() as first:
        one = await store.take_ready(first, now=clock.now(), limit=2)
        async with db.transaction() as second:
            await _no_waiting(second)
            two = await store.take_ready(second, now=clock.now(), limit=10)
    assert (len(one), len(two)) == (2, 3)
    assert sorted(d.user_id for d in one + two) == [1, 2, 3, 4, 5]
