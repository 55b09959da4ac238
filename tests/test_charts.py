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

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from bot.content import load_content
from bot.domain.patterns import (
    Entry,
    Kind,
    WeekSummary,
    summarize,
    summarize_month,
    summarize_year,
)
from bot.domain.tracks import Track
from bot.summary.calendar import render_month_chart, render_year_chart
from bot.summary.charts import (
    DPI,
    HEIGHT_IN,
    WIDTH_IN,
    ChartLabels,
    _trend_axes,
    render_week_chart,
)
from bot.summary.periods import month_labels, year_labels
from bot.summary.weekly import caption, chart_labels

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
    single_rating_legend="One rating that week",
    values_days_legend="Noticing values",
    days_axis="Days",
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


def mixed_weeks() -> WeekSummary:
    """Eight weeks: one rating (week 1), two (week 2), nothing (3), one rating with friction and
    values (5), and this week with two ratings, two friction days and one values day."""
    entries = [
        _entry(-42, Kind.RATING, Track.SELF_COMPASSION, rating=4),
        _entry(-35, Kind.RATING, Track.SELF_COMPASSION, rating=2),
        _entry(-34, Kind.RATING, Track.SELF_COMPASSION, rating=4),
        _entry(-14, Kind.RATING, Track.SELF_COMPASSION, rating=1),
        _entry(-13, Kind.REVIEW, Track.CONFLICT_REVIEW),
        _entry(-14, Kind.ENTRY, Track.VALUED_TRAITS, text_length=30),
        _entry(-14, Kind.ENTRY, Track.VALUED_TRAITS, text_length=30),
        _entry(-12, Kind.ENTRY, Track.VALUED_TRAITS, text_length=30),
        _entry(0, Kind.RATING, Track.SELF_COMPASSION, rating=3),
        _entry(1, Kind.RATING, Track.SELF_COMPASSION, rating=5),
        _entry(2, Kind.REVIEW, Track.CONFLICT_REVIEW),
        _entry(3, Kind.REVIEW, Track.CONFLICT_REVIEW),
        _entry(4, Kind.ENTRY, Track.VALUED_TRAITS, text_length=30),
    ]
    return summarize(entries, MONDAY)


def first_week_with_one_rating() -> WeekSummary:
    return summarize([_entry(2, Kind.RATING, Track.SELF_COMPASSION, rating=4)], MONDAY)


def trend(summary: WeekSummary) -> tuple[Figure, Axes, Axes]:
    """The trend panel as the chart draws it: its figure, kindness axes and days axes."""
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(figure)
    kindness, days = _trend_axes(figure, summary, LABELS)
    return figure, kindness, days


def line(ax: Axes, gid: str) -> Line2D:
    (found,) = [artist for artist in ax.lines if artist.get_gid() == gid]
    return found


