"""The weekly chart: one PNG for a phone, drawn from a WeekSummary with matplotlib's Agg.

Top panel: this week's self-kindness per day (bars, 1-5; no bar on a day without a rating),
friction days shaded and marked with a triangle, calm days shaded and marked with a circle.
Bottom panel: the trend over `WeekSummary.weeks`. Kindness on the left axis: the weekly
average as a line joining only weeks with two ratings or more, a week with one rating as a
hollow point of its own (one rating is not an average), a gap for a week without ratings.
Counts of days (0-7) on a second axis on the right: friction days and days noticing values as
narrow bars side by side, told apart by colour and by hatching.

Every word on the chart comes from `ChartLabels`, filled by the caller from content. The
figure is built with the object-oriented API (`Figure` + `FigureCanvasAgg`), never pyplot,
so no global figure registry is touched and renders in parallel threads do not share state.
Fonts are set explicitly (DejaVu Sans ships with matplotlib) and the PNG carries no version
string, so the same summary always gives the same bytes on the same matplotlib version.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from math import nan

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.patheffects import AbstractPathEffect, withStroke

from bot.domain.patterns import WeekSummary

__all__ = ["ChartLabels", "render_week_chart"]

# 6 x 7.5 in at 150 dpi is 900 x 1125 px: Telegram shows photos up to 1280 px, and a
# phone shrinks this by about 2.5, so text needs 13 pt or more to stay readable.
WIDTH_IN, HEIGHT_IN, DPI = 6.0, 7.5, 150

_FAMILY = "DejaVu Sans"
_TITLE = FontProperties(family=_FAMILY, size=19, weight="bold")
_PANEL = FontProperties(family=_FAMILY, size=15, weight="bold")
_TEXT = FontProperties(family=_FAMILY, size=13)
_TICK = FontProperties(family=_FAMILY, size=13)
_TICK_BOLD = FontProperties(family=_FAMILY, size=13, weight="bold")
_VALUE = FontProperties(family=_FAMILY, size=12, weight="bold")
_NOTE = FontProperties(family=_FAMILY, size=14, style="italic")

_KINDNESS = "#5B7DB1"
_AVERAGE = "#2F4B7C"
_FRICTION = "#E07A5F"
_CALM = "#5E9C76"
_GRID = "#D9DEE7"
_MUTED = "#6B7280"
_INK = "#374151"
_FRICTION_TEXT = "#B4533A"
_FRICTION_ALPHA = 0.55
# Days noticing values: a light fill hatched in a darker ink, so the two count series differ
# by pattern as well as by colour.
_VALUES = "#D9CCE8"
_VALUES_INK = "#6A4C93"
_VALUES_HATCH = "///"
# Each bar's colour as it shows on white (friction: #E07A5F at 55%), so the halo around a
# count is invisible in the bar (it hides the hatching under the digits) and only
# separates it from a line that crosses it.
_HALO: list[AbstractPathEffect] = [withStroke(linewidth=4, foreground="#EEB4A5")]
_VALUES_HALO: list[AbstractPathEffect] = [withStroke(linewidth=4, foreground=_VALUES)]
# The trend's kindness axis runs from _TREND_FLOOR to _TREND_CEILING; the days axis runs
# from 0 (level with the kindness floor) to _DAYS_TOP, so seven days reach 7/8 of the panel
# and its eight ticks (0-7) are far enough apart to read.
_TREND_FLOOR, _TREND_CEILING = 0.5, 5.4
_DAYS_TOP = 8.0
# Two bars per week, side by side, each this wide (a week is 1), centred this far apart.
_BAR_WIDTH, _BAR_OFFSET = 0.34, 0.18

_RATING_TOP = 5
# The strip above the 1-5 bars where friction and calm markers sit.
_MARKER_Y = 5.75
_TOP_YLIM = 6.3
_WEEK_DAYS = 7
# Characters that fit in the fixed layout (900 px wide) at the fonts above, with margin:
# the title line, a panel title, one panel's legend labels together, the vertical axis
# label, one tick line.
_MAX_TITLE = 34
_MAX_PANEL_TITLE = 40
# One legend row; the trend's legend is two rows of two columns, so there the limit is
# for its widest label of each column together.
_MAX_LEGEND = 40
_MAX_AXIS = 20
_MAX_TICK = 6
# Layout in figure fractions (0 = bottom/left, 1 = top/right).
_LEFT_TEXT = 0.04
# Room on the right for the trend's days axis (its ticks and its label).
_LEFT, _WIDTH = 0.13, 0.77
# Each panel runs from its title's top down to its axes' bottom (the trend's axes are the
# shorter by its second legend row).
_DAILY_TOP, _DAILY_BOTTOM = 0.91, 0.555
_TREND_TOP, _TREND_BOTTOM = 0.47, 0.085
# A legend row takes this much from its panel's axes.
_LEGEND_ROW = 0.034


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every string drawn on the chart, from content (no prose lives in code).

    Construction refuses text that would not fit the fixed layout (see the _MAX_ limits:
    panel titles 40 characters, a legend row's labels 40 together (the trend's two columns:
    the longest label of each), axis labels 20, a tick line 6), so a locale that is too
    long fails when content loads. The title alone is usually made per week (it names the
    dates), so it is never refused: beyond 34 characters it is drawn smaller.
    """

    title: str  # "Your week, 9–15 March"
    daily_title: str  # "Kindness to yourself, day by day"
    trend_title: str  # "The last eight weeks"
    weekday_names: tuple[str, ...]  # 7 short names, Monday first
    month_names: tuple[str, ...]  # 12 short names, January first
    # Tick under each week of the trend: "{day}\n{month}" (two lines) or "{day} {month}".
    week_date: str
    rating_axis: str  # "Kindness (1–5)"
    rating_legend: str  # "Kindness"
    average_legend: str  # "Weekly average"
    friction_legend: str  # "Friction"
    friction_days_legend: str  # "Friction days"
    calm_legend: str  # "Calm day"
    no_ratings: str  # "No ratings this week"
    no_history: str  # "Nothing to show yet"
    single_rating_legend: str  # "One rating that week"
    values_days_legend: str  # "Noticing values"
    days_axis: str  # "Days"
    # How the locale writes 3.5: "." in English, "," in Russian or Spanish.
    decimal_mark: str = "."

    def __post_init__(self) -> None:
        # A broken locale should fail when content loads, not when a user's chart renders.
        if len(self.weekday_names) != _WEEK_DAYS:
            raise ValueError(f"weekday_names needs 7 names, got {len(self.weekday_names)}")
        if len(self.month_names) != 12:
            raise ValueError(f"month_names needs 12 names, got {len(self.month_names)}")
        try:
            self.week_date.format(day=1, month=self.month_names[0])
        except (KeyError, IndexError, ValueError) as error:
            raise ValueError(f"week_date: only {{day}} and {{month}} allowed ({error})") from None
        # The layout is fixed, so text that would not fit is refused here rather than
        # clipped on a user's phone. Limits are characters at the chart's font sizes.
        week_lines = [
            line
            for month in self.month_names
            for line in self.week_date.format(day=28, month=month).splitlines()
        ]
        limits = (
            ("daily_title", self.daily_title, _MAX_PANEL_TITLE),
            ("trend_title", self.trend_title, _MAX_PANEL_TITLE),
            ("legend", self.rating_legend + self.friction_legend + self.calm_legend, _MAX_LEGEND),
            (
                "legend",
                max(self.average_legend, self.friction_days_legend, key=len)
                + max(self.single_rating_legend, self.values_days_legend, key=len),
                _MAX_LEGEND,
            ),
            ("rating_axis", self.rating_axis, _MAX_AXIS),
            ("days_axis", self.days_axis, _MAX_AXIS),
            ("no_ratings", self.no_ratings, _MAX_PANEL_TITLE),
            ("no_history", self.no_history, _MAX_PANEL_TITLE),
            ("weekday_names", max(self.weekday_names, key=len), _MAX_TICK),
            ("week_date", max(week_lines, key=len), _MAX_TICK),
        )
        for name, text, limit in limits:
            if len(text) > limit:
                raise ValueError(f"{name}: {text!r} is longer than {limit} characters")


