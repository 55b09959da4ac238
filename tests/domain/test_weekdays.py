from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.weekdays import (
    EVERY_DAY,
    WEEKENDS,
    WORKDAYS,
    describe,
    enabled_weekdays,
    is_enabled,
    is_valid,
    toggle,
)

NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONDAY, WEDNESDAY, FRIDAY, SUNDAY = 0, 2, 4, 6


def test_bits_follow_date_weekday() -> None:
    monday = date(2026, 1, 5)
    for offset in range(7):
        day = monday + timedelta(days=offset)
        assert is_enabled(1 << offset, day.weekday())


def test_named_sets() -> None:
    assert enabled_weekdays(EVERY_DAY) == (0, 1, 2, 3, 4, 5, 6)
    assert enabled_weekdays(WORKDAYS) == (0, 1, 2, 3, 4)
    assert enabled_weekdays(WEEKENDS) == (5, 6)
    assert WORKDAYS | WEEKENDS == EVERY_DAY
    assert WORKDAYS & WEEKENDS == 0


def test_toggle_switches_one_day_on_and_off() -> None:
    mask = toggle(0, WEDNESDAY)
    assert is_enabled(mask, WEDNESDAY)
    assert not is_enabled(mask, MONDAY)
    assert toggle(mask, WEDNESDAY) == 0
    assert toggle(EVERY_DAY, SUNDAY) == 0b0111111


@given(st.integers(0, EVERY_DAY), st.integers(0, 6))
def test_toggle_twice_is_identity_and_touches_only_that_day(mask: int, weekday: int) -> None:
    toggled = toggle(mask, weekday)
    assert toggle(toggled, weekday) == mask
    assert is_enabled(toggled, weekday) != is_enabled(mask, weekday)
    for other in set(range(7)) - {weekday}:
        assert is_enabled(toggled, other) == is_enabled(mask, other)


@pytest.mark.parametrize("weekday", [-1, 7, 100])
def test_out_of_range_weekday_is_refused(weekday: int) -> None:
    with pytest.raises(ValueError, match="weekday"):
        is_enabled(EVERY_DAY, weekday)
    with pytest.raises(ValueError, match="weekday"):
        toggle(EVERY_DAY, weekday)


def test_describe_lists_days_monday_first_with_callers_names() -> None:
    mask = (1 << FRIDAY) | (1 << MONDAY) | (1 << WEDNESDAY)
    assert describe(mask, NAMES) == "Mon, Wed, Fri"
    assert describe(EVERY_DAY, NAMES) == "Mon, Tue, Wed, Thu, Fri, Sat, Sun"
    assert describe(1 << SUNDAY, ["Lu", "Ma", "Me", "Je", "Ve", "Sa", "Di"]) == "Di"
    assert describe(0, NAMES) == ""


def test_describe_needs_seven_names() -> None:
    with pytest.raises(ValueError, match="7"):
        describe(EVERY_DAY, NAMES[:6])


@pytest.mark.parametrize(("mask", "valid"), [(0, False), (1, True), (127, True), (128, False)])
def test_valid_masks_select_at_least_one_day_and_nothing_else(mask: int, valid: bool) -> None:
    assert is_valid(mask) is valid


def test_negative_and_boolean_masks_are_invalid() -> None:
    assert not is_valid(-1)
    assert not is_valid(True)
