"""Weekday sets stored as a 7-bit mask: Monday is bit 0, Sunday is bit 6."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "EVERY_DAY",
    "WEEKENDS",
    "WORKDAYS",
    "describe",
    "enabled_weekdays",
    "is_enabled",
    "is_valid",
    "toggle",
]

# Bit positions follow date.weekday(), so a date's bit is `1 << d.weekday()`.
EVERY_DAY = 0b1111111
WORKDAYS = 0b0011111
WEEKENDS = 0b1100000

_DAYS_IN_WEEK = 7


def is_valid(mask: int) -> bool:
    """Return whether `mask` selects at least one weekday and nothing else."""
    # bool is an int subclass; True would otherwise pass as "Monday only".
    return isinstance(mask, int) and not isinstance(mask, bool) and 1 <= mask <= EVERY_DAY


def is_enabled(mask: int, weekday: int) -> bool:
    """Return whether `weekday` (0 = Monday, as date.weekday()) is set in `mask`."""
    return bool(mask & _bit(weekday))


def toggle(mask: int, weekday: int) -> int:
    """Return `mask` with `weekday` (0 = Monday) switched on or off."""
    return mask ^ _bit(weekday)


def enabled_weekdays(mask: int) -> tuple[int, ...]:
    """Return the weekdays (0 = Monday) set in `mask`, Monday first."""
    return tuple(day for day in range(_DAYS_IN_WEEK) if mask & (1 << day))


def describe(mask: int, names: Sequence[str]) -> str:
    """Join the caller's short names of the weekdays in `mask`, Monday first."""
    if len(names) != _DAYS_IN_WEEK:
        raise ValueError(f"expected {_DAYS_IN_WEEK} weekday names, got {len(names)}")
    return ", ".join(names[day] for day in enabled_weekdays(mask))


def _bit(weekday: int) -> int:
    # An out-of-range weekday would silently address a bit no caller can see.
    if not 0 <= weekday < _DAYS_IN_WEEK:
        raise ValueError(f"weekday must be 0..6 (Monday..Sunday), got {weekday}")
    return 1 << weekday
