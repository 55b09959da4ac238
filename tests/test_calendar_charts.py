"""The month and year charts: valid, phone-sized, deterministic PNGs that mark each day."""

from __future__ import annotations

import ast
import io
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from bot.domain.patterns import DayPoint
from bot.summary.calendar import (
    MonthChartLabels,
    YearChartLabels,
    render_month_chart,
    render_year_chart,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WIDTH_PX = 900
# The month chart is as tall as its weeks need, so its cells stay square.
MONTH_HEIGHT_PX = {4: 796, 5: 916, 6: 1036}
YEAR_HEIGHT_PX = 1062
FRICTION_RGB = (0xE0, 0x7A, 0x5F)
CALM_RGB = (0x5E, 0x9C, 0x76)

MONTH_LABELS = MonthChartLabels(
    title="November 2026",
    weekday_names=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    low="Harsh",
    high="Kind",
    friction="Friction",
    calm="Calm day",
    written="Written, no rating",
    no_rating="Nothing written",
)
YEAR_LABELS = YearChartLabels(
    title="Your 2026 so far",
    month_names=(
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
    low="Harsh",
    high="Kind",
    friction="Friction",
    written="Written, no rating",
    no_rating="Nothing written",
)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return days_between(first, following - timedelta(days=1))


def empty(day: date) -> DayPoint:
    return DayPoint(day, rating_average=None, reflected=False, had_friction=False, calm=False)


def mixed(days: Iterable[date]) -> list[DayPoint]:
    """Every kind of day in turn: ratings 1-5 and halves, friction, calm, written, nothing."""
    points = []
    for n, day in enumerate(days):
        kind = n % 7
        if kind == 5:
            points.append(DayPoint(day, None, reflected=True, had_friction=n % 2 == 0, calm=False))
        elif kind == 6:
            points.append(empty(day))
        else:
            rating = 1 + (n % 9) / 2  # 1, 1.5, ... 5
            points.append(DayPoint(day, rating, True, had_friction=n % 3 == 0, calm=n % 3 == 1))
    return points


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which PNG requires to come first."""
    assert png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def pixels(png: bytes) -> NDArray[np.int16]:
    with Image.open(io.BytesIO(png)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def count_near(png: bytes, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels are within `tolerance` of `rgb` in every channel."""
    distance = np.abs(pixels(png) - np.array(rgb, dtype=np.int16)).max(axis=2)
    return int((distance <= tolerance).sum())


def assert_margins_blank(png: bytes, margin: int = 4) -> None:
    """Nothing reaches the image's edges (text that spills over would be cut there)."""
    image = pixels(png)
    for edge in (image[:margin], image[-margin:], image[:, :margin], image[:, -margin:]):
        assert (edge == 255).all()


def assert_valid_png(png: bytes, size: tuple[int, int]) -> None:
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == size
    with Image.open(io.BytesIO(png)) as image:
        image.verify()
    assert pixels(png).shape[:2] == (size[1], size[0])
    # No version string: a matplotlib upgrade alone must not look like a changed chart.
    assert b"matplotlib" not in png.lower()


def render_month(points: list[DayPoint]) -> bytes:
    return render_month_chart(points, labels=MONTH_LABELS)


def render_year(points: list[DayPoint]) -> bytes:
    return render_year_chart(points, labels=YEAR_LABELS)


# Month ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "rows"),
    [
        (2027, 2, 4),  # 28 days from a Monday: four rows exactly
        (2026, 2, 5),  # 28 days from a Sunday
        (2024, 2, 5),  # 29 days (leap year) from a Thursday
        (2026, 6, 5),  # 30 days from a Monday
        (2026, 11, 6),  # 30 days from a Sunday
        (2026, 3, 6),  # 31 days from a Sunday
        (2026, 7, 5),  # 31 days from a Wednesday
    ],
)
def test_a_month_renders_phone_sized_with_a_row_per_week(year: int, month: int, rows: int) -> None:
    png = render_month(mixed(month_days(year, month)))
    assert_valid_png(png, (WIDTH_PX, MONTH_HEIGHT_PX[rows]))
    assert_margins_blank(png)
    assert MONTH_HEIGHT_PX[rows] <= 1280  # Telegram shows it without scaling it down twice


def test_a_month_without_any_data_renders() -> None:
    days = month_days(2026, 11)
    png = render_month([empty(day) for day in days])
    assert_valid_png(png, (WIDTH_PX, MONTH_HEIGHT_PX[6]))
    assert png != render_month(mixed(days))


def test_a_month_so_far_keeps_the_whole_months_grid() -> None:
    days = month_days(2026, 11)
    so_far = render_month(mixed(days[:12]))
    assert png_size(so_far) == png_size(render_month(mixed(days)))
    assert so_far != render_month(mixed(days))


def test_two_months_look_different() -> None:
    november = mixed(month_days(2026, 11))
    # The same days one by one, moved to June (30 days too, but from a Monday) and to a
    # November with other ratings.
    june = [replace(point, day=point.day.replace(month=6)) for point in november]
    other = [replace(point, rating_average=5.0) for point in november]
    charts = {render_month(november), render_month(june), render_month(other)}
    assert len(charts) == 3


def test_each_mark_shows_as_its_own_shape_and_colour() -> None:
    days = month_days(2026, 11)
    plain = [DayPoint(day, 3.0, True, had_friction=False, calm=False) for day in days]
    base = render_month(plain)
    with_friction = render_month([*plain[:9], replace(plain[9], had_friction=True), *plain[10:]])
    with_calm = render_month([*plain[:9], replace(plain[9], calm=True), *plain[10:]])
    assert with_friction != base
    assert with_calm != with_friction
    # A triangle in the friction colour, a circle in the calm colour: more of that colour
    # than the legend's sample alone.
    assert count_near(with_friction, FRICTION_RGB) > count_near(base, FRICTION_RGB) + 50
    assert count_near(with_calm, CALM_RGB) > count_near(base, CALM_RGB) + 50
    assert count_near(with_calm, FRICTION_RGB) == count_near(base, FRICTION_RGB)


def test_a_rating_changes_the_cell_and_a_written_day_differs_from_an_empty_one() -> None:
    days = month_days(2026, 11)
    blank = [empty(day) for day in days]
    charts = {
        render_month([*blank[:9], replace(blank[9], rating_average=value), *blank[10:]])
        for value in (1.0, 2.0, 4.0, 5.0)
    }
    assert len(charts) == 4
    written = render_month([*blank[:9], replace(blank[9], reflected=True), *blank[10:]])
    assert written != render_month(blank)
    assert written not in charts


# Year ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "days",
    [
        [date(2026, 1, 1)],
        [date(2026, 12, 31)],
        days_between(date(2026, 1, 1), date(2026, 12, 5)),
        days_between(date(2025, 1, 1), date(2025, 12, 31)),  # 365 days
        days_between(date(2024, 1, 1), date(2024, 12, 31)),  # 366 days
    ],
    ids=["1 January", "31 December", "so far", "365", "366"],
)
def test_a_year_renders_phone_sized(days: list[date]) -> None:
    png = render_year(mixed(days))
    assert_valid_png(png, (WIDTH_PX, YEAR_HEIGHT_PX))
    assert_margins_blank(png)
    # Portrait, within what fits a phone screen.
    assert WIDTH_PX < YEAR_HEIGHT_PX <= 1600