def render_week_chart(summary: WeekSummary, *, labels: ChartLabels) -> bytes:
    """Render the weekly chart for `summary` as PNG bytes."""
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    try:
        figure.text(
            0.5,
            0.975,
            labels.title,
            ha="center",
            va="top",
            fontproperties=_title_font(labels.title),
        )
        _daily_panel(figure, summary, labels)
        _trend_panel(figure, summary, labels)
        buffer = io.BytesIO()
        figure.savefig(
            buffer,
            format="png",
            dpi=DPI,
            # No "Software" text chunk: the matplotlib version would change the bytes.
            metadata={"Software": None},
            # zlib level 3 instead of 6: about 60 ms faster for 10% more bytes, and
            # Telegram re-encodes photos anyway.
            pil_kwargs={"compress_level": 3},
        )
        return buffer.getvalue()
    finally:
        # Break the figure's reference cycles now rather than at the next GC pass.
        figure.clear()


def _title_font(title: str) -> FontProperties:
    # Shrink a long title to the width a _MAX_TITLE-character one takes (per-week titles
    # are not checked at content load, so they must never fail or spill over).
    if len(title) <= _MAX_TITLE:
        return _TITLE
    font = _TITLE.copy()
    font.set_size(_TITLE.get_size_in_points() * _MAX_TITLE / len(title))
    return font


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(_MUTED)
    ax.spines["bottom"].set_color(_MUTED)
    ax.tick_params(colors=_INK, length=0, pad=6)
    ax.grid(axis="y", color=_GRID, linewidth=1)
    ax.set_axisbelow(True)


