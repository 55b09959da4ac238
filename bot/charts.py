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

from bot.domain.patterns import WeekSummary

__all__ = ["ChartLabels", "render_week_chart"]

# 6 x 7.2 in at 150 dpi is 900 x 1080 px: Telegram shows photos up to 1280 px, and a
# phone shrinks this by about 2.5, so text needs 13 pt or more to stay readable.
WIDTH_IN, HEIGHT_IN, DPI = 6.0, 7.2, 150

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

_RATING_TOP = 5
# The strip above the 1-5 bars where friction and calm markers sit.
_MARKER_Y = 5.75
_TOP_YLIM = 6.3
_WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every string drawn on the chart, from content (no prose lives in code)."""

    title: str  # "Your week, 9–15 March"
    daily_title: str  # "Kindness to yourself, day by day"
    trend_title: str  # "The last eight weeks"
    weekday_names: tuple[str, ...]  # 7 short names, Monday first
    month_names: tuple[str, ...]  # 12 short names, January first
    week_date: str  # tick under each week of the trend: "{day} {month}"
    rating_axis: str  # "Kindness (1–5)"
    friction_axis: str  # "Friction days"
    rating_legend: str  # "Kindness"
    average_legend: str  # "Weekly average"
    friction_legend: str  # "Friction"
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


def render_week_chart(summary: WeekSummary, *, labels: ChartLabels) -> bytes:
    """Render the weekly chart for `summary` as PNG bytes."""
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    try:
        figure.text(0.5, 0.965, labels.title, ha="center", va="top", fontproperties=_TITLE)
        _daily_panel(figure.add_axes((0.12, 0.545, 0.76, 0.3)), summary, labels)
        _trend_panel(figure.add_axes((0.12, 0.1, 0.76, 0.3)), summary, labels)
        buffer = io.BytesIO()
        # No "Software" text chunk: the matplotlib version would change the bytes.
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
        return buffer.getvalue()
    finally:
        # Break the figure's reference cycles now rather than at the next GC pass.
        figure.clear()


def _style(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(_MUTED)
    ax.spines["bottom"].set_color(_MUTED)
    ax.tick_params(colors="#374151", length=0, pad=6)
    ax.grid(axis="y", color=_GRID, linewidth=1)
    ax.set_axisbelow(True)


def _panel_title(ax: Axes, text: str) -> None:
    ax.set_title(text, loc="left", fontproperties=_PANEL, pad=44)


def _legend(ax: Axes, handles: list[Patch | Line2D]) -> None:
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=len(handles),
        frameon=False,
        prop=_TEXT,
        handlelength=1.2,
        handletextpad=0.5,
        columnspacing=1.2,
        borderaxespad=0.3,
        borderpad=0.0,
    )


def _rating_text(value: float) -> str:
    # Whole numbers as "4", averages of several ratings as "3.5".
    return f"{value:.0f}" if value == round(value) else f"{value:.1f}"


def _daily_panel(ax: Axes, summary: WeekSummary, labels: ChartLabels) -> None:
    _style(ax)
    _panel_title(ax, labels.daily_title)
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
        )
    ax.set_xlim(-0.5, len(summary.days) - 0.5)
    ax.set_ylim(0, _TOP_YLIM)
    ax.set_xticks(
        list(xs),
        [
            f"{labels.weekday_names[point.day.weekday()]}\n{point.day.day}"
            for point in summary.days
        ],
        fontproperties=_TICK,
    )
    ax.set_yticks(range(1, _RATING_TOP + 1), [str(n) for n in range(1, 6)], fontproperties=_TICK)
    ax.set_ylabel(labels.rating_axis, fontproperties=_TEXT, color="#374151")
    _legend(
        ax,
        [
            Patch(color=_KINDNESS, label=labels.rating_legend),
            Line2D(
                [], [], marker="^", markersize=11, color=_FRICTION, ls="none",
                label=labels.friction_legend,
            ),
            Line2D(
                [], [], marker="o", markersize=11, color=_CALM, ls="none",
                label=labels.calm_legend,
            ),
        ],
    )


def _week_tick(monday: date, labels: ChartLabels) -> str:
    return labels.week_date.format(day=monday.day, month=labels.month_names[monday.month - 1])


def _trend_panel(ax: Axes, summary: WeekSummary, labels: ChartLabels) -> None:
    _style(ax)
    _panel_title(ax, labels.trend_title)
    xs = list(range(len(summary.weeks)))
    friction_ax = ax.twinx()
    # The line's axes must be drawn above the bars' twin, with a see-through background.
    ax.set_zorder(friction_ax.get_zorder() + 1)
    ax.patch.set_visible(False)
    friction_ax.bar(
        xs, [week.friction_days for week in summary.weeks], width=0.55, color=_FRICTION,
        alpha=0.55,
    )
    friction_ax.set_ylim(0, _WEEK_DAYS + 0.5)
    friction_ax.set_yticks([0, 2, 4, 6], ["0", "2", "4", "6"], fontproperties=_TICK)
    friction_ax.set_ylabel(labels.friction_axis, fontproperties=_TEXT, color="#374151")
    for side in ("top", "left", "bottom"):
        friction_ax.spines[side].set_visible(False)
    friction_ax.spines["right"].set_color(_MUTED)
    friction_ax.tick_params(colors="#374151", length=0, pad=6)

    averages = [
        float("nan") if week.rating_average is None else week.rating_average
        for week in summary.weeks
    ]
    # NaN breaks the line at weeks without ratings; markers keep lone weeks visible.
    ax.plot(
        xs, averages, color=_AVERAGE, linewidth=2.6, marker="o", markersize=8, zorder=3,
    )
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
        )
    ax.set_xlim(-0.5, len(xs) - 0.5)
    ax.set_ylim(0.5, _RATING_TOP + 0.4)
    ax.set_yticks(range(1, _RATING_TOP + 1), [str(n) for n in range(1, 6)], fontproperties=_TICK)
    ax.set_ylabel(labels.rating_axis, fontproperties=_TEXT, color="#374151")
    ax.set_xticks(xs, [_week_tick(week.monday, labels) for week in summary.weeks])
    for index, tick in enumerate(ax.get_xticklabels()):
        # The summarised week (the last one) stands out.
        tick.set_fontproperties(_TICK_BOLD if index == len(xs) - 1 else _TICK)
    _legend(
        ax,
        [
            Line2D([], [], color=_AVERAGE, linewidth=2.6, marker="o", label=labels.average_legend),
            Patch(color=_FRICTION, alpha=0.55, label=labels.friction_axis),
        ],
    )
