"""The weekly chart: one PNG for a phone, drawn from a WeekSummary with matplotlib's Agg.

Top panel: this week's self-kindness per day (bars, 1-5; no bar on a day without a rating),
friction days shaded and marked with a triangle, calm days shaded and marked with a circle.
Bottom panel: the trend over `WeekSummary.weeks` (average kindness as a line, gaps for weeks
without ratings; friction days as bars on a second axis).

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
# The friction bar's colour as it shows on white (#E07A5F at 55%), so the halo around a
# count is invisible in the bar and only separates it from a line that crosses it.
_HALO: list[AbstractPathEffect] = [withStroke(linewidth=4, foreground="#EEB4A5")]
# The trend's kindness axis runs from _TREND_FLOOR to _TREND_CEILING; friction bars grow
# from the floor, seven days reaching about 3/4 of the panel.
_TREND_FLOOR, _TREND_CEILING = 0.5, 5.4
_FRICTION_SCALE = (_TREND_CEILING - _TREND_FLOOR) / 9.5

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
_MAX_LEGEND = 40
_MAX_AXIS = 20
_MAX_TICK = 6
# Layout in figure fractions (0 = bottom/left, 1 = top/right).
_LEFT_TEXT = 0.04
_LEFT, _WIDTH = 0.13, 0.83
_AXES_HEIGHT = 0.28
_DAILY_TOP, _TREND_TOP = 0.91, 0.455


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every string drawn on the chart, from content (no prose lives in code).

    Construction refuses text that would not fit the fixed layout (see the _MAX_ limits:
    panel titles 40 characters, a panel's legend labels 40 together, axis label 20, a tick
    line 6), so a locale that is too long fails when content loads. The title alone is
    usually made per week (it names the dates), so it is never refused: beyond 34
    characters it is drawn smaller.
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
            ("legend", self.average_legend + self.friction_days_legend, _MAX_LEGEND),
            ("rating_axis", self.rating_axis, _MAX_AXIS),
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


def _panel(figure: Figure, top: float, title: str, handles: list[Patch | Line2D]) -> Axes:
    """A panel whose title and legend sit above its axes at fixed figure positions."""
    # Fixed positions (no tight/constrained layout): faster, and every render is laid out
    # the same whatever the labels' lengths, which keeps the chart's look stable.
    figure.text(_LEFT_TEXT, top, title, ha="left", va="top", fontproperties=_PANEL)
    figure.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(_LEFT_TEXT - 0.01, top - 0.04),
        ncol=len(handles),
        frameon=False,
        prop=_TEXT,
        handlelength=1.2,
        handletextpad=0.5,
        columnspacing=1.2,
        borderaxespad=0.0,
        borderpad=0.0,
    )
    return figure.add_axes((_LEFT, top - 0.09 - _AXES_HEIGHT, _WIDTH, _AXES_HEIGHT))


def _rating_text(value: float) -> str:
    # Whole numbers as "4", averages of several ratings as "3.5".
    return f"{value:.0f}" if value == round(value) else f"{value:.1f}"


def _daily_panel(figure: Figure, summary: WeekSummary, labels: ChartLabels) -> None:
    ax = _panel(
        figure,
        _DAILY_TOP,
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
                _rating_text(point.rating_average),
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
    ax = _panel(
        figure,
        _TREND_TOP,
        labels.trend_title,
        [
            Line2D([], [], color=_AVERAGE, linewidth=2.6, marker="o", label=labels.average_legend),
            Patch(color=_FRICTION, alpha=_FRICTION_ALPHA, label=labels.friction_days_legend),
        ],
    )
    _style(ax)
    xs = list(range(len(summary.weeks)))
    # Friction days (0-7) get their own scale, mapped onto the kindness axes so that no
    # second Axes is needed (a twinx costs ~15% of the render); each bar carries its count,
    # which reads better on a phone than a second column of ticks.
    for x, week in zip(xs, summary.weeks, strict=True):
        if week.friction_days:
            height = week.friction_days * _FRICTION_SCALE
            ax.bar(x, height, bottom=_TREND_FLOOR, width=0.55, color=_FRICTION,
                   alpha=_FRICTION_ALPHA, zorder=1)  # fmt: skip
            # At the foot of the bar, where the kindness line rarely goes (an average near
            # 1); above it (zorder 4 > 3) with a halo for when it does.
            ax.text(x, _TREND_FLOOR + 0.07, str(week.friction_days), ha="center", va="bottom",
                    color=_FRICTION_TEXT, fontproperties=_VALUE, zorder=4,
                    path_effects=_HALO)  # fmt: skip

    averages = [
        float("nan") if week.rating_average is None else week.rating_average
        for week in summary.weeks
    ]
    # NaN breaks the line at weeks without ratings; markers keep lone weeks visible.
    ax.plot(xs, averages, color=_AVERAGE, linewidth=2.6, marker="o", markersize=8, zorder=3)
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
    ax.set_xticks(xs, [_week_tick(week.monday, labels) for week in summary.weeks])
    for index, tick in enumerate(ax.get_xticklabels()):
        # The summarised week (the last one) stands out.
        tick.set_fontproperties(_TICK_BOLD if index == len(xs) - 1 else _TICK)