def _panel(
    figure: Figure,
    top: float,
    bottom: float,
    title: str,
    handles: list[Patch | Line2D],
    rows: int = 1,
) -> Axes:
    """A panel whose title and legend (in `rows` rows) sit above its axes at fixed figure
    positions, from `top` down to the axes' `bottom`."""
    # Fixed positions (no tight/constrained layout): faster, and every render is laid out
    # the same whatever the labels' lengths, which keeps the chart's look stable.
    figure.text(_LEFT_TEXT, top, title, ha="left", va="top", fontproperties=_PANEL)
    figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(_LEFT_TEXT - 0.01, top - 0.04),
        # Filled column by column: with two rows, handles 0 and 2 make the first row.
        ncol=-(-len(handles) // rows),
        frameon=False,
        prop=_TEXT,
        handlelength=1.2,
        handletextpad=0.5,
        columnspacing=1.2,
        borderaxespad=0.0,
        borderpad=0.0,
    )
    axes_top = top - 0.09 - (rows - 1) * _LEGEND_ROW
    return figure.add_axes((_LEFT, bottom, _WIDTH, axes_top - bottom))


def _rating_text(value: float, mark: str) -> str:
    # Whole numbers as "4", averages of several ratings as "3.5".
    return f"{value:.0f}" if value == round(value) else f"{value:.1f}".replace(".", mark)


def _daily_panel(figure: Figure, summary: WeekSummary, labels: ChartLabels) -> None:
    ax = _panel(
        figure,
        _DAILY_TOP,
        _DAILY_BOTTOM,
        labels.daily_title,
        [
            Patch(color=_KINDNESS, label=labels.rating_legend),
            Line2D([], [], marker="^", markersize=11, color=_FRICTION, ls="none",
                   label=labels.friction_legend),
            Line2D([], [], marker="o", markersize=11, color=_CALM, ls="none",
                   label=labels.calm_legend),
        ],
    )  # fmt: skip
    _style(ax)
    xs = range(len(summary.days))
    for x, point in zip(xs, summary.days, strict=True):
        if point.had_friction or point.calm:
            color = _FRICTION if point.had_friction else _CALM
            ax.axvspan(x - 0.5, x + 0.5, color=color, alpha=0.13, linewidth=0)
            ax.plot(
                x,
                _MARKER_Y,
                marker="^" if point.had_friction else "o",
                markersize=13,
                color=color,
                linestyle="none",
            )
        if point.rating_average is not None:
            ax.bar(x, point.rating_average, width=0.62, color=_KINDNESS, zorder=2)
            ax.text(
                x,
                point.rating_average - 0.12,
                _rating_text(point.rating_average, labels.decimal_mark),
                ha="center",
                va="top",
                color="white",
                fontproperties=_VALUE,
                zorder=3,
            )
    if all(point.rating_average is None for point in summary.days):
        ax.text(
            0.5,
            0.45,
            labels.no_ratings,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=_MUTED,
            fontproperties=_NOTE,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 6},
        )
    ax.set_xlim(-0.5, len(summary.days) - 0.5)
    ax.set_ylim(0, _TOP_YLIM)
    ax.set_xticks(
        list(xs),
        [f"{labels.weekday_names[point.day.weekday()]}\n{point.day.day}" for point in summary.days],
        fontproperties=_TICK,
    )
    ax.set_yticks(range(1, _RATING_TOP + 1), [str(n) for n in range(1, 6)], fontproperties=_TICK)
    ax.set_ylabel(labels.rating_axis, fontproperties=_TEXT, color=_INK)


def _week_tick(monday: date, labels: ChartLabels) -> str:
    return labels.week_date.format(day=monday.day, month=labels.month_names[monday.month - 1])


def _trend_panel(figure: Figure, summary: WeekSummary, labels: ChartLabels) -> None:
    _trend_axes(figure, summary, labels)