def test_a_leap_day_is_drawn_and_changes_the_year() -> None:
    leap = days_between(date(2024, 1, 1), date(2024, 12, 31))
    assert len(leap) == 366
    all_rated = [DayPoint(day, 4.0, True, False, False) for day in leap]
    without_leap_day = [point for point in all_rated if point.day != date(2024, 2, 29)]
    assert render_year(all_rated) != render_year(without_leap_day)


def test_friction_in_a_year_is_a_shape_not_only_a_colour() -> None:
    days = days_between(date(2026, 1, 1), date(2026, 3, 31))
    plain = [DayPoint(day, 5.0, True, had_friction=False, calm=False) for day in days]
    base = render_year(plain)
    marked = render_year([*plain[:40], replace(plain[40], had_friction=True), *plain[41:]])
    assert marked != base
    assert count_near(marked, FRICTION_RGB) > count_near(base, FRICTION_RGB) + 20


def test_every_rated_day_of_a_year_carries_its_number_not_only_a_colour() -> None:
    # On the light end of the scale numbers are in the ink colour, which nothing else in
    # the grid uses (no friction, no written-only days here): its pixels are the numbers'.
    days = days_between(date(2026, 1, 1), date(2026, 12, 31))
    ink = (0x37, 0x41, 0x51)
    ones = render_year([DayPoint(day, 1.0, True, False, False) for day in days])
    few = render_year([DayPoint(day, 1.0, True, False, False) for day in days[:10]])
    per_day = (count_near(ones, ink, 40) - count_near(few, ink, 40)) / (len(days) - 10)
    assert 50 < per_day < 250  # a "1" in bold 12 pt on a 150 dpi picture, for every day
    twos = render_year([DayPoint(day, 2.0, True, False, False) for day in days])
    assert count_near(twos, ink, 40) > count_near(ones, ink, 40)  # a "2" has more ink


def test_more_days_and_other_years_look_different() -> None:
    so_far = mixed(days_between(date(2026, 1, 1), date(2026, 12, 5)))
    charts = {
        render_year(so_far[:1]),
        render_year(so_far[:100]),
        render_year(so_far),
        render_year([replace(point, rating_average=None) for point in so_far]),
    }
    assert len(charts) == 4


# Both ----------------------------------------------------------------------------------


def test_rendering_twice_gives_identical_bytes() -> None:
    month = mixed(month_days(2026, 11))
    year = mixed(days_between(date(2024, 1, 1), date(2024, 12, 31)))
    assert render_month(month) == render_month(month)
    assert render_year(year) == render_year(year)


def test_renders_in_parallel_threads_match_a_serial_render() -> None:
    months = [mixed(month_days(2026, month)) for month in (2, 3, 11)] * 2
    years = [mixed(days_between(date(2026, 1, 1), date(2026, 12, 5)))] * 2
    serial = [render_month(days) for days in months] + [render_year(days) for days in years]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(render_month, months)) + list(pool.map(render_year, years))
    assert parallel == serial


