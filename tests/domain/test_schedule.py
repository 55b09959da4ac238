"""The scheduling promise: every enabled local date fires exactly once, never twice, never none."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.domain.schedule import Due, due_local_date, local_date_of, local_instant, next_due
from bot.domain.weekdays import EVERY_DAY, is_enabled

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
APIA = ZoneInfo("Pacific/Apia")
SANTIAGO = ZoneInfo("America/Santiago")

FRIDAY = 1 << 4
ALL_ZONES = sorted(zoneinfo.available_timezones())
PROPERTY_SETTINGS = settings(max_examples=400, deadline=None)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def wall_clock(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None, fold=0)


# --- concrete DST cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected_utc", "expected_local"),
    [
        # 02:00 -> 03:00 CEST: 02:30 does not exist.
        (BERLIN, date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0), "2026-03-29 03:00+02:00"),
        # 02:00 -> 03:00 EDT.
        (NEW_YORK, date(2026, 3, 8), time(2, 15), utc(2026, 3, 8, 7, 0), "2026-03-08 03:00-04:00"),
        # Lord Howe moves by half an hour: 02:00 -> 02:30.
        (
            LORD_HOWE,
            date(2026, 10, 4),
            time(2, 15),
            utc(2026, 10, 3, 15, 30),
            "2026-10-04 02:30+11:00",
        ),
        # Chile changes at midnight: 00:00 -> 01:00, so midnight itself does not exist.
        (SANTIAGO, date(2026, 9, 6), time(0, 0), utc(2026, 9, 6, 4, 0), "2026-09-06 01:00-03:00"),
        # Samoa skipped 30 December 2011 entirely (-10 -> +14 at midnight).
        (APIA, date(2011, 12, 30), time(9, 0), utc(2011, 12, 30, 10, 0), "2011-12-31 00:00+14:00"),
    ],
)
def test_prompt_at_nonexistent_local_time_fires_once_after_the_gap(
    zone: ZoneInfo, day: date, at: time, expected_utc: datetime, expected_local: str
) -> None:
    instant = local_instant(day, at, zone)
    assert instant == expected_utc
    assert instant.tzinfo is UTC
    assert instant.astimezone(zone).isoformat(sep=" ", timespec="minutes") == expected_local
    due = next_due(at, EVERY_DAY, zone, after=instant - timedelta(minutes=1))
    assert due == Due(at=expected_utc, local_date=day)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected_utc"),
    [
        (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        (LORD_HOWE, date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45)),
        # Chile falls back at midnight: 23:30 on the Saturday happens twice.
        (SANTIAGO, date(2026, 4, 4), time(23, 30), utc(2026, 4, 5, 2, 30)),
    ],
)
def test_prompt_in_repeated_hour_fires_once_at_first_occurrence(
    zone: ZoneInfo, day: date, at: time, expected_utc: datetime
) -> None:
    assert local_instant(day, at, zone) == expected_utc
    first = next_due(at, EVERY_DAY, zone, after=expected_utc - timedelta(hours=20))
    assert first == Due(at=expected_utc, local_date=day)
    # The second occurrence of the same wall time must not fire again.
    second = next_due(at, EVERY_DAY, zone, after=first.at)
    assert second.local_date == day + timedelta(days=1)
    assert wall_clock(second.at, zone) == datetime.combine(second.local_date, at)


def test_berlin_fall_back_fires_on_the_25th_then_the_26th() -> None:
    first = next_due(time(2, 30), EVERY_DAY, BERLIN, after=utc(2026, 10, 24, 12, 0))
    second = next_due(time(2, 30), EVERY_DAY, BERLIN, after=first.at)
    assert first == Due(at=utc(2026, 10, 25, 0, 30), local_date=date(2026, 10, 25))
    assert second == Due(at=utc(2026, 10, 26, 1, 30), local_date=date(2026, 10, 26))


def test_skipped_day_fires_at_the_start_of_the_next_day_then_that_day_fires_too() -> None:
    at = time(9, 0)
    fires = _fires(at, EVERY_DAY, APIA, after=utc(2011, 12, 29, 0, 0), count=3)
    assert fires == [
        Due(at=utc(2011, 12, 29, 19, 0), local_date=date(2011, 12, 29)),  # 09:00 -10:00
        Due(at=utc(2011, 12, 30, 10, 0), local_date=date(2011, 12, 30)),  # 31st 00:00 +14:00
        Due(at=utc(2011, 12, 30, 19, 0), local_date=date(2011, 12, 31)),  # 09:00 +14:00
    ]


def test_skipped_day_and_next_midnight_share_one_prompt_keyed_by_the_real_day() -> None:
    # At 00:00 the skipped 30th and the 31st both map to the same instant; it fires
    # once, for the 31st, the date that actually happened.
    fires = _fires(time(0, 0), EVERY_DAY, APIA, after=utc(2011, 12, 28, 0, 0), count=4)
    assert [due.local_date for due in fires] == [
        date(2011, 12, 28),
        date(2011, 12, 29),
        date(2011, 12, 31),
        date(2012, 1, 1),
    ]
    assert fires[2].at == utc(2011, 12, 30, 10, 0)


def test_skipped_day_still_fires_when_the_next_day_is_disabled() -> None:
    # 2011-12-30 was a Friday; with only Fridays enabled nothing absorbs it.
    due = next_due(time(0, 0), FRIDAY, APIA, after=utc(2011, 12, 25, 0, 0))
    assert due == Due(at=utc(2011, 12, 30, 10, 0), local_date=date(2011, 12, 30))


def test_next_due_is_strictly_after() -> None:
    first = next_due(time(7, 30), EVERY_DAY, BERLIN, after=utc(2026, 5, 1, 0, 0))
    assert first == Due(at=utc(2026, 5, 1, 5, 30), local_date=date(2026, 5, 1))
    again = next_due(time(7, 30), EVERY_DAY, BERLIN, after=first.at)
    assert again.local_date == date(2026, 5, 2)
    just_before = next_due(time(7, 30), EVERY_DAY, BERLIN, after=first.at - timedelta(seconds=1))
    assert just_before == first


def test_next_due_skips_disabled_weekdays() -> None:
    monday_only = 1 << 0
    due = next_due(time(7, 30), monday_only, BERLIN, after=utc(2026, 5, 1, 0, 0))  # a Friday
    assert due.local_date == date(2026, 5, 4)
    assert due.local_date.weekday() == 0


def test_local_date_can_differ_from_the_utc_date() -> None:
    due = next_due(time(7, 0), EVERY_DAY, ZoneInfo("Pacific/Auckland"), utc(2026, 5, 1, 12, 0))
    assert due.local_date == date(2026, 5, 2)
    assert due.at == utc(2026, 5, 1, 19, 0)
    assert local_date_of(due.at, ZoneInfo("Pacific/Auckland")) == date(2026, 5, 2)


def test_due_local_date_agrees_with_next_due_and_rejects_other_instants() -> None:
    for due in _fires(time(0, 0), EVERY_DAY, APIA, after=utc(2011, 12, 28, 0, 0), count=4):
        assert due_local_date(time(0, 0), EVERY_DAY, APIA, due.at) == due.local_date
    assert due_local_date(time(0, 0), EVERY_DAY, APIA, utc(2011, 12, 30, 10, 1)) is None
    # With only Fridays enabled, the same instant belongs to the skipped Friday.
    assert due_local_date(time(0, 0), FRIDAY, APIA, utc(2011, 12, 30, 10, 0)) == date(2011, 12, 30)


@pytest.mark.parametrize(
    "call",
    [
        lambda: next_due(time(7), EVERY_DAY, BERLIN, after=datetime(2026, 1, 1)),  # noqa: DTZ001
        lambda: next_due(time(7), 0, BERLIN, after=utc(2026, 1, 1)),
        lambda: next_due(time(7), 128, BERLIN, after=utc(2026, 1, 1)),
        lambda: local_instant(date(2026, 1, 1), time(7, tzinfo=UTC), BERLIN),
        lambda: local_date_of(datetime(2026, 1, 1), BERLIN),  # noqa: DTZ001
    ],
    ids=["naive-after", "empty-mask", "mask-too-big", "aware-time", "naive-instant"],
)
def test_invalid_arguments_are_refused(call: object) -> None:
    assert callable(call)
    with pytest.raises(ValueError):
        call()


# --- properties over every zone ------------------------------------------------------------


@cache
def _transitions(zone_name: str, year: int) -> tuple[datetime, ...]:
    """Return the instants (to the second) at which the zone's UTC offset changes in `year`."""
    zone = ZoneInfo(zone_name)
    found: list[datetime] = []
    step = timedelta(hours=6)
    probe = utc(year, 1, 1)
    end = utc(year + 1, 1, 1)
    while probe < end:
        nxt = probe + step
        if probe.astimezone(zone).utcoffset() != nxt.astimezone(zone).utcoffset():
            low, high = probe, nxt
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high)
        probe = nxt
    return tuple(found)