def bars(ax: Axes, gid: str) -> dict[float, float]:
    """Bar centre (x) to height, for the bars of one series."""
    return {
        round(bar.get_x() + bar.get_width() / 2, 2): bar.get_height()
        for bar in ax.patches
        if isinstance(bar, Rectangle) and bar.get_gid() == gid
    }


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which PNG requires to come first."""
    assert png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


@pytest.mark.parametrize(
    "make",
    [empty_week, full_week, week_without_ratings, mixed_weeks, first_week_with_one_rating],
    ids=lambda make: make.__name__,
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
        ({"days_axis": "Days in the week, of seven"}, "days_axis"),
        # The trend's legend is two columns: the widest label of each must fit together.
        ({"single_rating_legend": "Just one single rating in that week"}, "legend"),
        ({"values_days_legend": "Days you noticed what you value"}, "legend"),
    ],
)
def test_labels_refuse_a_broken_locale(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        replace(LABELS, **change)


def test_a_single_rating_is_a_point_of_its_own_never_part_of_the_average_line() -> None:
    summary = mixed_weeks()
    assert [week.ratings for week in summary.weeks] == [0, 1, 2, 0, 0, 1, 0, 2]
    _, kindness, _ = trend(summary)
    average = np.asarray(line(kindness, "average").get_ydata(), dtype=float)
    # Only the weeks with two ratings are on the line; NaN breaks it everywhere else.
    assert average[2] == 3.0
    assert average[7] == 4.0
    assert np.isnan(np.delete(average, [2, 7])).all()
    single = line(kindness, "single")
    assert list(single.get_xdata()) == [1, 5]
    assert list(single.get_ydata()) == [4, 1]
    # Drawn as points, never joined, hollow in the average's colour.
    assert single.get_linestyle() == "None"
    assert single.get_marker() == "o"
    assert single.get_markerfacecolor() == "white"
    assert single.get_markeredgecolor() == line(kindness, "average").get_color()


def test_a_first_week_with_one_rating_draws_no_average_at_all() -> None:
    _, kindness, _ = trend(first_week_with_one_rating())
    assert np.isnan(np.asarray(line(kindness, "average").get_ydata(), dtype=float)).all()
    single = line(kindness, "single")
    assert (list(single.get_xdata()), list(single.get_ydata())) == ([7], [4])


def test_a_history_without_single_ratings_has_no_single_points() -> None:
    _, kindness, _ = trend(full_week())
    assert [artist.get_gid() for artist in kindness.lines] == ["average"]


def test_days_are_counted_on_an_axis_of_their_own_from_0_to_7() -> None:
    _, kindness, days = trend(mixed_weeks())
    assert days is not kindness
    assert days.get_shared_x_axes().joined(days, kindness)
    bottom, top = days.get_ylim()
    assert bottom == 0 and top >= 7
    assert list(days.get_yticks()) == list(range(8))
    assert [label.get_text() for label in days.get_yticklabels()] == [str(n) for n in range(8)]
    assert days.get_ylabel() == LABELS.days_axis
    assert days.yaxis.get_label_position() == "right"
    assert days.spines["right"].get_visible() and not days.spines["top"].get_visible()
    # The kindness axis keeps its own scale, and no count is drawn on it.
    assert list(kindness.get_yticks()) == [1, 2, 3, 4, 5]
    assert not [patch for patch in kindness.patches if isinstance(patch, Rectangle)]


def test_friction_and_values_days_are_bars_side_by_side_on_the_days_axis() -> None:
    summary = mixed_weeks()
    assert [week.values_days for week in summary.weeks][5:] == [2, 0, 1]
    _, _, days = trend(summary)
    friction = bars(days, "friction_days")
    values = bars(days, "values_days")
    # Heights are days, on the days axis; each series sits to one side of its week.
    assert sorted(friction.values()) == [1, 2]
    assert sorted(values.values()) == [1, 2]
    assert {round(x) for x in friction} == {5, 7} and {round(x) for x in values} == {5, 7}
    assert all(x < round(x) for x in friction) and all(x > round(x) for x in values)
    assert friction[min(friction)] == 1 and values[min(values)] == 2
    # Told apart by a pattern, not by colour alone.
    patches = [p for p in days.patches if isinstance(p, Rectangle)]
    hatches = {p.get_gid(): p.get_hatch() for p in patches}
    assert hatches["values_days"] and not hatches["friction_days"]


def test_the_trend_legend_names_every_series() -> None:
    figure, _, _ = trend(mixed_weeks())
    texts = [text.get_text() for legend in figure.legends for text in legend.get_texts()]
    assert texts == [
        LABELS.average_legend,
        LABELS.friction_days_legend,
        LABELS.single_rating_legend,
        LABELS.values_days_legend,
    ]


def test_the_shipped_words_fit_the_chart() -> None:
    labels = chart_labels(load_content().texts("en"), mixed_weeks())
    assert (labels.single_rating_legend, labels.values_days_legend, labels.days_axis) == (
        "One rating that week",
        "Noticing values",
        "Days",
    )
    assert render_week_chart(mixed_weeks(), labels=labels).startswith(PNG_SIGNATURE)


def test_the_caption_tells_single_ratings_apart_from_the_average_and_counts_values() -> None:
    texts = load_content().texts("en")
    text = caption(texts, mixed_weeks())
    # The average is the line's: weeks 2 (3.0) and 7 (4.0) only, not weeks 1 (4) and 5 (1).
    assert "eight-week average 3.5 (weeks with two ratings or more)" in text
    assert "single ratings, not averaged: 4 in the week of 26 Jan, 1 in the week of 23 Feb" in text
    assert "days noticing values over eight weeks: 3" in text
    assert "kindness by day Mon 3, Tue 5" in text


def test_the_caption_of_a_first_week_with_one_rating_claims_no_average() -> None:
    text = caption(load_content().texts("en"), first_week_with_one_rating())
    assert "average" not in text.replace("not averaged", "")
    assert "single ratings, not averaged: 4 in the week of 9 Mar" in text
    assert "values" not in text


def test_the_caption_gives_a_days_average_as_the_chart_does() -> None:
    entries = [
        _entry(0, Kind.RATING, Track.SELF_COMPASSION, rating=3),
        _entry(0, Kind.RATING, Track.SELF_COMPASSION, rating=4),
    ]
    text = caption(load_content().texts("en"), summarize(entries, MONDAY))
    assert "kindness by day Mon 3.5;" in text
    assert "eight-week average 3.5" in text


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


@pytest.mark.parametrize("locale", sorted(load_content().texts_by_locale))
def test_every_locales_words_fit_every_chart(locale: str) -> None:
    # Labels that do not fit the fixed layout are refused when they are built: every shipped
    # locale builds the week's, the month's and the year's, and draws them.
    texts = load_content().texts(locale)
    week = render_week_chart(mixed_weeks(), labels=chart_labels(texts, mixed_weeks()))
    assert week.startswith(PNG_SIGNATURE)
    first = date(2026, 5, 1)
    summary = summarize_month([], first, date(2026, 5, 31))
    month = render_month_chart(summary.days, labels=month_labels(texts, first))
    assert month.startswith(PNG_SIGNATURE)
    year = summarize_year([], date(2026, 1, 1), date(2026, 12, 31))
    labels = year_labels(texts, date(2026, 1, 1), so_far=False)
    assert render_year_chart(year.days, labels=labels).startswith(PNG_SIGNATURE)
