"""The weekly chart: a valid, phone-sized, deterministic PNG for any week."""

from __future__ import annotations

import ast
import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from matplotlib.image import imread

from bot.domain.patterns import Entry, Kind, WeekSummary, summarize
from bot.domain.tracks import Track
from bot.summary.charts import DPI, HEIGHT_IN, WIDTH_IN, ChartLabels, render_week_chart

MONDAY = date(2026, 3, 9)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WIDTH_PX, HEIGHT_PX = round(WIDTH_IN * DPI), round(HEIGHT_IN * DPI)

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LABELS = ChartLabels(
    title="Your week, 9–15 March",
    daily_title="Kindness to yourself, day by day",
    trend_title="The last eight weeks",
    weekday_names=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
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
    week_date="{day}\n{month}",
    rating_axis="Kindness (1–5)",
    rating_legend="Kindness",
    average_legend="Weekly average",
    friction_legend="Friction",
    friction_days_legend="Friction days",
    calm_legend="Calm day",
    no_ratings="No ratings this week",
    no_history="Nothing to show yet",
)


def _entry(
    day: int, kind: Kind, track: Track, *, rating: int | None = None, text_length: int = 0
) -> Entry:
    when = MONDAY + timedelta(days=day)
    return Entry(track, kind, when, time(20, 30), rating=rating, text_length=text_length)


def empty_week() -> WeekSummary:
    return summarize([], MONDAY)


def full_week() -> WeekSummary:
    entries = []
    for day in range(-49, 7):
        entries.append(_entry(day, Kind.RATING, Track.SELF_COMPASSION, rating=1 + day % 5))
        entries.append(_entry(day, Kind.ENTRY, Track.VALUED_TRAITS, text_length=40))
        kind = Kind.REVIEW if day % 3 == 0 else Kind.CALM
        entries.append(_entry(day, kind, Track.CONFLICT_REVIEW))
    return summarize(entries, MONDAY)


def week_without_ratings() -> WeekSummary:
    entries = [
        _entry(0, Kind.REVIEW, Track.CONFLICT_REVIEW),
        _entry(1, Kind.CALM, Track.CONFLICT_REVIEW),
        _entry(2, Kind.ENTRY, Track.VALUED_TRAITS, text_length=30),
        _entry(-7, Kind.REVIEW, Track.CONFLICT_REVIEW),
    ]
    return summarize(entries, MONDAY)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which PNG requires to come first."""
    assert png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


@pytest.mark.parametrize(
    "make", [empty_week, full_week, week_without_ratings], ids=lambda make: make.__name__
)
def test_renders_a_phone_sized_png(make: Callable[[], WeekSummary]) -> None:
    png = render_week_chart(make(), labels=LABELS)
    assert png.startswith(PNG_SIGNATURE)
    assert 10_000 < len(png) < 400_000
    assert png_size(png) == (WIDTH_PX, HEIGHT_PX)
    # Portrait, and small enough that Telegram shows it without scaling it down twice.
    assert HEIGHT_PX > WIDTH_PX
    assert max(WIDTH_PX, HEIGHT_PX) <= 1280
    pixels = imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (HEIGHT_PX, WIDTH_PX)
    # No version string: a matplotlib upgrade alone must not look like a changed chart.
    assert b"matplotlib" not in png.lower()


def test_the_weeks_look_different() -> None:
    charts = {render_week_chart(make(), labels=LABELS) for make in (empty_week, full_week)}
    charts.add(render_week_chart(week_without_ratings(), labels=LABELS))
    assert len(charts) == 3


def test_rendering_twice_gives_identical_bytes() -> None:
    summary = full_week()
    assert render_week_chart(summary, labels=LABELS) == render_week_chart(summary, labels=LABELS)


def test_renders_in_parallel_threads_match_a_serial_render() -> None:
    summaries = [full_week(), week_without_ratings()] * 2
    serial = [render_week_chart(summary, labels=LABELS) for summary in summaries]
    with ThreadPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(lambda s: render_week_chart(s, labels=LABELS), summaries))
    assert parallel == serial


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weekday_names": ("Mon",) * 6}, "weekday_names"),
        ({"month_names": ("Jan",) * 11}, "month_names"),
        ({"week_date": "{day} {year}"}, "week_date"),
        ({"week_date": "{day"}, "week_date"),
        # Text that would not fit the fixed layout.
        ({"trend_title": "x" * 41}, "trend_title"),
        ({"calm_legend": "A calm day without any friction"}, "legend"),
        ({"rating_axis": "How kind you were to yourself"}, "rating_axis"),
        ({"weekday_names": ("Montag", "Dienstag", "Mi", "Do", "Fr", "Sa", "So")}, "weekday"),
        ({"week_date": "{day}. {month}"}, "week_date"),
    ],
)
def test_labels_refuse_a_broken_locale(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replace(LABELS, **change)


def test_a_long_title_is_drawn_smaller_not_refused() -> None:
    labels = replace(LABELS, title="Your week from Monday 28 September to Sunday 4 October")
    png = render_week_chart(empty_week(), labels=labels)
    assert png_size(png) == (WIDTH_PX, HEIGHT_PX)
    assert png != render_week_chart(empty_week(), labels=LABELS)


def test_charts_module_uses_neither_pyplot_nor_telegram_nor_the_database() -> None:
    path = Path(__file__).resolve().parents[1] / "bot" / "summary" / "charts.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # "from matplotlib import pyplot" imports matplotlib.pyplot.
            imported.add(node.module or "")
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    forbidden = ("matplotlib.pyplot", "telegram", "sqlalchemy", "bot.db", "bot.handlers")
    assert not {m for m in imported if m.startswith(forbidden)}
