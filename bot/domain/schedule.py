"""When a daily prompt is due: local wall times in IANA zones mapped to UTC instants.

The promise these functions keep: for a prompt at local time `at` on the weekdays in a
mask, every enabled local date fires exactly once, in order, never twice and never not
at all, across DST changes and zones that skip or repeat whole days.

DST policy:

* a wall time that does not exist (the clock jumps over it) fires at the first instant
  after the jump, i.e. at the transition itself: 02:30 on a day that jumps 02:00 -> 03:00
  fires at 03:00;
* a wall time that happens twice (the clock falls back) fires at its first occurrence;
* a local date that does not exist at all (Pacific/Apia skipped 2011-12-30) fires at the
  first instant after it. If that is the very instant at which the next date's prompt
  fires (a prompt at 00:00), the two dates share one prompt, keyed by the later date,
  which is the one that really happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.weekdays import is_enabled, is_valid

__all__ = ["Due", "due_local_date", "firings", "local_date_of", "local_instant", "next_due"]

# next_due looks at local dates around `after`'s local date L. An earlier date can only
# fire after `after` if the clock ran backwards across midnight before jumping forward
# over that date's time; tzdata has no such history, but two days of margin are cheap.
_DAYS_BEFORE = 2
# L + 7 is the latest date that can be next (one weekday enabled, today's prompt gone);
# one more date can tie with it (a skipped day), and one is spare.
_DAYS_AFTER = 9
# No zone's offset has ever reached a day, so +-2 days brackets any transition.
_WIDE_BRACKET = timedelta(days=2)
_ONE_SECOND = timedelta(seconds=1)
_ONE_DAY = timedelta(days=1)
_ONE_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Due:
    """The next firing of a prompt: when (UTC) and for which local date."""

    at: datetime
    # The delivery key: not always the local date of `at` (see the module docstring).
    local_date: date


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Return the UTC instant at which the wall time `at` on `day` happens in `zone`."""
    if at.tzinfo is not None:
        raise ValueError("`at` must be a naive wall-clock time")
    wall = datetime.combine(day, at)
    occurrences = [
        instant
        for instant in (_interpret(wall, zone, fold=0), _interpret(wall, zone, fold=1))
        if _wall_clock(instant, zone) == wall
    ]
    if occurrences:
        # Both folds round-trip when the time happens twice; the earlier one wins.
        return min(occurrences)
    return _end_of_gap(wall, zone)


def local_date_of(instant: datetime, zone: ZoneInfo) -> date:
    """Return the calendar date in `zone` at `instant`."""
    _require_aware(instant, "instant")
    return instant.astimezone(zone).date()


def next_due(at: time, weekdays: int, zone: ZoneInfo, after: datetime) -> Due:
    """Return the first firing strictly after `after` of a prompt at `at` on `weekdays`."""
    _require_aware(after, "after")
    if not is_valid(weekdays):
        raise ValueError(f"weekday mask must be 1..127, got {weekdays!r}")
    first_day = local_date_of(after, zone) - timedelta(days=_DAYS_BEFORE)
    best: Due | None = None
    for offset in range(_DAYS_BEFORE + 1 + _DAYS_AFTER):
        day = first_day + timedelta(days=offset)
        if best is not None and day > best.local_date + _ONE_DAY:
            # Two dates later the wall clock is 48 h ahead, more than any offset change
            # can take back, so no later date can fire earlier or at the same instant.
            break
        if not is_enabled(weekdays, day.weekday()):
            continue
        instant = local_instant(day, at, zone)
        if instant <= after:
            continue
        # Days ascend, so `<=` lets a later date take over a tied instant: a skipped
        # day that lands on the next date's prompt is absorbed instead of firing twice.
        if best is None or instant <= best.at:
            best = Due(at=instant, local_date=day)
    if best is None:  # pragma: no cover - every weekday occurs in the window
        raise AssertionError("no enabled date in a window longer than a week")
    return best


def firings(at: time, weekdays: int, zone: ZoneInfo, first: Due, count: int) -> list[Due]:
    """Return `first` and the firings that follow it, `count` in all, in order."""
    found = [first]
    while len(found) < count:
        found.append(next_due(at, weekdays, zone, after=found[-1].at))
    return found


def due_local_date(at: time, weekdays: int, zone: ZoneInfo, due_at: datetime) -> date | None:
    """Return the local date whose prompt fires at `due_at`, or None if none does."""
    _require_aware(due_at, "due_at")
    # Delegating to next_due keeps the two answers identical by construction; no instant
    # of interest lies strictly between due_at - 1 µs and due_at.
    due = next_due(at, weekdays, zone, after=due_at - _ONE_MICROSECOND)
    return due.local_date if due.at == due_at else None


def _interpret(wall: datetime, zone: ZoneInfo, *, fold: int) -> datetime:
    return wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)


def _wall_clock(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None, fold=0)


def _end_of_gap(wall: datetime, zone: ZoneInfo) -> datetime:
    """Return the first instant whose wall clock reads `wall` or later (`wall` is skipped)."""
    # Inside a gap, fold=1 reads the wall time with the offset after the jump, which
    # lands before the transition, and fold=0 with the offset before it, which lands
    # after: together they bracket the transition, however long the jump is.
    low = _floor_second(_interpret(wall, zone, fold=1))
    high = _ceil_second(_interpret(wall, zone, fold=0))
    if not (_wall_clock(low, zone) < wall <= _wall_clock(high, zone)):
        # zoneinfo's folds did not bracket it (not seen in tzdata, but cheap to survive):
        # any instant two days before/after the naive wall time is on the right side.
        naive_utc = wall.replace(tzinfo=UTC)
        low = _floor_second(naive_utc - _WIDE_BRACKET)
        high = _ceil_second(naive_utc + _WIDE_BRACKET)
    # Transitions happen on whole seconds, so bisecting whole seconds finds one exactly
    # in about 18 steps, whatever the size of the jump (30 minutes, an hour, a day).
    while high - low > _ONE_SECOND:
        middle = low + _ONE_SECOND * ((high - low) // _ONE_SECOND // 2)
        if _wall_clock(middle, zone) < wall:
            low = middle
        else:
            high = middle
    return high


def _floor_second(instant: datetime) -> datetime:
    return instant.replace(microsecond=0)


def _ceil_second(instant: datetime) -> datetime:
    floor = instant.replace(microsecond=0)
    return floor if floor == instant else floor + _ONE_SECOND


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"`{name}` must be timezone-aware")