def test_a_long_title_is_drawn_smaller_not_refused() -> None:
    title = "What you wrote from the first to the last day of November"
    month = mixed(month_days(2026, 11))
    long_month = render_month_chart(month, labels=replace(MONTH_LABELS, title=title))
    assert png_size(long_month) == png_size(render_month(month))
    assert long_month != render_month(month)
    assert_margins_blank(long_month)
    long_year = render_year_chart(month, labels=replace(YEAR_LABELS, title=title))
    assert png_size(long_year) == (WIDTH_PX, YEAR_HEIGHT_PX)
    assert long_year != render_year(month)
    assert_margins_blank(long_year)


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ([], "at least one day"),
        ([date(2026, 11, 30), date(2026, 12, 1)], "not in the month"),
        ([date(2026, 11, 2), date(2026, 11, 1)], "in order"),
        ([date(2026, 11, 2), date(2026, 11, 2)], "in order"),
    ],
)
def test_a_month_refuses_days_that_are_not_one_month(days: list[date], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_month([empty(day) for day in days])


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ([], "at least one day"),
        ([date(2025, 12, 31), date(2026, 1, 1)], "not in the year"),
        ([date(2026, 3, 1), date(2026, 2, 1)], "in order"),
    ],
)
def test_a_year_refuses_days_that_are_not_one_year(days: list[date], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render_year([empty(day) for day in days])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weekday_names": ("Mon",) * 6}, "weekday_names needs 7"),
        ({"weekday_names": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon")}, "needs 7"),
        ({"weekday_names": ("Montag", "Dienstag", "Mi", "Do", "Fr", "Sa", "So")}, "Dienstag"),
        ({"weekday_names": ("Mon", "", "Wed", "Thu", "Fri", "Sat", "Sun")}, "empty"),
        ({"low": "Very harsh on myself all day"}, "low"),
        ({"high": "Very kind to myself all day"}, "high"),
        ({"friction": "Friction with someone close to me"}, "friction"),
        ({"calm": "A calm day without any friction at all"}, "calm"),
        ({"written": "Written about, but without a rating"}, "written"),
        ({"no_rating": " "}, "no_rating is empty"),
    ],
)
def test_month_labels_refuse_a_broken_locale(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replace(MONTH_LABELS, **change)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"month_names": ("Jan",) * 11}, "month_names needs 12"),
        ({"month_names": ("January", *YEAR_LABELS.month_names[1:])}, "January"),
        ({"month_names": ("", *YEAR_LABELS.month_names[1:])}, "empty"),
        ({"low": "Very harsh on myself all day"}, "low"),
        ({"friction": "Friction with someone close to me"}, "friction"),
        ({"no_rating": "No rating and nothing written that day"}, "no_rating"),
        ({"written": ""}, "written is empty"),
    ],
)
def test_year_labels_refuse_a_broken_locale(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replace(YEAR_LABELS, **change)


def widest(labels: Any, field: str, count: int = 0) -> Any:
    """`labels` with `field` set to the longest run of "W" (the widest letter) accepted."""
    accepted = labels
    for length in range(1, 60):
        text = "W" * length
        try:
            accepted = replace(labels, **{field: (text,) * count if count else text})
        except ValueError:
            return accepted
        labels = accepted
    raise AssertionError(f"{field} accepts any length")


def test_the_widest_accepted_labels_stay_inside_the_image() -> None:
    # Labels are refused by their measured width, so whatever is accepted must fit.
    month_labels = widest(MONTH_LABELS, "weekday_names", 7)
    for field in ("low", "high", "friction", "calm", "written", "no_rating"):
        month_labels = widest(month_labels, field)
    # Room for "Montag" or "Written, no rating" (W is the widest letter).
    assert 3 <= len(month_labels.weekday_names[0]) <= 6
    assert 10 <= len(month_labels.friction) <= 24
    days = mixed(month_days(2026, 11))
    png = render_month_chart(days, labels=month_labels)
    assert png_size(png) == (WIDTH_PX, MONTH_HEIGHT_PX[6])
    assert_margins_blank(png)
    year_labels = widest(YEAR_LABELS, "month_names", 12)
    for field in ("low", "high", "friction", "written", "no_rating"):
        year_labels = widest(year_labels, field)
    assert 2 <= len(year_labels.month_names[0]) <= 5
    png = render_year_chart(days, labels=year_labels)
    assert png_size(png) == (WIDTH_PX, YEAR_HEIGHT_PX)
    assert_margins_blank(png)


def test_calendar_module_uses_neither_pyplot_nor_telegram_nor_the_database() -> None:
    path = Path(__file__).resolve().parents[1] / "bot" / "summary" / "calendar.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # "from matplotlib import pyplot" imports matplotlib.pyplot.
            imported.add(node.module or "")
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert "matplotlib.backends.backend_agg" in imported  # the check reads real imports
    forbidden = ("matplotlib.pyplot", "telegram", "sqlalchemy", "bot.db", "bot.handlers")
    assert not {m for m in imported if m.startswith(forbidden)}