# Zones with unusual clock changes: half-hour DST, changes at midnight, negative DST,
# skipped days, DST tied to Ramadan. Sampled as often as all the other zones together.
ODD_ZONES = [
    "Africa/Cairo",
    "Africa/Casablanca",
    "America/Asuncion",
    "America/Havana",
    "America/Nuuk",
    "America/Santiago",
    "America/St_Johns",
    "Asia/Amman",
    "Asia/Beirut",
    "Asia/Damascus",
    "Asia/Gaza",
    "Asia/Tehran",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "Pacific/Apia",
    "Pacific/Chatham",
    "Pacific/Fakaofo",
]
zones = st.one_of(st.sampled_from(ALL_ZONES), st.sampled_from(ODD_ZONES))
years = st.integers(2000, 2037)
tricky_times = st.sampled_from(
    [time(0, 0), time(0, 30), time(1, 30), time(2, 0), time(2, 30), time(3, 0), time(23, 59)]
)
any_minute = st.builds(time, st.integers(0, 23), st.integers(0, 59))
local_times = st.one_of(tricky_times, any_minute)
masks = st.integers(1, EVERY_DAY)
# Three draws in four go to a clock change when the zone has one that year.
near_a_change = st.sampled_from([True, True, True, False])


def _around_change(draw: st.DrawFn, zone: ZoneInfo, change: datetime) -> datetime:
    """Draw a whole-minute wall time in, or within 90 minutes of, what a change skips or repeats."""
    before = wall_clock(change - timedelta(seconds=1), zone) + timedelta(seconds=1)
    after = wall_clock(change, zone)
    low, high = sorted((before, after))
    minutes = draw(st.integers(-90, (high - low) // timedelta(minutes=1) + 90))
    return (low + timedelta(minutes=minutes)).replace(second=0, microsecond=0)


@st.composite
def wall_times(draw: st.DrawFn) -> tuple[ZoneInfo, date, time]:
    """Draw a zone and a local date and time, often in a stretch a clock change skips or repeats."""
    zone_name = draw(zones)
    year = draw(years)
    transitions = _transitions(zone_name, year)
    zone = ZoneInfo(zone_name)
    near = draw(near_a_change)
    if transitions and near:
        wall = _around_change(draw, zone, draw(st.sampled_from(transitions)))
        return zone, wall.date(), wall.time()
    day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
    return zone, day, draw(local_times)


@st.composite
def schedules(draw: st.DrawFn) -> tuple[ZoneInfo, time, int, datetime]:
    """Draw a prompt (zone, time, weekdays) and a start, often days before a clock change."""
    zone_name = draw(zones)
    zone = ZoneInfo(zone_name)
    year = draw(years)
    transitions = _transitions(zone_name, year)
    at = draw(local_times)
    near = draw(near_a_change)
    if transitions and near:
        change = draw(st.sampled_from(transitions))
        start = change - timedelta(minutes=draw(st.integers(0, 10 * 24 * 60)))
        if draw(st.booleans()):
            at = _around_change(draw, zone, change).time()
    else:
        day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
        start = datetime.combine(day, draw(any_minute), tzinfo=UTC)
    start += timedelta(seconds=draw(st.integers(0, 59)))
    return zone, at, draw(masks), start


@PROPERTY_SETTINGS
@given(wall_times())
@example((APIA, date(2011, 12, 30), time(0, 0)))
@example((SANTIAGO, date(2026, 9, 6), time(0, 0)))
@example((LORD_HOWE, date(2026, 10, 4), time(2, 15)))
def test_local_instant_is_the_first_instant_the_wall_clock_reaches_that_time(
    case: tuple[ZoneInfo, date, time],
) -> None:
    zone, day, at = case
    wall = datetime.combine(day, at)
    instant = local_instant(day, at, zone)
    assert instant.tzinfo is UTC
    # The clock shows the time (or has just jumped past it) at the instant, not before.
    assert wall_clock(instant, zone) >= wall
    assert wall_clock(instant - timedelta(seconds=1), zone) < wall
    if wall_clock(instant, zone) != wall:
        # The time was skipped: the instant is the clock change itself.
        before = (instant - timedelta(seconds=1)).astimezone(zone).utcoffset()
        assert before != instant.astimezone(zone).utcoffset()
    # No earlier instant shows the same wall time: try every offset the zone uses nearby.
    nearby_offsets = {
        (instant + timedelta(hours=hours)).astimezone(zone).utcoffset() for hours in range(-48, 49)
    }
    for offset in nearby_offsets:
        assert offset is not None
        candidate = wall.replace(tzinfo=UTC) - offset
        if wall_clock(candidate, zone) == wall:
            assert candidate >= instant


@PROPERTY_SETTINGS
@given(schedules(), st.integers(20, 40))
@example((APIA, time(0, 0), EVERY_DAY, utc(2011, 12, 25)), 20)
@example((APIA, time(9, 0), EVERY_DAY, utc(2011, 12, 25)), 20)
@example((BERLIN, time(2, 30), EVERY_DAY, utc(2026, 3, 20)), 40)
@example((BERLIN, time(2, 30), EVERY_DAY, utc(2026, 10, 20)), 40)
def test_every_enabled_local_date_fires_exactly_once(
    case: tuple[ZoneInfo, time, int, datetime], steps: int
) -> None:
    zone, at, mask, start = case
    fires = _fires(at, mask, zone, after=start, count=steps)

    # The first fire is the earliest enabled one after the start (a wider, naive search).
    start_day = local_date_of(start, zone)
    later = [
        local_instant(day, at, zone)
        for day in (start_day + timedelta(days=n) for n in range(-3, 12))
        if is_enabled(mask, day.weekday())
    ]
    assert fires[0].at == min(instant for instant in later if instant > start)

    instants = [due.at for due in fires]
    dates = [due.local_date for due in fires]
    assert all(a < b for a, b in pairwise(instants))
    assert all(a < b for a, b in pairwise(dates))  # each date at most once
    for due in fires:
        assert is_enabled(mask, due.local_date.weekday())
        assert due.at == local_instant(due.local_date, at, zone)
        assert due_local_date(at, mask, zone, due.at) == due.local_date

    # No enabled date between the first and last fire is left out, except a day the zone
    # skipped whose prompt is the very instant the next date's prompt fires.
    fired_at = {due.local_date: due.at for due in fires}
    day = dates[0]
    while day < dates[-1]:
        if is_enabled(mask, day.weekday()) and day not in fired_at:
            following = next(d for d in dates if d > day)
            assert following == day + timedelta(days=1), f"{day} never fired"
            assert local_instant(day, at, zone) == fired_at[following], f"{day} never fired"
            assert wall_clock(fired_at[following], zone).date() != day  # the day did not exist
        day += timedelta(days=1)


def _fires(at: time, mask: int, zone: ZoneInfo, *, after: datetime, count: int) -> list[Due]:
    fires: list[Due] = []
    for _ in range(count):
        due = next_due(at, mask, zone, after=after)
        fires.append(due)
        after = due.at
    return fires