def _trend_axes(figure: Figure, summary: WeekSummary, labels: ChartLabels) -> tuple[Axes, Axes]:
    """Draw the trend; return its kindness axes (left) and its days axes (right)."""
    ax = _panel(
        figure,
        _TREND_TOP,
        _TREND_BOTTOM,
        labels.trend_title,
        # Two rows: kindness (the average, a single rating), then the counts.
        [
            Line2D([], [], color=_AVERAGE, linewidth=2.6, marker="o", label=labels.average_legend),
            Patch(color=_FRICTION, alpha=_FRICTION_ALPHA, label=labels.friction_days_legend),
            Line2D([], [], marker="o", markersize=8, ls="none", markerfacecolor="white",
                   markeredgecolor=_AVERAGE, markeredgewidth=2, label=labels.single_rating_legend),
            Patch(facecolor=_VALUES, edgecolor=_VALUES_INK, hatch=_VALUES_HATCH, linewidth=0,
                  label=labels.values_days_legend),
        ],
        rows=2,
    )  # fmt: skip
    _style(ax)
    # Days (0-7) get a real axis of their own on the right (a twinx costs ~15% of the
    # render, paid for honesty: no count is drawn on the kindness scale). It lies under the
    # kindness axes, so the line and the counts' digits stay on top of the bars; the
    # kindness grid is drawn on it, under the bars, in place of the kindness axes' own.
    days = ax.twinx()
    days.set_zorder(ax.get_zorder() - 1)
    ax.patch.set_visible(False)
    ax.grid(False)
    days.hlines(range(1, _RATING_TOP + 1), 0, 1, transform=ax.get_yaxis_transform(),
                color=_GRID, linewidth=1, zorder=0)  # fmt: skip
    for side in ("top", "left", "bottom"):
        days.spines[side].set_visible(False)
    days.spines["right"].set_color(_MUTED)
    # The spine ends at 7: there is no eighth day above it.
    days.spines["right"].set_bounds(0, _WEEK_DAYS)
    days.tick_params(colors=_INK, length=0, pad=6)

    xs = list(range(len(summary.weeks)))
    series = (
        (-_BAR_OFFSET, "friction_days", _FRICTION_TEXT, _HALO,
         {"color": _FRICTION, "alpha": _FRICTION_ALPHA}),
        (_BAR_OFFSET, "values_days", _VALUES_INK, _VALUES_HALO,
         {"color": _VALUES, "edgecolor": _VALUES_INK, "hatch": _VALUES_HATCH}),
    )  # fmt: skip
    for offset, field, ink, halo, style in series:
        counts = [getattr(week, field) for week in summary.weeks]
        shown = [(x + offset, n) for x, n in zip(xs, counts, strict=True) if n]
        if not shown:
            continue
        days.bar([x for x, _ in shown], [n for _, n in shown], width=_BAR_WIDTH, linewidth=0,
                 gid=field, **style)  # fmt: skip
        for x, n in shown:
            # Each bar carries its count at its foot, where the kindness line rarely goes
            # (an average near 1); on the kindness axes, above the line, with a halo for
            # when it does.
            ax.text(x, _TREND_FLOOR + 0.07, str(n), ha="center", va="bottom", color=ink,
                    fontproperties=_VALUE, zorder=4, path_effects=halo)  # fmt: skip

    # The line joins averages of two ratings or more; NaN breaks it at every other week.
    averages = [
        week.rating_average if week.ratings > 1 and week.rating_average is not None else nan
        for week in summary.weeks
    ]
    ax.plot(xs, averages, color=_AVERAGE, linewidth=2.6, marker="o", markersize=8, zorder=3,
            gid="average")  # fmt: skip
    # A week with one rating is that rating, shown alone: a hollow point, never joined.
    singles = [
        (x, week.rating_average)
        for x, week in zip(xs, summary.weeks, strict=True)
        if week.ratings == 1 and week.rating_average is not None
    ]
    if singles:
        ax.plot([x for x, _ in singles], [y for _, y in singles], linestyle="none", marker="o",
                markersize=8, markerfacecolor="white", markeredgecolor=_AVERAGE,
                markeredgewidth=2, zorder=3, gid="single")  # fmt: skip
    if all(week.days_reflected == 0 for week in summary.weeks):
        ax.text(
            0.5,
            0.5,
            labels.no_history,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=_MUTED,
            fontproperties=_NOTE,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 6},
        )
    ax.set_xlim(-0.5, len(xs) - 0.5)
    ax.set_ylim(_TREND_FLOOR, _TREND_CEILING)
    ax.set_yticks(range(1, _RATING_TOP + 1), [str(n) for n in range(1, 6)], fontproperties=_TICK)
    ax.set_ylabel(labels.rating_axis, fontproperties=_TEXT, color=_INK)
    days.set_ylim(0, _DAYS_TOP)
    days.set_yticks(range(_WEEK_DAYS + 1), [str(n) for n in range(_WEEK_DAYS + 1)],
                    fontproperties=_TICK)  # fmt: skip
    days.set_ylabel(labels.days_axis, fontproperties=_TEXT, color=_INK, rotation=270,
                    va="bottom")  # fmt: skip
    ax.set_xticks(xs, [_week_tick(week.monday, labels) for week in summary.weeks])
    for index, tick in enumerate(ax.get_xticklabels()):
        # The summarised week (the last one) stands out.
        tick.set_fontproperties(_TICK_BOLD if index == len(xs) - 1 else _TICK)
    return ax, days
